/**
 * Connector and task statuses as reconstructed from the status topic (KafkaStatusBackingStore's read rules).
 */
export type ConnectorState = 'UNASSIGNED' | 'RUNNING' | 'PAUSED' | 'FAILED' | 'RESTARTING' | 'STOPPED';

export interface Status {
  readonly state: ConnectorState;
  readonly trace: string | null;
  readonly workerId: string;
  readonly generation: number;
  /** The plugin version that wrote the status (Kafka 4.1+, KIP-891); null when unknown. */
  readonly version: string | null;
}

export interface TopicStatus {
  readonly topic: string;
  readonly connector: string;
  readonly task: number;
  readonly discoverTimestamp: number;
}

/** One decoded record of the status topic; `status: null` is a tombstone (the DESTROYED state). */
export type StatusLogEvent =
  | { type: 'connector-status'; connector: string; status: Status | null }
  | { type: 'task-status'; connector: string; task: number; status: Status | null }
  | { type: 'topic-status'; connector: string; topic: string; status: TopicStatus | null }
  | { type: 'ignored'; key: string };

export class ClusterStatusState {
  private readonly connectorStatuses = new Map<string, Status>();
  private readonly taskStatuses = new Map<string, Map<number, Status>>();
  private readonly topics = new Map<string, Map<string, TopicStatus>>();

  apply(event: StatusLogEvent): void {
    switch (event.type) {
      case 'connector-status':
        if (event.status === null) this.connectorStatuses.delete(event.connector);
        else this.connectorStatuses.set(event.connector, event.status);
        return;
      case 'task-status': {
        let tasks = this.taskStatuses.get(event.connector);
        if (event.status === null) {
          tasks?.delete(event.task);
          return;
        }
        if (!tasks) {
          tasks = new Map();
          this.taskStatuses.set(event.connector, tasks);
        }
        if (this.accepts(tasks.get(event.task), event.status)) tasks.set(event.task, event.status);
        return;
      }
      case 'topic-status': {
        let topics = this.topics.get(event.connector);
        if (event.status === null) {
          topics?.delete(event.topic);
          return;
        }
        if (!topics) {
          topics = new Map();
          this.topics.set(event.connector, topics);
        }
        topics.set(event.topic, event.status);
        return;
      }
      case 'ignored':
        return;
      default:
        event satisfies never;
    }
  }

  /**
   * Apache ignores a task's UNASSIGNED update over a RUNNING status of the same or a newer generation (a worker
   * that missed the newer RUNNING record must not hide a running task).
   */
  private accepts(current: Status | undefined, update: Status): boolean {
    return !(
      current &&
      update.state === 'UNASSIGNED' &&
      current.state === 'RUNNING' &&
      current.generation >= update.generation
    );
  }

  /** Names of the connectors that have a connector status or any task status. */
  connectors(): string[] {
    const names = new Set(this.connectorStatuses.keys());
    for (const [connector, tasks] of this.taskStatuses) if (tasks.size > 0) names.add(connector);
    return [...names];
  }

  connector(connector: string): Status | undefined {
    return this.connectorStatuses.get(connector);
  }

  /** Task statuses of a connector, sorted by task id. */
  tasks(connector: string): Array<{ task: number; status: Status }> {
    const tasks = this.taskStatuses.get(connector);
    if (!tasks) return [];
    return [...tasks.entries()].sort((a, b) => a[0] - b[0]).map(([task, status]) => ({ task, status }));
  }

  task(connector: string, task: number): Status | undefined {
    return this.taskStatuses.get(connector)?.get(task);
  }

  activeTopics(connector: string): string[] {
    return [...(this.topics.get(connector)?.keys() ?? [])].sort();
  }
}
