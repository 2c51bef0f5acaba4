/**
 * Conformance scenarios: sequences of REST calls sent to Apache Kafka Connect 4.1.1 and to Tributary alike.
 * `{s}` in names becomes a per-side token (see harness.ts). Connectors here are sinks reading topics nobody
 * writes, or sources reading files that do not exist, so no scenario depends on data timing.
 */
import type { RestResponse } from '../support/cluster.ts';
import type { Scenario, Step } from './harness.ts';
import { MORE_SCENARIOS } from './more-scenarios.ts';

const sink = (topic = 'conf-in-{s}') => ({
  'connector.class': 'FileStreamSink',
  topics: topic,
  file: '/dev/null',
});
const source = (file = '/nonexistent/conformance-{s}.txt') => ({
  'connector.class': 'FileStreamSource',
  file,
  topic: 'conf-out-{s}',
});

const json = (r: RestResponse) => r.body as Record<string, unknown>;
const connectorState = (state: string, tasks: number) => (r: RestResponse) => {
  if (r.status !== 200) return false;
  const b = json(r) as { connector: { state: string }; tasks: Array<{ state: string }> };
  return b.connector.state === state && b.tasks.length === tasks && b.tasks.every((t) => t.state === state);
};
const taskCount = (n: number) => (r: RestResponse) => r.status === 200 && (r.body as unknown[]).length === n;

const create = (name: string, config: Record<string, string>, extra: Record<string, unknown> = {}): Step => ({
  method: 'POST',
  path: '/connectors',
  body: { name, config, ...extra },
});
const cleanup = (name: string): Step => ({
  method: 'DELETE',
  path: `/connectors/${encodeURIComponent(name)}`,
  compare: 'none',
});
const running = (name: string, tasks = 1): Step => ({
  method: 'GET',
  path: `/connectors/${encodeURIComponent(name)}/status`,
  until: connectorState('RUNNING', tasks),
});

export const SCENARIOS: readonly Scenario[] = [
  { name: 'server info', endpoint: 'GET /', steps: [{ method: 'GET', path: '/' }] },
  { name: 'health', endpoint: 'GET /health', steps: [{ method: 'GET', path: '/health' }] },
  {
    name: 'list connector plugins',
    endpoint: 'GET /connector-plugins',
    steps: [{ method: 'GET', path: '/connector-plugins' }],
  },
  {
    name: 'list all plugins',
    endpoint: 'GET /connector-plugins?connectorsOnly=false',
    steps: [{ method: 'GET', path: '/connector-plugins?connectorsOnly=false' }],
  },
  {
    name: 'plugin config definitions',
    endpoint: 'GET /connector-plugins/{plugin}/config',
    steps: [
      { method: 'GET', path: '/connector-plugins/FileStreamSink/config' },
      {
        method: 'GET',
        path: '/connector-plugins/org.apache.kafka.connect.file.FileStreamSourceConnector/config',
      },
      { method: 'GET', path: '/connector-plugins/FileStreamSourceConnector/config' },
    ],
  },
  {
    name: 'unknown plugin config',
    endpoint: 'GET /connector-plugins/{plugin}/config',
    steps: [{ method: 'GET', path: '/connector-plugins/NoSuchPlugin/config' }],
  },
  ...(
    [
      ['valid source', 'FileStreamSource', { ...source(), name: 'v' }],
      ['source without topic', 'FileStreamSource', { 'connector.class': 'FileStreamSource', name: 'v' }],
      ['tasks.max not a number', 'FileStreamSource', { ...source(), 'tasks.max': 'abc' }],
      ['tasks.max zero', 'FileStreamSink', { ...sink(), 'tasks.max': '0' }],
      ['sink with topics and topics.regex', 'FileStreamSink', { ...sink(), 'topics.regex': 'a.*' }],
      ['sink with neither topics nor regex', 'FileStreamSink', { 'connector.class': 'FileStreamSink' }],
      ['a null value', 'FileStreamSink', { ...sink(), file: null }],
      ['unknown extra keys', 'FileStreamSink', { ...sink(), 'x.y': 'z' }],
      ['bad errors.tolerance', 'FileStreamSink', { ...sink(), 'errors.tolerance': 'some' }],
      ['unknown transform alias type', 'FileStreamSink', { ...sink(), transforms: 't1' }],
      [
        'negate without predicate',
        'FileStreamSink',
        { ...sink(), transforms: 't1', 'transforms.t1.negate': 'true' },
      ],
      ['unknown key converter', 'FileStreamSink', { ...sink(), 'key.converter': 'com.example.Nope' }],
      ['name with control characters', 'FileStreamSink', { ...sink(), name: 'a\tb' }],
    ] as const
  ).map(
    ([name, plugin, config]): Scenario => ({
      name: `validate: ${name}`,
      endpoint: 'PUT /connector-plugins/{plugin}/config/validate',
      steps: [{ method: 'PUT', path: `/connector-plugins/${plugin}/config/validate`, body: config }],
    }),
  ),
  {
    name: 'validate: connector type mismatch',
    endpoint: 'PUT /connector-plugins/{plugin}/config/validate',
    steps: [{ method: 'PUT', path: '/connector-plugins/FileStreamSink/config/validate', body: source() }],
  },
  {
    name: 'validate: no connector class',
    endpoint: 'PUT /connector-plugins/{plugin}/config/validate',
    steps: [
      { method: 'PUT', path: '/connector-plugins/FileStreamSink/config/validate', body: { topics: 't' } },
    ],
  },
  {
    name: 'validate: unknown connector class',
    endpoint: 'PUT /connector-plugins/{plugin}/config/validate',
    steps: [
      { method: 'PUT', path: '/connector-plugins/Nope/config/validate', body: { 'connector.class': 'Nope' } },
    ],
  },
  {
    name: 'validate: empty body',
    endpoint: 'PUT /connector-plugins/{plugin}/config/validate',
    steps: [{ method: 'PUT', path: '/connector-plugins/FileStreamSink/config/validate', body: '' }],
  },
  {
    name: 'create, read, update, delete',
    endpoint: 'POST /connectors',
    steps: [
      create('crud-{s}', sink()),
      { method: 'GET', path: '/connectors/crud-{s}/tasks', until: taskCount(1) },
      { method: 'GET', path: '/connectors/crud-{s}' },
      { method: 'GET', path: '/connectors/crud-{s}/config' },
      running('crud-{s}'),
      {
        method: 'GET',
        path: '/connectors/crud-{s}/tasks/0/status',
        until: (r) => json(r).state === 'RUNNING',
      },
      { method: 'PUT', path: '/connectors/crud-{s}/config', body: { ...sink(), 'tasks.max': '2' } },
      { method: 'GET', path: '/connectors/crud-{s}/tasks', until: taskCount(2) },
      { method: 'PATCH', path: '/connectors/crud-{s}/config', body: { 'tasks.max': '1', file: null } },
      { method: 'GET', path: '/connectors/crud-{s}/config' },
      { method: 'DELETE', path: '/connectors/crud-{s}' },
      { method: 'GET', path: '/connectors/crud-{s}' },
    ],
  },
  {
    name: 'create twice',
    endpoint: 'POST /connectors',
    steps: [create('twice-{s}', sink()), create('twice-{s}', sink()), cleanup('twice-{s}')],
  },
  {
    name: 'create paused and stopped',
    endpoint: 'POST /connectors',
    steps: [
      create('paused-{s}', sink(), { initial_state: 'PAUSED' }),
      {
        method: 'GET',
        path: '/connectors/paused-{s}/status',
        until: (r) => r.status === 200 && (json(r).connector as { state: string }).state === 'PAUSED',
      },
      create('stopped-{s}', sink(), { initial_state: 'stopped' }),
      {
        method: 'GET',
        path: '/connectors/stopped-{s}/status',
        until: (r) => r.status === 200 && (json(r).connector as { state: string }).state === 'STOPPED',
      },
      cleanup('paused-{s}'),
      cleanup('stopped-{s}'),
    ],
  },
  {
    name: 'create with bad bodies',
    endpoint: 'POST /connectors',
    steps: [
      { method: 'POST', path: '/connectors', body: '{"name": "x", "config": {', compare: 'status' },
      { method: 'POST', path: '/connectors', body: '' },
      { method: 'POST', path: '/connectors', body: 'null' },
      { method: 'POST', path: '/connectors', body: '[]' },
      { method: 'POST', path: '/connectors', body: { name: 'no-config-{s}' } },
      { method: 'POST', path: '/connectors', body: { config: sink() } },
      { method: 'POST', path: '/connectors', body: { name: 'x-{s}', config: {}, extra: 1 } },
      { method: 'POST', path: '/connectors', body: { name: 'x-{s}', config: { a: { b: 1 } } } },
      {
        method: 'POST',
        path: '/connectors',
        body: { name: 'x-{s}', config: sink(), initial_state: 'SLEEPING' },
      },
      { method: 'POST', path: '/connectors', body: { name: 'x-{s}', config: { ...sink(), name: 'y' } } },
      { method: 'POST', path: '/connectors', body: { name: 'x-{s}', config: { topics: 't' } } },
      {
        method: 'POST',
        path: '/connectors',
        body: { name: 'x-{s}', config: { 'connector.class': 'com.example.Nope' } },
      },
      {
        method: 'POST',
        path: '/connectors',
        body: { name: 'x-{s}', config: { ...sink(), 'tasks.max': 'abc' } },
      },
      { method: 'POST', path: '/connectors', body: { name: '   ', config: sink() } },
    ],
  },
  {
    name: 'create with a numeric name and numeric values',
    endpoint: 'POST /connectors',
    steps: [
      {
        method: 'POST',
        path: '/connectors',
        body: { name: 'num-{s}', config: { ...sink(), 'tasks.max': 1 } },
      },
      cleanup('num-{s}'),
    ],
  },
  {
    name: 'odd names',
    endpoint: 'POST /connectors',
    steps: [
      create('with space {s}', sink()),
      {
        method: 'GET',
        path: `/connectors/${encodeURIComponent('with space {s}')}`,
        until: (r) => (json(r).tasks as unknown[]).length === 1,
      },
      cleanup('with space {s}'),
      create('ünïcødé-✓-{s}', sink()),
      // Apache may answer 500 "a rebalance is expected" right after a create; wait for it to settle.
      {
        method: 'GET',
        path: `/connectors/${encodeURIComponent('ünïcødé-✓-{s}')}/config`,
        until: (r) => r.status === 200,
      },
      cleanup('ünïcødé-✓-{s}'),
      create(`${'l'.repeat(200)}-{s}`, sink()),
      {
        method: 'GET',
        path: `/connectors/${'l'.repeat(200)}-{s}`,
        until: (r) => (json(r).tasks as unknown[]).length === 1,
      },
      cleanup(`${'l'.repeat(200)}-{s}`),
    ],
  },
  {
    name: 'pause, resume, stop',
    endpoint: 'PUT /connectors/{name}/pause',
    steps: [
      create('life-{s}', sink()),
      running('life-{s}'),
      { method: 'PUT', path: '/connectors/life-{s}/pause' },
      { method: 'GET', path: '/connectors/life-{s}/status', until: connectorState('PAUSED', 1) },
      { method: 'PUT', path: '/connectors/life-{s}/resume' },
      running('life-{s}'),
      { method: 'PUT', path: '/connectors/life-{s}/stop' },
      { method: 'GET', path: '/connectors/life-{s}/status', until: connectorState('STOPPED', 0) },
      { method: 'GET', path: '/connectors/life-{s}' },
      { method: 'PUT', path: '/connectors/life-{s}/resume' },
      running('life-{s}'),
      cleanup('life-{s}'),
    ],
  },
  {
    name: 'restart forms',
    endpoint: 'POST /connectors/{name}/restart',
    steps: [
      create('rs-{s}', sink()),
      running('rs-{s}'),
      { method: 'POST', path: '/connectors/rs-{s}/restart' },
      running('rs-{s}'),
      { method: 'POST', path: '/connectors/rs-{s}/restart?includeTasks=true&onlyFailed=false' },
      running('rs-{s}'),
      { method: 'POST', path: '/connectors/rs-{s}/restart?onlyFailed=true&includeTasks=true' },
      running('rs-{s}'),
      { method: 'POST', path: '/connectors/rs-{s}/tasks/0/restart' },
      { method: 'POST', path: '/connectors/rs-{s}/tasks/5/restart' },
      { method: 'POST', path: '/connectors/rs-{s}/tasks/-1/restart' },
      cleanup('rs-{s}'),
    ],
  },
  {
    name: 'source offsets while running and stopped',
    endpoint: 'GET /connectors/{name}/offsets',
    steps: [
      create('off-{s}', source()),
      running('off-{s}'),
      { method: 'GET', path: '/connectors/off-{s}/offsets' },
      {
        method: 'PATCH',
        path: '/connectors/off-{s}/offsets',
        body: { offsets: [{ partition: { filename: 'f' }, offset: { position: 1 } }] },
      },
      { method: 'PUT', path: '/connectors/off-{s}/stop' },
      { method: 'GET', path: '/connectors/off-{s}/status', until: connectorState('STOPPED', 0) },
      { method: 'PATCH', path: '/connectors/off-{s}/offsets', body: { offsets: [] } },
      { method: 'PATCH', path: '/connectors/off-{s}/offsets', body: {} },
      {
        method: 'PATCH',
        path: '/connectors/off-{s}/offsets',
        body: { offsets: [{ partition: { filename: 'f' }, offset: { position: 1 } }] },
      },
      { method: 'GET', path: '/connectors/off-{s}/offsets' },
      { method: 'DELETE', path: '/connectors/off-{s}/offsets' },
      { method: 'GET', path: '/connectors/off-{s}/offsets' },
      cleanup('off-{s}'),
    ],
  },
  {
    name: 'sink offsets validation',
    endpoint: 'PATCH /connectors/{name}/offsets',
    steps: [
      create('soff-{s}', sink(), { initial_state: 'STOPPED' }),
      { method: 'GET', path: '/connectors/soff-{s}/offsets' },
      {
        method: 'PATCH',
        path: '/connectors/soff-{s}/offsets',
        body: { offsets: [{ partition: { kafka_topic: 't' }, offset: { kafka_offset: 1 } }] },
      },
      {
        method: 'PATCH',
        path: '/connectors/soff-{s}/offsets',
        body: {
          offsets: [{ partition: { kafka_topic: 't', kafka_partition: 'x' }, offset: { kafka_offset: 1 } }],
        },
      },
      {
        method: 'PATCH',
        path: '/connectors/soff-{s}/offsets',
        body: { offsets: [{ partition: { kafka_topic: 't', kafka_partition: 0 }, offset: { other: 1 } }] },
      },
      cleanup('soff-{s}'),
    ],
  },
  {
    name: 'topics',
    endpoint: 'GET /connectors/{name}/topics',
    steps: [
      { method: 'GET', path: '/connectors/never-created-{s}/topics' },
      { method: 'PUT', path: '/connectors/never-created-{s}/topics/reset' },
    ],
  },
  {
    name: 'expand',
    endpoint: 'GET /connectors?expand=',
    steps: [
      create('exp-{s}', sink()),
      running('exp-{s}'),
      { method: 'GET', path: '/connectors?expand=info' },
      { method: 'GET', path: '/connectors?expand=status&expand=info' },
      { method: 'GET', path: '/connectors?expand=bogus' },
      cleanup('exp-{s}'),
    ],
  },
  ...(
    [
      ['GET', '/connectors/nope-{s}'],
      ['GET', '/connectors/nope-{s}/config'],
      ['GET', '/connectors/nope-{s}/status'],
      ['GET', '/connectors/nope-{s}/tasks'],
      ['GET', '/connectors/nope-{s}/tasks/0/status'],
      ['GET', '/connectors/nope-{s}/tasks/x/status'],
      ['GET', '/connectors/nope-{s}/offsets'],
      ['PUT', '/connectors/nope-{s}/pause'],
      ['PUT', '/connectors/nope-{s}/resume'],
      ['PUT', '/connectors/nope-{s}/stop'],
      ['POST', '/connectors/nope-{s}/restart'],
      ['POST', '/connectors/nope-{s}/restart?includeTasks=true'],
      ['POST', '/connectors/nope-{s}/tasks/0/restart'],
      ['DELETE', '/connectors/nope-{s}'],
      ['DELETE', '/connectors/nope-{s}/offsets'],
      ['PATCH', '/connectors/nope-{s}/config'],
    ] as const
  ).map(
    ([method, path]): Scenario => ({
      name: `unknown connector: ${method} ${path}`,
      endpoint: `${method} ${path.replace('nope-{s}', '{name}')}`,
      steps: [{ method, path, ...(method === 'PATCH' ? { body: {} } : {}) }],
    }),
  ),
  {
    name: 'unknown paths, wrong methods and media types',
    endpoint: '(framework)',
    steps: [
      { method: 'GET', path: '/nowhere' },
      { method: 'DELETE', path: '/connectors' },
      { method: 'POST', path: '/connector-plugins' },
      { method: 'GET', path: '/connectors', headers: { 'content-type': 'text/plain' } },
      { method: 'POST', path: '/connectors', headers: { 'content-type': 'text/plain' }, body: '{}' },
    ],
  },
  ...MORE_SCENARIOS,
];
