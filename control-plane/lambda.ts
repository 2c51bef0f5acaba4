/**
 * The control plane as an AWS Lambda handler (API Gateway REST v1 and HTTP API v2 events): the same Hono app as
 * the local server. Kafka clients and the followed logs are created on the first invocation and reused while the
 * container stays warm.
 */
import { handle } from 'hono/aws-lambda';
import { createLogger, setLogLevel } from '../shared/logging/logger.ts';
import { buildApp } from './api/app.ts';
import { loadControlPlaneConfig } from './config.ts';
import { type ControlPlane, startControlPlane } from './runtime.ts';

let controlPlane: Promise<ControlPlane> | undefined;
let lambdaHandler: ReturnType<typeof handle> | undefined;

async function warm(): Promise<ReturnType<typeof handle>> {
  const config = loadControlPlaneConfig();
  setLogLevel(config.logLevel);
  const logger = createLogger({ component: 'control-plane-lambda' });
  controlPlane ??= startControlPlane(config.worker, logger);
  try {
    const { herder, offsets } = await controlPlane;
    lambdaHandler ??= handle(buildApp({ herder, offsets, logger }));
    return lambdaHandler;
  } catch (err) {
    controlPlane = undefined; // the next invocation tries again
    throw err;
  }
}

export const handler = async (...args: Parameters<ReturnType<typeof handle>>) => (await warm())(...args);

/** Closes the Kafka clients of a warm container (the runtime's SIGTERM hook and tests call it). */
export async function shutdown(): Promise<void> {
  const running = controlPlane;
  controlPlane = undefined;
  lambdaHandler = undefined;
  if (running) await (await running).stop();
}
