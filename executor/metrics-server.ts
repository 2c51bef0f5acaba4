/**
 * The executor's optional metrics endpoint: `GET /metrics` on 127.0.0.1 renders the executor's metrics registry in
 * the Prometheus text format. Off unless `TRIBUTARY_METRICS_PORT` is set.
 */
import { createServer } from 'node:http';
import type { Logger } from '../shared/logging/logger.ts';
import type { MetricsRegistry } from '../shared/metrics/registry.ts';
import { ENV } from '../shared/runtime/env.ts';
import { executorMetrics } from './metrics.ts';

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export interface MetricsServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The port `TRIBUTARY_METRICS_PORT` names; null when unset or empty. Throws on anything but 0..65535. */
export function metricsPortFromEnv(env: NodeJS.ProcessEnv): number | null {
  const text = env[ENV.metricsPort]?.trim();
  if (text === undefined || text === '') return null;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) {
    throw new Error(`${ENV.metricsPort} must be a port number (0-65535), not '${text}'`);
  }
  return port;
}

/** Serves `registry` on 127.0.0.1:`port` (0: any free port). */
export function startMetricsServer(
  registry: MetricsRegistry,
  port: number,
  logger: Logger,
): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not Found\n');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      response.end('Method Not Allowed\n');
      return;
    }
    let body: string;
    try {
      body = registry.render();
    } catch (err) {
      logger.error('could not render metrics', { err });
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal Server Error\n');
      return;
    }
    response.writeHead(200, { 'content-type': PROMETHEUS_CONTENT_TYPE });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      logger.info('metrics endpoint listening', { url: `http://127.0.0.1:${bound}/metrics` });
      resolve({
        url: `http://127.0.0.1:${bound}`,
        port: bound,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Starts the endpoint when `TRIBUTARY_METRICS_PORT` is set; null otherwise. */
export async function startMetricsServerFromEnv(
  env: NodeJS.ProcessEnv,
  registry: MetricsRegistry,
  logger: Logger,
): Promise<MetricsServer | null> {
  const port = metricsPortFromEnv(env);
  return port === null ? null : startMetricsServer(registry, port, logger);
}

/** The executor's endpoint for its process registry (executor/metrics.ts); null unless `TRIBUTARY_METRICS_PORT` is set. */
export function startExecutorMetricsServer(
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<MetricsServer | null> {
  return startMetricsServerFromEnv(env, executorMetrics, logger);
}
