/**
 * A simulated cluster for scheduler tests: executors that hold leases (epochs), apply the assignment document
 * like a real executor would (stop what is not theirs, start what is, then report the version), crash, restart
 * and rejoin; a scheduler that runs `assign` on demand; and a clock. It checks, after every step, the two
 * safety rules: the document lists every item at most once, and no item runs on two live executors.
 */
import { expect } from 'vitest';
import { assign, type SchedulerResult } from '../../../control-plane/scheduler/assign.ts';
import type { ConfigSnapshot } from '../../../control-plane/scheduler/config-snapshot.ts';
import { assignedWork } from '../../../shared/membership/assigned-work.ts';
import type { AssignmentDocument, ConnectorsAndTasks } from '../../../shared/ports/assignment-store.ts';

export interface SimExecutor {
  readonly executorId: string;
  readonly epoch: number;
  appliedVersion: number;
  /** Marked draining by the scheduler's scale-in (its lease's `draining`). */
  draining: boolean;
  /** What it runs now: `c:<connector>` and `t:<connector>:<n>` keys. */
  running: Set<string>;
}

export const connectorItem = (name: string) => `c:${name}`;
export const taskItem = (connector: string, task: number) => `t:${connector}:${task}`;

export function items(work: ConnectorsAndTasks): string[] {
  return [...work.connectors.map(connectorItem), ...work.tasks.map((t) => taskItem(t.connector, t.task))];
}

export class ClusterSim {
  config: ConfigSnapshot;
  document: AssignmentDocument | null = null;
  nowMs = 1_000_000;
  readonly maxDelayMs: number;
  readonly executors = new Map<string, SimExecutor>();
  private nextEpoch = 1;
  last: SchedulerResult | undefined;

  constructor(config: ConfigSnapshot, maxDelayMs: number) {
    this.config = config;
    this.maxDelayMs = maxDelayMs;
  }

  /** Registers an executor (a new epoch); a live one with the same id must have crashed first. */
  join(executorId: string): SimExecutor {
    if (this.executors.has(executorId)) throw new Error(`${executorId} is already live`);
    const executor = {
      executorId,
      epoch: this.nextEpoch++,
      appliedVersion: 0,
      draining: false,
      running: new Set<string>(),
    };
    this.executors.set(executorId, executor);
    return executor;
  }

  /** The executor dies (or fenced itself and its lease ended): it runs nothing and holds no lease. */
  crash(executorId: string): void {
    this.executors.delete(executorId);
  }

  /** The scheduler marks (or unmarks) a live executor draining; does nothing for one that is not live. */
  setDraining(executorId: string, draining: boolean): void {
    const executor = this.executors.get(executorId);
    if (executor) executor.draining = draining;
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }

  /** A new configuration, read from further along the config topic. */
  setConnectors(connectors: ConfigSnapshot['connectors']): void {
    this.config = { offset: this.config.offset + 1, connectors };
  }

  liveMembers() {
    return [...this.executors.values()].map((e) => ({
      executorId: e.executorId,
      epoch: e.epoch,
      appliedAssignmentVersion: e.appliedVersion,
      draining: e.draining,
    }));
  }

  /** One scheduler round; the result becomes the stored document. */
  schedule(): SchedulerResult {
    const result = assign({
      config: this.config,
      members: this.liveMembers(),
      previous: this.document,
      nowMs: this.nowMs,
      maxDelayMs: this.maxDelayMs,
    });
    if (result.changed) expect(result.document.version).toBe((this.document?.version ?? 0) + 1);
    else expect(result.document).toBe(this.document ?? result.document);
    this.document = result.changed || this.document ? result.document : null;
    this.last = result;
    this.checkDocument();
    return result;
  }

  /** The executor reads the current document and makes its running set match, then reports the version. */
  apply(executorId: string): void {
    const executor = this.executors.get(executorId);
    if (!executor || !this.document) return;
    const work = assignedWork(this.document, executor.executorId, executor.epoch);
    executor.running = new Set(items(work));
    executor.appliedVersion = this.document.version;
    this.checkRunning();
  }

  applyAll(): void {
    for (const id of [...this.executors.keys()].sort()) this.apply(id);
  }

  /**
   * Rounds with every executor applying each document, jumping the clock to any pending scheduled time, until a
   * round changes nothing and nothing is pending. Returns the number of rounds.
   */
  settle(maxRounds = 100): number {
    for (let round = 1; round <= maxRounds; round++) {
      this.applyAll();
      const result = this.schedule();
      if (!result.changed) {
        if (result.nextRunAtMs === null) {
          this.applyAll();
          return round;
        }
        this.nowMs = result.nextRunAtMs;
      }
    }
    throw new Error(`no fixpoint after ${maxRounds} rounds`);
  }

  /** Owner of every assigned item (executor id). */
  owners(): Map<string, string> {
    const owners = new Map<string, string>();
    for (const member of this.document?.members ?? []) {
      for (const item of items(member)) owners.set(item, member.executorId);
    }
    return owners;
  }

  configuredItems(): string[] {
    return this.config.connectors.flatMap((c) => [
      connectorItem(c.name),
      ...Array.from({ length: c.tasks }, (_, t) => taskItem(c.name, t)),
    ]);
  }

  /** Each item appears at most once across assigned, revoked and held work. */
  checkDocument(): void {
    if (!this.document) return;
    const seen = new Set<string>();
    const places = [
      ...this.document.members.flatMap((m) => [items(m), items(m.revoked)]),
      ...this.document.lost.map((g) => items(g)),
    ];
    for (const place of places) {
      for (const item of place) {
        if (seen.has(item)) throw new Error(`${item} is listed twice in version ${this.document.version}`);
        seen.add(item);
      }
    }
  }

  /** No item runs on two live executors. */
  checkRunning(): void {
    const runner = new Map<string, string>();
    for (const executor of this.executors.values()) {
      for (const item of executor.running) {
        const other = runner.get(item);
        if (other) throw new Error(`${item} runs on both ${other} and ${executor.executorId}`);
        runner.set(item, executor.executorId);
      }
    }
  }
}

/** max − min of the per-member counts (0 for no members). */
export function spread(counts: readonly number[]): number {
  return counts.length === 0 ? 0 : Math.max(...counts) - Math.min(...counts);
}
