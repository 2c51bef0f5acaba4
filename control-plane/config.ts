/** The control plane's process configuration, read once from the environment. */
import { type LogLevel, parseLogLevel } from '../shared/logging/logger.ts';
import { ENV } from '../shared/runtime/env.ts';
import {
  parseWorkerConfig,
  type WorkerConfig,
  workerPropertiesFromEnv,
} from '../shared/runtime/worker-config.ts';

export interface ControlPlaneConfig {
  readonly host: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly worker: WorkerConfig;
}

export const DEFAULT_REST_HOST = '127.0.0.1';
export const DEFAULT_REST_PORT = 8083;

export function loadControlPlaneConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  overrides: Record<string, string> = {},
): ControlPlaneConfig {
  const listener = env[ENV.restListener] ?? `${DEFAULT_REST_HOST}:${DEFAULT_REST_PORT}`;
  const colon = listener.lastIndexOf(':');
  const host = colon > 0 ? listener.slice(0, colon) : DEFAULT_REST_HOST;
  const port = Number(colon >= 0 ? listener.slice(colon + 1) : listener);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${ENV.restListener} has a bad port`);
  return Object.freeze({
    host,
    port,
    logLevel: parseLogLevel(env[ENV.logLevel], 'INFO'),
    worker: parseWorkerConfig({ ...workerPropertiesFromEnv(env), ...overrides }),
  });
}
