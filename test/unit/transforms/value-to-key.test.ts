import { describe, it } from 'vitest';
import { VALUE_TO_KEY_CASES } from './cases/value-to-key.ts';
import { expectApacheOutcome } from './harness.ts';

describe('ValueToKey behave as Apache 4.1.1', () => {
  it.each(VALUE_TO_KEY_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
