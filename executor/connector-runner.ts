/**
 * Runs one connector instance on its owner: starts it when its target state is STARTED, turns its taskConfigs()
 * into task config records (only when they changed), and reports its status.
 */
import type { ConfigLog } from '../shared/cluster/config-log.ts';
import type { ConnectorConfig, TargetState } from '../shared/cluster/config-state.ts';
import { JavaHashOrder, javaHashMapCopyCapacity } from '../shared/config/java-hash-order.ts';
import type { Logger } from '../shared/logging/logger.ts';
import type { Connector, TaskConfig } from '../shared/plugins/api.ts';
import type { ConnectorPlugin } from '../shared/plugins/registry.ts';
import { type StatusReporter, traceOf } from './status-reporter.ts';

export interface ConnectorRunnerDeps {
  readonly name: string;
  readonly config: ConnectorConfig;
  /** The connector incarnation (ClusterConfigState.incarnation) this runner was created for. */
  readonly incarnation: number | undefined;
  readonly plugin: ConnectorPlugin;
  readonly configLog: ConfigLog;
  readonly status: StatusReporter;
  readonly logger: Logger;
}

export class ConnectorRunner {
  readonly config: ConnectorConfig;
  readonly incarnation: number | undefined;
  private readonly deps: ConnectorRunnerDeps;
  private connector: Connector | undefined;
  private target: TargetState | undefined;
  failed = false;
  /** Set while the worker starts a paused connector only to generate its first task configs. */
  seeding = false;

  constructor(deps: ConnectorRunnerDeps) {
    this.deps = deps;
    this.config = deps.config;
    this.incarnation = deps.incarnation;
  }

  /** Moves the connector to `target` (start, pause, stop) and writes the matching status. */
  async transitionTo(target: TargetState): Promise<void> {
    if (this.failed || target === this.target) return;
    const { name, status } = this.deps;
    this.target = target;
    try {
      if (target === 'STARTED') {
        const connector = this.deps.plugin.createConnector();
        await connector.start(
          { ...this.config },
          {
            requestTaskReconfiguration: () => {
              this.publishTaskConfigs().catch((err) => this.fail(err));
            },
            raiseError: (err) => {
              this.fail(err).catch(() => undefined);
            },
          },
        );
        this.connector = connector;
        await status.connector(name, 'RUNNING', null, this.deps.plugin.version);
        await this.publishTaskConfigs();
      } else {
        await this.stopInstance();
        if (target === 'STOPPED') await this.clearTaskConfigsOfStopped();
        await status.connector(
          name,
          target === 'PAUSED' ? 'PAUSED' : 'STOPPED',
          null,
          this.deps.plugin.version,
        );
      }
    } catch (err) {
      await this.fail(err);
    }
  }

  /**
   * Stops the instance and writes `finalStatus`: UNASSIGNED when the work leaves this executor, DESTROYED (a
   * tombstone) when the connector was deleted, nothing when a new instance takes over at once (restart).
   */
  async stop(finalStatus: 'UNASSIGNED' | 'DESTROYED' | null): Promise<void> {
    await this.stopInstance();
    if (finalStatus)
      await this.deps.status.connector(this.deps.name, finalStatus, null, this.deps.plugin.version);
  }

  private async stopInstance(): Promise<void> {
    const connector = this.connector;
    this.connector = undefined;
    if (!connector) return;
    try {
      await connector.stop();
    } catch (err) {
      this.deps.logger.error('connector stop failed', { err });
    }
  }

  /**
   * A stopped connector has no task configs (the stop wrote an empty set first). Task configs this runner published
   * while the stop was being written would bring its tasks back; clear them again.
   */
  private async clearTaskConfigsOfStopped(): Promise<void> {
    const { name, configLog } = this.deps;
    await configLog.exclusive(async (state) => {
      if (state.targetState(name) === 'STOPPED' && state.taskConfigs(name).length > 0) {
        this.deps.logger.info('clearing task configs published while the connector was being stopped');
        await configLog.putTaskConfigs(name, []);
      }
    });
  }

  /** Publishes task configs when they differ from the committed ones (count or content). */
  private async publishTaskConfigs(): Promise<void> {
    const connector = this.connector;
    if (!connector) return;
    const { name, plugin, configLog } = this.deps;
    const tasksMax = Number.parseInt(this.config['tasks.max'] ?? '1', 10);
    const generated = connector.taskConfigs(tasksMax);
    const enforce = (this.config['tasks.max.enforce'] ?? 'true').trim().toLowerCase() !== 'false';
    if (enforce && generated.length > tasksMax) {
      throw new Error(
        `The connector ${name} has generated ${generated.length} tasks, which is greater than ${tasksMax}, ` +
          `the maximum number of tasks it is configured to create. This behaviour should be considered a bug ` +
          `and is disallowed. If necessary, it can be permitted by reconfiguring the connector with ` +
          `'tasks.max.enforce' set to false; however, this option will be removed in a future release of Kafka Connect.`,
      );
    }
    const taskConfigs = generated.map((c) => this.completeTaskConfig(c, plugin));
    // Checked and written under the config write lock, so no delete, pause, stop or reconfiguration can slip in
    // between: deleted, recreated or reconfigured (this runner's config or incarnation is not current), paused or
    // stopped meanwhile — task configs published now would undo what the user asked for.
    await configLog.exclusive(async (state) => {
      if (
        !sameConfig(state.connectorConfig(name), this.config) ||
        state.incarnation(name) !== this.incarnation ||
        (state.targetState(name) !== 'STARTED' && !this.seeding) ||
        state.tasksClearedSinceLastIntent(name) ||
        this.connector !== connector
      )
        return;
      if (sameConfigs(state.taskConfigs(name), taskConfigs) && !state.isInconsistent(name)) return;
      this.deps.logger.info('publishing task configs', {
        tasks: taskConfigs.length,
        incarnation: this.incarnation,
        target: state.targetState(name),
        seeding: this.seeding,
        configOffset: state.offset,
      });
      await configLog.putTaskConfigs(name, taskConfigs);
    });
  }

  /**
   * Adds `task.class`, and for sinks the connector's topic selection, as Apache's worker does — into a copy that
   * iterates like the worker's `new HashMap<>(taskProps)`, so the task-config records carry the same bytes.
   */
  private completeTaskConfig(config: TaskConfig, plugin: ConnectorPlugin): TaskConfig {
    const values: TaskConfig = { ...config, 'task.class': plugin.taskClassName };
    const capacity = javaHashMapCopyCapacity(Object.keys(config).length);
    const order = new JavaHashOrder(capacity === undefined ? {} : { initialCapacity: capacity })
      .addAll(Object.keys(config))
      .add('task.class');
    if (plugin.type === 'sink') {
      for (const key of ['topics', 'topics.regex']) {
        const value = this.config[key];
        if (value !== undefined) {
          values[key] = value;
          order.add(key);
        }
      }
    }
    return Object.fromEntries(order.keys().map((key) => [key, values[key] as string]));
  }

  private async fail(err: unknown): Promise<void> {
    this.failed = true;
    this.deps.logger.error('connector failed', { err });
    await this.stopInstance();
    await this.deps.status.connector(this.deps.name, 'FAILED', traceOf(err), this.deps.plugin.version);
  }
}

function sameConfigs(a: readonly ConnectorConfig[], b: readonly ConnectorConfig[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((config, i) => sameConfig(config, b[i]));
}

export function sameConfig(a: ConnectorConfig | undefined, b: ConnectorConfig | undefined): boolean {
  if (!a || !b) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
