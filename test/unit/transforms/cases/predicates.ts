import { env, noSchema, opt, T } from './builders.ts';
import type { SmtCase } from './types.ts';

const HHK = 'org.apache.kafka.connect.transforms.predicates.HasHeaderKey';
const RIT = 'org.apache.kafka.connect.transforms.predicates.RecordIsTombstone';
const TNM = 'org.apache.kafka.connect.transforms.predicates.TopicNameMatches';
const FILTER = 'org.apache.kafka.connect.transforms.Filter';

export const PREDICATE_CASES: readonly SmtCase[] = [
  {
    name: 'has header key',
    plugin: HHK,
    config: { name: 'h' },
    records: [{ headers: [['h', noSchema('null')]] }, { headers: [['x', env(T.string, 'h')]] }, {}],
  },
  { name: 'has header key empty', plugin: HHK, config: { name: '' } },
  { name: 'has header key missing', plugin: HHK, config: {} },
  {
    name: 'record is tombstone',
    plugin: RIT,
    config: { anything: 'ignored' },
    records: [
      { value: noSchema('null') },
      { value: env(opt(T.string), null) },
      { value: env(T.string, '') },
      { key: noSchema('null'), value: noSchema('0') },
    ],
  },
  {
    name: 'topic name matches',
    plugin: TNM,
    config: { pattern: 'orders-.*' },
    records: [{ topic: 'orders-1' }, { topic: 'my-orders-1' }, { topic: 'orders-' }, { topic: 'Orders-1' }],
  },
  {
    name: 'topic name matches alternation',
    plugin: TNM,
    config: { pattern: 'a|ab' },
    records: [{ topic: 'ab' }, { topic: 'a' }, { topic: 'abc' }],
  },
  { name: 'topic name matches empty', plugin: TNM, config: { pattern: '' } },
  { name: 'topic name matches bad regex', plugin: TNM, config: { pattern: '[a-' } },
  { name: 'topic name matches missing', plugin: TNM, config: {} },
  {
    name: 'filter drops',
    plugin: FILTER,
    config: { whatever: '1' },
    records: [{ value: env(T.string, 'x') }, { value: noSchema('null') }],
  },
];
