import { describe, it } from 'vitest';
import { TIMESTAMP_CONVERTER_CASES } from './cases/timestamp-converter.ts';
import { expectApacheOutcome } from './harness.ts';

describe('TimestampConverter behave as Apache 4.1.1', () => {
  it.each(TIMESTAMP_CONVERTER_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) =>
    expectApacheOutcome(c),
  );
});
