import { describe, it } from 'vitest';
import { HOIST_FIELD_CASES } from './cases/hoist-field.ts';
import { expectApacheOutcome } from './harness.ts';

describe('HoistField behave as Apache 4.1.1', () => {
  it.each(HOIST_FIELD_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
