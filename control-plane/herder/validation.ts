/**
 * Connector config validation as the herder needs it: the full ConfigInfos answer of the validate endpoint, and
 * the flat list of error lines that a create or update turns into its 400 message.
 */
import type { ConnectorPlugin } from '../../shared/plugins/registry.ts';

export interface ValidationResult {
  /** One line per error, as Apache lists them in "Connector configuration is invalid ..." */
  readonly errors: readonly string[];
  /** The ConfigInfos entity of PUT /connector-plugins/{plugin}/config/validate. */
  readonly infos: unknown;
}

export interface ConnectorValidator {
  validate(plugin: ConnectorPlugin, config: Readonly<Record<string, string | null>>): Promise<ValidationResult>;
}
