import { describe, expect, it } from 'vitest';
import { schemaEquals } from '../../../shared/data/equality.ts';
import { SchemaBuilderException } from '../../../shared/data/errors.ts';
import { Decimal } from '../../../shared/data/logical-types.ts';
import { type Schema, Schemas, schemaField, schemaToString } from '../../../shared/data/schema.ts';
import { SchemaBuilder } from '../../../shared/data/schema-builder.ts';
import { Struct } from '../../../shared/data/struct.ts';
import { validateValue } from '../../../shared/data/validate.ts';
import { expectError, vector } from '../json/vector-support.ts';
import { DATA_VECTORS } from './data-vectors.ts';

describe('SchemaBuilder', () => {
  it('builds an immutable schema with every property', () => {
    const schema = SchemaBuilder.struct()
      .name('com.example.Rec')
      .version(2)
      .doc('d')
      .parameter('p', 'v')
      .field('id', Schemas.INT32)
      .field('tags', SchemaBuilder.array(Schemas.STRING).optional().build())
      .optional()
      .build();
    expect(schema).toMatchObject({
      type: 'STRUCT',
      optional: true,
      name: 'com.example.Rec',
      version: 2,
      doc: 'd',
    });
    expect(schema.parameters).toEqual({ p: 'v' });
    expect(schema.fields?.map((f) => [f.name, f.index])).toEqual([
      ['id', 0],
      ['tags', 1],
    ]);
    expect(schemaField(schema, 'tags')?.schema.valueSchema).toBe(Schemas.STRING);
    expect(Object.isFrozen(schema)).toBe(true);
  });

  it.each([
    ['builder name twice', () => SchemaBuilder.string().name('a').name('b')],
    ['builder optional then required', () => SchemaBuilder.string().optional().required()],
    ['builder version twice', () => SchemaBuilder.string().version(1).version(2)],
    ['builder doc twice', () => SchemaBuilder.string().doc('a').doc('b')],
    ['builder default twice', () => SchemaBuilder.string().defaultValue('a').defaultValue('b')],
    ['builder bad default', () => SchemaBuilder.int32().defaultValue('x')],
    ['builder field on int', () => SchemaBuilder.int32().field('a', Schemas.INT32)],
    ['builder field empty name', () => SchemaBuilder.struct().field('', Schemas.INT32)],
    ['builder field null schema', () => SchemaBuilder.struct().field('a', null as unknown as Schema)],
    [
      'builder field duplicate',
      () => SchemaBuilder.struct().field('a', Schemas.INT32).field('a', Schemas.INT32),
    ],
    ['builder array null', () => SchemaBuilder.array(null as unknown as Schema)],
    ['builder map null key', () => SchemaBuilder.map(null as unknown as Schema, Schemas.INT32)],
    ['builder map null value', () => SchemaBuilder.map(Schemas.INT32, null as unknown as Schema)],
    ['builder fields on int', () => SchemaBuilder.int32().fields],
  ] as const)('%s', (name, run) => {
    const expected = vector(DATA_VECTORS, name);
    const error = expectError(run, expected);
    if (expected.cause !== undefined) expect(String(error.cause).replace(': ', ':')).toBe(expected.cause);
  });

  it('allows setting the same value twice, like Apache does for identical references', () => {
    expect(() => SchemaBuilder.string().name('a').name('a').optional().optional()).not.toThrow();
  });

  it('cannot give a STRUCT builder a struct default (Apache compares the struct’s schema with the builder)', () => {
    const inner = SchemaBuilder.struct().field('x', Schemas.INT32).build();
    const run = () =>
      SchemaBuilder.struct().field('x', Schemas.INT32).defaultValue(new Struct(inner).put('x', 1));
    expect(run).toThrow(SchemaBuilderException);
    expect(run).toThrow('Invalid default value');
  });

  it('has Apache’s predefined schemas', () => {
    expect(Schemas.OPTIONAL_STRING).toMatchObject({ type: 'STRING', optional: true });
    expect(Schemas.INT64).toMatchObject({ type: 'INT64', optional: false });
  });
});

describe('schemas', () => {
  it('print like Java', () => {
    expect(schemaToString(Decimal.schema(2))).toBe(vector(DATA_VECTORS, 'schema toString named').ok);
    expect(String(Schemas.INT32)).toBe(vector(DATA_VECTORS, 'schema toString').ok);
  });

  it('compare structurally, parameters without regard to order', () => {
    const a = SchemaBuilder.struct().field('a', Schemas.INT32).build();
    const b = SchemaBuilder.struct().field('a', Schemas.INT32).build();
    expect(schemaEquals(a, b)).toBe(vector(DATA_VECTORS, 'schema equals same shape').ok === 'true');
    const p1 = SchemaBuilder.string().parameter('a', '1').parameter('b', '2').build();
    const p2 = SchemaBuilder.string().parameter('b', '2').parameter('a', '1').build();
    expect(schemaEquals(p1, p2)).toBe(vector(DATA_VECTORS, 'schema equals params order').ok === 'true');
    expect(schemaEquals(Schemas.INT32, Schemas.OPTIONAL_INT32)).toBe(
      vector(DATA_VECTORS, 'schema equals differs optional').ok === 'true',
    );
  });

  it('validate values with Apache’s messages', () => {
    expectError(() => validateValue(Schemas.INT32, 'x'), vector(DATA_VECTORS, 'validate value location'));
    expectError(() => validateValue(Decimal.schema(1), 'x'), vector(DATA_VECTORS, 'validate value named'));
    expect(() => validateValue(Schemas.OPTIONAL_INT32, null)).not.toThrow();
    expect(() => validateValue(Schemas.INT32, 2 ** 31)).toThrow('class java.lang.Long for value');
    expect(() => validateValue(Schemas.INT32, 1.5)).toThrow('class java.lang.Double for value');
    expect(() => validateValue(Schemas.BYTES, Buffer.from('x'))).not.toThrow();
  });
});
