/**
 * Key and value converters for a task, chosen as Apache's worker chooses them: the connector's
 * `key.converter` / `value.converter` with its `key.converter.*` sub-configs when it names one, otherwise the
 * worker's class with the worker's sub-configs.
 */

import { withPrefix } from '../shared/adapters/kafka/client-config.ts';
import type { ConnectorConfig } from '../shared/cluster/config-state.ts';
import type { Converter } from '../shared/converters/converter.ts';
import type { HeaderConverter } from '../shared/converters/header-converter.ts';
import { createConverter, createHeaderConverter } from '../shared/converters/registry.ts';
import type { WorkerConfig } from '../shared/runtime/worker-config.ts';

export function taskConverter(
  which: 'key' | 'value',
  connectorConfig: ConnectorConfig,
  worker: WorkerConfig,
): Converter {
  const classKey = `${which}.converter`;
  const fromConnector = connectorConfig[classKey];
  const source = fromConnector !== undefined && fromConnector.trim() !== '' ? connectorConfig : worker.props;
  const className = (source[classKey] ?? '').trim();
  return createConverter(className, withPrefix(source, `${classKey}.`), which === 'key');
}

/** Apache's default header converter when neither the connector nor the worker names one. */
export const DEFAULT_HEADER_CONVERTER = 'org.apache.kafka.connect.storage.SimpleHeaderConverter';

/** The task's header converter, chosen like the key/value converters (connector, then worker, then default). */
export function taskHeaderConverter(connectorConfig: ConnectorConfig, worker: WorkerConfig): HeaderConverter {
  const classKey = 'header.converter';
  const fromConnector = connectorConfig[classKey];
  const source = fromConnector !== undefined && fromConnector.trim() !== '' ? connectorConfig : worker.props;
  const className = (source[classKey] ?? '').trim() || DEFAULT_HEADER_CONVERTER;
  return createHeaderConverter(className, withPrefix(source, `${classKey}.`));
}
