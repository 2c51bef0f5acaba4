/**
 * Starts one real Kafka broker (KRaft, from Maven Central jars, cached in .cache/) and one DynamoDB Local for the
 * integration and e2e projects, and stops them by pid at the end. Tests reach them through
 * `inject('kafkaBootstrapServers')` and `inject('dynamodbEndpoint')`. With KAFKA_BOOTSTRAP_SERVERS (or
 * DYNAMODB_ENDPOINT) set, that server is used instead and nothing is started for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalKafka } from '../../infra/local/kafka.ts';
import { provideDynamoDb } from './dynamodb.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBootstrapServers: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stopDynamo = await provideDynamoDb(project);
  const external = process.env.KAFKA_BOOTSTRAP_SERVERS;
  if (external) {
    project.provide('kafkaBootstrapServers', external);
    return stopDynamo;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'tributary-test-kafka-'));
  let kafka: Awaited<ReturnType<typeof startLocalKafka>>;
  try {
    kafka = await startLocalKafka({ dataDir });
  } catch (err) {
    await stopDynamo();
    throw err;
  }
  project.provide('kafkaBootstrapServers', kafka.bootstrapServers);
  return async () => {
    try {
      await kafka.stop();
      rmSync(dataDir, { recursive: true, force: true });
    } finally {
      await stopDynamo();
    }
  };
}
