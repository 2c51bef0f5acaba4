/**
 * /connectors — Apache's ConnectorsResource: a route reads its input, calls one herder method and maps the result.
 */
import { Hono } from 'hono';
import { BadRequestError, ConnectError, NotFoundError } from '../../../shared/domain/errors.ts';
import type { ConnectorOffsets } from '../../herder/connector-offsets.ts';
import type { Herder } from '../../herder/herder.ts';
import { methodNotAllowedResponse } from '../errors.ts';
import {
  parseJsonBody,
  readConnectorOffsets,
  readCreateConnectorRequest,
  readStringMap,
  requireConfigMap,
} from '../schemas/requests.ts';

/** JAX-RS `{task}` is an int path parameter: anything else matches no resource (404). */
function taskParam(text: string): number {
  if (!/^[+-]?\d+$/.test(text) || Math.abs(Number(text)) > 2147483647) throw new JaxRsNotFound();
  return Number(text);
}

class JaxRsNotFound extends NotFoundError {
  constructor() {
    super('HTTP 404 Not Found');
  }
}

/** Java's Boolean.valueOf: only a case-insensitive "true" is true. */
function javaBoolean(value: string | undefined): boolean {
  return (value ?? '').toLowerCase() === 'true';
}

function checkConfigName(name: string, config: Record<string, string | null>): void {
  const included = config.name;
  if (included !== undefined && included !== null) {
    if (included !== name) {
      throw new BadRequestError(
        `Connector name configuration (${included}) doesn't match connector name in the URL (${name})`,
      );
    }
  } else {
    config.name = name;
  }
}

export function connectorRoutes(herder: Herder, offsets: ConnectorOffsets): Hono {
  const app = new Hono();

  app.get('/', async (c) => {
    const expand = c.req.queries('expand') ?? [];
    if (expand.length === 0) return c.json(await herder.connectors());
    return c.json(await herder.expandedConnectors(expand));
  });

  app.post('/', async (c) => {
    const request = readCreateConnectorRequest(parseJsonBody(await c.req.text()));
    const name = (request.name ?? '').trim();
    const config = requireConfigMap(request.config);
    checkConfigName(name, config);
    const { info } = await herder.putConnectorConfig(name, config, {
      allowReplace: false,
      ...(request.initialState ? { initialState: request.initialState } : {}),
    });
    c.header('Location', new URL(`/connectors/${encodeURIComponent(name)}`, c.req.url).toString());
    return c.json(info, 201);
  });

  app.get('/:name', async (c) => c.json(await herder.connectorInfo(c.req.param('name'))));

  app.delete('/:name', async (c) => {
    await herder.deleteConnector(c.req.param('name'));
    return c.body(null, 204);
  });

  app.get('/:name/config', async (c) => c.json(await herder.connectorConfig(c.req.param('name'))));

  app.put('/:name/config', async (c) => {
    const name = c.req.param('name');
    const config = requireConfigMap(readStringMap(parseJsonBody(await c.req.text())));
    checkConfigName(name, config);
    const { created, info } = await herder.putConnectorConfig(name, config, { allowReplace: true });
    if (created) {
      c.header('Location', new URL(`/connectors/${encodeURIComponent(name)}`, c.req.url).toString());
      return c.json(info, 201);
    }
    return c.json(info, 200);
  });

  app.patch('/:name/config', async (c) => {
    const patch = readStringMap(parseJsonBody(await c.req.text()));
    if (patch === null) {
      throw new ConnectError(
        'Cannot invoke "java.util.Map.forEach(java.util.function.BiConsumer)" because "patch" is null',
      );
    }
    return c.json(await herder.patchConnectorConfig(c.req.param('name'), patch), 200);
  });

  app.put('/:name/stop', async (c) => {
    await herder.stopConnector(c.req.param('name'));
    return c.body(null, 204);
  });

  app.get('/:name/offsets', async (c) => c.json(await offsets.get(c.req.param('name'))));

  app.patch('/:name/offsets', async (c) => {
    const body = readConnectorOffsets(parseJsonBody(await c.req.text()));
    return c.json(await offsets.alter(c.req.param('name'), body), 200);
  });

  app.delete('/:name/offsets', async (c) => c.json(await offsets.reset(c.req.param('name')), 200));

  app.get('/:name/topics', async (c) => c.json(await herder.activeTopics(c.req.param('name'))));

  app.put('/:name/topics/reset', async (c) => {
    await herder.resetActiveTopics(c.req.param('name'));
    return c.body(null, 202);
  });

  app.get('/:name/status', async (c) => c.json(await herder.connectorStatus(c.req.param('name'))));

  app.post('/:name/restart', async (c) => {
    const plan = await herder.restartConnector(
      c.req.param('name'),
      javaBoolean(c.req.query('includeTasks')),
      javaBoolean(c.req.query('onlyFailed')),
    );
    return plan ? c.json(plan, 202) : c.body(null, 204);
  });

  app.put('/:name/pause', async (c) => {
    await herder.setTargetState(c.req.param('name'), 'PAUSED');
    return c.body(null, 202);
  });

  app.put('/:name/resume', async (c) => {
    await herder.setTargetState(c.req.param('name'), 'STARTED');
    return c.body(null, 202);
  });

  app.get('/:name/tasks', async (c) => c.json(await herder.taskInfos(c.req.param('name'))));

  app.get('/:name/tasks/:task/status', async (c) =>
    c.json(await herder.taskStatus(c.req.param('name'), taskParam(c.req.param('task')))),
  );

  app.post('/:name/tasks/:task/restart', async (c) => {
    await herder.restartTask(c.req.param('name'), taskParam(c.req.param('task')));
    return c.body(null, 204);
  });

  for (const path of [
    '/',
    '/:name',
    '/:name/config',
    '/:name/status',
    '/:name/restart',
    '/:name/pause',
    '/:name/resume',
    '/:name/stop',
    '/:name/offsets',
    '/:name/topics',
    '/:name/topics/reset',
    '/:name/tasks',
    '/:name/tasks/:task/status',
    '/:name/tasks/:task/restart',
  ]) {
    app.all(path, methodNotAllowedResponse);
  }
  return app;
}
