/**
 * What the scheduler needs from the cluster's configuration: the connectors and how many tasks each has.
 */
import type { ClusterConfigState } from '../../shared/cluster/config-state.ts';

export interface ConnectorSnapshot {
  readonly name: string;
  /** Committed task count; 0 while the connector has no (or inconsistent) task configs. */
  readonly tasks: number;
}

export interface ConfigSnapshot {
  /** The config-topic position the snapshot reflects (ClusterConfigState.offset: next offset to read). */
  readonly offset: number;
  readonly connectors: readonly ConnectorSnapshot[];
}

/**
 * The snapshot of a config-log state, with Apache's rule that the tasks of an inconsistent connector (a commit
 * whose task configs are incomplete) are not assigned: `taskConfigs` is empty for those.
 */
export function configSnapshotOf(state: ClusterConfigState): ConfigSnapshot {
  return {
    offset: state.offset,
    connectors: state.connectors().map((name) => ({ name, tasks: state.taskConfigs(name).length })),
  };
}
