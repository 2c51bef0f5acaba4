import { describe, it } from 'vitest';
import { EXTRACT_FIELD_CASES } from './cases/extract-field.ts';
import { expectApacheOutcome } from './harness.ts';

describe('ExtractField behave as Apache 4.1.1', () => {
  it.each(EXTRACT_FIELD_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
