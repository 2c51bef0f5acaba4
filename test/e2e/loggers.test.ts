/**
 * /admin/loggers: levels read and changed over REST; `scope=cluster` reaches the executors through the config
 * topic and really changes what they log.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLevel } from '../../shared/logging/levels.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';

describe('/admin/loggers', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startTestCluster({ executors: 1 });
    // Like Apache workers, executors ignore cluster log levels written before they started: wait until the
    // executor runs a connector before changing levels.
    const ready = uniqueName('ready');
    await rest(cluster.url, 'POST', '/connectors', {
      name: ready,
      config: { 'connector.class': 'FileStreamSink', topics: uniqueName('t'), file: '/dev/null' },
    });
    await waitFor(
      async () => {
        const status = await rest(cluster.url, 'GET', `/connectors/${ready}/status`);
        return (
          status.status === 200 &&
          (status.body as { connector: { state: string } }).connector.state === 'RUNNING'
        );
      },
      60_000,
      'the executor running',
    );
  });

  afterAll(async () => {
    setLevel('root', 'INFO', null);
    await cluster?.stop();
    await deleteTopics([], cluster?.id);
  });

  const executorLogs = () =>
    readdirSync(cluster.logDir)
      .map((f) => readFileSync(join(cluster.logDir, f), 'utf8'))
      .join('');

  it('answers Apache shapes and errors', async () => {
    const all = await rest(cluster.url, 'GET', '/admin/loggers');
    expect(all.status).toBe(200);
    expect((all.body as Record<string, unknown>).root).toMatchObject({ level: expect.any(String) });
    expect((await rest(cluster.url, 'GET', '/admin/loggers/no.such.Logger')).body).toEqual({
      error_code: 404,
      message: 'Logger no.such.Logger not found.',
    });
    expect((await rest(cluster.url, 'PUT', '/admin/loggers/x', {})).body).toEqual({
      error_code: 400,
      message: "Desired 'level' parameter was not specified in request.",
    });
    expect((await rest(cluster.url, 'PUT', '/admin/loggers/x', { level: 'NOPE' })).body).toEqual({
      error_code: 404,
      message: "invalid log level 'NOPE'.",
    });
    const worker = await rest(cluster.url, 'PUT', '/admin/loggers/org.apache.kafka.clients', {
      level: 'DEBUG',
    });
    expect(worker.status).toBe(200);
    expect(worker.body).toContain('org.apache.kafka.clients');
    const one = await rest(cluster.url, 'GET', '/admin/loggers/org.apache.kafka.clients');
    expect(one.body).toMatchObject({ level: 'DEBUG', last_modified: expect.any(Number) });
  });

  it('changes what the executors log with scope=cluster', async () => {
    const quiet = uniqueName('quiet');
    expect(
      (await rest(cluster.url, 'PUT', '/admin/loggers/root?scope=cluster', { level: 'ERROR' })).status,
    ).toBe(204);
    // The executor applies the record when it reads it; a marker record read after it proves it has.
    await rest(cluster.url, 'POST', '/connectors', {
      name: quiet,
      config: { 'connector.class': 'FileStreamSink', topics: uniqueName('t'), file: '/dev/null' },
    });
    await waitFor(
      async () =>
        ((await rest(cluster.url, 'GET', `/connectors/${quiet}/tasks`)).body as unknown[]).length === 1,
      60_000,
      'task configs of the quiet connector',
    );
    // Errors still get through at ERROR; the INFO lines about the connector do not.
    const infoLines = executorLogs()
      .split('\n')
      .filter((l) => l.includes('"level":"INFO"') && l.includes(`"connector":"${quiet}"`));
    expect(infoLines).toEqual([]);

    const loud = uniqueName('loud');
    expect(
      (await rest(cluster.url, 'PUT', '/admin/loggers/root?scope=cluster', { level: 'INFO' })).status,
    ).toBe(204);
    await rest(cluster.url, 'POST', '/connectors', {
      name: loud,
      config: { 'connector.class': 'FileStreamSink', topics: uniqueName('t'), file: '/dev/null' },
    });
    await waitFor(
      () =>
        executorLogs()
          .split('\n')
          .some((l) => l.includes('"level":"INFO"') && l.includes(`"connector":"${loud}"`)),
      60_000,
      'INFO lines again',
    );
  });
});
