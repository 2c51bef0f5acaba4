/**
 * Differences from Apache Kafka Connect that the conformance suite accepts, each with its reason. Every entry
 * also appears in the README's compatibility notes.
 */
import type { StepResult } from './harness.ts';

export interface KnownDifference {
  readonly step: RegExp;
  readonly reason: string;
}

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    step: /^validate: consumer group collides with the worker :: /,
    reason:
      'client override keys (`producer.override.*`, `consumer.override.*`, `admin.override.*`) are validated and ' +
      'checked against the override policy, but listed with `definition: null`: Tributary does not carry the Java ' +
      "clients' own config definitions.",
  },
];

export function knownDifference(result: StepResult): KnownDifference | undefined {
  if (result.same) return undefined;
  return KNOWN_DIFFERENCES.find((d) => d.step.test(`${result.scenario} :: ${result.step}`));
}
