/**
 * The executor's worker: follows the config topic and the assignment the scheduler gives it (`applyAssignment`),
 * and makes the running set match — starting, pausing, resuming, restarting and stopping connector and task instances, and
 * reporting their statuses with its own worker id. All changes run one at a time, in config-log order.
 */
import type { ConfigLog } from '../shared/cluster/config-log.ts';
import type { ClusterConfigState, ConfigLogEvent, ConnectorConfig } from '../shared/cluster/config-state.ts';
import type { OffsetLog } from '../shared/cluster/offset-log.ts';
import type { PluginCatalog } from '../shared/config/plugin-catalog.ts';
import type { Logger } from '../shared/logging/logger.ts';
import type { AssignedWork } from '../shared/membership/assigned-work.ts';
import type { PluginRegistry } from '../shared/plugins/registry.ts';
import type { WorkerConfig } from '../shared/runtime/worker-config.ts';
import { buildTransformationChain } from '../shared/transforms/chain.ts';
import { ConnectorRunner, sameConfig } from './connector-runner.ts';
import { taskConverter, taskHeaderConverter } from './converters.ts';
import { SinkTaskRunner } from './sink-task-runner.ts';
import { SourceTaskRunner } from './source-task-runner.ts';
import type { StatusReporter } from './status-reporter.ts';
import { traceOf } from './status-reporter.ts';
import type { TaskRunner } from './task-runner.ts';

export interface WorkerDeps {
  readonly workerId: string;
  readonly worker: WorkerConfig;
  /** The membership's fencing check, handed to every task (see TaskRunnerDeps.mayRun). */
  readonly mayRun?: () => boolean;
  readonly configLog: ConfigLog;
  readonly offsetLog: OffsetLog;
  readonly status: StatusReporter;
  readonly registry: PluginRegistry;
  readonly logger: Logger;
}

interface RunningTask {
  readonly runner: TaskRunner;
  readonly taskConfig: ConnectorConfig;
  readonly connectorConfig: ConnectorConfig;
  /** The connector incarnation the task was started for (a recreated connector's tasks start afresh). */
  readonly incarnation: number | undefined;
  paused: boolean;
}

type PendingRestart =
  | { kind: 'connector'; connector: string; includeTasks: boolean; onlyFailed: boolean }
  | { kind: 'task'; connector: string; task: number };

/** The connectors and tasks this worker is to run (an `AssignedWork`, or nothing). */
type Assignment = Pick<AssignedWork, 'connectors' | 'tasks'>;

const NOTHING: Assignment = Object.freeze({ connectors: [], tasks: [] });

const taskKey = (connector: string, task: number) => `${connector}\u0000${task}`;

export class Worker {
  private readonly deps: WorkerDeps;
  private readonly connectors = new Map<string, ConnectorRunner>();
  private readonly tasks = new Map<string, RunningTask>();
  private readonly restarts: PendingRestart[] = [];
  private chain: Promise<void> = Promise.resolve();
  private readonly catalog: PluginCatalog;
  private scheduled = false;
  private started = false;
  private stopping = false;
  private assignment: Assignment = NOTHING;
  /** Connectors with a config (to tell a creation from an update). */
  private readonly known = new Set<string>();
  /**
   * Connectors created STARTED that have no task configs yet: they generate them once even if paused before they
   * got to run here, as on an Apache worker that started them before it read the pause.
   */
  private readonly seedTasks = new Set<string>();
  /** The most task configs committed for each connector's current incarnation (whose statuses may exist). */
  private readonly taskCountSeen = new Map<string, number>();
  /** Of deleted incarnations: how many task statuses the connector's owner must tombstone. */
  private readonly deletedTaskCounts = new Map<string, number>();

  constructor(deps: WorkerDeps) {
    this.deps = deps;
    this.catalog = deps.registry.catalog();
  }

  async start(): Promise<void> {
    const { configLog, offsetLog } = this.deps;
    configLog.onEvent((event) => this.onConfigEvent(event));
    await Promise.all([configLog.start(), offsetLog.start()]);
    await configLog.readToEnd();
    this.started = true;
    this.scheduleReconcile();
    await this.chain;
  }

  /**
   * Makes `work` the set this worker runs and resolves once every connector and task outside it has stopped and
   * what it lists has started (as far as the config known so far allows); `generation` becomes the status
   * generation. After this resolves the caller may report the assignment version as applied.
   */
  async applyAssignment(work: Assignment, generation: number): Promise<void> {
    this.assignment = { connectors: [...work.connectors], tasks: [...work.tasks] };
    this.deps.status.generation = generation;
    if (!this.started || this.stopping) return;
    await this.enqueue(() => this.reconcile());
  }

  /** Stops every connector and task it runs (offsets committed, statuses UNASSIGNED), then its clients. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.enqueue(async () => {
      await Promise.all([...this.tasks.keys()].map((key) => this.stopTask(key, false)));
      await Promise.all([...this.connectors.keys()].map((name) => this.stopConnector(name, 'UNASSIGNED')));
    });
  }

  /** The connectors and task keys currently running here (for tests and metrics). */
  running(): { connectors: string[]; tasks: string[] } {
    return { connectors: [...this.connectors.keys()], tasks: [...this.tasks.keys()] };
  }

  private onConfigEvent(event: ConfigLogEvent): void {
    this.trackTaskSeeding(event);
    // Restart requests written before this executor finished its first read are history, not requests.
    if (this.started && event.type === 'restart-request') {
      this.restarts.push({ kind: 'connector', ...event });
    } else if (this.started && event.type === 'task-restart-request') {
      this.restarts.push({ kind: 'task', connector: event.connector, task: event.task });
    }
    if (this.started) this.scheduleReconcile();
  }

  private trackTaskSeeding(event: ConfigLogEvent): void {
    const state = this.deps.configLog.state;
    if (event.type === 'commit') {
      const seen = this.taskCountSeen.get(event.connector) ?? 0;
      this.taskCountSeen.set(event.connector, Math.max(seen, event.tasks));
      // A new instance committed its task configs: from now on its tasks write these ids' statuses, and leftovers
      // beyond its count are the scheduler's to remove. Tombstoning them here could erase the new tasks' statuses.
      if (state.contains(event.connector)) this.deletedTaskCounts.delete(event.connector);
    }
    if (event.type === 'connector-config') {
      if (event.config === null) {
        this.known.delete(event.connector);
        this.seedTasks.delete(event.connector);
        const seen = this.taskCountSeen.get(event.connector) ?? 0;
        this.taskCountSeen.delete(event.connector);
        const deleted = this.deletedTaskCounts.get(event.connector) ?? 0;
        this.deletedTaskCounts.set(event.connector, Math.max(seen, deleted));
      } else if (!this.known.has(event.connector)) {
        this.known.add(event.connector);
        if (state.targetState(event.connector) === 'STARTED') this.seedTasks.add(event.connector);
      }
    } else if (event.type === 'commit' && event.tasks > 0) {
      this.seedTasks.delete(event.connector);
    }
  }

  private scheduleReconcile(): void {
    if (this.scheduled || this.stopping) return;
    this.scheduled = true;
    // Coalesce a burst of config records (e.g. N task configs + commit) into one pass.
    setImmediate(() => {
      this.scheduled = false;
      this.enqueue(() => this.reconcile()).catch((err) =>
        this.deps.logger.error('reconcile failed', { err }),
      );
    });
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.chain.then(step);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async reconcile(): Promise<void> {
    if (this.stopping) return;
    const state = this.deps.configLog.state;
    const assignment = this.assignment;
    this.deps.logger.debug('reconciling', {
      generation: this.deps.status.generation,
      connectors: assignment.connectors,
      tasks: assignment.tasks.map((t) => `${t.connector}-${t.task}`),
    });
    // Tasks that go are stopped before any connector changes, as Apache stops revoked and deleted work first:
    // a recreated connector's status never shows next to a task of its previous incarnation.
    await this.stopUnwantedTasks(state, assignment);
    await this.reconcileConnectors(state, assignment);
    await this.reconcileTasks(state, assignment);
    await this.performRestarts(state);
  }

  private async reconcileConnectors(state: ClusterConfigState, assignment: Assignment): Promise<void> {
    const wanted = new Set(assignment.connectors);
    for (const [name, runner] of [...this.connectors]) {
      const config = state.connectorConfig(name);
      const reborn = state.incarnation(name) !== runner.incarnation;
      if (!config) await this.stopConnector(name, 'DESTROYED');
      else if (!wanted.has(name)) await this.stopConnector(name, 'UNASSIGNED');
      else if (!sameConfig(config, runner.config) || reborn) await this.stopConnector(name, null);
      if (!config || reborn) await this.destroyTaskStatuses(name);
    }
    for (const name of assignment.connectors) {
      const config = state.connectorConfig(name);
      if (!config) continue;
      let runner = this.connectors.get(name);
      const target = state.targetState(name);
      if (!runner) {
        // A deletion this executor saw while it ran no instance (its runner had been revoked, or the connector was
        // moving): as the owner of the new instance it tombstones the deleted one's task statuses before the new
        // connector shows any status.
        await this.destroyTaskStatuses(name);
        runner = this.newConnectorRunner(name, config);
        if (!runner) continue;
        this.connectors.set(name, runner);
        if (target === 'PAUSED' && this.seedTasks.has(name) && state.taskConfigs(name).length === 0) {
          runner.seeding = true;
          await runner.transitionTo('STARTED');
          runner.seeding = false;
        }
      }
      this.seedTasks.delete(name);
      await runner.transitionTo(target);
      await this.destroyRemovedTaskStatuses(state, name);
    }
  }

  /**
   * As Apache's herder does for a deleted connector on the worker that ran it: tombstones the statuses of all its
   * tasks (wherever they ran), so none outlives the connector or shows under a connector recreated with its name.
   */
  private async destroyTaskStatuses(name: string): Promise<void> {
    const count = this.deletedTaskCounts.get(name) ?? 0;
    this.deletedTaskCounts.delete(name);
    for (let task = 0; task < count; task++) {
      if (this.tasks.has(taskKey(name, task))) continue;
      await this.deps.status.task(name, task, 'DESTROYED');
    }
  }

  /**
   * On the connector's owner, when its committed task count shrank (a stop writes zero; a reconfiguration may
   * generate fewer): tombstones the statuses of the task ids that no longer exist and that no task here runs, as
   * Apache removes them — a stopped connector lists no tasks.
   */
  private async destroyRemovedTaskStatuses(state: ClusterConfigState, name: string): Promise<void> {
    if (state.isInconsistent(name)) return;
    const seen = this.taskCountSeen.get(name) ?? 0;
    const count = state.taskConfigs(name).length;
    if (count >= seen) return;
    this.taskCountSeen.set(name, count);
    for (let task = count; task < seen; task++) {
      if (!this.tasks.has(taskKey(name, task))) await this.deps.status.task(name, task, 'DESTROYED');
    }
  }

  private newConnectorRunner(name: string, config: ConnectorConfig): ConnectorRunner | undefined {
    const plugin = this.deps.registry.resolve(config['connector.class'] ?? '');
    if (!plugin) {
      const error = new Error(this.deps.registry.unknownClassMessage(config['connector.class'] ?? ''));
      this.deps.status.connector(name, 'FAILED', traceOf(error)).catch(() => undefined);
      return undefined;
    }
    return new ConnectorRunner({
      name,
      config,
      incarnation: this.deps.configLog.state.incarnation(name),
      plugin,
      configLog: this.deps.configLog,
      status: this.deps.status,
      logger: this.deps.logger.child({ connector: name }),
    });
  }

  private async stopConnector(name: string, finalStatus: 'UNASSIGNED' | 'DESTROYED' | null): Promise<void> {
    const runner = this.connectors.get(name);
    if (!runner) return;
    this.connectors.delete(name);
    await runner.stop(finalStatus);
  }

  private async stopUnwantedTasks(state: ClusterConfigState, assignment: Assignment): Promise<void> {
    const wanted = new Map(assignment.tasks.map((t) => [taskKey(t.connector, t.task), t]));
    // Stopped side by side, as Apache stops a rebalance's revoked tasks: one slow stop does not hold up the rest.
    const stops: Promise<void>[] = [];
    for (const [key, running] of [...this.tasks]) {
      const id = wanted.get(key);
      const [connector, taskText] = key.split('\u0000') as [string, string];
      const taskConfig = id ? state.taskConfigs(id.connector)[id.task] : undefined;
      const connectorConfig = state.connectorConfig(connector);
      const reborn = state.incarnation(connector) !== running.incarnation;
      const gone = !connectorConfig || reborn || Number(taskText) >= state.taskConfigs(connector).length;
      if (!id || !taskConfig || !connectorConfig || reborn) {
        stops.push(this.stopTask(key, gone));
      } else if (
        !sameConfig(taskConfig, running.taskConfig) ||
        !sameConfig(connectorConfig, running.connectorConfig)
      ) {
        stops.push(this.stopTask(key, false));
      }
    }
    await Promise.all(stops);
  }

  private async reconcileTasks(state: ClusterConfigState, assignment: Assignment): Promise<void> {
    await this.stopUnwantedTasks(state, assignment);
    for (const { connector, task } of assignment.tasks) {
      const key = taskKey(connector, task);
      const paused = state.targetState(connector) !== 'STARTED';
      const running = this.tasks.get(key);
      if (running) {
        if (running.paused !== paused) {
          this.deps.logger.debug('task target state changed', { task: `${connector}-${task}`, paused });
          running.paused = paused;
          await running.runner.setPaused(paused);
        }
        continue;
      }
      await this.startTask(state, connector, task, paused);
    }
  }

  private async startTask(state: ClusterConfigState, connector: string, task: number, paused: boolean) {
    const taskConfig = state.taskConfigs(connector)[task];
    const connectorConfig = state.connectorConfig(connector);
    if (!taskConfig || !connectorConfig) return;
    const logger = this.deps.logger.child({ connector, task: `${connector}-${task}` });
    const plugin = this.deps.registry.resolve(connectorConfig['connector.class'] ?? '');
    let runner: TaskRunner;
    try {
      if (!plugin)
        throw new Error(this.deps.registry.unknownClassMessage(connectorConfig['connector.class'] ?? ''));
      const deps = {
        connector,
        task,
        version: plugin.version,
        taskConfig,
        connectorConfig,
        worker: this.deps.worker,
        workerId: this.deps.workerId,
        offsetLog: this.deps.offsetLog,
        status: this.deps.status,
        logger,
        keyConverter: taskConverter('key', connectorConfig, this.deps.worker),
        valueConverter: taskConverter('value', connectorConfig, this.deps.worker),
        headerConverter: taskHeaderConverter(connectorConfig, this.deps.worker),
        transforms: buildTransformationChain(connectorConfig, { catalog: this.catalog }),
        ...(this.deps.mayRun ? { mayRun: this.deps.mayRun } : {}),
      };
      runner =
        plugin.type === 'source'
          ? new SourceTaskRunner(deps, plugin.createTask())
          : new SinkTaskRunner(deps, plugin.createTask());
    } catch (err) {
      logger.error('task could not be created', { err });
      await this.deps.status.task(connector, task, 'FAILED', traceOf(err));
      return;
    }
    this.tasks.set(taskKey(connector, task), {
      runner,
      taskConfig,
      connectorConfig,
      paused,
      incarnation: state.incarnation(connector),
    });
    await runner.start(paused);
  }

  private async stopTask(key: string, destroyed: boolean): Promise<void> {
    const running = this.tasks.get(key);
    if (!running) return;
    this.tasks.delete(key);
    const [connector, taskText] = key.split('\u0000') as [string, string];
    await running.runner.stop();
    await this.deps.status.task(
      connector,
      Number(taskText),
      destroyed ? 'DESTROYED' : 'UNASSIGNED',
      null,
      this.pluginVersion(running.connectorConfig),
    );
  }

  private pluginVersion(config: ConnectorConfig): string | null {
    return this.deps.registry.resolve(config['connector.class'] ?? '')?.version ?? null;
  }

  private async performRestarts(state: ClusterConfigState): Promise<void> {
    for (const request of this.restarts.splice(0)) {
      if (request.kind === 'task') {
        const key = taskKey(request.connector, request.task);
        if (!this.tasks.has(key)) continue;
        await this.restartTask(state, request.connector, request.task);
        continue;
      }
      const runner = this.connectors.get(request.connector);
      if (runner && (!request.onlyFailed || runner.failed)) {
        await this.deps.status.connector(
          request.connector,
          'RESTARTING',
          null,
          this.pluginVersion(runner.config),
        );
        await this.stopConnector(request.connector, null);
      }
      if (request.includeTasks) {
        for (const [key, running] of [...this.tasks]) {
          const [connector, taskText] = key.split('\u0000') as [string, string];
          if (connector !== request.connector || (request.onlyFailed && !running.runner.failed)) continue;
          await this.restartTask(state, connector, Number(taskText));
        }
      }
    }
    // Connectors stopped for a restart start again here, with the current config and target state.
    await this.reconcileConnectors(state, this.assignment);
  }

  private async restartTask(state: ClusterConfigState, connector: string, task: number): Promise<void> {
    const key = taskKey(connector, task);
    const running = this.tasks.get(key);
    if (!running) return;
    this.tasks.delete(key);
    await this.deps.status.task(
      connector,
      task,
      'RESTARTING',
      null,
      this.pluginVersion(running.connectorConfig),
    );
    await running.runner.stop();
    await this.startTask(state, connector, task, state.targetState(connector) !== 'STARTED');
  }
}
