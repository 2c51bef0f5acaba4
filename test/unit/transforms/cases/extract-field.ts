import { env, noSchema, opt, struct, T, withDefault } from './builders.ts';
import type { SmtCase } from './types.ts';

const EV = 'org.apache.kafka.connect.transforms.ExtractField$Value';
const EK = 'org.apache.kafka.connect.transforms.ExtractField$Key';

const INNER = struct({ leaf: withDefault(T.optString, 'dflt'), 'a.b': T.int32, 'tick`': T.int32 });
const OUTER = struct({ id: T.int32, inner: opt(INNER), 'dotted.name': INNER });
const OUTER_VALUE = env(OUTER, {
  id: 1,
  inner: { leaf: null, 'a.b': 2, 'tick`': 3 },
  'dotted.name': { leaf: 'L', 'a.b': 4, 'tick`': 5 },
});
const OUTER_NULL_INNER = env(OUTER, {
  id: 1,
  inner: null,
  'dotted.name': { leaf: 'L', 'a.b': 4, 'tick`': 5 },
});
const MAP_VALUE = noSchema(
  '{"id":1,"inner":{"leaf":"x","a.b":2},"dotted.name":{"leaf":"y"},"a.b":9,"s":"t"}',
);

export const EXTRACT_FIELD_CASES: readonly SmtCase[] = [
  {
    name: 'extract v1 top level',
    plugin: EV,
    config: { field: 'id' },
    records: [{ value: OUTER_VALUE }, { value: MAP_VALUE }, { value: noSchema('null') }],
  },
  {
    name: 'extract v1 dotted name',
    plugin: EV,
    config: { field: 'dotted.name' },
    records: [{ value: OUTER_VALUE }, { value: MAP_VALUE }],
  },
  {
    name: 'extract v1 unknown field',
    plugin: EV,
    config: { field: 'nope' },
    records: [{ value: OUTER_VALUE }, { value: MAP_VALUE }],
  },
  {
    name: 'extract v2 nested',
    plugin: EV,
    config: { field: 'inner.leaf', 'field.syntax.version': 'V2' },
    records: [{ value: OUTER_VALUE }, { value: OUTER_NULL_INNER }, { value: MAP_VALUE }],
  },
  {
    name: 'extract v2 nested without default',
    plugin: EV,
    config: { field: 'inner.leaf', 'field.syntax.version': 'v2', 'replace.null.with.default': 'false' },
    records: [{ value: OUTER_VALUE }],
  },
  {
    name: 'extract v2 backticks',
    plugin: EV,
    config: { field: '`dotted.name`.`a.b`', 'field.syntax.version': 'V2' },
    records: [{ value: OUTER_VALUE }],
  },
  {
    name: 'extract v2 escaped backtick',
    plugin: EV,
    config: { field: 'inner.`tick\\``', 'field.syntax.version': 'V2' },
    records: [{ value: OUTER_VALUE }],
  },
  {
    name: 'extract v2 backtick inside name',
    plugin: EV,
    config: { field: 'inner.tick`', 'field.syntax.version': 'V2' },
    records: [{ value: OUTER_VALUE }],
  },
  {
    name: 'extract v2 incomplete backtick',
    plugin: EV,
    config: { field: '`inner.leaf', 'field.syntax.version': 'V2' },
  },
  {
    name: 'extract v2 escaped final backtick',
    plugin: EV,
    config: { field: '`inner\\`', 'field.syntax.version': 'V2' },
  },
  {
    name: 'extract v2 trailing dot',
    plugin: EV,
    config: { field: 'inner.', 'field.syntax.version': 'V2' },
    records: [{ value: OUTER_VALUE }, { value: MAP_VALUE }],
  },
  {
    name: 'extract v2 missing nested',
    plugin: EV,
    config: { field: 'inner.nope', 'field.syntax.version': 'V2' },
    records: [{ value: OUTER_VALUE }, { value: MAP_VALUE }],
  },
  {
    name: 'extract v2 through primitive',
    plugin: EV,
    config: { field: 'id.x', 'field.syntax.version': 'V2' },
    records: [{ value: OUTER_VALUE }, { value: MAP_VALUE }],
  },
  {
    name: 'extract v2 schemaless through string',
    plugin: EV,
    config: { field: 's.x', 'field.syntax.version': 'V2' },
    records: [{ value: MAP_VALUE }],
  },
  {
    name: 'extract v2 empty path',
    plugin: EV,
    config: { field: '', 'field.syntax.version': 'V2' },
    records: [{ value: MAP_VALUE }],
  },
  { name: 'extract bad syntax version', plugin: EV, config: { field: 'a', 'field.syntax.version': 'V3' } },
  { name: 'extract missing field config', plugin: EV, config: {} },
  {
    name: 'extract from primitive schema',
    plugin: EV,
    config: { field: 'a' },
    records: [{ value: env(T.int32, 1) }, { value: noSchema('"s"') }],
  },
  {
    name: 'extract null struct with schema',
    plugin: EV,
    config: { field: 'a' },
    records: [
      { value: env(opt(struct({ a: T.int32 })), null) },
      { value: env(opt(struct({ b: T.int32 })), null) },
    ],
  },
  {
    name: 'extract key',
    plugin: EK,
    config: { field: 'k' },
    records: [
      { key: env(struct({ k: T.string }), { k: 'v' }), value: noSchema('1') },
      { key: noSchema('{"k":[1]}') },
    ],
  },
];
