/**
 * The two tables behind membership and scheduling, for local runs and tests (in AWS the CDK construct
 * infra/lib/constructs/state-tables.ts creates them; the key schema here must match it): names derived from a
 * cluster prefix, creation (on-demand billing, TTL on leases) and deletion.
 */
import {
  CreateTableCommand,
  DeleteTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  waitUntilTableNotExists,
} from '@aws-sdk/client-dynamodb';

/** Key attributes, the same as StateTables' LEASE_TABLE_SCHEMA and ASSIGNMENT_TABLE_SCHEMA. */
export const LEASE_TABLE_KEYS = { partitionKey: 'pk', ttlAttribute: 'expiresAt' } as const;
export const ASSIGNMENT_TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;

export interface TableNames {
  readonly leases: string;
  readonly assignments: string;
}

const PREFIX_PATTERN = /^[A-Za-z0-9_.-]{1,200}$/;
const TABLE_WAIT_SECONDS = 60;

/** `<prefix>-leases` and `<prefix>-assignments`; the prefix is typically `tributary-<cluster id>`. */
export function tableNamesFor(prefix: string): TableNames {
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new RangeError(
      `table prefix must be 1-200 characters of A-Z a-z 0-9 _ . -, got ${JSON.stringify(prefix)}`,
    );
  }
  return { leases: `${prefix}-leases`, assignments: `${prefix}-assignments` };
}

/**
 * Creates both tables if missing (PAY_PER_REQUEST), waits until they are active, and enables TTL on the lease
 * table's `expiresAt`. Idempotent: tables that exist are left as they are.
 */
export async function createTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  await createIfMissing(client, names.leases, [LEASE_TABLE_KEYS.partitionKey]);
  await createIfMissing(client, names.assignments, [
    ASSIGNMENT_TABLE_KEYS.partitionKey,
    ASSIGNMENT_TABLE_KEYS.sortKey,
  ]);
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: names.leases,
        TimeToLiveSpecification: { AttributeName: LEASE_TABLE_KEYS.ttlAttribute, Enabled: true },
      }),
    );
  } catch (err) {
    // Enabling TTL twice is a ValidationException ("TimeToLive is already enabled").
    if (!(err instanceof Error && /already enabled/i.test(err.message))) throw err;
  }
}

/** Deletes both tables (missing ones are fine) and waits until they are gone. */
export async function deleteTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  for (const table of [names.leases, names.assignments]) {
    try {
      await client.send(new DeleteTableCommand({ TableName: table }));
    } catch (err) {
      if (err instanceof ResourceNotFoundException) continue;
      throw err;
    }
    await waitUntilTableNotExists({ client, maxWaitTime: TABLE_WAIT_SECONDS }, { TableName: table });
  }
}

async function createIfMissing(
  client: DynamoDBClient,
  table: string,
  keys: readonly string[],
): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: keys.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: keys.map((name, i) => ({ AttributeName: name, KeyType: i === 0 ? 'HASH' : 'RANGE' })),
      }),
    );
  } catch (err) {
    if (!(err instanceof ResourceInUseException)) throw err;
  }
  await waitUntilTableExists({ client, maxWaitTime: TABLE_WAIT_SECONDS }, { TableName: table });
}
