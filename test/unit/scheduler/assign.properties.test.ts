/**
 * Properties of the scheduler, checked with fast-check on random configurations, memberships and histories:
 * balance, minimal movement on one join and one leave, never two owners (also across revoking rounds), the
 * delayed rebalance's timing, a returning executor getting its work back, idempotence, and scale-in: a draining
 * executor ends with no work, only its work moves, and balance holds among the others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from '../../../control-plane/scheduler/assign.ts';
import type { ConfigSnapshot } from '../../../control-plane/scheduler/config-snapshot.ts';
import { ClusterSim, items, spread } from './cluster-sim.ts';

type Connectors = ConfigSnapshot['connectors'];

const connectorsArb: fc.Arbitrary<Connectors> = fc.uniqueArray(
  fc.record({ name: fc.string({ minLength: 1, maxLength: 5 }), tasks: fc.integer({ min: 0, max: 10 }) }),
  { selector: (c) => c.name, maxLength: 8 },
);
const executorIdArb = fc.integer({ min: 0, max: 11 }).map((n) => `executor-${n}`);
const executorIdsArb = (minLength: number) => fc.uniqueArray(executorIdArb, { minLength, maxLength: 8 });
const maxDelayArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 600_000 }));

type Op =
  | { kind: 'join'; id: string }
  | { kind: 'crash'; id: string }
  | { kind: 'restart'; id: string }
  | { kind: 'apply'; id: string }
  | { kind: 'schedule' }
  | { kind: 'drain'; id: string; draining: boolean }
  | { kind: 'advance'; ms: number }
  | { kind: 'config'; connectors: Connectors };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: executorIdArb.map((id) => ({ kind: 'join' as const, id })), weight: 3 },
  { arbitrary: executorIdArb.map((id) => ({ kind: 'crash' as const, id })), weight: 2 },
  { arbitrary: executorIdArb.map((id) => ({ kind: 'restart' as const, id })), weight: 1 },
  { arbitrary: executorIdArb.map((id) => ({ kind: 'apply' as const, id })), weight: 5 },
  { arbitrary: fc.constant({ kind: 'schedule' as const }), weight: 5 },
  {
    arbitrary: fc
      .tuple(executorIdArb, fc.boolean())
      .map(([id, draining]) => ({ kind: 'drain' as const, id, draining })),
    weight: 1,
  },
  {
    arbitrary: fc.integer({ min: 0, max: 400_000 }).map((ms) => ({ kind: 'advance' as const, ms })),
    weight: 2,
  },
  { arbitrary: connectorsArb.map((connectors) => ({ kind: 'config' as const, connectors })), weight: 1 },
);
const historyArb = fc.array(opArb, { maxLength: 40 });

function run(sim: ClusterSim, op: Op): void {
  switch (op.kind) {
    case 'join':
      if (!sim.executors.has(op.id)) sim.join(op.id);
      return;
    case 'crash':
      sim.crash(op.id);
      return;
    case 'restart':
      if (sim.executors.has(op.id)) {
        sim.crash(op.id);
        sim.join(op.id);
      }
      return;
    case 'apply':
      sim.apply(op.id);
      return;
    case 'schedule':
      sim.schedule();
      return;
    case 'drain':
      sim.setDraining(op.id, op.draining);
      return;
    case 'advance':
      sim.advance(op.ms);
      return;
    case 'config':
      sim.setConnectors(op.connectors);
      return;
    default:
      op satisfies never;
  }
}

/**
 * Every configured item has exactly one owner, nothing is held or being revoked, draining executors hold nothing,
 * and loads are balanced among the others. With no executor that takes work, everything is unassigned.
 */
function expectSettledAndBalanced(sim: ClusterSim): void {
  const document = sim.document;
  const configured = sim.configuredItems().sort();
  const draining = new Set([...sim.executors.values()].filter((e) => e.draining).map((e) => e.executorId));
  if (sim.executors.size === 0) {
    expect(document?.members ?? []).toEqual([]);
    expect(sim.last?.status.unassigned ? items(sim.last.status.unassigned).sort() : []).toEqual(configured);
    return;
  }
  expect(document).not.toBeNull();
  if (!document) return;
  expect(document.lost).toEqual([]);
  expect(document.scheduledRebalanceAtMs).toBeNull();
  for (const member of document.members) {
    expect(items(member.revoked)).toEqual([]);
    if (draining.has(member.executorId)) expect(items(member)).toEqual([]);
  }
  expect(document.members.map((m) => m.executorId).sort()).toEqual([...sim.executors.keys()].sort());
  if (draining.size === sim.executors.size) {
    expect(sim.owners().size).toBe(0);
    expect(items(sim.last?.status.unassigned ?? { connectors: [], tasks: [] }).sort()).toEqual(configured);
    return;
  }
  expect([...sim.owners().keys()].sort()).toEqual(configured);
  const takers = document.members.filter((m) => !draining.has(m.executorId));
  expect(spread(takers.map((m) => m.connectors.length))).toBeLessThanOrEqual(1);
  expect(spread(takers.map((m) => m.tasks.length))).toBeLessThanOrEqual(1);
  expect(sim.last?.status.unassigned).toEqual({ connectors: [], tasks: [] });
}

function simWith(connectors: Connectors, ids: readonly string[], maxDelayMs: number): ClusterSim {
  const sim = new ClusterSim({ offset: 1, connectors }, maxDelayMs);
  for (const id of ids) sim.join(id);
  return sim;
}

describe('assign (properties)', () => {
  it('balances connectors and tasks separately, each executor within one of the others', () => {
    fc.assert(
      fc.property(connectorsArb, executorIdsArb(1), maxDelayArb, (connectors, ids, maxDelayMs) => {
        const sim = simWith(connectors, ids, maxDelayMs);
        sim.settle();
        expectSettledAndBalanced(sim);
      }),
    );
  });

  it('converges to a complete, balanced assignment after any history of joins, crashes and config changes', () => {
    fc.assert(
      fc.property(
        connectorsArb,
        executorIdsArb(0),
        maxDelayArb,
        historyArb,
        (connectors, ids, maxDelayMs, history) => {
          const sim = simWith(connectors, ids, maxDelayMs);
          for (const op of history) run(sim, op);
          sim.settle();
          expectSettledAndBalanced(sim);
        },
      ),
    );
  });

  it('never lists an item twice nor lets two live executors run it, across revoking rounds', () => {
    fc.assert(
      fc.property(
        connectorsArb,
        executorIdsArb(0),
        maxDelayArb,
        fc.array(opArb, { maxLength: 80 }),
        (connectors, ids, maxDelayMs, history) => {
          const sim = simWith(connectors, ids, maxDelayMs);
          // ClusterSim checks both rules after every round and every apply; a violation throws.
          for (const op of history) run(sim, op);
          sim.settle();
        },
      ),
    );
  });

  it('gives revoked work to another executor only after its owner confirmed the stop or its lease ended', () => {
    const stepArb = fc.record({
      appliers: fc.subarray(Array.from({ length: 12 }, (_, n) => `executor-${n}`)),
      crash: fc.option(executorIdArb, { freq: 4 }),
      join: fc.option(executorIdArb, { freq: 2 }),
      advanceMs: fc.integer({ min: 0, max: 200_000 }),
    });
    fc.assert(
      fc.property(
        connectorsArb,
        executorIdsArb(1),
        executorIdsArb(1),
        maxDelayArb,
        fc.array(stepArb, { minLength: 1, maxLength: 15 }),
        (connectors, ids, newcomers, maxDelayMs, steps) => {
          const sim = simWith(connectors, ids, maxDelayMs);
          sim.settle();
          for (const id of newcomers) if (!sim.executors.has(id)) sim.join(id);
          // Executors apply documents late and in any order; some crash, others join meanwhile.
          for (const step of steps) {
            sim.schedule();
            for (const id of step.appliers) sim.apply(id);
            if (step.crash !== null) sim.crash(step.crash);
            if (step.join !== null && !sim.executors.has(step.join)) sim.join(step.join);
            sim.advance(step.advanceMs);
          }
          sim.settle();
        },
      ),
    );
  });

  it('on one join moves only the new executor’s share, all of it onto the new executor', () => {
    fc.assert(
      fc.property(
        connectorsArb,
        executorIdsArb(1),
        executorIdArb,
        maxDelayArb,
        (connectors, ids, newcomer, maxDelayMs) => {
          fc.pre(!ids.includes(newcomer));
          const sim = simWith(connectors, ids, maxDelayMs);
          sim.settle();
          const before = sim.owners();
          sim.join(newcomer);
          sim.settle();
          const after = sim.owners();
          const moved = [...before.keys()].filter((item) => after.get(item) !== before.get(item));
          expect(moved.every((item) => after.get(item) === newcomer)).toBe(true);
          const onNewcomer = [...after.values()].filter((owner) => owner === newcomer).length;
          expect(moved).toHaveLength(onNewcomer);
          const n = ids.length + 1;
          const totalConnectors = connectors.length;
          const totalTasks = connectors.reduce((sum, c) => sum + c.tasks, 0);
          const mine = sim.document?.members.find((m) => m.executorId === newcomer);
          expect(mine?.connectors.length).toBeLessThanOrEqual(Math.ceil(totalConnectors / n));
          expect(mine?.tasks.length).toBeLessThanOrEqual(Math.ceil(totalTasks / n));
          expectSettledAndBalanced(sim);
        },
      ),
    );
  });

  it('on one leave moves exactly the departed executor’s work, once the delay is over', () => {
    fc.assert(
      fc.property(
        connectorsArb,
        executorIdsArb(2),
        maxDelayArb,
        fc.nat(),
        (connectors, ids, maxDelayMs, pick) => {
          const sim = simWith(connectors, ids, maxDelayMs);
          sim.settle();
          const before = sim.owners();
          const leaver = ids[pick % ids.length] as string;
          sim.crash(leaver);
          sim.settle();
          const after = sim.owners();
          const moved = [...before.keys()].filter((item) => after.get(item) !== before.get(item)).sort();
          const hadLeaver = [...before.entries()]
            .filter(([, owner]) => owner === leaver)
            .map(([item]) => item);
          expect(moved).toEqual(hadLeaver.sort());
          expectSettledAndBalanced(sim);
        },
      ),
    );
  });

  it('holds a departed executor’s work unassigned for the whole delay and reassigns all of it when due', () => {
    fc.assert(
      fc.property(
        connectorsArb,
        executorIdsArb(2),
        fc.integer({ min: 1, max: 600_000 }),
        fc.nat(),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 6 }),
        (connectors, ids, maxDelayMs, pick, fractions) => {
          const sim = simWith(connectors, ids, maxDelayMs);
          sim.settle();
          const before = sim.owners();
          const leaver = ids[pick % ids.length] as string;
          const held = [...before.entries()]
            .filter(([, owner]) => owner === leaver)
            .map(([item]) => item)
            .sort();
          sim.crash(leaver);
          const lostAt = sim.nowMs;
          const first = sim.schedule();
          const dueAt = lostAt + maxDelayMs;
          if (held.length > 0) {
            expect(first.document.scheduledRebalanceAtMs).toBe(dueAt);
            expect(first.nextRunAtMs).toBe(dueAt);
          }
          for (const fraction of [...fractions].sort()) {
            sim.nowMs = Math.max(sim.nowMs, lostAt + Math.floor(fraction * maxDelayMs));
            sim.applyAll();
            const round = sim.schedule();
            expect(items(round.status.held).sort()).toEqual(held);
            expect(round.status.heldUntilMs).toBe(held.length > 0 ? dueAt : null);
            const owners = sim.owners();
            for (const item of held) expect(owners.has(item)).toBe(false);
            for (const [item, owner] of before) if (owner !== leaver) expect(owners.get(item)).toBe(owner);
          }
          sim.nowMs = dueAt;
          sim.applyAll();
          const due = sim.schedule();
          const owners = sim.owners();
          for (const item of held) expect(owners.has(item)).toBe(true);
          expect(due.status.held).toEqual({ connectors: [], tasks: [] });
          expect(due.document.lost).toEqual([]);
        },
      ),
    );
  });

  it('gives a returning executor its work back when it registers again within the delay', () => {
    fc.assert(
      fc.property(
        connectorsArb,
        executorIdsArb(1),
        fc.integer({ min: 2, max: 600_000 }),
        fc.nat(),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (connectors, ids, maxDelayMs, pick, fraction) => {
          const sim = simWith(connectors, ids, maxDelayMs);
          sim.settle();
          const before = sim.owners();
          const returner = ids[pick % ids.length] as string;
          sim.crash(returner);
          const lostAt = sim.nowMs;
          sim.schedule();
          sim.nowMs = lostAt + Math.floor(fraction * (maxDelayMs - 1));
          sim.applyAll();
          sim.schedule();
          sim.join(returner);
          const back = sim.schedule();
          expect(sim.owners()).toEqual(before);
          expect(back.document.lost).toEqual([]);
          expect(back.status.unassigned).toEqual({ connectors: [], tasks: [] });
          sim.settle();
          expect(sim.owners()).toEqual(before);
        },
      ),
    );
  });

  it('is deterministic and idempotent: same input, same output; its own output is a fixpoint', () => {
    fc.assert(
      fc.property(
        connectorsArb,
        executorIdsArb(0),
        maxDelayArb,
        historyArb,
        (connectors, ids, maxDelayMs, history) => {
          const sim = simWith(connectors, ids, maxDelayMs);
          for (const op of history) run(sim, op);
          const input = {
            config: sim.config,
            members: sim.liveMembers(),
            previous: sim.document,
            nowMs: sim.nowMs,
            maxDelayMs,
          };
          const first = assign(input);
          expect(assign(input)).toEqual(first);
          expect(assign({ ...input, members: [...input.members].reverse() })).toEqual(first);
          const again = assign({ ...input, previous: first.document });
          expect(again.changed).toBe(false);
          expect(again.document).toBe(first.document);
        },
      ),
    );
  });
  it('scale-in: a draining executor ends with no work, only its work moves, and the others stay balanced', () => {
    fc.assert(
      fc.property(
        connectorsArb,
        executorIdsArb(1),
        maxDelayArb,
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (connectors, ids, maxDelayMs, marks) => {
          const sim = simWith(connectors, ids, maxDelayMs);
          sim.settle();
          const before = sim.owners();
          const drained = ids.filter((_, i) => marks[i]);
          for (const id of drained) sim.setDraining(id, true);
          sim.settle();
          const after = sim.owners();
          for (const id of drained) {
            const member = sim.document?.members.find((m) => m.executorId === id);
            expect(member ? [...items(member), ...items(member.revoked)] : []).toEqual([]);
          }
          if (drained.length < ids.length) {
            // Nothing moves but the draining executors' work.
            const moved = [...before.keys()].filter((item) => after.get(item) !== before.get(item));
            for (const item of moved) expect(drained).toContain(before.get(item));
          }
          expectSettledAndBalanced(sim);
        },
      ),
    );
  });

  it('never gives a draining executor work, and revokes its work before another runs it', () => {
    fc.assert(
      fc.property(
        connectorsArb,
        executorIdsArb(0),
        maxDelayArb,
        fc.array(opArb, { maxLength: 60 }),
        (connectors, ids, maxDelayMs, history) => {
          const sim = simWith(connectors, ids, maxDelayMs);
          for (const op of history) {
            run(sim, op);
            if (op.kind !== 'schedule' || !sim.document) continue;
            // Right after a round, an executor draining at that round holds nothing but what it is giving up.
            for (const member of sim.document.members) {
              const executor = sim.executors.get(member.executorId);
              if (executor?.draining && executor.epoch === member.epoch) expect(items(member)).toEqual([]);
            }
          }
          // ClusterSim's checks (one owner per item, never two runners) held throughout; then everything settles.
          sim.settle();
          expectSettledAndBalanced(sim);
        },
      ),
    );
  });
});
