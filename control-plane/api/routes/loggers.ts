/**
 * /admin/loggers — Apache's LoggingResource (KIP-495, KIP-976): read levels, set them in this process
 * (`scope=worker`, the default) or in every process of the cluster (`scope=cluster`, through the config topic).
 */
import { Hono } from 'hono';
import { BadRequestError, NotFoundError } from '../../../shared/domain/errors.ts';
import {
  explicitLevels,
  isKnownLogger,
  loggerLevel,
  parseLevelName,
  setLevel,
} from '../../../shared/logging/levels.ts';
import type { Herder } from '../../herder/herder.ts';
import { methodNotAllowedResponse } from '../errors.ts';
import { parseJsonBody } from '../schemas/requests.ts';

export function loggerRoutes(herder: Herder): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json(explicitLevels()));
  app.get('/:logger', (c) => {
    const name = c.req.param('logger');
    if (!isKnownLogger(name)) throw new NotFoundError(`Logger ${name} not found.`);
    return c.json(loggerLevel(name));
  });
  app.put('/:logger', async (c) => {
    const name = c.req.param('logger');
    const body = parseJsonBody(await c.req.text());
    const raw =
      body !== null && typeof body === 'object' ? (body as Record<string, unknown>).level : undefined;
    if (raw === undefined || raw === null) {
      throw new BadRequestError("Desired 'level' parameter was not specified in request.");
    }
    const level = parseLevelName(String(raw));
    // Apache answers an unknown level with 404 (sic).
    if (!level) throw new NotFoundError(`invalid log level '${String(raw)}'.`);
    if ((c.req.query('scope') ?? 'worker').toLowerCase() === 'cluster') {
      await herder.setClusterLoggerLevel(name, level);
      return c.body(null, 204);
    }
    return c.json(setLevel(name, level), 200);
  });
  app.all('/', methodNotAllowedResponse);
  app.all('/:logger', methodNotAllowedResponse);
  return app;
}
