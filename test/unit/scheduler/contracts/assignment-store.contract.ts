/**
 * The behaviour every AssignmentStore adapter promises (shared/ports/assignment-store.ts). The unit project runs
 * it against MemoryAssignmentStore, the integration project against DynamoAssignmentStore on DynamoDB Local.
 */
import { describe, expect, it } from 'vitest';
import { assign } from '../../../../control-plane/scheduler/assign.ts';
import type { AssignmentDocument, AssignmentStore } from '../../../../shared/ports/assignment-store.ts';

/** Makes a store on a fresh, empty backing table; called again for more writers on the same table. */
export interface AssignmentStoreFactory {
  fresh(): Promise<{ store: AssignmentStore; another: () => AssignmentStore }>;
}

/** A realistic document: `connectors` × `tasksPerConnector` tasks on `members` executors, one of them gone. */
export function sampleDocument(
  version: number,
  options: { connectors?: number; tasksPerConnector?: number; members?: number; tag?: string } = {},
): AssignmentDocument {
  const { connectors = 3, tasksPerConnector = 2, members = 3, tag = '' } = options;
  const config = {
    offset: 40,
    connectors: Array.from({ length: connectors }, (_, i) => ({
      name: `connector-${tag}${i}`,
      tasks: tasksPerConnector,
    })),
  };
  const live = Array.from({ length: members }, (_, i) => ({
    executorId: `executor-${i}`,
    epoch: 1_700_000_000_000 + i,
    appliedAssignmentVersion: 0,
  }));
  const first = assign({ config, members: live, previous: null, nowMs: 1_000, maxDelayMs: 60_000 });
  // One executor leaves: its work is held (lost) with a scheduled rebalance, so every field is non-trivial.
  const second = assign({
    config,
    members: live.slice(1),
    previous: first.document,
    nowMs: 2_000,
    maxDelayMs: 60_000,
  });
  return { ...second.document, version };
}

export function assignmentStoreContract(factory: AssignmentStoreFactory): void {
  describe('AssignmentStore contract', () => {
    it('reads null before the first write', async () => {
      const { store } = await factory.fresh();
      expect(await store.read()).toBeNull();
    });

    it('writes version 1 onto an empty store and reads it back unchanged', async () => {
      const { store } = await factory.fresh();
      const document = sampleDocument(1);
      expect(document.lost.length).toBeGreaterThan(0);
      expect(await store.write(document)).toBe(true);
      expect(await store.read()).toEqual(document);
    });

    it('writes version n+1 only over version n', async () => {
      const { store } = await factory.fresh();
      expect(await store.write(sampleDocument(2))).toBe(false);
      expect(await store.read()).toBeNull();
      expect(await store.write(sampleDocument(1))).toBe(true);
      expect(await store.write(sampleDocument(1, { tag: 'x' }))).toBe(false);
      expect(await store.write(sampleDocument(3))).toBe(false);
      const second = sampleDocument(2, { tag: 'y' });
      expect(await store.write(second)).toBe(true);
      expect(await store.read()).toEqual(second);
    });

    it('is not idempotent: repeating a successful write reports false and changes nothing', async () => {
      const { store } = await factory.fresh();
      const document = sampleDocument(1);
      expect(await store.write(document)).toBe(true);
      expect(await store.write(document)).toBe(false);
      expect(await store.read()).toEqual(document);
    });

    it('lets exactly one of 20 concurrent writers of the same version win', async () => {
      const { store, another } = await factory.fresh();
      expect(await store.write(sampleDocument(1))).toBe(true);
      const candidates = Array.from({ length: 20 }, (_, i) => sampleDocument(2, { tag: `w${i}-` }));
      const writers = candidates.map(() => another());
      const results = await Promise.all(
        writers.map((writer, i) => writer.write(candidates[i] as AssignmentDocument)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = candidates[results.indexOf(true)];
      expect(await store.read()).toEqual(winner);
    });

    it('round-trips a large document (10,000 tasks on 100 executors)', async () => {
      const { store } = await factory.fresh();
      const document = sampleDocument(1, { connectors: 500, tasksPerConnector: 20, members: 100 });
      const tasks = document.members.reduce((n, m) => n + m.tasks.length, 0);
      const held = document.lost.reduce((n, g) => n + g.tasks.length, 0);
      expect(tasks + held).toBe(10_000);
      expect(await store.write(document)).toBe(true);
      expect(await store.read()).toEqual(document);
    });

    it('rejects versions that are not positive integers', async () => {
      const { store } = await factory.fresh();
      for (const version of [0, -1, 1.5]) {
        await expect(store.write(sampleDocument(version))).rejects.toBeInstanceOf(RangeError);
      }
      expect(await store.read()).toBeNull();
    });
  });
}
