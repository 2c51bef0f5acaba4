import { describe, expect, it } from 'vitest';
import {
  ConfigDef,
  ConfigException,
  type ConfigType,
  type ConfigValue,
  convertToString,
  javaValueString,
  type ParsedValue,
  Password,
  parseType,
  type Recommender,
  type Validator,
} from '../../../shared/config/config-def.ts';
import { convertConfigKey, convertConfigValue } from '../../../shared/config/config-info.ts';
import {
  CaseInsensitiveValidString,
  CompositeValidator,
  ListSize,
  NonEmptyString,
  NonEmptyStringWithoutControlChars,
  NonNullValidator,
  Range,
  RegexValidator,
  ValidList,
  ValidString,
} from '../../../shared/config/validators.ts';
import { fixture } from './apache-fixtures.ts';

interface ParseVector {
  readonly type: ConfigType;
  readonly input: string;
  readonly result: { readonly ok?: string; readonly javaString?: string; readonly error?: string };
}

interface ValidatorVector {
  readonly validator: string;
  readonly toString: string;
  readonly value: string;
  readonly result: { readonly ok?: boolean; readonly error?: string; readonly throws?: string };
}

const vectors = fixture<{ parse: ParseVector[]; validators: ValidatorVector[] }>('configdef-vectors.json');

describe('ConfigDef.parseType, compared with Apache 4.1.1 for every type and tricky input', () => {
  it.each(vectors.parse.map((v) => [`${v.type} ${JSON.stringify(v.input)}`, v] as const))(
    '%s',
    (_label, v) => {
      if (v.result.error !== undefined) {
        expect(() => parseType('k.name', v.input, v.type)).toThrow(new ConfigException(v.result.error));
        return;
      }
      const parsed = parseType('k.name', v.input, v.type);
      expect(convertToString(parsed, v.type)).toBe(v.result.ok);
      expect(javaValueString(parsed, v.type)).toBe(v.result.javaString);
    },
  );

  it('parses to JS values of the documented types', () => {
    expect(parseType('k', ' 42 ', 'INT')).toBe(42);
    expect(parseType('k', '9223372036854775807', 'LONG')).toBe(9223372036854775807n);
    expect(parseType('k', 'TRUE', 'BOOLEAN')).toBe(true);
    expect(parseType('k', ' a , b ,c ', 'LIST')).toEqual(['a', 'b', 'c']);
    expect(parseType('k', 'a,,b', 'LIST')).toEqual(['a', '', 'b']);
    expect(parseType('k', '', 'LIST')).toEqual([]);
    expect(parseType('k', ' s3cret ', 'PASSWORD')).toEqual(new Password('s3cret'));
    expect(parseType('k', null, 'INT')).toBeNull();
  });

  it('resolves CLASS values through the resolver, with Apache message when unknown', () => {
    const cls = { name: 'a.b.C', supertypes: ['Converter'] };
    expect(parseType('key.converter', ' C ', 'CLASS', (n) => (n === 'C' ? cls : undefined))).toBe(cls);
    expect(() => parseType('key.converter', ' X ', 'CLASS', () => undefined)).toThrow(
      'Invalid value  X  for configuration key.converter: Class  X  could not be found.',
    );
    expect(convertToString(cls, 'CLASS')).toBe('a.b.C');
    expect(javaValueString(cls)).toBe('class a.b.C');
  });

  it('rejects already-typed values of the wrong type with Apache messages', () => {
    expect(() => parseType('k', 5, 'STRING')).toThrow(
      'Invalid value 5 for configuration k: Expected value to be a string, but it was a java.lang.Integer',
    );
    expect(() => parseType('k', 1.5, 'INT')).toThrow(
      'Invalid value 1.5 for configuration k: Expected value to be a 32-bit integer, but it was a java.lang.Double',
    );
    expect(() => parseType('k', true, 'LIST')).toThrow(
      'Invalid value true for configuration k: Expected a comma separated list.',
    );
  });
});

function javaValue(descriptor: string): { value: ParsedValue; type?: ConfigType } {
  if (descriptor === 'null') return { value: null };
  const colon = descriptor.indexOf(':');
  const kind = descriptor.slice(0, colon);
  const text = descriptor.slice(colon + 1);
  switch (kind) {
    case 'Integer':
      return { value: Number(text), type: 'INT' };
    case 'Double':
      return { value: Number(text), type: 'DOUBLE' };
    case 'Long':
      return { value: BigInt(text), type: 'LONG' };
    case 'Boolean':
      return { value: text === 'true', type: 'BOOLEAN' };
    case 'ArrayList':
      return { value: text === '[]' ? [] : text.slice(1, -1).split(', '), type: 'LIST' };
    default:
      return { value: text, type: 'STRING' };
  }
}

const VALIDATORS: Record<string, Validator> = {
  'Range.atLeast(1)': Range.atLeast(1),
  'Range.atLeast(0)': Range.atLeast(0),
  'Range.between(1,10)': Range.between(1, 10),
  'Range.between(0.5,1.5)': Range.between(0.5, 1.5),
  'Range.atLeast(0L)': Range.atLeast(0),
  'ValidString.in(none,restart)': ValidString.in('none', 'restart'),
  'ValidList.in(a,b)': ValidList.in('a', 'b'),
  'CaseInsensitiveValidString.in(REQUESTED,REQUIRED)': CaseInsensitiveValidString.in('requested', 'required'),
  NonNullValidator: new NonNullValidator(),
  NonEmptyString: new NonEmptyString(),
  NonEmptyStringWithoutControlChars: NonEmptyStringWithoutControlChars.nonEmptyStringWithoutControlChars(),
  'ListSize.atMostOfSize(2)': ListSize.atMostOfSize(2),
  'Composite(NonNull,NonEmptyString)': CompositeValidator.of(new NonNullValidator(), new NonEmptyString()),
  RegexValidator: new RegexValidator(),
};

// Java-only failure texts (ClassCastException messages of the JVM) for values a STRING key never holds.
const skipped = (v: ValidatorVector) => v.validator === 'RegexValidator' && !/^(null|String:)/.test(v.value);

describe('validators, compared with Apache 4.1.1', () => {
  it.each(
    vectors.validators
      .filter((v) => !skipped(v))
      .map((v) => [`${v.validator} ← ${JSON.stringify(v.value)}`, v] as const),
  )('%s', (_label, v) => {
    const validator = VALIDATORS[v.validator] as Validator;
    expect(validator.toString()).toBe(v.toString);
    const { value, type } = javaValue(v.value);
    const run = () => validator.ensureValid('k.name', value, type);
    if (v.result.ok) {
      expect(run).not.toThrow();
    } else if (v.result.error !== undefined) {
      expect(run).toThrow(new ConfigException(v.result.error));
    } else {
      let thrown: unknown;
      try {
        run();
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect(thrown).not.toBeInstanceOf(ConfigException);
    }
  });
});

describe('ConfigDef', () => {
  const def = () =>
    new ConfigDef()
      .define({ name: 'file', type: 'STRING', importance: 'HIGH', documentation: 'The file' })
      .define({
        name: 'count',
        type: 'INT',
        defaultValue: '5',
        validator: Range.atLeast(1),
        importance: 'LOW',
      })
      .define({
        name: 'mode',
        type: 'STRING',
        defaultValue: null,
        importance: 'MEDIUM',
        group: 'G',
        orderInGroup: 2,
      });

  it('refuses a key defined twice', () => {
    expect(() => def().define({ name: 'file', type: 'STRING', importance: 'HIGH' })).toThrow(
      'Configuration file is defined twice.',
    );
  });

  it('parses defaults when defining, and rejects an invalid default', () => {
    expect(def().defaultValues()).toEqual(
      new Map<string, ParsedValue>([
        ['count', 5],
        ['mode', null],
      ]),
    );
    expect(() =>
      new ConfigDef().define({
        name: 'n',
        type: 'INT',
        defaultValue: 0,
        validator: Range.atLeast(1),
        importance: 'LOW',
      }),
    ).toThrow('Invalid value 0 for configuration n: Value must be at least 1');
  });

  it('parse() throws the first problem, including a missing required key', () => {
    expect(() => def().parse({})).toThrow(
      'Missing required configuration "file" which has no default value.',
    );
    expect(() => def().parse({ file: 'f', count: 'x' })).toThrow(
      'Invalid value x for configuration count: Not a number of type INT',
    );
    expect(def().parse({ file: ' f ', count: ' 7 ' })).toEqual(
      new Map<string, ParsedValue>([
        ['file', 'f'],
        ['count', 7],
        ['mode', null],
      ]),
    );
  });

  it('validateAll() collects every error per key and keeps parsed values', () => {
    const result = def().validateAll({ count: '0', mode: null });
    expect(result.get('file')?.errorMessages).toEqual([
      'Missing required configuration "file" which has no default value.',
    ]);
    expect(result.get('count')?.errorMessages).toEqual([
      'Invalid value 0 for configuration count: Value must be at least 1',
    ]);
    expect(result.get('count')?.value).toBe(0);
    const bad = def().validateAll({ file: 'f', count: 'abc' });
    expect(bad.get('count')?.errorMessages).toEqual([
      'Invalid value abc for configuration count: Not a number of type INT',
      'Invalid value null for configuration count: Value must be non-null',
    ]);
  });

  it('runs recommenders over dependents and reports undefined dependents', () => {
    const recommender: Recommender = {
      validValues: (_name, parsed) => (parsed.get('a') === 'x' ? ['1', '2'] : ['3']),
      visible: (_name, parsed) => parsed.get('a') === 'x',
    };
    const withDeps = new ConfigDef()
      .define({
        name: 'a',
        type: 'STRING',
        defaultValue: 'x',
        importance: 'HIGH',
        dependents: ['b', 'ghost'],
      })
      .define({ name: 'b', type: 'STRING', defaultValue: '1', importance: 'HIGH', recommender });
    const result = withDeps.validateAll({});
    expect(result.get('b')?.recommendedValues).toEqual(['1', '2']);
    expect(result.get('b')?.visible).toBe(true);
    expect(result.get('ghost')?.errorMessages).toEqual([
      'ghost is referred in the dependents, but not defined.',
    ]);
    expect(result.get('ghost')?.visible).toBe(false);
    expect(withDeps.validateAll({ a: 'y' }).get('b')?.visible).toBe(false);
    expect(() => withDeps.parse({})).toThrow(
      'Some configurations in are referred in the dependents, but not defined: ghost',
    );
  });

  it('embed() prefixes keys, groups and orders them, and unprefixes names in validator messages', () => {
    const child = new ConfigDef()
      .define({ name: 'z', type: 'INT', defaultValue: 1, validator: Range.atLeast(1), importance: 'LOW' })
      .define({ name: 'b', type: 'STRING', importance: 'HIGH' })
      .define({ name: 'a', type: 'STRING', defaultValue: 'x', importance: 'HIGH', group: 'Inner' });
    const parent = new ConfigDef().embed('transforms.t.', 'Transforms: t', 2, child);
    expect([...parent.configKeys().values()].map((k) => [k.name, k.group, k.orderInGroup])).toEqual([
      ['transforms.t.b', 'Transforms: t', 2],
      ['transforms.t.z', 'Transforms: t', 3],
      ['transforms.t.a', 'Transforms: t: Inner', 4],
    ]);
    expect(parent.validateAll({ 'transforms.t.z': '0' }).get('transforms.t.z')?.errorMessages).toEqual([
      'Invalid value 0 for configuration z: Value must be at least 1',
    ]);
  });

  it('validate() lists values in the order of Apache HashMap', () => {
    const names = new ConfigDef()
      .define({ name: 'name', type: 'STRING', importance: 'HIGH' })
      .define({ name: 'tasks.max', type: 'INT', defaultValue: 1, importance: 'HIGH' })
      .define({ name: 'file', type: 'STRING', defaultValue: null, importance: 'HIGH' })
      .validate({})
      .map((v) => v.name);
    // As Java 17 prints `new HashMap` of these keys: [file, tasks.max, name].
    expect(names).toEqual(['file', 'tasks.max', 'name']);
  });
});

describe('REST conversion', () => {
  it('converts a key definition to ConfigKeyInfo with Apache field order', () => {
    const def = new ConfigDef()
      .define({ name: 'l', type: 'LIST', defaultValue: 'a, b', importance: 'LOW' })
      .define({
        name: 'r',
        type: 'STRING',
        importance: 'HIGH',
        documentation: 'doc',
        group: 'G',
        orderInGroup: 3,
        width: 'LONG',
        displayName: 'R',
      });
    const [l, r] = [...def.configKeys().values()].map((k) => convertConfigKey(k));
    expect(JSON.stringify(l)).toBe(
      '{"name":"l","type":"LIST","required":false,"default_value":"a,b","importance":"LOW","documentation":null,"group":null,"width":"NONE","display_name":"l","dependents":[],"order":-1}',
    );
    expect(r).toMatchObject({
      required: true,
      default_value: null,
      group: 'G',
      order: 3,
      width: 'LONG',
      display_name: 'R',
    });
  });

  it('converts values: lists comma-joined, passwords hidden', () => {
    const def = new ConfigDef()
      .define({ name: 'l', type: 'LIST', importance: 'LOW' })
      .define({ name: 'p', type: 'PASSWORD', importance: 'LOW' })
      .define({ name: 'd', type: 'DOUBLE', importance: 'LOW' });
    const values = def.validateAll({ l: 'x , y', p: 'secret', d: '2' });
    const value = (name: string) => values.get(name) as ConfigValue;
    expect(convertConfigValue(value('l'), 'LIST').value).toBe('x,y');
    expect(convertConfigValue(value('p'), 'PASSWORD').value).toBe('[hidden]');
    expect(convertConfigValue(value('d'), 'DOUBLE').value).toBe('2.0');
    expect(JSON.stringify(convertConfigValue(value('p'), 'PASSWORD'))).toBe(
      '{"name":"p","value":"[hidden]","recommended_values":[],"errors":[],"visible":true}',
    );
  });
});
