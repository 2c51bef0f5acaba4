/** / — Apache's RootResource: version, commit and Kafka cluster id. */
import { Hono } from 'hono';
import type { Herder } from '../../herder/herder.ts';
import { methodNotAllowedResponse } from '../errors.ts';

export function rootRoutes(herder: Herder): Hono {
  const app = new Hono();
  app.get('/', async (c) => c.json(await herder.serverInfo()));
  app.all('/', methodNotAllowedResponse);
  return app;
}
