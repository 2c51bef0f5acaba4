import { describe, it } from 'vitest';
import { SET_SCHEMA_METADATA_CASES } from './cases/set-schema-metadata.ts';
import { expectApacheOutcome } from './harness.ts';

describe('SetSchemaMetadata behave as Apache 4.1.1', () => {
  it.each(SET_SCHEMA_METADATA_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) =>
    expectApacheOutcome(c),
  );
});
