/**
 * The rebalance view behind restart's 409 and the rebalance metrics: in progress until every executor the
 * assignment names has applied its version (with its current lease epoch), or while a live executor has no entry;
 * durations measured from first sight of a rebalance to first sight of its end; Prometheus text as Connect's
 * metric names under the JMX exporter's rules.
 */
import { describe, expect, it } from 'vitest';
import { assign } from '../../../control-plane/scheduler/assign.ts';
import {
  connectorInFlux,
  RebalanceMetrics,
  rebalanceSnapshot,
  roundDue,
  watchesMembership,
} from '../../../control-plane/scheduler/rebalance-metrics.ts';
import { liveLease, memberAssignment } from '../../support/assignments.ts';

const config = {
  offset: 10,
  connectors: [
    { name: 'a', tasks: 3 },
    { name: 'b', tasks: 1 },
  ],
};
const members = [
  { executorId: 'executor-0', epoch: 7, appliedAssignmentVersion: 0 },
  { executorId: 'executor-1', epoch: 9, appliedAssignmentVersion: 0 },
];
const document = {
  ...assign({ config, members, previous: null, nowMs: 0, maxDelayMs: 0 }).document,
  version: 4,
};

const lease = liveLease;

describe('rebalanceSnapshot', () => {
  it('is in progress until every assigned executor applied the version', () => {
    const partial = rebalanceSnapshot(document, [lease('executor-0', 7, 4), lease('executor-1', 9, 3)]);
    expect(partial.rebalancing).toBe(true);
    expect(partial.version).toBe(4);
    const done = rebalanceSnapshot(document, [lease('executor-0', 7, 4), lease('executor-1', 9, 4)]);
    expect(done.rebalancing).toBe(false);
    expect(done.members.map((m) => m.connectors + m.tasks).reduce((x, y) => x + y)).toBe(6);
  });

  it('is in progress when a live executor has no entry yet, or an entry belongs to an older epoch', () => {
    const applied = [lease('executor-0', 7, 4), lease('executor-1', 9, 4)];
    expect(rebalanceSnapshot(document, [...applied, lease('executor-2', 1, 0)]).rebalancing).toBe(true);
    expect(
      rebalanceSnapshot(document, [lease('executor-0', 7, 4), lease('executor-1', 10, 4)]).rebalancing,
    ).toBe(true);
  });

  it('is settled for an empty cluster', () => {
    expect(rebalanceSnapshot(null, []).rebalancing).toBe(false);
  });
});

describe('RebalanceMetrics', () => {
  it('counts completed rebalances with their average and maximum time', () => {
    let now = 1_000;
    const metrics = new RebalanceMetrics({ now: () => now });
    const settled = rebalanceSnapshot(document, [lease('executor-0', 7, 4), lease('executor-1', 9, 4)]);
    const moving = rebalanceSnapshot(document, [lease('executor-0', 7, 3), lease('executor-1', 9, 4)]);
    metrics.observe(moving);
    now += 300;
    metrics.observe(moving);
    now += 100;
    metrics.observe(settled);
    now += 1_000;
    metrics.observe(moving);
    now += 200;
    metrics.observe(settled);
    now += 50;
    const text = metrics.render();
    const value = (name: string) =>
      Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1]);
    expect(value('kafka_connect_connect_worker_rebalance_metrics_completed_rebalances_total')).toBe(2);
    expect(value('kafka_connect_connect_worker_rebalance_metrics_rebalancing')).toBe(0);
    expect(value('kafka_connect_connect_worker_rebalance_metrics_epoch')).toBe(4);
    expect(value('kafka_connect_connect_worker_rebalance_metrics_rebalance_avg_time_ms')).toBe(300);
    expect(value('kafka_connect_connect_worker_rebalance_metrics_rebalance_max_time_ms')).toBe(400);
    expect(value('kafka_connect_connect_worker_rebalance_metrics_time_since_last_rebalance_ms')).toBe(50);
    expect(text).toMatch(/^kafka_connect_connect_worker_metrics_task_count\{executor="executor-0"\} \d+$/m);
    expect(text).toContain('# TYPE kafka_connect_connect_worker_rebalance_metrics_rebalancing gauge');
  });
});

describe('connectorInFlux', () => {
  it("is true only while an executor holding the connector's work has not applied the version or gave it up", () => {
    const holderOfB = document.members.find(
      (m) => m.connectors.includes('b') || m.tasks.some((t) => t.connector === 'b'),
    );
    const other = document.members.find((m) => m !== holderOfB);
    if (!holderOfB || !other) throw new Error('fixture: b must be on one executor');
    const leases = (appliedByHolder: number, appliedByOther: number) => [
      lease(holderOfB.executorId, holderOfB.epoch, appliedByHolder),
      lease(other.executorId, other.epoch, appliedByOther),
    ];
    expect(connectorInFlux(document, leases(3, 4), 'b')).toBe(true);
    expect(connectorInFlux(document, leases(4, 3), 'b')).toBe(
      other.connectors.includes('b') || other.tasks.some((t) => t.connector === 'b'),
    );
    expect(connectorInFlux(document, leases(4, 4), 'b')).toBe(false);
    // Its executor is gone (no live lease): in flux until a round moves or holds the work.
    expect(connectorInFlux(document, [lease(other.executorId, other.epoch, 4)], 'b')).toBe(true);
    expect(connectorInFlux(document, leases(3, 3), 'nope')).toBe(false);
    expect(connectorInFlux(null, [], 'b')).toBe(false);
  });
});

describe('roundDue and watchesMembership (what an executor checks on its heartbeat)', () => {
  const live = [lease('executor-0', 7, 4), lease('executor-1', 9, 4)];

  it('is due when a member joins, leaves or registers again, or when held work falls due', () => {
    expect(roundDue(document, live, 0)).toBe(false);
    expect(roundDue(document, [...live, lease('executor-2', 1, 0)], 0)).toBe(true);
    expect(roundDue(document, [lease('executor-0', 7, 4)], 0)).toBe(true);
    expect(roundDue(document, [lease('executor-0', 8, 0), lease('executor-1', 9, 4)], 0)).toBe(true);
    const holding = { ...document, scheduledRebalanceAtMs: 1_000 };
    expect(roundDue(holding, live, 999)).toBe(false);
    expect(roundDue(holding, live, 1_000)).toBe(true);
    expect(roundDue(null, [], 0)).toBe(false);
  });

  it('has the first members of the assignment watch the leases, and every executor it does not name yet', () => {
    const many = {
      ...document,
      members: ['executor-0', 'executor-1', 'executor-2', 'executor-3'].map((executorId, i) =>
        memberAssignment(executorId, i + 1),
      ),
    };
    expect(watchesMembership(many, 'executor-0', 1)).toBe(true);
    expect(watchesMembership(many, 'executor-1', 2)).toBe(true);
    expect(watchesMembership(many, 'executor-2', 3)).toBe(false);
    expect(watchesMembership(many, 'executor-3', 4)).toBe(false);
    // Registered again (a new epoch the document does not know yet), or not in the document at all.
    expect(watchesMembership(many, 'executor-3', 5)).toBe(true);
    expect(watchesMembership(many, 'executor-9', 1)).toBe(true);
    expect(watchesMembership(null, 'executor-0', 1)).toBe(true);
    expect(watchesMembership(many, 'executor-2', 3, 3)).toBe(true);
  });
});
