// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the cases use Apache's ${topic}/${timestamp} placeholders
import { env, noSchema, struct, T } from './builders.ts';
import type { SmtCase } from './types.ts';

const TR = 'org.apache.kafka.connect.transforms.TimestampRouter';
const RR = 'org.apache.kafka.connect.transforms.RegexRouter';

const STAMPS = [
  0, 1700000000000, -1, 86399999, 951782400000, 1709164800123, -62135596800000, -12219292800001,
  -12219292800000, -62198755200000, 253402300799999, 1577836800000, 1609372800000, 1356912000000,
];

export const ROUTER_CASES: readonly SmtCase[] = [
  {
    name: 'timestamp router default',
    plugin: TR,
    config: {},
    records: [{}, { topic: 'other', timestamp: 0 }, { topic: 'a$b\\c', timestamp: 1 }],
  },
  {
    name: 'timestamp router missing timestamp',
    plugin: TR,
    config: {},
    records: [
      {
        timestamp: null,
        key: env(T.string, 'k'),
        value: env(struct({ a: T.int32 }), { a: 1 }),
        headers: [['h', env(T.int32, 1)]],
      },
    ],
  },
  {
    name: 'timestamp router missing timestamp source',
    plugin: TR,
    config: {},
    source: true,
    records: [{ timestamp: null, value: noSchema('{"x":[1,2]}') }],
  },
  {
    name: 'timestamp router full pattern',
    plugin: TR,
    config: {
      'topic.format': '${timestamp}/${topic}/${topic}',
      'timestamp.format':
        "G yyyy yy y YYYY MM MMM MMMM L d dd D F E EEEE u w W a H HH k K h m s S SSS z zzzz Z X XX XXX 'quoted'''",
    },
    records: STAMPS.map((timestamp) => ({ timestamp })),
  },
  {
    name: 'timestamp router placeholder in topic',
    plugin: TR,
    config: { 'topic.format': 'x-${topic}', 'timestamp.format': 'yyyy' },
    records: [{ topic: '${timestamp}' }],
  },
  {
    name: 'timestamp router bad pattern',
    plugin: TR,
    config: { 'timestamp.format': 'yyyy-qq' },
    records: [{}, {}],
  },
  {
    name: 'timestamp router unterminated quote',
    plugin: TR,
    config: { 'timestamp.format': "yyyy'x" },
    records: [{}],
  },
  { name: 'timestamp router iso length', plugin: TR, config: { 'timestamp.format': 'XXXX' }, records: [{}] },
  {
    name: 'regex router rewrites',
    plugin: RR,
    config: { regex: '(.*)-(\\d+)', replacement: '$2_$1' },
    records: [{ topic: 'orders-42' }, { topic: 'orders' }, { topic: 'a-1-2' }],
  },
  {
    name: 'regex router first match only',
    plugin: RR,
    config: { regex: 'a|ab', replacement: 'X' },
    records: [{ topic: 'ab' }, { topic: 'a' }],
  },
  {
    name: 'regex router named groups and escapes',
    plugin: RR,
    config: { regex: '(?<env>dev|prod)\\.(?<name>.+)', replacement: '${name}.\\$${env}\\\\' },
    records: [{ topic: 'dev.users' }, { topic: 'test.users' }],
  },
  {
    name: 'regex router group ten',
    plugin: RR,
    config: { regex: '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', replacement: '$10-$11-$12' },
    records: [{ topic: 'abcdefghijk' }],
  },
  {
    name: 'regex router missing group',
    plugin: RR,
    config: { regex: '(a)', replacement: '$2' },
    records: [{ topic: 'a' }],
  },
  {
    name: 'regex router dangling dollar',
    plugin: RR,
    config: { regex: 'a', replacement: 'x$' },
    records: [{ topic: 'a' }],
  },
  { name: 'regex router bad regex', plugin: RR, config: { regex: '(unclosed', replacement: 'x' } },
  { name: 'regex router missing replacement', plugin: RR, config: { regex: 'x' } },
  {
    name: 'regex router java anchors and posix classes',
    plugin: RR,
    config: { regex: '\\A(\\p{Alpha}+)[-_\\p{Digit}]*(\\P{Alnum})?\\z', replacement: '$1' },
    records: [{ topic: 'orders-1_2' }, { topic: 'orders-1.' }, { topic: 'Ωmega' }],
  },
  {
    name: 'topic name matches posix',
    plugin: 'org.apache.kafka.connect.transforms.predicates.TopicNameMatches',
    config: { pattern: '\\p{Lower}+\\Z' },
    records: [{ topic: 'abc' }, { topic: 'aBc' }],
  },
  {
    name: 'regex router unicode',
    plugin: RR,
    config: { regex: 'tópico-(.)', replacement: 'τ-$1' },
    records: [{ topic: 'tópico-ü' }],
  },
];
