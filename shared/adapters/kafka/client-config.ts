/**
 * Apache client settings (`producer.*`, `consumer.*`, `producer.override.*`, `consumer.override.*`) resolved with
 * Apache's precedence and mapped onto kafkajs. kafkajs covers a subset of the Java clients' settings; the keys it
 * has no equivalent for are reported back so the caller can log them instead of dropping them silently.
 */
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { ConsumerConfig, KafkaConfig, SASLOptions } from 'kafkajs';
import { ENV } from '../../runtime/env.ts';
import { mskIamSasl } from '../aws/msk-iam.ts';

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
  // TLS trust and identity as kafkajs (Node's TLS) can take them: PEM trust stores, PEM or PKCS12 key stores.
  'ssl.truststore.type',
  'ssl.truststore.location',
  'ssl.truststore.certificates',
  'ssl.keystore.type',
  'ssl.keystore.location',
  'ssl.keystore.password',
  'ssl.keystore.key',
  'ssl.keystore.certificate.chain',
  'ssl.key.password',
  'ssl.endpoint.identification.algorithm',
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
  // Honoured by the source task runner: requests split to fit, records over it refused, polling ahead bounded.
  'max.request.size',
  'buffer.memory',
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

/** An option of a JAAS line (`name="value"`, with `\"` and `\\` escapes as Java's JAAS parser reads them). */
function jaasOption(jaas: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|[\\s;])${name}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(jaas);
  return match?.[1]?.replace(/\\(.)/g, '$1');
}

function sasl(props: ClientProps): SASLOptions | undefined {
  const mechanism = props['sasl.mechanism']?.toUpperCase();
  // MSK IAM: the JAAS line names Amazon's login module and carries no secret; AWS credentials sign a token.
  if (mechanism === 'AWS_MSK_IAM') return mskIamSasl();
  const jaas = props['sasl.jaas.config'];
  if (!mechanism || !jaas) return undefined;
  const username = jaasOption(jaas, 'username') ?? '';
  const password = jaasOption(jaas, 'password') ?? '';
  if (mechanism === 'PLAIN') return { mechanism: 'plain', username, password };
  if (mechanism === 'SCRAM-SHA-256') return { mechanism: 'scram-sha-256', username, password };
  if (mechanism === 'SCRAM-SHA-512') return { mechanism: 'scram-sha-512', username, password };
  throw new Error(`sasl.mechanism ${mechanism} is not supported by Tributary's Kafka client`);
}

/**
 * Node TLS options from Apache's `ssl.*` client settings, or `true` (Node's default CAs, hostname verified) when none
 * are given. Node has no Java key stores: a trust store must be PEM (`ssl.truststore.type=PEM` with
 * `ssl.truststore.location` or `ssl.truststore.certificates`), a key store PEM or PKCS12; JKS is refused rather than
 * ignored. `ssl.endpoint.identification.algorithm=` (empty) turns hostname verification off, as in Apache.
 */
function tlsOptions(props: ClientProps): true | ConnectionOptions {
  const options: ConnectionOptions = {};
  const trustType = (props['ssl.truststore.type'] ?? 'JKS').trim().toUpperCase();
  const trustFile = props['ssl.truststore.location']?.trim();
  const trustInline = props['ssl.truststore.certificates']?.trim();
  if (trustFile || trustInline) {
    if (trustType !== 'PEM') {
      throw new Error(
        `ssl.truststore.type ${trustType} is not supported by Tributary's Kafka client: give the CA certificates as ` +
          'ssl.truststore.type=PEM with ssl.truststore.location (a PEM file) or ssl.truststore.certificates',
      );
    }
    options.ca = trustInline || readFileSync(trustFile as string, 'utf8');
  }
  const keyType = (props['ssl.keystore.type'] ?? 'JKS').trim().toUpperCase();
  const keyFile = props['ssl.keystore.location']?.trim();
  const keyInline = props['ssl.keystore.key']?.trim();
  const chainInline = props['ssl.keystore.certificate.chain']?.trim();
  if (keyFile || keyInline || chainInline) {
    if (keyType === 'PEM') {
      const pem = keyFile ? readFileSync(keyFile, 'utf8') : undefined;
      options.key = keyInline || pem;
      options.cert = chainInline || pem;
      const passphrase = props['ssl.key.password'];
      if (passphrase) options.passphrase = passphrase;
    } else if (keyType === 'PKCS12' && keyFile) {
      options.pfx = readFileSync(keyFile);
      const passphrase = props['ssl.keystore.password'];
      if (passphrase) options.passphrase = passphrase;
    } else {
      throw new Error(
        `ssl.keystore.type ${keyType} is not supported by Tributary's Kafka client: use PEM ` +
          '(ssl.keystore.location, or ssl.keystore.key and ssl.keystore.certificate.chain) or PKCS12',
      );
    }
  }
  if (props['ssl.endpoint.identification.algorithm']?.trim() === '')
    options.checkServerIdentity = () => undefined;
  return Object.keys(options).length === 0 ? true : options;
}

/** Connection-level kafkajs settings from client props. */
export function kafkaConnectionSettings(props: ClientProps): Partial<KafkaConfig> {
  const protocol = (props['security.protocol'] ?? 'PLAINTEXT').toUpperCase();
  const out: Partial<KafkaConfig> = {};
  if (protocol === 'SSL' || protocol === 'SASL_SSL') out.ssl = tlsOptions(props);
  if (protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL') {
    const options = sasl(props);
    if (options) out.sasl = options;
  }
  const timeout = int(props, 'request.timeout.ms');
  if (timeout !== undefined) out.requestTimeout = timeout;
  return out;
}

/** A SASL username and password, as the deployment delivers them (never written into the worker properties file). */
export interface SaslCredentials {
  readonly username: string;
  readonly password: string;
}

const JAAS_LOGIN_MODULES: Readonly<Record<string, string>> = {
  'SCRAM-SHA-256': 'org.apache.kafka.common.security.scram.ScramLoginModule',
  'SCRAM-SHA-512': 'org.apache.kafka.common.security.scram.ScramLoginModule',
  PLAIN: 'org.apache.kafka.common.security.plain.PlainLoginModule',
};

/**
 * The `sasl.jaas.config` an Apache client would be given for `mechanism` with these credentials:
 * `org.apache.kafka.common.security.scram.ScramLoginModule required username="…" password="…";` for SCRAM,
 * `…plain.PlainLoginModule …` for PLAIN. Quotes and backslashes in the values are escaped.
 */
export function saslJaasConfig(mechanism: string, credentials: SaslCredentials): string {
  const module = JAAS_LOGIN_MODULES[mechanism.trim().toUpperCase()];
  if (module === undefined) {
    throw new Error(
      `sasl.mechanism ${mechanism} takes no username and password Tributary can build a JAAS line for`,
    );
  }
  const quote = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return `${module} required username=${quote(credentials.username)} password=${quote(credentials.password)};`;
}

/** True when `security.protocol` is SASL_PLAINTEXT or SASL_SSL. */
export function usesSasl(props: Readonly<Record<string, string>>): boolean {
  const protocol = (props['security.protocol'] ?? 'PLAINTEXT').trim().toUpperCase();
  return protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL';
}

/**
 * True when the worker's own clients need credentials from the deployment: a SASL protocol and a mechanism, but no
 * `sasl.jaas.config` (the deployment keeps the password out of the worker properties).
 */
export function needsSaslCredentials(workerProps: Readonly<Record<string, string>>): boolean {
  return usesSasl(workerProps) && !!workerProps['sasl.mechanism']?.trim() && !workerProps['sasl.jaas.config'];
}

/**
 * `props` with `sasl.jaas.config` built from `credentials` when they need one (see `needsSaslCredentials`); the same
 * object otherwise. A process can give its worker properties this way to every client that inherits the worker's
 * connection settings.
 */
export function withSaslCredentials<T extends Readonly<Record<string, string>>>(
  props: T,
  credentials: SaslCredentials | undefined,
): T {
  const mechanism = props['sasl.mechanism']?.trim();
  if (!credentials || !mechanism || !needsSaslCredentials(props)) return props;
  return { ...props, 'sasl.jaas.config': saslJaasConfig(mechanism, credentials) };
}

/**
 * The connection settings of the worker's own clients — the control plane's and executors' admin, producers and
 * consumers of the internal topics — from the worker's un-prefixed `security.protocol`, `sasl.mechanism`,
 * `sasl.jaas.config`, … as an Apache worker applies them to its internal clients (the same mapping task clients
 * use). With `credentials` and no `sasl.jaas.config`, the JAAS line is built from them. A SASL protocol that ends up
 * with no usable mechanism and credentials is refused here, instead of failing later as a dropped connection.
 */
export function internalClientSettings(
  workerProps: Readonly<Record<string, string>>,
  credentials?: SaslCredentials,
): Partial<KafkaConfig> {
  const connection: ClientProps = {};
  for (const key of CONNECTION_KEYS) {
    const value = workerProps[key];
    if (value !== undefined && key !== 'bootstrap.servers') connection[key] = value;
  }
  const props = withSaslCredentials(connection, credentials);
  const mechanism = props['sasl.mechanism']?.trim();
  const settings = kafkaConnectionSettings(props);
  if (usesSasl(props) && settings.sasl === undefined) {
    throw new Error(
      `security.protocol=${props['security.protocol']} needs sasl.mechanism and credentials: ` +
        (mechanism
          ? `set sasl.jaas.config, or deliver the username and password (${SASL_CREDENTIALS_HINT})`
          : 'set sasl.mechanism (SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN)'),
    );
  }
  return settings;
}

/** Where the deployment puts credentials, for the error message. */
const SASL_CREDENTIALS_HINT = `${ENV.kafkaSaslUsername} and ${ENV.kafkaSaslPassword}, or ${ENV.kafkaSaslSecretArn}`;

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
