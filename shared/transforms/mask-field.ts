/**
 * MaskField$Key / MaskField$Value: replaces the listed fields with the empty value of their type (0, false, "",
 * empty list/map, epoch date), or with `replacement` converted to the field's numeric or string type. Unlike most
 * transformations it requires a Struct or map: null values fail.
 */
import { ConfigDef, type RawConfig } from '../config/config-def.ts';
import { JavaHashMap, javaHashSetOrder } from '../config/java-hash-order.ts';
import { NonEmptyString } from '../config/validators.ts';
import { BigDecimal } from '../data/big-decimal.ts';
import { DataException } from '../data/errors.ts';
import type { Schema } from '../data/schema.ts';
import { Struct } from '../data/struct.ts';
import { decimalToIntBits } from '../json/decimal-text.ts';
import { REPLACE_NULL_WITH_DEFAULT_DOC } from './insert-field.ts';
import { type JavaType, javaClassString, javaTypeOf, TRANSFORMS_HASH_SIZING } from './java-values.ts';
import { NonEmptyListValidator } from './non-empty-list-validator.ts';
import {
  keyValueTransformations,
  lazyConfigDef,
  type RecordSide,
  TRANSFORMS_PACKAGE,
  type Transformation,
} from './plugin.ts';
import { entriesOf, mapGet, requireMap, requireStruct } from './requirements.ts';
import { SimpleConfig } from './simple-config.ts';
import { parseJavaBigDecimal } from './values.ts';

export const MASK_FIELD_CLASS = `${TRANSFORMS_PACKAGE}.MaskField`;

const FIELDS = 'fields';
const REPLACEMENT = 'replacement';
const REPLACE_NULL_WITH_DEFAULT = 'replace.null.with.default';
const PURPOSE = 'mask fields';

export const maskFieldConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: FIELDS,
      type: 'LIST',
      validator: new NonEmptyListValidator(),
      importance: 'HIGH',
      documentation: 'Names of fields to mask.',
    })
    .define({
      name: REPLACEMENT,
      type: 'STRING',
      defaultValue: null,
      validator: new NonEmptyString(),
      importance: 'LOW',
      documentation:
        "Custom value replacement, that will be applied to all 'fields' values (numeric or non-empty string values only).",
    })
    .define({
      name: REPLACE_NULL_WITH_DEFAULT,
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'MEDIUM',
      documentation: REPLACE_NULL_WITH_DEFAULT_DOC,
    }),
);

/** Integral results are numbers in a Struct and bigints in schemaless maps (as JSON integers read back). */
function integral(value: bigint, bits: 8 | 16 | 32 | 64, schemaless: boolean): number | bigint {
  const narrowed = BigInt.asIntN(bits, value);
  return bits === 64 || schemaless ? narrowed : Number(narrowed);
}

/** `Values.asLong(replacement, null, null)`: the long value of decimal text. */
function replacementAsLong(replacement: string): bigint {
  const decimal = parseJavaBigDecimal(replacement);
  if (decimal === undefined) {
    throw new DataException(`Unable to convert ${replacement} (class java.lang.String) to a number`);
  }
  return decimalToIntBits(decimal, 64);
}

function replacementAsDouble(replacement: string): number {
  const decimal = parseJavaBigDecimal(replacement);
  if (decimal === undefined) {
    throw new DataException(`Unable to convert ${replacement} (class java.lang.String) to a number`);
  }
  return decimal.toNumber();
}

function notANumber(replacement: string): DataException {
  return new DataException(`Unable to convert ${replacement} (class java.lang.String) to number`);
}

function maskWithReplacement(type: JavaType, replacement: string, schemaless: boolean): unknown {
  switch (type) {
    case 'Byte':
      return integral(replacementAsLong(replacement), 8, schemaless);
    case 'Short':
      return integral(replacementAsLong(replacement), 16, schemaless);
    case 'Integer':
      return integral(replacementAsLong(replacement), 32, schemaless);
    case 'Long':
      return replacementAsLong(replacement);
    case 'Float':
      return Math.fround(replacementAsDouble(replacement));
    case 'Double':
      return replacementAsDouble(replacement);
    case 'String':
      return replacement;
    case 'BigDecimal': {
      const decimal = parseJavaBigDecimal(replacement);
      if (decimal === undefined) throw notANumber(replacement);
      return decimal;
    }
    case 'BigInteger':
      if (!/^[+-]?\d+$/.test(replacement)) throw notANumber(replacement);
      return BigInt(replacement);
    default:
      throw new DataException(`Cannot mask value of type ${javaClassString(type)} with custom replacement.`);
  }
}

function maskWithEmpty(type: JavaType, schemaless: boolean): unknown {
  switch (type) {
    case 'Boolean':
      return false;
    case 'Byte':
    case 'Short':
    case 'Integer':
      return schemaless ? 0n : 0;
    case 'Long':
    case 'BigInteger':
      return 0n;
    case 'Float':
    case 'Double':
      return 0;
    case 'BigDecimal':
      return new BigDecimal(0n, 0);
    case 'Date':
      return new Date(0);
    case 'String':
      return '';
    case 'List':
      return [];
    case 'Map':
      return new Map();
    default:
      throw new DataException(`Cannot mask value of type: ${javaClassString(type)}`);
  }
}

function createMaskField(side: RecordSide, configs: RawConfig): Transformation {
  const config = new SimpleConfig(maskFieldConfigDef(), configs);
  const maskedFields = javaHashSetOrder(config.getList(FIELDS), TRANSFORMS_HASH_SIZING);
  const masked = new Set<unknown>(maskedFields);
  const replacement = config.getString(REPLACEMENT);
  const replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT);

  const mask = (value: unknown, schema: Schema | null): unknown => {
    if (value === null || value === undefined) return null;
    const type = javaTypeOf(value, schema);
    return replacement === null
      ? maskWithEmpty(type, schema === null)
      : maskWithReplacement(type, replacement, schema === null);
  };

  return {
    apply(record) {
      const schema = side.schema(record);
      if (schema === null) {
        const value = requireMap(side.value(record), PURPOSE);
        const updated = JavaHashMap.copyOf(entriesOf(value), TRANSFORMS_HASH_SIZING);
        for (const field of maskedFields) updated.put(field, mask(mapGet(value, field), null));
        return side.newRecord(record, null, updated.toMap());
      }
      const value = requireStruct(side.value(record), PURPOSE, schema);
      const updated = new Struct(value.schema);
      for (const field of value.schema.fields ?? []) {
        const original = replaceNullWithDefault ? value.get(field) : value.getWithoutDefault(field.name);
        updated.put(field, masked.has(field.name) ? mask(original, field.schema) : original);
      }
      return side.newRecord(record, schema, updated);
    },
  };
}

export const [MASK_FIELD_KEY, MASK_FIELD_VALUE] = keyValueTransformations(
  MASK_FIELD_CLASS,
  maskFieldConfigDef,
  createMaskField,
);
