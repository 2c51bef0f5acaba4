import { env, envRaw, map, noSchema, opt, struct, T, withDefault } from './builders.ts';
import type { SmtCase } from './types.ts';

const TV = 'org.apache.kafka.connect.transforms.TimestampConverter$Value';
const TK = 'org.apache.kafka.connect.transforms.TimestampConverter$Key';

const EVENT = struct(
  { id: T.int32, ts: T.timestamp, when: opt(T.string), epoch: T.optInt64 },
  { name: 'event' },
);
const EVENT_VALUE = env(EVENT, {
  id: 1,
  ts: 1700000000123,
  when: '2024-02-29 13:45:07.008',
  epoch: 1700000000123,
});
const STAMPS = [1700000000123, 0, -1, -86400001, 951782400000, -12219292800001];

export const TIMESTAMP_CONVERTER_CASES: readonly SmtCase[] = [
  ...['string', 'unix', 'Date', 'Time', 'Timestamp'].map(
    (target): SmtCase => ({
      name: `timestamp whole value to ${target}`,
      plugin: TV,
      config: { 'target.type': target, format: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX" },
      records: [
        ...STAMPS.map((ts) => ({ value: env(T.timestamp, ts) })),
        { value: env(T.int64, 1700000000123) },
        { value: env(T.date, 19782) },
        { value: env(T.time, 49507008) },
        { value: env(T.string, '2024-02-29T13:45:07.008+01:00') },
        { value: env(opt(T.timestamp), null) },
        { value: env(T.int32, 5) },
      ],
    }),
  ),
  {
    name: 'timestamp unix precisions',
    plugin: TV,
    config: { 'target.type': 'unix', 'unix.precision': 'microseconds' },
    records: [
      { value: env(T.timestamp, 1700000000123) },
      { value: env(T.int64, 1700000000123456) },
      { value: env(T.timestamp, -1) },
    ],
  },
  {
    name: 'timestamp unix seconds',
    plugin: TV,
    config: { 'target.type': 'Timestamp', 'unix.precision': 'seconds' },
    records: [{ value: env(T.int64, 1700000000) }, { value: env(T.int64, -1) }],
  },
  {
    name: 'timestamp unix nanoseconds',
    plugin: TV,
    config: { 'target.type': 'unix', 'unix.precision': 'nanoseconds' },
    records: [
      { value: env(T.timestamp, 1700000000123) },
      { value: envRaw(T.int64, '9223372036854775807') },
      { value: envRaw(T.timestamp, '9223372036854') },
    ],
  },
  {
    name: 'timestamp field to string',
    plugin: TV,
    config: { field: 'ts', 'target.type': 'string', format: 'EEE, d MMM yyyy HH:mm:ss Z' },
    records: [{ value: EVENT_VALUE }, { value: EVENT_VALUE }],
  },
  {
    name: 'timestamp string field to unix',
    plugin: TV,
    config: { field: 'when', 'target.type': 'unix', format: 'yyyy-MM-dd HH:mm:ss.SSS' },
    records: [
      { value: EVENT_VALUE },
      { value: env(EVENT, { id: 1, ts: 0, when: null, epoch: null }) },
      { value: env(EVENT, { id: 1, ts: 0, when: 'garbage', epoch: null }) },
      { value: env(EVENT, { id: 1, ts: 0, when: '2024-13-45 25:61:61.1000 trailing', epoch: null }) },
      { value: env(EVENT, { id: 1, ts: 0, when: '  2024-1-2 3:4:5.6', epoch: null }) },
    ],
  },
  {
    name: 'timestamp string parse patterns',
    plugin: TV,
    config: { 'target.type': 'Timestamp', format: 'dd/MMM/yyyy:HH:mm:ss Z' },
    records: [
      '10/Oct/2000:13:55:36 -0700',
      '10/october/2000:13:55:36 +0530',
      '10/Oct/2000:13:55:36 GMT+02:00',
      '10/Oct/2000:13:55:36 UTC',
      '10/Oct/2000:13:55:36 GMT',
      '10/Oct/2000:13:55:36',
    ].map((s) => ({ value: env(T.string, s) })),
  },
  {
    name: 'timestamp string parse compact',
    plugin: TV,
    config: { 'target.type': 'Timestamp', format: 'yyyyMMddHHmmss' },
    records: ['20240229134507', '2024022913450', '0001010100000'].map((s) => ({ value: env(T.string, s) })),
  },
  {
    name: 'timestamp string parse ampm and iso zone',
    plugin: TV,
    config: { 'target.type': 'unix', format: 'yyyy-MM-dd hh:mm a X' },
    records: [
      '2024-02-29 12:05 AM Z',
      '2024-02-29 12:05 pm +01',
      '2024-02-29 01:05 PM -0330',
      '2024-02-29 01:05 PM -03:30',
    ].map((s) => ({ value: env(T.string, s) })),
  },
  {
    name: 'timestamp string parse day of year and era',
    plugin: TV,
    config: { 'target.type': 'unix', format: 'G yyyy D' },
    records: ['AD 2024 60', 'BC 0044 75', 'ad 1582 288'].map((s) => ({ value: env(T.string, s) })),
  },
  {
    name: 'timestamp string parse two digit year',
    plugin: TV,
    config: { 'target.type': 'unix', format: 'yy-MM-dd' },
    records: ['99-01-01', '05-06-07', '2024-01-01', '7-01-01'].map((s) => ({ value: env(T.string, s) })),
  },
  {
    name: 'timestamp string parse day name only',
    plugin: TV,
    config: { 'target.type': 'unix', format: 'EEEE yyyy MM' },
    records: ['Wednesday 2024 02', 'mon 2024 02'].map((s) => ({ value: env(T.string, s) })),
  },
  {
    name: 'timestamp string parse lenient fields',
    plugin: TV,
    config: { 'target.type': 'unix', format: 'yyyy-MM-dd HH:mm:ss.SSS' },
    records: [
      '2024-02-30 00:00:00.000',
      '2023-02-29 24:00:00.000',
      '2024-00-00 00:00:00.000',
      '2024-01-01 00:00:00.1234',
      '2024-01-01 00:00:-5.000',
      '-2024-01-01 00:00:00.000',
      '+2024-01-01 00:00:00.000',
      '2024-01-01T00:00:00.000',
      '2024-01-01 00:00:00',
      '1582-10-10 00:00:00.000',
      '1582-10-04 00:00:00.000',
      '0001-01-01 00:00:00.000',
      '2024-1-1 1:1:1.1',
      '2024\u00a0-01-01 00:00:00.000',
    ].map((s) => ({ value: env(T.string, s) })),
  },
  {
    name: 'timestamp string parse hours and text',
    plugin: TV,
    config: { 'target.type': 'unix', format: "MMMM d, yyyy 'at' k:mm K a" },
    records: [
      'February 29, 2024 at 24:30 11 PM',
      'feb 1, 2024 at 1:05 0 am',
      'Febr 1, 2024 at 1:05 0 am',
      'May 1, 2024 at 0:00 12 PM',
    ].map((s) => ({ value: env(T.string, s) })),
  },
  {
    name: 'timestamp string parse zone names',
    plugin: TV,
    config: { 'target.type': 'unix', format: 'yyyy-MM-dd HH:mm z' },
    records: [
      '2024-01-01 00:00 UTC',
      '2024-01-01 00:00 GMT-05:30',
      '2024-01-01 00:00 +0100',
      '2024-01-01 00:00 gmt',
      '2024-01-01 00:00 Coordinated Universal Time',
      '2024-01-01 00:00 XYZ',
    ].map((s) => ({ value: env(T.string, s) })),
  },
  {
    name: 'timestamp format many instants',
    plugin: TV,
    config: { 'target.type': 'string', format: "yyyy-MM-dd'T'HH:mm:ss.SSSZ EEE D w W F u k K h a G" },
    records: [
      0, -1, 1, 946684799999, 951868800000, 1704067199999, 1704067200000, -62135596800001, -12219292800001,
      -12219379200000, 4102444800000, -2208988800000, 1230768000000, 1293753600000,
    ].map((ts) => ({ value: env(T.timestamp, ts) })),
  },
  {
    name: 'timestamp field with default struct',
    plugin: TV,
    config: { field: 'ts', 'target.type': 'unix' },
    records: [
      { value: env(opt(struct({ ts: T.optTimestamp }), { default: { ts: 1000 } }), { ts: 2000 }) },
      { valueFixture: 'timestamp struct default' },
      { valueFixture: 'timestamp struct default null' },
    ],
  },
  {
    name: 'timestamp field defaults',
    plugin: TV,
    config: { field: 'ts', 'target.type': 'Date', 'replace.null.with.default': 'false' },
    records: [{ value: env(struct({ ts: withDefault(T.optTimestamp, 1700000000123) }), { ts: null }) }],
  },
  {
    name: 'timestamp field default replaced',
    plugin: TV,
    config: { field: 'ts', 'target.type': 'Date' },
    records: [{ value: env(struct({ ts: withDefault(T.optTimestamp, 1700000000123) }), { ts: null }) }],
  },
  {
    name: 'timestamp field bad schema',
    plugin: TV,
    config: { field: 'id', 'target.type': 'unix' },
    records: [{ value: EVENT_VALUE }],
  },
  {
    name: 'timestamp string without format',
    plugin: TV,
    config: { field: 'when', 'target.type': 'unix' },
    records: [{ value: EVENT_VALUE }],
  },
  {
    name: 'timestamp schemaless',
    plugin: TV,
    config: { field: 'ts', 'target.type': 'string', format: 'yyyy-MM-dd' },
    records: [
      { value: noSchema('{"ts":1700000000123,"x":1}') },
      { value: noSchema('{"ts":"2024-01-02"}') },
      { value: noSchema('{"ts":1.5}') },
      { value: noSchema('{"x":1}') },
      { value: noSchema('null') },
      { value: noSchema('[1]') },
      { value: env(map(T.string, T.timestamp), { ts: 86400000 }), valueDropSchema: true },
    ],
  },
  {
    name: 'timestamp schemaless whole value',
    plugin: TV,
    config: { 'target.type': 'Date' },
    records: [{ value: noSchema('1700000000123') }, { value: noSchema('"x"') }, { value: noSchema('true') }],
  },
  { name: 'timestamp string target without format', plugin: TV, config: { 'target.type': 'string' } },
  {
    name: 'timestamp string target blank format',
    plugin: TV,
    config: { 'target.type': 'string', format: '   ' },
  },
  { name: 'timestamp bad format pattern', plugin: TV, config: { 'target.type': 'unix', format: 'yyyy-bb' } },
  { name: 'timestamp bad target', plugin: TV, config: { 'target.type': 'date' } },
  {
    name: 'timestamp bad precision',
    plugin: TV,
    config: { 'target.type': 'unix', 'unix.precision': 'minutes' },
  },
  { name: 'timestamp missing target', plugin: TV, config: {} },
  {
    name: 'timestamp key',
    plugin: TK,
    config: { 'target.type': 'Time' },
    records: [{ key: env(T.timestamp, 1700000000123), value: noSchema('1') }],
  },
];
