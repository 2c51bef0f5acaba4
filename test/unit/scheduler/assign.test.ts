/**
 * The scheduler's rules, one concrete scenario each (the properties file checks them on random inputs).
 */
import { describe, expect, it } from 'vitest';
import { assign, type LiveMember, type SchedulerInput } from '../../../control-plane/scheduler/assign.ts';
import { type ConfigSnapshot, configSnapshotOf } from '../../../control-plane/scheduler/config-snapshot.ts';
import { statusView } from '../../../control-plane/scheduler/status-view.ts';
import { ClusterConfigState } from '../../../shared/cluster/config-state.ts';
import type { AssignmentDocument } from '../../../shared/ports/assignment-store.ts';

const config = (connectors: Record<string, number>, offset = 1): ConfigSnapshot => ({
  offset,
  connectors: Object.entries(connectors).map(([name, tasks]) => ({ name, tasks })),
});
const member = (executorId: string, epoch = 1, appliedAssignmentVersion = 0): LiveMember => ({
  executorId,
  epoch,
  appliedAssignmentVersion,
});
const t = (connector: string, task: number) => ({ connector, task });
const acked = (members: LiveMember[], version: number) =>
  members.map((m) => ({ ...m, appliedAssignmentVersion: version }));
const entry = (document: AssignmentDocument, executorId: string) => {
  const found = document.members.find((m) => m.executorId === executorId);
  if (!found) throw new Error(`no entry for ${executorId}`);
  return found;
};
const names = (tasks: readonly { connector: string; task: number }[]) =>
  tasks.map((x) => `${x.connector}-${x.task}`);

function round(input: Partial<SchedulerInput> & Pick<SchedulerInput, 'members'>) {
  return assign({ config: config({}), previous: null, nowMs: 0, maxDelayMs: 60_000, ...input });
}

describe('assign', () => {
  it('spreads connectors and tasks over the executors, least loaded first, ties by executor id', () => {
    const result = round({ config: config({ a: 4, b: 3 }), members: [member('e2'), member('e1')] });
    expect(result.changed).toBe(true);
    expect(result.document.version).toBe(1);
    expect(result.document.configOffset).toBe(1);
    const [e1, e2] = result.document.members;
    expect(e1).toMatchObject({ executorId: 'e1', epoch: 1, connectors: ['a'], revokedInVersion: 0 });
    expect(names(e1?.tasks ?? [])).toEqual(['a-0', 'a-2', 'b-0', 'b-2']);
    expect(e2).toMatchObject({ executorId: 'e2', connectors: ['b'] });
    expect(names(e2?.tasks ?? [])).toEqual(['a-1', 'a-3', 'b-1']);
    expect(result.changes.map((c) => c.executorId)).toEqual(['e1', 'e2']);
    expect(result.status.unassigned).toEqual({ connectors: [], tasks: [] });
  });

  it('returns the previous document itself when nothing changes', () => {
    const members = [member('e1'), member('e2')];
    const first = round({ config: config({ a: 4 }), members });
    const second = round({ config: config({ a: 4 }), members: acked(members, 1), previous: first.document });
    expect(second.changed).toBe(false);
    expect(second.document).toBe(first.document);
    expect(second.changes).toEqual([]);
    expect(second.nextRunAtMs).toBeNull();
  });

  it('makes room for a joining executor by revoking first, and hands the work over only after the stop is confirmed', () => {
    const cfg = config({ a: 4, b: 3 });
    const two = [member('e1'), member('e2')];
    const v1 = round({ config: cfg, members: two }).document;
    const three = [...acked(two, 1), member('e3')];
    const v2 = round({ config: cfg, members: three, previous: v1, nowMs: 10 });
    expect(v2.document.version).toBe(2);
    expect(names(entry(v2.document, 'e1').revoked.tasks)).toEqual(['a-0']);
    expect(names(entry(v2.document, 'e2').revoked.tasks)).toEqual(['a-1']);
    expect(entry(v2.document, 'e1').revokedInVersion).toBe(2);
    expect(entry(v2.document, 'e3').tasks).toEqual([]);
    // Revoked work is not given away while its owner may still run it.
    const unconfirmed = round({ config: cfg, members: three, previous: v2.document, nowMs: 20 });
    expect(unconfirmed.changed).toBe(false);
    expect(unconfirmed.status.unassigned.tasks).toEqual([t('a', 0), t('a', 1)]);
    // e1 confirms; e2 does not yet: only e1's revoked task moves.
    const e1Confirmed = [member('e1', 1, 2), member('e2', 1, 1), member('e3')];
    const v3 = round({ config: cfg, members: e1Confirmed, previous: v2.document, nowMs: 30 });
    expect(names(entry(v3.document, 'e3').tasks)).toEqual(['a-0']);
    expect(names(entry(v3.document, 'e2').revoked.tasks)).toEqual(['a-1']);
    const v4 = round({ config: cfg, members: acked(e1Confirmed, 3), previous: v3.document, nowMs: 40 });
    expect(names(entry(v4.document, 'e3').tasks)).toEqual(['a-0', 'a-1']);
    expect(v4.document.members.map((m) => m.tasks.length)).toEqual([3, 2, 2]);
    expect(v4.document.members.map((m) => m.connectors.length)).toEqual([1, 1, 0]);
  });

  it('holds a departed executor’s work UNASSIGNED for the delay, sharing one deadline with later departures', () => {
    const cfg = config({ a: 3, b: 3 });
    const three = [member('e1'), member('e2'), member('e3')];
    const v1 = round({ config: cfg, members: three, nowMs: 0, maxDelayMs: 1_000 }).document;
    const e3Work = entry(v1, 'e3');
    const v2 = round({
      config: cfg,
      members: acked(three, 1).slice(0, 2),
      previous: v1,
      nowMs: 100,
      maxDelayMs: 1_000,
    });
    expect(v2.document.lost).toEqual([
      { executorId: 'e3', epoch: 1, lostAtMs: 100, connectors: e3Work.connectors, tasks: e3Work.tasks },
    ]);
    expect(v2.document.scheduledRebalanceAtMs).toBe(1_100);
    expect(v2.nextRunAtMs).toBe(1_100);
    expect(v2.status.held).toEqual({ connectors: e3Work.connectors, tasks: e3Work.tasks });
    expect(v2.status.heldUntilMs).toBe(1_100);
    // e2 leaves too, later: its work joins the held work with the same deadline (Apache's one scheduled rebalance).
    const v3 = round({
      config: cfg,
      members: [member('e1', 1, 2)],
      previous: v2.document,
      nowMs: 900,
      maxDelayMs: 1_000,
    });
    expect(v3.document.lost.map((g) => [g.executorId, g.lostAtMs])).toEqual([
      ['e2', 900],
      ['e3', 100],
    ]);
    expect(v3.document.scheduledRebalanceAtMs).toBe(1_100);
    const early = round({
      config: cfg,
      members: [member('e1', 1, 3)],
      previous: v3.document,
      nowMs: 1_099,
      maxDelayMs: 1_000,
    });
    expect(early.changed).toBe(false);
    const due = round({
      config: cfg,
      members: [member('e1', 1, 3)],
      previous: v3.document,
      nowMs: 1_100,
      maxDelayMs: 1_000,
    });
    expect(due.document.lost).toEqual([]);
    expect(due.document.scheduledRebalanceAtMs).toBeNull();
    expect(entry(due.document, 'e1')).toMatchObject({ connectors: ['a', 'b'] });
    expect(entry(due.document, 'e1').tasks).toHaveLength(6);
    expect(due.status.unassigned).toEqual({ connectors: [], tasks: [] });
  });

  it('reassigns a departed executor’s work at once when scheduled.rebalance.max.delay.ms is 0', () => {
    const cfg = config({ a: 4 });
    const v1 = round({ config: cfg, members: [member('e1'), member('e2')], maxDelayMs: 0 }).document;
    const v2 = round({ config: cfg, members: [member('e1', 1, 1)], previous: v1, nowMs: 5, maxDelayMs: 0 });
    expect(v2.document.lost).toEqual([]);
    expect(entry(v2.document, 'e1').tasks).toHaveLength(4);
  });

  it('gives held work back to the same executor id when it registers again (a new epoch) within the delay', () => {
    const cfg = config({ a: 4 });
    const v1 = round({ config: cfg, members: [member('e1'), member('e2')] }).document;
    const v2 = round({ config: cfg, members: [member('e1', 1, 1)], previous: v1, nowMs: 10 }).document;
    expect(v2.lost).toHaveLength(1);
    const v3 = round({
      config: cfg,
      members: [member('e1', 1, 2), member('e2', 7)],
      previous: v2,
      nowMs: 20,
    });
    expect(entry(v3.document, 'e2')).toMatchObject({ epoch: 7, tasks: entry(v1, 'e2').tasks });
    expect(v3.document.lost).toEqual([]);
    expect(v3.document.scheduledRebalanceAtMs).toBeNull();
  });

  it('treats a new epoch seen without a gap as a departure and a return: the new incarnation gets the work', () => {
    const cfg = config({ a: 2 });
    const v1 = round({ config: cfg, members: [member('e1'), member('e2')] }).document;
    const v2 = round({
      config: cfg,
      members: [member('e1', 1, 1), member('e2', 2)],
      previous: v1,
      nowMs: 10,
    });
    expect(entry(v2.document, 'e2')).toMatchObject({ epoch: 2, tasks: entry(v1, 'e2').tasks });
    expect(v2.document.lost).toEqual([]);
  });

  it('frees what a departed executor was being revoked at once: its lease ended, so it stopped', () => {
    const cfg = config({ a: 4 });
    const v1 = round({ config: cfg, members: [member('e1')] }).document;
    const v2 = round({
      config: cfg,
      members: [member('e1', 1, 1), member('e2')],
      previous: v1,
      nowMs: 10,
    }).document;
    expect(names(entry(v2, 'e1').revoked.tasks)).toEqual(['a-0', 'a-1']);
    const v3 = round({ config: cfg, members: [member('e2')], previous: v2, nowMs: 20 });
    expect(names(entry(v3.document, 'e2').tasks)).toEqual(['a-0', 'a-1']);
    expect(v3.document.lost.flatMap((g) => names(g.tasks))).toEqual(['a-2', 'a-3']);
  });

  it('revokes deleted connectors and removed tasks, and drops them once the owner confirmed', () => {
    const members = [member('e1'), member('e2')];
    const v1 = round({ config: config({ a: 3, b: 2 }), members }).document;
    const shrunk = config({ a: 1 }, 2);
    const v2 = round({ config: shrunk, members: acked(members, 1), previous: v1, nowMs: 10 }).document;
    const revoked = v2.members.flatMap((m) => [...m.revoked.connectors, ...names(m.revoked.tasks)]).sort();
    expect(revoked).toEqual(['a-1', 'a-2', 'b', 'b-0', 'b-1']);
    const v3 = round({ config: shrunk, members: acked(members, 2), previous: v2, nowMs: 20 }).document;
    expect(v3.members.flatMap((m) => [...m.connectors, ...names(m.tasks), ...m.revoked.connectors])).toEqual([
      'a',
      'a-0',
    ]);
  });

  it('places a connector created during the delay at once, but revokes nothing for balance until the delay ends', () => {
    const v1 = round({ config: config({ a: 2 }), members: [member('e1'), member('e2')] }).document;
    const during = round({
      config: config({ a: 2, big: 4 }, 2),
      members: [member('e1', 1, 1), member('e3')],
      previous: v1,
      nowMs: 10,
    });
    expect(during.document.lost).toHaveLength(1);
    expect(during.document.members.every((m) => m.revoked.tasks.length === 0)).toBe(true);
    // e3 (empty) is filled to e1's level first, then both take turns.
    expect(names(entry(during.document, 'e3').tasks)).toEqual(['big-0', 'big-1', 'big-3']);
    expect(names(entry(during.document, 'e1').tasks)).toEqual(['a-0', 'big-2']);
  });

  it('computes nothing from a configuration older than the one the document was computed from', () => {
    const members = [member('e1')];
    const v1 = round({ config: config({ a: 1 }, 10), members }).document;
    const stale = round({ config: config({}, 9), members: acked(members, 1), previous: v1, nowMs: 5 });
    expect(stale.configBehind).toBe(true);
    expect(stale.changed).toBe(false);
    expect(stale.document).toBe(v1);
  });

  it('throttles successive load-balancing revocations like Apache (40 ms, then 1.6 s, …), immediately with delay 0', () => {
    const cfg = config({ a: 12 });
    const base = [member('e1'), member('e2')];
    const v1 = round({ config: cfg, members: base }).document;
    const v2 = round({
      config: cfg,
      members: [...acked(base, 1), member('e3')],
      previous: v1,
      nowMs: 100,
    }).document;
    expect(v2.revocationBackoff).toEqual({
      revokedInPrevious: true,
      successiveRevokingRounds: 0,
      notBeforeMs: null,
    });
    // e4 joins before the revocations complete; the round that completes them would revoke again: throttled.
    const four = [...acked(base, 2), member('e3', 1, 2), member('e4')];
    const v3 = round({ config: cfg, members: four, previous: v2, nowMs: 200 });
    expect(v3.document.revocationBackoff).toEqual({
      revokedInPrevious: true,
      successiveRevokingRounds: 1,
      notBeforeMs: 240,
    });
    expect(v3.document.members.every((m) => m.revoked.tasks.length === 0)).toBe(true);
    expect(v3.nextRunAtMs).toBe(240);
    expect(round({ config: cfg, members: acked(four, 3), previous: v3.document, nowMs: 239 }).changed).toBe(
      false,
    );
    const v4 = round({ config: cfg, members: acked(four, 3), previous: v3.document, nowMs: 240 }).document;
    expect(v4.members.some((m) => m.revoked.tasks.length > 0)).toBe(true);
    // With scheduled.rebalance.max.delay.ms = 0 the second revoking round is not delayed.
    const w2 = round({
      config: cfg,
      members: [...acked(base, 1), member('e3')],
      previous: v1,
      nowMs: 100,
      maxDelayMs: 0,
    });
    const w3 = round({ config: cfg, members: four, previous: w2.document, nowMs: 200, maxDelayMs: 0 });
    expect(w3.document.members.some((m) => m.revoked.tasks.length > 0)).toBe(true);
  });

  it('with no live executor leaves everything unassigned and writes nothing', () => {
    const result = round({ config: config({ a: 2 }), members: [] });
    expect(result.changed).toBe(false);
    expect(result.document.version).toBe(0);
    expect(result.status.unassigned).toEqual({ connectors: ['a'], tasks: [t('a', 0), t('a', 1)] });
  });

  it('rejects malformed input', () => {
    expect(() => round({ members: [member('e1'), member('e1')] })).toThrow(RangeError);
    expect(() => round({ members: [], maxDelayMs: -1 })).toThrow(/max.delay/);
    expect(() => round({ members: [], maxDelayMs: 2 ** 31 })).toThrow(/max.delay/);
    expect(() => round({ members: [], config: config({ a: -1 }) })).toThrow(/task count/);
    expect(() =>
      round({
        members: [],
        config: {
          offset: 0,
          connectors: [
            { name: 'a', tasks: 1 },
            { name: 'a', tasks: 1 },
          ],
        },
      }),
    ).toThrow(/twice/);
    expect(() => round({ members: [], nowMs: Number.NaN })).toThrow(/nowMs/);
  });
});

describe('statusView', () => {
  it('reports unassigned and held work of a stored document for the current configuration', () => {
    const v1 = round({ config: config({ a: 2, b: 1 }), members: [member('e1'), member('e2')] }).document;
    const v2 = round({
      config: config({ a: 2, b: 1 }),
      members: [member('e1', 1, 1)],
      previous: v1,
      nowMs: 5,
    }).document;
    const view = statusView(v2, config({ a: 2, c: 1 }, 2));
    expect(view.held).toEqual({ connectors: [], tasks: [t('a', 1)] });
    expect(view.unassigned).toEqual({ connectors: ['c'], tasks: [t('a', 1), t('c', 0)] });
    expect(view.heldUntilMs).toBe(60_005);
  });
});

describe('configSnapshotOf', () => {
  it('lists connectors with their committed task count, zero while inconsistent, and the log position', () => {
    const state = new ClusterConfigState();
    state.apply({ type: 'connector-config', connector: 'ok', config: { name: 'ok' } }, 0);
    state.apply({ type: 'task-config', connector: 'ok', task: 0, config: {} }, 1);
    state.apply({ type: 'commit', connector: 'ok', tasks: 1 }, 2);
    state.apply({ type: 'connector-config', connector: 'broken', config: { name: 'broken' } }, 3);
    state.apply({ type: 'commit', connector: 'broken', tasks: 2 }, 4);
    expect(configSnapshotOf(state)).toEqual({
      offset: 5,
      connectors: [
        { name: 'ok', tasks: 1 },
        { name: 'broken', tasks: 0 },
      ],
    });
  });
  it('draining: revokes all of a draining executor’s work at once, and gives it to the others only after the confirmation', () => {
    const members = [member('e1'), member('e2'), member('e3')];
    const first = round({ config: config({ a: 5 }), members });
    const e3Work = names(entry(first.document, 'e3').tasks);
    expect(e3Work.length).toBeGreaterThan(0);
    const draining = acked(members, 1).map((m) => (m.executorId === 'e3' ? { ...m, draining: true } : m));
    const second = round({ config: config({ a: 5 }), members: draining, previous: first.document });
    expect(entry(second.document, 'e3')).toMatchObject({ connectors: [], tasks: [], revokedInVersion: 2 });
    expect(names(entry(second.document, 'e3').revoked.tasks)).toEqual(e3Work);
    for (const id of ['e1', 'e2']) expect(entry(second.document, id)).toEqual(entry(first.document, id));
    // Not yet confirmed: nothing moves.
    const waiting = round({ config: config({ a: 5 }), members: draining, previous: second.document });
    expect(waiting.changed).toBe(false);
    // Confirmed: e3 ends empty, the others share everything within one of each other.
    const confirmed = draining.map((m) => ({ ...m, appliedAssignmentVersion: 2 }));
    const third = round({ config: config({ a: 5 }), members: confirmed, previous: second.document });
    const e3 = entry(third.document, 'e3');
    expect([...e3.connectors, ...names(e3.tasks), ...names(e3.revoked.tasks)]).toEqual([]);
    const counts = ['e1', 'e2'].map((id) => entry(third.document, id).tasks.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(Math.abs((counts[0] ?? 0) - (counts[1] ?? 0))).toBeLessThanOrEqual(1);
    // New work never goes to it either.
    const more = round({ config: config({ a: 5, b: 2 }, 2), members: confirmed, previous: third.document });
    expect(entry(more.document, 'e3')).toMatchObject({ connectors: [], tasks: [] });
  });

  it('draining: held work of an executor that returns draining is placed on the others at once', () => {
    const members = [member('e1'), member('e2')];
    const first = round({ config: config({ a: 4 }), members });
    const e2Work = names(entry(first.document, 'e2').tasks);
    const lost = round({ config: config({ a: 4 }), members: [member('e1', 1, 1)], previous: first.document });
    expect(names(lost.status.held.tasks)).toEqual(e2Work);
    const back = round({
      config: config({ a: 4 }),
      members: [member('e1', 1, 2), { ...member('e2', 2), draining: true }],
      previous: lost.document,
      nowMs: 1_000,
    });
    expect(back.document.lost).toEqual([]);
    expect(entry(back.document, 'e2')).toMatchObject({ connectors: [], tasks: [] });
    expect(names(entry(back.document, 'e1').tasks)).toEqual(['a-0', 'a-1', 'a-2', 'a-3']);
  });
});
