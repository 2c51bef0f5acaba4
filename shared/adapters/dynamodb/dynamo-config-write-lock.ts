/**
 * ConfigWriteLock on the lease table: the item `pk` = `config-writer` names its holder (a random token per
 * acquisition) and an expiry. Taking it is one conditional PutItem (no item, or an expired one); releasing it is a
 * DeleteItem conditioned on the token, so a holder never releases someone else's lock. Critical sections of one
 * process queue locally first, so a burst of requests does not spin on DynamoDB.
 */
import { randomUUID } from 'node:crypto';
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { ProcessConfigWriteLock } from '../../cluster/process-config-write-lock.ts';
import { type ConfigWriteLock, ConfigWriteLockTimeoutError } from '../../ports/config-write-lock.ts';
import { CONFIG_WRITER_KEY, n, ttlSeconds } from './records.ts';

export interface DynamoConfigWriteLockOptions {
  readonly client: DynamoDBClient;
  /** The lease table (the item's key cannot collide with executor leases). */
  readonly tableName: string;
  /** How long a taken lock lasts if its holder never releases it (default 10 s). */
  readonly holdMs?: number;
  /** How long `withLock` waits for the lock before failing (default 30 s). */
  readonly waitMs?: number;
  readonly now?: () => number;
}

const DEFAULT_HOLD_MS = 10_000;
const DEFAULT_WAIT_MS = 30_000;
const MIN_BACKOFF_MS = 5;
const MAX_BACKOFF_MS = 100;

export class DynamoConfigWriteLock implements ConfigWriteLock {
  private readonly options: DynamoConfigWriteLockOptions;
  private readonly local = new ProcessConfigWriteLock();
  private readonly now: () => number;

  constructor(options: DynamoConfigWriteLockOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  withLock<T>(critical: () => Promise<T>): Promise<T> {
    return this.local.withLock(async () => {
      const token = await this.acquire();
      try {
        return await critical();
      } finally {
        await this.release(token);
      }
    });
  }

  private async acquire(): Promise<string> {
    const { client, tableName } = this.options;
    const holdMs = this.options.holdMs ?? DEFAULT_HOLD_MS;
    const waitMs = this.options.waitMs ?? DEFAULT_WAIT_MS;
    const token = randomUUID();
    const started = this.now();
    let backoff = MIN_BACKOFF_MS;
    for (;;) {
      const now = this.now();
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: {
              pk: { S: CONFIG_WRITER_KEY },
              holder: { S: token },
              expiresAtMs: n(now + holdMs),
              expiresAt: n(ttlSeconds(now + holdMs)),
            },
            ConditionExpression: 'attribute_not_exists(pk) OR #expiresAtMs < :now',
            ExpressionAttributeNames: { '#expiresAtMs': 'expiresAtMs' },
            ExpressionAttributeValues: { ':now': n(now) },
          }),
        );
        return token;
      } catch (err) {
        if (!(err instanceof ConditionalCheckFailedException)) throw err;
      }
      if (this.now() - started >= waitMs) throw new ConfigWriteLockTimeoutError(this.now() - started);
      await new Promise((resolve) => setTimeout(resolve, backoff / 2 + Math.random() * backoff));
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    }
  }

  private async release(token: string): Promise<void> {
    try {
      await this.options.client.send(
        new DeleteItemCommand({
          TableName: this.options.tableName,
          Key: { pk: { S: CONFIG_WRITER_KEY } },
          ConditionExpression: '#holder = :token',
          ExpressionAttributeNames: { '#holder': 'holder' },
          ExpressionAttributeValues: { ':token': { S: token } },
        }),
      );
    } catch (err) {
      // Expired and taken by another writer meanwhile: nothing of ours to release.
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
    }
  }
}
