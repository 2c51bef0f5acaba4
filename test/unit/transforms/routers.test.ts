import { describe, it } from 'vitest';
import { ROUTER_CASES } from './cases/routers.ts';
import { expectApacheOutcome } from './harness.ts';

describe('TimestampRouter and RegexRouter behave as Apache 4.1.1', () => {
  it.each(ROUTER_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => expectApacheOutcome(c));
});
