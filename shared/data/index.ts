/** The Connect data API: schemas, structs, logical types and their values. */

export { BigDecimal } from './big-decimal.ts';
export { isPlainObject, schemaEquals, valuesEqual } from './equality.ts';
export { ConnectException, DataException, SchemaBuilderException } from './errors.ts';
export { javaClassName } from './java-class.ts';
export { javaDateToString, toJavaString } from './java-string.ts';
export * from './logical-names.ts';
export { ConnectDate, ConnectTime, ConnectTimestamp, Decimal, LogicalSchemas } from './logical-types.ts';
export * from './schema.ts';
export { SCHEMA_AND_VALUE_NULL, type SchemaAndValue } from './schema-and-value.ts';
export { SchemaBuilder } from './schema-builder.ts';
export { Struct } from './struct.ts';
export { hasSchemaType, validateValue } from './validate.ts';
