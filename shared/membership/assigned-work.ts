/**
 * The executor's side of the assignment document: what this executor (this lease epoch) must run.
 */
import type { AssignmentDocument, TaskId } from '../ports/assignment-store.ts';

export interface AssignedWork {
  /** The document version this was read from (report it with Membership.reportAppliedVersion once applied). */
  readonly version: number;
  readonly connectors: readonly string[];
  readonly tasks: readonly TaskId[];
}

/**
 * The connectors and tasks `executorId` must run under `document` while it holds the lease of `epoch`: its
 * entry's work when the entry is for that epoch, nothing otherwise (no entry yet, or one left from an earlier
 * incarnation). Everything else it runs — including its entry's `revoked` list — must be stopped before it
 * reports the version as applied.
 */
export function assignedWork(
  document: AssignmentDocument | null,
  executorId: string,
  epoch: number,
): AssignedWork {
  const entry = document?.members.find((m) => m.executorId === executorId && m.epoch === epoch);
  return {
    version: document?.version ?? 0,
    connectors: entry ? entry.connectors : [],
    tasks: entry ? entry.tasks : [],
  };
}
