import { describe, it } from 'vitest';
import { PREDICATE_CASES } from './cases/predicates.ts';
import { expectApacheOutcome } from './harness.ts';

describe('Filter and the predicates behave as Apache 4.1.1', () => {
  it.each(PREDICATE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
