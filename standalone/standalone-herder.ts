/**
 * The herder of a standalone worker: the distributed herder's answers over in-memory config and status logs, with
 * what Apache's StandaloneHerder does differently — every change is carried out before the request is answered (a
 * created connector is answered with the tasks it generated), restarts and the stop of an unknown connector answer
 * as Apache 4.1.1's standalone worker does (observed: 500s where its 404 is overtaken by an exception), and there is
 * never a rebalance.
 */

import type { ConnectorInfo, ConnectorStateInfo, InitialState } from '../control-plane/herder/entities.ts';
import { Herder, type HerderDeps } from '../control-plane/herder/herder.ts';
import { ConnectError, NotFoundError } from '../shared/domain/errors.ts';

export interface StandaloneHerderDeps extends Omit<HerderDeps, 'afterConfigWrite' | 'rebalanceInProgress'> {
  /** Makes the worker run exactly what the config log now holds; resolves once it does. */
  readonly settle: () => Promise<void>;
}

export class StandaloneHerder extends Herder {
  private readonly settle: () => Promise<void>;
  private readonly configs: HerderDeps['configLog'];

  constructor(deps: StandaloneHerderDeps) {
    super({ ...deps, afterConfigWrite: deps.settle });
    this.settle = deps.settle;
    this.configs = deps.configLog;
  }

  override async putConnectorConfig(
    name: string,
    config: Record<string, string | null>,
    options: { allowReplace: boolean; initialState?: InitialState },
  ): Promise<{ created: boolean; info: ConnectorInfo }> {
    const { created } = await super.putConnectorConfig(name, config, options);
    return { created, info: await this.connectorInfo(name) };
  }

  override async patchConnectorConfig(
    name: string,
    patch: Record<string, string | null>,
  ): Promise<ConnectorInfo> {
    await super.patchConnectorConfig(name, patch);
    return this.connectorInfo(name);
  }

  /** Apache's MemoryConfigBackingStore refuses the target state of an unknown connector (500). */
  override async stopConnector(name: string): Promise<void> {
    if (!this.configs.state.contains(name)) throw new ConnectError(`No connector \`${name}\` configured`);
    await super.stopConnector(name);
  }

  override async restartConnector(
    name: string,
    includeTasks: boolean,
    onlyFailed: boolean,
  ): Promise<ConnectorStateInfo | undefined> {
    if (!includeTasks && !onlyFailed && !this.configs.state.contains(name)) {
      // Apache 4.1.1 (observed): its 404 is overtaken by the NullPointerException of starting the unknown connector.
      throw new ConnectError('Cannot invoke "java.util.Map.get(Object)" because "connProps" is null');
    }
    const plan = await super.restartConnector(name, includeTasks, onlyFailed);
    await this.settle();
    return plan;
  }

  override async restartTask(name: string, task: number): Promise<void> {
    const state = this.configs.state;
    if (!state.contains(name)) {
      // Apache 4.1.1 (observed): its 404 is overtaken by the failure to start a task of an unknown connector.
      throw new ConnectError(
        `Failed to start task ${name}-${task} since it is not a recognizable type (source or sink)`,
      );
    }
    if (task < 0 || task >= state.taskConfigs(name).length)
      throw new NotFoundError(`Task ${name}-${task} not found`);
    await super.restartTask(name, task);
    await this.settle();
  }
}
