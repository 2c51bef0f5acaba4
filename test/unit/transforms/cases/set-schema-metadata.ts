import { array, env, map, noSchema, opt, struct, T, withDefault } from './builders.ts';
import type { SmtCase } from './types.ts';

const SV = 'org.apache.kafka.connect.transforms.SetSchemaMetadata$Value';
const SK = 'org.apache.kafka.connect.transforms.SetSchemaMetadata$Key';

const ROW = struct(
  { a: T.int32, b: withDefault(T.optString, 'B') },
  { name: 'old.Name', version: 1, doc: 'docs', parameters: { p: 'q' } },
);
const ROW_VALUE = env(ROW, { a: 1, b: null });

export const SET_SCHEMA_METADATA_CASES: readonly SmtCase[] = [
  {
    name: 'schema metadata name and version',
    plugin: SV,
    config: { 'schema.name': 'new.Näme', 'schema.version': '7' },
    records: [{ value: ROW_VALUE }],
  },
  {
    name: 'schema metadata name only',
    plugin: SV,
    config: { 'schema.name': 'n' },
    records: [{ value: ROW_VALUE }],
  },
  {
    name: 'schema metadata version only keeps nulls',
    plugin: SV,
    config: { 'schema.version': '3', 'replace.null.with.default': 'false' },
    records: [{ value: ROW_VALUE }],
  },
  { name: 'schema metadata nothing', plugin: SV, config: {} },
  { name: 'schema metadata bad version', plugin: SV, config: { 'schema.version': 'x' } },
  {
    name: 'schema metadata primitive schema',
    plugin: SV,
    config: { 'schema.name': 'n' },
    records: [
      { value: env(T.int32, 5) },
      { value: env(array(T.int32), [1]) },
      { value: env(map(T.string, T.int32), { a: 1 }) },
    ],
  },
  {
    name: 'schema metadata schemaless',
    plugin: SV,
    config: { 'schema.name': 'n' },
    records: [{ value: noSchema('null') }, { value: noSchema('{"a":1}') }],
  },
  {
    name: 'schema metadata null struct',
    plugin: SV,
    config: { 'schema.name': 'n' },
    records: [{ value: env(opt(struct({ a: T.int32 })), null) }],
  },
  {
    name: 'schema metadata key',
    plugin: SK,
    config: { 'schema.name': 'key.Name' },
    records: [{ key: env(struct({ k: T.string }), { k: 'x' }), value: ROW_VALUE }],
  },
];
