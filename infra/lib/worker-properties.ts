/**
 * The worker configuration one deployed cluster shares — what `connect-distributed.properties` holds for Apache
 * workers. The control plane, the scheduler and every executor get it as CONNECT_* variables (the form
 * shared/runtime/worker-config.ts reads), so topic names, converters and client settings agree everywhere.
 */
import { workerPropsToEnv } from '../../shared/adapters/local/process-launcher.ts';
import { type KafkaConnection, kafkaClientProperties } from './kafka.ts';

export interface WorkerPropertiesInput {
  /** The Connect cluster's `group.id`; it also prefixes the internal topics. */
  readonly groupId: string;
  readonly kafka: KafkaConnection;
  /** `scheduled.rebalance.max.delay.ms`: how long a departed executor's work waits before it is reassigned. */
  readonly rebalanceDelayMs: number;
  /** More worker properties (converters, replication factors, `producer.*` …); never credentials. */
  readonly extra?: Readonly<Record<string, string>>;
}

/** Keys the deployment sets from its own parameters; `extra` may not override them. */
const OWNED_KEYS = new Set([
  'bootstrap.servers',
  'group.id',
  'security.protocol',
  'sasl.mechanism',
  'sasl.jaas.config',
  'sasl.client.callback.handler.class',
  'scheduled.rebalance.max.delay.ms',
]);

/** Keys that hold credentials: plain environment values would expose them (console, DescribeTaskDefinition). */
const SECRET_KEY = /password|secret|jaas|user\.info|credentials|token/i;

/** Kafka group ids that also make valid topic-name prefixes (topic names allow [a-zA-Z0-9._-], at most 249). */
const GROUP_ID = /^[A-Za-z0-9._-]{1,200}$/;

export function validateGroupId(groupId: string): string {
  if (!GROUP_ID.test(groupId)) {
    throw new Error(
      `groupId "${groupId}" must be 1-200 characters of [A-Za-z0-9._-]: it is the Connect group.id and prefixes ` +
        'the internal topic names',
    );
  }
  return groupId;
}

/** The internal topics of the cluster `groupId`: `<group.id>-configs`, `-offsets`, `-status`. */
export function internalTopics(groupId: string): { config: string; offset: string; status: string } {
  return { config: `${groupId}-configs`, offset: `${groupId}-offsets`, status: `${groupId}-status` };
}

export function workerProperties(input: WorkerPropertiesInput): Record<string, string> {
  const groupId = validateGroupId(input.groupId);
  for (const key of Object.keys(input.extra ?? {})) {
    if (OWNED_KEYS.has(key)) {
      throw new Error(
        `worker property ${key} is set by the deployment's own parameters; remove it from workerProperties`,
      );
    }
    if (SECRET_KEY.test(key)) {
      throw new Error(
        `worker property ${key} looks like a credential; it would be a plain environment value. Keep credentials in ` +
          'Secrets Manager (see docs/deploy.md)',
      );
    }
  }
  const topics = internalTopics(groupId);
  return {
    'config.storage.topic': topics.config,
    'offset.storage.topic': topics.offset,
    'status.storage.topic': topics.status,
    ...input.extra,
    'bootstrap.servers': input.kafka.bootstrapServers,
    'group.id': groupId,
    'scheduled.rebalance.max.delay.ms': String(input.rebalanceDelayMs),
    ...kafkaClientProperties(input.kafka.auth),
  };
}

/** Worker properties as CONNECT_* environment variables (`.` → `_`, `_` → `__`, upper case). */
export function workerEnvironment(props: Readonly<Record<string, string>>): Record<string, string> {
  return workerPropsToEnv(props);
}
