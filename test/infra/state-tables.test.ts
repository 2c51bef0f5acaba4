import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_TABLE_SCHEMA,
  LEASE_TABLE_SCHEMA,
  StateTables,
} from '../../infra/lib/constructs/state-tables.ts';
import { ASSIGNMENT_TABLE_KEYS, LEASE_TABLE_KEYS } from '../../shared/adapters/dynamodb/tables.ts';

function synth(removalPolicy?: RemovalPolicy): { template: Template; tables: StateTables; stack: Stack } {
  const stack = new Stack();
  const tables = new StateTables(stack, 'State', removalPolicy ? { removalPolicy } : {});
  return { template: Template.fromStack(stack), tables, stack };
}

describe('StateTables', () => {
  const { template, tables, stack } = synth();

  it('creates exactly two on-demand tables with point-in-time recovery and no physical names', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 2);
    template.allResourcesProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TableName: Match.absent(),
    });
  });

  it('keys the lease table by pk and expires leases through the expiresAt TTL attribute', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
    expect(stack.resolve(tables.leases.tableName)).toEqual({
      Ref: stack.getLogicalId(tables.leases.node.defaultChild as never),
    });
  });

  it('keys the assignment table by pk and sk, without TTL', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: Match.absent(),
    });
  });

  it('uses the key attribute names the DynamoDB adapters use (shared/adapters/dynamodb/tables.ts)', () => {
    expect(LEASE_TABLE_SCHEMA).toEqual(LEASE_TABLE_KEYS);
    expect(ASSIGNMENT_TABLE_SCHEMA).toEqual(ASSIGNMENT_TABLE_KEYS);
  });

  it('keeps the tables when the stack is deleted unless told otherwise', () => {
    template.allResources('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    synth(RemovalPolicy.DESTROY).template.allResources('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
  });
});
