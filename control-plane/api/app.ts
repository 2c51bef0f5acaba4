/**
 * The Kafka Connect REST API as a Hono app. The same app serves the local HTTP server and the Lambda handler.
 */

import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import type { Logger } from '../../shared/logging/logger.ts';
import type { ConnectorOffsets } from '../herder/connector-offsets.ts';
import type { Herder } from '../herder/herder.ts';
import { errorResponse, notFoundResponse, unsupportedMediaTypeResponse } from './errors.ts';
import { connectorPluginRoutes } from './routes/connector-plugins.ts';
import { connectorRoutes } from './routes/connectors.ts';
import { healthRoutes } from './routes/health.ts';
import { loggerRoutes } from './routes/loggers.ts';
import { rootRoutes } from './routes/root.ts';

const requireJsonContentType: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type');
  if (type !== undefined && type.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
    return unsupportedMediaTypeResponse(c);
  }
  await next();
};

export interface AppDeps {
  readonly herder: Herder;
  readonly offsets: ConnectorOffsets;
  readonly logger: Logger;
  /** Prometheus text for GET /metrics (Tributary's addition; Apache serves metrics over JMX). */
  readonly metrics?: () => Promise<string>;
}

export function buildApp({ herder, offsets, logger, metrics }: AppDeps): Hono {
  const app = new Hono({ strict: false });
  // Apache's connector resources consume only JSON: a request that declares another body type gets Jersey's 415.
  app.use('/connectors/*', requireJsonContentType);
  app.use('/connectors', requireJsonContentType);
  app.use('/connector-plugins/*', requireJsonContentType);
  app.use('/connector-plugins', requireJsonContentType);
  app.route('/', rootRoutes(herder));
  app.route('/connectors', connectorRoutes(herder, offsets));
  app.route('/health', healthRoutes(herder));
  app.route('/admin/loggers', loggerRoutes(herder));
  app.route('/connector-plugins', connectorPluginRoutes(herder));
  if (metrics) {
    app.get('/metrics', async (c) =>
      c.body(await metrics(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }),
    );
  }
  app.notFound(notFoundResponse);
  app.onError((err, c) => errorResponse(c, err, logger));
  return app;
}
