/**
 * What the worker needs from a running task, whatever its kind.
 */

import type { Kafka } from 'kafkajs';
import { createKafka } from '../shared/adapters/kafka/client.ts';
import {
  type ClientProps,
  kafkaConnectionSettings,
  resolveClientProps,
  unsupportedClientKeys,
} from '../shared/adapters/kafka/client-config.ts';
import type { ConnectorConfig } from '../shared/cluster/config-state.ts';
import type { OffsetLog } from '../shared/cluster/offset-log.ts';
import type { Converter } from '../shared/converters/converter.ts';
import type { HeaderConverter } from '../shared/converters/header-converter.ts';
import type { Logger } from '../shared/logging/logger.ts';
import type { MetricsRegistry } from '../shared/metrics/registry.ts';
import type { TaskConfig } from '../shared/plugins/api.ts';
import type { WorkerConfig } from '../shared/runtime/worker-config.ts';
import type { TransformationChain } from '../shared/transforms/chain.ts';
import type { StatusReporter } from './status-reporter.ts';

export interface TaskRunner {
  /** Starts the task (PAUSED first when `paused`); resolves once it is running or has failed. */
  start(paused: boolean): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  /** Stops gracefully: no more polling/consuming, offsets of processed records committed, clients closed. */
  stop(): Promise<void>;
  readonly failed: boolean;
}

export interface TaskRunnerDeps {
  readonly connector: string;
  readonly task: number;
  /** The plugin's version, written with every status (Kafka 4.1+). */
  readonly version: string;
  readonly taskConfig: TaskConfig;
  readonly connectorConfig: ConnectorConfig;
  readonly worker: WorkerConfig;
  readonly workerId: string;
  readonly offsetLog: OffsetLog;
  readonly status: StatusReporter;
  readonly logger: Logger;
  readonly keyConverter: Converter;
  readonly valueConverter: Converter;
  readonly headerConverter: HeaderConverter;
  /** The connector's SMT chain (`transforms`, `predicates`), built once per task start. */
  readonly transforms: TransformationChain;
  /**
   * Whether this executor may run work at this instant (its lease is current by its own clock); checked before
   * every write with effects outside the task, so a frozen-then-resumed executor does nothing before it fences.
   */
  readonly mayRun?: () => boolean;
  /** Where the task records its metrics; the executor's process registry (executor/metrics.ts) when omitted. */
  readonly metrics?: MetricsRegistry;
}

/**
 * Records the topics a task uses (Apache's topic tracking): the first time a task produces to or consumes from a
 * topic, a `status-topic-<topic>:connector-<name>` record is written. Off when `topic.tracking.enable=false`.
 */
export class TopicTracker {
  private readonly seen = new Set<string>();
  private readonly deps: TaskRunnerDeps;

  constructor(deps: TaskRunnerDeps) {
    this.deps = deps;
  }

  async track(topics: Iterable<string>): Promise<void> {
    if (!this.deps.worker.topicTrackingEnabled) return;
    for (const topic of topics) {
      if (this.seen.has(topic)) continue;
      this.seen.add(topic);
      await this.deps.status.topic(this.deps.connector, this.deps.task, topic);
    }
  }
}

/** Upper bound for a task to wind down on stop before its clients are closed anyway. */
export const TASK_SHUTDOWN_GRACE_MS = 5_000;

/**
 * A task's producer or consumer settings with Apache's precedence (framework defaults < worker `producer.` /
 * `consumer.` < connector `*.override.`); keys kafkajs cannot honour are logged, not dropped silently.
 */
export function taskClientProps(
  deps: TaskRunnerDeps,
  kind: 'producer' | 'consumer',
  frameworkDefaults: ClientProps,
): ClientProps {
  const props = resolveClientProps(kind, deps.worker.props, deps.connectorConfig, frameworkDefaults);
  const unsupported = unsupportedClientKeys(props);
  if (unsupported.length > 0)
    deps.logger.warn('client settings not supported by kafkajs', { kind, keys: unsupported });
  return props;
}

/** The task's Kafka client, with Apache's client id `connector-<producer|consumer>-<connector>-<task>`. */
export function taskKafka(deps: TaskRunnerDeps, kind: 'producer' | 'consumer', props: ClientProps): Kafka {
  return createKafka({
    bootstrapServers: props['bootstrap.servers'] ?? deps.worker.bootstrapServers,
    clientId: props['client.id'] ?? `connector-${kind}-${deps.connector}-${deps.task}`,
    logger: deps.logger,
    extra: kafkaConnectionSettings(props),
  });
}
