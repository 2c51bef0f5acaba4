import { describe, it } from 'vitest';
import { INSERT_FIELD_CASES } from './cases/insert-field.ts';
import { expectApacheOutcome } from './harness.ts';

describe('InsertField behave as Apache 4.1.1', () => {
  it.each(INSERT_FIELD_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
