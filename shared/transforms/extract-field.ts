/**
 * ExtractField$Key / ExtractField$Value: replaces the key or value with one of its fields (a nested one with
 * `field.syntax.version=V2`), and the schema with that field's schema. Null values pass through (schemaful ones still
 * need the field to exist in the schema).
 */
import { ConfigDef, type RawConfig } from '../config/config-def.ts';
import { IllegalArgumentException } from './errors.ts';
import { appendFieldSyntaxVersion, fieldSyntaxVersionFrom, SingleFieldPath } from './field-path.ts';
import { REPLACE_NULL_WITH_DEFAULT_DOC } from './insert-field.ts';
import {
  keyValueTransformations,
  lazyConfigDef,
  type RecordSide,
  TRANSFORMS_PACKAGE,
  type Transformation,
} from './plugin.ts';
import { requireMapOrNull, requireStructOrNull } from './requirements.ts';
import { SimpleConfig } from './simple-config.ts';

export const EXTRACT_FIELD_CLASS = `${TRANSFORMS_PACKAGE}.ExtractField`;

const FIELD = 'field';
const REPLACE_NULL_WITH_DEFAULT = 'replace.null.with.default';
const PURPOSE = 'field extraction';

export const extractFieldConfigDef = lazyConfigDef(() =>
  appendFieldSyntaxVersion(
    new ConfigDef()
      .define({ name: FIELD, type: 'STRING', importance: 'MEDIUM', documentation: 'Field name to extract.' })
      .define({
        name: REPLACE_NULL_WITH_DEFAULT,
        type: 'BOOLEAN',
        defaultValue: true,
        importance: 'MEDIUM',
        documentation: REPLACE_NULL_WITH_DEFAULT_DOC,
      }),
  ),
);

function createExtractField(side: RecordSide, configs: RawConfig): Transformation {
  const config = new SimpleConfig(extractFieldConfigDef(), configs);
  const originalPath = config.getString(FIELD) as string;
  const path = new SingleFieldPath(originalPath, fieldSyntaxVersionFrom(config));
  const replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT);
  return {
    apply(record) {
      const schema = side.schema(record);
      if (schema === null) {
        const value = requireMapOrNull(side.value(record), PURPOSE);
        return side.newRecord(record, null, value === null ? null : path.valueFromMap(value));
      }
      const value = requireStructOrNull(side.value(record), PURPOSE, schema);
      const field = path.fieldFrom(schema);
      if (field === null) throw new IllegalArgumentException(`Unknown field: ${originalPath}`);
      return side.newRecord(
        record,
        field.schema,
        value === null ? null : path.valueFromStruct(value, replaceNullWithDefault),
      );
    },
  };
}

export const [EXTRACT_FIELD_KEY, EXTRACT_FIELD_VALUE] = keyValueTransformations(
  EXTRACT_FIELD_CLASS,
  extractFieldConfigDef,
  createExtractField,
);
