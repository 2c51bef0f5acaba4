/**
 * The items the DynamoDB adapters store, private to this folder: how a Lease and the assignment document map to
 * attributes, and the zod schemas every item read back is parsed with (never returned raw).
 *
 * Lease item (leases table, key `pk` = `executor#<id>`): address S, epoch N, expiresAtMs N, released BOOL,
 * appliedAssignmentVersion N, draining BOOL (absent on items written before it existed: false), and `expiresAt` N = the expiry in epoch seconds (rounded up), the table's TTL
 * attribute. TTL deletes expired items late (hours to days on AWS): readers compare `expiresAtMs` with their
 * clock and never rely on deletion.
 *
 * Assignment item (assignments table, key `pk` = `assignment`, `sk` = `current`): version N, updatedAtMs N and
 * `document` B = gzip of the compact JSON below (10,000 tasks take tens of KB instead of several hundred; an
 * item may hold 400 KB).
 */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { z } from 'zod';
import type {
  AssignmentDocument,
  ConnectorsAndTasks,
  LostAssignment,
  MemberAssignment,
  TaskId,
} from '../../ports/assignment-store.ts';
import type { Lease } from '../../ports/lease-store.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export type Item = Record<string, AttributeValue>;

export const EXECUTOR_KEY_PREFIX = 'executor#';
/** The config write lock's item in the lease table (see dynamo-config-write-lock.ts). */
export const CONFIG_WRITER_KEY = 'config-writer';
export const ASSIGNMENT_PARTITION = 'assignment';
export const ASSIGNMENT_SORT_CURRENT = 'current';
/** DynamoDB's item limit is 400 KB including attribute names; keep a margin for the other attributes. */
export const MAX_DOCUMENT_BYTES = 390_000;

export function executorKey(executorId: string): Item {
  return { pk: { S: `${EXECUTOR_KEY_PREFIX}${executorId}` } };
}

export function assignmentKey(): Item {
  return { pk: { S: ASSIGNMENT_PARTITION }, sk: { S: ASSIGNMENT_SORT_CURRENT } };
}

export function n(value: number): AttributeValue {
  return { N: String(value) };
}

/** The TTL attribute's value for a lease that expires at `expiresAtMs`. */
export function ttlSeconds(expiresAtMs: number): number {
  return Math.ceil(expiresAtMs / 1000);
}

const S = z.object({ S: z.string() });
const N = z.object({ N: z.string().regex(/^-?\d+$/) }).transform((v) => Number(v.N));
const BOOL = z.object({ BOOL: z.boolean() }).transform((v) => v.BOOL);
const B = z.object({ B: z.instanceof(Uint8Array) }).transform((v) => v.B);

const leaseItemSchema = z.object({
  pk: S.refine((v) => v.S.startsWith(EXECUTOR_KEY_PREFIX), 'not an executor lease key'),
  address: S,
  epoch: N,
  expiresAtMs: N,
  released: BOOL,
  appliedAssignmentVersion: N,
  draining: BOOL.optional(),
});

/** A stored lease item, parsed; `released` is reported separately from the Lease itself. */
export function parseLeaseItem(item: Item): { lease: Lease; released: boolean } {
  const parsed = leaseItemSchema.parse(item);
  return {
    lease: {
      executorId: parsed.pk.S.slice(EXECUTOR_KEY_PREFIX.length),
      address: parsed.address.S,
      epoch: parsed.epoch,
      expiresAtMs: parsed.expiresAtMs,
      appliedAssignmentVersion: parsed.appliedAssignmentVersion,
      draining: parsed.draining ?? false,
    },
    released: parsed.released,
  };
}

const assignmentItemSchema = z.object({ version: N, document: B });

// The compact document: tasks grouped by connector as [connector, [task numbers]] pairs (no object keys taken
// from user data), short field names.
const compactTasks = z.array(z.tuple([z.string(), z.array(z.number().int().nonnegative())]));
const compactMember = z.object({
  id: z.string(),
  epoch: z.number(),
  c: z.array(z.string()),
  t: compactTasks,
  rc: z.array(z.string()),
  rt: compactTasks,
  rv: z.number().int().nonnegative(),
});
const compactLost = z.object({
  id: z.string(),
  epoch: z.number(),
  at: z.number(),
  c: z.array(z.string()),
  t: compactTasks,
});
const compactDocument = z.object({
  format: z.literal(1),
  version: z.number().int().nonnegative(),
  configOffset: z.number().int().nonnegative(),
  members: z.array(compactMember),
  lost: z.array(compactLost),
  scheduledAt: z.number().nullable(),
  backoff: z.tuple([z.boolean(), z.number().int().nonnegative(), z.number().nullable()]),
});
type CompactTasks = z.infer<typeof compactTasks>;

function packTasks(tasks: readonly TaskId[]): CompactTasks {
  const packed: CompactTasks = [];
  for (const task of tasks) {
    const last = packed[packed.length - 1];
    if (last && last[0] === task.connector) last[1].push(task.task);
    else packed.push([task.connector, [task.task]]);
  }
  return packed;
}

function unpackTasks(packed: CompactTasks): TaskId[] {
  return packed.flatMap(([connector, tasks]) => tasks.map((task) => ({ connector, task })));
}

/** The gzip-compressed document attribute; throws if it would not fit in one item. */
export async function encodeDocument(document: AssignmentDocument): Promise<Uint8Array> {
  const compact: z.infer<typeof compactDocument> = {
    format: 1,
    version: document.version,
    configOffset: document.configOffset,
    members: document.members.map((m) => ({
      id: m.executorId,
      epoch: m.epoch,
      c: [...m.connectors],
      t: packTasks(m.tasks),
      rc: [...m.revoked.connectors],
      rt: packTasks(m.revoked.tasks),
      rv: m.revokedInVersion,
    })),
    lost: document.lost.map((g) => ({
      id: g.executorId,
      epoch: g.epoch,
      at: g.lostAtMs,
      c: [...g.connectors],
      t: packTasks(g.tasks),
    })),
    scheduledAt: document.scheduledRebalanceAtMs,
    backoff: [
      document.revocationBackoff.revokedInPrevious,
      document.revocationBackoff.successiveRevokingRounds,
      document.revocationBackoff.notBeforeMs,
    ],
  };
  const bytes = new Uint8Array(await gzipAsync(JSON.stringify(compact)));
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new Error(
      `assignment document version ${document.version} is ${bytes.byteLength} bytes compressed, more than ` +
        `the ${MAX_DOCUMENT_BYTES} bytes one DynamoDB item can hold`,
    );
  }
  return bytes;
}

/** Parses a stored assignment item (version attribute and document must agree). */
export async function decodeAssignmentItem(item: Item): Promise<AssignmentDocument> {
  const parsed = assignmentItemSchema.parse(item);
  const json: unknown = JSON.parse((await gunzipAsync(parsed.document)).toString('utf8'));
  const compact = compactDocument.parse(json);
  if (compact.version !== parsed.version) {
    throw new Error(
      `assignment item version ${parsed.version} holds a document of version ${compact.version}`,
    );
  }
  const work = (c: string[], t: CompactTasks): ConnectorsAndTasks => ({
    connectors: c,
    tasks: unpackTasks(t),
  });
  return {
    version: compact.version,
    configOffset: compact.configOffset,
    members: compact.members.map(
      (m): MemberAssignment => ({
        executorId: m.id,
        epoch: m.epoch,
        ...work(m.c, m.t),
        revoked: work(m.rc, m.rt),
        revokedInVersion: m.rv,
      }),
    ),
    lost: compact.lost.map(
      (g): LostAssignment => ({ executorId: g.id, epoch: g.epoch, lostAtMs: g.at, ...work(g.c, g.t) }),
    ),
    scheduledRebalanceAtMs: compact.scheduledAt,
    revocationBackoff: {
      revokedInPrevious: compact.backoff[0],
      successiveRevokingRounds: compact.backoff[1],
      notBeforeMs: compact.backoff[2],
    },
  };
}
