import { describe, expect, it } from 'vitest';
import { BooleanConverter } from '../../../shared/converters/boolean-converter.ts';
import { ByteArrayConverter } from '../../../shared/converters/byte-array-converter.ts';
import { ConfigException } from '../../../shared/converters/errors.ts';
import { JsonConverter } from '../../../shared/converters/json-converter.ts';
import {
  DoubleConverter,
  FloatConverter,
  IntegerConverter,
  LongConverter,
  ShortConverter,
} from '../../../shared/converters/number-converters.ts';
import { converterRegistry, createConverter } from '../../../shared/converters/registry.ts';
import { StringConverter } from '../../../shared/converters/string-converter.ts';
import { Schemas } from '../../../shared/data/schema.ts';
import { utf8 } from '../json/vector-support.ts';

describe('converter registry', () => {
  it.each([
    ['org.apache.kafka.connect.json.JsonConverter', JsonConverter],
    ['JsonConverter', JsonConverter],
    ['Json', JsonConverter],
    ['org.apache.kafka.connect.storage.StringConverter', StringConverter],
    ['StringConverter', StringConverter],
    ['String', StringConverter],
    ['org.apache.kafka.connect.converters.ByteArrayConverter', ByteArrayConverter],
    ['ByteArrayConverter', ByteArrayConverter],
    ['ByteArray', ByteArrayConverter],
    ['org.apache.kafka.connect.converters.IntegerConverter', IntegerConverter],
    ['IntegerConverter', IntegerConverter],
    ['Integer', IntegerConverter],
    ['org.apache.kafka.connect.converters.LongConverter', LongConverter],
    ['Long', LongConverter],
    ['org.apache.kafka.connect.converters.FloatConverter', FloatConverter],
    ['Float', FloatConverter],
    ['org.apache.kafka.connect.converters.DoubleConverter', DoubleConverter],
    ['Double', DoubleConverter],
    ['org.apache.kafka.connect.converters.ShortConverter', ShortConverter],
    ['Short', ShortConverter],
    ['org.apache.kafka.connect.converters.BooleanConverter', BooleanConverter],
    ['BooleanConverter', BooleanConverter],
    ['Boolean', BooleanConverter],
  ] as const)('%s', (name, type) => {
    expect(converterRegistry.has(name)).toBe(true);
    expect(createConverter(name, {}, false)).toBeInstanceOf(type);
  });

  it('configures the converter it creates', () => {
    const json = createConverter(
      'org.apache.kafka.connect.json.JsonConverter',
      { 'schemas.enable': 'false' },
      true,
    );
    expect(utf8(json.fromConnectData('t', Schemas.INT32, 5) as Uint8Array)).toBe('5');
  });

  it('rejects an unknown class with Apache’s message', () => {
    expect(() => createConverter('com.example.Nope', {}, false)).toThrow(ConfigException);
    expect(() => createConverter('com.example.Nope', {}, true)).toThrow(
      'Invalid value com.example.Nope for configuration key.converter: Class com.example.Nope could not be found.',
    );
  });

  it('configures number converters as key or value converters (converter.type is theirs to set)', () => {
    const converter = createConverter('Integer', { 'converter.type': 'bogus' }, true);
    expect(converter.fromConnectData('t', Schemas.INT32, 1)).toEqual(Uint8Array.of(0, 0, 0, 1));
  });

  it('does not take header-only classes as key or value converters', () => {
    expect(converterRegistry.has('Simple')).toBe(false);
    expect(() =>
      createConverter('org.apache.kafka.connect.storage.SimpleHeaderConverter', {}, false),
    ).toThrow(
      'Class class org.apache.kafka.connect.storage.SimpleHeaderConverter does not implement the Converter interface',
    );
  });
});
