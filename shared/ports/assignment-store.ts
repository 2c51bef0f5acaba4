/**
 * The cluster's assignment: which executor runs which connectors and tasks, as one versioned document that the
 * scheduler (control-plane/scheduler) computes and executors follow. The document is the only source of truth for
 * ownership; it is replaced as a whole, with a compare-and-set on its version, so schedulers running in several
 * places at once (a timer, after each config write, an executor that noticed an expired lease) never overwrite
 * each other's rounds.
 */

/** One task of a connector (Apache's ConnectorTaskId). */
export interface TaskId {
  readonly connector: string;
  readonly task: number;
}

/** A set of connectors and tasks, each list sorted (connectors by name, tasks by connector then number). */
export interface ConnectorsAndTasks {
  readonly connectors: readonly string[];
  readonly tasks: readonly TaskId[];
}

/**
 * What one live executor (one lease epoch) owns.
 *
 * The executor runs exactly `connectors` and `tasks`, and only while its own lease epoch equals `epoch` (an entry
 * for another epoch belongs to an earlier incarnation: run nothing until the scheduler writes one for yours).
 * `revoked` lists work taken away from it that it must stop; the scheduler gives that work to someone else only
 * after this executor reported (through its lease heartbeat) that it applied version `revokedInVersion` or later,
 * or after its lease ended.
 */
export interface MemberAssignment {
  readonly executorId: string;
  readonly epoch: number;
  readonly connectors: readonly string[];
  readonly tasks: readonly TaskId[];
  readonly revoked: ConnectorsAndTasks;
  /** The document version that last added to `revoked`; 0 when `revoked` is empty. */
  readonly revokedInVersion: number;
}

/**
 * Work of an executor whose lease ended, held unassigned (statuses show UNASSIGNED) while the scheduled rebalance
 * delay runs: handed back if the same executor id registers again in time, redistributed when the delay is over.
 */
export interface LostAssignment {
  readonly executorId: string;
  /** The epoch of the lease that ended. */
  readonly epoch: number;
  /** When the scheduler first saw the lease gone (the scheduler's clock, ms since the Unix epoch). */
  readonly lostAtMs: number;
  readonly connectors: readonly string[];
  readonly tasks: readonly TaskId[];
}

/**
 * Apache's throttle on successive load-balancing revocations (IncrementalCooperativeAssignor): when a round needs
 * to revoke for balance right after a round that did, it waits 40 ms, 1.6 s, 64 s, … (capped at
 * scheduled.rebalance.max.delay.ms) first.
 */
export interface RevocationBackoff {
  readonly revokedInPrevious: boolean;
  readonly successiveRevokingRounds: number;
  /** No load-balancing revocation before this time; null when none is pending. */
  readonly notBeforeMs: number | null;
}

/** The whole assignment. `version` 0 means "nothing written yet"; each write increments it by exactly one. */
export interface AssignmentDocument {
  readonly version: number;
  /**
   * The config-topic position (offset of the next record) of the configuration this document was computed from.
   * A scheduler whose configuration is behind it must read the config topic further before computing (Apache's
   * leader does the same with the members' config offsets), so a stale view never revokes newer work.
   */
  readonly configOffset: number;
  /** One entry per live executor, sorted by executor id. */
  readonly members: readonly MemberAssignment[];
  /** Work held for departed executors, sorted by executor id. */
  readonly lost: readonly LostAssignment[];
  /** When held work is redistributed if its executor has not come back; null when nothing is held. */
  readonly scheduledRebalanceAtMs: number | null;
  readonly revocationBackoff: RevocationBackoff;
}

/** The document before anything was written: version 0, no members, nothing held. */
export const EMPTY_ASSIGNMENT: AssignmentDocument = Object.freeze({
  version: 0,
  configOffset: 0,
  members: [],
  lost: [],
  scheduledRebalanceAtMs: null,
  revocationBackoff: Object.freeze({
    revokedInPrevious: false,
    successiveRevokingRounds: 0,
    notBeforeMs: null,
  }),
});

/**
 * Storage for the assignment document (one per cluster).
 *
 * Implementations: `DynamoAssignmentStore` (one item, conditional PutItem), `MemoryAssignmentStore` (unit tests).
 */
export interface AssignmentStore {
  /**
   * The current document, or null before the first write.
   *
   * Consistency: strongly consistent — a read that starts after a successful `write` returns that write or a
   * later one. Idempotent (no side effects).
   * Errors: storage failures (network, throttling, permissions) and a stored item that does not parse
   * propagate as thrown errors; nothing is retried here.
   */
  read(): Promise<AssignmentDocument | null>;

  /**
   * Replaces the document with `next` if, and only if, the stored version is `next.version - 1` (no document
   * stored counts as version 0). Resolves `true` when written, `false` when another writer got there first (the
   * caller re-reads, recomputes and tries again). Of N concurrent writes of the same version exactly one resolves
   * `true`.
   *
   * Consistency: a single conditional write (compare-and-set on the version); never a partial document.
   * Idempotency: not idempotent — repeating a write that succeeded resolves `false` (the version moved on).
   * Errors: `RangeError` when `next.version` is not a positive integer; a document too large for the backing
   * store (DynamoDB: 400 KB per item after compression) throws; storage failures propagate.
   */
  write(next: AssignmentDocument): Promise<boolean>;
}

/** Total order on task ids: connector name (UTF-16 code units, like Java's String.compareTo), then number. */
export function compareTaskIds(a: TaskId, b: TaskId): number {
  if (a.connector !== b.connector) return a.connector < b.connector ? -1 : 1;
  return a.task - b.task;
}
