/**
 * AssignmentStore on a DynamoDB table: the document is one item (`pk` = assignment, `sk` = current) written with
 * a conditional PutItem on its `version` attribute, so of concurrent writers of one version exactly one wins.
 * Reads are strongly consistent. SDK errors other than the failed condition propagate unchanged.
 */
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { AssignmentDocument, AssignmentStore } from '../../ports/assignment-store.ts';
import { assignmentKey, decodeAssignmentItem, encodeDocument, n } from './records.ts';

export interface DynamoAssignmentStoreOptions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** Stamped on each write as `updatedAtMs` (diagnostics only); Date.now by default. */
  readonly now?: () => number;
}

export class DynamoAssignmentStore implements AssignmentStore {
  private readonly client: DynamoDBClient;
  private readonly table: string;
  private readonly now: () => number;

  constructor(options: DynamoAssignmentStoreOptions) {
    this.client = options.client;
    this.table = options.tableName;
    this.now = options.now ?? Date.now;
  }

  async read(): Promise<AssignmentDocument | null> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: assignmentKey(), ConsistentRead: true }),
    );
    return result.Item ? decodeAssignmentItem(result.Item) : null;
  }

  async write(next: AssignmentDocument): Promise<boolean> {
    if (!Number.isInteger(next.version) || next.version < 1) {
      throw new RangeError(`an assignment document version must be a positive integer, got ${next.version}`);
    }
    const document = await encodeDocument(next);
    const first = next.version === 1;
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: {
            ...assignmentKey(),
            version: n(next.version),
            updatedAtMs: n(this.now()),
            document: { B: document },
          },
          ConditionExpression: first ? 'attribute_not_exists(pk)' : '#version = :expected',
          ...(first
            ? {}
            : {
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': n(next.version - 1) },
              }),
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }
}
