/**
 * Keys and values of the offsets topic: key `["<connector>",{<source partition>}]`, value `{<source offset>}`,
 * both compact JSON (Apache's JsonConverter, schemas disabled); a null value is a tombstone (offset reset).
 * Integers are read back exactly (as bigint when beyond 2^53), as Apache reads them back as longs.
 */
import type { OffsetMap } from '../plugins/api.ts';

type Primitive = OffsetMap[string];

function writePrimitive(value: Primitive): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return JSON.stringify(String(value));
    return Number.isInteger(value) ? value.toFixed(0) : String(value);
  }
  return JSON.stringify(value);
}

function writeMap(map: OffsetMap): string {
  return `{${Object.entries(map)
    .map(([k, v]) => `${JSON.stringify(k)}:${writePrimitive(v)}`)
    .join(',')}}`;
}

export function encodeOffsetKey(connector: string, partition: OffsetMap): string {
  return `[${JSON.stringify(connector)},${writeMap(partition)}]`;
}

export function encodeOffsetValue(offset: OffsetMap | null): string | null {
  return offset === null ? null : writeMap(offset);
}

/** JSON.parse keeping integers exact: safe ones as number, larger ones as bigint. */
function parseExact(text: string): unknown {
  return JSON.parse(text, function reviver(this: unknown, _key, value, context?: { source?: string }) {
    if (typeof value === 'number' && context?.source && /^-?\d+$/.test(context.source) && !Number.isSafeInteger(value)) {
      return BigInt(context.source);
    }
    return value;
  } as (this: unknown, key: string, value: unknown) => unknown);
}

function asOffsetMap(value: unknown): OffsetMap | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  for (const v of Object.values(value)) {
    if (v !== null && typeof v === 'object') return undefined;
  }
  return value as OffsetMap;
}

export interface DecodedOffsetRecord {
  connector: string;
  partition: OffsetMap;
  offset: OffsetMap | null;
}

/** Decodes one offsets-topic record; undefined for records that are not Connect source offsets. */
export function decodeOffsetRecord(key: Buffer | null, value: Buffer | null): DecodedOffsetRecord | undefined {
  if (key === null) return undefined;
  try {
    const parsedKey = parseExact(key.toString('utf8'));
    if (!Array.isArray(parsedKey) || parsedKey.length !== 2 || typeof parsedKey[0] !== 'string') return undefined;
    const partition = asOffsetMap(parsedKey[1]);
    if (!partition) return undefined;
    if (value === null) return { connector: parsedKey[0], partition, offset: null };
    const offset = asOffsetMap(parseExact(value.toString('utf8')));
    return offset ? { connector: parsedKey[0], partition, offset } : undefined;
  } catch {
    return undefined;
  }
}

/** A canonical text for a partition map, so maps with the same entries in another order compare equal. */
export function partitionIdentity(partition: OffsetMap): string {
  return writeMap(Object.fromEntries(Object.entries(partition).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
