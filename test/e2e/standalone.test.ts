/**
 * `tributary standalone` end to end on the real broker, started from properties files as connect-standalone is:
 * FileStream source → topic → sink; a kill -9 mid-stream and a restart lose no line and re-read at most what the
 * source produced since its last offset flush; a torn write of the offsets file does not cost the offsets.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeOffsetKey } from '../../shared/cluster/offset-codec.ts';
import { freePort } from '../../shared/util/net.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { readOffsetsFile, writeOffsetsFile } from '../../standalone/offsets-file.ts';
import { deleteTopics, rest, uniqueName } from '../support/cluster.ts';
import { fileSize, lineCounts, makeLines, nonEmptyLines, writeLines } from '../support/files.ts';
import { countRecords, createTopic, readRecords } from '../support/kafka.ts';
import {
  type StandaloneProcess,
  startStandaloneProcess,
  stopStandaloneProcess,
  writeProperties,
} from '../support/standalone.ts';

const PIPELINE_TIMEOUT_MS = 180_000;
const FLUSH_INTERVAL_MS = 1_000;

describe('tributary standalone', () => {
  let dir: string;
  const topics: string[] = [];
  let running: StandaloneProcess | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-standalone-'));
  });

  afterEach(async () => {
    if (running) await stopStandaloneProcess(running, 'SIGKILL');
    running = undefined;
  });

  afterAll(async () => {
    await deleteTopics(topics);
    rmSync(dir, { recursive: true, force: true });
  });

  /** A worker file, a source file and a sink file for one test, on a topic of its own. */
  async function pipelineFiles(name: string, worker: Record<string, string> = {}) {
    const topic = uniqueName(`standalone-${name}`);
    topics.push(topic);
    await createTopic(topic, 1);
    const port = await freePort();
    const files = {
      topic,
      url: `http://127.0.0.1:${port}`,
      input: join(dir, `${name}-in.txt`),
      output: join(dir, `${name}-out.txt`),
      offsets: join(dir, `${name}.offsets`),
      log: join(dir, `${name}.log`),
      source: uniqueName(`${name}-source`),
      sink: uniqueName(`${name}-sink`),
    };
    const workerFile = writeProperties(join(dir, `${name}-worker.properties`), {
      'bootstrap.servers': inject('kafkaBootstrapServers'),
      'key.converter': 'org.apache.kafka.connect.storage.StringConverter',
      'value.converter': 'org.apache.kafka.connect.storage.StringConverter',
      'offset.storage.file.filename': files.offsets,
      'offset.flush.interval.ms': String(FLUSH_INTERVAL_MS),
      'plugin.path': '/usr/local/share/kafka/plugins',
      listeners: `http://127.0.0.1:${port}`,
      ...worker,
    });
    const sourceFile = writeProperties(join(dir, `${name}-source.properties`), {
      name: files.source,
      'connector.class': 'FileStreamSource',
      'tasks.max': '1',
      file: files.input,
      topic,
      'batch.size': '500',
    });
    const sinkFile = join(dir, `${name}-sink.json`);
    writeFileSync(
      sinkFile,
      JSON.stringify({
        name: files.sink,
        config: { 'connector.class': 'FileStreamSink', 'tasks.max': '1', file: files.output, topics: topic },
      }),
    );
    return { ...files, args: [workerFile, sourceFile, sinkFile] };
  }

  it('copies a file through Kafka from properties and JSON connector files, and answers the REST API', async () => {
    const p = await pipelineFiles('roundtrip');
    writeLines(p.input, 0, 2_000);
    running = await startStandaloneProcess(p.args, p.url, p.log);
    const workerId = p.url.replace('http://', '');

    await waitFor(
      () => fileSize(p.output) === fileSize(p.input),
      PIPELINE_TIMEOUT_MS,
      'sink output complete',
    );
    expect(readFileSync(p.output)).toEqual(readFileSync(p.input));
    expect((await rest(p.url, 'GET', '/connectors')).body).toEqual(
      expect.arrayContaining([p.source, p.sink]),
    );
    const status = await rest(p.url, 'GET', `/connectors/${p.source}/status`);
    expect(status.body).toEqual({
      name: p.source,
      connector: { state: 'RUNNING', worker_id: workerId, version: '4.1.1' },
      tasks: [{ id: 0, state: 'RUNNING', worker_id: workerId, version: '4.1.1' }],
      type: 'source',
    });
    // The source offset reaches the file within a flush interval: the whole input, in bytes.
    const key = Buffer.from(encodeOffsetKey(p.source, { filename: p.input })).toString('utf8');
    await waitFor(
      async () => (await readOffsetsFile(p.offsets)).get(key) === `{"position":${fileSize(p.input)}}`,
      PIPELINE_TIMEOUT_MS,
      'source offset of the whole input in the offsets file',
    );

    // Standalone answers as Apache's StandaloneHerder: a created connector comes back with its tasks.
    const extra = uniqueName('extra');
    const created = await rest(p.url, 'POST', '/connectors', {
      name: extra,
      config: { 'connector.class': 'FileStreamSource', file: p.input, topic: p.topic },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: extra,
      tasks: [{ connector: extra, task: 0 }],
      type: 'source',
    });
    expect((await rest(p.url, 'POST', `/connectors/${p.source}/restart`)).status).toBe(204);
    expect(await rest(p.url, 'POST', '/connectors/nope/restart')).toMatchObject({
      status: 500,
      body: {
        error_code: 500,
        message: 'Cannot invoke "java.util.Map.get(Object)" because "connProps" is null',
      },
    });
    expect(await rest(p.url, 'POST', `/connectors/${p.source}/tasks/7/restart`)).toMatchObject({
      status: 404,
      body: { error_code: 404, message: `Task ${p.source}-7 not found` },
    });
    expect((await rest(p.url, 'PUT', `/connectors/${extra}/stop`)).status).toBe(204);
    expect((await rest(p.url, 'GET', `/connectors/${extra}/status`)).body).toMatchObject({
      connector: { state: 'STOPPED' },
      tasks: [],
    });
    const altered = await rest(p.url, 'PATCH', `/connectors/${extra}/offsets`, {
      offsets: [{ partition: { filename: p.input }, offset: { position: 7 } }],
    });
    expect(altered.status).toBe(200);
    expect((await rest(p.url, 'GET', `/connectors/${extra}/offsets`)).body).toEqual({
      offsets: [{ partition: { filename: p.input }, offset: { position: 7 } }],
    });
    const extraKey = Buffer.from(encodeOffsetKey(extra, { filename: p.input })).toString('utf8');
    expect((await readOffsetsFile(p.offsets)).get(extraKey)).toBe('{"position":7}');
    expect((await rest(p.url, 'DELETE', `/connectors/${extra}/offsets`)).status).toBe(200);
    expect((await readOffsetsFile(p.offsets)).has(extraKey)).toBe(false);
    expect((await rest(p.url, 'DELETE', `/connectors/${extra}`)).status).toBe(204);

    expect(await stopStandaloneProcess(running)).toBe(0);
    running = undefined;
  });

  it('loses no line after kill -9 mid-stream; re-reads only what came after the last offset flush', async () => {
    // Enough lines that the kill lands mid-stream after the first offset flush (the source moves well over 100,000
    // lines a second).
    const total = 400_000;
    const p = await pipelineFiles('killed');
    writeLines(p.input, 0, total);
    running = await startStandaloneProcess(p.args, p.url, p.log);
    await waitFor(
      async () => fileSize(p.offsets) > 0 && (await countRecords(p.topic)) >= 10_000,
      PIPELINE_TIMEOUT_MS,
      'source under way, offsets flushed once',
      20,
    );
    const killedAt = Date.now();
    expect(await stopStandaloneProcess(running, 'SIGKILL')).toBe('SIGKILL');
    running = undefined;
    const producedAtKill = await countRecords(p.topic);
    expect(producedAtKill).toBeLessThan(total);

    // What the file holds is what the restarted source resumes from, and it was flushed within one interval.
    const key = Buffer.from(encodeOffsetKey(p.source, { filename: p.input })).toString('utf8');
    const committed = Number(
      JSON.parse((await readOffsetsFile(p.offsets)).get(key) ?? '{"position":0}').position,
    );
    const committedLines =
      Buffer.from(readFileSync(p.input).subarray(0, committed)).toString('utf8').split('\n').length - 1;
    expect(killedAt - statSync(p.offsets).mtimeMs).toBeLessThanOrEqual(FLUSH_INTERVAL_MS + 1_000);

    running = await startStandaloneProcess(p.args, p.url, p.log);
    const expected = makeLines(0, total)
      .split('\n')
      .filter((l) => l !== '');
    await waitFor(
      async () => (await countRecords(p.topic)) >= total && lineCounts(p.output).size >= total,
      PIPELINE_TIMEOUT_MS,
      'every line in the topic and the sink output after the restart',
      500,
    );
    expect(await stopStandaloneProcess(running)).toBe(0);
    running = undefined;

    const topicRecords = await countRecords(p.topic);
    const values = (await readRecords(p.topic, topicRecords)).map((r) => r.value?.toString('utf8') ?? '');
    const inTopic = new Map<string, number>();
    for (const v of values) inTopic.set(v, (inTopic.get(v) ?? 0) + 1);
    expect(expected.filter((l) => !inTopic.has(l))).toEqual([]);
    const counts = lineCounts(p.output);
    expect(expected.filter((l) => !counts.has(l))).toEqual([]);
    // Duplicates are exactly lines produced after the committed position and before the kill.
    const resent = topicRecords - total;
    console.info(
      `standalone kill -9: ${resent} lines re-read (committed ${committedLines} of ${producedAtKill} produced at the kill)`,
    );
    expect(resent).toBeLessThanOrEqual(producedAtKill - committedLines);
    const duplicated = expected.flatMap((l, index) => ((inTopic.get(l) ?? 0) > 1 ? [index] : []));
    expect(duplicated.every((index) => index >= committedLines)).toBe(true);
  });

  it('resumes from the offsets file when a write of it was torn by a crash', async () => {
    const p = await pipelineFiles('torn');
    writeLines(p.input, 0, 100);
    const half = Buffer.byteLength(makeLines(0, 50));
    const key = Buffer.from(encodeOffsetKey(p.source, { filename: p.input })).toString('utf8');
    await writeOffsetsFile(p.offsets, new Map([[key, `{"position":${half}}`]]));
    // The next write was cut short by the crash: its temp file holds half of a newer state.
    const newer = readFileSync(p.offsets, 'utf8').replace(String(half), String(fileSize(p.input)));
    writeFileSync(`${p.offsets}.tmp`, newer.slice(0, Math.floor(newer.length / 2)));

    running = await startStandaloneProcess(p.args, p.url, p.log);
    await waitFor(
      () => nonEmptyLines(p.output).length >= 50,
      PIPELINE_TIMEOUT_MS,
      'the second half in the sink',
    );
    expect(readFileSync(p.output, 'utf8')).toBe(makeLines(50, 100));
    expect(await countRecords(p.topic)).toBe(50);
    expect(await stopStandaloneProcess(running)).toBe(0);
    running = undefined;
  });
});
