/**
 * The control plane's Lambda handler, driven with real API Gateway event shapes (HTTP API v2 and REST v1) against
 * the real broker: the same answers as the local HTTP server, through hono/aws-lambda.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { workerPropsToEnv } from '../../shared/adapters/local/process-launcher.ts';
import { deleteTopics, testWorkerProps, uniqueName } from '../support/cluster.ts';
import { type Handler, httpApiEvent, lambdaContext, restApiEvent } from '../support/lambda-events.ts';

describe('control plane Lambda handler', () => {
  const id = uniqueName('lambda');
  const saved = { ...process.env };
  let handler: Handler;
  let shutdown: () => Promise<void>;

  beforeAll(async () => {
    Object.assign(
      process.env,
      workerPropsToEnv({ 'bootstrap.servers': inject('kafkaBootstrapServers'), ...testWorkerProps(id) }),
    );
    process.env.TRIBUTARY_LOG_LEVEL = 'ERROR';
    ({ handler, shutdown } = (await import('../../control-plane/lambda.ts')) as unknown as {
      handler: Handler;
      shutdown: () => Promise<void>;
    });
  });

  afterAll(async () => {
    await shutdown?.();
    process.env = saved;
    await deleteTopics([], id);
  });

  it('serves GET / and GET /connectors from an HTTP API (v2) event', async () => {
    const root = await handler(httpApiEvent('GET', '/'), lambdaContext);
    expect(root.statusCode).toBe(200);
    expect(JSON.parse(root.body)).toMatchObject({ version: '4.1.1' });
    expect(JSON.parse(root.body).kafka_cluster_id).toMatch(/\S+/);
    const list = await handler(httpApiEvent('GET', '/connectors'), lambdaContext);
    expect(list.statusCode).toBe(200);
    expect(JSON.parse(list.body)).toEqual([]);
  });

  it('creates a connector through the handler and reads it back from a REST API (v1) event', async () => {
    const name = uniqueName('via-lambda');
    const config = { 'connector.class': 'FileStreamSink', topics: 'lambda-topic', file: '/dev/null' };
    const created = await handler(httpApiEvent('POST', '/connectors', { name, config }), lambdaContext);
    expect(created.statusCode).toBe(201);
    expect(JSON.parse(created.body)).toEqual({ name, config: { ...config, name }, tasks: [], type: 'sink' });
    const read = await handler(restApiEvent('GET', `/connectors/${name}/config`), lambdaContext);
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(read.body)).toEqual({ ...config, name });
  });

  it('answers errors with the Connect error body', async () => {
    const missing = await handler(httpApiEvent('GET', '/connectors/absent'), lambdaContext);
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ error_code: 404, message: 'Connector absent not found' });
  });
});
