/**
 * Stop the whole cluster while a FileStream pipeline is running, start it again on the same internal topics: the
 * source resumes from its committed offset (it does not re-read the file), and the sink's output holds every
 * line. Duplicates are allowed only as at-least-once permits; the test counts and prints them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';
import { appendLines, countLines, lineCounts, makeLines, writeLines } from '../support/files.ts';
import { countRecords, createTopic } from '../support/kafka.ts';

const FIRST = 150_000;
const SECOND = 50_000;
const TIMEOUT_MS = 240_000;

describe('whole-cluster restart mid-stream', () => {
  let cluster: TestCluster | undefined;
  let dir: string;
  const topic = uniqueName('restart');
  const killedTopic = uniqueName('restart-killed');
  const id = uniqueName('tc-restart');
  const killedId = uniqueName('tc-killed');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-restart-'));
    await createTopic(topic, 1);
    await createTopic(killedTopic, 1);
  });

  // Each test stops its own cluster, even when it fails half-way.
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
  });

  afterAll(async () => {
    await deleteTopics([topic], id);
    await deleteTopics([killedTopic], killedId);
    rmSync(dir, { recursive: true, force: true });
  });

  it('resumes the source from its offset and loses no line', async () => {
    const input = join(dir, 'in.txt');
    const output = join(dir, 'out.txt');
    writeLines(input, 0, FIRST);
    cluster = await startTestCluster({ id, executors: 2 });
    const source = uniqueName('src');
    const sink = uniqueName('sink');
    await rest(cluster.url, 'POST', '/connectors', {
      name: source,
      config: { 'connector.class': 'FileStreamSource', file: input, topic, 'batch.size': '500' },
    });
    await rest(cluster.url, 'POST', '/connectors', {
      name: sink,
      config: { 'connector.class': 'FileStreamSink', file: output, topics: topic },
    });

    // Stop while the sink has written some but not all of the first part.
    await waitFor(() => countLines(output) >= 1_000, TIMEOUT_MS, 'sink output started', 20);
    await cluster.stop();
    cluster = undefined;
    const atStop = countLines(output);
    const inTopicAtStop = await countRecords(topic);
    console.info(`stopped with ${atStop} lines written and ${inTopicAtStop} records in the topic`);

    appendLines(input, FIRST, FIRST + SECOND);
    cluster = await startTestCluster({ id, executors: 2 });
    const total = FIRST + SECOND;
    await waitFor(
      async () => (await countRecords(topic)) >= total && countLines(output) >= total,
      TIMEOUT_MS,
      'every line through the pipeline after the restart',
      250,
    );
    // Let in-flight work settle: nothing more may arrive than at-least-once allows, and every line must be there.
    const counts = lineCounts(output);
    const expected = makeLines(0, total)
      .split('\n')
      .filter((l) => l !== '');
    const missing = expected.filter((l) => !counts.has(l));
    const duplicates = [...counts.values()].reduce((sum, n) => sum + (n - 1), 0);
    const topicRecords = await countRecords(topic);
    console.info(
      `after restart: ${topicRecords} records in topic (${topicRecords - total} re-read by the source), ` +
        `${duplicates} duplicate lines in the sink output`,
    );
    expect(missing).toEqual([]);
    expect(counts.size).toBe(total);
    // The source resumed from its committed offset: a graceful stop commits offsets, so nothing was re-read.
    expect(topicRecords).toBe(total);
    // Graceful stop commits the sink's offsets after its flush: nothing is written twice either.
    expect(duplicates).toBe(0);
  });

  it('loses no line when every executor is killed with SIGKILL (duplicates counted)', async () => {
    const input = join(dir, 'killed-in.txt');
    const output = join(dir, 'killed-out.txt');
    writeLines(input, 0, FIRST);
    cluster = await startTestCluster({ id: killedId, executors: 2 });
    await rest(cluster.url, 'POST', '/connectors', {
      name: uniqueName('src'),
      config: { 'connector.class': 'FileStreamSource', file: input, topic: killedTopic, 'batch.size': '500' },
    });
    await rest(cluster.url, 'POST', '/connectors', {
      name: uniqueName('sink'),
      config: { 'connector.class': 'FileStreamSink', file: output, topics: killedTopic },
    });
    await waitFor(() => countLines(output) >= 5_000, TIMEOUT_MS, 'sink output started', 20);
    // No drain, no final commit: whatever was acknowledged but not yet committed is processed again.
    for (const executor of cluster.launcher.executors())
      await cluster.launcher.kill(executor.executorId, 'SIGKILL');
    await cluster.stop();
    cluster = undefined;

    appendLines(input, FIRST, FIRST + SECOND);
    cluster = await startTestCluster({ id: killedId, executors: 2 });
    const total = FIRST + SECOND;
    await waitFor(
      async () => lineCounts(output).size >= total && (await countRecords(killedTopic)) >= total,
      TIMEOUT_MS,
      'every line through the pipeline after the kill',
      500,
    );
    const counts = lineCounts(output);
    const expected = makeLines(0, total)
      .split('\n')
      .filter((l) => l !== '');
    const missing = expected.filter((l) => !counts.has(l));
    const duplicates = [...counts.values()].reduce((sum, n) => sum + (n - 1), 0);
    const topicRecords = await countRecords(killedTopic);
    console.info(
      `after SIGKILL: ${topicRecords - total} records re-read by the source, ${duplicates} duplicate lines in the sink output`,
    );
    expect(missing).toEqual([]);
    expect(counts.size).toBe(total);
    // At-least-once: the source re-reads at most what it produced since its last offset commit (1 s interval).
    expect(topicRecords).toBeGreaterThanOrEqual(total);
  });
});
