/**
 * The worker's own Kafka clients (internal topics, admin) take the worker's un-prefixed security settings, as an
 * Apache worker's internal clients do, and the SASL credentials the deployment delivers outside the properties.
 * Against real brokers: test/integration/kafka-sasl.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  internalClientSettings,
  kafkaConnectionSettings,
  needsSaslCredentials,
  resolveClientProps,
  saslJaasConfig,
  withSaslCredentials,
} from '../../../shared/adapters/kafka/client-config.ts';
import { ENV } from '../../../shared/runtime/env.ts';
import { internalKafkaSettings, loadSaslCredentials } from '../../../shared/runtime/kafka-credentials.ts';
import { parseWorkerConfig } from '../../../shared/runtime/worker-config.ts';

const SCRAM = { 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'SCRAM-SHA-512' };
const alice = { username: 'alice', password: 'alice-secret' };

describe('internal client settings from worker properties', () => {
  it('is empty for a PLAINTEXT worker (the defaults)', () => {
    expect(internalClientSettings(parseWorkerConfig({}).props)).toEqual({});
  });

  it('turns TLS on for SSL', () => {
    expect(internalClientSettings({ 'security.protocol': 'SSL' })).toEqual({ ssl: true });
  });

  it('maps a complete sasl.jaas.config as task clients do', () => {
    const props = {
      ...SCRAM,
      'sasl.jaas.config':
        'org.apache.kafka.common.security.scram.ScramLoginModule required username="bob" password="pw";',
      'request.timeout.ms': '15000',
    };
    const expected = { ssl: true, sasl: { mechanism: 'scram-sha-512', username: 'bob', password: 'pw' } };
    expect(internalClientSettings(props)).toEqual({ ...expected, requestTimeout: 15000 });
    // The same mapping as a task client's: one implementation.
    expect(internalClientSettings(props)).toEqual(kafkaConnectionSettings(props));
  });

  it('prefers the properties’ own sasl.jaas.config over delivered credentials', () => {
    const props = { ...SCRAM, 'sasl.jaas.config': 'x required username="bob" password="pw";' };
    expect(internalClientSettings(props, alice).sasl).toEqual({
      mechanism: 'scram-sha-512',
      username: 'bob',
      password: 'pw',
    });
  });

  it.each([
    ['SCRAM-SHA-512', 'scram-sha-512'],
    ['SCRAM-SHA-256', 'scram-sha-256'],
    ['PLAIN', 'plain'],
  ])('builds the JAAS line for %s from delivered credentials', (mechanism, kafkajs) => {
    const settings = internalClientSettings(
      { 'security.protocol': 'SASL_PLAINTEXT', 'sasl.mechanism': mechanism },
      alice,
    );
    expect(settings).toEqual({ sasl: { mechanism: kafkajs, ...alice } });
    expect(settings.ssl).toBeUndefined();
  });

  it('ignores the worker’s producer./consumer. prefixes (those are for task clients)', () => {
    expect(
      internalClientSettings({ 'producer.security.protocol': 'SSL', 'consumer.request.timeout.ms': '1' }),
    ).toEqual({});
  });

  it('refuses SASL without credentials, naming where they come from', () => {
    expect(() => internalClientSettings(SCRAM)).toThrow(
      /SASL_SSL needs sasl\.mechanism and credentials: set sasl\.jaas\.config, or deliver .*TRIBUTARY_KAFKA_SASL_USERNAME and TRIBUTARY_KAFKA_SASL_PASSWORD, or TRIBUTARY_KAFKA_SASL_SECRET_ARN/,
    );
    expect(() => internalClientSettings({ 'security.protocol': 'SASL_SSL' }, alice)).toThrow(
      /set sasl\.mechanism/,
    );
  });

  it('refuses mechanisms the client cannot do (GSSAPI; MSK IAM is test/unit/kafka/msk-iam.test.ts)', () => {
    expect(() => internalClientSettings({ ...SCRAM, 'sasl.mechanism': 'GSSAPI' }, alice)).toThrow(/GSSAPI/);
  });

  it('needs credentials only for a SASL protocol with a mechanism and no JAAS line', () => {
    expect(needsSaslCredentials(SCRAM)).toBe(true);
    expect(needsSaslCredentials({ ...SCRAM, 'security.protocol': 'SSL' })).toBe(false);
    expect(needsSaslCredentials({ ...SCRAM, 'sasl.jaas.config': 'x required;' })).toBe(false);
    expect(needsSaslCredentials({ 'security.protocol': 'sasl_plaintext', 'sasl.mechanism': 'PLAIN' })).toBe(
      true,
    );
  });
});

describe('sasl.jaas.config built from credentials', () => {
  it('uses Apache’s login modules', () => {
    expect(saslJaasConfig('SCRAM-SHA-512', alice)).toBe(
      'org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="alice-secret";',
    );
    expect(saslJaasConfig('scram-sha-256', alice)).toMatch(
      /^org\.apache\.kafka\.common\.security\.scram\.ScramLoginModule /,
    );
    expect(saslJaasConfig('PLAIN', alice)).toBe(
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" password="alice-secret";',
    );
  });

  it('escapes quotes and backslashes, and the mapping reads them back', () => {
    const tricky = { username: 'a"b', password: 'p\\w"; x="y' };
    const jaas = saslJaasConfig('SCRAM-SHA-256', tricky);
    expect(jaas).toBe(
      'org.apache.kafka.common.security.scram.ScramLoginModule required username="a\\"b" password="p\\\\w\\"; x=\\"y";',
    );
    const settings = kafkaConnectionSettings({
      'security.protocol': 'SASL_PLAINTEXT',
      'sasl.mechanism': 'SCRAM-SHA-256',
      'sasl.jaas.config': jaas,
    });
    expect(settings.sasl).toEqual({ mechanism: 'scram-sha-256', ...tricky });
  });

  it('reads username and password as whole option names', () => {
    const settings = kafkaConnectionSettings({
      'security.protocol': 'SASL_PLAINTEXT',
      'sasl.mechanism': 'PLAIN',
      'sasl.jaas.config': 'M required tokenusername="no" username="yes" oldpassword="no" password="pw";',
    });
    expect(settings.sasl).toEqual({ mechanism: 'plain', username: 'yes', password: 'pw' });
  });

  it('can be added to worker properties for clients that inherit them (task clients)', () => {
    const props = { ...SCRAM, 'group.id': 'g' };
    const withJaas = withSaslCredentials(props, alice);
    expect(withJaas).toEqual({ ...props, 'sasl.jaas.config': saslJaasConfig('SCRAM-SHA-512', alice) });
    expect(kafkaConnectionSettings(resolveClientProps('producer', withJaas, {}, {})).sasl).toEqual({
      mechanism: 'scram-sha-512',
      ...alice,
    });
    expect(withSaslCredentials(props, undefined)).toBe(props);
    const own = { ...SCRAM, 'sasl.jaas.config': 'x required;' };
    expect(withSaslCredentials(own, alice)).toBe(own);
  });

  it('has no JAAS line for mechanisms without a username and password', () => {
    expect(() => saslJaasConfig('AWS_MSK_IAM', alice)).toThrow(/AWS_MSK_IAM/);
  });
});

describe('SASL credentials delivered by the deployment', () => {
  const env = (vars: Record<string, string>) => vars;
  const noSecret = async () => {
    throw new Error('no secret should be read');
  };

  it('are not looked for when the properties do not need them', async () => {
    const vars = env({ [ENV.kafkaSaslSecretArn]: 'arn:x' });
    expect(await loadSaslCredentials({}, vars, { readSecret: noSecret })).toBeUndefined();
    expect(
      await loadSaslCredentials({ ...SCRAM, 'sasl.jaas.config': 'x required;' }, vars, {
        readSecret: noSecret,
      }),
    ).toBeUndefined();
  });

  it('come from the username and password variables first (executors)', async () => {
    const vars = env({
      [ENV.kafkaSaslUsername]: 'alice',
      [ENV.kafkaSaslPassword]: 'alice-secret',
      [ENV.kafkaSaslSecretArn]: 'arn:x',
    });
    expect(await loadSaslCredentials(SCRAM, vars, { readSecret: noSecret })).toEqual(alice);
  });

  it('come from the secret otherwise (Lambda functions)', async () => {
    const read: string[] = [];
    const readSecret = async (id: string) => {
      read.push(id);
      return alice;
    };
    const vars = env({ [ENV.kafkaSaslSecretArn]: 'arn:aws:secretsmanager:eu-west-1:1:secret:k-AbCdEf' });
    expect(await internalKafkaSettings(SCRAM, vars, { readSecret })).toEqual({
      ssl: true,
      sasl: { mechanism: 'scram-sha-512', ...alice },
    });
    expect(read).toEqual(['arn:aws:secretsmanager:eu-west-1:1:secret:k-AbCdEf']);
  });

  it('refuses only one of username and password', async () => {
    await expect(loadSaslCredentials(SCRAM, env({ [ENV.kafkaSaslUsername]: 'alice' }))).rejects.toThrow(
      /TRIBUTARY_KAFKA_SASL_USERNAME and TRIBUTARY_KAFKA_SASL_PASSWORD must be set together/,
    );
  });

  it('missing altogether make the settings fail with what to set', async () => {
    await expect(internalKafkaSettings(SCRAM, env({}))).rejects.toThrow(/TRIBUTARY_KAFKA_SASL_SECRET_ARN/);
  });
});

describe('TLS settings (ssl.*) for the worker’s own clients', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tributary-ssl-props-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const SSL = { 'security.protocol': 'SSL' };
  const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

  it('read a PEM trust store from its file', () => {
    const file = join(dir, 'ca.pem');
    writeFileSync(file, CA);
    expect(
      internalClientSettings({ ...SSL, 'ssl.truststore.type': 'PEM', 'ssl.truststore.location': file }).ssl,
    ).toEqual({ ca: CA });
  });

  it('take inline PEM certificates', () => {
    const settings = internalClientSettings(
      {
        'security.protocol': 'SASL_SSL',
        'sasl.mechanism': 'PLAIN',
        'ssl.truststore.type': 'pem',
        'ssl.truststore.certificates': CA,
      },
      alice,
    );
    expect(settings).toEqual({ ssl: { ca: CA.trim() }, sasl: { mechanism: 'plain', ...alice } });
  });

  it('refuse Java trust and key stores instead of silently using the default CAs', () => {
    expect(() =>
      internalClientSettings({ ...SSL, 'ssl.truststore.location': '/etc/kafka/truststore.jks' }),
    ).toThrow(/ssl\.truststore\.type JKS is not supported .*ssl\.truststore\.type=PEM/);
    expect(() =>
      internalClientSettings({ ...SSL, 'ssl.keystore.location': '/etc/kafka/keystore.jks' }),
    ).toThrow(/ssl\.keystore\.type JKS is not supported/);
  });

  it('take a PEM key store (mutual TLS), inline or as one file with key and chain', () => {
    expect(
      internalClientSettings({
        ...SSL,
        'ssl.keystore.type': 'PEM',
        'ssl.keystore.key': 'KEY',
        'ssl.keystore.certificate.chain': 'CHAIN',
        'ssl.key.password': 'kp',
      }).ssl,
    ).toEqual({ key: 'KEY', cert: 'CHAIN', passphrase: 'kp' });
    const file = join(dir, 'client.pem');
    writeFileSync(file, 'KEY+CHAIN');
    expect(
      internalClientSettings({ ...SSL, 'ssl.keystore.type': 'PEM', 'ssl.keystore.location': file }).ssl,
    ).toEqual({ key: 'KEY+CHAIN', cert: 'KEY+CHAIN' });
  });

  it('take a PKCS12 key store with its password', () => {
    const file = join(dir, 'client.p12');
    writeFileSync(file, Buffer.from([1, 2, 3]));
    expect(
      internalClientSettings({
        ...SSL,
        'ssl.keystore.type': 'PKCS12',
        'ssl.keystore.location': file,
        'ssl.keystore.password': 'sp',
      }).ssl,
    ).toEqual({ pfx: Buffer.from([1, 2, 3]), passphrase: 'sp' });
  });

  it('turn hostname verification off only for an empty ssl.endpoint.identification.algorithm', () => {
    const off = internalClientSettings({ ...SSL, 'ssl.endpoint.identification.algorithm': '' }).ssl;
    expect(typeof off === 'object' && off.checkServerIdentity?.('h', {} as never)).toBeUndefined();
    expect(typeof off === 'object' && typeof off.checkServerIdentity).toBe('function');
    expect(internalClientSettings({ ...SSL, 'ssl.endpoint.identification.algorithm': 'https' }).ssl).toBe(
      true,
    );
  });

  it('are ignored without a TLS protocol, as Apache ignores them', () => {
    expect(internalClientSettings({ 'ssl.truststore.location': '/etc/kafka/truststore.jks' })).toEqual({});
  });
});
