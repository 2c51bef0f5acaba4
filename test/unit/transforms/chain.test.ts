import { describe, expect, it } from 'vitest';
import { VersionedPluginLoadingError } from '../../../shared/config/plugin-catalog.ts';
import { buildTransformationChain, type TransformationChain } from '../../../shared/transforms/chain.ts';
import type { ConnectRecord } from '../../../shared/transforms/record.ts';
import { CHAIN_CASES, type ChainCase, type ChainOutcome } from './cases/chain.ts';
import type { RecordOutcome } from './cases/types.ts';
import { CHAIN_VECTORS } from './chain-vectors.ts';
import { buildRecord, describeRecord } from './harness.ts';

/** Java's class name for an error (ours names VersionedPluginLoadingException after its ConfigException parent). */
function javaName(error: Error): string {
  return error instanceof VersionedPluginLoadingError ? 'VersionedPluginLoadingException' : error.name;
}

function describeError(error: unknown): { error: string; message: string } {
  if (!(error instanceof Error)) throw error;
  return { error: javaName(error), message: error.message };
}

function runChainCase(c: ChainCase): ChainOutcome {
  const config = {
    name: 'conn',
    'connector.class': c.source
      ? 'org.apache.kafka.connect.file.FileStreamSourceConnector'
      : 'org.apache.kafka.connect.file.FileStreamSinkConnector',
    ...(c.source ? {} : { topics: 't' }),
    ...c.config,
  };
  let chain: TransformationChain;
  try {
    chain = buildTransformationChain(config);
  } catch (error) {
    const causes: string[] = [];
    for (let e = (error as Error).cause; e instanceof Error; e = e.cause)
      causes.push(`${javaName(e)}: ${e.message}`);
    return { ...describeError(error), causes };
  }
  const stages = chain.stages.map(
    (s) =>
      `${s.alias}=${s.className}${s.predicate === null ? '' : ` if ${s.predicate.alias}=${s.predicate.className}`}`,
  );
  if (c.records === undefined) return { stages };
  const results = c.records.map((spec): RecordOutcome => {
    const input: ConnectRecord = buildRecord(spec, c.source ?? false);
    try {
      const output = chain(input);
      return output === null ? { null: true } : { record: describeRecord(output) };
    } catch (error) {
      return describeError(error);
    }
  });
  return { stages, results };
}

describe('transformation chains are built and applied as Apache 4.1.1 builds them at task start', () => {
  it.each(CHAIN_CASES.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const expected = CHAIN_VECTORS[name];
    if (expected === undefined) throw new Error(`no recorded vector named ${JSON.stringify(name)}`);
    expect(runChainCase(c)).toEqual(expected);
  });
});
