/**
 * InsertHeader: appends a header named `header` whose schema and value are parsed from `value.literal` as Connect's
 * `Values.parseString` does (so "42" is an INT8, "true" a BOOLEAN, "[1,2]" an array, anything else a string).
 */
import { ConfigDef, type RawConfig } from '../config/config-def.ts';
import { NonNullValidator } from '../config/validators.ts';
import { lazyConfigDef, TRANSFORMS_PACKAGE, type Transformation, transformation } from './plugin.ts';
import { SimpleConfig } from './simple-config.ts';
import { parseString } from './values.ts';

export const INSERT_HEADER_CLASS = `${TRANSFORMS_PACKAGE}.InsertHeader`;

export const insertHeaderConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: 'header',
      type: 'STRING',
      validator: new NonNullValidator(),
      importance: 'HIGH',
      documentation: 'The name of the header.',
    })
    .define({
      name: 'value.literal',
      type: 'STRING',
      validator: new NonNullValidator(),
      importance: 'HIGH',
      documentation: 'The literal value that is to be set as the header value on all records.',
    }),
);

function createInsertHeader(configs: RawConfig): Transformation {
  const config = new SimpleConfig(insertHeaderConfigDef(), configs);
  const header = config.getString('header') as string;
  const literal = parseString(config.getString('value.literal'));
  return {
    apply(record) {
      const headers = record.headers.duplicate();
      headers.addSchemaAndValue(header, literal);
      return record.newRecord(
        record.topic,
        record.kafkaPartition,
        record.keySchema,
        record.key,
        record.valueSchema,
        record.value,
        record.timestamp,
        headers,
      );
    },
  };
}

export const INSERT_HEADER = transformation(INSERT_HEADER_CLASS, insertHeaderConfigDef, createInsertHeader);
