/**
 * The scheduler's assignor: a pure function from (configuration, live executors, previous assignment, now,
 * scheduled.rebalance.max.delay.ms) to the next assignment document. It follows Apache Kafka Connect's
 * IncrementalCooperativeAssignor (KIP-415), adapted to leases instead of a group coordinator:
 *
 * - Connectors and tasks are placed independently, each on the least-loaded executors, so that after a round
 *   with no pending change every executor holds ⌊total/N⌋ or ⌊total/N⌋+1 connectors, and likewise tasks.
 * - Work only moves when it must: a departing executor's work goes to the others; a joining executor receives
 *   work revoked from the overloaded ones, nothing else moves.
 * - Revocation precedes reassignment: work taken from executor A is listed in A's `revoked` and given to B only in
 *   a later round, once A's heartbeat reports it applied that version (it stopped the work) or A's lease ended
 *   (an executor stops everything before its lease runs out).
 * - The work of a departed executor is held unassigned for scheduled.rebalance.max.delay.ms from the first
 *   departure of an episode (Apache's one scheduled rebalance; departures during it share its deadline). An
 *   executor id that registers again before then gets its held work back at once; afterwards the held work is
 *   placed like new work. No load-balancing revocation happens while work is held. With a delay of 0, work is
 *   reassigned immediately.
 * - Successive load-balancing revocations are throttled like Apache's (40 ms, 1.6 s, 64 s, … up to the delay).
 * - A configuration older than the one the previous document was computed from is refused (`configBehind`), as
 *   Apache's leader refuses to assign from a config snapshot behind its members'.
 * - A draining executor (the scheduler is scaling the fleet in, see autoscale.ts) gets no work: everything it holds
 *   is revoked at once (not throttled, also while work is held), held work it comes back for is freed instead of
 *   returned, and balance is computed among the other executors only. Its revoked work goes to the others once it
 *   confirmed the stop, like any revocation.
 *
 * Differences from Apache, on purpose: executor ids are stable across a restart (Apache's member ids are not),
 * so a returning executor is recognised directly, not guessed from "workers that were empty during the delay",
 * and expired held work is spread over the least-loaded executors (which puts it on the empty ones first, as
 * Apache's candidate round-robin does, but keeps the result balanced). While earlier revocations are still
 * unconfirmed no new load-balancing revocation is issued.
 *
 * Deterministic and idempotent: equal inputs give equal outputs, and when nothing changes the previous
 * document is returned as is (same version), so the scheduler can run as often and from as many places as
 * convenient; writes are compare-and-set on the version (AssignmentStore).
 */
import {
  type AssignmentDocument,
  type ConnectorsAndTasks,
  EMPTY_ASSIGNMENT,
  type LostAssignment,
  type MemberAssignment,
  type TaskId,
} from '../../shared/ports/assignment-store.ts';
import { balancingRevocations, distributeToLeastLoaded, revocationBackoffMs } from './balance.ts';
import type { ConfigSnapshot } from './config-snapshot.ts';
import { type StatusView, statusView } from './status-view.ts';
import { isEmptyWork, sortedConnectors, sortedTasks, taskKey, WorkSet } from './work-sets.ts';

/** Apache's scheduled.rebalance.max.delay.ms default (5 minutes). */
export const DEFAULT_SCHEDULED_REBALANCE_MAX_DELAY_MS = 300_000;
const MAX_DELAY_LIMIT_MS = 2_147_483_647;

/** A live executor as the scheduler sees it: a `Lease` from the LeaseStore fits. */
export interface LiveMember {
  readonly executorId: string;
  readonly epoch: number;
  /** The latest document version this executor applied (confirms that what it was revoked has stopped). */
  readonly appliedAssignmentVersion: number;
  /** Leaving (scale-in): give it no work and revoke what it has. Absent means false. */
  readonly draining?: boolean;
}

export interface SchedulerInput {
  readonly config: ConfigSnapshot;
  /** The executors holding a live lease (read after `previous`, so that no epoch in it is newer). */
  readonly members: readonly LiveMember[];
  /** The stored document; null before the first one. */
  readonly previous: AssignmentDocument | null;
  readonly nowMs: number;
  /** scheduled.rebalance.max.delay.ms: an integer in 0..2147483647. */
  readonly maxDelayMs: number;
}

/** What one round changed for one executor (for logs, metrics and the benchmark). */
export interface MemberChange {
  readonly executorId: string;
  readonly epoch: number;
  readonly assigned: ConnectorsAndTasks;
  readonly revoked: ConnectorsAndTasks;
}

export interface SchedulerResult {
  /** The next document: version previous+1 when `changed`, otherwise `previous` itself. */
  readonly document: AssignmentDocument;
  readonly changed: boolean;
  /**
   * True when the configuration is older than the one `previous` was computed from: nothing was computed
   * (`document` is `previous`); read the config topic further and run again.
   */
  readonly configBehind: boolean;
  /** Newly assigned and newly revoked work per executor, sorted by executor id; empty when nothing changed. */
  readonly changes: readonly MemberChange[];
  /** What statuses should show for work nobody runs (held work is UNASSIGNED during the delay). */
  readonly status: StatusView;
  /**
   * When to run again even if nothing else happens (held work is due, or a throttled revocation may proceed);
   * null when no such time is pending.
   */
  readonly nextRunAtMs: number | null;
}

interface Entry {
  readonly executorId: string;
  readonly epoch: number;
  readonly draining: boolean;
  readonly assigned: WorkSet;
  readonly revoked: WorkSet;
  revokedInVersion: number;
}

interface HeldGroup {
  readonly executorId: string;
  readonly epoch: number;
  readonly lostAtMs: number;
  readonly work: WorkSet;
}

/** Computes the next assignment. Throws `RangeError` for malformed input (duplicate ids, bad numbers). */
export function assign(input: SchedulerInput): SchedulerResult {
  checkInput(input);
  const previous = input.previous ?? EMPTY_ASSIGNMENT;
  const { nowMs, maxDelayMs } = input;
  if (input.config.offset < previous.configOffset) {
    return {
      document: previous,
      changed: false,
      configBehind: true,
      changes: [],
      status: statusView(previous, input.config),
      nextRunAtMs: null,
    };
  }
  const nextVersion = previous.version + 1;
  const configured = configuredWork(input.config);
  const live = new Map(input.members.map((member) => [member.executorId, member]));

  // 1. Executors still holding the lease of their entry stay; confirmed revocations are released. An entry whose
  //    lease ended (expired, released, or replaced by a new epoch) departs: its work is held, and what it was
  //    being revoked is free (it stopped everything when its lease ended).
  const entries = new Map<string, Entry>();
  const held: HeldGroup[] = previous.lost.map((group) => ({
    executorId: group.executorId,
    epoch: group.epoch,
    lostAtMs: group.lostAtMs,
    work: WorkSet.of(group),
  }));
  let revocationsPending = false;
  for (const member of previous.members) {
    const lease = live.get(member.executorId);
    if (lease && lease.epoch === member.epoch) {
      const entry: Entry = {
        executorId: member.executorId,
        epoch: member.epoch,
        draining: lease.draining === true,
        assigned: WorkSet.of(member),
        revoked: WorkSet.of(member.revoked),
        revokedInVersion: member.revokedInVersion,
      };
      if (entry.revoked.size > 0 && lease.appliedAssignmentVersion >= member.revokedInVersion) {
        entry.revoked.clear();
      }
      if (entry.revoked.size > 0) revocationsPending = true;
      else entry.revokedInVersion = 0;
      entries.set(entry.executorId, entry);
    } else {
      const work = WorkSet.of(member);
      if (work.size > 0) {
        held.push({ executorId: member.executorId, epoch: member.epoch, lostAtMs: nowMs, work });
      }
    }
  }

  // 2. New executors (or new epochs of known ones) start empty.
  for (const member of [...input.members].sort(byExecutorId)) {
    if (!entries.has(member.executorId)) {
      entries.set(member.executorId, {
        executorId: member.executorId,
        epoch: member.epoch,
        draining: member.draining === true,
        assigned: new WorkSet(),
        revoked: new WorkSet(),
        revokedInVersion: 0,
      });
    }
  }
  const ordered = [...entries.values()].sort(byExecutorId);
  /** The executors that take work: all but the draining ones. */
  const active = ordered.filter((entry) => !entry.draining);

  // 3. An executor that comes back while its work is held gets it back; a draining one does not (the work is
  //    free: nobody runs it, since the previous incarnation's lease ended).
  for (let i = held.length - 1; i >= 0; i--) {
    const group = held[i] as HeldGroup;
    const entry = entries.get(group.executorId);
    if (entry) {
      if (!entry.draining) entry.assigned.addSet(group.work);
      held.splice(i, 1);
    }
  }

  // 4. Work no longer configured is revoked from whoever runs it and dropped from held work.
  for (const entry of ordered) {
    for (const connector of entry.assigned.connectors) {
      if (!configured.connectors.has(connector)) revoke(entry, connector, undefined, nextVersion);
    }
    for (const [key, task] of entry.assigned.tasks) {
      if (!configured.tasks.has(key)) revoke(entry, undefined, task, nextVersion);
    }
  }
  for (const group of held) {
    for (const connector of group.work.connectors) {
      if (!configured.connectors.has(connector)) group.work.connectors.delete(connector);
    }
    for (const key of group.work.tasks.keys()) {
      if (!configured.tasks.has(key)) group.work.tasks.delete(key);
    }
  }
  // A draining executor gives up everything it runs.
  for (const entry of ordered) {
    if (!entry.draining) continue;
    for (const connector of entry.assigned.connectors) revoke(entry, connector, undefined, nextVersion);
    for (const task of [...entry.assigned.tasks.values()]) revoke(entry, undefined, task, nextVersion);
  }

  // 5. Defensive: work listed twice (never produced here) is revoked from every executor holding it.
  const holders = new WorkSet();
  const duplicated = new WorkSet();
  for (const entry of ordered) {
    for (const set of [entry.assigned, entry.revoked]) {
      for (const connector of set.connectors) {
        if (holders.hasConnector(connector)) duplicated.connectors.add(connector);
        holders.connectors.add(connector);
      }
      for (const [key, task] of set.tasks) {
        if (holders.hasTask(key)) duplicated.tasks.set(key, task);
        holders.tasks.set(key, task);
      }
    }
  }
  for (const entry of ordered) {
    for (const connector of duplicated.connectors) {
      if (entry.assigned.hasConnector(connector)) revoke(entry, connector, undefined, nextVersion);
    }
    for (const [key, task] of duplicated.tasks) {
      if (entry.assigned.hasTask(key)) revoke(entry, undefined, task, nextVersion);
    }
  }
  for (const group of held) {
    for (const connector of group.work.connectors) {
      if (holders.hasConnector(connector)) group.work.connectors.delete(connector);
      else holders.connectors.add(connector);
    }
    for (const [key, task] of group.work.tasks) {
      if (holders.hasTask(key)) group.work.tasks.delete(key);
      else holders.tasks.set(key, task);
    }
  }
  removeEmptyGroups(held);

  // 6. Held work waits for the scheduled rebalance; when it is due (or the delay is 0) it becomes free.
  const backoff = { ...previous.revocationBackoff };
  let scheduledAt = previous.scheduledRebalanceAtMs;
  if (held.length === 0) {
    scheduledAt = null;
  } else if (maxDelayMs === 0 || (scheduledAt !== null && nowMs >= scheduledAt)) {
    // Apache: once a delayed rebalance has run its course, revoking rounds are allowed again.
    if (scheduledAt !== null) backoff.revokedInPrevious = false;
    for (const group of held) forgetHeld(holders, group.work);
    held.length = 0;
    scheduledAt = null;
  } else {
    scheduledAt = Math.min(scheduledAt ?? Number.POSITIVE_INFINITY, nowMs + maxDelayMs);
  }

  // 7. Load-balancing revocations: only with nothing held, no unconfirmed revocation, and not throttled.
  if (held.length > 0) {
    backoff.revokedInPrevious = false;
  } else if (
    !revocationsPending &&
    active.length > 0 &&
    !(backoff.notBeforeMs !== null && nowMs < backoff.notBeforeMs)
  ) {
    if (backoff.notBeforeMs !== null) {
      backoff.notBeforeMs = null;
      backoff.revokedInPrevious = false;
    }
    const connectorRevocations = balancingRevocations(
      active.map((entry) => sortedConnectors(entry.assigned.connectors)),
      configured.connectors.size,
    );
    const taskRevocations = balancingRevocations(
      active.map((entry) => sortedTasks(entry.assigned.tasks.values())),
      configured.tasks.size,
    );
    const needed = connectorRevocations !== null || taskRevocations !== null;
    let apply = false;
    if (needed && backoff.revokedInPrevious) {
      backoff.successiveRevokingRounds += 1;
      const waitMs = revocationBackoffMs(backoff.successiveRevokingRounds, maxDelayMs);
      if (waitMs > 0) backoff.notBeforeMs = nowMs + waitMs;
      else apply = true;
    } else if (needed) {
      apply = true;
      backoff.revokedInPrevious = true;
    } else if (backoff.revokedInPrevious) {
      backoff.revokedInPrevious = false;
      backoff.successiveRevokingRounds = 0;
    }
    if (apply) {
      active.forEach((entry, i) => {
        for (const connector of connectorRevocations?.[i] ?? []) {
          revoke(entry, connector, undefined, nextVersion);
        }
        for (const task of taskRevocations?.[i] ?? []) revoke(entry, undefined, task, nextVersion);
      });
    }
  }

  // 8. Free work — configured, and neither assigned, being revoked, nor held — goes to the least loaded of the
  //    executors that are not draining.
  const freeConnectors = sortedConnectors(
    [...configured.connectors].filter((connector) => !holders.hasConnector(connector)),
  );
  const freeTasks = sortedTasks(
    [...configured.tasks].filter(([key]) => !holders.hasTask(key)).map(([, t]) => t),
  );
  const connectorTargets = distributeToLeastLoaded(
    active.map((entry) => ({ id: entry.executorId, load: entry.assigned.connectors.size })),
    freeConnectors.length,
  );
  connectorTargets.forEach((target, i) => {
    (active[target] as Entry).assigned.connectors.add(freeConnectors[i] as string);
  });
  const taskTargets = distributeToLeastLoaded(
    active.map((entry) => ({ id: entry.executorId, load: entry.assigned.tasks.size })),
    freeTasks.length,
  );
  taskTargets.forEach((target, i) => {
    const task = freeTasks[i] as TaskId;
    (active[target] as Entry).assigned.tasks.set(taskKey(task), task);
  });

  // 9. The document, and whether it differs from the previous one.
  const candidate: AssignmentDocument = {
    version: nextVersion,
    configOffset: input.config.offset,
    members: ordered.map(memberAssignment),
    lost: held
      .map(lostAssignment)
      .sort((a, b) => byExecutorId(a, b) || a.lostAtMs - b.lostAtMs || a.epoch - b.epoch),
    scheduledRebalanceAtMs: scheduledAt,
    revocationBackoff: {
      revokedInPrevious: backoff.revokedInPrevious,
      successiveRevokingRounds: backoff.successiveRevokingRounds,
      notBeforeMs: backoff.notBeforeMs,
    },
  };
  const changed = canonicalContent(candidate) !== canonicalContent(previous);
  const document = changed ? candidate : previous;
  const pendingTimes = [document.scheduledRebalanceAtMs, document.revocationBackoff.notBeforeMs].filter(
    (t): t is number => t !== null && t > nowMs,
  );
  return {
    document,
    changed,
    configBehind: false,
    changes: changed ? memberChanges(previous, document) : [],
    status: statusView(document, input.config),
    nextRunAtMs: pendingTimes.length > 0 ? Math.min(...pendingTimes) : null,
  };
}

function revoke(
  entry: Entry,
  connector: string | undefined,
  task: TaskId | undefined,
  version: number,
): void {
  if (connector !== undefined) {
    entry.assigned.connectors.delete(connector);
    entry.revoked.connectors.add(connector);
  }
  if (task !== undefined) {
    const key = taskKey(task);
    entry.assigned.tasks.delete(key);
    entry.revoked.tasks.set(key, task);
  }
  entry.revokedInVersion = version;
}

function forgetHeld(holders: WorkSet, work: WorkSet): void {
  for (const connector of work.connectors) holders.connectors.delete(connector);
  for (const key of work.tasks.keys()) holders.tasks.delete(key);
}

function removeEmptyGroups(groups: HeldGroup[]): void {
  for (let i = groups.length - 1; i >= 0; i--) {
    if ((groups[i] as HeldGroup).work.size === 0) groups.splice(i, 1);
  }
}

function configuredWork(config: ConfigSnapshot): { connectors: Set<string>; tasks: Map<string, TaskId> } {
  const connectors = new Set<string>();
  const tasks = new Map<string, TaskId>();
  for (const connector of config.connectors) {
    connectors.add(connector.name);
    for (let task = 0; task < connector.tasks; task++) {
      const id = { connector: connector.name, task };
      tasks.set(taskKey(id), id);
    }
  }
  return { connectors, tasks };
}

function memberAssignment(entry: Entry): MemberAssignment {
  const assigned = entry.assigned.toSorted();
  return {
    executorId: entry.executorId,
    epoch: entry.epoch,
    connectors: assigned.connectors,
    tasks: assigned.tasks,
    revoked: entry.revoked.toSorted(),
    revokedInVersion: entry.revoked.size > 0 ? entry.revokedInVersion : 0,
  };
}

function lostAssignment(group: HeldGroup): LostAssignment {
  const work = group.work.toSorted();
  return {
    executorId: group.executorId,
    epoch: group.epoch,
    lostAtMs: group.lostAtMs,
    connectors: work.connectors,
    tasks: work.tasks,
  };
}

function byExecutorId(a: { executorId: string }, b: { executorId: string }): number {
  return a.executorId < b.executorId ? -1 : a.executorId > b.executorId ? 1 : 0;
}

/**
 * Everything but the version and the config offset (a config record that changes no assignment is not worth a
 * new version), with a fixed key order, so documents read back from storage compare equal.
 */
function canonicalContent(document: AssignmentDocument): string {
  const work = (w: ConnectorsAndTasks) => ({
    connectors: w.connectors,
    tasks: w.tasks.map((t) => [t.connector, t.task]),
  });
  return JSON.stringify({
    members: document.members.map((m) => ({
      executorId: m.executorId,
      epoch: m.epoch,
      ...work(m),
      revoked: work(m.revoked),
      revokedInVersion: m.revokedInVersion,
    })),
    lost: document.lost.map((g) => ({
      executorId: g.executorId,
      epoch: g.epoch,
      lostAtMs: g.lostAtMs,
      ...work(g),
    })),
    scheduledRebalanceAtMs: document.scheduledRebalanceAtMs,
    revocationBackoff: [
      document.revocationBackoff.revokedInPrevious,
      document.revocationBackoff.successiveRevokingRounds,
      document.revocationBackoff.notBeforeMs,
    ],
  });
}

function memberChanges(previous: AssignmentDocument, next: AssignmentDocument): MemberChange[] {
  const before = new Map(previous.members.map((m) => [m.executorId, m]));
  const changes: MemberChange[] = [];
  for (const member of next.members) {
    const old = before.get(member.executorId);
    const same = old !== undefined && old.epoch === member.epoch;
    const assigned = difference(member, same ? old : undefined);
    const revoked = difference(member.revoked, same ? old.revoked : undefined);
    if (!isEmptyWork(assigned) || !isEmptyWork(revoked)) {
      changes.push({ executorId: member.executorId, epoch: member.epoch, assigned, revoked });
    }
  }
  return changes;
}

function difference(work: ConnectorsAndTasks, minus: ConnectorsAndTasks | undefined): ConnectorsAndTasks {
  if (!minus) return { connectors: [...work.connectors], tasks: [...work.tasks] };
  const old = WorkSet.of(minus);
  return {
    connectors: work.connectors.filter((c) => !old.hasConnector(c)),
    tasks: work.tasks.filter((t) => !old.hasTask(taskKey(t))),
  };
}

function checkInput(input: SchedulerInput): void {
  const { maxDelayMs, nowMs } = input;
  if (!Number.isInteger(maxDelayMs) || maxDelayMs < 0 || maxDelayMs > MAX_DELAY_LIMIT_MS) {
    throw new RangeError(`scheduled.rebalance.max.delay.ms must be an integer in 0..${MAX_DELAY_LIMIT_MS}`);
  }
  if (!Number.isFinite(nowMs)) throw new RangeError(`nowMs must be a finite number, got ${nowMs}`);
  if (!Number.isInteger(input.config.offset) || input.config.offset < 0) {
    throw new RangeError(`the config offset must be a non-negative integer, got ${input.config.offset}`);
  }
  const names = new Set<string>();
  for (const connector of input.config.connectors) {
    if (names.has(connector.name)) throw new RangeError(`connector ${connector.name} is listed twice`);
    names.add(connector.name);
    if (!Number.isInteger(connector.tasks) || connector.tasks < 0) {
      throw new RangeError(`connector ${connector.name} has an invalid task count ${connector.tasks}`);
    }
  }
  const ids = new Set<string>();
  for (const member of input.members) {
    if (ids.has(member.executorId)) throw new RangeError(`executor ${member.executorId} is listed twice`);
    ids.add(member.executorId);
    if (!Number.isFinite(member.epoch)) throw new RangeError(`executor ${member.executorId} has a bad epoch`);
  }
}
