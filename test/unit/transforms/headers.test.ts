import { describe, it } from 'vitest';
import { HEADER_CASES } from './cases/headers.ts';
import { expectApacheOutcome } from './harness.ts';

describe('HeaderFrom, InsertHeader and DropHeaders behave as Apache 4.1.1', () => {
  it.each(HEADER_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
