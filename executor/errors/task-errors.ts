/**
 * Builds a task's error handling from its connector config and the worker config: the operator, the log reporter
 * and, for sink tasks with a DLQ topic, the DLQ reporter with its own producer
 * (`connector-dlq-producer-<connector>-<task>`), creating the topic (1 partition, configured RF) when missing.
 */

import type { Producer } from 'kafkajs';
import { createKafka } from '../../shared/adapters/kafka/client.ts';
import { kafkaConnectionSettings, resolveClientProps } from '../../shared/adapters/kafka/client-config.ts';
import { asKafkaHeaders } from '../../shared/adapters/kafka/null-header-values.ts';
import type { ConnectorConfig } from '../../shared/cluster/config-state.ts';
import { converterClassName } from '../../shared/converters/registry.ts';
import { ConnectException } from '../../shared/data/errors.ts';
import type { Logger } from '../../shared/logging/logger.ts';
import type { MetricsRegistry } from '../../shared/metrics/registry.ts';
import type { WorkerConfig } from '../../shared/runtime/worker-config.ts';
import { ErrorHandlingMetrics } from './metrics.ts';
import { type ErrorReporter, errorHandlingConfig, RetryWithToleranceOperator } from './operator.ts';
import {
  type ConsumedRecord,
  DeadLetterQueueReporter,
  type DlqSender,
  describeConsumedRecord,
  describeSourceRecord,
  LogReporter,
} from './reporters.ts';

export interface TaskErrorDeps {
  readonly connector: string;
  readonly task: number;
  readonly connectorConfig: ConnectorConfig;
  readonly worker: WorkerConfig;
  readonly logger: Logger;
  /** Where the task's `task-error-metrics` are kept; not recorded when omitted. */
  readonly metrics?: MetricsRegistry;
}

const DEFAULT_HEADER_CONVERTER = 'org.apache.kafka.connect.storage.SimpleHeaderConverter';

/** The full class name of the task's key/value/header converter (for `__connect.errors.class.name`). */
export function converterClass(which: 'key' | 'value' | 'header', deps: TaskErrorDeps): string {
  const classKey = `${which}.converter`;
  const fromConnector = deps.connectorConfig[classKey];
  const source =
    fromConnector !== undefined && fromConnector.trim() !== '' ? deps.connectorConfig : deps.worker.props;
  const name = (source[classKey] ?? '').trim() || (which === 'header' ? DEFAULT_HEADER_CONVERTER : '');
  return converterClassName(name) ?? name;
}

function operatorFor<T>(
  deps: TaskErrorDeps,
  metrics: ErrorHandlingMetrics,
  reporters: ErrorReporter<T>[],
): RetryWithToleranceOperator<T> {
  const config = errorHandlingConfig(deps.connectorConfig);
  return new RetryWithToleranceOperator<T>({
    retryTimeoutMs: config.retryTimeoutMs,
    retryMaxDelayMs: config.retryMaxDelayMs,
    tolerance: config.tolerance,
    reporters,
    metrics,
  });
}

function taskMetrics(deps: TaskErrorDeps): ErrorHandlingMetrics {
  return new ErrorHandlingMetrics({ connector: deps.connector, task: deps.task }, deps.metrics);
}

export function sourceTaskErrors<T>(deps: TaskErrorDeps): RetryWithToleranceOperator<T> {
  const config = errorHandlingConfig(deps.connectorConfig);
  const id = { connector: deps.connector, task: deps.task };
  const metrics = taskMetrics(deps);
  return operatorFor<T>(deps, metrics, [
    new LogReporter<T>(id, config, deps.logger, describeSourceRecord, metrics),
  ]);
}

/** The sink task's operator; sets up the DLQ (topic and producer) when one is configured. */
export async function sinkTaskErrors(
  deps: TaskErrorDeps,
): Promise<RetryWithToleranceOperator<ConsumedRecord>> {
  const config = errorHandlingConfig(deps.connectorConfig);
  const id = { connector: deps.connector, task: deps.task };
  const metrics = taskMetrics(deps);
  const reporters: ErrorReporter<ConsumedRecord>[] = [
    new LogReporter<ConsumedRecord>(id, config, deps.logger, describeConsumedRecord, metrics),
  ];
  if (config.dlqTopic !== '') {
    reporters.push(new DeadLetterQueueReporter(id, config, await kafkaDlqSender(deps), deps.logger, metrics));
  }
  return operatorFor(deps, metrics, reporters);
}

async function kafkaDlqSender(deps: TaskErrorDeps): Promise<DlqSender> {
  const config = errorHandlingConfig(deps.connectorConfig);
  const topic = config.dlqTopic;
  const props = resolveClientProps('producer', deps.worker.props, deps.connectorConfig, { acks: 'all' });
  const bootstrapServers = props['bootstrap.servers'] ?? deps.worker.bootstrapServers;
  const extra = kafkaConnectionSettings(props);
  const adminKafka = createKafka({
    bootstrapServers,
    clientId: 'connector-dlq-adminclient-',
    logger: deps.logger,
    extra,
  });
  const admin = adminKafka.admin();
  try {
    await admin.connect();
    if (!(await admin.listTopics()).includes(topic)) {
      deps.logger.error("Topic doesn't exist. Will attempt to create topic.", { topic });
      try {
        await admin.createTopics({
          topics: [{ topic, numPartitions: 1, replicationFactor: config.dlqReplicationFactor }],
          waitForLeaders: true,
        });
      } catch (err) {
        if ((err as { type?: string }).type !== 'TOPIC_ALREADY_EXISTS') throw err;
      }
    }
  } catch (err) {
    throw new ConnectException(`Could not initialize dead letter queue with topic=${topic}`, { cause: err });
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
  const producer: Producer = createKafka({
    bootstrapServers,
    clientId: props['client.id'] ?? `connector-dlq-producer-${deps.connector}-${deps.task}`,
    logger: deps.logger,
    extra,
  }).producer({ allowAutoTopicCreation: false });
  await producer.connect();
  return {
    async send(dlqTopic, message) {
      await producer.send({
        topic: dlqTopic,
        acks: -1,
        messages: [
          {
            key: message.key,
            value: message.value,
            headers: asKafkaHeaders(message.headers),
            ...(message.timestamp !== undefined ? { timestamp: message.timestamp } : {}),
          },
        ],
      });
    },
    async close() {
      await producer.disconnect().catch(() => undefined);
    },
  };
}
