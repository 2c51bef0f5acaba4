/**
 * LeaseStore on a DynamoDB table (one item per executor, see records.ts), with every state change a single
 * conditional write. Reads are strongly consistent. Other errors of the SDK (network, throttling after the
 * SDK's own retries, permissions) propagate unchanged.
 */
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { checkLeaseDuration, nextEpoch } from '../../membership/lease-rules.ts';
import {
  type Lease,
  LeaseHeldError,
  LeaseLostError,
  type LeaseStore,
  type RegisterRequest,
  type RenewRequest,
} from '../../ports/lease-store.ts';
import { EXECUTOR_KEY_PREFIX, executorKey, type Item, n, parseLeaseItem, ttlSeconds } from './records.ts';

export interface DynamoLeaseStoreOptions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** The clock expiry instants are computed with (ms since the Unix epoch); Date.now by default. */
  readonly now?: () => number;
}

/** A registration re-reads and retries this often when another writer changed the item in between. */
const REGISTER_ATTEMPTS = 5;

const NAMES = {
  '#address': 'address',
  '#epoch': 'epoch',
  '#expiresAtMs': 'expiresAtMs',
  '#expiresAt': 'expiresAt',
  '#released': 'released',
  '#applied': 'appliedAssignmentVersion',
  '#draining': 'draining',
} as const;

function names(...keys: (keyof typeof NAMES)[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, NAMES[key]]));
}

export class DynamoLeaseStore implements LeaseStore {
  private readonly client: DynamoDBClient;
  private readonly table: string;
  private readonly now: () => number;

  constructor(options: DynamoLeaseStoreOptions) {
    this.client = options.client;
    this.table = options.tableName;
    this.now = options.now ?? Date.now;
  }

  async register(request: RegisterRequest): Promise<Lease> {
    checkLeaseDuration(request.leaseDurationMs);
    let lastExpiry = this.now();
    for (let attempt = 0; attempt < REGISTER_ATTEMPTS; attempt++) {
      const now = this.now();
      const current = await this.get(request.executorId);
      if (current && !current.released && current.lease.expiresAtMs > now) {
        throw new LeaseHeldError(request.executorId, current.lease.expiresAtMs);
      }
      const lease: Lease = {
        executorId: request.executorId,
        address: request.address,
        epoch: nextEpoch(current?.lease.epoch, now),
        expiresAtMs: now + request.leaseDurationMs,
        appliedAssignmentVersion: 0,
        draining: false,
      };
      lastExpiry = current?.lease.expiresAtMs ?? lastExpiry;
      try {
        await this.client.send(
          new PutItemCommand({
            TableName: this.table,
            Item: leaseItem(lease),
            ...(current
              ? {
                  ConditionExpression: '#epoch = :previous AND (#released = :true OR #expiresAtMs <= :now)',
                  ExpressionAttributeNames: names('#epoch', '#released', '#expiresAtMs'),
                  ExpressionAttributeValues: {
                    ':previous': n(current.lease.epoch),
                    ':true': { BOOL: true },
                    ':now': n(now),
                  },
                }
              : { ConditionExpression: 'attribute_not_exists(pk)' }),
          }),
        );
        return lease;
      } catch (err) {
        if (!(err instanceof ConditionalCheckFailedException)) throw err;
      }
    }
    throw new LeaseHeldError(request.executorId, lastExpiry);
  }

  async renew(request: RenewRequest): Promise<Lease> {
    checkLeaseDuration(request.leaseDurationMs);
    const now = this.now();
    const expiresAtMs = now + request.leaseDurationMs;
    const applied = request.appliedAssignmentVersion;
    try {
      const result = await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: executorKey(request.executorId),
          UpdateExpression:
            'SET #expiresAtMs = :expiresAtMs, #expiresAt = :ttl' +
            (applied === undefined ? '' : ', #applied = :applied'),
          ConditionExpression: '#epoch = :epoch AND #released = :false AND #expiresAtMs > :now',
          ExpressionAttributeNames: names(
            '#expiresAtMs',
            '#expiresAt',
            '#epoch',
            '#released',
            ...(applied === undefined ? [] : (['#applied'] as const)),
          ),
          ExpressionAttributeValues: {
            ':expiresAtMs': n(expiresAtMs),
            ':ttl': n(ttlSeconds(expiresAtMs)),
            ':epoch': n(request.epoch),
            ':false': { BOOL: false },
            ':now': n(now),
            ...(applied === undefined ? {} : { ':applied': n(applied) }),
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return parseLeaseItem(result.Attributes ?? {}).lease;
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      throw new LeaseLostError(
        request.executorId,
        request.epoch,
        whyNotRenewed(err.Item, request.epoch, now),
      );
    }
  }

  async release(executorId: string, epoch: number): Promise<boolean> {
    const now = this.now();
    try {
      const result = await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: executorKey(executorId),
          UpdateExpression: 'SET #released = :true',
          ConditionExpression: '#epoch = :epoch AND #released = :false',
          ExpressionAttributeNames: names('#released', '#epoch'),
          ExpressionAttributeValues: {
            ':true': { BOOL: true },
            ':false': { BOOL: false },
            ':epoch': n(epoch),
          },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return parseLeaseItem(result.Attributes ?? {}).lease.expiresAtMs > now;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }

  async markDraining(executorId: string, epoch: number, draining: boolean): Promise<Lease | null> {
    try {
      const result = await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: executorKey(executorId),
          UpdateExpression: 'SET #draining = :draining',
          ConditionExpression: '#epoch = :epoch AND #released = :false AND #expiresAtMs > :now',
          ExpressionAttributeNames: names('#draining', '#epoch', '#released', '#expiresAtMs'),
          ExpressionAttributeValues: {
            ':draining': { BOOL: draining },
            ':epoch': n(epoch),
            ':false': { BOOL: false },
            ':now': n(this.now()),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return parseLeaseItem(result.Attributes ?? {}).lease;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return null;
      throw err;
    }
  }

  async liveMembers(): Promise<Lease[]> {
    const now = this.now();
    const leases: Lease[] = [];
    let startKey: Item | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.table,
          ConsistentRead: true,
          FilterExpression: 'begins_with(pk, :prefix) AND #released = :false AND #expiresAtMs > :now',
          ExpressionAttributeNames: names('#released', '#expiresAtMs'),
          ExpressionAttributeValues: {
            ':prefix': { S: EXECUTOR_KEY_PREFIX },
            ':false': { BOOL: false },
            ':now': n(now),
          },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of page.Items ?? []) leases.push(parseLeaseItem(item).lease);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return leases.sort((a, b) => (a.executorId < b.executorId ? -1 : a.executorId > b.executorId ? 1 : 0));
  }

  private async get(executorId: string): Promise<{ lease: Lease; released: boolean } | null> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: executorKey(executorId), ConsistentRead: true }),
    );
    return result.Item ? parseLeaseItem(result.Item) : null;
  }
}

function leaseItem(lease: Lease): Item {
  return {
    ...executorKey(lease.executorId),
    address: { S: lease.address },
    epoch: n(lease.epoch),
    expiresAtMs: n(lease.expiresAtMs),
    expiresAt: n(ttlSeconds(lease.expiresAtMs)),
    released: { BOOL: false },
    appliedAssignmentVersion: n(lease.appliedAssignmentVersion),
    draining: { BOOL: lease.draining },
  };
}

function whyNotRenewed(old: Item | undefined, epoch: number, now: number): string {
  if (!old) return 'no lease is stored';
  const { lease, released } = parseLeaseItem(old);
  if (lease.epoch !== epoch) return `epoch ${lease.epoch} holds the id`;
  if (released) return 'it was released';
  if (lease.expiresAtMs <= now) return 'it expired';
  return 'the conditional write failed';
}
