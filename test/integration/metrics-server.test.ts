/**
 * The executor's optional `GET /metrics` endpoint: off unless TRIBUTARY_METRICS_PORT is set, bound to 127.0.0.1,
 * serving the registry in the Prometheus text format.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  type MetricsServer,
  metricsPortFromEnv,
  PROMETHEUS_CONTENT_TYPE,
  startMetricsServer,
  startMetricsServerFromEnv,
} from '../../executor/metrics-server.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { MetricsRegistry } from '../../shared/metrics/registry.ts';
import { ENV } from '../../shared/runtime/env.ts';

const silent = createLogger({}, { write: () => undefined });

describe('metrics endpoint', () => {
  let server: MetricsServer | null = null;

  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('is off when the port variable is unset or empty, and rejects a bad port', async () => {
    expect(metricsPortFromEnv({})).toBeNull();
    expect(metricsPortFromEnv({ [ENV.metricsPort]: ' ' })).toBeNull();
    expect(metricsPortFromEnv({ [ENV.metricsPort]: '9404' })).toBe(9404);
    expect(() => metricsPortFromEnv({ [ENV.metricsPort]: 'abc' })).toThrow(ENV.metricsPort);
    expect(() => metricsPortFromEnv({ [ENV.metricsPort]: '70000' })).toThrow(ENV.metricsPort);
    expect(await startMetricsServerFromEnv({}, new MetricsRegistry(), silent)).toBeNull();
  });

  it('serves the registry as Prometheus text on 127.0.0.1; other paths are 404', async () => {
    const registry = new MetricsRegistry();
    const counter = registry.counter({ name: 'things_total', help: 'Things.', labelNames: ['kind'] });
    counter.inc({ kind: 'a' });
    server = await startMetricsServerFromEnv({ [ENV.metricsPort]: '0' }, registry, silent);
    expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server?.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(PROMETHEUS_CONTENT_TYPE);
    expect(await response.text()).toBe(
      '# HELP things_total Things.\n# TYPE things_total counter\nthings_total{kind="a"} 1\n',
    );
    // Each scrape renders the current values.
    counter.inc({ kind: 'a' }, 2);
    expect(await (await fetch(`${server?.url}/metrics`)).text()).toContain('things_total{kind="a"} 3\n');
    expect((await fetch(`${server?.url}/`)).status).toBe(404);
    expect((await fetch(`${server?.url}/metrics`, { method: 'POST' })).status).toBe(405);
  });

  it('fails to start when the port is taken', async () => {
    server = await startMetricsServer(new MetricsRegistry(), 0, silent);
    await expect(startMetricsServer(new MetricsRegistry(), server.port, silent)).rejects.toThrow(
      /EADDRINUSE/,
    );
  });
});
