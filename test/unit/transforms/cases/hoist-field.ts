import { array, env, noSchema, opt, struct, T } from './builders.ts';
import type { SmtCase } from './types.ts';

const HV = 'org.apache.kafka.connect.transforms.HoistField$Value';
const HK = 'org.apache.kafka.connect.transforms.HoistField$Key';

export const HOIST_FIELD_CASES: readonly SmtCase[] = [
  {
    name: 'hoist value',
    plugin: HV,
    config: { field: 'wrapped' },
    records: [
      { value: env(T.int64, 42) },
      { value: env(opt(T.string), null) },
      { value: env(struct({ a: T.int32 }), { a: 1 }) },
      { value: env(array(T.string), ['x']) },
      { value: noSchema('{"a":1}') },
      { value: noSchema('null') },
      { value: env(T.int64, 43) },
    ],
  },
  {
    name: 'hoist value required null',
    plugin: HV,
    config: { field: 'w' },
    records: [{ value: env(T.int32, 1), valueDropSchema: false }, { value: env(T.string, 'x') }],
  },
  {
    name: 'hoist key',
    plugin: HK,
    config: { field: 'ключ' },
    records: [{ key: env(T.string, 'k') }, { key: noSchema('7') }],
  },
  { name: 'hoist missing field', plugin: HV, config: {} },
  {
    name: 'hoist empty field',
    plugin: HV,
    config: { field: '' },
    records: [{ value: env(T.int32, 1) }, { value: noSchema('1') }],
  },
];
