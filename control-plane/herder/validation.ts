/**
 * Connector config validation as the herder needs it: the full ConfigInfos answer of the validate endpoint, and
 * the 400 message a create or update answers when the config has errors.
 */
import type { ConfigInfos } from '../../shared/config/config-info.ts';
import type { ConnectorPlugin } from '../../shared/plugins/registry.ts';

export interface ValidationResult {
  /** Apache's "Connector configuration is invalid ..." text, or null when the config has no errors. */
  readonly errorMessage: string | null;
  /** The ConfigInfos entity of PUT /connector-plugins/{plugin}/config/validate. */
  readonly infos: ConfigInfos;
}

export interface ConnectorValidator {
  validate(
    plugin: ConnectorPlugin,
    config: Readonly<Record<string, string | null>>,
  ): Promise<ValidationResult>;
}
