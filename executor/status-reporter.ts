/**
 * Writes connector and task statuses to the status topic on behalf of one executor: every record carries this
 * executor's worker id and the generation of the assignment it is acting on. A failed write is logged, never
 * thrown into the task (a status is advisory; the next transition writes again).
 */

import type { StatusLog } from '../shared/cluster/status-log.ts';
import type { ConnectorState } from '../shared/cluster/status-state.ts';
import type { Logger } from '../shared/logging/logger.ts';

export class StatusReporter {
  generation = 0;
  private readonly statusLog: StatusLog;
  private readonly workerId: string;
  private readonly logger: Logger;

  constructor(statusLog: StatusLog, workerId: string, logger: Logger) {
    this.statusLog = statusLog;
    this.workerId = workerId;
    this.logger = logger;
  }

  async connector(
    connector: string,
    state: ConnectorState | 'DESTROYED',
    trace: string | null = null,
    version: string | null = null,
  ): Promise<void> {
    try {
      await this.statusLog.putConnectorStatus(
        connector,
        state === 'DESTROYED' ? null : this.status(state, trace, version),
      );
    } catch (err) {
      this.logger.error('failed to write connector status', { connector, state, err });
    }
  }

  async task(
    connector: string,
    task: number,
    state: Exclude<ConnectorState, 'STOPPED'> | 'DESTROYED',
    trace: string | null = null,
    version: string | null = null,
  ): Promise<void> {
    try {
      await this.statusLog.putTaskStatus(
        connector,
        task,
        state === 'DESTROYED' ? null : this.status(state, trace, version),
      );
    } catch (err) {
      this.logger.error('failed to write task status', { connector, task, state, err });
    }
  }

  /** Records that a task used a topic (the status topic's topic-tracking record). */
  async topic(connector: string, task: number, topic: string): Promise<void> {
    try {
      await this.statusLog.putTopicStatus({ topic, connector, task, discoverTimestamp: Date.now() });
    } catch (err) {
      this.logger.error('failed to write topic status', { connector, task, topic, err });
    }
  }

  private status(state: ConnectorState, trace: string | null, version: string | null) {
    return { state, trace, workerId: this.workerId, generation: this.generation, version };
  }
}

/** A stack-trace text for the status topic's `trace` field. */
export function traceOf(err: unknown): string {
  if (err instanceof Error) {
    let text = err.stack ?? `${err.name}: ${err.message}`;
    let cause = err.cause;
    while (cause instanceof Error) {
      text += `\nCaused by: ${cause.stack ?? cause.message}`;
      cause = cause.cause;
    }
    return text;
  }
  return String(err);
}
