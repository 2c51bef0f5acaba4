/**
 * DynamoDB Local for integration tests. Where the endpoint comes from, first match wins:
 *  1. DYNAMODB_ENDPOINT (an already running DynamoDB Local or emulator), else TRIBUTARY_AWS_ENDPOINT (one emulator
 *     for every AWS service, e.g. a LocalStack);
 *  2. `inject('dynamodbEndpoint')`, when the project's global setup started one (see `provideDynamoDb`);
 *  3. otherwise `useDynamoDb()` starts one for the test file (about a second) and stops it afterwards.
 * Every test gets its own tables (a unique prefix), so files and tests never see each other's items.
 */

import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import {
  DYNAMODB_ENDPOINT_ENV,
  type LocalDynamoDb,
  startOrConnectLocalDynamoDb,
} from '../../infra/local/dynamodb.ts';
import { createDynamoClient } from '../../shared/adapters/dynamodb/client.ts';
import {
  createTables,
  deleteTables,
  type TableNames,
  tableNamesFor,
} from '../../shared/adapters/dynamodb/tables.ts';
import { ENV } from '../../shared/runtime/env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint?: string;
  }
}

/**
 * For a vitest global setup: starts DynamoDB Local once for the run (or uses DYNAMODB_ENDPOINT), provides its
 * endpoint as `dynamodbEndpoint`, and returns the teardown that stops it.
 */
export async function provideDynamoDb(project: TestProject): Promise<() => Promise<void>> {
  const dynamo = await startOrConnectLocalDynamoDb();
  project.provide('dynamodbEndpoint', dynamo.endpoint);
  return () => dynamo.stop();
}

export interface DynamoDbFixture {
  /** The endpoint; valid inside tests and hooks. */
  endpoint(): string;
  /** A client for the endpoint, shared by the file and destroyed after it. */
  client(): DynamoDBClient;
  /** Creates a fresh pair of tables with a unique prefix; they are deleted after the file. */
  freshTables(): Promise<TableNames>;
}

/** Registers beforeAll/afterAll hooks that make DynamoDB available to the calling test file. */
export function useDynamoDb(): DynamoDbFixture {
  let started: LocalDynamoDb | undefined;
  let endpoint: string | undefined;
  let client: DynamoDBClient | undefined;
  const created: TableNames[] = [];

  beforeAll(async () => {
    endpoint =
      process.env[DYNAMODB_ENDPOINT_ENV] || process.env[ENV.awsEndpoint] || inject('dynamodbEndpoint');
    if (!endpoint) {
      started = await startOrConnectLocalDynamoDb();
      endpoint = started.endpoint;
    }
    client = createDynamoClient({ endpoint });
  });

  afterAll(async () => {
    try {
      if (client) {
        for (const names of created) await deleteTables(client, names);
        client.destroy();
      }
    } finally {
      await started?.stop();
    }
  });

  const fixture: DynamoDbFixture = {
    endpoint() {
      if (!endpoint) throw new Error('DynamoDB is not ready: call endpoint() inside tests or hooks');
      return endpoint;
    },
    client() {
      if (!client) throw new Error('DynamoDB is not ready: call client() inside tests or hooks');
      return client;
    },
    async freshTables() {
      const names = tableNamesFor(`test-${randomUUID().slice(0, 12)}`);
      await createTables(fixture.client(), names);
      created.push(names);
      return names;
    },
  };
  return fixture;
}
