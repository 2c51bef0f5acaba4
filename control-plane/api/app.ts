/**
 * The Kafka Connect REST API as a Hono app. The same app serves the local HTTP server and the Lambda handler.
 */
import { Hono } from 'hono';
import type { Logger } from '../../shared/logging/logger.ts';
import type { Herder } from '../herder/herder.ts';
import { errorResponse, notFoundResponse } from './errors.ts';
import { connectorPluginRoutes } from './routes/connector-plugins.ts';
import { connectorRoutes } from './routes/connectors.ts';
import { rootRoutes } from './routes/root.ts';

export interface AppDeps {
  readonly herder: Herder;
  readonly logger: Logger;
}

export function buildApp({ herder, logger }: AppDeps): Hono {
  const app = new Hono({ strict: false });
  app.route('/', rootRoutes(herder));
  app.route('/connectors', connectorRoutes(herder));
  app.route('/connector-plugins', connectorPluginRoutes(herder));
  app.notFound(notFoundResponse);
  app.onError((err, c) => errorResponse(c, err, logger));
  return app;
}
