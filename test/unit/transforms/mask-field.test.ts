import { describe, it } from 'vitest';
import { MASK_FIELD_CASES } from './cases/mask-field.ts';
import { expectApacheOutcome } from './harness.ts';

describe('MaskField behave as Apache 4.1.1', () => {
  it.each(MASK_FIELD_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
