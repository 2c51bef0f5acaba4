import { describe, expect, it } from 'vitest';
import { ConfigException } from '../../../shared/config/config-def.ts';
import type { ConfigInfos, ConfigKeyInfo } from '../../../shared/config/config-info.ts';
import {
  fileStreamSinkConfigDef,
  fileStreamSourceConfigDef,
  fileStreamSourceExactlyOnceSupport,
} from '../../../shared/config/file-stream-config.ts';
import {
  BadConnectorConfigRequest,
  type ConnectorValidationInput,
  configErrorsMessage,
  connectorPluginConfig,
  validateConnectorConfig,
} from '../../../shared/config/validate.ts';
import {
  APACHE_WORKER,
  apacheCatalog,
  consumerConfigDef,
  fixture,
  producerConfigDef,
  type ValidateCase,
  validateCases,
} from './apache-fixtures.ts';

const catalog = apacheCatalog();

function input(plugin: string): ConnectorValidationInput {
  const source = plugin.includes('Source');
  return {
    connectorType: source ? 'source' : 'sink',
    configDef: source ? fileStreamSourceConfigDef() : fileStreamSinkConfigDef(),
    ...(source ? { capabilities: { exactlyOnceSupport: fileStreamSourceExactlyOnceSupport } } : {}),
    catalog,
    worker: {
      ...APACHE_WORKER,
      producerConfigDef: producerConfigDef(),
      consumerConfigDef: consumerConfigDef(),
    },
  };
}

function validate(c: ValidateCase): ConfigInfos {
  // Round-trip through JSON, as the REST layer will send it.
  return JSON.parse(JSON.stringify(validateConnectorConfig(input(c.plugin), c.request))) as ConfigInfos;
}

describe('PUT /connector-plugins/{plugin}/config/validate answers, compared with Apache 4.1.1', () => {
  it.each(Object.keys(validateCases))('%s', (name) => {
    const c = validateCases[name] as ValidateCase;
    if (c.status === 500) {
      // Apache answers 500 "<exception class>: <message>" when a client override does not parse.
      const message = (c.response as unknown as { message: string }).message;
      expect(() => validate(c)).toThrow(
        new ConfigException(message.replace('org.apache.kafka.common.config.ConfigException: ', '')),
      );
      return;
    }
    expect(c.status).toBe(200);
    expect(validate(c)).toEqual(c.response);
  });

  it('names the cases the brief asks for', () => {
    for (const name of [
      'source-valid',
      'source-missing-topic',
      'sink-missing-file',
      'source-tasks-max-abc',
      'source-tasks-max-0',
      'sink-topics-and-regex',
      'source-null-values',
      'source-unknown-keys',
      'source-unknown-transform',
    ]) {
      expect(validateCases[name], name).toBeDefined();
    }
  });

  it('keeps values as submitted JSON, keys in Apache order (definition null first)', () => {
    const c = validateCases['sink-many-null-unknowns'] as ValidateCase;
    const result = validate(c);
    const undefinedNames = result.configs.filter((e) => e.definition === null).map((e) => e.value?.name);
    expect(undefinedNames).toEqual([
      'zz',
      'x.y',
      'transforms.q.type',
      'Q',
      'producer.override.acks',
      'abc.def.ghi',
      'q1',
      'a',
      'b',
      'm',
      'n',
      'o',
      'p',
      'r',
      's',
      'u',
      'v',
      'w',
    ]);
    expect(result.error_count).toBe(18);
  });

  it('ignores unknown keys that have a value', () => {
    const result = validate(validateCases['source-unknown-keys'] as ValidateCase);
    expect(result.configs.some((e) => e.value?.name === 'foo')).toBe(false);
    expect(result.error_count).toBe(0);
  });

  it('reports an unknown transformation class on transforms.<alias>.type', () => {
    const result = validate(validateCases['source-unknown-transform'] as ValidateCase);
    const type = result.configs.find((e) => e.definition?.name === 'transforms.t1.type');
    expect(type?.value?.errors).toEqual([
      'Invalid value com.example.NoSuchTransform for configuration transforms.t1.type: Class com.example.NoSuchTransform could not be found.',
    ]);
  });

  it('rejects a config without connector.class as Apache does (400)', () => {
    expect(() => validateConnectorConfig(input('FileStreamSource'), { name: 'x', b: null })).toThrow(
      new BadConnectorConfigRequest('Connector config {name=x, b=null} contains no connector type'),
    );
  });

  it('rejects a malformed connector.plugin.version as Apache does (400)', () => {
    expect(() =>
      validateConnectorConfig(input('FileStreamSource'), {
        'connector.class': 'FileStreamSource',
        'connector.plugin.version': '(1.0',
      }),
    ).toThrow(new BadConnectorConfigRequest('Unbounded range: (1.0'));
  });

  it('shows password values as [hidden]', async () => {
    const { ConfigDef } = await import('../../../shared/config/config-def.ts');
    const secretDef = new ConfigDef().define({ name: 'secret', type: 'PASSWORD', importance: 'HIGH' });
    const result = validateConnectorConfig(
      { ...input('FileStreamSink'), configDef: secretDef },
      { 'connector.class': 'FileStreamSink', name: 'x', topics: 't', secret: ' hunter2 ' },
    );
    const secret = result.configs.find((e) => e.definition?.name === 'secret');
    expect(secret?.value?.value).toBe('[hidden]');
    expect(secret?.definition?.type).toBe('PASSWORD');
  });
});

describe('create/update 400 message', () => {
  interface CreateCase {
    readonly request: { readonly name: string; readonly config: Record<string, string | null> };
    readonly status: number;
    readonly response: { readonly error_code: number; readonly message: string };
  }
  const cases = fixture<Record<string, CreateCase>>('create-errors.json');

  it.each(Object.keys(cases))('%s', (name) => {
    const c = cases[name] as CreateCase;
    // POST /connectors adds the top-level name to the config before validating it.
    const config: Record<string, string | null> = { ...c.request.config, name: c.request.name };
    const plugin = String(config['connector.class']);
    const infos = validateConnectorConfig(input(plugin), config);
    expect(c.status).toBe(400);
    expect(configErrorsMessage(infos)).toBe(c.response.message);
  });

  it('is null when there are no errors', () => {
    const infos = validate(validateCases['source-valid'] as ValidateCase);
    expect(configErrorsMessage(infos)).toBeNull();
  });
});

describe('GET /connector-plugins/{plugin}/config, compared with Apache 4.1.1', () => {
  it.each([
    [
      'FileStreamSource',
      'source',
      fileStreamSourceConfigDef,
      'org.apache.kafka.connect.file.FileStreamSourceConnector',
    ],
    [
      'FileStreamSink',
      'sink',
      fileStreamSinkConfigDef,
      'org.apache.kafka.connect.file.FileStreamSinkConnector',
    ],
  ] as const)('%s', (plugin, type, def, className) => {
    const expected = fixture<ConfigKeyInfo[]>(`${plugin}-config.json`);
    const actual = connectorPluginConfig(type, def(), catalog, className);
    expect(JSON.parse(JSON.stringify(actual))).toEqual(expected);
    // Same key order as Apache's JSON, field by field.
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  });
});
