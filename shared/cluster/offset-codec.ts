/**
 * Offsets-topic records for the OffsetLog, over shared/codecs' exact encoding: key `["<connector>",{partition}]`,
 * value the offset map, null = tombstone. Integers come back exactly (bigint), as Apache reads them as longs.
 */
import { decodeOffsetKey, decodeOffsetValue, offsetPartitionId } from '../codecs/index.ts';
import type { OffsetMap } from '../plugins/api.ts';

export { encodeOffsetKey, encodeOffsetValue } from '../codecs/index.ts';

export interface DecodedOffsetRecord {
  connector: string;
  partition: OffsetMap;
  offset: OffsetMap | null;
}

/** Decodes one offsets-topic record; undefined for records that are not Connect source offsets. */
export function decodeOffsetRecord(
  key: Uint8Array | null,
  value: Uint8Array | null,
): DecodedOffsetRecord | undefined {
  const decodedKey = decodeOffsetKey(key);
  if (!decodedKey.ok || decodedKey.value.partition === null) return undefined;
  const decodedValue = decodeOffsetValue(value);
  if (!decodedValue.ok) return undefined;
  return {
    connector: decodedKey.value.connector,
    partition: { ...decodedKey.value.partition },
    offset: decodedValue.value === null ? null : { ...decodedValue.value },
  };
}

/** A canonical text for a partition map: the same entries in another order (or 30 vs 30n) compare equal. */
export function partitionIdentity(partition: OffsetMap): string {
  return offsetPartitionId('', partition);
}
