/**
 * A whole Tributary cluster for end-to-end tests, on the shared test broker: its own group id and internal
 * topics (so tests never see each other's connectors), REST on a free 127.0.0.1 port, executors as child processes
 * whose logs land in a temp folder. `stop()` drains everything; `deleteTopics()` removes what the test created.
 */

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type LocalCluster, startLocalCluster } from '../../control-plane/local/cluster.ts';
import { createKafka } from '../../shared/adapters/kafka/client.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import type { MembershipTiming } from '../../shared/membership/membership.ts';
import { freePort } from '../../shared/util/net.ts';

export interface TestClusterOptions {
  executors?: number;
  workerProps?: Record<string, string>;
  /** Reuse the internal topics (and lease and assignment tables) of an earlier cluster (restart scenarios). */
  id?: string;
  /** scheduled.rebalance.max.delay.ms (default 0 here, so work moves at once; Apache's default is 300000). */
  rebalanceDelayMs?: number;
  /** Executor lease timing (default here: 6 s leases, 1 s heartbeats, 2 s fence margin). */
  membership?: Partial<MembershipTiming>;
}

/** Short leases, so a killed executor's work moves within seconds. */
export const TEST_MEMBERSHIP_TIMING: MembershipTiming = {
  leaseDurationMs: 6_000,
  heartbeatIntervalMs: 1_000,
  fenceMarginMs: 2_000,
};

export interface TestCluster extends LocalCluster {
  readonly id: string;
  readonly bootstrapServers: string;
  readonly workerProps: Record<string, string>;
  readonly logDir: string;
}

// Control-plane logs are dropped unless TRIBUTARY_TEST_LOG=1 (executor logs always go to files in logDir).
const quietLogger =
  process.env.TRIBUTARY_TEST_LOG === '1'
    ? createLogger({ component: 'test-cluster' })
    : createLogger({ component: 'test-cluster' }, { write: () => undefined });

/**
 * The worker properties that make `id` a cluster of its own on the test broker: group `connect-<id>`, internal
 * topics `<id>-configs|offsets|status` with one replica (the test broker is a single node), then `extra`.
 */
export function testWorkerProps(id: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'group.id': `connect-${id}`,
    'config.storage.topic': `${id}-configs`,
    'offset.storage.topic': `${id}-offsets`,
    'status.storage.topic': `${id}-status`,
    'config.storage.replication.factor': '1',
    'offset.storage.replication.factor': '1',
    'status.storage.replication.factor': '1',
    ...extra,
  };
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function startTestCluster(options: TestClusterOptions = {}): Promise<TestCluster> {
  const bootstrapServers = inject('kafkaBootstrapServers');
  const id = options.id ?? uniqueName('tc');
  const logDir = mkdtempSync(join(tmpdir(), `tributary-${id}-`));
  const workerProps: Record<string, string> = {
    'bootstrap.servers': bootstrapServers,
    ...testWorkerProps(id),
    'offset.storage.partitions': '5',
    'status.storage.partitions': '2',
    'offset.flush.interval.ms': '1000',
    'scheduled.rebalance.max.delay.ms': String(options.rebalanceDelayMs ?? 0),
    ...options.workerProps,
  };
  const cluster = await startLocalCluster({
    workerProps,
    host: '127.0.0.1',
    port: await freePort(),
    executors: options.executors ?? 2,
    logger: quietLogger,
    logDir,
    // Each cluster gets its own tables, named after its group id (connect-<id>), on the run's DynamoDB Local.
    dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT || inject('dynamodbEndpoint') || '',
    membership: { ...TEST_MEMBERSHIP_TIMING, ...options.membership },
  });
  return {
    ...cluster,
    id,
    bootstrapServers,
    workerProps,
    logDir,
    // The executors' log files go with the cluster, unless kept for debugging (TRIBUTARY_TEST_LOG=1).
    stop: async () => {
      await cluster.stop();
      if (process.env.TRIBUTARY_TEST_LOG !== '1') rmSync(logDir, { recursive: true, force: true });
    },
  };
}

/** The status of a connector's task 0 as the status endpoint shows it ({} while there is none). */
export async function firstTaskStatus(
  url: string,
  name: string,
): Promise<{ state?: string; trace?: string }> {
  const status = await rest(url, 'GET', `/connectors/${name}/status`);
  const body = status.body as { tasks?: Array<{ state: string; trace?: string }> };
  return body.tasks?.[0] ?? {};
}

/** The committed offset of a single-partition sink connector, from GET /offsets (undefined while none). */
export async function sinkCommittedOffset(url: string, name: string): Promise<number | undefined> {
  const response = await rest(url, 'GET', `/connectors/${name}/offsets`);
  const body = response.body as { offsets?: Array<{ offset: { kafka_offset: number } }> };
  return body.offsets?.[0]?.offset.kafka_offset;
}

/** Deletes topics a test created (its data topics and, given a cluster id, its internal topics). */
export async function deleteTopics(topics: string[], clusterId?: string): Promise<void> {
  const kafka = createKafka({
    bootstrapServers: inject('kafkaBootstrapServers'),
    clientId: 'test-cleanup',
    logger: quietLogger,
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const all = [
      ...topics,
      ...(clusterId ? [`${clusterId}-configs`, `${clusterId}-offsets`, `${clusterId}-status`] : []),
    ];
    const doomed = [...new Set(all)].filter((t) => existing.has(t));
    if (doomed.length > 0) await admin.deleteTopics({ topics: doomed, timeout: 30_000 });
  } finally {
    await admin.disconnect();
  }
}

export interface RestResponse {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
}

/** One REST call; bodies that are strings are sent as they are (for malformed-input tests). */
export async function rest(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<RestResponse> {
  const init: RequestInit = {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
  };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, init);
  } catch (err) {
    // A kept-alive connection the server closed as it was reused: the control plane runs in this process, so a
    // test that blocks the event loop (reading a large file) can make both ends' idle timers fire together. A GET
    // is safe to send again; anything else is reported.
    if (method !== 'GET' || (err as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw err;
    response = await fetch(`${baseUrl}${path}`, init);
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}
