/**
 * The control plane as an AWS Lambda handler (API Gateway REST v1 and HTTP API v2 events): the same Hono app as
 * the local server. Kafka clients and the followed logs are created on the first invocation and reused while the
 * container stays warm.
 */
import { handle } from 'hono/aws-lambda';
import { createLogger, setLogLevel } from '../shared/logging/logger.ts';
import { ENV } from '../shared/runtime/env.ts';
import { membershipStoresFromEnv } from '../shared/runtime/membership-config.ts';
import { buildApp } from './api/app.ts';
import { loadControlPlaneConfig } from './config.ts';
import { type ControlPlane, startControlPlane } from './runtime.ts';

let controlPlane: Promise<ControlPlane> | undefined;
let lambdaHandler: ReturnType<typeof handle> | undefined;

async function warm(): Promise<ReturnType<typeof handle>> {
  const config = loadControlPlaneConfig();
  setLogLevel(config.logLevel);
  const logger = createLogger({ component: 'control-plane-lambda' });
  controlPlane ??= startWithStores(config, logger);
  try {
    const { herder, offsets, metrics } = await controlPlane;
    lambdaHandler ??= handle(buildApp({ herder, offsets, logger, ...(metrics ? { metrics } : {}) }));
    return lambdaHandler;
  } catch (err) {
    controlPlane = undefined; // the next invocation tries again
    throw err;
  }
}

/**
 * Deployed, the lease table holds the config write lock every control plane and executor shares, and the
 * membership stores behind restart's rebalance check and GET /metrics; without them configured (a bare local run
 * of the handler) writes are serialized within this container only.
 */
function startWithStores(
  config: ReturnType<typeof loadControlPlaneConfig>,
  logger: ReturnType<typeof createLogger>,
): Promise<ControlPlane> {
  if (!process.env[ENV.leaseTable] && !process.env[ENV.dynamodbEndpoint]) {
    logger.warn(`${ENV.leaseTable} is not set: config writes are serialized within this process only`);
    return startControlPlane(config.worker, logger);
  }
  const stores = membershipStoresFromEnv(process.env, config.worker.groupId);
  return startControlPlane(config.worker, logger, {
    configWriteLock: stores.configWriteLock,
    membership: { leaseStore: stores.leaseStore, assignmentStore: stores.assignmentStore },
    scheduleAfterWrites: true,
  });
}

export const handler = async (...args: Parameters<ReturnType<typeof handle>>) => (await warm())(...args);

/** Closes the Kafka clients of a warm container (the runtime's SIGTERM hook and tests call it). */
export async function shutdown(): Promise<void> {
  const running = controlPlane;
  controlPlane = undefined;
  lambdaHandler = undefined;
  if (running) await (await running).stop();
}
