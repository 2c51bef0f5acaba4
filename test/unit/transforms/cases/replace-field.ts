import { env, noSchema, opt, struct, T, withDefault } from './builders.ts';
import type { SmtCase } from './types.ts';

const RV = 'org.apache.kafka.connect.transforms.ReplaceField$Value';
const RK = 'org.apache.kafka.connect.transforms.ReplaceField$Key';

const ROW = struct(
  { id: T.int32, name: T.optString, city: withDefault(T.optString, 'Oslo'), 'dotted.name': T.optInt32 },
  { name: 'row', version: 3 },
);
const ROW_VALUE = env(ROW, { id: 7, name: 'Ada', city: null, 'dotted.name': 1 });
const MAP_VALUE = noSchema('{"id":7,"name":"Ada","city":null,"dotted.name":1,"üñí":"x"}');

export const REPLACE_FIELD_CASES: readonly SmtCase[] = [
  {
    name: 'replace include',
    plugin: RV,
    config: { include: 'id,city' },
    records: [{ value: ROW_VALUE }, { value: MAP_VALUE }],
  },
  {
    name: 'replace exclude wins over include',
    plugin: RV,
    config: { include: 'id,name', exclude: 'name' },
    records: [{ value: ROW_VALUE }, { value: MAP_VALUE }],
  },
  {
    name: 'replace renames',
    plugin: RV,
    config: { renames: 'id:identifier,üñí:unicode,city:town,name:city' },
    records: [{ value: ROW_VALUE }, { value: MAP_VALUE }],
  },
  {
    name: 'replace renames to same target',
    plugin: RV,
    config: { renames: 'id:x,name:x' },
    records: [{ value: ROW_VALUE }, { value: MAP_VALUE }],
  },
  {
    name: 'replace null default kept',
    plugin: RV,
    config: { exclude: 'name', 'replace.null.with.default': 'false' },
    records: [{ value: ROW_VALUE }],
  },
  { name: 'replace tombstone', plugin: RV, config: { exclude: 'a' }, records: [{ value: noSchema('null') }] },
  {
    name: 'replace not a map',
    plugin: RV,
    config: { exclude: 'a' },
    records: [{ value: noSchema('42') }, { value: env(T.string, 's') }],
  },
  { name: 'replace bad rename', plugin: RV, config: { renames: 'a:b,c' } },
  { name: 'replace bad rename three parts', plugin: RV, config: { renames: 'a:b:c' } },
  { name: 'replace bad rename colon only', plugin: RV, config: { renames: ':' } },
  { name: 'replace rename trailing colon', plugin: RV, config: { renames: 'a:' } },
  {
    name: 'replace rename leading colon',
    plugin: RV,
    config: { renames: ':b' },
    records: [{ value: noSchema('{"":1,"a":2}') }],
  },
  {
    name: 'replace deprecated whitelist ignored',
    plugin: RV,
    config: { whitelist: 'id', blacklist: 'name' },
    records: [{ value: ROW_VALUE }],
  },
  {
    name: 'replace key struct',
    plugin: RK,
    config: { exclude: 'b', renames: 'a:alpha' },
    records: [
      { key: env(opt(struct({ a: T.int32, b: T.string })), { a: 1, b: 'x' }), value: noSchema('1') },
      { key: env(opt(struct({ a: T.int32, b: T.string })), null), value: noSchema('1') },
    ],
  },
  {
    name: 'replace everything excluded',
    plugin: RV,
    config: { include: 'nope' },
    records: [{ value: ROW_VALUE }, { value: MAP_VALUE }],
  },
];
