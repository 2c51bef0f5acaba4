/** The port contracts against the in-memory adapters (the same suites run against DynamoDB Local). */
import { MemoryAssignmentStore } from '../../../shared/membership/memory-assignment-store.ts';
import { MemoryLeaseStore } from '../../../shared/membership/memory-lease-store.ts';
import { assignmentStoreContract } from './contracts/assignment-store.contract.ts';
import { leaseStoreContract } from './contracts/lease-store.contract.ts';

leaseStoreContract(async (now) => new MemoryLeaseStore({ now }));

assignmentStoreContract({
  async fresh() {
    const store = new MemoryAssignmentStore();
    // One table, many writers: every writer is the same in-memory store.
    return { store, another: () => store };
  },
});
