/**
 * The cluster's configuration as reconstructed from the config topic, with Apache's rules
 * (KafkaConfigBackingStore): task configs are buffered until their `commit-<name>` record and become visible only
 * when the commit finds task ids 0..N-1 complete; a connector without a target-state record is STARTED; deleting
 * a connector drops its task configs too.
 */
export type TargetState = 'STARTED' | 'PAUSED' | 'STOPPED';

export type ConnectorConfig = Readonly<Record<string, string>>;

/** One decoded record of the config topic. */
export type ConfigLogEvent =
  | { type: 'connector-config'; connector: string; config: ConnectorConfig | null }
  | { type: 'target-state'; connector: string; state: TargetState | null }
  | { type: 'task-config'; connector: string; task: number; config: ConnectorConfig | null }
  | { type: 'commit'; connector: string; tasks: number }
  | { type: 'restart-request'; connector: string; includeTasks: boolean; onlyFailed: boolean }
  | { type: 'task-restart-request'; connector: string; task: number }
  | { type: 'logger-level'; namespace: string; level: string }
  | { type: 'ignored'; key: string };

export class ClusterConfigState {
  private readonly configs = new Map<string, ConnectorConfig>();
  private readonly targetStates = new Map<string, TargetState>();
  private readonly committedTasks = new Map<string, ConnectorConfig[]>();
  private readonly taskCounts = new Map<string, number>();
  private readonly pendingTasks = new Map<string, Map<number, ConnectorConfig>>();
  private readonly inconsistent = new Set<string>();
  /** Offset of each connector's latest config or target-state record (the latest intent a user wrote). */
  private readonly intentAt = new Map<string, number>();
  /** Offset of the config record that created each connector (the first after it was absent or deleted). */
  private readonly createdAt = new Map<string, number>();
  /** Offset of each connector's latest commit of zero tasks (what a stop writes first), while it is the latest. */
  private readonly clearedAt = new Map<string, number>();
  /** Offset of the next record to read (last applied offset + 1). */
  offset = 0;

  apply(event: ConfigLogEvent, offset: number): void {
    this.offset = Math.max(this.offset, offset + 1);
    switch (event.type) {
      case 'connector-config':
        if (event.config === null) {
          this.configs.delete(event.connector);
          this.committedTasks.delete(event.connector);
          this.taskCounts.delete(event.connector);
          this.pendingTasks.delete(event.connector);
          this.inconsistent.delete(event.connector);
          this.targetStates.delete(event.connector);
          this.intentAt.delete(event.connector);
          this.createdAt.delete(event.connector);
          this.clearedAt.delete(event.connector);
        } else {
          if (!this.configs.has(event.connector)) this.createdAt.set(event.connector, offset);
          this.configs.set(event.connector, event.config);
          this.intentAt.set(event.connector, offset);
        }
        return;
      case 'target-state':
        if (event.state === null) this.targetStates.delete(event.connector);
        else {
          this.targetStates.set(event.connector, event.state);
          this.intentAt.set(event.connector, offset);
        }
        return;
      case 'task-config': {
        if (event.config === null) return;
        let pending = this.pendingTasks.get(event.connector);
        if (!pending) {
          pending = new Map();
          this.pendingTasks.set(event.connector, pending);
        }
        pending.set(event.task, event.config);
        return;
      }
      case 'commit': {
        const pending = this.pendingTasks.get(event.connector) ?? new Map<number, ConnectorConfig>();
        this.pendingTasks.delete(event.connector);
        if (!this.configs.has(event.connector)) return;
        const tasks: ConnectorConfig[] = [];
        for (let i = 0; i < event.tasks; i++) {
          const config = pending.get(i);
          if (!config) break;
          tasks.push(config);
        }
        this.taskCounts.set(event.connector, event.tasks);
        if (event.tasks === 0) this.clearedAt.set(event.connector, offset);
        else this.clearedAt.delete(event.connector);
        if (tasks.length === event.tasks) {
          this.committedTasks.set(event.connector, tasks);
          this.inconsistent.delete(event.connector);
        } else {
          this.committedTasks.delete(event.connector);
          this.inconsistent.add(event.connector);
        }
        return;
      }
      case 'restart-request':
      case 'task-restart-request':
      case 'logger-level':
      case 'ignored':
        return;
      default:
        event satisfies never;
    }
  }

  connectors(): string[] {
    return [...this.configs.keys()];
  }

  contains(connector: string): boolean {
    return this.configs.has(connector);
  }

  /**
   * Which incarnation of the connector this is: the offset of the config record that created it. A connector
   * deleted and created again under the same name — even with the same config — is a new incarnation, whose
   * instances must start afresh (a reader that saw both records at once cannot tell otherwise).
   */
  incarnation(connector: string): number | undefined {
    return this.createdAt.get(connector);
  }

  connectorConfig(connector: string): ConnectorConfig | undefined {
    return this.configs.get(connector);
  }

  /** STARTED unless a target-state record says otherwise (Apache's rule for connectors without one). */
  targetState(connector: string): TargetState {
    return this.targetStates.get(connector) ?? 'STARTED';
  }

  /**
   * Whether the connector's task configs were cleared (a commit of zero tasks, as a stop writes before its STOPPED
   * target state) after its latest config or target-state record: task configs generated now would undo a stop in
   * progress.
   */
  tasksClearedSinceLastIntent(connector: string): boolean {
    return (this.clearedAt.get(connector) ?? -1) > (this.intentAt.get(connector) ?? -1);
  }

  /** The committed task configs; empty while the connector is inconsistent or has none yet. */
  taskConfigs(connector: string): readonly ConnectorConfig[] {
    return this.committedTasks.get(connector) ?? [];
  }

  /** The task count of the last commit record (0 when none). */
  taskCount(connector: string): number {
    return this.taskCounts.get(connector) ?? 0;
  }

  isInconsistent(connector: string): boolean {
    return this.inconsistent.has(connector);
  }
}
