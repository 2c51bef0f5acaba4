import { describe, expect, it } from 'vitest';
import { ConfigException } from '../../../shared/converters/errors.ts';
import { JsonConverter } from '../../../shared/converters/json-converter.ts';
import { parseJsonConverterConfig } from '../../../shared/converters/json-converter-config.ts';
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import { Decimal } from '../../../shared/data/logical-types.ts';
import { expectError, utf8 } from '../json/vector-support.ts';
import { CONVERTER_VECTORS } from './converter-vectors.ts';

const cases = Object.entries(CONVERTER_VECTORS)
  .filter(([name]) => name.startsWith('jcfg '))
  .map(([name, v]) => {
    const body = name.slice('jcfg '.length);
    const eq = body.indexOf('=');
    return [body.slice(0, eq), JSON.parse(body.slice(eq + 1)) as string, v] as const;
  });

describe('JsonConverter configs are parsed like Apache’s JsonConverterConfig', () => {
  it.each(cases)('%s=%j', (key, value, expected) => {
    const run = () => {
      const converter = new JsonConverter();
      converter.configure({ [key]: value }, false);
      return utf8(converter.fromConnectData('t', Decimal.schema(1), BigDecimal.parse('1.5')) as Uint8Array);
    };
    if (expected.error !== undefined) {
      expectError(run, expected);
      expect(() => run()).toThrow(ConfigException);
    } else {
      expect(run()).toBe(expected.ok);
    }
  });

  it('has Apache’s defaults', () => {
    expect(parseJsonConverterConfig({})).toEqual({
      schemasEnabled: true,
      schemaCacheSize: 1000,
      decimalFormat: 'BASE64',
      replaceNullWithDefault: true,
    });
  });
});
