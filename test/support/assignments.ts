/**
 * Building blocks of assignment documents and leases for the scheduler's unit tests.
 */
import type { MemberAssignment, TaskId } from '../../shared/ports/assignment-store.ts';
import type { Lease } from '../../shared/ports/lease-store.ts';

/** A live lease (it expires far in the future) that has applied assignment version `applied`. */
export function liveLease(executorId: string, epoch: number, applied: number): Lease {
  return {
    executorId,
    address: executorId,
    epoch,
    expiresAtMs: 1e15,
    appliedAssignmentVersion: applied,
    draining: false,
  };
}

/** A member entry of an assignment document; `revoked` work is marked as revoked in version 5. */
export function memberAssignment(
  executorId: string,
  epoch: number,
  work: {
    connectors?: string[];
    tasks?: TaskId[];
    revoked?: { connectors?: string[]; tasks?: TaskId[] };
  } = {},
): MemberAssignment {
  return {
    executorId,
    epoch,
    connectors: work.connectors ?? [],
    tasks: work.tasks ?? [],
    revoked: { connectors: work.revoked?.connectors ?? [], tasks: work.revoked?.tasks ?? [] },
    revokedInVersion: work.revoked ? 5 : 0,
  };
}
