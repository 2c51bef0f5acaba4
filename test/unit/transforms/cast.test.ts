import { describe, it } from 'vitest';
import { CAST_CASES } from './cases/cast.ts';
import { expectApacheOutcome } from './harness.ts';

describe('Cast behave as Apache 4.1.1', () => {
  it.each(CAST_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
