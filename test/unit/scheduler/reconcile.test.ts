/** One scheduling round against the (in-memory) stores: read, compute, compare-and-set, retry. */
import { describe, expect, it } from 'vitest';
import { runSchedulerRound } from '../../../control-plane/scheduler/reconcile.ts';
import { ConflictError } from '../../../shared/domain/errors.ts';
import { MemoryAssignmentStore } from '../../../shared/membership/memory-assignment-store.ts';
import { MemoryLeaseStore } from '../../../shared/membership/memory-lease-store.ts';
import type { AssignmentDocument, AssignmentStore } from '../../../shared/ports/assignment-store.ts';

const config = { offset: 3, connectors: [{ name: 'files', tasks: 3 }] };

async function cluster(ids: string[]) {
  let now = 1_000_000;
  const leaseStore = new MemoryLeaseStore({ now: () => now });
  const assignmentStore = new MemoryAssignmentStore();
  for (const id of ids)
    await leaseStore.register({ executorId: id, address: `${id}:8083`, leaseDurationMs: 10_000 });
  return {
    leaseStore,
    assignmentStore,
    clock: { now: () => now, advance: (ms: number) => (now += ms) },
  };
}

describe('runSchedulerRound', () => {
  it('writes the first assignment for the live leases, then finds nothing to change', async () => {
    const { leaseStore, assignmentStore, clock } = await cluster(['e1', 'e2']);
    const first = await runSchedulerRound({ leaseStore, assignmentStore, now: clock.now }, config);
    expect(first).toMatchObject({ written: true, attempts: 1, changed: true });
    expect(await assignmentStore.read()).toEqual(first.document);
    expect(first.document.members.map((m) => m.tasks.length)).toEqual([2, 1]);
    const second = await runSchedulerRound({ leaseStore, assignmentStore, now: clock.now }, config);
    expect(second).toMatchObject({ written: false, changed: false });
  });

  it('holds the work of an executor whose lease expired, with Apache’s default delay of 5 minutes', async () => {
    const { leaseStore, assignmentStore, clock } = await cluster(['e1', 'e2']);
    await runSchedulerRound({ leaseStore, assignmentStore, now: clock.now }, config);
    const e1 = (await leaseStore.liveMembers())[0];
    clock.advance(10_000);
    if (e1) await leaseStore.register({ executorId: 'e1', address: 'e1:8083', leaseDurationMs: 10_000 });
    const round = await runSchedulerRound({ leaseStore, assignmentStore, now: clock.now }, config);
    expect(round.document.lost.map((g) => g.executorId)).toEqual(['e2']);
    expect(round.nextRunAtMs).toBe(clock.now() + 300_000);
  });

  it('recomputes from the newer document when another scheduler wrote first', async () => {
    const { leaseStore, assignmentStore, clock } = await cluster(['e1']);
    let interfered = false;
    const racing: AssignmentStore = {
      read: () => assignmentStore.read(),
      async write(next: AssignmentDocument) {
        if (!interfered) {
          interfered = true;
          await assignmentStore.write({ ...next, members: [] });
        }
        return assignmentStore.write(next);
      },
    };
    const round = await runSchedulerRound({ leaseStore, assignmentStore: racing, now: clock.now }, config);
    expect(round).toMatchObject({ written: true, attempts: 2 });
    expect((await assignmentStore.read())?.version).toBe(2);
  });

  it('gives up with a ConflictError when it loses every attempt', async () => {
    const { leaseStore, clock } = await cluster(['e1']);
    const losing: AssignmentStore = { read: async () => null, write: async () => false };
    await expect(
      runSchedulerRound({ leaseStore, assignmentStore: losing, now: clock.now }, config, { maxAttempts: 3 }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
