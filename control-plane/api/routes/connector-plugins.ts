/** /connector-plugins — Apache's ConnectorPluginsResource. */
import { Hono } from 'hono';
import type { Herder } from '../../herder/herder.ts';
import { methodNotAllowedResponse } from '../errors.ts';
import { parseJsonBody, readStringMap, requireConfigMap } from '../schemas/requests.ts';

export function connectorPluginRoutes(herder: Herder): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json(herder.connectorPlugins()));
  app.put('/:plugin/config/validate', async (c) => {
    const config = requireConfigMap(readStringMap(parseJsonBody(await c.req.text())));
    return c.json(await herder.validate(c.req.param('plugin'), config));
  });
  app.all('/', methodNotAllowedResponse);
  app.all('/:plugin/config/validate', methodNotAllowedResponse);
  return app;
}
