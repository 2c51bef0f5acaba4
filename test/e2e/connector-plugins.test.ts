/**
 * /connector-plugins over REST: the listing (connectors only by default), one plugin's config definitions as
 * Apache 4.1.1 answers them (captured fixtures), and the errors for unknown plugins.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteTopics, rest, startTestCluster, type TestCluster } from '../support/cluster.ts';

const FIXTURES = join(import.meta.dirname, '..', 'unit', 'config', 'fixtures');
const apache = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

describe('/connector-plugins', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startTestCluster({ executors: 1 });
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics([], cluster?.id);
  });

  it('lists the connectors, sinks first', async () => {
    const response = await rest(cluster.url, 'GET', '/connector-plugins');
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { class: 'org.apache.kafka.connect.file.FileStreamSinkConnector', type: 'sink', version: '4.1.1' },
      { class: 'org.apache.kafka.connect.file.FileStreamSourceConnector', type: 'source', version: '4.1.1' },
    ]);
    expect((await rest(cluster.url, 'GET', '/connector-plugins?connectorsOnly=TRUE')).body).toEqual(
      response.body,
    );
  });

  it('lists converters too with connectorsOnly=false, in Apache order', async () => {
    const response = await rest(cluster.url, 'GET', '/connector-plugins?connectorsOnly=false');
    const types = (response.body as Array<{ type: string }>).map((p) => p.type);
    const order = ['sink', 'source', 'transformation', 'predicate', 'converter', 'header_converter'];
    expect(types.map((t) => order.indexOf(t))).toEqual(
      [...types.map((t) => order.indexOf(t))].sort((a, b) => a - b),
    );
    expect(response.body).toContainEqual({
      class: 'org.apache.kafka.connect.json.JsonConverter',
      type: 'converter',
      version: '4.1.1',
    });
  });

  it("answers a connector's config definitions as Apache does", async () => {
    for (const [alias, fixture] of [
      ['FileStreamSink', 'FileStreamSink-config.json'],
      ['org.apache.kafka.connect.file.FileStreamSourceConnector', 'FileStreamSource-config.json'],
    ]) {
      const response = await rest(cluster.url, 'GET', `/connector-plugins/${alias}/config`);
      expect(response.status).toBe(200);
      expect(response.text).toBe(JSON.stringify(apache(fixture as string)));
    }
  });

  it('answers 404 for an unknown plugin', async () => {
    expect((await rest(cluster.url, 'GET', '/connector-plugins/Nope/config')).body).toEqual({
      error_code: 404,
      message: 'Unknown plugin Nope.',
    });
  });
});
