/**
 * Creates the three internal topics when missing, with Apache Connect's partitioning and `cleanup.policy=compact`,
 * and checks the requirements Apache checks on existing ones (single-partition config topic, compaction).
 */
import type { Admin, ITopicConfig } from 'kafkajs';
import type { Logger } from '../../logging/logger.ts';
import type { WorkerConfig } from '../../runtime/worker-config.ts';
import { ConfigResourceTypes } from './kafkajs.ts';

interface InternalTopicSpec {
  topic: string;
  property: string;
  partitions: number;
  replicationFactor: number;
}

export function internalTopicSpecs(config: WorkerConfig): InternalTopicSpec[] {
  return [
    {
      topic: config.configTopic,
      property: 'config.storage.topic',
      partitions: 1,
      replicationFactor: config.configReplicationFactor,
    },
    {
      topic: config.offsetTopic,
      property: 'offset.storage.topic',
      partitions: config.offsetPartitions,
      replicationFactor: config.offsetReplicationFactor,
    },
    {
      topic: config.statusTopic,
      property: 'status.storage.topic',
      partitions: config.statusPartitions,
      replicationFactor: config.statusReplicationFactor,
    },
  ];
}

export async function ensureInternalTopics(
  admin: Admin,
  config: WorkerConfig,
  logger: Logger,
): Promise<void> {
  const specs = internalTopicSpecs(config);
  const existing = new Set(await admin.listTopics());
  const missing: ITopicConfig[] = specs
    .filter((s) => !existing.has(s.topic))
    .map((s) => ({
      topic: s.topic,
      numPartitions: s.partitions,
      replicationFactor: s.replicationFactor,
      configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
    }));
  if (missing.length > 0) {
    // Several processes may start at once: a topic created by another one in between is not an error.
    try {
      await admin.createTopics({ topics: missing, waitForLeaders: true });
    } catch (err) {
      if (!String((err as Error).message).includes('already exists')) throw err;
    }
    logger.info('created internal topics', { topics: missing.map((t) => t.topic) });
  }
  await verifyInternalTopics(admin, specs);
}

async function verifyInternalTopics(admin: Admin, specs: InternalTopicSpec[]): Promise<void> {
  const metadata = await admin.fetchTopicMetadata({ topics: specs.map((s) => s.topic) });
  const configSpec = specs[0];
  const configMeta = metadata.topics.find((t) => t.name === configSpec?.topic);
  if (configSpec && configMeta && configMeta.partitions.length !== 1) {
    throw new Error(
      `Topic '${configSpec.topic}' supplied via the 'config.storage.topic' property is required to have a single ` +
        `partition in order to guarantee consistency of connector configurations, but found ` +
        `${configMeta.partitions.length} partitions.`,
    );
  }
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: specs.map((s) => ({
      type: ConfigResourceTypes.TOPIC,
      name: s.topic,
      configNames: ['cleanup.policy'],
    })),
  });
  for (const resource of described.resources) {
    const policy = resource.configEntries.find((e) => e.configName === 'cleanup.policy')?.configValue ?? '';
    const spec = specs.find((s) => s.topic === resource.resourceName);
    if (
      spec &&
      policy
        .split(',')
        .map((p) => p.trim())
        .join(',') !== 'compact'
    ) {
      throw new Error(
        `Topic '${spec.topic}' supplied via the '${spec.property}' property is required to have ` +
          `'cleanup.policy=compact' to guarantee consistency and durability of connector configurations, ` +
          `but found the topic currently has 'cleanup.policy=${policy}'. Continuing would likely result in ` +
          `eventually losing connector configurations and problems restarting this Connect cluster in the ` +
          `future. Change the '${spec.property}' property in the Connect worker configurations to use a topic ` +
          `with 'cleanup.policy=compact'.`,
      );
    }
  }
}
