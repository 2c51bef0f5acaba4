/**
 * Starts one real Kafka broker (KRaft, from Maven Central jars, cached in .cache/) for the integration and e2e
 * projects, and stops it by pid at the end. Tests reach it through `inject('kafkaBootstrapServers')`.
 * With KAFKA_BOOTSTRAP_SERVERS set, that cluster is used instead and nothing is started.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalKafka } from '../../infra/local/kafka.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBootstrapServers: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.KAFKA_BOOTSTRAP_SERVERS;
  if (external) {
    project.provide('kafkaBootstrapServers', external);
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'tributary-test-kafka-'));
  const kafka = await startLocalKafka({ dataDir });
  project.provide('kafkaBootstrapServers', kafka.bootstrapServers);
  return async () => {
    await kafka.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
