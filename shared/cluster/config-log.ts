/**
 * The config topic as a log the control plane and executors share: a follower that keeps a ClusterConfigState
 * current, and the writes Apache's leader performs (create/update, delete, target state, task configs, restart
 * requests). Listeners hear every applied event, in log order.
 */

import { parseLevelName, setLevel } from '../logging/levels.ts';
import type { Logger } from '../logging/logger.ts';
import type { ConfigWriteLock } from '../ports/config-write-lock.ts';
import {
  commitRecord,
  connectorConfigRecord,
  decodeConfigRecord,
  type EncodedRecord,
  loggerLevelRecord,
  restartRequestRecord,
  targetStateRecord,
  taskConfigRecord,
  taskRestartRecord,
} from './config-codec.ts';
import {
  ClusterConfigState,
  type ConfigLogEvent,
  type ConnectorConfig,
  type TargetState,
} from './config-state.ts';
import { ProcessConfigWriteLock } from './process-config-write-lock.ts';
import { type LogSource, openRecordLog, type RecordLog } from './record-log.ts';

export type ConfigLogListener = (event: ConfigLogEvent, state: ClusterConfigState, offset: number) => void;

export class ConfigLog {
  readonly state = new ClusterConfigState();
  private readonly log: RecordLog;
  private readonly listeners: ConfigLogListener[] = [];
  private caughtUp = false;
  private readonly writeLock: ConfigWriteLock;

  /** `writeLock` serializes `exclusive` sections across processes; a process-local queue when omitted. */
  constructor(source: LogSource, topic: string, logger: Logger, writeLock?: ConfigWriteLock) {
    this.writeLock = writeLock ?? new ProcessConfigWriteLock();
    this.log = openRecordLog(
      source,
      topic,
      (record) => {
        const key = record.key?.toString('utf8') ?? '';
        const event = decodeConfigRecord(key, record.value);
        if (event.type === 'ignored') logger.debug('ignoring config record', { key });
        this.state.apply(event, record.offset);
        // Cluster-scoped log levels apply in every process; records older than this process's start are history.
        if (event.type === 'logger-level' && this.caughtUp) {
          const level = parseLevelName(event.level);
          if (level) setLevel(event.namespace, level);
        }
        for (const listener of this.listeners) listener(event, this.state, record.offset);
      },
      logger,
    );
  }

  onEvent(listener: ConfigLogListener): void {
    this.listeners.push(listener);
  }

  start(): Promise<void> {
    return this.log.start();
  }

  stop(): Promise<void> {
    return this.log.stop();
  }

  /** Waits until the state reflects every record written before this call. */
  async readToEnd(timeoutMs?: number): Promise<void> {
    await this.log.readToEnd(timeoutMs);
    this.caughtUp = true;
  }

  /**
   * Runs `critical` holding the cluster's config write lock, after reading the log to its end: what it checks in
   * `state` still holds when it writes, since every other conditional writer waits for the lock.
   */
  exclusive<T>(critical: (state: ClusterConfigState) => Promise<T>): Promise<T> {
    return this.writeLock.withLock(async () => {
      await this.readToEnd();
      return critical(this.state);
    });
  }

  /** Create or replace a connector's config; an explicit initial target state goes first, as Apache writes it. */
  async putConnectorConfig(
    connector: string,
    config: ConnectorConfig,
    initialState?: TargetState,
  ): Promise<void> {
    const records: EncodedRecord[] = [];
    if (initialState) records.push(targetStateRecord(connector, initialState));
    records.push(connectorConfigRecord(connector, config));
    await this.write(records);
  }

  /** Tombstones the connector config and its target state (task and commit records stay, as in Apache). */
  async deleteConnector(connector: string): Promise<void> {
    await this.write([connectorConfigRecord(connector, null), targetStateRecord(connector, null)]);
  }

  async putTargetState(connector: string, state: TargetState): Promise<void> {
    await this.write([targetStateRecord(connector, state)]);
  }

  /** Task configs then the commit record that makes them visible. */
  async putTaskConfigs(connector: string, configs: readonly ConnectorConfig[]): Promise<void> {
    if (configs.length > 0) await this.write(configs.map((c, i) => taskConfigRecord(connector, i, c)));
    await this.write([commitRecord(connector, configs.length)]);
  }

  async requestRestart(connector: string, includeTasks: boolean, onlyFailed: boolean): Promise<void> {
    await this.write([restartRequestRecord(connector, includeTasks, onlyFailed)]);
  }

  async putLoggerLevel(namespace: string, level: string): Promise<void> {
    await this.write([loggerLevelRecord(namespace, level)]);
  }

  async requestTaskRestart(connector: string, task: number): Promise<void> {
    await this.write([taskRestartRecord(connector, task)]);
  }

  private async write(records: EncodedRecord[]): Promise<void> {
    await this.log.send(records.map((r) => ({ key: r.key, value: r.value, partition: 0 })));
  }
}
