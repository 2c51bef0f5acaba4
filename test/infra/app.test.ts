import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/lib/paths.ts';

/** Runs infra/bin/app.ts the way the CDK CLI does (context and output folder in the environment). */
function runApp(context: Record<string, string>) {
  const outdir = mkdtempSync(join(tmpdir(), 'tributary-cdk-out-'));
  const result = spawnSync(process.execPath, ['infra/bin/app.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify(context) },
    encoding: 'utf8',
  });
  return { outdir, ...result };
}

describe('the CDK app', () => {
  const outdirs: string[] = [];
  afterAll(() => {
    for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
  });

  it('synthesizes offline from context, named after the group id, with cdk-nag reporting nothing', () => {
    const run = runApp({ groupId: 'orders', bootstrapServers: 'b-1.kafka.internal:9092' });
    outdirs.push(run.outdir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(run.outdir, 'Tributary-orders.template.json'))).toBe(true);
    const report = JSON.parse(readFileSync(join(run.outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { violations: unknown[] }[];
    };
    expect(report.pluginReports.flatMap((r) => r.violations)).toEqual([]);
  });

  it('fails with the parameter problem when the context is invalid', () => {
    const run = runApp({ groupId: 'orders', minExecutors: 'many' });
    outdirs.push(run.outdir);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/minExecutors must be a whole number/);
  });
});
