import { describe, it } from 'vitest';
import { REPLACE_FIELD_CASES } from './cases/replace-field.ts';
import { expectApacheOutcome } from './harness.ts';

describe('ReplaceField behave as Apache 4.1.1', () => {
  it.each(REPLACE_FIELD_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
