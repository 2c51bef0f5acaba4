/**
 * The control plane's and executors' own Kafka clients against a real SASL_PLAINTEXT listener with SCRAM-SHA-512
 * (a broker of this file's own: KRaft, credentials formatted into its metadata): the worker properties carry
 * `security.protocol` and `sasl.mechanism` only, as the deployment writes them, and the credentials arrive the way
 * the deployment delivers them — username and password variables (executors), or a Secrets Manager secret's ARN
 * read at cold start (Lambda functions; moto's server holds the secret). A wrong password or no credentials fail
 * with an error saying so.
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateSecretCommand } from '@aws-sdk/client-secrets-manager';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startControlPlane } from '../../control-plane/runtime.ts';
import { LOCAL_SCRAM_MECHANISM, type LocalKafka, startLocalKafka } from '../../infra/local/kafka.ts';
import { type Moto, startMoto } from '../../infra/local/moto.ts';
import { createSecretsClient, readSaslSecret } from '../../shared/adapters/aws/secrets.ts';
import { createKafka } from '../../shared/adapters/kafka/client.ts';
import { ensureInternalTopics } from '../../shared/adapters/kafka/internal-topics.ts';
import { workerPropsToEnv } from '../../shared/adapters/local/process-launcher.ts';
import { ConfigLog } from '../../shared/cluster/config-log.ts';
import { StatusLog } from '../../shared/cluster/status-log.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { ENV } from '../../shared/runtime/env.ts';
import { internalKafkaSettings } from '../../shared/runtime/kafka-credentials.ts';
import { parseWorkerConfig } from '../../shared/runtime/worker-config.ts';
import { testWorkerProps, uniqueName } from '../support/cluster.ts';
import { makeTestCertificates, type TestCertificates } from '../support/tls.ts';

const silent = createLogger({}, { write: () => undefined });
const USER = { name: 'tributary', password: 'scram secret; with=signs' };

let dataDir: string;
let broker: LocalKafka;
let moto: Moto;
let secretArn: string;
let certs: TestCertificates;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tributary-test-kafka-sasl-'));
  certs = makeTestCertificates(dataDir);
  [broker, moto] = await Promise.all([
    startLocalKafka({ dataDir, scram: { users: [USER] }, tls: { keystoreFile: certs.serverKeystoreFile } }),
    startMoto(),
  ]);
  const secrets = createSecretsClient({ endpoint: moto.endpoint });
  try {
    const created = await secrets.send(
      new CreateSecretCommand({
        Name: uniqueName('kafka-sasl'),
        SecretString: JSON.stringify({ username: USER.name, password: USER.password }),
      }),
    );
    secretArn = created.ARN ?? '';
  } finally {
    secrets.destroy();
  }
});

afterAll(async () => {
  await Promise.allSettled([broker?.stop(), moto?.stop()]);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Worker properties as the deployment writes them for SCRAM: no sasl.jaas.config, no password. */
function saslWorkerProps(id: string): Record<string, string> {
  return {
    ...workerProps(id),
    'bootstrap.servers': broker.saslBootstrapServers ?? '',
    'security.protocol': 'SASL_PLAINTEXT',
    'sasl.mechanism': LOCAL_SCRAM_MECHANISM,
  };
}

const workerProps = (id: string) => testWorkerProps(id);

const running = (workerId: string) => ({
  state: 'RUNNING' as const,
  trace: null,
  workerId,
  generation: 1,
  version: null,
});

describe('internal Kafka clients over SASL/SCRAM', () => {
  it('the broker really requires SCRAM on that listener', async () => {
    const kafka = createKafka({
      bootstrapServers: broker.saslBootstrapServers ?? '',
      clientId: 'no-sasl',
      logger: silent,
      extra: { retry: { retries: 0 }, connectionTimeout: 2_000, requestTimeout: 3_000 },
    });
    const admin = kafka.admin();
    await expect(admin.connect().then(() => admin.listTopics())).rejects.toThrow();
    await admin.disconnect();
  });

  it('the control plane and an executor write and read the internal topics with the delivered username and password', async () => {
    const id = uniqueName('sasl');
    const worker = parseWorkerConfig(saslWorkerProps(id));
    // The control plane as started locally or on ECS: credentials in its environment.
    vi.stubEnv(ENV.kafkaSaslUsername, USER.name);
    vi.stubEnv(ENV.kafkaSaslPassword, USER.password);
    const controlPlane = await startControlPlane(worker, silent);
    // An executor's client, built as executor/main.ts builds it, from an ECS-style environment.
    const executorEnv = { [ENV.kafkaSaslUsername]: USER.name, [ENV.kafkaSaslPassword]: USER.password };
    const kafka = createKafka({
      bootstrapServers: worker.bootstrapServers,
      clientId: `${worker.groupId}-executor-0`,
      logger: silent,
      extra: await internalKafkaSettings(worker.props, executorEnv),
    });
    const admin = kafka.admin();
    const configLog = new ConfigLog(kafka, worker.configTopic, silent);
    const statusLog = new StatusLog(kafka, worker.statusTopic, silent);
    try {
      await admin.connect();
      await ensureInternalTopics(admin, worker, silent);
      expect(await admin.listTopics()).toEqual(
        expect.arrayContaining([worker.configTopic, worker.offsetTopic, worker.statusTopic]),
      );
      await Promise.all([configLog.start(), statusLog.start()]);

      // Control plane → config topic → executor.
      const connector = uniqueName('conn');
      const config = { name: connector, 'connector.class': 'FileStreamSink', topics: 't', file: '/dev/null' };
      await controlPlane.configLog.putConnectorConfig(connector, config);
      await configLog.readToEnd();
      expect(configLog.state.connectorConfig(connector)).toEqual(config);

      // Executor → status topic → control plane.
      await statusLog.putConnectorStatus(connector, running('executor-0'));
      await controlPlane.statusLog.readToEnd();
      expect(controlPlane.statusLog.state.connector(connector)).toMatchObject({
        state: 'RUNNING',
        workerId: 'executor-0',
      });
    } finally {
      await Promise.allSettled([configLog.stop(), statusLog.stop(), admin.disconnect()]);
      await controlPlane.stop();
    }
  });

  it('a wrong password fails the control plane start with the broker’s authentication error', async () => {
    vi.stubEnv(ENV.kafkaSaslUsername, USER.name);
    vi.stubEnv(ENV.kafkaSaslPassword, 'not-the-password');
    const worker = parseWorkerConfig(saslWorkerProps(uniqueName('sasl-wrong')));
    await expect(startControlPlane(worker, silent)).rejects.toThrow(
      /SASL SCRAM SHA512 authentication failed: .*invalid credentials with SASL mechanism SCRAM-SHA-512/,
    );
  });

  it('no credentials at all fail before connecting, naming what to set', async () => {
    vi.stubEnv(ENV.kafkaSaslUsername, '');
    vi.stubEnv(ENV.kafkaSaslPassword, '');
    vi.stubEnv(ENV.kafkaSaslSecretArn, '');
    const worker = parseWorkerConfig(saslWorkerProps(uniqueName('sasl-none')));
    await expect(startControlPlane(worker, silent)).rejects.toThrow(
      /security\.protocol=SASL_PLAINTEXT needs sasl\.mechanism and credentials: .*TRIBUTARY_KAFKA_SASL_SECRET_ARN/,
    );
  });
});

describe('Lambda functions: the SASL secret read at cold start (moto)', () => {
  it('reads {username, password} from Secrets Manager', async () => {
    expect(await readSaslSecret(secretArn, { endpoint: moto.endpoint })).toEqual({
      username: USER.name,
      password: USER.password,
    });
  });

  it('says which secret is missing or malformed, without its value', async () => {
    const missing = `${secretArn.slice(0, secretArn.lastIndexOf(':') + 1)}absent-AbCdEf`;
    await expect(readSaslSecret(missing, { endpoint: moto.endpoint })).rejects.toThrow(
      new RegExp(`could not read the Kafka SASL secret ${missing}: ResourceNotFoundException`),
    );
    const secrets = createSecretsClient({ endpoint: moto.endpoint });
    try {
      const notJson = await secrets.send(
        new CreateSecretCommand({ Name: uniqueName('not-json'), SecretString: 'hunter2' }),
      );
      const noPassword = await secrets.send(
        new CreateSecretCommand({ Name: uniqueName('no-pw'), SecretString: '{"username":"u"}' }),
      );
      const err1 = await readSaslSecret(notJson.ARN ?? '', { endpoint: moto.endpoint }).catch(
        (e: Error) => e,
      );
      expect(String(err1)).toMatch(/is not JSON; it must be \{"username": "…", "password": "…"\}/);
      expect(String(err1)).not.toContain('hunter2');
      await expect(readSaslSecret(noPassword.ARN ?? '', { endpoint: moto.endpoint })).rejects.toThrow(
        /must be \{"username": "…", "password": "…"\} with both non-empty/,
      );
    } finally {
      secrets.destroy();
    }
  });

  it('the control plane Lambda handler connects with the secret named by TRIBUTARY_KAFKA_SASL_SECRET_ARN', async () => {
    const id = uniqueName('sasl-lambda');
    for (const [name, value] of Object.entries(workerPropsToEnv(saslWorkerProps(id))))
      vi.stubEnv(name, value);
    vi.stubEnv(ENV.kafkaSaslUsername, '');
    vi.stubEnv(ENV.kafkaSaslPassword, '');
    vi.stubEnv(ENV.kafkaSaslSecretArn, secretArn);
    vi.stubEnv(ENV.awsEndpoint, moto.endpoint);
    vi.stubEnv(ENV.leaseTable, '');
    vi.stubEnv(ENV.dynamodbEndpoint, '');
    vi.stubEnv(ENV.logLevel, 'ERROR');
    const lambda = await import('../../control-plane/lambda.ts');
    const call = (method: string, path: string, body?: unknown) =>
      (
        lambda.handler as unknown as (e: unknown, c: unknown) => Promise<{ statusCode: number; body: string }>
      )(
        {
          version: '2.0',
          routeKey: '$default',
          rawPath: path,
          rawQueryString: '',
          headers: { 'content-type': 'application/json', host: 'api.example' },
          requestContext: {
            http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
            requestId: `req-${Math.random()}`,
            routeKey: '$default',
            stage: '$default',
            timeEpoch: Date.now(),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          isBase64Encoded: false,
        },
        { awsRequestId: 'test', getRemainingTimeInMillis: () => 30_000 },
      );
    try {
      const root = await call('GET', '/');
      expect(root.statusCode).toBe(200);
      expect(JSON.parse(root.body).kafka_cluster_id).toMatch(/\S+/);
      const name = uniqueName('via-sasl-lambda');
      const config = { 'connector.class': 'FileStreamSink', topics: 'sasl-topic', file: '/dev/null' };
      const created = await call('POST', '/connectors', { name, config });
      expect(created.statusCode).toBe(201);
      const read = await call('GET', `/connectors/${name}/config`);
      expect(JSON.parse(read.body)).toEqual({ ...config, name });
    } finally {
      await lambda.shutdown();
    }
  });
});

describe('internal Kafka clients over TLS', () => {
  const tlsProps = (id: string, extra: Record<string, string>) => ({
    ...workerProps(id),
    'bootstrap.servers': broker.sslBootstrapServers ?? '',
    'security.protocol': 'SSL',
    ...extra,
  });

  it('the control plane trusts the broker through a PEM trust store and writes the config topic', async () => {
    const id = uniqueName('tls');
    const worker = parseWorkerConfig(
      tlsProps(id, { 'ssl.truststore.type': 'PEM', 'ssl.truststore.location': certs.caFile }),
    );
    const controlPlane = await startControlPlane(worker, silent);
    try {
      const connector = uniqueName('conn');
      const config = { name: connector, 'connector.class': 'FileStreamSink', topics: 't', file: '/dev/null' };
      await controlPlane.configLog.putConnectorConfig(connector, config);
      await controlPlane.configLog.readToEnd();
      expect(controlPlane.configLog.state.connectorConfig(connector)).toEqual(config);
    } finally {
      await controlPlane.stop();
    }
  });

  it('the same CA given inline (ssl.truststore.certificates) works too', async () => {
    const kafka = createKafka({
      bootstrapServers: broker.sslBootstrapServers ?? '',
      clientId: 'tls-inline',
      logger: silent,
      extra: await internalKafkaSettings(
        tlsProps(uniqueName('tls-inline'), {
          'ssl.truststore.type': 'PEM',
          'ssl.truststore.certificates': readFileSync(certs.caFile, 'utf8'),
        }),
        {},
      ),
    });
    const admin = kafka.admin();
    try {
      await admin.connect();
      expect((await admin.describeCluster()).brokers).toHaveLength(1);
    } finally {
      await admin.disconnect();
    }
  });

  it('without the CA the broker’s certificate is not trusted', async () => {
    const worker = parseWorkerConfig(tlsProps(uniqueName('tls-untrusted'), {}));
    await expect(startControlPlane(worker, silent)).rejects.toThrow(
      /self[- ]signed certificate|unable to verify/i,
    );
  });

  it('SASL_SSL: SCRAM over TLS with delivered credentials, as on MSK', async () => {
    const id = uniqueName('sasl-ssl');
    const worker = parseWorkerConfig({
      ...tlsProps(id, { 'ssl.truststore.type': 'PEM', 'ssl.truststore.location': certs.caFile }),
      'bootstrap.servers': broker.saslSslBootstrapServers ?? '',
      'security.protocol': 'SASL_SSL',
      'sasl.mechanism': LOCAL_SCRAM_MECHANISM,
    });
    vi.stubEnv(ENV.kafkaSaslUsername, USER.name);
    vi.stubEnv(ENV.kafkaSaslPassword, USER.password);
    const controlPlane = await startControlPlane(worker, silent);
    try {
      const connector = uniqueName('conn');
      await controlPlane.statusLog.putConnectorStatus(connector, running('executor-1'));
      await controlPlane.statusLog.readToEnd();
      expect(controlPlane.statusLog.state.connector(connector)?.workerId).toBe('executor-1');
    } finally {
      await controlPlane.stop();
    }
    vi.stubEnv(ENV.kafkaSaslPassword, 'wrong');
    await expect(startControlPlane(worker, silent)).rejects.toThrow(
      /SASL SCRAM SHA512 authentication failed/,
    );
  });
});
