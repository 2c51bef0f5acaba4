/**
 * Membership and scheduling wired together over DynamoDB Local on the real clock: two executors heartbeat
 * their leases, the scheduler assigns their work, one executor shuts down, its work is held for the delay and
 * then moves to the other one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runSchedulerRound } from '../../../control-plane/scheduler/reconcile.ts';
import { DynamoAssignmentStore } from '../../../shared/adapters/dynamodb/dynamo-assignment-store.ts';
import { DynamoLeaseStore } from '../../../shared/adapters/dynamodb/dynamo-lease-store.ts';
import { assignedWork } from '../../../shared/membership/assigned-work.ts';
import { Membership } from '../../../shared/membership/membership.ts';
import { waitFor } from '../../../shared/util/wait.ts';
import { useDynamoDb } from '../../support/dynamodb.ts';

const dynamo = useDynamoDb();
const TIMING = { leaseDurationMs: 3_000, heartbeatIntervalMs: 500, fenceMarginMs: 1_000 };
const MAX_DELAY_MS = 1_500;
const SETTLE_TIMEOUT_MS = 15_000;

describe('membership + scheduler on DynamoDB Local', () => {
  const started: Membership[] = [];
  afterEach(async () => {
    for (const m of started.splice(0)) await m.stop();
  });

  it('assigns work to live executors and moves a departed executor’s work after the delay', async () => {
    const names = await dynamo.freshTables();
    const leaseStore = new DynamoLeaseStore({ client: dynamo.client(), tableName: names.leases });
    const assignmentStore = new DynamoAssignmentStore({
      client: dynamo.client(),
      tableName: names.assignments,
    });
    const fenced: string[] = [];
    const executors = ['executor-a', 'executor-b'].map((executorId) => {
      const membership = new Membership({
        executorId,
        address: `${executorId}:8083`,
        leaseStore,
        onFenced: () => {
          fenced.push(executorId);
        },
        ...TIMING,
      });
      started.push(membership);
      return { executorId, membership };
    });
    const leases = await Promise.all(executors.map((e) => e.membership.start()));
    const config = { offset: 2, connectors: [{ name: 'files', tasks: 4 }] };
    const round = () =>
      runSchedulerRound({ leaseStore, assignmentStore }, config, { maxDelayMs: MAX_DELAY_MS });

    const first = await round();
    expect(first.written).toBe(true);
    const work = executors.map((e, i) =>
      assignedWork(first.document, e.executorId, leases[i]?.epoch ?? -1).tasks.map((t) => t.task),
    );
    expect(work).toEqual([
      [0, 2],
      [1, 3],
    ]);
    for (const e of executors) e.membership.reportAppliedVersion(first.document.version);

    // Heartbeats keep both leases alive well past one lease duration.
    await waitFor(
      async () => (await leaseStore.liveMembers()).every((l) => l.appliedAssignmentVersion === 1),
      SETTLE_TIMEOUT_MS,
      'both executors to report version 1',
    );
    const [a, b] = executors as [(typeof executors)[0], (typeof executors)[0]];
    // Survived their first expiry: renewed at a time later than it, with nobody fenced.
    const firstExpiry = Math.max(...leases.map((l) => l.expiresAtMs));
    await waitFor(
      async () => {
        const live = await leaseStore.liveMembers();
        return live.length === 2 && live.every((l) => l.expiresAtMs > firstExpiry + TIMING.leaseDurationMs);
      },
      SETTLE_TIMEOUT_MS,
      'both leases to be renewed past their first expiry',
    );
    expect((await leaseStore.liveMembers()).map((l) => l.epoch)).toEqual(leases.map((l) => l.epoch));

    // executor-b shuts down: its tasks are held (UNASSIGNED), then reassigned once the delay is over.
    await b.membership.stop();
    started.splice(started.indexOf(b.membership), 1);
    const held = await round();
    expect(held.status.held.tasks.map((t) => t.task)).toEqual([1, 3]);
    const settled = await waitFor(
      async () => {
        const next = await round();
        return next.document.lost.length === 0 ? next : null;
      },
      SETTLE_TIMEOUT_MS,
      'the held work to be reassigned',
      200,
    );
    const aLease = a.membership.currentLease;
    expect(aLease).not.toBeNull();
    expect(
      assignedWork(settled.document, a.executorId, aLease?.epoch ?? -1).tasks.map((t) => t.task),
    ).toEqual([0, 1, 2, 3]);
    expect(settled.document.members.map((m) => m.executorId)).toEqual(['executor-a']);
    expect(fenced).toEqual([]);
  });
});
