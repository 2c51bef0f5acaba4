/**
 * `Values.parseString(text)`: how Connect's SimpleHeaderConverter infers a schema and value from header text.
 *
 *  - "" -> STRING ""; `null` -> no schema, no value; `true` / `false` -> BOOLEAN (exact, lower case).
 *  - A number (Java BigDecimal syntax, any decimal digits) -> the smallest of INT8/INT16/INT32/INT64 when it is
 *    whole and fits a long (1.0 is INT8 1), else FLOAT32 when it has a non-zero scale and fits a float, else
 *    FLOAT64 when it fits a double, else a Decimal of its scale.
 *  - `yyyy-MM-dd`, `HH:mm:ss.SSS'Z'`, `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'` (by length, parsed leniently) -> Date, Time,
 *    Timestamp.
 *  - `[a,b]` -> ARRAY, `{k:v}` -> MAP, elements parsed the same way (strings must be quoted inside them); the
 *    element schema is the common one (numbers widen: INT8 < INT16 < INT32 < INT64 < FLOAT32 < FLOAT64, logical
 *    INT32/INT64 types take part as their base type), values converted to it; with no common schema the ARRAY or
 *    MAP has no element schema. A malformed array or map is read as the whole text, a STRING.
 *  - Anything else -> STRING, the whole text. A leading number or temporal wins over what follows it at the top
 *    level ("12,34" is INT8 12), as in Apache.
 *
 * Values: INT8/INT16/INT32 number, INT64 bigint, FLOAT32/FLOAT64 number, Decimal BigDecimal, temporal Date,
 * ARRAY array, MAP Map (insertion order kept). Inside an array or map without a common element schema, integers
 * are bigints (schemaless integers are, throughout Connect's JavaScript values).
 */
import { javaTrim } from '../config/java-text.ts';
import { BigDecimal } from '../data/big-decimal.ts';
import { schemaEquals } from '../data/equality.ts';
import { DataException } from '../data/errors.ts';
import { javaClassName } from '../data/java-class.ts';
import { toJavaString } from '../data/java-string.ts';
import {
  DATE_LOGICAL_NAME,
  DECIMAL_LOGICAL_NAME,
  TIME_LOGICAL_NAME,
  TIMESTAMP_LOGICAL_NAME,
} from '../data/logical-names.ts';
import {
  ConnectDate,
  ConnectTime,
  ConnectTimestamp,
  Decimal,
  LogicalSchemas,
} from '../data/logical-types.ts';
import { ConnectSchema, type Schema, Schemas, schemaToString } from '../data/schema.ts';
import { SCHEMA_AND_VALUE_NULL, type SchemaAndValue } from '../data/schema-and-value.ts';
import { type DecimalParts, decimalToDouble, parseDecimalText } from '../json/decimal-text.ts';
import { decimalToFloat32 } from '../json/float32.ts';
import { isJavaDigit, javaDigit } from '../transforms/simple-date-format.ts';
import {
  ISO_8601_DATE_LENGTH,
  ISO_8601_TIME_LENGTH,
  ISO_8601_TIMESTAMP_LENGTH,
  parseConnectTemporal,
} from './connect-date-format.ts';
import { convertToString } from './values-string.ts';
import { isBlank, ValuesTokenizer } from './values-tokenizer.ts';

const TRUE: SchemaAndValue = Object.freeze({ schema: Schemas.BOOLEAN, value: true });
const FALSE: SchemaAndValue = Object.freeze({ schema: Schemas.BOOLEAN, value: false });
const ARRAY_OF_NULL: Schema = new ConnectSchema({ type: 'ARRAY' });
const MAP_OF_NULL: Schema = new ConnectSchema({ type: 'MAP' });
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

// ------------------------------------------------------------------------------------------------ numbers

/** `new BigDecimal(text)`: ASCII or other decimal digits, sign, point, exponent; undefined where Java throws. */
export function parseJavaBigDecimal(text: string): DecimalParts | undefined {
  let ascii = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 0x80 ? javaDigit(code) : -1;
    ascii += digit >= 0 ? String(digit) : text.charAt(i);
  }
  return parseDecimalText(ascii);
}

/** `new BigDecimal(text)` as a BigDecimal; undefined where Java throws. */
export function parseJavaBigDecimalValue(text: string): BigDecimal | undefined {
  const parts = parseJavaBigDecimal(text);
  return parts === undefined ? undefined : new BigDecimal(parts.unscaled, parts.scale);
}

function digitCount(n: bigint): number {
  return (n < 0n ? -n : n).toString().length;
}

/** Sign of |x| - 10^power for a non-zero decimal x. */
function compareAbsWithPowerOfTen({ unscaled, scale }: DecimalParts, power: number): number {
  const digits = digitCount(unscaled);
  const exponent = digits - 1 - scale; // |x| is in [10^exponent, 10^(exponent + 1))
  if (exponent !== power) return exponent > power ? 1 : -1;
  const magnitude = (unscaled < 0n ? -unscaled : unscaled).toString();
  return /^10*$/.test(magnitude) ? 0 : 1;
}

/** The integral value when the decimal is a whole number, else undefined. */
function wholeValue({ unscaled, scale }: DecimalParts): bigint | undefined {
  if (unscaled === 0n) return 0n;
  if (scale <= 0) return unscaled * 10n ** BigInt(-scale);
  const divisor = 10n ** BigInt(scale);
  return unscaled % divisor === 0n ? unscaled / divisor : undefined;
}

/** `parseAsExactDecimal`: a whole number within a long as the smallest integer type; otherwise undefined. */
function parseAsExactDecimal(decimal: DecimalParts): SchemaAndValue | undefined {
  if (decimal.unscaled !== 0n) {
    if (compareAbsWithPowerOfTen(decimal, 19) > 0 || compareAbsWithPowerOfTen(decimal, 0) < 0)
      return undefined;
  }
  const whole = wholeValue(decimal);
  if (whole === undefined || whole < LONG_MIN || whole > LONG_MAX) return undefined;
  if (whole >= -128n && whole <= 127n) return { schema: Schemas.INT8, value: Number(whole) };
  if (whole >= -32768n && whole <= 32767n) return { schema: Schemas.INT16, value: Number(whole) };
  if (whole >= -2147483648n && whole <= 2147483647n) return { schema: Schemas.INT32, value: Number(whole) };
  return { schema: Schemas.INT64, value: whole };
}

/** `parseAsNumber`: undefined where `new BigDecimal(token)` throws. */
function parseAsNumber(token: string): SchemaAndValue | undefined {
  const decimal = parseJavaBigDecimal(token);
  if (decimal === undefined) return undefined;
  const exact = parseAsExactDecimal(decimal);
  if (exact !== undefined) return exact;
  const asFloat = decimalToFloat32(decimal);
  if (Number.isFinite(asFloat) && decimal.scale !== 0) return { schema: Schemas.FLOAT32, value: asFloat };
  const asDouble = decimalToDouble(decimal);
  if (Number.isFinite(asDouble) && decimal.scale !== 0) return { schema: Schemas.FLOAT64, value: asDouble };
  return {
    schema: Decimal.schema(decimal.scale),
    value: new BigDecimal(decimal.unscaled, decimal.scale),
  };
}

// ------------------------------------------------------------------------------------------------ temporals

function parseAsTemporal(token: string): SchemaAndValue | undefined {
  const text = token.replaceAll('\\:', ':');
  let schema: Schema;
  let date: Date | undefined;
  if (text.length === ISO_8601_TIME_LENGTH) {
    schema = LogicalSchemas.TIME;
    date = parseConnectTemporal(text, 'time');
  } else if (text.length === ISO_8601_TIMESTAMP_LENGTH) {
    schema = LogicalSchemas.TIMESTAMP;
    date = parseConnectTemporal(text, 'timestamp');
  } else if (text.length === ISO_8601_DATE_LENGTH) {
    schema = LogicalSchemas.DATE;
    date = parseConnectTemporal(text, 'date');
  } else {
    return undefined;
  }
  return date === undefined ? undefined : { schema, value: date };
}

// ------------------------------------------------------------------------------------------------ conversions

function unableToConvert(value: unknown, target: string): DataException {
  return new DataException(`Unable to convert ${toJavaString(value)} (${javaClassName(value)}) to ${target}`);
}

/** Java's Number.longValue() (doubles truncate and saturate, NaN is 0). */
function longValueOf(value: number | bigint | BigDecimal): bigint {
  if (typeof value === 'bigint') return value;
  if (value instanceof BigDecimal) {
    const whole =
      value.scale <= 0
        ? value.unscaled * 10n ** BigInt(-value.scale)
        : value.unscaled / 10n ** BigInt(value.scale);
    return BigInt.asIntN(64, whole);
  }
  if (Number.isNaN(value)) return 0n;
  if (value >= 2 ** 63) return LONG_MAX;
  if (value <= -(2 ** 63)) return LONG_MIN;
  return BigInt(Math.trunc(value));
}

/** `Values.asLong(value, null, null)`. */
function asLong(value: unknown): bigint {
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof BigDecimal)
    return longValueOf(value);
  if (typeof value === 'string') {
    const parsed = parseJavaBigDecimal(value);
    if (parsed !== undefined) return longValueOf(new BigDecimal(parsed.unscaled, parsed.scale));
  }
  throw unableToConvert(value, 'a number');
}

/** `Values.asDouble(value, null, null)`. */
function asDouble(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof BigDecimal) return value.toNumber();
  if (typeof value === 'string') {
    const parsed = parseJavaBigDecimal(value);
    if (parsed !== undefined) return decimalToDouble(parsed);
  }
  return Number(asLong(value));
}

function toInt(value: bigint): number {
  return Number(BigInt.asIntN(32, value));
}

/** `Values.convertTo(toSchema, null, value)` for the values the parser produces. */
function convertTo(toSchema: Schema, value: unknown): unknown {
  if (value === null || value === undefined) {
    if (toSchema.optional) return null;
    throw new DataException('Unable to convert a null value to a schema that requires a value');
  }
  switch (toSchema.type) {
    case 'BYTES':
      if (toSchema.name === DECIMAL_LOGICAL_NAME) {
        if (value instanceof Uint8Array) return Decimal.toLogical(toSchema, value);
        if (value instanceof BigDecimal) return value;
        if (typeof value === 'number' || typeof value === 'bigint')
          return BigDecimal.parse(toJavaDoubleText(asDouble(value)));
        if (typeof value === 'string') return BigDecimal.parse(value);
      } else if (value instanceof Uint8Array) {
        return value;
      } else if (value instanceof BigDecimal) {
        return Decimal.fromLogical(toSchema, value);
      }
      throw unableToConvert(value, schemaToString(toSchema));
    case 'STRING':
      return typeof value === 'string' ? value : convertToString(null, value);
    case 'BOOLEAN':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string') {
        const parsed = parseString(value);
        if (typeof parsed.value === 'boolean') return parsed.value;
      }
      return asLong(value) !== 0n;
    case 'INT8':
      return (toInt(asLong(value)) << 24) >> 24;
    case 'INT16':
      return (toInt(asLong(value)) << 16) >> 16;
    case 'INT32':
      if (toSchema.name === DATE_LOGICAL_NAME) {
        return value instanceof Date ? value : ConnectDate.toLogical(toSchema, toInt(asLong(value)));
      }
      if (toSchema.name === TIME_LOGICAL_NAME) {
        return value instanceof Date ? value : ConnectTime.toLogical(toSchema, toInt(asLong(value)));
      }
      return toInt(asLong(value));
    case 'INT64':
      if (toSchema.name === TIMESTAMP_LOGICAL_NAME) {
        return value instanceof Date ? value : ConnectTimestamp.toLogical(toSchema, asLong(value));
      }
      return asLong(value);
    case 'FLOAT32':
      return Math.fround(asDouble(value));
    case 'FLOAT64':
      return asDouble(value);
    case 'ARRAY':
      if (Array.isArray(value)) return value;
      throw unableToConvert(value, schemaToString(toSchema));
    case 'MAP':
      if (value instanceof Map) return value;
      throw unableToConvert(value, schemaToString(toSchema));
    case 'STRUCT':
      throw unableToConvert(value, schemaToString(toSchema));
  }
}

/** Double.toString for BigDecimal.valueOf(double). */
function toJavaDoubleText(value: number): string {
  return toJavaString(value, Schemas.FLOAT64);
}

// ------------------------------------------------------------------------------------------------ schema merging

const NUMERIC_RANK: Partial<Record<Schema['type'], number>> = {
  INT8: 0,
  INT16: 1,
  INT32: 2,
  INT64: 3,
  FLOAT32: 4,
  FLOAT64: 5,
};

/** `Values.mergeSchemas`: the schema that holds both (numbers widen), or null when there is none. */
function mergeSchemas(previous: Schema, next: Schema): Schema | null {
  if (previous.type !== next.type) {
    const a = NUMERIC_RANK[previous.type];
    const b = NUMERIC_RANK[next.type];
    if (a === undefined || b === undefined) return null;
    return a > b ? previous : next;
  }
  if (previous.optional === next.optional) return previous.optional ? previous : next;
  return schemaEquals(previous, next) ? previous : null;
}

/** `Values.SchemaMerger`: the common schema of the parsed elements seen so far. */
class SchemaMerger {
  #common: Schema | null = null;
  #compatible = true;

  merge(latest: SchemaAndValue | null): void {
    if (latest === null || latest.schema === null || !this.#compatible) return;
    if (this.#common === null) {
      this.#common = latest.schema;
    } else {
      this.#common = mergeSchemas(this.#common, latest.schema);
      this.#compatible = this.#common !== null;
    }
  }

  get schema(): Schema | null {
    return this.#common;
  }
}

// ------------------------------------------------------------------------------------------------ JS values

const INTEGER_TYPES = new Set<Schema['type']>(['INT8', 'INT16', 'INT32', 'INT64']);

function isInteger(schema: Schema | null | undefined): boolean {
  return (
    schema !== null && schema !== undefined && INTEGER_TYPES.has(schema.type) && schema.name === undefined
  );
}

/**
 * A parsed value placed where the container's schema says `printed` (null: no element schema) although it was
 * parsed as `own`. Java keeps its Byte/Short/Integer there; a JavaScript number would lose that it is an integer,
 * so INT8/INT16/INT32 numbers that end up without an integer schema become bigints (which print as integers, as
 * schemaless integers do everywhere in Connect's JavaScript values). Containers are walked with their own element
 * schemas.
 */
function normalize(
  value: unknown,
  own: Schema | null | undefined,
  printed: Schema | null | undefined,
): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return isInteger(own) && !isInteger(printed) && Number.isInteger(value) ? BigInt(value) : value;
  }
  if (Array.isArray(value))
    return value.map((item) => normalize(item, own?.valueSchema, printed?.valueSchema));
  if (value instanceof Map) {
    const result = new Map<unknown, unknown>();
    for (const [k, v] of value) {
      result.set(
        normalize(k, own?.keySchema, printed?.keySchema),
        normalize(v, own?.valueSchema, printed?.valueSchema),
      );
    }
    return result;
  }
  return value;
}

/** `convertTo(common, value)` for an element, then (for arrays and maps, which pass through) normalize. */
function align(common: Schema, element: SchemaAndValue | null): unknown {
  const converted = convertTo(common, element === null ? null : element.value);
  return common.type === 'ARRAY' || common.type === 'MAP'
    ? normalize(converted, element?.schema, common)
    : converted;
}

// ------------------------------------------------------------------------------------------------ the parser

/** A lookup key with Java's equals for the keys the parser yields: Dates by instant, BigDecimals by value and scale. */
function javaMapKey(value: unknown): unknown {
  if (value instanceof Date) return `Date:${value.getTime()}`;
  if (value instanceof BigDecimal) return `BigDecimal:${value.unscaled}:${value.scale}`;
  return value;
}

class ValueParser {
  readonly #tokens: ValuesTokenizer;

  constructor(tokens: ValuesTokenizer) {
    this.#tokens = tokens;
  }

  /** The next value; null for the `null` literal or when nothing is left. */
  parse(embedded: boolean): SchemaAndValue | null {
    const tokens = this.#tokens;
    if (!tokens.hasNext()) return null;
    if (embedded && tokens.canConsume('"')) return this.#parseQuotedString();
    if (this.#canParseSingleTokenLiteral(embedded, 'null')) return null;
    if (this.#canParseSingleTokenLiteral(embedded, 'true')) return TRUE;
    if (this.#canParseSingleTokenLiteral(embedded, 'false')) return FALSE;
    const start = tokens.mark();
    try {
      if (tokens.canConsume('[')) return this.#parseArray();
      if (tokens.canConsume('{')) return this.#parseMap();
    } catch (error) {
      if (!(error instanceof DataException)) throw error;
      tokens.rewindTo(start);
    }
    const token = tokens.next();
    if (isBlank(token)) return { schema: Schemas.STRING, value: token };
    return this.#parseNextToken(embedded, javaTrim(token));
  }

  #canParseSingleTokenLiteral(embedded: boolean, literal: string): boolean {
    const tokens = this.#tokens;
    const start = tokens.mark();
    if (tokens.canConsume(literal) && (embedded || !tokens.hasNext())) return true;
    tokens.rewindTo(start);
    return false;
  }

  #parseNextToken(embedded: boolean, token: string): SchemaAndValue {
    const first = token.charCodeAt(0);
    const firstIsDigit = isJavaDigit(first);
    if (firstIsDigit) {
      const temporal = this.#parseMultipleTokensAsTemporal(token);
      if (temporal !== undefined) return temporal;
    }
    if (firstIsDigit || first === 0x2b || first === 0x2d) {
      const number = parseAsNumber(token);
      if (number !== undefined) return number;
    }
    if (embedded) throw new DataException('Failed to parse embedded value');
    return { schema: Schemas.STRING, value: this.#tokens.original };
  }

  /** Times and timestamps span five tokens (colons are delimiters): try those first, then the token alone. */
  #parseMultipleTokensAsTemporal(token: string): SchemaAndValue | undefined {
    const tokens = this.#tokens;
    const position = tokens.mark();
    const remainder = tokens.nextTokens(4);
    if (remainder !== null) {
      const temporal = parseAsTemporal(token + remainder);
      if (temporal !== undefined) return temporal;
    }
    tokens.rewindTo(position);
    return parseAsTemporal(token);
  }

  #parseQuotedString(): SchemaAndValue {
    const tokens = this.#tokens;
    let content = '';
    while (tokens.hasNext()) {
      if (tokens.canConsume('"')) break;
      content += tokens.next();
    }
    return parseAsTemporal(content) ?? { schema: Schemas.STRING, value: content };
  }

  #parseArray(): SchemaAndValue {
    const tokens = this.#tokens;
    const elements: (SchemaAndValue | null)[] = [];
    const elementSchema = new SchemaMerger();
    while (tokens.hasNext()) {
      if (tokens.canConsume(']')) {
        const common = elementSchema.schema;
        if (common === null) {
          return {
            schema: ARRAY_OF_NULL,
            value: elements.map((e) => normalize(e?.value ?? null, e?.schema, null)),
          };
        }
        return {
          schema: new ConnectSchema({ type: 'ARRAY', valueSchema: common }),
          value: elements.map((e) => align(common, e)),
        };
      }
      if (tokens.canConsume(',')) {
        throw new DataException(`Unable to parse an empty array element: ${tokens.original}`);
      }
      const element = this.parse(true);
      elementSchema.merge(element);
      elements.push(element);
      const position = tokens.mark();
      if (tokens.canConsume(']')) tokens.rewindTo(position);
      else if (!tokens.canConsume(',')) throw new DataException("Array elements missing ',' delimiter");
    }
    if (tokens.previous() === ',') {
      throw new DataException(`Array is missing element after ',': ${tokens.original}`);
    }
    throw new DataException(`Array is missing terminating ']': ${tokens.original}`);
  }

  #parseMap(): SchemaAndValue {
    const tokens = this.#tokens;
    // By key value (a LinkedHashMap's put: a repeated key keeps its place and takes the new value).
    const entries = new Map<unknown, readonly [SchemaAndValue, SchemaAndValue | null]>();
    const keySchema = new SchemaMerger();
    const valueSchema = new SchemaMerger();
    while (tokens.hasNext()) {
      if (tokens.canConsume('}')) {
        const keys = keySchema.schema;
        const values = valueSchema.schema;
        const result = new Map<unknown, unknown>();
        for (const [key, value] of entries.values()) {
          result.set(
            keys === null ? normalize(key.value, key.schema, null) : align(keys, key),
            keys === null || values === null
              ? normalize(value?.value ?? null, value?.schema, null)
              : align(values, value),
          );
        }
        let schema = MAP_OF_NULL;
        if (keys !== null && values !== null) {
          schema = new ConnectSchema({ type: 'MAP', keySchema: keys, valueSchema: values });
        } else if (keys !== null) {
          schema = new ConnectSchema({ type: 'MAP', keySchema: keys });
        }
        return { schema, value: result };
      }
      if (tokens.canConsume(',')) {
        throw new DataException(`Unable to parse a map entry with no key or value: ${tokens.original}`);
      }
      const key = this.parse(true);
      if (key === null || key.value === null) {
        throw new DataException(`Map entry may not have a null key: ${tokens.original}`);
      }
      if (!tokens.canConsume(':')) {
        throw new DataException(`Map entry is missing ':' at ${tokens.position()} in ${tokens.original}`);
      }
      const value = this.parse(true);
      const lookup = javaMapKey(key.value);
      const previous = entries.get(lookup);
      entries.set(lookup, [previous === undefined ? key : previous[0], value]);
      tokens.canConsume(',');
      keySchema.merge(key);
      valueSchema.merge(value);
    }
    if (tokens.previous() === ',') {
      throw new DataException(`Map is missing element after ',': ${tokens.original}`);
    }
    throw new DataException(`Map is missing terminating '}': ${tokens.original}`);
  }
}

/**
 * `Values.parseString(text)`: the inferred schema and value. `null` (the literal) and null text give
 * {schema: null, value: null} (Apache returns a null SchemaAndValue, which Connect's headers store as that).
 */
export function parseString(text: string | null): SchemaAndValue {
  if (text === null) return SCHEMA_AND_VALUE_NULL;
  if (text.length === 0) return { schema: Schemas.STRING, value: text };
  return new ValueParser(new ValuesTokenizer(text)).parse(false) ?? SCHEMA_AND_VALUE_NULL;
}
