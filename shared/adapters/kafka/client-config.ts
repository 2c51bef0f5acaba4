/**
 * Apache client settings (`producer.*`, `consumer.*`, `producer.override.*`, `consumer.override.*`) resolved with
 * Apache's precedence and mapped onto kafkajs. kafkajs covers a subset of the Java clients' settings; the keys it
 * has no equivalent for are reported back so the caller can log them instead of dropping them silently.
 */
import type { ConsumerConfig, KafkaConfig, SASLOptions } from 'kafkajs';

export type ClientProps = Record<string, string>;

/** Properties under `prefix`, with the prefix removed. */
export function withPrefix(props: Readonly<Record<string, string>>, prefix: string): ClientProps {
  const out: ClientProps = {};
  for (const [k, v] of Object.entries(props)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

/**
 * Apache's order: framework defaults < worker `producer.`/`consumer.` < connector `producer.override.` /
 * `consumer.override.` (the worker's un-prefixed connection settings apply to all clients first).
 */
export function resolveClientProps(
  kind: 'producer' | 'consumer',
  workerProps: Readonly<Record<string, string>>,
  connectorConfig: Readonly<Record<string, string>>,
  frameworkDefaults: ClientProps,
): ClientProps {
  const connection: ClientProps = {};
  for (const key of CONNECTION_KEYS) {
    const value = workerProps[key];
    if (value !== undefined) connection[key] = value;
  }
  return {
    ...connection,
    ...frameworkDefaults,
    ...withPrefix(workerProps, `${kind}.`),
    ...withPrefix(connectorConfig, `${kind}.override.`),
  };
}

const CONNECTION_KEYS = [
  'bootstrap.servers',
  'security.protocol',
  'sasl.mechanism',
  'sasl.jaas.config',
  'request.timeout.ms',
  'ssl.truststore.location',
] as const;

const HANDLED_KEYS = new Set<string>([
  ...CONNECTION_KEYS,
  'client.id',
  'group.id',
  'acks',
  'enable.idempotence',
  'max.in.flight.requests.per.connection',
  'auto.offset.reset',
  'enable.auto.commit',
  'allow.auto.create.topics',
  'session.timeout.ms',
  'heartbeat.interval.ms',
  'max.partition.fetch.bytes',
  'fetch.max.bytes',
  'fetch.min.bytes',
  'fetch.max.wait.ms',
  'isolation.level',
  'key.serializer',
  'value.serializer',
  'key.deserializer',
  'value.deserializer',
  'max.block.ms',
  'delivery.timeout.ms',
]);

/** Keys kafkajs cannot honour (reported, not silently dropped). */
export function unsupportedClientKeys(props: ClientProps): string[] {
  return Object.keys(props).filter((k) => !HANDLED_KEYS.has(k));
}

function int(props: ClientProps, key: string): number | undefined {
  const v = props[key];
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`Invalid value ${v} for configuration ${key}: Not a number`);
  return n;
}

function sasl(props: ClientProps): SASLOptions | undefined {
  const mechanism = props['sasl.mechanism']?.toUpperCase();
  const jaas = props['sasl.jaas.config'];
  if (!mechanism || !jaas) return undefined;
  const username = /username\s*=\s*"([^"]*)"/.exec(jaas)?.[1] ?? '';
  const password = /password\s*=\s*"([^"]*)"/.exec(jaas)?.[1] ?? '';
  if (mechanism === 'PLAIN') return { mechanism: 'plain', username, password };
  if (mechanism === 'SCRAM-SHA-256') return { mechanism: 'scram-sha-256', username, password };
  if (mechanism === 'SCRAM-SHA-512') return { mechanism: 'scram-sha-512', username, password };
  throw new Error(`sasl.mechanism ${mechanism} is not supported by Tributary's Kafka client`);
}

/** Connection-level kafkajs settings from client props. */
export function kafkaConnectionSettings(props: ClientProps): Partial<KafkaConfig> {
  const protocol = (props['security.protocol'] ?? 'PLAINTEXT').toUpperCase();
  const out: Partial<KafkaConfig> = {};
  if (protocol === 'SSL' || protocol === 'SASL_SSL') out.ssl = true;
  if (protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL') {
    const options = sasl(props);
    if (options) out.sasl = options;
  }
  const timeout = int(props, 'request.timeout.ms');
  if (timeout !== undefined) out.requestTimeout = timeout;
  return out;
}

/** kafkajs consumer settings from resolved consumer props. */
export function consumerSettings(props: ClientProps, defaultGroupId: string): ConsumerConfig {
  // Java's consumer default allow.auto.create.topics=true: subscribing to a topic that does not exist yet waits
  // for it (or has the broker create it) instead of failing.
  const config: ConsumerConfig = {
    groupId: props['group.id'] ?? defaultGroupId,
    allowAutoTopicCreation: (props['allow.auto.create.topics'] ?? 'true').trim().toLowerCase() === 'true',
  };
  const session = int(props, 'session.timeout.ms');
  if (session !== undefined) config.sessionTimeout = session;
  const heartbeat = int(props, 'heartbeat.interval.ms');
  if (heartbeat !== undefined) config.heartbeatInterval = heartbeat;
  const perPartition = int(props, 'max.partition.fetch.bytes');
  if (perPartition !== undefined) config.maxBytesPerPartition = perPartition;
  const maxBytes = int(props, 'fetch.max.bytes');
  if (maxBytes !== undefined) config.maxBytes = maxBytes;
  const minBytes = int(props, 'fetch.min.bytes');
  if (minBytes !== undefined) config.minBytes = minBytes;
  const maxWait = int(props, 'fetch.max.wait.ms');
  config.maxWaitTimeInMs = maxWait ?? 500;
  if (props['isolation.level'] === 'read_uncommitted') config.readUncommitted = true;
  return config;
}

/** `acks` as kafkajs wants it: all → -1. */
export function producerAcks(props: ClientProps): number {
  const acks = (props.acks ?? 'all').trim().toLowerCase();
  return acks === 'all' ? -1 : Number(acks);
}
