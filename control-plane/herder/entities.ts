/**
 * The REST wire entities of Apache Connect (rest/entities), as plain types. Key order follows Apache's Jackson
 * output (constructor parameter order).
 */
import type { ConnectorType } from '../../shared/plugins/api.ts';

export interface ConnectorTaskId {
  connector: string;
  task: number;
}

export interface ConnectorInfo {
  name: string;
  config: Record<string, string>;
  tasks: ConnectorTaskId[];
  type: ConnectorType | 'unknown';
}

export interface ConnectorStateEntry {
  state: string;
  worker_id: string;
  trace?: string;
  /** Omitted when unknown (Kafka 4.1+). */
  version?: string;
}

export interface TaskStateEntry {
  id: number;
  state: string;
  worker_id: string;
  trace?: string;
  version?: string;
}

export interface ConnectorStateInfo {
  name: string;
  connector: ConnectorStateEntry;
  tasks: TaskStateEntry[];
  type: ConnectorType | 'unknown';
}

export interface TaskInfo {
  id: ConnectorTaskId;
  config: Record<string, string>;
}

export interface ServerInfo {
  version: string;
  commit: string;
  kafka_cluster_id: string;
}

export interface PluginInfo {
  class: string;
  type: string;
  version?: string;
}

export type InitialState = 'RUNNING' | 'PAUSED' | 'STOPPED';
