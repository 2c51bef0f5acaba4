/**
 * Building kafkajs clients: one place that maps Connect-style client settings to kafkajs and routes kafkajs'
 * own logging into our structured logger.
 */
import type { Kafka as KafkaClient, KafkaConfig, LogEntry } from 'kafkajs';
import type { Logger } from '../../logging/logger.ts';
import { Kafka, logLevel } from './kafkajs.ts';

export interface KafkaClientOptions {
  bootstrapServers: string;
  clientId: string;
  logger: Logger;
  /** Extra kafkajs-level settings (SASL, SSL, timeouts) derived from Connect `*.sasl.*` / `security.protocol`. */
  extra?: Partial<KafkaConfig>;
}

export function createKafka(options: KafkaClientOptions): KafkaClient {
  // Named like the Java clients' loggers, so /admin/loggers/org.apache.kafka.clients controls them.
  const log = options.logger.child({
    logger: 'org.apache.kafka.clients',
    component: 'kafkajs',
    client_id: options.clientId,
  });
  return new Kafka({
    brokers: splitBootstrapServers(options.bootstrapServers),
    clientId: options.clientId,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 100, retries: 8, maxRetryTime: 5_000 },
    logCreator: () => (entry: LogEntry) => {
      const { message, ...rest } = entry.log;
      const meta = { namespace: entry.namespace, ...rest };
      if (entry.level <= logLevel.ERROR) log.error('kafkajs error', { detail: message, ...meta });
      else if (entry.level <= logLevel.WARN) log.warn('kafkajs warning', { detail: message, ...meta });
      else log.debug('kafkajs', { detail: message, ...meta });
    },
    ...options.extra,
  });
}

/** `bootstrap.servers` is a comma-separated host:port list; whitespace is allowed around entries. */
export function splitBootstrapServers(value: string): string[] {
  const brokers = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (brokers.length === 0) throw new Error('bootstrap.servers is empty');
  return brokers;
}
