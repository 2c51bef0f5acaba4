/**
 * The worker configuration: what `connect-distributed.properties` holds for an Apache Connect worker. The control
 * plane and every executor of one Tributary cluster read the same properties, so converters defaults, internal
 * topic names and client settings agree everywhere.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface WorkerConfig {
  readonly bootstrapServers: string;
  readonly groupId: string;
  readonly configTopic: string;
  readonly offsetTopic: string;
  readonly statusTopic: string;
  readonly configReplicationFactor: number;
  readonly offsetPartitions: number;
  readonly offsetReplicationFactor: number;
  readonly statusPartitions: number;
  readonly statusReplicationFactor: number;
  readonly offsetFlushIntervalMs: number;
  readonly offsetFlushTimeoutMs: number;
  /** `topic.tracking.enable` / `topic.tracking.allow.reset` (both default true). */
  readonly topicTrackingEnabled: boolean;
  readonly topicTrackingResetAllowed: boolean;
  /** `scheduled.rebalance.max.delay.ms`: how long a departed executor's work is held for it (default 300000). */
  readonly scheduledRebalanceMaxDelayMs: number;
  /** Every property as given, for converter sub-configs and `producer.` / `consumer.` / `admin.` prefixes. */
  readonly props: Readonly<Record<string, string>>;
}

/** Apache's documented defaults, with the sample connect-distributed.properties values where Apache has none. */
export const WORKER_DEFAULTS: Readonly<Record<string, string>> = {
  'bootstrap.servers': 'localhost:9092',
  'group.id': 'connect-cluster',
  'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
  'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
  'key.converter.schemas.enable': 'true',
  'value.converter.schemas.enable': 'true',
  'header.converter': 'org.apache.kafka.connect.storage.SimpleHeaderConverter',
  'config.storage.topic': 'connect-configs',
  'offset.storage.topic': 'connect-offsets',
  'status.storage.topic': 'connect-status',
  'config.storage.replication.factor': '3',
  'offset.storage.partitions': '25',
  'offset.storage.replication.factor': '3',
  'status.storage.partitions': '5',
  'status.storage.replication.factor': '3',
  'offset.flush.interval.ms': '10000',
  'offset.flush.timeout.ms': '5000',
};

const intText = (name: string, min: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, `${name} must be an integer`)
    .transform(Number)
    .refine((n) => n >= min, `${name} must be at least ${min}`);

const partitionsOrDefault = (name: string) =>
  intText(name, -1).refine((n) => n === -1 || n >= 1, `${name} must be -1 or at least 1`);

/** Validates worker properties (after defaults are applied) and returns the typed worker config. */
export function parseWorkerConfig(given: Readonly<Record<string, string>>): WorkerConfig {
  const props = { ...WORKER_DEFAULTS, ...given };
  const nonEmpty = (name: string) => z.string().trim().min(1, `${name} must not be empty`);
  const schema = z.object({
    'bootstrap.servers': nonEmpty('bootstrap.servers'),
    'group.id': nonEmpty('group.id'),
    'config.storage.topic': nonEmpty('config.storage.topic'),
    'offset.storage.topic': nonEmpty('offset.storage.topic'),
    'status.storage.topic': nonEmpty('status.storage.topic'),
    'config.storage.replication.factor': partitionsOrDefault('config.storage.replication.factor'),
    'offset.storage.partitions': partitionsOrDefault('offset.storage.partitions'),
    'offset.storage.replication.factor': partitionsOrDefault('offset.storage.replication.factor'),
    'status.storage.partitions': partitionsOrDefault('status.storage.partitions'),
    'status.storage.replication.factor': partitionsOrDefault('status.storage.replication.factor'),
    'offset.flush.interval.ms': intText('offset.flush.interval.ms', 0),
    'offset.flush.timeout.ms': intText('offset.flush.timeout.ms', 0),
    'scheduled.rebalance.max.delay.ms': intText('scheduled.rebalance.max.delay.ms', 0)
      .refine((n) => n <= 2_147_483_647, 'scheduled.rebalance.max.delay.ms must be at most 2147483647')
      .default(300_000),
  });
  const parsed = schema.safeParse(props);
  if (!parsed.success) {
    throw new Error(`Invalid worker configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const p = parsed.data;
  return Object.freeze({
    bootstrapServers: p['bootstrap.servers'],
    groupId: p['group.id'],
    configTopic: p['config.storage.topic'],
    offsetTopic: p['offset.storage.topic'],
    statusTopic: p['status.storage.topic'],
    configReplicationFactor: p['config.storage.replication.factor'],
    offsetPartitions: p['offset.storage.partitions'],
    offsetReplicationFactor: p['offset.storage.replication.factor'],
    statusPartitions: p['status.storage.partitions'],
    statusReplicationFactor: p['status.storage.replication.factor'],
    offsetFlushIntervalMs: p['offset.flush.interval.ms'],
    offsetFlushTimeoutMs: p['offset.flush.timeout.ms'],
    topicTrackingEnabled: (props['topic.tracking.enable'] ?? 'true').trim().toLowerCase() === 'true',
    topicTrackingResetAllowed:
      (props['topic.tracking.allow.reset'] ?? 'true').trim().toLowerCase() === 'true',
    scheduledRebalanceMaxDelayMs: p['scheduled.rebalance.max.delay.ms'],
    props: Object.freeze({ ...props }),
  });
}

/** A `.properties` text Java's Properties.load would reject (a malformed `\uXXXX` escape); `line` is 1-based. */
export class PropertiesSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'PropertiesSyntaxError';
    this.line = line;
  }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f' };

/** Java's unescaping of a key or value: `\uXXXX`, `\t \n \r \f`, and `\x` → `x` for any other character. */
function unescapeProperty(text: string, line: number): string {
  return text.replace(/\\(u(.{0,4})|.)/gs, (_match, escape: string, hex: string | undefined) => {
    if (hex === undefined) return SIMPLE_ESCAPES[escape] ?? escape;
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new PropertiesSyntaxError(line, 'Malformed \\uxxxx encoding.');
    return String.fromCharCode(Number.parseInt(hex, 16));
  });
}

/**
 * Parses Java-style `.properties` text (key=value or key: value, # and ! comments, trailing-\ continuations,
 * `\uXXXX` escapes). Throws PropertiesSyntaxError where Java's Properties.load throws.
 */
export function parseProperties(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    let line = (lines[i] ?? '').trimStart();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
      line = line.slice(0, -1) + (lines[++i] ?? '').trimStart();
    }
    const match = /^((?:\\.|[^=:\s])+)\s*[=:\s]\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined) {
      out[unescapeProperty(match[1], lineNumber)] = unescapeProperty((match[2] ?? '').trimEnd(), lineNumber);
    } else out[unescapeProperty(line, lineNumber)] = '';
  }
  return out;
}

/**
 * Worker properties from the environment: the file named by TRIBUTARY_WORKER_PROPERTIES (if any), then
 * `CONNECT_<NAME>` variables (CONNECT_BOOTSTRAP_SERVERS → bootstrap.servers; `_` → `.`, `__` → `_`), as the
 * common Connect container images do. Later sources win.
 */
export function workerPropertiesFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const props: Record<string, string> = {};
  const file = env.TRIBUTARY_WORKER_PROPERTIES;
  if (file) Object.assign(props, parseProperties(readFileSync(file, 'utf8')));
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('CONNECT_') || value === undefined) continue;
    const key = name
      .slice('CONNECT_'.length)
      .toLowerCase()
      .split('__')
      .map((part) => part.replace(/_/g, '.'))
      .join('_');
    props[key] = value;
  }
  return props;
}
