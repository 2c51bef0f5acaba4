/**
 * The parts of connect-api's `Values` utility the transformations use: `parseString` (InsertHeader reads
 * `value.literal` with it: booleans, the narrowest integer type, floats, decimals, ISO dates/times/timestamps,
 * arrays `[...]` and maps `{k:v}` with inferred element schemas, otherwise the string itself), the conversions it
 * aligns parsed elements with, and `dateFormatFor`.
 */
import { javaTrim } from '../config/java-text.ts';
import { BigDecimal } from '../data/big-decimal.ts';
import { DataException } from '../data/errors.ts';
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
import { ConnectSchema, type Schema, Schemas, type SchemaType, schemaToString } from '../data/schema.ts';
import type { SchemaAndValue } from '../data/schema-and-value.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { encodeBase64 } from '../json/base64.ts';
import { decimalToIntBits, parseDecimalText } from '../json/decimal-text.ts';
import { decimalToFloat32 } from '../json/float32.ts';
import { javaDoubleToString, javaFloatToString } from '../json/java-number-format.ts';
import { type JavaType, javaClassString, javaTypeOf, longValue as numberLongValue } from './java-values.ts';
import { SimpleDateFormat } from './simple-date-format.ts';

const MILLIS_PER_DAY = 86_400_000;
const ISO_8601_DATE_FORMAT_PATTERN = 'yyyy-MM-dd';
const ISO_8601_TIME_FORMAT_PATTERN = "HH:mm:ss.SSS'Z'";
const ISO_8601_TIMESTAMP_FORMAT_PATTERN = `${ISO_8601_DATE_FORMAT_PATTERN}'T'${ISO_8601_TIME_FORMAT_PATTERN}`;
const ISO_8601_DATE_LENGTH = ISO_8601_DATE_FORMAT_PATTERN.length;
const ISO_8601_TIME_LENGTH = ISO_8601_TIME_FORMAT_PATTERN.length - 2;
const ISO_8601_TIMESTAMP_LENGTH = ISO_8601_TIMESTAMP_FORMAT_PATTERN.length - 4;

const NULL_SCHEMA_AND_VALUE: SchemaAndValue = Object.freeze({ schema: null, value: null });

const UNICODE_DIGIT = /\p{Nd}/gu;

/** Java's `Character.digit(c, 10)` for a Unicode decimal digit (digits come in contiguous runs of ten). */
function digitOf(c: string): string {
  const code = c.codePointAt(0) as number;
  let start = code;
  while (/^\p{Nd}$/u.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

/** `new BigDecimal(text)`: decimal text with any Unicode decimal digits; undefined where Java throws. */
export function parseJavaBigDecimal(text: string): BigDecimal | undefined {
  const ascii = text.replace(UNICODE_DIGIT, (c) => (c >= '0' && c <= '9' ? c : digitOf(c)));
  const parts = parseDecimalText(ascii);
  return parts === undefined ? undefined : new BigDecimal(parts.unscaled, parts.scale);
}

/** `Values.dateFormatFor(date)`: time-only before the second day, date-only at midnight, else a timestamp. */
export function dateFormatFor(date: Date): SimpleDateFormat {
  const millis = date.getTime();
  if (millis < MILLIS_PER_DAY) return new SimpleDateFormat(ISO_8601_TIME_FORMAT_PATTERN);
  if (millis % MILLIS_PER_DAY === 0) return new SimpleDateFormat(ISO_8601_DATE_FORMAT_PATTERN);
  return new SimpleDateFormat(ISO_8601_TIMESTAMP_FORMAT_PATTERN);
}

/** Java's `toString()` of a value of the given Java type. */
export function javaToString(value: unknown, type: JavaType): string {
  switch (type) {
    case 'Float':
      return javaFloatToString(value as number);
    case 'Double':
      return javaDoubleToString(value as number);
    case 'Byte':
    case 'Short':
    case 'Integer':
    case 'Long':
    case 'BigInteger':
      return String(value);
    default:
      return toJavaString(value);
  }
}

function describe(schema: Schema): string {
  return schemaToString(schema);
}

function unableToConvert(value: unknown, type: JavaType, target: string): DataException {
  return new DataException(
    `Unable to convert ${javaToString(value, type)} (${javaClassString(type)}) to ${target}`,
  );
}

/** `Values.asLong(value, null, null)`. */
function asLong(value: unknown, type: JavaType): bigint {
  if (typeIsNumber(type)) return numberLongValue(value, type);
  if (type === 'String') {
    const decimal = parseJavaBigDecimal(value as string);
    if (decimal !== undefined) return decimalToIntBits(decimal, 64);
  }
  throw unableToConvert(value, type, 'a number');
}

/** `Values.asDouble(value, null, null)`. */
function asDouble(value: unknown, type: JavaType): number {
  if (type === 'BigDecimal') return (value as BigDecimal).toNumber();
  if (typeIsNumber(type)) return Number(value);
  if (type === 'String') {
    const decimal = parseJavaBigDecimal(value as string);
    if (decimal !== undefined) return decimal.toNumber();
  }
  return Number(asLong(value, type));
}

function typeIsNumber(type: JavaType): boolean {
  return (
    type === 'Byte' ||
    type === 'Short' ||
    type === 'Integer' ||
    type === 'Long' ||
    type === 'Float' ||
    type === 'Double' ||
    type === 'BigDecimal' ||
    type === 'BigInteger'
  );
}

/** `Values.convertToString(null, value)`: values as Connect prints them (arrays and maps embedded). */
export function valuesToString(value: unknown, type: JavaType): string {
  return append(value, type, false);
}

function append(value: unknown, type: JavaType, embedded: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeIsNumber(type)) return javaToString(value, type);
  switch (type) {
    case 'Boolean':
      return String(value);
    case 'String':
      return embedded
        ? `"${(value as string).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
        : (value as string);
    case 'byte[]': {
      const text = encodeBase64(value as Uint8Array);
      return embedded ? `"${text}"` : text;
    }
    case 'List':
      return `[${(value as unknown[]).map((v) => append(v, elementType(v), true)).join(',')}]`;
    case 'Map': {
      const entries = value instanceof Map ? [...value] : Object.entries(value as object);
      return `{${entries.map(([k, v]) => `${append(k, elementType(k), true)}:${append(v, elementType(v), true)}`).join(',')}}`;
    }
    case 'Date':
      return dateFormatFor(value as Date).format((value as Date).getTime());
    default:
      return toJavaString(value);
  }
}

function elementType(value: unknown): JavaType {
  return javaTypeOf(value, null);
}

/**
 * `Values.convertTo(toSchema, null, value)` for a value whose own schema is `fromSchema` (used only to know its Java
 * type).
 */
function convertTo(toSchema: Schema, value: unknown, type: JavaType): unknown {
  if (value === null || value === undefined) {
    if (toSchema.optional) return null;
    throw new DataException('Unable to convert a null value to a schema that requires a value');
  }
  switch (toSchema.type) {
    case 'BYTES':
      if (toSchema.name === DECIMAL_LOGICAL_NAME) {
        if (type === 'byte[]') return Decimal.toLogical(toSchema, value as Uint8Array);
        if (type === 'BigDecimal') return value;
        if (typeIsNumber(type)) return BigDecimal.parse(javaDoubleToString(asDouble(value, type)));
        if (type === 'String') {
          const decimal = parseJavaBigDecimal(value as string);
          if (decimal !== undefined) return decimal;
        }
        throw unableToConvert(value, type, describe(toSchema));
      }
      if (type === 'byte[]') return value;
      if (type === 'BigDecimal') return Decimal.fromLogical(toSchema, value as BigDecimal);
      throw unableToConvert(value, type, describe(toSchema));
    case 'STRING':
      return valuesToString(value, type);
    case 'BOOLEAN':
      if (type === 'Boolean') return value;
      if (type === 'String') {
        const parsed = parseString(value as string);
        if (typeof parsed.value === 'boolean') return parsed.value;
      }
      return asLong(value, type) !== 0n;
    case 'INT8':
      return type === 'Byte' ? value : Number(BigInt.asIntN(8, asLong(value, type)));
    case 'INT16':
      return type === 'Short' ? value : Number(BigInt.asIntN(16, asLong(value, type)));
    case 'INT32':
      if (toSchema.name === DATE_LOGICAL_NAME || toSchema.name === TIME_LOGICAL_NAME) {
        return convertToDateOrTime(toSchema, value, type);
      }
      return type === 'Integer' ? value : Number(BigInt.asIntN(32, asLong(value, type)));
    case 'INT64':
      if (toSchema.name === TIMESTAMP_LOGICAL_NAME) {
        const parsedValue = type === 'String' ? parseString(value as string).value : value;
        if (parsedValue instanceof Date) return parsedValue;
        return ConnectTimestamp.toLogical(toSchema, asLong(parsedValue, javaTypeOf(parsedValue, null)));
      }
      return type === 'Long' ? value : asLong(value, type);
    case 'FLOAT32':
      return type === 'Float' ? value : Math.fround(asDouble(value, type));
    case 'FLOAT64':
      return type === 'Double' ? value : asDouble(value, type);
    case 'ARRAY': {
      const v = type === 'String' ? parseString(value as string).value : value;
      if (Array.isArray(v)) return v;
      throw unableToConvert(v, javaTypeOf(v, null), describe(toSchema));
    }
    case 'MAP': {
      const v = type === 'String' ? parseString(value as string).value : value;
      if (javaTypeOf(v, null) === 'Map') return v;
      throw unableToConvert(v, javaTypeOf(v, null), describe(toSchema));
    }
    case 'STRUCT':
      if (type === 'Struct') return value;
      throw unableToConvert(value, type, describe(toSchema));
  }
}

function convertToDateOrTime(toSchema: Schema, value: unknown, type: JavaType): Date {
  let v = value;
  let t = type;
  if (t === 'String') {
    const parsed = parseString(v as string);
    v = parsed.value;
    t = v === null ? 'Object' : javaTypeOf(v, parsed.schema);
  }
  if (v instanceof Date) return v;
  const numeric = Number(BigInt.asIntN(32, asLong(v, t)));
  return toSchema.name === DATE_LOGICAL_NAME
    ? ConnectDate.toLogical(toSchema, numeric)
    : ConnectTime.toLogical(toSchema, numeric);
}

// ---------------------------------------------------------------------------------------------------------------
// Tokenizer (Values.Parser)

const DELIMITERS = new Set([':', ',', '{', '}', '[', ']', '"']);

function isBlank(text: string | null): boolean {
  return text === null || javaTrim(text).length === 0;
}

class Parser {
  readonly original: string;
  private index = 0;
  private nextToken: string | null = null;
  private previousToken: string | null = null;

  constructor(original: string) {
    this.original = original;
  }

  position(): number {
    return this.index;
  }

  mark(): number {
    return this.index - (this.nextToken?.length ?? 0);
  }

  rewindTo(position: number): void {
    this.index = position;
    this.nextToken = null;
    this.previousToken = null;
  }

  hasNext(): boolean {
    return this.nextToken !== null || this.canConsumeNextToken();
  }

  private canConsumeNextToken(): boolean {
    return this.original.length > this.index;
  }

  next(): string {
    if (this.nextToken !== null) {
      this.previousToken = this.nextToken;
      this.nextToken = null;
    } else {
      this.previousToken = this.consumeNextToken();
    }
    return this.previousToken;
  }

  nextN(n: number): string | null {
    const current = this.mark();
    const start = this.mark();
    for (let i = 0; i !== n; i++) {
      if (!this.hasNext()) {
        this.rewindTo(start);
        return null;
      }
      this.next();
    }
    return this.original.slice(current, this.position());
  }

  private consumeNextToken(): string {
    let escaped = false;
    const start = this.index;
    while (this.canConsumeNextToken()) {
      const c = this.original.charAt(this.index);
      if (c === '\\') {
        escaped = !escaped;
      } else if (DELIMITERS.has(c)) {
        if (!escaped) {
          if (start < this.index) return this.original.slice(start, this.index);
          this.index++;
          return this.original.slice(start, start + 1);
        }
        escaped = false;
      } else {
        escaped = false;
      }
      this.index++;
    }
    return this.original.slice(start, this.index);
  }

  previous(): string | null {
    return this.previousToken;
  }

  canConsume(expected: string): boolean {
    if (this.isNext(expected)) {
      this.nextToken = null;
      return true;
    }
    return false;
  }

  private isNext(expected: string): boolean {
    if (this.nextToken === null) {
      if (!this.hasNext()) return false;
      this.nextToken = this.consumeNextToken();
    }
    while (isBlank(this.nextToken) && this.canConsumeNextToken()) this.nextToken = this.consumeNextToken();
    return javaTrim(this.nextToken as string) === expected;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Schema inference (Values.SchemaMerger)

const NUMERIC_ORDER: Partial<Record<SchemaType, number>> = {
  INT8: 0,
  INT16: 1,
  INT32: 2,
  INT64: 3,
  FLOAT32: 4,
  FLOAT64: 5,
};

function mergeSchemas(previous: Schema, next: Schema): Schema | null {
  if (previous.type !== next.type) {
    const a = NUMERIC_ORDER[previous.type];
    const b = NUMERIC_ORDER[next.type];
    if (a === undefined || b === undefined) return null;
    return b > a ? next : previous;
  }
  if (previous.optional === next.optional) return previous.optional ? previous : next;
  return null;
}

class SchemaMerger {
  private common: Schema | null = null;
  private compatible = true;

  merge(latest: SchemaAndValue | null): void {
    if (latest === null || latest.schema === null || !this.compatible) return;
    if (this.common === null) {
      this.common = latest.schema;
    } else {
      this.common = mergeSchemas(this.common, latest.schema);
      this.compatible = this.common !== null;
    }
  }

  schema(): Schema | null {
    return this.common;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Values.ValueParser

const TRUE: SchemaAndValue = Object.freeze({ schema: Schemas.BOOLEAN, value: true });
const FALSE: SchemaAndValue = Object.freeze({ schema: Schemas.BOOLEAN, value: false });
const BIGGER_THAN_LONG = 10n ** 19n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function isJavaDigit(c: string): boolean {
  return /^\p{Nd}$/u.test(c);
}

function parseAsTemporal(text: string | null): SchemaAndValue | null {
  if (text === null) return null;
  const token = text.replaceAll('\\:', ':');
  switch (token.length) {
    case ISO_8601_TIME_LENGTH:
      return parseAsTemporalType(token, LogicalSchemas.TIME, ISO_8601_TIME_FORMAT_PATTERN);
    case ISO_8601_TIMESTAMP_LENGTH:
      return parseAsTemporalType(token, LogicalSchemas.TIMESTAMP, ISO_8601_TIMESTAMP_FORMAT_PATTERN);
    case ISO_8601_DATE_LENGTH:
      return parseAsTemporalType(token, LogicalSchemas.DATE, ISO_8601_DATE_FORMAT_PATTERN);
    default:
      return null;
  }
}

function parseAsTemporalType(token: string, schema: Schema, pattern: string): SchemaAndValue | null {
  const parsed = new SimpleDateFormat(pattern).parse(token, 0);
  if (parsed === null || parsed.next === 0) return null;
  return { schema, value: new Date(parsed.millis) };
}

/** The exact integer schema for a whole number within a long, or null. */
function parseAsExactDecimal(decimal: BigDecimal): SchemaAndValue | null {
  const unscaledAbs = decimal.unscaled < 0n ? -decimal.unscaled : decimal.unscaled;
  const abs = new BigDecimal(unscaledAbs, decimal.scale);
  if (abs.compareTo(new BigDecimal(BIGGER_THAN_LONG)) > 0) return null;
  if (abs.compareTo(new BigDecimal(1n)) < 0 && unscaledAbs !== 0n) return null;
  let integral: bigint;
  if (decimal.scale <= 0) integral = decimal.unscaled * 10n ** BigInt(-decimal.scale);
  else {
    const divisor = 10n ** BigInt(decimal.scale);
    if (decimal.unscaled % divisor !== 0n) return null;
    integral = decimal.unscaled / divisor;
  }
  if (integral < LONG_MIN || integral > LONG_MAX) return null;
  if (integral >= -128n && integral <= 127n) return { schema: Schemas.INT8, value: Number(integral) };
  if (integral >= -32768n && integral <= 32767n) return { schema: Schemas.INT16, value: Number(integral) };
  if (integral >= -2147483648n && integral <= 2147483647n)
    return { schema: Schemas.INT32, value: Number(integral) };
  return { schema: Schemas.INT64, value: integral };
}

/** `parseAsNumber`; null where Java's BigDecimal constructor throws NumberFormatException. */
function parseAsNumber(token: string): SchemaAndValue | null {
  const decimal = parseJavaBigDecimal(token);
  if (decimal === undefined) return null;
  const parts = { unscaled: decimal.unscaled, scale: decimal.scale };
  const exact = parseAsExactDecimal(decimal);
  if (exact !== null) return exact;
  const f = decimalToFloat32(parts);
  const d = decimal.toNumber();
  if (Number.isFinite(f) && decimal.scale !== 0) return { schema: Schemas.FLOAT32, value: f };
  if (Number.isFinite(d) && decimal.scale !== 0) return { schema: Schemas.FLOAT64, value: d };
  return { schema: Decimal.schema(decimal.scale), value: decimal };
}

class ValueParser {
  private readonly parser: Parser;

  constructor(parser: Parser) {
    this.parser = parser;
  }

  private canParseSingleTokenLiteral(embedded: boolean, literal: string): boolean {
    const start = this.parser.mark();
    if (this.parser.canConsume(literal) && (embedded || !this.parser.hasNext())) return true;
    this.parser.rewindTo(start);
    return false;
  }

  parse(embedded: boolean): SchemaAndValue | null {
    const p = this.parser;
    if (!p.hasNext()) return null;
    if (embedded && p.canConsume('"')) return this.parseQuotedString();
    if (this.canParseSingleTokenLiteral(embedded, 'null')) return null;
    if (this.canParseSingleTokenLiteral(embedded, 'true')) return TRUE;
    if (this.canParseSingleTokenLiteral(embedded, 'false')) return FALSE;
    const start = p.mark();
    try {
      if (p.canConsume('[')) return this.parseArray();
      if (p.canConsume('{')) return this.parseMap();
    } catch (e) {
      if (!(e instanceof DataException)) throw e;
      p.rewindTo(start);
    }
    const token = p.next();
    if (isBlank(token)) return { schema: Schemas.STRING, value: token };
    return this.parseNextToken(embedded, javaTrim(token));
  }

  private parseNextToken(embedded: boolean, token: string): SchemaAndValue {
    const first = token.charAt(0);
    const firstIsDigit = isJavaDigit(first);
    if (firstIsDigit) {
      const temporal = this.parseMultipleTokensAsTemporal(token);
      if (temporal !== null) return temporal;
    }
    if (firstIsDigit || first === '+' || first === '-') {
      const number = parseAsNumber(token);
      if (number !== null) return number;
    }
    if (embedded) throw new DataException('Failed to parse embedded value');
    return { schema: Schemas.STRING, value: this.parser.original };
  }

  private parseQuotedString(): SchemaAndValue {
    const p = this.parser;
    let content = '';
    while (p.hasNext()) {
      if (p.canConsume('"')) break;
      content += p.next();
    }
    return parseAsTemporal(content) ?? { schema: Schemas.STRING, value: content };
  }

  private parseArray(): SchemaAndValue {
    const p = this.parser;
    const elements: (SchemaAndValue | null)[] = [];
    const merger = new SchemaMerger();
    while (p.hasNext()) {
      if (p.canConsume(']')) {
        const common = merger.schema();
        if (common === null) {
          return { schema: new ConnectSchema({ type: 'ARRAY' }), value: elements.map(untyped) };
        }
        const schema = SchemaBuilder.array(common).build();
        return {
          schema,
          value: elements.map((e) => convertTo(common, e?.value ?? null, elementJavaType(e))),
        };
      }
      if (p.canConsume(',')) throw new DataException(`Unable to parse an empty array element: ${p.original}`);
      const element = this.parse(true);
      merger.merge(element);
      elements.push(element);
      const position = p.mark();
      if (p.canConsume(']')) p.rewindTo(position);
      else if (!p.canConsume(',')) throw new DataException("Array elements missing ',' delimiter");
    }
    if (p.previous() === ',') throw new DataException(`Array is missing element after ',': ${p.original}`);
    throw new DataException(`Array is missing terminating ']': ${p.original}`);
  }

  private parseMap(): SchemaAndValue {
    const p = this.parser;
    const entries: [SchemaAndValue, SchemaAndValue | null][] = [];
    const keyMerger = new SchemaMerger();
    const valueMerger = new SchemaMerger();
    while (p.hasNext()) {
      if (p.canConsume('}')) return mapResult(entries, keyMerger.schema(), valueMerger.schema());
      if (p.canConsume(',')) {
        throw new DataException(`Unable to parse a map entry with no key or value: ${p.original}`);
      }
      const key = this.parse(true);
      if (key === null || key.value === null) {
        throw new DataException(`Map entry may not have a null key: ${p.original}`);
      }
      if (!p.canConsume(':')) {
        throw new DataException(`Map entry is missing ':' at ${p.position()} in ${p.original}`);
      }
      const value = this.parse(true);
      const existing = entries.findIndex(([k]) => sameMapKey(k.value, key.value));
      if (existing >= 0) (entries[existing] as [SchemaAndValue, SchemaAndValue | null])[1] = value;
      else entries.push([key, value]);
      p.canConsume(',');
      keyMerger.merge(key);
      valueMerger.merge(value);
    }
    if (p.previous() === ',') throw new DataException(`Map is missing element after ',': ${p.original}`);
    throw new DataException(`Map is missing terminating '}': ${p.original}`);
  }

  private parseMultipleTokensAsTemporal(token: string): SchemaAndValue | null {
    const p = this.parser;
    const position = p.mark();
    const remainder = p.nextN(4);
    if (remainder !== null) {
      const temporal = parseAsTemporal(token + remainder);
      if (temporal !== null) return temporal;
    }
    p.rewindTo(position);
    return parseAsTemporal(token);
  }
}

function sameMapKey(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof BigDecimal && b instanceof BigDecimal) return a.equals(b);
  return a === b;
}

/**
 * A parsed value kept without a schema: Java keeps its Byte/Short/Integer/Long, which in schemaless data are bigints
 * here (so they are written as JSON integers, as Java writes them).
 */
function untyped(element: SchemaAndValue | null): unknown {
  if (element === null || element.value === null) return null;
  const type = elementJavaType(element);
  if (type === 'Byte' || type === 'Short' || type === 'Integer') return BigInt(element.value as number);
  return element.value;
}

function elementJavaType(element: SchemaAndValue | null): JavaType {
  return element === null || element.value === null ? 'Object' : javaTypeOf(element.value, element.schema);
}

function mapResult(
  entries: readonly [SchemaAndValue, SchemaAndValue | null][],
  keySchema: Schema | null,
  valueSchema: Schema | null,
): SchemaAndValue {
  if (keySchema !== null && valueSchema !== null) {
    const value = new Map<unknown, unknown>();
    for (const [k, v] of entries) {
      value.set(
        convertTo(keySchema, k.value, elementJavaType(k)),
        convertTo(valueSchema, v?.value ?? null, elementJavaType(v)),
      );
    }
    return { schema: SchemaBuilder.map(keySchema, valueSchema).build(), value };
  }
  if (keySchema !== null) {
    const value = new Map<unknown, unknown>();
    for (const [k, v] of entries)
      value.set(convertTo(keySchema, k.value, elementJavaType(k)), v?.value ?? null);
    return { schema: new ConnectSchema({ type: 'MAP', keySchema }), value };
  }
  return {
    schema: new ConnectSchema({ type: 'MAP' }),
    value: new Map(entries.map(([k, v]) => [untyped(k), untyped(v)])),
  };
}

/** `Values.parseString(value)`: the schema and value a string stands for (null text: no schema, no value). */
export function parseString(value: string | null): SchemaAndValue {
  if (value === null) return NULL_SCHEMA_AND_VALUE;
  if (value.length === 0) return { schema: Schemas.STRING, value };
  return new ValueParser(new Parser(value)).parse(false) ?? NULL_SCHEMA_AND_VALUE;
}
