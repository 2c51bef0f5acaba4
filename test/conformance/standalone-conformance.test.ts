/**
 * Differential REST conformance of `tributary standalone` with Apache Kafka Connect 4.1.1's `connect-standalone`
 * (Maven Central jars), on the same broker: the same calls — create, update, restart, pause, resume, stop, offsets
 * GET / PATCH / DELETE on a stopped connector, delete — must get the same normalized answers (see harness.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApacheConnect } from '../../infra/local/apache-connect.ts';
import { startApacheConnectStandalone } from '../../infra/local/apache-connect-standalone.ts';
import { freePort } from '../../shared/util/net.ts';
import { deleteTopics, type RestResponse } from '../support/cluster.ts';
import {
  type StandaloneProcess,
  startStandaloneProcess,
  stopStandaloneProcess,
  writeProperties,
} from '../support/standalone.ts';
import { runScenario, type Scenario, SIDE_TOKENS } from './harness.ts';

type Body = Record<string, unknown> & {
  connector?: { state?: string };
  tasks?: Array<{ state?: string }>;
  offsets?: unknown[];
};
const body = (r: RestResponse) => (r.body ?? {}) as Body;
const state = (expected: string) => (r: RestResponse) =>
  body(r).connector?.state === expected &&
  (expected === 'STOPPED'
    ? body(r).tasks?.length === 0
    : (body(r).tasks?.length ?? 0) > 0 && (body(r).tasks ?? []).every((t) => t.state === expected));

function scenarios(dir: string): Scenario[] {
  const source = (extra: Record<string, string> = {}) => ({
    'connector.class': 'FileStreamSource',
    'tasks.max': '1',
    file: join(dir, '{s}-in.txt'),
    topic: 'standalone-conf-{s}',
    ...extra,
  });
  return [
    {
      name: 'create and read a connector',
      endpoint: 'POST /connectors',
      steps: [
        { method: 'POST', path: '/connectors', body: { name: 'src-{s}', config: source() } },
        { method: 'GET', path: '/connectors/src-{s}/status', until: state('RUNNING') },
        { method: 'GET', path: '/connectors/src-{s}' },
        { method: 'GET', path: '/connectors/src-{s}/config' },
        { method: 'GET', path: '/connectors/src-{s}/tasks' },
        { method: 'GET', path: '/connectors/src-{s}/tasks/0/status' },
        { method: 'POST', path: '/connectors', body: { name: 'src-{s}', config: source() } },
        { method: 'GET', path: '/connectors/nope-{s}' },
        { method: 'GET', path: '/connectors/nope-{s}/status' },
      ],
    },
    {
      name: 'restart',
      endpoint: 'POST /connectors/{name}/restart',
      steps: [
        { method: 'POST', path: '/connectors/nope-{s}/restart' },
        { method: 'POST', path: '/connectors/nope-{s}/restart?includeTasks=true' },
        { method: 'POST', path: '/connectors/src-{s}/restart' },
        { method: 'GET', path: '/connectors/src-{s}/status', until: state('RUNNING') },
        { method: 'POST', path: '/connectors/src-{s}/tasks/0/restart' },
        { method: 'GET', path: '/connectors/src-{s}/status', until: state('RUNNING') },
        { method: 'POST', path: '/connectors/src-{s}/restart?includeTasks=true' },
        { method: 'GET', path: '/connectors/src-{s}/status', until: state('RUNNING') },
        { method: 'POST', path: '/connectors/src-{s}/restart?includeTasks=true&onlyFailed=true' },
      ],
    },
    {
      name: 'pause and resume',
      endpoint: 'PUT /connectors/{name}/pause',
      steps: [
        { method: 'PUT', path: '/connectors/nope-{s}/pause' },
        { method: 'PUT', path: '/connectors/nope-{s}/resume' },
        { method: 'PUT', path: '/connectors/src-{s}/pause' },
        { method: 'GET', path: '/connectors/src-{s}/status', until: state('PAUSED') },
        { method: 'PUT', path: '/connectors/src-{s}/resume' },
        { method: 'GET', path: '/connectors/src-{s}/status', until: state('RUNNING') },
      ],
    },
    {
      name: 'stop and offsets',
      endpoint: 'PUT /connectors/{name}/stop',
      steps: [
        {
          method: 'GET',
          path: '/connectors/src-{s}/offsets',
          until: (r) => (body(r).offsets?.length ?? 0) > 0,
        },
        {
          method: 'PATCH',
          path: '/connectors/src-{s}/offsets',
          body: { offsets: [{ partition: { filename: join(dir, '{s}-in.txt') }, offset: { position: 2 } }] },
        },
        { method: 'DELETE', path: '/connectors/src-{s}/offsets' },
        { method: 'PUT', path: '/connectors/nope-{s}/stop' },
        { method: 'PUT', path: '/connectors/src-{s}/stop' },
        { method: 'GET', path: '/connectors/src-{s}/status', until: state('STOPPED') },
        { method: 'GET', path: '/connectors/src-{s}/tasks' },
        {
          method: 'PATCH',
          path: '/connectors/src-{s}/offsets',
          body: { offsets: [{ partition: { filename: join(dir, '{s}-in.txt') }, offset: { position: 2 } }] },
        },
        { method: 'GET', path: '/connectors/src-{s}/offsets' },
        { method: 'DELETE', path: '/connectors/src-{s}/offsets' },
        { method: 'GET', path: '/connectors/src-{s}/offsets' },
        { method: 'GET', path: '/connectors/nope-{s}/offsets' },
        { method: 'PUT', path: '/connectors/src-{s}/resume' },
        { method: 'GET', path: '/connectors/src-{s}/status', until: state('RUNNING') },
      ],
    },
    {
      name: 'create and update through PUT and PATCH',
      endpoint: 'PUT /connectors/{name}/config',
      steps: [
        { method: 'PUT', path: '/connectors/put-{s}/config', body: source() },
        { method: 'PUT', path: '/connectors/put-{s}/config', body: source({ 'batch.size': '10' }) },
        { method: 'PATCH', path: '/connectors/put-{s}/config', body: { 'batch.size': '20' } },
        { method: 'GET', path: '/connectors/put-{s}/status', until: state('RUNNING') },
        { method: 'PATCH', path: '/connectors/nope-{s}/config', body: { 'batch.size': '20' } },
        { method: 'DELETE', path: '/connectors/put-{s}' },
      ],
    },
    {
      name: 'a sink connector and its offsets',
      endpoint: 'GET /connectors/{name}/offsets',
      steps: [
        {
          method: 'POST',
          path: '/connectors',
          body: {
            name: 'sink-{s}',
            config: {
              'connector.class': 'FileStreamSink',
              file: join(dir, '{s}-out.txt'),
              topics: 'standalone-conf-{s}',
            },
          },
        },
        { method: 'GET', path: '/connectors/sink-{s}/status', until: state('RUNNING') },
        {
          method: 'GET',
          path: '/connectors/sink-{s}/offsets',
          until: (r) => (body(r).offsets?.length ?? 0) > 0,
        },
        { method: 'PUT', path: '/connectors/sink-{s}/stop' },
        { method: 'GET', path: '/connectors/sink-{s}/status', until: state('STOPPED') },
        { method: 'DELETE', path: '/connectors/sink-{s}/offsets' },
        { method: 'GET', path: '/connectors/sink-{s}/offsets' },
        { method: 'DELETE', path: '/connectors/sink-{s}' },
      ],
    },
    {
      name: 'delete',
      endpoint: 'DELETE /connectors/{name}',
      steps: [
        { method: 'DELETE', path: '/connectors/src-{s}' },
        { method: 'DELETE', path: '/connectors/src-{s}' },
        { method: 'GET', path: '/connectors/src-{s}/status' },
        { method: 'GET', path: '/connectors' },
        { method: 'GET', path: '/health' },
        { method: 'GET', path: '/' },
      ],
    },
    {
      // Last: Apache's StandaloneHerder answers 404 here but goes on to start the unknown task, which leaves a
      // FAILED status for it behind (a `return` missing after the callback); Tributary only answers.
      name: 'restart of an unknown task',
      endpoint: 'POST /connectors/{name}/tasks/{task}/restart',
      steps: [
        { method: 'POST', path: '/connectors', body: { name: 'last-{s}', config: source() } },
        { method: 'GET', path: '/connectors/last-{s}/status', until: state('RUNNING') },
        { method: 'POST', path: '/connectors/last-{s}/tasks/9/restart' },
        { method: 'POST', path: '/connectors/nope-{s}/tasks/0/restart' },
      ],
    },
  ];
}

describe('standalone REST conformance with Apache Kafka Connect 4.1.1', () => {
  let apache: ApacheConnect | undefined;
  let tributary: StandaloneProcess | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-standalone-conformance-'));
    for (const token of Object.values(SIDE_TOKENS))
      writeFileSync(join(dir, `${token}-in.txt`), 'one\ntwo\nthree\n');
    const port = await freePort();
    const workerFile = writeProperties(join(dir, 'tributary-worker.properties'), {
      'bootstrap.servers': inject('kafkaBootstrapServers'),
      'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
      'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
      'offset.storage.file.filename': join(dir, 'tributary.offsets'),
      'offset.flush.interval.ms': '1000',
      listeners: `http://127.0.0.1:${port}`,
    });
    [apache, tributary] = await Promise.all([
      startApacheConnectStandalone({
        bootstrapServers: inject('kafkaBootstrapServers'),
        dataDir: join(dir, 'apache'),
      }),
      startStandaloneProcess([workerFile], `http://127.0.0.1:${port}`, join(dir, 'tributary.log')),
    ]);
  });

  afterAll(async () => {
    await Promise.allSettled([apache?.stop(), tributary ? stopStandaloneProcess(tributary) : undefined]);
    await deleteTopics(Object.values(SIDE_TOKENS).map((token) => `standalone-conf-${token}`));
    rmSync(dir, { recursive: true, force: true });
  });

  // The scenarios build on each other (one connector goes through them in turn), so they run in this order.
  for (const { name } of scenarios('')) {
    it(name, async () => {
      const scenario = scenarios(dir).find((s) => s.name === name) as Scenario;
      const results = await runScenario(apache?.url ?? '', tributary?.url ?? '', scenario);
      for (const r of results)
        console.info(`${r.step}: apache ${r.apache.ms} ms, tributary ${r.tributary.ms} ms`);
      expect(results.filter((r) => !r.same)).toEqual([]);
    });
  }
});
