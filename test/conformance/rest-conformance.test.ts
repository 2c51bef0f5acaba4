/**
 * Differential REST conformance: every scenario runs against an Apache Kafka Connect 4.1.1 worker (from Maven
 * Central jars) and against Tributary, on the same broker; the normalized answers must be equal, except for the
 * differences listed in known-differences.ts (each with its reason, also shown in the README).
 * The results are written to .cache/conformance/results.json for the README's compatibility table
 * (`node test/conformance/compat-table.ts`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApacheConnect, startApacheConnect } from '../../infra/local/apache-connect.ts';
import { defaultCacheDir } from '../../infra/local/kafka.ts';
import { deleteTopics, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';
import { runScenario, type StepResult } from './harness.ts';
import { knownDifference } from './known-differences.ts';
import { SCENARIOS } from './scenarios.ts';

describe('REST conformance with Apache Kafka Connect 4.1.1', () => {
  let apache: ApacheConnect;
  let tributary: TestCluster;
  let dataDir: string;
  const apacheId = uniqueName('apache');
  const results: StepResult[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tributary-conformance-'));
    [apache, tributary] = await Promise.all([
      startApacheConnect({
        bootstrapServers: inject('kafkaBootstrapServers'),
        dataDir,
        groupId: `connect-${apacheId}`,
        topicPrefix: apacheId,
      }),
      startTestCluster({ executors: 1 }),
    ]);
  });

  afterAll(async () => {
    await Promise.allSettled([apache?.stop(), tributary?.stop()]);
    const out = join(defaultCacheDir(), 'conformance');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await deleteTopics([], apacheId);
    await deleteTopics([], tributary?.id);
    rmSync(dataDir, { recursive: true, force: true });
  });

  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const stepResults = await runScenario(apache.url, tributary.url, scenario);
      results.push(...stepResults);
      for (const result of stepResults) {
        // `same` already applies the step's comparison mode; a mismatch is shown as a full diff.
        if (result.same || knownDifference(result)) continue;
        expect(
          { status: result.tributary.status, body: result.tributary.body },
          `${result.step} should answer as Apache does`,
        ).toEqual({ status: result.apache.status, body: result.apache.body });
      }
    });
  }
});
