/**
 * org.apache.kafka.connect.storage.SimpleHeaderConverter, Connect's default header converter: a header value is
 * written as the UTF-8 text `Values.convertToString` gives it and read back through `Values.parseString`, which
 * infers its schema (booleans, the smallest fitting number type, decimals, dates and times, arrays and maps; any
 * other text is a STRING). Text it cannot parse at all comes back as the raw bytes with a BYTES schema. It has no
 * configs.
 */
import type { Schema } from '../data/schema.ts';
import { Schemas } from '../data/schema.ts';
import { SCHEMA_AND_VALUE_NULL, type SchemaAndValue } from '../data/schema-and-value.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { type JavaCharset, javaCharset } from './charsets.ts';
import type { HeaderConverter } from './header-converter.ts';
import { parseString } from './values.ts';
import { convertToString } from './values-string.ts';

const UTF_8 = javaCharset('UTF-8') as JavaCharset;

export class SimpleHeaderConverter implements HeaderConverter {
  readonly #log: Logger;

  /** `log` receives the warning for header text that cannot be parsed (default: a stderr JSON logger). */
  constructor(log?: Logger) {
    this.#log = log ?? createLogger({ component: 'SimpleHeaderConverter' });
  }

  configure(_configs: Readonly<Record<string, string>>): void {}

  /** The value's text (Values.convertToString) in UTF-8; null for a null value. */
  fromConnectHeader(
    _topic: string,
    _headerKey: string,
    schema: Schema | null,
    value: unknown,
  ): Uint8Array | null {
    if (value === null || value === undefined) return null;
    return UTF_8.encode(convertToString(schema, value) as string);
  }

  /** The schema and value parsed from the UTF-8 text; null bytes (and the text `null`) give no schema, no value. */
  toConnectHeader(topic: string, headerKey: string, value: Uint8Array | null): SchemaAndValue {
    if (value === null) return SCHEMA_AND_VALUE_NULL;
    try {
      return parseString(UTF_8.decode(value));
    } catch (error) {
      this.#log.warn('Failed to deserialize header value, so using byte array', {
        topic,
        header: headerKey,
        error: String(error),
      });
      return { schema: Schemas.BYTES, value };
    }
  }
}
