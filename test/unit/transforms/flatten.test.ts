import { describe, it } from 'vitest';
import { FLATTEN_CASES } from './cases/flatten.ts';
import { expectApacheOutcome } from './harness.ts';

describe('Flatten behave as Apache 4.1.1', () => {
  it.each(FLATTEN_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
