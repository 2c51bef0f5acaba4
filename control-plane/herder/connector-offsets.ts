/**
 * GET / PATCH / DELETE /connectors/{name}/offsets (KIP-875): source offsets live in the offsets topic, sink
 * offsets are the committed offsets of the connector's consumer group. Changes need the connector STOPPED (target
 * state STOPPED and no task configs), are checked by the connector's own `alterOffsets`, and answer Apache's
 * messages.
 */
import type { Admin } from 'kafkajs';
import type { ConfigLog } from '../../shared/cluster/config-log.ts';
import type { ConnectorConfig } from '../../shared/cluster/config-state.ts';
import type { OffsetLog } from '../../shared/cluster/offset-log.ts';
import { BadRequestError, ConnectError, NotFoundError } from '../../shared/domain/errors.ts';
import type { OffsetMap, SinkOffsetChange, SourceOffsetChange } from '../../shared/plugins/api.ts';
import type { ConnectorPlugin, PluginRegistry } from '../../shared/plugins/registry.ts';
import { delay } from '../../shared/util/wait.ts';

export interface ConnectorOffsetEntry {
  partition: Record<string, unknown>;
  offset: Record<string, unknown> | null;
}

export interface ConnectorOffsetsBody {
  offsets: ConnectorOffsetEntry[];
}

export interface ConnectorOffsetsDeps {
  readonly configLog: ConfigLog;
  readonly offsetLog: OffsetLog;
  readonly admin: Admin;
  readonly registry: PluginRegistry;
  /**
   * How long a sink offset change waits for the connector's consumer group to have no members (default 15 s).
   * Executors stop tasks on their own time: a connector just stopped, or deleted and created again under its name,
   * may still have consumers leaving the group.
   */
  readonly groupEmptyTimeoutMs?: number;
}

const DEFAULT_GROUP_EMPTY_TIMEOUT_MS = 15_000;
const GROUP_POLL_MS = 200;

const KAFKA_TOPIC = 'kafka_topic';
const KAFKA_PARTITION = 'kafka_partition';
const KAFKA_OFFSET = 'kafka_offset';

/** The consumer group of a sink connector: `consumer.override.group.id`, else `connect-<name>`. */
export function sinkGroupId(name: string, config: ConnectorConfig): string {
  return config['consumer.override.group.id'] ?? `connect-${name}`;
}

export class ConnectorOffsets {
  private readonly deps: ConnectorOffsetsDeps;

  constructor(deps: ConnectorOffsetsDeps) {
    this.deps = deps;
  }

  async get(name: string): Promise<ConnectorOffsetsBody> {
    const { config, plugin } = await this.connector(name);
    if (plugin.type === 'source') {
      await this.deps.offsetLog.readToEnd();
      return {
        offsets: this.deps.offsetLog.connectorOffsets(name).map((e) => ({
          partition: jsonSafe(e.partition),
          offset: e.offset === null ? null : jsonSafe(e.offset),
        })),
      };
    }
    try {
      const topics = await this.deps.admin.fetchOffsets({ groupId: sinkGroupId(name, config) });
      return {
        offsets: topics.flatMap((t) =>
          t.partitions
            .filter((p) => Number(p.offset) >= 0)
            .map((p) => ({
              partition: { [KAFKA_TOPIC]: t.topic, [KAFKA_PARTITION]: p.partition },
              offset: { [KAFKA_OFFSET]: Number(p.offset) },
            })),
        ),
      };
    } catch (err) {
      throw new ConnectError(`Failed to retrieve consumer group offsets for sink connector ${name}`, {
        cause: err,
      });
    }
  }

  async alter(name: string, body: ConnectorOffsetsBody): Promise<{ message: string }> {
    const { config, plugin } = await this.stoppedConnector(name);
    if (plugin.type === 'source') {
      const changes = body.offsets.map((e) => sourceChange(e));
      const handled = this.callAlterOffsets(plugin, config, changes);
      await this.deps.offsetLog.write(name, changes);
      return { message: resultMessage(handled, 'altered') };
    }
    const changes = body.offsets.map((e) => sinkChange(e));
    const handled = this.callAlterOffsets(plugin, config, changes);
    const groupId = sinkGroupId(name, config);
    await this.awaitEmptyGroup(groupId);
    try {
      const byTopic = new Map<string, SinkOffsetChange[]>();
      for (const c of changes) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);
      for (const [topic, partitions] of byTopic) {
        await this.deps.admin.setOffsets({
          groupId,
          topic,
          // A null offset resets the partition. kafkajs has no OffsetDelete, so the group commits Kafka's
          // "no offset" value (-1): readers see no committed offset and apply auto.offset.reset, as after a delete.
          partitions: partitions.map((p) => ({ partition: p.partition, offset: String(p.offset ?? -1) })),
        });
      }
    } catch (err) {
      throw new ConnectError(
        `Failed to alter consumer group offsets for connector ${name} either because its tasks haven't stopped completely yet or the connector was resumed before the request to alter its offsets could be successfully completed. If the connector is in a stopped state, this operation can be safely retried. If it doesn't eventually succeed, the Connect cluster may need to be restarted to get rid of the zombie sink tasks.`,
        { cause: err },
      );
    }
    return { message: resultMessage(handled, 'altered') };
  }

  async reset(name: string): Promise<{ message: string }> {
    const { config, plugin } = await this.stoppedConnector(name);
    if (plugin.type === 'source') {
      await this.deps.offsetLog.readToEnd();
      const changes = this.deps.offsetLog
        .connectorOffsets(name)
        .map((e): SourceOffsetChange => ({ partition: e.partition, offset: null }));
      const handled = this.callAlterOffsets(plugin, config, changes);
      await this.deps.offsetLog.write(name, changes);
      return { message: resultMessage(handled, 'reset') };
    }
    const handled = this.callAlterOffsets(plugin, config, []);
    const groupId = sinkGroupId(name, config);
    await this.awaitEmptyGroup(groupId);
    try {
      await this.deps.admin.deleteGroups([groupId]);
    } catch (err) {
      const groupMissing = (err as { groups?: Array<{ errorCode?: number }> }).groups?.every(
        (g) => g.errorCode === 69,
      );
      if (!groupMissing) {
        throw new ConnectError(
          `Failed to reset consumer group offsets for connector ${name} either because its tasks haven't stopped completely yet or the connector was resumed before the request to reset its offsets could be successfully completed. If the connector is in a stopped state, this operation can be safely retried. If it doesn't eventually succeed, the Connect cluster may need to be restarted to get rid of the zombie sink tasks.`,
          { cause: err },
        );
      }
    }
    return { message: resultMessage(handled, 'reset') };
  }

  /**
   * Waits (bounded) until the consumer group has no members, as the tasks of a stopped connector leave it; on
   * timeout the change is tried anyway and fails with Apache's "tasks haven't stopped completely yet" answer.
   */
  private async awaitEmptyGroup(groupId: string): Promise<void> {
    const deadline = Date.now() + (this.deps.groupEmptyTimeoutMs ?? DEFAULT_GROUP_EMPTY_TIMEOUT_MS);
    for (;;) {
      let members = 0;
      try {
        members = (await this.deps.admin.describeGroups([groupId])).groups[0]?.members.length ?? 0;
      } catch {
        return; // the change itself reports what is wrong with the group or the broker
      }
      if (members === 0 || Date.now() >= deadline) return;
      await delay(GROUP_POLL_MS);
    }
  }

  private async connector(name: string): Promise<{ config: ConnectorConfig; plugin: ConnectorPlugin }> {
    await this.deps.configLog.readToEnd();
    const config = this.deps.configLog.state.connectorConfig(name);
    if (!config) throw new NotFoundError(`Connector ${name} not found`);
    const plugin = this.deps.registry.resolve(config['connector.class'] ?? '');
    if (!plugin)
      throw new ConnectError(this.deps.registry.unknownClassMessage(config['connector.class'] ?? ''));
    return { config, plugin };
  }

  private async stoppedConnector(name: string) {
    const found = await this.connector(name);
    const state = this.deps.configLog.state;
    if (state.targetState(name) !== 'STOPPED' || state.taskCount(name) !== 0) {
      throw new BadRequestError(
        `Connectors must be in the STOPPED state before their offsets can be modified. This can be done for the specified connector by issuing a 'PUT' request to the '/connectors/${name}/stop' endpoint`,
      );
    }
    return found;
  }

  private callAlterOffsets(
    plugin: ConnectorPlugin,
    config: ConnectorConfig,
    changes: readonly (SourceOffsetChange | SinkOffsetChange)[],
  ): boolean {
    const connector = plugin.createConnector();
    if (!connector.alterOffsets) return false;
    try {
      return connector.alterOffsets({ ...config }, changes);
    } catch (err) {
      throw new ConnectError((err as Error).message, { cause: err });
    }
  }
}

function resultMessage(handledByConnector: boolean, action: 'altered' | 'reset'): string {
  return handledByConnector
    ? `The offsets for this connector have been ${action} successfully`
    : `The Connect framework-managed offsets for this connector have been ${action} successfully. However, if this connector manages offsets externally, they will need to be manually ${action} in the system that the connector uses.`;
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof value);
}

function primitiveMap(value: Record<string, unknown>, what: 'Partitions' | 'Offsets'): OffsetMap {
  for (const [key, v] of Object.entries(value)) {
    if (!isPrimitive(v)) {
      throw new ConnectError(
        `${what} may only contain primitive types as values, but field ${key} contains ${Array.isArray(v) ? 'java.util.ArrayList' : 'java.util.LinkedHashMap'}`,
      );
    }
  }
  return value as OffsetMap;
}

function sourceChange(entry: ConnectorOffsetEntry): SourceOffsetChange {
  return {
    partition: primitiveMap(entry.partition, 'Partitions'),
    offset: entry.offset === null ? null : primitiveMap(entry.offset, 'Offsets'),
  };
}

/** Apache's checks of a sink offset entry (SinkUtils.parseSinkConnectorOffsets), with its messages. */
function sinkChange(entry: ConnectorOffsetEntry): SinkOffsetChange {
  const partition = entry.partition;
  if (partition === null || partition === undefined) {
    throw new BadRequestError('The partition for a sink connector offset cannot be null or missing');
  }
  if (!Object.hasOwn(partition, KAFKA_TOPIC) || !Object.hasOwn(partition, KAFKA_PARTITION)) {
    throw new BadRequestError(
      `The partition for a sink connector offset must contain the keys '${KAFKA_TOPIC}' and '${KAFKA_PARTITION}'`,
    );
  }
  const topic = partition[KAFKA_TOPIC];
  if (typeof topic !== 'string')
    throw new BadRequestError('Kafka topic names must be valid strings and may not be null');
  const partitionValue = partition[KAFKA_PARTITION];
  if (partitionValue === null || partitionValue === undefined) {
    throw new BadRequestError('Kafka partitions must be valid numbers and may not be null');
  }
  const partitionNumber = Number(partitionValue);
  if (
    !Number.isInteger(partitionNumber) ||
    (typeof partitionValue === 'string' && partitionValue.trim() === '')
  ) {
    throw new BadRequestError(
      `Failed to parse the following Kafka partition value in the provided offsets: '${String(partitionValue)}'. Partition values for sink connectors need to be integers.`,
    );
  }
  if (entry.offset === null) return { topic, partition: partitionNumber, offset: null };
  if (!Object.hasOwn(entry.offset, KAFKA_OFFSET)) {
    throw new BadRequestError(
      `The offset for a sink connector should either be null or contain the key '${KAFKA_OFFSET}'`,
    );
  }
  const offsetValue = entry.offset[KAFKA_OFFSET];
  const offsetNumber = Number(offsetValue);
  if (offsetValue === null || !Number.isInteger(offsetNumber)) {
    throw new BadRequestError(
      `Failed to parse the following Kafka offset value in the provided offsets: '${String(offsetValue)}'. Offset values for sink connectors need to be integers.`,
    );
  }
  return { topic, partition: partitionNumber, offset: offsetNumber };
}

/** bigint → number when safe (JSON output), else its decimal text. */
function jsonSafe(map: OffsetMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(map)) {
    out[k] = typeof v === 'bigint' ? (Number.isSafeInteger(Number(v)) ? Number(v) : v.toString()) : v;
  }
  return out;
}
