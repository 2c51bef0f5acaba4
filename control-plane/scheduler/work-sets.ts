/**
 * Mutable sets of connectors and tasks used inside one scheduling round, and their conversion to the sorted,
 * immutable lists of the assignment document. Tasks are keyed by a string so set operations stay O(1) for
 * clusters with tens of thousands of tasks.
 */
import { type ConnectorsAndTasks, compareTaskIds, type TaskId } from '../../shared/ports/assignment-store.ts';

/** A key unique to one task: the connector name can hold any character but NUL cannot be ambiguous here. */
export function taskKey(task: TaskId): string {
  return `${task.connector}\u0000${task.task}`;
}

export class WorkSet {
  readonly connectors = new Set<string>();
  /** Task key → task id. */
  readonly tasks = new Map<string, TaskId>();

  static of(work: { readonly connectors: readonly string[]; readonly tasks: readonly TaskId[] }): WorkSet {
    const set = new WorkSet();
    set.addAll(work);
    return set;
  }

  get size(): number {
    return this.connectors.size + this.tasks.size;
  }

  addAll(work: { readonly connectors: Iterable<string>; readonly tasks: Iterable<TaskId> }): void {
    for (const connector of work.connectors) this.connectors.add(connector);
    for (const task of work.tasks) this.tasks.set(taskKey(task), task);
  }

  addSet(other: WorkSet): void {
    for (const connector of other.connectors) this.connectors.add(connector);
    for (const [key, task] of other.tasks) this.tasks.set(key, task);
  }

  clear(): void {
    this.connectors.clear();
    this.tasks.clear();
  }

  hasConnector(connector: string): boolean {
    return this.connectors.has(connector);
  }

  hasTask(key: string): boolean {
    return this.tasks.has(key);
  }

  /** Sorted, frozen lists for the document. */
  toSorted(): ConnectorsAndTasks {
    return { connectors: sortedConnectors(this.connectors), tasks: sortedTasks(this.tasks.values()) };
  }
}

export function sortedConnectors(connectors: Iterable<string>): string[] {
  return [...connectors].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function sortedTasks(tasks: Iterable<TaskId>): TaskId[] {
  return [...tasks].map((t) => ({ connector: t.connector, task: t.task })).sort(compareTaskIds);
}

export const NO_WORK: ConnectorsAndTasks = Object.freeze({ connectors: [], tasks: [] });

export function isEmptyWork(work: ConnectorsAndTasks): boolean {
  return work.connectors.length === 0 && work.tasks.length === 0;
}
