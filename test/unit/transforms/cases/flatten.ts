import { array, decimal, env, map, noSchema, opt, struct, T, withDefault } from './builders.ts';
import type { SmtCase } from './types.ts';

const FV = 'org.apache.kafka.connect.transforms.Flatten$Value';
const FK = 'org.apache.kafka.connect.transforms.Flatten$Key';

const ADDRESS = struct({
  street: T.string,
  zip: withDefault(T.optInt32, 1000),
  geo: struct({ lat: T.float64, lon: T.float64 }),
});
const PERSON = struct(
  {
    id: T.int32,
    address: ADDRESS,
    backup: opt(ADDRESS),
    tags: array(T.string),
    amount: decimal(2),
    when: T.timestamp,
  },
  { name: 'person', version: 1, doc: 'd' },
);
const PERSON_VALUE = env(PERSON, {
  id: 1,
  address: { street: 'Main', zip: null, geo: { lat: 1.5, lon: -2.25 } },
  backup: null,
  tags: ['a'],
  amount: 'AQ==',
  when: 1700000000000,
});

const WITH_DEFAULT = opt(struct({ a: T.optInt32, inner: opt(struct({ b: T.optString })) }), {
  default: { a: 5, inner: { b: 'deep' } },
});

export const FLATTEN_CASES: readonly SmtCase[] = [
  {
    name: 'flatten struct',
    plugin: FV,
    config: {},
    records: [{ value: PERSON_VALUE }, { value: PERSON_VALUE }],
  },
  {
    name: 'flatten struct delimiter',
    plugin: FV,
    config: { delimiter: '_' },
    records: [{ value: PERSON_VALUE }],
  },
  {
    name: 'flatten struct parent default',
    plugin: FV,
    config: {},
    records: [
      { value: env(struct({ s: WITH_DEFAULT }), { s: null }) },
      { valueFixture: 'nested struct default' },
    ],
  },
  {
    name: 'flatten schemaless',
    plugin: FV,
    config: { delimiter: '→' },
    records: [
      { value: noSchema('{"a":{"b":{"c":1,"d":[{"e":1}]},"f":null},"g":"h","i":1.5,"j":{}}') },
      { value: noSchema('null') },
      { value: noSchema('"text"') },
    ],
  },
  {
    name: 'flatten schemaless collision',
    plugin: FV,
    config: {},
    records: [{ value: noSchema('{"a.b":1,"a":{"b":2}}') }],
  },
  {
    name: 'flatten struct collision',
    plugin: FV,
    config: {},
    records: [
      { value: env(struct({ 'a.b': T.int32, a: struct({ b: T.int32 }) }), { 'a.b': 1, a: { b: 2 } }) },
    ],
  },
  {
    name: 'flatten map field with schema',
    plugin: FV,
    config: {},
    records: [{ value: env(struct({ m: map(T.string, T.int32) }), { m: { a: 1 } }) }],
  },
  {
    name: 'flatten schemaless date',
    plugin: FV,
    config: {},
    records: [{ value: env(map(T.string, T.timestamp), { a: 1 }), valueDropSchema: true }],
  },
  {
    name: 'flatten schemaless decimal',
    plugin: FV,
    config: {},
    records: [{ value: env(map(T.string, decimal(1)), { a: 'AQ==' }), valueDropSchema: true }],
  },
  {
    name: 'flatten primitive with schema',
    plugin: FV,
    config: {},
    records: [{ value: env(T.int32, 1) }, { value: env(opt(T.int32), null) }],
  },
  {
    name: 'flatten arrays of structs and optional parents',
    plugin: FV,
    config: { delimiter: '' },
    records: [
      {
        value: env(
          struct({
            list: array(struct({ x: T.int32 })),
            bin: T.bytes,
            p: opt(struct({ q: struct({ r: withDefault(T.int32, 3), s: decimal(1) }) })),
          }),
          { list: [{ x: 1 }], bin: 'AA==', p: { q: { r: 4, s: 'Cg==' } } },
        ),
      },
      {
        value: env(
          struct({
            list: array(struct({ x: T.int32 })),
            bin: T.bytes,
            p: opt(struct({ q: struct({ r: withDefault(T.int32, 3), s: decimal(1) }) })),
          }),
          { list: [], bin: '', p: null },
        ),
      },
    ],
  },
  {
    name: 'flatten key',
    plugin: FK,
    config: {},
    records: [{ key: env(struct({ a: struct({ b: T.string }) }), { a: { b: 'x' } }), value: noSchema('1') }],
  },
];
