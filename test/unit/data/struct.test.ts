import { describe, expect, it } from 'vitest';
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import { DataException } from '../../../shared/data/errors.ts';
import { ConnectDate, Decimal } from '../../../shared/data/logical-types.ts';
import { Schemas } from '../../../shared/data/schema.ts';
import { SchemaBuilder } from '../../../shared/data/schema-builder.ts';
import { Struct } from '../../../shared/data/struct.ts';
import { expectError, vector } from '../json/vector-support.ts';
import { DATA_VECTORS } from './data-vectors.ts';

const s = SchemaBuilder.struct()
  .name('com.example.S')
  .field('i8', Schemas.INT8)
  .field('i64', Schemas.INT64)
  .field('str', Schemas.OPTIONAL_STRING)
  .field('arr', SchemaBuilder.array(Schemas.INT32).build())
  .field('map', SchemaBuilder.map(Schemas.STRING, Schemas.INT32).optional().build())
  .field('dec', Decimal.schema(2))
  .field('day', ConnectDate.builder().build())
  .field('def', SchemaBuilder.int32().defaultValue(4).build())
  .build();

describe('Struct rejects bad values with Apache’s messages', () => {
  it.each([
    ['struct put unknown field', () => new Struct(s).put('nope', 1)],
    ['struct put wrong type', () => new Struct(s).put('i8', 300)],
    ['struct put string for int64', () => new Struct(s).put('i64', 'x')],
    ['struct put required null', () => new Struct(s).put('i8', null)],
    ['struct put array elem wrong', () => new Struct(s).put('arr', [1, 'x'])],
    ['struct put array elem null', () => new Struct(s).put('arr', [1, null])],
    ['struct put map key wrong', () => new Struct(s).put('map', new Map([[1, 1]]))],
    ['struct put map value wrong', () => new Struct(s).put('map', new Map([['a', 'b']]))],
    ['struct put decimal wrong', () => new Struct(s).put('dec', 1.5)],
    ['struct put date wrong', () => new Struct(s).put('day', 5n)],
    ['struct validate missing', () => new Struct(s).validate()],
    ['struct get wrong type', () => new Struct(s).getInt32('i8')],
    ['struct of non-struct', () => new Struct(Schemas.INT32)],
    ['struct of named non-struct', () => new Struct(Decimal.schema(2))],
    [
      'struct nested mismatch',
      () =>
        new Struct(SchemaBuilder.struct().field('n', s).build()).put(
          'n',
          new Struct(SchemaBuilder.struct().field('x', Schemas.INT32).build()),
        ),
    ],
  ] as const)('%s', (name, run) => {
    const error = expectError(run, vector(DATA_VECTORS, name));
    expect(error).toBeInstanceOf(DataException);
  });
});

describe('Struct values', () => {
  it('falls back to the field default only in get()', () => {
    const struct = new Struct(s);
    expect(struct.get('def')).toBe(4);
    expect(struct.getWithoutDefault('def')).toBeNull();
    expect(struct.getInt32('def')).toBeNull();
  });

  it('prints like Java', () => {
    const struct = new Struct(s)
      .put('i8', 1)
      .put('i64', 2)
      .put('str', 'x')
      .put('arr', [1, 2])
      .put('dec', BigDecimal.parse('1.25'));
    expect(String(struct)).toBe(vector(DATA_VECTORS, 'struct toString').ok);
  });

  it('stores INT64 numbers as bigint', () => {
    const struct = new Struct(s).put('i64', 5);
    expect(struct.getInt64('i64')).toBe(5n);
    expect(() => new Struct(s).put('i64', 2 ** 60)).toThrow(DataException);
    expect(new Struct(s).put('i64', 2n ** 62n).getInt64('i64')).toBe(2n ** 62n);
  });

  it('accepts plain objects as maps', () => {
    expect(() => new Struct(s).put('map', { a: 1 })).not.toThrow();
    expect(() => new Struct(s).put('map', { a: 'x' })).toThrow(DataException);
  });

  it('compares by schema and values', () => {
    expect(new Struct(s).put('i8', 1).equals(new Struct(s).put('i8', 1))).toBe(true);
    expect(new Struct(s).put('i8', 1).equals(new Struct(s).put('i8', 2))).toBe(false);
    const sameShape = SchemaBuilder.struct().field('a', Schemas.INT32).build();
    const otherShape = SchemaBuilder.struct().field('a', Schemas.INT32).build();
    expect(new Struct(sameShape).put('a', 1).equals(new Struct(otherShape).put('a', 1))).toBe(true);
    expect(
      new Struct(s)
        .put('arr', [1])
        .put('dec', BigDecimal.parse('1.00'))
        .equals(new Struct(s).put('arr', [1]).put('dec', BigDecimal.parse('1.0'))),
    ).toBe(false);
  });

  it('validates a complete struct', () => {
    const struct = new Struct(s)
      .put('i8', 1)
      .put('i64', 2n)
      .put('arr', [])
      .put('dec', BigDecimal.parse('0.10'))
      .put('day', new Date(0));
    expect(() => struct.validate()).not.toThrow();
  });
});
