/**
 * Parsing converter config values the way Kafka's ConfigDef does (values trimmed, booleans case-insensitive,
 * ints via Integer.parseInt), with its ConfigException messages.
 */
import { parseJavaInt } from '../data/java-parse.ts';
import { ConfigException } from './errors.ts';

type Configs = Readonly<Record<string, unknown>>;

/** A BOOLEAN config: "true"/"false" in any case, surrounding white space ignored. */
export function booleanConfig(configs: Configs, name: string, defaultValue: boolean): boolean {
  const raw = configs[name];
  if (raw === undefined || raw === null) return defaultValue;
  if (typeof raw === 'boolean') return raw;
  const trimmed = String(raw).trim().toLowerCase();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  throw ConfigException.invalidValue(name, raw, 'Expected value to be either true or false');
}

/** An INT config: a Java int, surrounding white space ignored. */
export function intConfig(configs: Configs, name: string, defaultValue: number): number {
  const raw = configs[name];
  if (raw === undefined || raw === null) return defaultValue;
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
  const parsed = parseJavaInt(String(raw).trim());
  if (parsed === undefined) throw ConfigException.invalidValue(name, raw, 'Not a number of type INT');
  return parsed;
}

/** A STRING config, trimmed. */
export function stringConfig(configs: Configs, name: string, defaultValue: string): string {
  const raw = configs[name];
  if (raw === undefined || raw === null) return defaultValue;
  return String(raw).trim();
}
