/** Every recorded transformation and predicate case. */
import { CAST_CASES } from './cast.ts';
import { EXTRACT_FIELD_CASES } from './extract-field.ts';
import { FLATTEN_CASES } from './flatten.ts';
import { HEADER_CASES } from './headers.ts';
import { HOIST_FIELD_CASES } from './hoist-field.ts';
import { INSERT_FIELD_CASES } from './insert-field.ts';
import { MASK_FIELD_CASES } from './mask-field.ts';
import { PREDICATE_CASES } from './predicates.ts';
import { REPLACE_FIELD_CASES } from './replace-field.ts';
import { ROUTER_CASES } from './routers.ts';
import { SET_SCHEMA_METADATA_CASES } from './set-schema-metadata.ts';
import { TIMESTAMP_CONVERTER_CASES } from './timestamp-converter.ts';
import type { SmtCase } from './types.ts';
import { VALUE_TO_KEY_CASES } from './value-to-key.ts';

export const ALL_CASES: readonly SmtCase[] = [
  ...INSERT_FIELD_CASES,
  ...REPLACE_FIELD_CASES,
  ...MASK_FIELD_CASES,
  ...VALUE_TO_KEY_CASES,
  ...HOIST_FIELD_CASES,
  ...EXTRACT_FIELD_CASES,
  ...SET_SCHEMA_METADATA_CASES,
  ...ROUTER_CASES,
  ...FLATTEN_CASES,
  ...CAST_CASES,
  ...TIMESTAMP_CONVERTER_CASES,
  ...HEADER_CASES,
  ...PREDICATE_CASES,
];
