/**
 * An in-memory AssignmentStore for pure-logic unit tests. Same promises as the DynamoDB adapter, checked by the
 * shared contract suite (test/unit/scheduler/contracts/assignment-store.contract.ts).
 */
import type { AssignmentDocument, AssignmentStore } from '../ports/assignment-store.ts';

export class MemoryAssignmentStore implements AssignmentStore {
  private stored: AssignmentDocument | null = null;

  async read(): Promise<AssignmentDocument | null> {
    return this.stored === null ? null : structuredClone(this.stored);
  }

  async write(next: AssignmentDocument): Promise<boolean> {
    if (!Number.isInteger(next.version) || next.version < 1) {
      throw new RangeError(`an assignment document version must be a positive integer, got ${next.version}`);
    }
    const current = this.stored?.version ?? 0;
    if (current !== next.version - 1) return false;
    this.stored = structuredClone(next);
    return true;
  }
}
