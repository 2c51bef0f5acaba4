import { describe, expect, it } from 'vitest';
import { ByteArrayConverter } from '../../../shared/converters/byte-array-converter.ts';
import { ConfigException } from '../../../shared/converters/errors.ts';
import { JsonConverter } from '../../../shared/converters/json-converter.ts';
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
});
