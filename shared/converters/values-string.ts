/**
 * `Values.convertToString(schema, value)`: the text SimpleHeaderConverter writes for a header value. Top-level
 * strings are written raw; inside arrays, maps and structs strings are quoted (with `\` and `"` escaped). Bytes
 * are base64, dates use Values' ISO forms (see connect-date-format.ts), numbers print as Java prints their type,
 * arrays `[a,b]`, maps `{k:v}`, structs `{"field":value}` (field defaults applied), null `null`.
 *
 * A JavaScript number prints as its schema's Java type (FLOAT32 like Float.toString, FLOAT64 like
 * Double.toString, integer types as integers); without a numeric schema it is a Double ("2.0"), as everywhere in
 * Connect's JavaScript values (toJavaString, schemaless JSON): a schemaless integer is a bigint.
 */
import { BigDecimal } from '../data/big-decimal.ts';
import { isPlainObject, mapEntries } from '../data/equality.ts';
import { DataException } from '../data/errors.ts';
import { javaClassName } from '../data/java-class.ts';
import { toJavaString } from '../data/java-string.ts';
import type { Schema } from '../data/schema.ts';
import { Struct } from '../data/struct.ts';
import { encodeBase64 } from '../json/base64.ts';
import { formatConnectTemporal } from './connect-date-format.ts';

/** `Values.escape`: backslashes doubled, then double quotes escaped. */
function escapeEmbedded(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
}

function append(out: string[], value: unknown, schema: Schema | null | undefined, embedded: boolean): void {
  if (value === null || value === undefined) {
    out.push('null');
  } else if (typeof value === 'string') {
    out.push(embedded ? `"${escapeEmbedded(value)}"` : value);
  } else if (typeof value === 'number') {
    out.push(toJavaString(value, schema ?? undefined));
  } else if (typeof value === 'bigint' || typeof value === 'boolean') {
    out.push(String(value));
  } else if (value instanceof BigDecimal) {
    out.push(value.toString());
  } else if (value instanceof Uint8Array) {
    const encoded = encodeBase64(value);
    out.push(embedded ? `"${encoded}"` : encoded);
  } else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      append(out, item, schema?.valueSchema, true);
    });
    out.push(']');
  } else if (value instanceof Map || isPlainObject(value)) {
    out.push('{');
    mapEntries(value as Map<unknown, unknown>).forEach(([k, v], i) => {
      if (i > 0) out.push(',');
      append(out, k, schema?.keySchema, true);
      out.push(':');
      append(out, v, schema?.valueSchema, true);
    });
    out.push('}');
  } else if (value instanceof Struct) {
    out.push('{');
    (value.schema.fields ?? []).forEach((field, i) => {
      if (i > 0) out.push(',');
      append(out, field.name, null, true);
      out.push(':');
      append(out, value.get(field), field.schema, true);
    });
    out.push('}');
  } else if (value instanceof Date) {
    out.push(formatConnectTemporal(value));
  } else {
    throw new DataException(
      `Failed to serialize unexpected value type ${javaClassName(value).slice('class '.length)}: ${toJavaString(value)}`,
    );
  }
}

/** `Values.convertToString(schema, value)`; null for a null value. */
export function convertToString(schema: Schema | null, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const out: string[] = [];
  append(out, value, schema, false);
  return out.join('');
}
