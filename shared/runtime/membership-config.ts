/**
 * Where membership and scheduling state lives, and the lease timing, as the environment configures them: the
 * DynamoDB endpoint (DynamoDB Local, an emulator; the SDK default in AWS), the lease and assignment tables (by
 * default derived from the worker's group.id, as local clusters create them), and the lease and heartbeat lengths.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../adapters/dynamodb/client.ts';
import { DynamoAssignmentStore } from '../adapters/dynamodb/dynamo-assignment-store.ts';
import { DynamoConfigWriteLock } from '../adapters/dynamodb/dynamo-config-write-lock.ts';
import { DynamoLeaseStore } from '../adapters/dynamodb/dynamo-lease-store.ts';
import { type TableNames, tableNamesFor } from '../adapters/dynamodb/tables.ts';
import { DEFAULT_MEMBERSHIP_TIMING, type MembershipTiming } from '../membership/membership.ts';
import type { AssignmentStore } from '../ports/assignment-store.ts';
import type { ConfigWriteLock } from '../ports/config-write-lock.ts';
import type { LeaseStore } from '../ports/lease-store.ts';
import { ENV } from './env.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** The table prefix a cluster's tables get when the environment names none: `tributary-<group.id>`. */
export function defaultTableNames(groupId: string): TableNames {
  return tableNamesFor(`tributary-${groupId.replace(/[^A-Za-z0-9_.-]/g, '_')}`.slice(0, 200));
}

/** The lease and assignment tables: TRIBUTARY_LEASE_TABLE / TRIBUTARY_ASSIGNMENT_TABLE, else derived from the group. */
export function tableNamesFromEnv(env: Env, groupId: string): TableNames {
  const derived = defaultTableNames(groupId);
  return {
    leases: env[ENV.leaseTable] || derived.leases,
    assignments: env[ENV.assignmentTable] || derived.assignments,
  };
}

function positiveInt(env: Env, name: string, fallback: number, min: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}`);
  return value;
}

/**
 * Lease timing from the environment. When only the lease length is given, the heartbeat is a seventh of it and the
 * fence margin about a third, the same proportions as the defaults (20 s / 3 s / 7 s).
 */
export function membershipTimingFromEnv(env: Env): MembershipTiming {
  const leaseDurationMs = positiveInt(env, ENV.leaseDurationMs, DEFAULT_MEMBERSHIP_TIMING.leaseDurationMs, 1);
  const scaled = leaseDurationMs !== DEFAULT_MEMBERSHIP_TIMING.leaseDurationMs;
  const heartbeatIntervalMs = positiveInt(
    env,
    ENV.heartbeatIntervalMs,
    scaled ? Math.max(1, Math.floor(leaseDurationMs / 7)) : DEFAULT_MEMBERSHIP_TIMING.heartbeatIntervalMs,
    1,
  );
  const fenceMarginMs = positiveInt(
    env,
    ENV.fenceMarginMs,
    scaled ? Math.floor((leaseDurationMs * 7) / 20) : DEFAULT_MEMBERSHIP_TIMING.fenceMarginMs,
    0,
  );
  return { leaseDurationMs, heartbeatIntervalMs, fenceMarginMs };
}

export interface MembershipStores {
  readonly client: DynamoDBClient;
  readonly tables: TableNames;
  readonly leaseStore: LeaseStore;
  readonly assignmentStore: AssignmentStore;
  /** Serializes conditional config-topic writes across all control planes and executors of the cluster. */
  readonly configWriteLock: ConfigWriteLock;
}

/** The DynamoDB client, the two stores and the config write lock for the cluster of `groupId`. */
export function membershipStoresFromEnv(env: Env, groupId: string): MembershipStores {
  const endpoint = env[ENV.dynamodbEndpoint];
  const client = createDynamoClient(endpoint ? { endpoint } : {});
  const tables = tableNamesFromEnv(env, groupId);
  return {
    client,
    tables,
    leaseStore: new DynamoLeaseStore({ client, tableName: tables.leases }),
    assignmentStore: new DynamoAssignmentStore({ client, tableName: tables.assignments }),
    configWriteLock: new DynamoConfigWriteLock({ client, tableName: tables.leases }),
  };
}
