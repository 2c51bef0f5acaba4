/**
 * The herder: what Apache's DistributedHerder does for the REST layer, without state of its own between requests.
 * Every call first reads the config (and, where needed, status) topic to its end, then answers from what it read
 * or appends records to the config topic. Two control planes side by side therefore answer alike.
 */
import type { ConfigLog } from '../../shared/cluster/config-log.ts';
import type { ConnectorConfig, TargetState } from '../../shared/cluster/config-state.ts';
import type { StatusLog } from '../../shared/cluster/status-log.ts';
import type { Status } from '../../shared/cluster/status-state.ts';
import type { ConfigInfos, ConfigKeyInfo } from '../../shared/config/config-info.ts';
import {
  AlreadyExistsError,
  BadRequestError,
  ConflictError,
  ConnectError,
  NotFoundError,
  RestStatusError,
} from '../../shared/domain/errors.ts';
import type { ConnectorType } from '../../shared/plugins/api.ts';
import type { PluginRegistry } from '../../shared/plugins/registry.ts';
import type {
  ConnectorInfo,
  ConnectorStateEntry,
  ConnectorStateInfo,
  InitialState,
  PluginInfo,
  ServerInfo,
  TaskInfo,
  TaskStateEntry,
} from './entities.ts';
import { javaMapText } from './java-text.ts';
import { listPlugins, pluginConfig } from './plugin-info.ts';
import type { ConnectorValidator } from './validation.ts';

export interface HerderDeps {
  readonly configLog: ConfigLog;
  readonly statusLog: StatusLog;
  readonly registry: PluginRegistry;
  readonly validator: ConnectorValidator;
  readonly serverInfo: () => Promise<ServerInfo>;
  readonly topicTracking: { readonly enabled: boolean; readonly resetAllowed: boolean };
  /**
   * Whether the executors are still moving this connector's work (scheduler/rebalance-metrics.ts
   * `connectorInFlux`); its restarts answer 409 meanwhile, as Apache's herder does while a rebalance is expected.
   * Never in progress without it.
   */
  readonly rebalanceInProgress?: (connector: string) => Promise<boolean>;
  /**
   * Runs after every connector config or target-state write (the nudge): in AWS a scheduling round in the same
   * invocation, so new work gets an owner at once rather than at the next scheduled round. Its failure is logged
   * by it and never fails the request (the timer's round catches up).
   */
  readonly afterConfigWrite?: () => Promise<void>;
}

/** Apache's RebalanceNeededException text (409). */
export const REBALANCE_NEEDED_MESSAGE = 'Request cannot be completed because a rebalance is expected';

const HEALTH_CHECK_TIMEOUT_MS = 10_000;
const BAD_REQUEST_EXCEPTION = 'org.apache.kafka.connect.runtime.rest.errors.BadRequestException';
const CONNECT_EXCEPTION = 'org.apache.kafka.connect.errors.ConnectException';

const INITIAL_TO_TARGET: Record<InitialState, TargetState> = {
  RUNNING: 'STARTED',
  PAUSED: 'PAUSED',
  STOPPED: 'STOPPED',
};

export class Herder {
  private readonly deps: HerderDeps;

  constructor(deps: HerderDeps) {
    this.deps = deps;
  }

  serverInfo(): Promise<ServerInfo> {
    return this.deps.serverInfo();
  }

  /**
   * GET /health: healthy when the config topic can be read to its end within Apache's 10 s health-check budget.
   * Not Apache's usual error envelope: `{status, message}` with 200 or 500.
   */
  async health(): Promise<{ healthy: boolean; body: { status: string; message: string } }> {
    try {
      await this.deps.configLog.readToEnd(HEALTH_CHECK_TIMEOUT_MS);
      return {
        healthy: true,
        body: { status: 'healthy', message: 'Worker has completed startup and is ready to handle requests.' },
      };
    } catch {
      return {
        healthy: false,
        body: {
          status: 'unhealthy',
          message: 'Worker was unable to handle this request and may be unable to handle other requests.',
        },
      };
    }
  }

  async connectors(): Promise<string[]> {
    await this.deps.configLog.readToEnd();
    return this.deps.configLog.state.connectors();
  }

  async connectorInfo(name: string): Promise<ConnectorInfo> {
    await this.deps.configLog.readToEnd();
    return this.requireInfo(name);
  }

  async connectorConfig(name: string): Promise<ConnectorConfig> {
    await this.deps.configLog.readToEnd();
    const config = this.deps.configLog.state.connectorConfig(name);
    if (!config) throw new NotFoundError(`Connector ${name} not found`);
    return config;
  }

  async taskInfos(name: string): Promise<TaskInfo[]> {
    await this.deps.configLog.readToEnd();
    const state = this.deps.configLog.state;
    if (!state.contains(name)) throw new NotFoundError(`Connector ${name} not found`);
    return state
      .taskConfigs(name)
      .map((config, task) => ({ id: { connector: name, task }, config: { ...config } }));
  }

  /**
   * Create (`allowReplace=false`, POST /connectors) or create-or-replace (PUT /connectors/{name}/config).
   * Validation happens before any write; an invalid config writes nothing.
   */
  async putConnectorConfig(
    name: string,
    config: Record<string, string | null>,
    options: { allowReplace: boolean; initialState?: InitialState },
  ): Promise<{ created: boolean; info: ConnectorInfo }> {
    const { configLog } = this.deps;
    const plain = await this.validateForWrite(config, options.allowReplace ? 'update' : 'create');
    const initial = options.initialState ? INITIAL_TO_TARGET[options.initialState] : undefined;
    // Under the write lock: of concurrent creations of one name (on any control plane) exactly one writes.
    const { exists, tasksBefore } = await configLog.exclusive(async (state) => {
      const exists = state.contains(name);
      if (exists && !options.allowReplace) throw new AlreadyExistsError(`Connector ${name} already exists`);
      // Apache answers with the task list it knew when it wrote the config (normally none for a new connector),
      // not with task configs an executor may publish a moment later.
      const tasksBefore = exists ? this.taskIds(name) : [];
      await configLog.putConnectorConfig(name, plain, initial);
      return { exists, tasksBefore };
    });
    await configLog.readToEnd();
    await this.deps.afterConfigWrite?.();
    return { created: !exists, info: { ...this.requireInfo(name), tasks: tasksBefore } };
  }

  /**
   * PATCH /connectors/{name}/config: the current config with the patch applied (a null value removes the key),
   * validated and written like a PUT; always 200.
   */
  async patchConnectorConfig(name: string, patch: Record<string, string | null>): Promise<ConnectorInfo> {
    const { configLog } = this.deps;
    await configLog.readToEnd();
    const current = configLog.state.connectorConfig(name);
    if (!current) throw new NotFoundError(`Connector ${name} not found`);
    const patched: Record<string, string | null> = { ...current };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete patched[key];
      else patched[key] = value;
    }
    const plain = await this.validateForWrite(patched, 'update');
    const tasksBefore = await configLog.exclusive(async (state) => {
      if (!state.contains(name)) throw new NotFoundError(`Connector ${name} not found`);
      const tasksBefore = this.taskIds(name);
      await configLog.putConnectorConfig(name, plain);
      return tasksBefore;
    });
    await configLog.readToEnd();
    await this.deps.afterConfigWrite?.();
    return { ...this.requireInfo(name), tasks: tasksBefore };
  }

  /**
   * PUT /connectors/{name}/stop: as Apache's leader, first an empty set of task configs (so tasks stop and the
   * offsets become editable), then the STOPPED target state.
   */
  async stopConnector(name: string): Promise<void> {
    const { configLog } = this.deps;
    await configLog.exclusive(async (state) => {
      if (!state.contains(name)) throw new NotFoundError(`Unknown connector ${name}`);
      await configLog.putTaskConfigs(name, []);
      await configLog.putTargetState(name, 'STOPPED');
    });
    await configLog.readToEnd();
    await this.deps.afterConfigWrite?.();
  }

  async deleteConnector(name: string): Promise<void> {
    const { configLog } = this.deps;
    await configLog.exclusive(async (state) => {
      if (!state.contains(name)) throw new NotFoundError(`Connector ${name} not found`);
      await configLog.deleteConnector(name);
    });
    await configLog.readToEnd();
    await this.deps.afterConfigWrite?.();
  }

  async setTargetState(name: string, state: TargetState): Promise<void> {
    const { configLog } = this.deps;
    await configLog.exclusive(async (current) => {
      if (!current.contains(name)) throw new NotFoundError(`Unknown connector ${name}`);
      await configLog.putTargetState(name, state);
    });
    await configLog.readToEnd();
    await this.deps.afterConfigWrite?.();
  }

  /**
   * Restart. The plain form (no includeTasks/onlyFailed) restarts the Connector instance and answers nothing
   * (204); any other form answers the restart plan (202), with RESTARTING for every instance to restart.
   */
  async restartConnector(
    name: string,
    includeTasks: boolean,
    onlyFailed: boolean,
  ): Promise<ConnectorStateInfo | undefined> {
    const { configLog, statusLog } = this.deps;
    await this.checkRebalanceNeeded(name);
    await configLog.readToEnd();
    if (!configLog.state.contains(name)) throw new NotFoundError(`Unknown connector: ${name}`);
    if (!includeTasks && !onlyFailed) {
      await configLog.requestRestart(name, false, false);
      return undefined;
    }
    await statusLog.readToEnd();
    const current = this.stateInfo(name);
    if (!current) throw new NotFoundError(`Status for connector ${name} not found`);
    const plan: ConnectorStateInfo = {
      ...current,
      connector:
        !onlyFailed || current.connector.state === 'FAILED'
          ? { ...current.connector, state: 'RESTARTING' }
          : current.connector,
      tasks: current.tasks.map((t) =>
        includeTasks && (!onlyFailed || t.state === 'FAILED') ? { ...t, state: 'RESTARTING' } : t,
      ),
    };
    await configLog.requestRestart(name, includeTasks, onlyFailed);
    return plan;
  }

  async restartTask(name: string, task: number): Promise<void> {
    const { configLog } = this.deps;
    await this.checkRebalanceNeeded(name);
    await configLog.readToEnd();
    const state = configLog.state;
    if (!state.contains(name)) throw new NotFoundError(`Unknown connector: ${name}`);
    if (task < 0 || task >= state.taskConfigs(name).length)
      throw new NotFoundError(`Unknown task: ${name}-${task}`);
    await configLog.requestTaskRestart(name, task);
  }

  private async checkRebalanceNeeded(connector: string): Promise<void> {
    if (await this.deps.rebalanceInProgress?.(connector)) throw new ConflictError(REBALANCE_NEEDED_MESSAGE);
  }

  async connectorStatus(name: string): Promise<ConnectorStateInfo> {
    await Promise.all([this.deps.configLog.readToEnd(), this.deps.statusLog.readToEnd()]);
    const info = this.stateInfo(name);
    if (!info) throw new NotFoundError(`No status found for connector ${name}`);
    return info;
  }

  async taskStatus(name: string, task: number): Promise<TaskStateEntry> {
    await this.deps.statusLog.readToEnd();
    const status = this.deps.statusLog.state.task(name, task);
    if (!status) throw new NotFoundError(`No status found for task ${name}-${task}`);
    return taskEntry(task, status);
  }

  /** The status of every connector that has one; connectors without a status record are left out, as in Apache. */
  async expandedConnectors(expand: readonly string[]): Promise<Record<string, Record<string, unknown>>> {
    const wantStatus = expand.includes('status');
    const wantInfo = expand.includes('info');
    await Promise.all([
      this.deps.configLog.readToEnd(),
      wantStatus ? this.deps.statusLog.readToEnd() : undefined,
    ]);
    const out: Record<string, Record<string, unknown>> = {};
    for (const name of this.deps.configLog.state.connectors()) {
      const entry: Record<string, unknown> = {};
      if (wantStatus) {
        const status = this.stateInfo(name);
        if (!status) continue;
        entry.status = status;
      }
      if (wantInfo) entry.info = this.requireInfo(name);
      out[name] = entry;
    }
    return out;
  }

  /** GET /connectors/{name}/topics: no existence check, as in Apache (an unknown connector has no topics). */
  async activeTopics(name: string): Promise<Record<string, { topics: string[] }>> {
    this.requireTopicTracking(false);
    await this.deps.statusLog.readToEnd();
    return { [name]: { topics: this.deps.statusLog.state.activeTopics(name) } };
  }

  /** PUT /connectors/{name}/topics/reset: tombstones every topic-tracking record of the connector. */
  async resetActiveTopics(name: string): Promise<void> {
    this.requireTopicTracking(true);
    const { statusLog } = this.deps;
    await statusLog.readToEnd();
    for (const topic of statusLog.state.activeTopics(name)) {
      await statusLog.putTopicStatus({ topic, connector: name, task: 0, discoverTimestamp: 0 }, true);
    }
  }

  private requireTopicTracking(reset: boolean): void {
    if (!this.deps.topicTracking.enabled) throw new RestStatusError(403, 'Topic tracking is disabled.');
    if (reset && !this.deps.topicTracking.resetAllowed) {
      throw new RestStatusError(403, 'Topic tracking reset is disabled.');
    }
  }

  /** PUT /admin/loggers/{name}?scope=cluster: every executor and control plane applies the level it reads. */
  async setClusterLoggerLevel(namespace: string, level: string): Promise<void> {
    await this.deps.configLog.putLoggerLevel(namespace, level);
    await this.deps.configLog.readToEnd();
  }

  connectorPlugins(connectorsOnly: boolean): PluginInfo[] {
    return listPlugins(this.deps.registry, connectorsOnly);
  }

  pluginConfig(name: string): ConfigKeyInfo[] {
    return pluginConfig(this.deps.registry, name);
  }

  /** PUT /connector-plugins/{plugin}/config/validate. */
  async validate(pluginName: string, config: Record<string, string | null>): Promise<ConfigInfos> {
    const connectorClass = config['connector.class'];
    if (connectorClass !== undefined && connectorClass !== null) {
      const strip = (s: string) => (s.endsWith('Connector') ? s.slice(0, -'Connector'.length) : s);
      if (!strip(connectorClass).endsWith(strip(pluginName))) {
        throw new BadRequestError(
          `Included connector type ${connectorClass} does not match request type ${pluginName}`,
        );
      }
    }
    const result = await this.validateConfig(config, 'validate');
    return result.infos;
  }

  private async validateForWrite(
    config: Record<string, string | null>,
    context: 'create' | 'update',
  ): Promise<ConnectorConfig> {
    const result = await this.validateConfig(config, context);
    if (result.errorMessage !== null) throw new BadRequestError(result.errorMessage);
    const plain: Record<string, string> = {};
    for (const [k, v] of Object.entries(config)) if (v !== null) plain[k] = v;
    return plain;
  }

  /**
   * Apache reports a missing or unknown connector class differently per endpoint (observed on 4.1.1): create
   * answers 400 with the plain message, update 400 with the ConnectException's class name in front, validate 500
   * with the BadRequestException's class name in front (the validation runs on another thread and the wrapped
   * exception's toString() becomes the message).
   */
  private async validateConfig(
    config: Record<string, string | null>,
    context: 'create' | 'update' | 'validate',
  ) {
    const connectorClass = config['connector.class'];
    if (connectorClass === undefined || connectorClass === null) {
      const message = `Connector config ${javaMapText(config)} contains no connector type`;
      if (context === 'validate') throw new ConnectError(`${BAD_REQUEST_EXCEPTION}: ${message}`);
      throw new BadRequestError(message);
    }
    const plugin = this.deps.registry.resolve(connectorClass);
    if (!plugin) {
      const message = this.deps.registry.unknownClassMessage(connectorClass);
      if (context === 'validate') throw new ConnectError(`${BAD_REQUEST_EXCEPTION}: ${message}`);
      throw new BadRequestError(context === 'update' ? `${CONNECT_EXCEPTION}: ${message}` : message);
    }
    return this.deps.validator.validate(plugin, config);
  }

  private connectorType(config: ConnectorConfig | undefined): ConnectorType | 'unknown' {
    const plugin = config ? this.deps.registry.resolve(config['connector.class'] ?? '') : undefined;
    return plugin?.type ?? 'unknown';
  }

  private taskIds(name: string): ConnectorInfo['tasks'] {
    return this.deps.configLog.state.taskConfigs(name).map((_, task) => ({ connector: name, task }));
  }

  private requireInfo(name: string): ConnectorInfo {
    const state = this.deps.configLog.state;
    const config = state.connectorConfig(name);
    if (!config) throw new NotFoundError(`Connector ${name} not found`);
    return {
      name,
      config: { ...config },
      tasks: state.taskConfigs(name).map((_, task) => ({ connector: name, task })),
      type: this.connectorType(config),
    };
  }

  private stateInfo(name: string): ConnectorStateInfo | undefined {
    const statusState = this.deps.statusLog.state;
    const connector = statusState.connector(name);
    if (!connector) return undefined;
    const entry: ConnectorStateEntry = { state: connector.state, worker_id: connector.workerId };
    if (connector.trace) entry.trace = connector.trace;
    if (connector.version && connector.version !== 'undefined') entry.version = connector.version;
    return {
      name,
      connector: entry,
      tasks: statusState.tasks(name).map(({ task, status }) => taskEntry(task, status)),
      type: this.connectorType(this.deps.configLog.state.connectorConfig(name)),
    };
  }
}

function taskEntry(task: number, status: Status): TaskStateEntry {
  const entry: TaskStateEntry = { id: task, state: status.state, worker_id: status.workerId };
  if (status.trace) entry.trace = status.trace;
  if (status.version && status.version !== 'undefined') entry.version = status.version;
  return entry;
}
