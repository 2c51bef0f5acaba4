/** /connector-plugins — Apache's ConnectorPluginsResource. */
import { Hono } from 'hono';
import type { Herder } from '../../herder/herder.ts';
import { methodNotAllowedResponse } from '../errors.ts';
import { parseJsonBody, readStringMap, requireConfigMap } from '../schemas/requests.ts';

export function connectorPluginRoutes(herder: Herder): Hono {
  const app = new Hono();
  // A primitive boolean query parameter: only a case-insensitive "true" is true; absent means the default, true.
  app.get('/', (c) => {
    const raw = c.req.query('connectorsOnly');
    return c.json(herder.connectorPlugins(raw === undefined ? true : raw.toLowerCase() === 'true'));
  });
  app.get('/:plugin/config', (c) => c.json(herder.pluginConfig(c.req.param('plugin'))));
  app.put('/:plugin/config/validate', async (c) => {
    const config = requireConfigMap(readStringMap(parseJsonBody(await c.req.text())));
    return c.json(await herder.validate(c.req.param('plugin'), config));
  });
  app.all('/', methodNotAllowedResponse);
  app.all('/:plugin/config/validate', methodNotAllowedResponse);
  app.all('/:plugin/config', methodNotAllowedResponse);
  return app;
}
