import { env, noSchema, struct, T } from './builders.ts';
import type { RecordSpec } from './types.ts';

/** A connector config whose transforms/predicates build a chain, applied to records in order. */
export interface ChainCase {
  readonly name: string;
  /** Connector settings besides name and connector.class (FileStreamSink, or FileStreamSource for source cases). */
  readonly config: Readonly<Record<string, string>>;
  readonly source?: boolean;
  readonly records?: readonly RecordSpec[];
}

const ROW = env(struct({ id: T.int32, name: T.string }), { id: 1, name: 'n' });
const RECORDS: readonly RecordSpec[] = [
  { topic: 'orders-1', value: ROW, headers: [['trace', env(T.string, 't')]] },
  { topic: 'users', value: noSchema('{"id":2}') },
  { topic: 'orders-2', value: noSchema('null') },
];

export const CHAIN_CASES: readonly ChainCase[] = [
  { name: 'chain empty', config: {}, records: RECORDS },
  {
    name: 'chain in order',
    config: {
      transforms: 'insert,rename,route',
      'transforms.insert.type': 'org.apache.kafka.connect.transforms.InsertField$Value',
      'transforms.insert.static.field': 'src',
      'transforms.insert.static.value': 'chain',
      'transforms.rename.type': 'org.apache.kafka.connect.transforms.ReplaceField$Value',
      'transforms.rename.renames': 'src:source',
      'transforms.route.type': 'RegexRouter',
      'transforms.route.regex': '(.*)-(\\d+)',
      'transforms.route.replacement': '$1',
    },
    records: RECORDS,
  },
  {
    name: 'chain predicate and negate',
    config: {
      transforms: 'drop,mark',
      'transforms.drop.type': 'Filter',
      'transforms.drop.predicate': 'notOrders',
      'transforms.drop.negate': 'true',
      'transforms.mark.type': 'InsertHeader',
      'transforms.mark.header': 'seen',
      'transforms.mark.value.literal': 'yes',
      'transforms.mark.predicate': 'traced',
      predicates: 'notOrders,traced',
      'predicates.notOrders.type': 'org.apache.kafka.connect.transforms.predicates.TopicNameMatches',
      'predicates.notOrders.pattern': 'orders-.*',
      'predicates.traced.type': 'HasHeaderKey',
      'predicates.traced.name': 'trace',
    },
    records: RECORDS,
  },
  {
    name: 'chain predicate negate false text',
    config: {
      transforms: 'drop',
      'transforms.drop.type': 'Filter',
      'transforms.drop.predicate': 'tomb',
      'transforms.drop.negate': 'FALSE',
      predicates: 'tomb',
      'predicates.tomb.type': 'RecordIsTombstone',
    },
    records: RECORDS,
  },
  {
    name: 'chain filter stops chain',
    config: {
      transforms: 'drop,route',
      'transforms.drop.type': 'org.apache.kafka.connect.transforms.Filter',
      'transforms.route.type': 'TimestampRouter',
    },
    records: RECORDS,
  },
  {
    name: 'chain source records',
    source: true,
    config: {
      transforms: 'key',
      'transforms.key.type': 'ValueToKey',
      'transforms.key.fields': 'id',
    },
    records: RECORDS,
  },
  { name: 'chain unknown class', config: { transforms: 'x', 'transforms.x.type': 'com.example.Nope' } },
  {
    name: 'chain nested class simple name',
    config: { transforms: 'x', 'transforms.x.type': 'InsertField$Value' },
  },
  { name: 'chain ambiguous alias', config: { transforms: 'x', 'transforms.x.type': 'Value' } },
  {
    name: 'chain abstract class',
    config: { transforms: 'x', 'transforms.x.type': 'org.apache.kafka.connect.transforms.InsertField' },
  },
  { name: 'chain missing type', config: { transforms: 'x' } },
  { name: 'chain duplicate alias', config: { transforms: 'x,x', 'transforms.x.type': 'Filter' } },
  {
    name: 'chain undefined predicate',
    config: { transforms: 'x', 'transforms.x.type': 'Filter', 'transforms.x.predicate': 'p' },
    records: RECORDS,
  },
  {
    name: 'chain negate without predicate',
    config: { transforms: 'x', 'transforms.x.type': 'Filter', 'transforms.x.negate': 'true' },
  },
  {
    name: 'chain bad negate',
    config: {
      transforms: 'x',
      'transforms.x.type': 'Filter',
      'transforms.x.predicate': 'p',
      'transforms.x.negate': 'yes',
      predicates: 'p',
      'predicates.p.type': 'RecordIsTombstone',
    },
  },
  {
    name: 'chain predicate is a transformation',
    config: {
      transforms: 'x',
      'transforms.x.type': 'Filter',
      'transforms.x.predicate': 'p',
      predicates: 'p',
      'predicates.p.type': 'org.apache.kafka.connect.transforms.Filter',
    },
  },
  {
    name: 'chain transformation is a predicate',
    config: { transforms: 'x', 'transforms.x.type': 'RecordIsTombstone' },
  },
  {
    name: 'chain transformation configure fails',
    config: { transforms: 'x', 'transforms.x.type': 'org.apache.kafka.connect.transforms.InsertField$Value' },
  },
  {
    name: 'chain transformation missing required',
    config: { transforms: 'x', 'transforms.x.type': 'org.apache.kafka.connect.transforms.MaskField$Value' },
  },
  {
    name: 'chain transformation bad embedded value',
    config: {
      transforms: 'x',
      'transforms.x.type': 'org.apache.kafka.connect.transforms.Cast$Value',
      'transforms.x.spec': 'a:nope',
    },
  },
  {
    name: 'chain predicate configure fails',
    config: {
      transforms: 'x',
      'transforms.x.type': 'Filter',
      'transforms.x.predicate': 'p',
      predicates: 'p',
      'predicates.p.type': 'HasHeaderKey',
    },
  },
  {
    name: 'chain predicate bad value',
    config: {
      transforms: 'x',
      'transforms.x.type': 'Filter',
      'transforms.x.predicate': 'p',
      predicates: 'p',
      'predicates.p.type': 'TopicNameMatches',
      'predicates.p.pattern': '(unclosed',
    },
  },
  {
    name: 'chain unused predicate with bad type',
    config: { predicates: 'p', 'predicates.p.type': 'Nope' },
  },
  {
    name: 'chain transform version',
    config: { transforms: 'x', 'transforms.x.type': 'Filter', 'transforms.x.plugin.version': '4.1.1' },
    records: RECORDS,
  },
  {
    name: 'chain transform bad version',
    config: { transforms: 'x', 'transforms.x.type': 'Filter', 'transforms.x.plugin.version': '[1.0,2.0)' },
  },
  {
    name: 'chain data error propagates',
    config: {
      transforms: 'x',
      'transforms.x.type': 'org.apache.kafka.connect.transforms.InsertField$Value',
      'transforms.x.topic.field': 't',
    },
    records: [{ value: noSchema('"not a map"') }],
  },
];

/** What was observed for a chain case. */
export interface ChainOutcome {
  readonly error?: string;
  readonly message?: string;
  /** `SimpleName: message` of each cause, outermost first. */
  readonly causes?: readonly string[];
  /** `alias=class[ if predicateAlias=class]` per stage. */
  readonly stages?: readonly string[];
  readonly results?: readonly import('./types.ts').RecordOutcome[];
}
