import { array, decimal, env, map, noSchema, struct, T, withDefault } from './builders.ts';
import type { SmtCase } from './types.ts';

const MV = 'org.apache.kafka.connect.transforms.MaskField$Value';
const MK = 'org.apache.kafka.connect.transforms.MaskField$Key';

const ALL_TYPES = struct({
  i8: T.int8,
  i16: T.int16,
  i32: T.int32,
  i64: T.int64,
  f32: T.float32,
  f64: T.float64,
  bool: T.boolean,
  str: T.string,
  dec: decimal(2),
  ts: T.timestamp,
  date: T.date,
  list: array(T.int32),
  map: map(T.string, T.int32),
  def: withDefault(T.optInt32, 9),
  untouched: T.string,
});
const ALL_VALUE = env(ALL_TYPES, {
  i8: 1,
  i16: 2,
  i32: 3,
  i64: 4,
  f32: 1.5,
  f64: 2.5,
  bool: true,
  str: 'secret',
  dec: 'AQI=',
  ts: 1700000000000,
  date: 19675,
  list: [1, 2],
  map: { a: 1 },
  def: null,
  untouched: 'keep',
});
const MASK_ALL = 'i8,i16,i32,i64,f32,f64,bool,str,dec,ts,date,list,map,def';

export const MASK_FIELD_CASES: readonly SmtCase[] = [
  { name: 'mask every type', plugin: MV, config: { fields: MASK_ALL }, records: [{ value: ALL_VALUE }] },
  {
    name: 'mask every type no default replacement',
    plugin: MV,
    config: { fields: MASK_ALL, 'replace.null.with.default': 'false' },
    records: [{ value: ALL_VALUE }],
  },
  {
    name: 'mask numbers with replacement',
    plugin: MV,
    config: { fields: 'i8,i16,i32,i64,f32,f64,str,dec', replacement: '300.75' },
    records: [{ value: ALL_VALUE }],
  },
  {
    name: 'mask boolean with replacement',
    plugin: MV,
    config: { fields: 'bool', replacement: 'x' },
    records: [{ value: ALL_VALUE }],
  },
  {
    name: 'mask date with replacement',
    plugin: MV,
    config: { fields: 'ts', replacement: '1' },
    records: [{ value: ALL_VALUE }],
  },
  {
    name: 'mask int with text replacement',
    plugin: MV,
    config: { fields: 'i32', replacement: 'abc' },
    records: [{ value: ALL_VALUE }],
  },
  {
    name: 'mask decimal with text replacement',
    plugin: MV,
    config: { fields: 'dec', replacement: 'abc' },
    records: [{ value: ALL_VALUE }],
  },
  {
    name: 'mask big replacement',
    plugin: MV,
    config: { fields: 'i8,i64,f32', replacement: '1e30' },
    records: [{ value: ALL_VALUE }],
  },
  {
    name: 'mask schemaless',
    plugin: MV,
    config: { fields: 'long,double,text,bool,list,map,missing,nul' },
    records: [
      {
        value: noSchema(
          '{"long":12,"double":1.5,"text":"s","bool":true,"list":[1],"map":{"a":1},"nul":null,"keep":"k"}',
        ),
      },
    ],
  },
  {
    name: 'mask schemaless replacement',
    plugin: MV,
    config: { fields: 'long,double,text', replacement: '-7' },
    records: [{ value: noSchema('{"long":12,"double":1.5,"text":"s"}') }],
  },
  {
    name: 'mask schemaless replacement list',
    plugin: MV,
    config: { fields: 'list', replacement: '1' },
    records: [{ value: noSchema('{"list":[1]}') }],
  },
  {
    name: 'mask nested struct fails',
    plugin: MV,
    config: { fields: 'inner' },
    records: [{ value: env(struct({ inner: struct({ a: T.int32 }) }), { inner: { a: 1 } }) }],
  },
  {
    name: 'mask bytes fails',
    plugin: MV,
    config: { fields: 'b' },
    records: [{ value: env(struct({ b: T.bytes }), { b: 'AAE=' }) }],
  },
  {
    name: 'mask tombstone fails',
    plugin: MV,
    config: { fields: 'a' },
    records: [
      { value: noSchema('null') },
      { value: env({ ...struct({ a: T.int32 }), optional: true }, null) },
    ],
  },
  { name: 'mask empty fields', plugin: MV, config: { fields: '' } },
  { name: 'mask missing fields', plugin: MV, config: {} },
  { name: 'mask empty replacement', plugin: MV, config: { fields: 'a', replacement: '' } },
  {
    name: 'mask float replacement',
    plugin: MV,
    config: { fields: 'f32,f64,i16', replacement: '0.1' },
    records: [{ value: ALL_VALUE }],
  },
  {
    name: 'mask negative and exponent replacement',
    plugin: MV,
    config: { fields: 'i8,i32,str,dec', replacement: '-1.5E+2' },
    records: [{ value: ALL_VALUE }],
  },
  {
    name: 'mask key',
    plugin: MK,
    config: { fields: 'k' },
    records: [{ key: env(struct({ k: T.string, o: T.int32 }), { k: 'v', o: 1 }), value: noSchema('1') }],
  },
  {
    name: 'mask many fields schemaless',
    plugin: MV,
    config: { fields: 'z,y,x,w,v,u,t,s,r,q,p,o,n,m,l,k,j' },
    records: [{ value: noSchema('{"a":"1","m":"2"}') }],
  },
];
