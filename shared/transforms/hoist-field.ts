/**
 * HoistField$Key / HoistField$Value: wraps the key or value in a Struct with one field (schema cached per input
 * schema), or in a one-entry map when there is no schema. Null values are wrapped too.
 */
import { ConfigDef, type RawConfig } from '../config/config-def.ts';
import { JavaHashMap } from '../config/java-hash-order.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { Struct } from '../data/struct.ts';
import {
  keyValueTransformations,
  lazyConfigDef,
  type RecordSide,
  TRANSFORMS_PACKAGE,
  type Transformation,
} from './plugin.ts';
import { SchemaCache } from './schema-util.ts';
import { SimpleConfig } from './simple-config.ts';

export const HOIST_FIELD_CLASS = `${TRANSFORMS_PACKAGE}.HoistField`;

export const hoistFieldConfigDef = lazyConfigDef(() =>
  new ConfigDef().define({
    name: 'field',
    type: 'STRING',
    importance: 'MEDIUM',
    documentation: 'Field name for the single field that will be created in the resulting Struct or Map.',
  }),
);

function createHoistField(side: RecordSide, configs: RawConfig): Transformation {
  const fieldName = new SimpleConfig(hoistFieldConfigDef(), configs).getString('field') as string;
  const cache = new SchemaCache();
  return {
    apply(record) {
      const schema = side.schema(record);
      const value = side.value(record);
      if (schema === null) {
        return side.newRecord(record, null, new JavaHashMap().put(fieldName, value).toMap());
      }
      const updatedSchema = cache.getOrBuild(schema, () =>
        SchemaBuilder.struct().field(fieldName, schema).build(),
      );
      return side.newRecord(record, updatedSchema, new Struct(updatedSchema).put(fieldName, value));
    },
  };
}

export const [HOIST_FIELD_KEY, HOIST_FIELD_VALUE] = keyValueTransformations(
  HOIST_FIELD_CLASS,
  hoistFieldConfigDef,
  createHoistField,
);
