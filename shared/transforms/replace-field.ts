/**
 * ReplaceField$Key / ReplaceField$Value: keeps (`include`), drops (`exclude`) and renames (`renames`, `old:new`)
 * fields of a Struct or a schemaless map. Apache 4.x no longer knows the old `whitelist`/`blacklist` names: like
 * any unknown key they are ignored. Null values pass through unchanged.
 */

import { javaSplit } from '../codecs/java-split.ts';
import { ConfigDef, ConfigException, type RawConfig } from '../config/config-def.ts';
import { JavaHashMap } from '../config/java-hash-order.ts';
import { LambdaValidator } from '../config/validators.ts';
import type { Schema } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { Struct } from '../data/struct.ts';
import { REPLACE_NULL_WITH_DEFAULT_DOC } from './insert-field.ts';
import {
  keyValueTransformations,
  lazyConfigDef,
  type RecordSide,
  TRANSFORMS_PACKAGE,
  type Transformation,
} from './plugin.ts';
import type { ConnectRecord } from './record.ts';
import { entriesOf, requireMap, requireStruct } from './requirements.ts';
import { copySchemaBasics, SchemaCache } from './schema-util.ts';
import { SimpleConfig } from './simple-config.ts';

export const REPLACE_FIELD_CLASS = `${TRANSFORMS_PACKAGE}.ReplaceField`;

const EXCLUDE = 'exclude';
const INCLUDE = 'include';
export const RENAMES = 'renames';
const REPLACE_NULL_WITH_DEFAULT = 'replace.null.with.default';

const PURPOSE = 'field replacement';

/** `parseRenameMappings`: `old:new` pairs into a HashMap (a repeated old name keeps the last mapping). */
export function parseRenameMappings(mappings: readonly string[]): JavaHashMap<string> {
  const result = new JavaHashMap<string>();
  for (const mapping of mappings) {
    const parts = javaSplit(mapping, ':');
    if (parts.length !== 2) {
      throw ConfigException.invalid(RENAMES, mappings, `Invalid rename mapping: ${mapping}`);
    }
    result.put(parts[0], parts[1] as string);
  }
  return result;
}

export const replaceFieldConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: EXCLUDE,
      type: 'LIST',
      defaultValue: [],
      importance: 'MEDIUM',
      documentation: 'Fields to exclude. This takes precedence over the fields to include.',
    })
    .define({
      name: INCLUDE,
      type: 'LIST',
      defaultValue: [],
      importance: 'MEDIUM',
      documentation: 'Fields to include. If specified, only these fields will be used.',
    })
    .define({
      name: RENAMES,
      type: 'LIST',
      defaultValue: [],
      validator: LambdaValidator.with(
        (_name, value) => {
          parseRenameMappings(value as readonly string[]);
        },
        () => 'list of colon-delimited pairs, e.g. <code>foo:bar,abc:xyz</code>',
      ),
      importance: 'MEDIUM',
      documentation: 'Field rename mappings.',
    })
    .define({
      name: REPLACE_NULL_WITH_DEFAULT,
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'MEDIUM',
      documentation: REPLACE_NULL_WITH_DEFAULT_DOC,
    }),
);

function createReplaceField(side: RecordSide, configs: RawConfig): Transformation {
  const config = new SimpleConfig(replaceFieldConfigDef(), configs);
  const exclude = new Set<unknown>(config.getList(EXCLUDE));
  const include = new Set<unknown>(config.getList(INCLUDE));
  const renameMap = parseRenameMappings(config.getList(RENAMES));
  const renames = renameMap.toMap();
  const reverseRenames = new Map<unknown, unknown>();
  for (const [from, to] of renameMap.entries()) reverseRenames.set(to, from);
  const replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT);
  const cache = new SchemaCache();

  const filter = (name: unknown) => !exclude.has(name) && (include.size === 0 || include.has(name));
  const renamed = (name: unknown) => renames.get(name) ?? name;
  const reverseRenamed = (name: string) => (reverseRenames.get(name) as string | undefined) ?? name;

  const makeUpdatedSchema = (schema: Schema): Schema => {
    const builder = copySchemaBasics(schema, SchemaBuilder.struct());
    for (const field of schema.fields ?? []) {
      if (filter(field.name)) builder.field(renamed(field.name) as string, field.schema);
    }
    return builder.build();
  };

  const applySchemaless = (record: ConnectRecord): ConnectRecord => {
    const value = requireMap(side.value(record), PURPOSE);
    const entries = entriesOf(value);
    const updated = new JavaHashMap(entries.length);
    for (const [name, fieldValue] of entries) {
      if (filter(name)) updated.put(renamed(name), fieldValue);
    }
    return side.newRecord(record, null, updated.toMap());
  };

  const applyWithSchema = (record: ConnectRecord): ConnectRecord => {
    const value = requireStruct(side.value(record), PURPOSE, side.schema(record));
    const updatedSchema = cache.getOrBuild(value.schema, () => makeUpdatedSchema(value.schema));
    const updated = new Struct(updatedSchema);
    for (const field of updatedSchema.fields ?? []) {
      const source = reverseRenamed(field.name);
      updated.put(field.name, replaceNullWithDefault ? value.get(source) : value.getWithoutDefault(source));
    }
    return side.newRecord(record, updatedSchema, updated);
  };

  return {
    apply(record) {
      if (side.value(record) === null) return record;
      if (side.schema(record) === null) return applySchemaless(record);
      return applyWithSchema(record);
    },
  };
}

export const [REPLACE_FIELD_KEY, REPLACE_FIELD_VALUE] = keyValueTransformations(
  REPLACE_FIELD_CLASS,
  replaceFieldConfigDef,
  createReplaceField,
);
