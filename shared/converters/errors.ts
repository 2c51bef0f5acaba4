/** Errors converters raise besides DataException, named as in Apache Kafka. */
import { ConfigException as ConfigDefException } from '../config/config-def.ts';

/**
 * A bad converter config value (org.apache.kafka.common.config.ConfigException). The same class as ConfigDef's, so
 * `instanceof` works against either import.
 */
export class ConfigException extends ConfigDefException {
  override readonly name = 'ConfigException';

  /** "Invalid value <value> for configuration <name>: <message>", Apache's wording. */
  static invalidValue(name: string, value: unknown, message?: string): ConfigException {
    return new ConfigException(
      `Invalid value ${String(value)} for configuration ${name}${message === undefined ? '' : `: ${message}`}`,
    );
  }
}

/** A serializer that cannot be set up or cannot serialize (org.apache.kafka.common.errors.SerializationException). */
export class SerializationException extends Error {
  override readonly name = 'SerializationException';
}
