/**
 * Key and value converters for a task, chosen as Apache's worker chooses them: the connector's
 * `key.converter` / `value.converter` with its `key.converter.*` sub-configs when it names one, otherwise the
 * worker's class with the worker's sub-configs.
 */

import { withPrefix } from '../shared/adapters/kafka/client-config.ts';
import type { ConnectorConfig } from '../shared/cluster/config-state.ts';
import type { Converter } from '../shared/converters/converter.ts';
import { createConverter } from '../shared/converters/registry.ts';
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
