/**
 * JsonConverter, StringConverter and ByteArrayConverter used as header converters (configured the way Connect
 * configures a header converter: `configure(configs)` with `converter.type=header`), and createHeaderConverter,
 * against Apache Kafka 4.1.1 (fixtures/header-converter-vectors.json).
 */
import { describe, expect, it } from 'vitest';
import { ConfigException as ConfigDefException } from '../../../shared/config/config-def.ts';
import { BooleanConverter } from '../../../shared/converters/boolean-converter.ts';
import { ByteArrayConverter } from '../../../shared/converters/byte-array-converter.ts';
import { ConfigException, SerializationException } from '../../../shared/converters/errors.ts';
import type { HeaderConverter } from '../../../shared/converters/header-converter.ts';
import { JsonConverter } from '../../../shared/converters/json-converter.ts';
import {
  DoubleConverter,
  FloatConverter,
  IntegerConverter,
  LongConverter,
  ShortConverter,
} from '../../../shared/converters/number-converters.ts';
import {
  createConverter,
  createHeaderConverter,
  HEADER_CONVERTER_CLASS_NAMES,
  headerConverterRegistry,
} from '../../../shared/converters/registry.ts';
import { SimpleHeaderConverter } from '../../../shared/converters/simple-header-converter.ts';
import { StringConverter } from '../../../shared/converters/string-converter.ts';
import { Schemas } from '../../../shared/data/schema.ts';
import {
  expectRecordedConfigure,
  expectRecordedRead,
  expectRecordedWrite,
  fixture,
  type Recorded,
  recorded,
} from './header-support.ts';

const VECTORS = fixture<Record<string, Recorded>>('header-converter-vectors.json');
const utf8 = new TextEncoder();

function configured<T extends HeaderConverter>(converter: T, configs: Record<string, string> = {}): T {
  converter.configure({ 'converter.type': 'header', ...configs });
  return converter;
}

describe('JsonConverter as a header converter', () => {
  const json = configured(new JsonConverter());

  it.each([
    ['json header int32', Schemas.INT32, 42],
    ['json header string', Schemas.STRING, 'x'],
    ['json header null null', null, null],
    ['json header schemaless map', null, new Map([['a', 1n]])],
  ] as const)('%s', (name, schema, value) => {
    expectRecordedWrite(() => json.fromConnectHeader('t', 'h', schema, value), recorded(VECTORS, name));
  });

  it.each([
    ['json header read', '{"schema":{"type":"int32","optional":false},"payload":42}'],
    ['json header read bad', '42'],
  ])('%s', (name, input) => {
    expectRecordedRead(() => json.toConnectHeader('t', 'h', utf8.encode(input)), recorded(VECTORS, name));
  });

  it('json header read null', () => {
    expectRecordedRead(
      () => json.toConnectHeader('t', 'h', null),
      recorded(VECTORS, 'json header read null'),
    );
  });

  it('honours schemas.enable=false', () => {
    const plain = configured(new JsonConverter(), { 'schemas.enable': 'false' });
    expectRecordedWrite(
      () => plain.fromConnectHeader('t', 'h', Schemas.INT32, 42),
      recorded(VECTORS, 'json header no schemas int32'),
    );
    expectRecordedRead(
      () => plain.toConnectHeader('t', 'h', utf8.encode('42')),
      recorded(VECTORS, 'json header no schemas read'),
    );
  });

  it.each([
    ['json configure no type', {}],
    ['json configure type foo', { 'converter.type': 'foo' }],
    ['json configure bad schemas.enable', { 'converter.type': 'header', 'schemas.enable': 'maybe' }],
    ['json configure no type and bad schemas.enable', { 'schemas.enable': 'maybe' }],
    ['json configure bad decimal.format', { 'converter.type': 'header', 'decimal.format': 'hex' }],
  ] as const)('%s', (name, configs) => {
    expectRecordedConfigure(() => new JsonConverter().configure(configs), recorded(VECTORS, name));
  });
});

describe('StringConverter as a header converter', () => {
  const string = configured(new StringConverter());

  it.each([
    ['string header', Schemas.STRING, 'héllo'],
    ['string header int', Schemas.INT32, 42],
    ['string header null', Schemas.OPTIONAL_STRING, null],
  ] as const)('%s', (name, schema, value) => {
    expectRecordedWrite(() => string.fromConnectHeader('t', 'h', schema, value), recorded(VECTORS, name));
  });

  it('string header read', () => {
    expectRecordedRead(
      () => string.toConnectHeader('t', 'h', utf8.encode('héllo')),
      recorded(VECTORS, 'string header read'),
    );
  });

  it('uses converter.encoding, and the value.serializer.encoding override (a header converter is not a key)', () => {
    expectRecordedWrite(
      () =>
        configured(new StringConverter(), { 'converter.encoding': 'UTF-16' }).fromConnectHeader(
          't',
          'h',
          Schemas.STRING,
          'hé',
        ),
      recorded(VECTORS, 'string header utf16'),
    );
    const overridden = configured(new StringConverter(), {
      'converter.encoding': 'UTF-16',
      'value.serializer.encoding': 'ISO-8859-1',
      'key.serializer.encoding': 'UTF-16BE',
    });
    expectRecordedWrite(
      () => overridden.fromConnectHeader('t', 'h', Schemas.STRING, 'hé'),
      recorded(VECTORS, 'string header value.serializer.encoding'),
    );
  });

  it.each([
    ['string configure no type', {}],
    ['string configure type foo', { 'converter.type': 'foo' }],
  ] as const)('%s', (name, configs) => {
    expectRecordedConfigure(() => new StringConverter().configure(configs), recorded(VECTORS, name));
  });

  it('rejects an unknown encoding with a SerializationException naming it', () => {
    expect(recorded(VECTORS, 'string configure bad encoding').message).toBe('Unsupported encoding nope');
    const run = () => configured(new StringConverter(), { 'converter.encoding': 'nope' });
    expect(run).toThrow(SerializationException);
    expect(run).toThrow(/^Unsupported encoding nope/);
  });
});

describe('ByteArrayConverter as a header converter', () => {
  const bytes = configured(new ByteArrayConverter());

  it.each([
    ['bytearray header', Schemas.BYTES, Uint8Array.of(1, 2)],
    ['bytearray header wrong schema', Schemas.STRING, 'x'],
    ['bytearray header wrong value', null, 'x'],
  ] as const)('%s', (name, schema, value) => {
    expectRecordedWrite(() => bytes.fromConnectHeader('t', 'h', schema, value), recorded(VECTORS, name));
  });

  it('bytearray header read', () => {
    expectRecordedRead(
      () => bytes.toConnectHeader('t', 'h', Uint8Array.of(1, 2)),
      recorded(VECTORS, 'bytearray header read'),
    );
  });

  it('takes any configs, like SimpleHeaderConverter', () => {
    expectRecordedConfigure(
      () => new ByteArrayConverter().configure({}),
      recorded(VECTORS, 'bytearray configure no type'),
    );
    expectRecordedConfigure(
      () => new SimpleHeaderConverter().configure({ 'converter.type': 'foo' }),
      recorded(VECTORS, 'simple configure type foo'),
    );
  });
});

describe('createHeaderConverter', () => {
  it.each([
    ['org.apache.kafka.connect.storage.SimpleHeaderConverter', SimpleHeaderConverter],
    ['SimpleHeaderConverter', SimpleHeaderConverter],
    ['Simple', SimpleHeaderConverter],
    ['org.apache.kafka.connect.json.JsonConverter', JsonConverter],
    ['JsonConverter', JsonConverter],
    ['Json', JsonConverter],
    ['String', StringConverter],
    ['StringConverter', StringConverter],
    ['ByteArray', ByteArrayConverter],
    ['org.apache.kafka.connect.converters.IntegerConverter', IntegerConverter],
    ['Integer', IntegerConverter],
    ['LongConverter', LongConverter],
    ['Float', FloatConverter],
    ['Double', DoubleConverter],
    ['Short', ShortConverter],
    ['Boolean', BooleanConverter],
  ] as const)('%s', (name, type) => {
    expect(headerConverterRegistry.has(name)).toBe(true);
    expect(createHeaderConverter(name, {})).toBeInstanceOf(type);
  });

  it('knows the ten Apache header converter classes', () => {
    expect([...HEADER_CONVERTER_CLASS_NAMES].sort()).toEqual([
      'org.apache.kafka.connect.converters.BooleanConverter',
      'org.apache.kafka.connect.converters.ByteArrayConverter',
      'org.apache.kafka.connect.converters.DoubleConverter',
      'org.apache.kafka.connect.converters.FloatConverter',
      'org.apache.kafka.connect.converters.IntegerConverter',
      'org.apache.kafka.connect.converters.LongConverter',
      'org.apache.kafka.connect.converters.ShortConverter',
      'org.apache.kafka.connect.json.JsonConverter',
      'org.apache.kafka.connect.storage.SimpleHeaderConverter',
      'org.apache.kafka.connect.storage.StringConverter',
    ]);
  });

  it('sets converter.type=header over whatever the configs say, as Connect does', () => {
    const json = createHeaderConverter('Json', { 'converter.type': 'key', 'schemas.enable': 'false' });
    expect(Buffer.from(json.fromConnectHeader('t', 'h', Schemas.INT32, 42) as Uint8Array).toString()).toBe(
      '42',
    );
    expect(() => createHeaderConverter('Integer', { 'converter.type': 'bogus' })).not.toThrow();
  });

  it('passes the configs to the converter (its errors are Apache’s)', () => {
    expect(() => createHeaderConverter('JsonConverter', { 'schemas.enable': 'maybe' })).toThrow(
      'Invalid value maybe for configuration schemas.enable: Expected value to be either true or false',
    );
  });

  it('rejects an unknown class with the message Apache’s validation gives', () => {
    const run = () => createHeaderConverter('Nope', {});
    expect(run).toThrow(ConfigException);
    expect(run).toThrow(ConfigDefException);
    expect(run).toThrow(
      'Invalid value Nope for configuration header.converter: Class Nope could not be found.',
    );
  });

  it('SimpleHeaderConverter is not a key or value converter', () => {
    expect(() => createConverter('SimpleHeaderConverter', {}, true)).toThrow(
      'Class class org.apache.kafka.connect.storage.SimpleHeaderConverter does not implement the Converter interface',
    );
  });
});
