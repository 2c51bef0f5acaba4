/** RecordIsTombstone: true for records whose value is null. */
import { ConfigDef } from '../../config/config-def.ts';
import { lazyConfigDef, predicate, TRANSFORMS_PACKAGE } from '../plugin.ts';

export const RECORD_IS_TOMBSTONE_CLASS = `${TRANSFORMS_PACKAGE}.predicates.RecordIsTombstone`;

export const recordIsTombstoneConfigDef = lazyConfigDef(() => new ConfigDef());

export const RECORD_IS_TOMBSTONE = predicate(RECORD_IS_TOMBSTONE_CLASS, recordIsTombstoneConfigDef, () => ({
  test: (record) => record.value === null,
}));
