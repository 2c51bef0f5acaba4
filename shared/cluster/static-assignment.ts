/**
 * The simple, static assignment used until membership and scheduling exist: executors are numbered 0..N-1 and
 * every one computes the same round-robin split from the same config state, so each connector and each task has
 * exactly one owner without any coordination. (Leases, delayed rebalance and failover replace this later.)
 */
import type { ClusterConfigState } from './config-state.ts';

export interface TaskId {
  readonly connector: string;
  readonly task: number;
}

export interface Assignment {
  readonly connectors: readonly string[];
  readonly tasks: readonly TaskId[];
}

/** FNV-1a over the UTF-16 code units: a stable, well-spread number for a name. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The connectors and tasks executor `index` of `count` owns in `state`. Ownership depends only on the connector's
 * name and the task number, so creating or deleting one connector never moves another one's work.
 */
export function staticAssignment(state: ClusterConfigState, index: number, count: number): Assignment {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`executor count must be at least 1, got ${count}`);
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new Error(`executor index ${index} is outside 0..${count - 1}`);
  }
  const connectors: string[] = [];
  const tasks: TaskId[] = [];
  for (const connector of state.connectors()) {
    const base = stableHash(connector);
    if (base % count === index) connectors.push(connector);
    // Tasks start one executor after their connector's, so a connector and its first task run apart.
    state.taskConfigs(connector).forEach((_, task) => {
      if ((base + 1 + task) % count === index) tasks.push({ connector, task });
    });
  }
  return { connectors, tasks };
}
