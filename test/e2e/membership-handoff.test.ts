/**
 * Hand-offs between executors, proven from the data: a test source (test/support/plugins/stamping-source.ts)
 * stamps every record with the executor that produced it, its task, a per-task sequence number and the time.
 *
 * - SIGTERM: the executor stops its tasks, commits their offsets and releases its lease; the tasks continue
 *   elsewhere and every sequence number arrives exactly once.
 * - SIGSTOP (a frozen or partitioned executor): its lease runs out, its tasks run elsewhere, and when it resumes
 *   it fences itself before doing anything — no two executors ever produce for one task at overlapping times.
 *   While it is frozen and a new assignment waits for it, restarts answer 409 as Apache's do during a rebalance.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';
import { countRecords, createTopic, readRecords } from '../support/kafka.ts';
import { testPluginsNodeOptions } from '../support/plugins/install.ts';
import { STAMPING_SOURCE_CLASS, type Stamp } from '../support/plugins/stamping-source.ts';

interface StatusBody {
  connector: { state: string; worker_id: string };
  tasks: Array<{ id: number; state: string; worker_id: string }>;
}

const STRING_CONVERTER = 'org.apache.kafka.connect.storage.StringConverter';

describe('hand-offs between executors, from the data', () => {
  let cluster: TestCluster;
  const savedNodeOptions = process.env.NODE_OPTIONS;
  const topics: string[] = [];
  const connectors: string[] = [];
  const frozen = new Set<string>();

  beforeAll(async () => {
    // The stamping source is a test plugin: preloaded into the executors (and installed here for the control plane).
    process.env.NODE_OPTIONS = testPluginsNodeOptions(process.env.NODE_OPTIONS);
    cluster = await startTestCluster({ executors: 3 });
  });

  afterEach(async () => {
    for (const executorId of frozen) cluster.launcher.signal(executorId, 'SIGCONT');
    frozen.clear();
    for (const name of connectors.splice(0)) await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics(topics, cluster?.id);
    if (savedNodeOptions === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = savedNodeOptions;
  });

  async function status(name: string): Promise<StatusBody | undefined> {
    const response = await rest(cluster.url, 'GET', `/connectors/${name}/status`);
    return response.status === 200 ? (response.body as StatusBody) : undefined;
  }

  async function stampingSource(tasks: number, extra: Record<string, string>) {
    const topic = uniqueName('stamps');
    topics.push(topic);
    await createTopic(topic, 1);
    const name = uniqueName('stamping');
    connectors.push(name);
    const created = await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: {
        'connector.class': STAMPING_SOURCE_CLASS,
        topic,
        'tasks.max': String(tasks),
        'key.converter': STRING_CONVERTER,
        'value.converter': STRING_CONVERTER,
        ...extra,
      },
    });
    expect(created.status).toBe(201);
    const running = await waitFor(
      async () => {
        const s = await status(name);
        return s && s.tasks.length === tasks && s.tasks.every((t) => t.state === 'RUNNING') ? s : undefined;
      },
      60_000,
      `${name}'s ${tasks} tasks RUNNING`,
      100,
    );
    return { name, topic, running };
  }

  /** Every record of `topic` (one partition, so in the order the broker stored them). */
  async function stamps(topic: string): Promise<Stamp[]> {
    const count = await countRecords(topic);
    const records = await readRecords(topic, count, 60_000);
    return records.map((r) => JSON.parse(String(r.value)) as Stamp);
  }

  it('SIGTERM hands the tasks over with every record exactly once', async () => {
    const perTask = 3_000;
    const { name, topic, running } = await stampingSource(3, { 'max.records': String(perTask) });
    await waitFor(async () => (await countRecords(topic)) >= 600, 30_000, 'records flowing', 100);
    const leaving = running.tasks[0]?.worker_id as string;
    await cluster.launcher.kill(leaving, 'SIGTERM');
    // Its tasks run elsewhere, and every task gets to the end.
    await waitFor(
      async () => {
        const s = await status(name);
        return s?.tasks.every((t) => t.state === 'RUNNING' && t.worker_id !== leaving) ?? false;
      },
      30_000,
      `tasks of ${leaving} RUNNING elsewhere`,
      100,
    );
    // Every task gets to its last sequence number (more records than that would be duplicates).
    const all = await waitFor(
      async () => {
        const read = await stamps(topic);
        const done = [0, 1, 2].every((task) => read.some((s) => s.task === task && s.seq === perTask - 1));
        return done ? read : undefined;
      },
      60_000,
      'every task to reach its last record',
      500,
    );
    for (let task = 0; task < 3; task++) {
      const seqs = all.filter((s) => s.task === task).map((s) => s.seq);
      const distinct = new Set(seqs);
      const missing = Array.from({ length: perTask }, (_, i) => i).filter((i) => !distinct.has(i));
      expect(missing, `task ${task}: sequence numbers lost`).toEqual([]);
      const seen = new Map<number, Stamp>();
      const repeats: string[] = [];
      for (const stamp of all.filter((s) => s.task === task)) {
        const first = seen.get(stamp.seq);
        if (first)
          repeats.push(`${stamp.seq}: ${first.executor}@${first.ts} then ${stamp.executor}@${stamp.ts}`);
        else seen.set(stamp.seq, stamp);
      }
      expect(
        repeats.slice(0, 3).concat(repeats.slice(-2)),
        `task ${task}: sequence numbers sent twice`,
      ).toEqual([]);
    }
    const producers = new Set(all.filter((s) => s.task === 0).map((s) => s.executor));
    expect(producers.has(leaving)).toBe(true);
    expect(producers.size).toBeGreaterThan(1);
    // The stopped executor is not coming back: start it again so the next test has three.
    await cluster.launcher.launch(3);
  });

  it('SIGSTOP: the frozen executor self-fences and no task ever runs on two executors at once', async () => {
    const { name, topic, running } = await stampingSource(2, {
      'records.per.poll': '5',
      'poll.interval.ms': '25',
    });
    await waitFor(async () => (await countRecords(topic)) >= 200, 30_000, 'records flowing', 100);
    const victim = running.tasks[0]?.worker_id as string;
    cluster.launcher.signal(victim, 'SIGSTOP');
    frozen.add(victim);

    // A new connector makes a new assignment that the frozen executor cannot apply: a rebalance is in progress
    // until its lease runs out, and restarts answer 409 meanwhile.
    const otherTopic = `${topic}-b`;
    topics.push(otherTopic);
    await createTopic(otherTopic, 1);
    const other = await rest(cluster.url, 'POST', '/connectors', {
      name: `${name}-b`,
      config: {
        'connector.class': STAMPING_SOURCE_CLASS,
        topic: otherTopic,
        'tasks.max': '3',
        'max.records': '1',
        'key.converter': STRING_CONVERTER,
        'value.converter': STRING_CONVERTER,
      },
    });
    connectors.push(`${name}-b`);
    expect(other.status).toBe(201);
    const conflict = await waitFor(
      async () => {
        const answer = await rest(cluster.url, 'POST', `/connectors/${name}/restart`);
        return answer.status === 409 ? answer : undefined;
      },
      5_000,
      'a restart answered 409 during the rebalance',
      100,
    );
    expect(conflict.body).toEqual({
      error_code: 409,
      message: 'Request cannot be completed because a rebalance is expected',
    });

    // The frozen executor's task runs elsewhere once its lease has run out.
    await waitFor(
      async () => {
        const s = await status(name);
        return s?.tasks.every((t) => t.state === 'RUNNING' && t.worker_id !== victim) ?? false;
      },
      30_000,
      `tasks of the frozen ${victim} RUNNING elsewhere`,
      100,
    );
    const before = await countRecords(topic);
    await waitFor(
      async () => (await countRecords(topic)) >= before + 100,
      30_000,
      'records from the new owner',
      100,
    );

    // It resumes: it must fence itself (its lease is gone) and rejoin, not produce as the old owner.
    cluster.launcher.signal(victim, 'SIGCONT');
    frozen.delete(victim);
    await waitFor(
      async () => (await rest(cluster.url, 'POST', `/connectors/${name}/restart`)).status === 204,
      30_000,
      'the rebalance to settle (restart answers 204)',
      200,
    );
    const settled = await countRecords(topic);
    await waitFor(async () => (await countRecords(topic)) >= settled + 200, 30_000, 'more records', 100);
    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/stop`)).status).toBe(204);
    await waitFor(async () => (await status(name))?.connector.state === 'STOPPED', 30_000, 'STOPPED', 100);

    const all = (await stamps(topic)).filter((s) => s.task < 2 && s.executor !== 'unknown');
    for (let task = 0; task < 2; task++) {
      const ofTask = all.filter((s) => s.task === task);
      // Each task instance's active span, from its first to its last record: no two instances of one task may
      // overlap in time. A frozen executor that resumed and produced before fencing itself would overlap its
      // successor.
      const spans = new Map<string, { executor: string; first: number; last: number }>();
      for (const stamp of ofTask) {
        const span = spans.get(stamp.instance);
        if (span) {
          span.first = Math.min(span.first, stamp.ts);
          span.last = Math.max(span.last, stamp.ts);
        } else spans.set(stamp.instance, { executor: stamp.executor, first: stamp.ts, last: stamp.ts });
      }
      const ordered = [...spans.values()].sort((x, y) => x.first - y.first);
      for (let i = 1; i < ordered.length; i++) {
        const [a, b] = [ordered[i - 1], ordered[i]] as [(typeof ordered)[number], (typeof ordered)[number]];
        expect(
          a.last,
          `task ${task}: ${a.executor} still produced after ${b.executor} took over`,
        ).toBeLessThan(b.first);
      }
      // Nothing lost either: the sequence numbers have no gaps (a new owner may repeat the last uncommitted ones).
      const seqs = [...new Set(ofTask.map((s) => s.seq))].sort((x, y) => x - y);
      expect(seqs[0]).toBe(0);
      expect(seqs.at(-1)).toBe(seqs.length - 1);
      if (task === 0) expect(new Set(ordered.map((r) => r.executor)).size).toBeGreaterThan(1);
    }
  });
});
