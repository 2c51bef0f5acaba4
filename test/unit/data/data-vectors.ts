/**
 * Expected outputs produced by Apache Kafka Connect 4.1.1 (connect-json / connect-runtime jars, Jackson 2.19,
 * JDK 25) for the inputs named by each key. Generated data: do not edit by hand.
 */
import type { Vector } from '../json/vector-support.ts';

export const DATA_VECTORS: Readonly<Record<string, Vector>> = {
  'struct put unknown field': { error: 'DataException', message: 'nope is not a valid field name' },
  'struct put wrong type': {
    error: 'DataException',
    message: 'Invalid Java object for schema with type INT8: class java.lang.Integer for field: "i8"',
  },
  'struct put string for int64': {
    error: 'DataException',
    message: 'Invalid Java object for schema with type INT64: class java.lang.String for field: "i64"',
  },
  'struct put required null': {
    error: 'DataException',
    message: 'Invalid value: null used for required field: "i8", schema type: INT8',
  },
  'struct put array elem wrong': {
    error: 'DataException',
    message:
      'Invalid Java object for schema with type INT32: class java.lang.String for element of array field: "arr"',
  },
  'struct put array elem null': {
    error: 'DataException',
    message: 'Invalid value: null used for required element of array field: "arr", schema type: INT32',
  },
  'struct put map key wrong': {
    error: 'DataException',
    message:
      'Invalid Java object for schema with type STRING: class java.lang.Integer for key of map field: "map"',
  },
  'struct put map value wrong': {
    error: 'DataException',
    message:
      'Invalid Java object for schema with type INT32: class java.lang.String for value of map field: "map"',
  },
  'struct put decimal wrong': {
    error: 'DataException',
    message:
      'Invalid Java object for schema "org.apache.kafka.connect.data.Decimal" with type BYTES: class java.lang.Double for field: "dec"',
  },
  'struct put date wrong': {
    error: 'DataException',
    message:
      'Invalid Java object for schema "org.apache.kafka.connect.data.Date" with type INT32: class java.lang.Long for field: "day"',
  },
  'struct validate missing': {
    error: 'DataException',
    message: 'Invalid value: null used for required field: "i8", schema type: INT8',
  },
  'struct get wrong type': { error: 'DataException', message: "Field 'i8' is not of type INT32" },
  'struct get default': { ok: '4' },
  'struct get without default': { ok: 'null' },
  'struct getInt32 ignores default': { ok: 'null' },
  'struct of non-struct': { error: 'DataException', message: 'Not a struct schema: Schema{INT32}' },
  'struct of named non-struct': {
    error: 'DataException',
    message: 'Not a struct schema: Schema{org.apache.kafka.connect.data.Decimal:BYTES}',
  },
  'struct toString': { ok: 'Struct{i8=1,i64=2,str=x,arr=[1, 2],dec=1.25}' },
  'struct nested mismatch': { error: 'DataException', message: 'Struct schemas do not match.' },
  'struct equals': { ok: 'true' },
  'builder name twice': {
    error: 'SchemaBuilderException',
    message: 'Invalid SchemaBuilder call: name has already been set.',
  },
  'builder optional then required': {
    error: 'SchemaBuilderException',
    message: 'Invalid SchemaBuilder call: optional has already been set.',
  },
  'builder version twice': {
    error: 'SchemaBuilderException',
    message: 'Invalid SchemaBuilder call: version has already been set.',
  },
  'builder doc twice': {
    error: 'SchemaBuilderException',
    message: 'Invalid SchemaBuilder call: doc has already been set.',
  },
  'builder default twice': {
    error: 'SchemaBuilderException',
    message: 'Invalid SchemaBuilder call: default has already been set.',
  },
  'builder bad default': {
    error: 'SchemaBuilderException',
    message: 'Invalid default value',
    cause: 'DataException:Invalid Java object for schema with type INT32: class java.lang.String for value',
  },
  'builder field on int': { error: 'SchemaBuilderException', message: 'Cannot create fields on type INT32' },
  'builder field empty name': { error: 'SchemaBuilderException', message: 'fieldName cannot be null.' },
  'builder field null schema': {
    error: 'SchemaBuilderException',
    message: 'fieldSchema for field a cannot be null.',
  },
  'builder field duplicate': {
    error: 'SchemaBuilderException',
    message: 'Cannot create field because of field name duplication a',
  },
  'builder array null': { error: 'SchemaBuilderException', message: 'valueSchema cannot be null.' },
  'builder map null key': { error: 'SchemaBuilderException', message: 'keySchema cannot be null.' },
  'builder map null value': { error: 'SchemaBuilderException', message: 'valueSchema cannot be null.' },
  'builder fields on int': { error: 'DataException', message: 'Cannot list fields on non-struct type' },
  'schema toString named': { ok: 'Schema{org.apache.kafka.connect.data.Decimal:BYTES}' },
  'schema toString': { ok: 'Schema{INT32}' },
  'schema equals same shape': { ok: 'true' },
  'schema equals params order': { ok: 'true' },
  'schema equals differs optional': { ok: 'false' },
  'decimal from bytes': { ok: '-0.256' },
  'decimal scale missing': {
    error: 'DataException',
    message: 'Invalid Decimal schema: scale parameter not found.',
  },
  'date toLogical': { ok: '-259200000' },
  'date wrong schema': {
    error: 'DataException',
    message: 'Requested conversion of Date object but the schema does not match.',
  },
  'date negative': { ok: '-3' },
  'time wrong schema': {
    error: 'DataException',
    message: 'Requested conversion of Time object but the schema does not match.',
  },
  'time toLogical wrong schema': {
    error: 'DataException',
    message: 'Requested conversion of Date object but the schema does not match.',
  },
  'timestamp wrong schema': {
    error: 'DataException',
    message: 'Requested conversion of Timestamp object but the schema does not match.',
  },
  'validate value location': {
    error: 'DataException',
    message: 'Invalid Java object for schema with type INT32: class java.lang.String for value',
  },
  'validate value named': {
    error: 'DataException',
    message:
      'Invalid Java object for schema "org.apache.kafka.connect.data.Decimal" with type BYTES: class java.lang.String for value',
  },
  'list toString': { ok: '[1, a, null, [2.5], Thu Jan 01 00:00:00 UTC 1970]' },
};
