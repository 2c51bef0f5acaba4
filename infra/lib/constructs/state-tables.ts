/**
 * The DynamoDB tables behind membership and scheduling. They hold coordination state only — connector configs,
 * offsets and statuses stay in the Kafka internal topics — so an empty table is recoverable: executors re-acquire
 * leases and the scheduler recomputes the assignment.
 *
 * Key schema (the DynamoDB adapters must use these attribute names):
 * - leases: partition key `pk` (S), e.g. `executor#<id>` or `task#<connector>-<n>`; `expiresAt` (N, epoch seconds)
 *   is the TTL attribute. TTL deletion lags by hours to days: readers compare `expiresAt` with the clock
 *   themselves; TTL only removes leftovers.
 * - assignments: partition key `pk` (S), sort key `sk` (S), e.g. one item per assignment version.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

export const LEASE_TABLE_SCHEMA = { partitionKey: 'pk', ttlAttribute: 'expiresAt' } as const;
export const ASSIGNMENT_TABLE_SCHEMA = { partitionKey: 'pk', sortKey: 'sk' } as const;

export interface StateTablesProps {
  /**
   * What happens to the tables when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

export class StateTables extends Construct {
  readonly leases: dynamodb.Table;
  readonly assignments: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StateTablesProps = {}) {
    super(scope, id);
    const common = {
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    } as const;
    this.leases = new dynamodb.Table(this, 'Leases', {
      ...common,
      partitionKey: { name: LEASE_TABLE_SCHEMA.partitionKey, type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: LEASE_TABLE_SCHEMA.ttlAttribute,
    });
    this.assignments = new dynamodb.Table(this, 'Assignments', {
      ...common,
      partitionKey: { name: ASSIGNMENT_TABLE_SCHEMA.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: ASSIGNMENT_TABLE_SCHEMA.sortKey, type: dynamodb.AttributeType.STRING },
    });
  }
}
