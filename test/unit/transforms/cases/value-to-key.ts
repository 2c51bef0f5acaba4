import { env, noSchema, struct, T, withDefault } from './builders.ts';
import type { SmtCase } from './types.ts';

const VK = 'org.apache.kafka.connect.transforms.ValueToKey';
const ROW = struct({ id: T.int32, region: withDefault(T.optString, 'eu'), name: T.string }, { name: 'row' });
const ROW_VALUE = env(ROW, { id: 1, region: null, name: 'n' });

export const VALUE_TO_KEY_CASES: readonly SmtCase[] = [
  {
    name: 'value to key struct',
    plugin: VK,
    config: { fields: 'region,id' },
    records: [{ value: ROW_VALUE, key: env(T.string, 'old') }, { value: ROW_VALUE }],
  },
  {
    name: 'value to key keeps nulls',
    plugin: VK,
    config: { fields: 'region', 'replace.null.with.default': 'false' },
    records: [{ value: ROW_VALUE }],
  },
  {
    name: 'value to key missing field',
    plugin: VK,
    config: { fields: 'id,nope' },
    records: [{ value: ROW_VALUE }],
  },
  {
    name: 'value to key schemaless',
    plugin: VK,
    config: { fields: 'b,a,missing' },
    records: [{ value: noSchema('{"a":1,"b":{"c":true},"d":3}'), key: env(T.int32, 5) }],
  },
  {
    name: 'value to key tombstone',
    plugin: VK,
    config: { fields: 'a' },
    records: [{ value: noSchema('null') }, { value: env({ ...T.optString }, null) }],
  },
  { name: 'value to key no fields', plugin: VK, config: { fields: '' } },
  {
    name: 'value to key repeated field',
    plugin: VK,
    config: { fields: 'id,id' },
    records: [{ value: ROW_VALUE }],
  },
];
