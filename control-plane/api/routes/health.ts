/** /health — Apache's KIP-1017 health check: `{status, message}` with 200 when healthy, 500 when not. */
import { Hono } from 'hono';
import type { Herder } from '../../herder/herder.ts';
import { methodNotAllowedResponse } from '../errors.ts';

export function healthRoutes(herder: Herder): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const { healthy, body } = await herder.health();
    return c.json(body, healthy ? 200 : 500);
  });
  app.all('/', methodNotAllowedResponse);
  return app;
}
