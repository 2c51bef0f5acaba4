/**
 * The DynamoDB items' encoding, offline: the compressed assignment document round-trips and stays small, bad
 * items are rejected, and the table key schema matches the CDK construct that creates the tables in AWS.
 */
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_TABLE_SCHEMA, LEASE_TABLE_SCHEMA } from '../../../infra/lib/constructs/state-tables.ts';
import {
  decodeAssignmentItem,
  encodeDocument,
  parseLeaseItem,
} from '../../../shared/adapters/dynamodb/records.ts';
import {
  ASSIGNMENT_TABLE_KEYS,
  LEASE_TABLE_KEYS,
  tableNamesFor,
} from '../../../shared/adapters/dynamodb/tables.ts';
import { sampleDocument } from './contracts/assignment-store.contract.ts';

describe('DynamoDB records', () => {
  it('compresses a 10,000-task assignment far below the 400 KB item limit and decodes it unchanged', async () => {
    const document = sampleDocument(9, { connectors: 500, tasksPerConnector: 20, members: 100 });
    const bytes = await encodeDocument(document);
    expect(bytes.byteLength).toBeLessThan(100_000);
    expect(await decodeAssignmentItem({ version: { N: '9' }, document: { B: bytes } })).toEqual(document);
  });

  it('rejects an item whose version attribute disagrees with its document', async () => {
    const bytes = await encodeDocument(sampleDocument(2));
    await expect(decodeAssignmentItem({ version: { N: '3' }, document: { B: bytes } })).rejects.toThrow(
      /version/,
    );
  });

  it('parses lease items (an item without `draining` is not draining) and rejects malformed ones', () => {
    const item = {
      pk: { S: 'executor#e-1' },
      address: { S: 'h:1' },
      epoch: { N: '7' },
      expiresAtMs: { N: '1000' },
      expiresAt: { N: '1' },
      released: { BOOL: false },
      appliedAssignmentVersion: { N: '3' },
    };
    const lease = {
      executorId: 'e-1',
      address: 'h:1',
      epoch: 7,
      expiresAtMs: 1000,
      appliedAssignmentVersion: 3,
    };
    expect(parseLeaseItem(item)).toEqual({ lease: { ...lease, draining: false }, released: false });
    expect(parseLeaseItem({ ...item, draining: { BOOL: true } })).toEqual({
      lease: { ...lease, draining: true },
      released: false,
    });
    expect(() => parseLeaseItem({ ...item, draining: { S: 'yes' } })).toThrow();
    expect(() => parseLeaseItem({ ...item, epoch: { S: '7' } })).toThrow();
    expect(() => parseLeaseItem({ ...item, pk: { S: 'task#x-0' } })).toThrow(/executor/);
  });

  it('uses the key schema of the CDK StateTables construct', () => {
    expect(LEASE_TABLE_KEYS).toEqual(LEASE_TABLE_SCHEMA);
    expect(ASSIGNMENT_TABLE_KEYS).toEqual(ASSIGNMENT_TABLE_SCHEMA);
  });

  it('derives table names from a prefix and rejects prefixes DynamoDB would not accept', () => {
    expect(tableNamesFor('tributary-dev')).toEqual({
      leases: 'tributary-dev-leases',
      assignments: 'tributary-dev-assignments',
    });
    expect(() => tableNamesFor('bad prefix')).toThrow(RangeError);
    expect(() => tableNamesFor('')).toThrow(RangeError);
  });
});
