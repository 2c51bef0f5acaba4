/**
 * The ConnectorValidator over shared/config's ConfigDef validation, with the worker's settings (default
 * converters, group id for the distributed-mode checks) and the plugins this build ships.
 */
import { ConfigException } from '../../shared/config/config-def.ts';
import {
  APACHE_DEFAULT_HEADER_CONVERTER,
  BadConnectorConfigRequest,
  configErrorsMessage,
  validateConnectorConfig,
  type WorkerValidationSettings,
} from '../../shared/config/validate.ts';
import { BadRequestError, ConnectError } from '../../shared/domain/errors.ts';
import type { PluginRegistry } from '../../shared/plugins/registry.ts';
import type { WorkerConfig } from '../../shared/runtime/worker-config.ts';
import type { ConnectorValidator } from './validation.ts';

/** `mode: 'standalone'` leaves out DistributedHerder's checks (consumer group vs worker group, exactly-once). */
export function connectorValidator(
  registry: PluginRegistry,
  worker: WorkerConfig,
  mode: 'distributed' | 'standalone' = 'distributed',
): ConnectorValidator {
  const catalog = registry.catalog();
  const settings: WorkerValidationSettings = {
    keyConverter: worker.props['key.converter'] ?? null,
    valueConverter: worker.props['value.converter'] ?? null,
    headerConverter: worker.props['header.converter'] ?? APACHE_DEFAULT_HEADER_CONVERTER,
    distributed: mode === 'distributed' ? { groupId: worker.groupId, exactlyOnceSourceEnabled: false } : null,
  };
  return {
    async validate(plugin, config) {
      try {
        const infos = validateConnectorConfig(
          {
            connectorType: plugin.type,
            configDef: plugin.configDef(),
            catalog,
            worker: settings,
            ...(plugin.capabilities ? { capabilities: plugin.capabilities } : {}),
          },
          config,
        );
        return { infos, errorMessage: configErrorsMessage(infos) };
      } catch (err) {
        if (err instanceof BadConnectorConfigRequest) throw new BadRequestError(err.message);
        if (err instanceof ConfigException) throw new ConnectError(err.message, { cause: err });
        throw err;
      }
    },
  };
}
