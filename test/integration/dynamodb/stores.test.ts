/**
 * The DynamoDB adapters against a real DynamoDB Local: the shared port contracts, plus what only a real server
 * shows — independent clients racing on one conditional write, leases expiring on the real clock, TTL enabled.
 * Needs no Kafka (the integration project's global setup starts one anyway).
 */
import { DescribeTimeToLiveCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { runSchedulerRound } from '../../../control-plane/scheduler/reconcile.ts';
import { createDynamoClient } from '../../../shared/adapters/dynamodb/client.ts';
import { DynamoAssignmentStore } from '../../../shared/adapters/dynamodb/dynamo-assignment-store.ts';
import { DynamoLeaseStore } from '../../../shared/adapters/dynamodb/dynamo-lease-store.ts';
import { LEASE_TABLE_KEYS } from '../../../shared/adapters/dynamodb/tables.ts';
import { LeaseLostError } from '../../../shared/ports/lease-store.ts';
import { waitFor } from '../../../shared/util/wait.ts';
import { useDynamoDb } from '../../support/dynamodb.ts';
import {
  assignmentStoreContract,
  sampleDocument,
} from '../../unit/scheduler/contracts/assignment-store.contract.ts';
import { leaseStoreContract } from '../../unit/scheduler/contracts/lease-store.contract.ts';

const dynamo = useDynamoDb();
const EXPIRY_TIMEOUT_MS = 10_000;

leaseStoreContract(async (now) => {
  const names = await dynamo.freshTables();
  return new DynamoLeaseStore({ client: dynamo.client(), tableName: names.leases, now });
});

assignmentStoreContract({
  async fresh() {
    const names = await dynamo.freshTables();
    const make = () => new DynamoAssignmentStore({ client: dynamo.client(), tableName: names.assignments });
    return { store: make(), another: make };
  },
});

describe('DynamoDB adapters on a real server', () => {
  it('of 20 writers with their own clients racing for one version, exactly one wins', async () => {
    const names = await dynamo.freshTables();
    const store = new DynamoAssignmentStore({ client: dynamo.client(), tableName: names.assignments });
    expect(await store.write(sampleDocument(1))).toBe(true);
    const clients = Array.from({ length: 20 }, () => createDynamoClient({ endpoint: dynamo.endpoint() }));
    try {
      const candidates = clients.map((_, i) => sampleDocument(2, { tag: `client${i}-` }));
      const results = await Promise.all(
        clients.map((client, i) =>
          new DynamoAssignmentStore({ client, tableName: names.assignments }).write(
            candidates[i] as (typeof candidates)[number],
          ),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.read()).toEqual(candidates[results.indexOf(true)]);
    } finally {
      for (const client of clients) client.destroy();
    }
  });

  it('20 schedulers running a round at once write one new version between them', async () => {
    const names = await dynamo.freshTables();
    const leaseStore = new DynamoLeaseStore({ client: dynamo.client(), tableName: names.leases });
    const assignmentStore = new DynamoAssignmentStore({
      client: dynamo.client(),
      tableName: names.assignments,
    });
    for (const id of ['e-a', 'e-b', 'e-c']) {
      await leaseStore.register({ executorId: id, address: `${id}:8083`, leaseDurationMs: 60_000 });
    }
    const config = { offset: 5, connectors: [{ name: 'files', tasks: 7 }] };
    const rounds = await Promise.all(
      Array.from({ length: 20 }, () =>
        runSchedulerRound({ leaseStore, assignmentStore }, config, { maxDelayMs: 1_000, maxAttempts: 30 }),
      ),
    );
    expect(rounds.filter((r) => r.written)).toHaveLength(1);
    const stored = await assignmentStore.read();
    expect(stored?.version).toBe(1);
    expect(stored?.members.map((m) => m.tasks.length)).toEqual([3, 2, 2]);
    for (const round of rounds) expect(round.document).toEqual(stored);
  });

  it('a lease expires on the real clock unless renewed, and a stale epoch can never renew', async () => {
    const names = await dynamo.freshTables();
    const store = new DynamoLeaseStore({ client: dynamo.client(), tableName: names.leases });
    const leaseDurationMs = 1_500;
    const first = await store.register({ executorId: 'e-1', address: 'e-1:8083', leaseDurationMs });
    const renewed = await store.renew({ executorId: 'e-1', epoch: first.epoch, leaseDurationMs });
    expect(renewed.expiresAtMs).toBeGreaterThanOrEqual(first.expiresAtMs);
    await waitFor(
      async () => (await store.liveMembers()).length === 0,
      EXPIRY_TIMEOUT_MS,
      'the lease to expire',
    );
    await expect(
      store.renew({ executorId: 'e-1', epoch: first.epoch, leaseDurationMs }),
    ).rejects.toBeInstanceOf(LeaseLostError);
    const second = await store.register({ executorId: 'e-1', address: 'e-1:8083', leaseDurationMs: 60_000 });
    expect(second.epoch).toBeGreaterThan(first.epoch);
    await expect(
      store.renew({ executorId: 'e-1', epoch: first.epoch, leaseDurationMs: 60_000 }),
    ).rejects.toThrow(/epoch/);
    expect(await store.liveMembers()).toEqual([second]);
  });

  it('creates the lease table with TTL on expiresAt, the attribute the CDK stack configures', async () => {
    const names = await dynamo.freshTables();
    const ttl = await dynamo.client().send(new DescribeTimeToLiveCommand({ TableName: names.leases }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe(LEASE_TABLE_KEYS.ttlAttribute);
    expect(ttl.TimeToLiveDescription?.TimeToLiveStatus).toMatch(/ENABL/);
    expect(dynamo.client()).toBeInstanceOf(DynamoDBClient);
  });
});
