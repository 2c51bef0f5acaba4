/**
 * More conformance scenarios: validation corners, config updates, idempotent state changes, odd query
 * parameters and bodies that are wrong in other ways.
 */
import type { RestResponse } from '../support/cluster.ts';
import type { Scenario, Step } from './harness.ts';

const sink = (extra: Record<string, string | null> = {}) => ({
  'connector.class': 'FileStreamSink',
  topics: 'more-in-{s}',
  file: '/dev/null',
  ...extra,
});
/** The connector and its one task (none when STOPPED) in `state`. */
const status = (state: string) => (r: RestResponse) => {
  if (r.status !== 200) return false;
  const body = r.body as { connector: { state: string }; tasks: Array<{ state: string }> };
  const tasks = state === 'STOPPED' ? 0 : 1;
  return (
    body.connector.state === state &&
    body.tasks.length === tasks &&
    body.tasks.every((t) => t.state === state)
  );
};
const oneTask = (r: RestResponse) => r.status === 200 && (r.body as unknown[]).length === 1;

const validate = (name: string, plugin: string, body: unknown): Scenario => ({
  name: `validate: ${name}`,
  endpoint: 'PUT /connector-plugins/{plugin}/config/validate',
  steps: [{ method: 'PUT', path: `/connector-plugins/${plugin}/config/validate`, body }],
});

const createFails = (name: string, body: unknown): Scenario => ({
  name: `create rejected: ${name}`,
  endpoint: 'POST /connectors',
  steps: [{ method: 'POST', path: '/connectors', body }],
});

const withConnector = (name: string, endpoint: string, steps: Step[], initialState?: string): Scenario => ({
  name,
  endpoint,
  steps: [
    {
      method: 'POST',
      path: '/connectors',
      body: { name: 'm-{s}', config: sink(), ...(initialState ? { initial_state: initialState } : {}) },
    },
    ...steps,
    { method: 'DELETE', path: '/connectors/m-{s}', compare: 'none' },
  ],
});

export const MORE_SCENARIOS: readonly Scenario[] = [
  validate('alias FileStreamSinkConnector', 'FileStreamSinkConnector', sink()),
  validate('full class name', 'org.apache.kafka.connect.file.FileStreamSinkConnector', sink()),
  validate('tasks.max negative', 'FileStreamSink', sink({ 'tasks.max': '-3' })),
  validate('tasks.max huge', 'FileStreamSink', sink({ 'tasks.max': '99999999999' })),
  validate('boolean not a boolean', 'FileStreamSink', sink({ 'errors.log.enable': 'yes' })),
  validate('errors.retry.timeout not a long', 'FileStreamSink', sink({ 'errors.retry.timeout': '1.5' })),
  validate(
    'DLQ topic in topics',
    'FileStreamSink',
    sink({ 'errors.deadletterqueue.topic.name': 'more-in-{s}' }),
  ),
  validate('invalid topics.regex', 'FileStreamSink', { ...sink(), topics: null, 'topics.regex': '([a-z' }),
  validate('transform with type', 'FileStreamSink', {
    ...sink(),
    transforms: 'r',
    'transforms.r.type': 'org.apache.kafka.connect.transforms.RegexRouter',
    'transforms.r.regex': '(.*)',
    'transforms.r.replacement': '$1-x',
  }),
  validate('transform missing its required settings', 'FileStreamSink', {
    ...sink(),
    transforms: 'r',
    'transforms.r.type': 'org.apache.kafka.connect.transforms.RegexRouter',
  }),
  validate('unknown transform class', 'FileStreamSink', {
    ...sink(),
    transforms: 'x',
    'transforms.x.type': 'com.example.X',
  }),
  validate('predicate without type', 'FileStreamSink', { ...sink(), predicates: 'p' }),
  validate('duplicate transform aliases', 'FileStreamSink', {
    ...sink(),
    transforms: 'a,a',
    'transforms.a.type': 'org.apache.kafka.connect.transforms.Filter',
  }),
  validate('converter sub-configs', 'FileStreamSink', {
    ...sink(),
    'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'value.converter.schemas.enable': 'maybe',
  }),
  validate('header converter alias', 'FileStreamSink', {
    ...sink(),
    'header.converter': 'SimpleHeaderConverter',
  }),
  validate('consumer group collides with the worker', 'FileStreamSink', {
    ...sink(),
    'consumer.override.group.id': 'connect-cluster',
  }),
  validate('source with topic creation', 'FileStreamSource', {
    'connector.class': 'FileStreamSource',
    topic: 't',
    'topic.creation.default.partitions': '3',
  }),
  validate('source exactly once required', 'FileStreamSource', {
    'connector.class': 'FileStreamSource',
    topic: 't',
    'exactly.once.support': 'required',
  }),
  validate('body is an array', 'FileStreamSink', '[1,2]'),
  validate('body has a nested object', 'FileStreamSink', {
    'connector.class': 'FileStreamSink',
    x: { y: 1 },
  }),
  createFails('config is an array', { name: 'a-{s}', config: [] }),
  createFails('config is a string', { name: 'a-{s}', config: 'x' }),
  createFails('name is an object', { name: { n: 1 }, config: sink() }),
  createFails('tasks.max zero', { name: 'a-{s}', config: sink({ 'tasks.max': '0' }) }),
  createFails('errors.tolerance invalid', { name: 'a-{s}', config: sink({ 'errors.tolerance': 'most' }) }),
  createFails('sink without topics', { name: 'a-{s}', config: { 'connector.class': 'FileStreamSink' } }),
  createFails('source without topic', { name: 'a-{s}', config: { 'connector.class': 'FileStreamSource' } }),
  createFails('name with a newline', { name: 'a\nb-{s}', config: sink() }),
  createFails('unknown transform', {
    name: 'a-{s}',
    config: sink({ transforms: 't', 'transforms.t.type': 'Nope' }),
  }),
  withConnector('pause twice and resume twice', 'PUT /connectors/{name}/pause', [
    { method: 'PUT', path: '/connectors/m-{s}/pause' },
    { method: 'PUT', path: '/connectors/m-{s}/pause' },
    { method: 'GET', path: '/connectors/m-{s}/status', until: status('PAUSED') },
    { method: 'PUT', path: '/connectors/m-{s}/resume' },
    { method: 'PUT', path: '/connectors/m-{s}/resume' },
    { method: 'GET', path: '/connectors/m-{s}/status', until: status('RUNNING') },
  ]),
  withConnector('stop twice', 'PUT /connectors/{name}/stop', [
    { method: 'PUT', path: '/connectors/m-{s}/stop' },
    { method: 'PUT', path: '/connectors/m-{s}/stop' },
    { method: 'GET', path: '/connectors/m-{s}/status', until: status('STOPPED') },
    { method: 'GET', path: '/connectors/m-{s}/tasks' },
  ]),
  withConnector('put config with a mismatching name', 'PUT /connectors/{name}/config', [
    { method: 'PUT', path: '/connectors/m-{s}/config', body: { ...sink(), name: 'other' } },
    { method: 'PUT', path: '/connectors/m-{s}/config', body: { ...sink(), 'tasks.max': 'x' } },
    { method: 'PUT', path: '/connectors/m-{s}/config', body: '[]' },
    { method: 'PUT', path: '/connectors/m-{s}/config', body: '' },
    { method: 'GET', path: '/connectors/m-{s}/config' },
  ]),
  withConnector('patch config corners', 'PATCH /connectors/{name}/config', [
    { method: 'GET', path: '/connectors/m-{s}/tasks', until: oneTask },
    { method: 'PATCH', path: '/connectors/m-{s}/config', body: {} },
    { method: 'PATCH', path: '/connectors/m-{s}/config', body: { 'connector.class': null } },
    { method: 'PATCH', path: '/connectors/m-{s}/config', body: { name: 'renamed' } },
    { method: 'PATCH', path: '/connectors/m-{s}/config', body: '' },
    { method: 'GET', path: '/connectors/m-{s}/config' },
  ]),
  withConnector(
    'offsets of a paused connector cannot change',
    'DELETE /connectors/{name}/offsets',
    [
      { method: 'GET', path: '/connectors/m-{s}/status', until: status('PAUSED') },
      { method: 'DELETE', path: '/connectors/m-{s}/offsets' },
    ],
    'PAUSED',
  ),
  withConnector(
    'sink offsets of a stopped connector',
    'DELETE /connectors/{name}/offsets',
    [
      { method: 'GET', path: '/connectors/m-{s}/offsets' },
      { method: 'DELETE', path: '/connectors/m-{s}/offsets' },
      {
        method: 'PATCH',
        path: '/connectors/m-{s}/offsets',
        body: {
          offsets: [
            { partition: { kafka_topic: 'more-in-{s}', kafka_partition: 0 }, offset: { kafka_offset: 5 } },
          ],
        },
      },
      { method: 'GET', path: '/connectors/m-{s}/offsets' },
      {
        method: 'PATCH',
        path: '/connectors/m-{s}/offsets',
        body: { offsets: [{ partition: null, offset: null }] },
      },
      { method: 'PATCH', path: '/connectors/m-{s}/offsets', body: { offsets: 'x' } },
      { method: 'PATCH', path: '/connectors/m-{s}/offsets', body: { offset: [] } },
    ],
    'STOPPED',
  ),
  withConnector('restart query parameters', 'POST /connectors/{name}/restart', [
    { method: 'GET', path: '/connectors/m-{s}/status', until: status('RUNNING') },
    { method: 'POST', path: '/connectors/m-{s}/restart?includeTasks=yes&onlyFailed=no' },
    { method: 'POST', path: '/connectors/m-{s}/restart?onlyFailed=true' },
    { method: 'GET', path: '/connectors/m-{s}/status', until: status('RUNNING') },
  ]),
  {
    name: 'expand without connectors of this side',
    endpoint: 'GET /connectors?expand=',
    steps: [{ method: 'GET', path: '/connectors?expand=status,info' }],
  },
  {
    name: 'list plugins with odd connectorsOnly values',
    endpoint: 'GET /connector-plugins?connectorsOnly=false',
    steps: [
      { method: 'GET', path: '/connector-plugins?connectorsOnly=FALSE' },
      { method: 'GET', path: '/connector-plugins?connectorsOnly=nope' },
    ],
  },
  {
    name: 'plugin config of transforms, predicates and converters',
    endpoint: 'GET /connector-plugins/{plugin}/config',
    steps: [
      {
        method: 'GET',
        path: '/connector-plugins/org.apache.kafka.connect.transforms.InsertField$Value/config',
      },
      { method: 'GET', path: '/connector-plugins/org.apache.kafka.connect.transforms.RegexRouter/config' },
      { method: 'GET', path: '/connector-plugins/RegexRouter/config' },
      { method: 'GET', path: '/connector-plugins/HasHeaderKey/config' },
      { method: 'GET', path: '/connector-plugins/JsonConverter/config' },
      {
        method: 'GET',
        path: '/connector-plugins/org.apache.kafka.connect.storage.SimpleHeaderConverter/config',
      },
    ],
  },
  {
    name: 'logger errors',
    endpoint: 'PUT /admin/loggers/{logger}',
    steps: [
      { method: 'GET', path: '/admin/loggers/no.such.logger.anywhere' },
      { method: 'PUT', path: '/admin/loggers/some.logger', body: {} },
      { method: 'PUT', path: '/admin/loggers/some.logger', body: { level: 'LOUD' } },
      { method: 'PUT', path: '/admin/loggers/some.logger?scope=cluster', body: { level: 'nope' } },
    ],
  },
  {
    name: 'task ids out of int range and odd',
    endpoint: 'GET /connectors/{name}/tasks/{task}/status',
    steps: [
      { method: 'GET', path: '/connectors/none-{s}/tasks/99999999999/status' },
      { method: 'GET', path: '/connectors/none-{s}/tasks/1.5/status' },
      { method: 'GET', path: '/connectors/none-{s}/tasks/+1/status' },
    ],
  },
];
