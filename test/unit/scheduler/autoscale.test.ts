/**
 * The scaling pass (control-plane/scheduler/autoscale.ts) with the assignor in the loop: in-memory lease and
 * assignment stores and an in-memory fleet (the ECS adapter is tested against moto in
 * test/integration/autoscale.test.ts). Pins the scale-in protocol: draining executors are the least loaded, their
 * work is revoked before anyone else gets it, they are stopped only after confirming, and the desired count never
 * drops below the executors still holding work; scale-out raises the count and takes draining executors back first.
 */
import { describe, expect, it } from 'vitest';
import {
  autoscaleConfigFromEnv,
  runScalingPass,
  type ScalingSettings,
  scalingExecutors,
  workUnitsOf,
} from '../../../control-plane/scheduler/autoscale.ts';
import type { ConfigSnapshot } from '../../../control-plane/scheduler/config-snapshot.ts';
import { runSchedulerRound } from '../../../control-plane/scheduler/reconcile.ts';
import { DEPLOY_ENV } from '../../../infra/lib/deploy-env.ts';
import { assignedWork } from '../../../shared/membership/assigned-work.ts';
import { MemoryAssignmentStore } from '../../../shared/membership/memory-assignment-store.ts';
import { MemoryLeaseStore } from '../../../shared/membership/memory-lease-store.ts';
import type { AssignmentDocument } from '../../../shared/ports/assignment-store.ts';
import type { ExecutorFleet, FleetMember, FleetSize } from '../../../shared/ports/executor-fleet.ts';
import { ENV } from '../../../shared/runtime/env.ts';

/** A service that keeps a desired count and whose members are stopped by id (no tasks start on their own). */
class MemoryFleet implements ExecutorFleet {
  desiredCount: number;
  readonly running = new Set<string>();
  readonly stopped: string[] = [];
  /** Desired counts set, in order. */
  readonly history: number[] = [];
  constructor(ids: readonly string[]) {
    for (const id of ids) this.running.add(id);
    this.desiredCount = ids.length;
  }
  async size(): Promise<FleetSize> {
    return { desiredCount: this.desiredCount, runningCount: this.running.size, pendingCount: 0 };
  }
  async setDesiredCount(count: number): Promise<FleetSize> {
    this.desiredCount = count;
    this.history.push(count);
    return this.size();
  }
  async members(): Promise<FleetMember[]> {
    return [...this.running].sort().map((executorId) => ({
      executorId,
      memberId: `arn:task/${executorId}`,
      status: 'RUNNING',
      privateIpv4Address: undefined,
      startedAtMs: undefined,
    }));
  }
  async stopExecutor(executorId: string): Promise<boolean> {
    if (!this.running.delete(executorId)) return false;
    this.stopped.push(executorId);
    return true;
  }
}

const SETTINGS: ScalingSettings = { minExecutors: 1, maxExecutors: 6, workPerExecutor: 4 };
const LEASE_MS = 60_000;

/** `connectors` connectors of `tasks` tasks each. */
function config(offset: number, connectors: number, tasks: number): ConfigSnapshot {
  return {
    offset,
    connectors: Array.from({ length: connectors }, (_, i) => ({ name: `c${i}`, tasks })),
  };
}

async function cluster(ids: readonly string[]) {
  let now = 1_000_000;
  const clock = () => now;
  const leaseStore = new MemoryLeaseStore({ now: clock });
  const assignmentStore = new MemoryAssignmentStore();
  const epochs = new Map<string, number>();
  for (const id of ids) {
    const lease = await leaseStore.register({ executorId: id, address: id, leaseDurationMs: LEASE_MS });
    epochs.set(id, lease.epoch);
  }
  const fleet = new MemoryFleet(ids);
  /** Executors that apply every document at once (they stop what was revoked and confirm in the heartbeat). */
  const confirmAll = async (document: AssignmentDocument) => {
    for (const lease of await leaseStore.liveMembers()) {
      await leaseStore.renew({
        executorId: lease.executorId,
        epoch: lease.epoch,
        leaseDurationMs: LEASE_MS,
        appliedAssignmentVersion: document.version,
      });
    }
  };
  const round = (snapshot: ConfigSnapshot) =>
    runSchedulerRound({ leaseStore, assignmentStore, now: clock }, snapshot, { maxDelayMs: 0 });
  /** A scaling pass; it reads the document the last round wrote from the store. */
  const pass = (snapshot: ConfigSnapshot) =>
    runScalingPass({ leaseStore, assignmentStore, fleet }, { config: snapshot, settings: SETTINGS });
  return {
    leaseStore,
    assignmentStore,
    fleet,
    epochs,
    confirmAll,
    round,
    pass,
    advance: (ms: number) => (now += ms),
  };
}

const load = (document: AssignmentDocument, id: string) => {
  const member = document.members.find((m) => m.executorId === id);
  return member ? member.connectors.length + member.tasks.length : 0;
};

describe('runScalingPass', () => {
  it('raises the desired count with the load, within the maximum', async () => {
    const c = await cluster(['e1', 'e2']);
    const small = config(1, 2, 1); // 4 units → 1 executor, but 2 are live: nothing is drained yet below.
    const first = await c.round(small);
    expect(workUnitsOf(small)).toBe(4);
    const big = config(2, 3, 5); // 18 units → ⌈18/4⌉ = 5
    expect((await c.round(big)).written).toBe(true);
    const pass = await c.pass(big);
    expect(pass.plan.targetCount).toBe(5);
    expect(pass.desiredCount).toBe(5);
    expect(c.fleet.desiredCount).toBe(5);
    expect(pass.markedDraining).toEqual([]);
    const huge = config(3, 10, 10); // 110 units → capped at 6
    await c.round(huge);
    const capped = await c.pass(huge);
    expect(capped.desiredCount).toBe(6);
    expect(c.fleet.history).toEqual([5, 6]);
    expect(first.written).toBe(true);
  });

  it('scales in by draining the least loaded, moving their work only after they confirm, then stopping them', async () => {
    const ids = ['e1', 'e2', 'e3', 'e4'];
    const c = await cluster(ids);
    const big = config(1, 4, 3); // 16 units → 4 executors
    let outcome = await c.round(big);
    await c.confirmAll(outcome.document);
    expect((await c.pass(big)).markedDraining).toEqual([]);
    expect(c.fleet.desiredCount).toBe(4);

    // Load drops to 8 units (2 connectors of 3 tasks) → 2 executors.
    const small = config(2, 2, 3);
    outcome = await c.round(small);
    await c.confirmAll(outcome.document);
    outcome = await c.round(small);
    const loads = new Map(ids.map((id) => [id, load(outcome.document, id)]));
    const pass = await c.pass(small);
    expect(pass.plan.targetCount).toBe(2);
    const leastLoaded = [...ids].sort(
      (a, b) => (loads.get(a) ?? 0) - (loads.get(b) ?? 0) || (a < b ? -1 : 1),
    );
    expect(pass.markedDraining).toEqual(leastLoaded.slice(0, 2).sort());
    // Nothing is stopped and the count stays while the drained executors still may hold work.
    expect(pass.stopped).toEqual([]);
    expect(c.fleet.desiredCount).toBe(4);
    const leaving = pass.markedDraining;
    expect((await c.leaseStore.liveMembers()).filter((l) => l.draining).map((l) => l.executorId)).toEqual(
      leaving,
    );

    // The next round revokes their work; nobody else gets it until they confirm.
    const revoking = await c.round(small);
    const revokedItems = new Set<string>();
    for (const id of leaving) {
      const member = revoking.document.members.find((m) => m.executorId === id);
      expect(member?.connectors).toEqual([]);
      expect(member?.tasks).toEqual([]);
      for (const t of member?.revoked.tasks ?? []) revokedItems.add(`${t.connector}-${t.task}`);
      for (const k of member?.revoked.connectors ?? []) revokedItems.add(k);
    }
    for (const member of revoking.document.members.filter((m) => !leaving.includes(m.executorId))) {
      for (const t of member.tasks) expect(revokedItems.has(`${t.connector}-${t.task}`)).toBe(false);
      for (const k of member.connectors) expect(revokedItems.has(k)).toBe(false);
    }
    const beforeConfirm = await c.pass(small);
    expect(beforeConfirm.stopped).toEqual([]);
    expect(c.fleet.stopped).toEqual([]);
    expect(c.fleet.desiredCount).toBe(4);
    // A round without confirmation changes nothing.
    expect((await c.round(small)).written).toBe(false);

    // They confirm: the work moves to the others, and the drained executors are stopped, then the count lowered.
    await c.confirmAll(revoking.document);
    const moved = await c.round(small);
    for (const id of leaving)
      expect(assignedWork(moved.document, id, c.epochs.get(id) ?? -1).tasks).toEqual([]);
    const stayers = ids.filter((id) => !leaving.includes(id));
    expect(stayers.reduce((sum, id) => sum + load(moved.document, id), 0)).toBe(8);
    const final = await c.pass(small);
    expect(final.stopped).toEqual(leaving);
    expect(c.fleet.stopped).toEqual(leaving);
    expect(final.desiredCount).toBe(2);
    expect(c.fleet.desiredCount).toBe(2);
    expect(c.fleet.history).toEqual([2]);

    // Idempotent: while the stopped executors' leases are still live, another pass stops and lowers nothing new.
    const again = await c.pass(small);
    expect(again.stopped).toEqual([]);
    expect(again.desiredCount).toBe(2);
    expect(c.fleet.history).toEqual([2]);
  });

  it('takes draining executors back before asking for new ones when the load rises again', async () => {
    const c = await cluster(['e1', 'e2', 'e3']);
    const medium = config(1, 3, 3); // 12 units → 3
    let outcome = await c.round(medium);
    await c.confirmAll(outcome.document);
    const small = config(2, 1, 3); // 4 units → 1
    outcome = await c.round(small);
    const drain = await c.pass(small);
    expect(drain.markedDraining).toHaveLength(2);
    const big = config(3, 4, 3); // 16 units → 4
    outcome = await c.round(big);
    const back = await c.pass(big);
    expect(back.resumed).toEqual(drain.markedDraining);
    expect(back.desiredCount).toBe(4);
    expect((await c.leaseStore.liveMembers()).every((l) => !l.draining)).toBe(true);
    expect(c.fleet.stopped).toEqual([]);
  });

  it('never drains below the minimum, and drains everything to zero when the minimum is 0', async () => {
    const c = await cluster(['e1', 'e2']);
    const none: ConfigSnapshot = { offset: 1, connectors: [] };
    const outcome = await c.round(none);
    const pass = await c.pass(none);
    expect(pass.plan.targetCount).toBe(1);
    expect(pass.markedDraining).toEqual(['e1']); // equal load: the first id
    expect(outcome.document.members).toHaveLength(2);
    const zero = await runScalingPass(
      { leaseStore: c.leaseStore, assignmentStore: c.assignmentStore, fleet: c.fleet },
      { config: none, settings: { ...SETTINGS, minExecutors: 0 } },
    );
    // e1 held nothing, so it is drained at once; e2 is marked now.
    expect(zero.stopped).toEqual(['e1']);
    expect(zero.markedDraining).toEqual(['e2']);
    expect(zero.desiredCount).toBe(1);
  });
});

describe('scalingExecutors', () => {
  it('counts assigned and revoked work of the lease epoch; drained = draining with nothing left', () => {
    const document: AssignmentDocument = {
      version: 5,
      configOffset: 1,
      members: [
        {
          executorId: 'a',
          epoch: 1,
          connectors: ['c'],
          tasks: [{ connector: 'c', task: 0 }],
          revoked: { connectors: [], tasks: [] },
          revokedInVersion: 0,
        },
        {
          executorId: 'b',
          epoch: 1,
          connectors: [],
          tasks: [],
          revoked: { connectors: [], tasks: [{ connector: 'c', task: 1 }] },
          revokedInVersion: 5,
        },
        {
          executorId: 'c',
          epoch: 1,
          connectors: [],
          tasks: [],
          revoked: { connectors: [], tasks: [] },
          revokedInVersion: 0,
        },
        {
          executorId: 'd',
          epoch: 1,
          connectors: ['x'],
          tasks: [],
          revoked: { connectors: [], tasks: [] },
          revokedInVersion: 0,
        },
      ],
      lost: [],
      scheduledRebalanceAtMs: null,
      revocationBackoff: { revokedInPrevious: false, successiveRevokingRounds: 0, notBeforeMs: null },
    };
    const lease = (executorId: string, epoch: number, draining: boolean) => ({
      executorId,
      address: executorId,
      epoch,
      expiresAtMs: 1e15,
      appliedAssignmentVersion: 4,
      draining,
    });
    expect(
      scalingExecutors(
        [lease('a', 1, false), lease('b', 1, true), lease('c', 1, true), lease('d', 2, true)],
        document,
      ),
    ).toEqual([
      { executorId: 'a', load: 2, state: 'active' },
      { executorId: 'b', load: 1, state: 'draining' },
      { executorId: 'c', load: 0, state: 'drained' },
      // A newer epoch than the document's entry holds nothing of it.
      { executorId: 'd', load: 0, state: 'drained' },
    ]);
  });
});

describe('autoscaleConfigFromEnv', () => {
  it('is off without an ECS cluster and service (the local cluster)', () => {
    expect(autoscaleConfigFromEnv({})).toBeNull();
    expect(autoscaleConfigFromEnv({ [ENV.ecsCluster]: 'c' })).toBeNull();
    expect(autoscaleConfigFromEnv({ [ENV.ecsService]: 's', [ENV.minExecutors]: 'x' })).toBeNull();
  });

  it('reads the bounds and density, with the deployment defaults', () => {
    const base = { [ENV.ecsCluster]: 'tributary', [ENV.ecsService]: 'executors' };
    expect(autoscaleConfigFromEnv(base)).toEqual({
      cluster: 'tributary',
      service: 'executors',
      minExecutors: 1,
      maxExecutors: 4,
      workPerExecutor: 8,
    });
    expect(
      autoscaleConfigFromEnv({
        ...base,
        [ENV.minExecutors]: '0',
        [ENV.maxExecutors]: '10',
        [ENV.tasksPerExecutor]: '3',
      }),
    ).toMatchObject({ minExecutors: 0, maxExecutors: 10, workPerExecutor: 3 });
    expect(autoscaleConfigFromEnv({ ...base, [ENV.minExecutors]: '6' })).toMatchObject({
      minExecutors: 6,
      maxExecutors: 6,
    });
  });

  it('refuses malformed numbers and inverted bounds', () => {
    const base = { [ENV.ecsCluster]: 'tributary', [ENV.ecsService]: 'executors' };
    for (const bad of [
      { [ENV.minExecutors]: '-1' },
      { [ENV.maxExecutors]: '2.5' },
      { [ENV.tasksPerExecutor]: '0' },
      { [ENV.tasksPerExecutor]: 'eight' },
      { [ENV.minExecutors]: '3', [ENV.maxExecutors]: '2' },
    ]) {
      expect(() => autoscaleConfigFromEnv({ ...base, ...bad })).toThrow(/TRIBUTARY_/);
    }
  });

  it('uses the names the deployment sets (infra re-exports them from ENV)', () => {
    for (const key of [
      'leaseTable',
      'assignmentTable',
      'ecsCluster',
      'ecsService',
      'minExecutors',
      'maxExecutors',
      'tasksPerExecutor',
    ] as const) {
      expect(DEPLOY_ENV[key]).toBe(ENV[key]);
    }
  });
});
