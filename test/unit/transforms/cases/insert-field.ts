import { env, noSchema, opt, struct, T, withDefault } from './builders.ts';
import type { SmtCase } from './types.ts';

const IV = 'org.apache.kafka.connect.transforms.InsertField$Value';
const IK = 'org.apache.kafka.connect.transforms.InsertField$Key';

const PERSON = struct(
  { id: T.int32, name: T.optString, age: withDefault(T.optInt32, 18) },
  { name: 'com.example.Person', version: 2, doc: 'a person' },
);
const ANN = env(PERSON, { id: 1, name: 'Ann', age: null });
const ALL = {
  'topic.field': 'topic',
  'partition.field': 'partition!',
  'offset.field': 'offset?',
  'timestamp.field': 'ts',
  'static.field': 'origin!',
  'static.value': 'ünïcødé ✓',
};

export const INSERT_FIELD_CASES: readonly SmtCase[] = [
  {
    name: 'insert value all fields struct',
    plugin: IV,
    config: ALL,
    records: [{ value: ANN }, { value: ANN }],
  },
  {
    name: 'insert value all fields schemaless',
    plugin: IV,
    config: ALL,
    records: [{ value: noSchema('{"id":1,"name":"Ann","zeta":[1,2],"nested":{"b":1,"a":2}}') }],
  },
  { name: 'insert value tombstone', plugin: IV, config: ALL, records: [{ value: noSchema('null') }] },
  {
    name: 'insert value offset on source record',
    plugin: IV,
    config: ALL,
    source: true,
    records: [{ value: ANN }, { value: noSchema('{"a":1}') }],
  },
  {
    name: 'insert value source without offset',
    plugin: IV,
    config: { 'topic.field': 'topic', 'partition.field': 'p', 'timestamp.field': 'ts' },
    source: true,
    records: [
      { value: ANN, partition: null, timestamp: null },
      { value: noSchema('{"a":1}'), partition: null, timestamp: null },
      { value: ANN, partition: 3, timestamp: -1 },
    ],
  },
  { name: 'insert value nothing configured', plugin: IV, config: {} },
  { name: 'insert value static field without value', plugin: IV, config: { 'static.field': 'x' } },
  {
    name: 'insert value keeps nulls without default replacement',
    plugin: IV,
    config: { 'topic.field': 't', 'replace.null.with.default': 'false' },
    records: [{ value: ANN }],
  },
  {
    name: 'insert value replaces nulls with defaults',
    plugin: IV,
    config: { 'topic.field': 't', 'replace.null.with.default': 'true' },
    records: [{ value: ANN }],
  },
  {
    name: 'insert value bad boolean',
    plugin: IV,
    config: { 'topic.field': 't', 'replace.null.with.default': 'maybe' },
  },
  {
    name: 'insert value not a struct',
    plugin: IV,
    config: { 'topic.field': 't' },
    records: [{ value: env(T.int32, 5) }, { value: noSchema('"text"') }, { value: noSchema('[1]') }],
  },
  {
    name: 'insert value duplicate field',
    plugin: IV,
    config: { 'topic.field': 'id' },
    records: [{ value: ANN }, { value: noSchema('{"id":5}') }],
  },
  {
    name: 'insert value required timestamp missing',
    plugin: IV,
    config: { 'timestamp.field': 'ts!' },
    source: true,
    records: [{ value: ANN, timestamp: null }],
  },
  {
    name: 'insert value optional struct schema',
    plugin: IV,
    config: { 'static.field': 's', 'static.value': 'v' },
    records: [{ value: env(opt(struct({ a: T.int32 })), { a: 1 }) }],
  },
  {
    name: 'insert value suffix only names',
    plugin: IV,
    config: { 'topic.field': '!', 'partition.field': '?' },
    records: [{ value: noSchema('{}') }, { value: env(struct({ x: T.int32 }), { x: 1 }) }],
  },
  {
    name: 'insert key struct',
    plugin: IK,
    config: { 'topic.field': 'tópico', 'offset.field': 'off!' },
    records: [
      { key: env(struct({ k: T.string }), { k: 'κλειδί' }), value: env(T.string, 'v') },
      { key: noSchema('{"k":"x"}'), value: noSchema('1') },
      { key: noSchema('null'), value: noSchema('1') },
    ],
  },
  {
    name: 'insert value many keys schemaless',
    plugin: IV,
    config: { 'static.field': 'static', 'static.value': 'S' },
    records: [
      {
        value: noSchema(
          '{"alpha":1,"beta":2,"gamma":3,"delta":4,"epsilon":5,"zeta":6,"eta":7,"theta":8,"iota":9,"kappa":10,"lambda":11,"mu":12,"nu":13}',
        ),
      },
    ],
  },
];
