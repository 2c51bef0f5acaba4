import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IgnoreStrategy } from 'aws-cdk-lib';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { establishedPeers, isHealthy, isLoopback } from '../../infra/docker/executor-healthcheck.ts';
import { EXECUTOR_DOCKERFILE, EXECUTOR_HEALTHCHECK_SCRIPT, REPO_ROOT } from '../../infra/lib/paths.ts';
import { executorContainer, synthStack } from './support/synth.ts';

const dockerfile = readFileSync(join(REPO_ROOT, EXECUTOR_DOCKERFILE), 'utf8');
/** Dockerfile instructions with line continuations joined and comments dropped. */
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const indexOf = (pattern: RegExp) => instructions.findIndex((line) => pattern.test(line));

/** Files of the repository (relative paths) and packages the executor's entry points load at run time. */
function runtimeImports(): { files: string[]; packages: string[] } {
  const result = buildSync({
    entryPoints: ['executor/main.ts', EXECUTOR_HEALTHCHECK_SCRIPT],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    outdir: 'out',
    platform: 'node',
    format: 'esm',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });
  const packages = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (!imported.external || imported.path.startsWith('node:')) continue;
      const parts = imported.path.split('/');
      packages.add(imported.path.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] as string));
    }
  }
  return { files: Object.keys(result.metafile.inputs).sort(), packages: [...packages].sort() };
}

describe('executor image', () => {
  it('builds on the Node 22 image and installs production dependencies only, from the lockfile', () => {
    expect(instructions[indexOf(/^ARG NODE_IMAGE=/)]).toMatch(/^ARG NODE_IMAGE=node:22[-.@]/);
    expect(instructions[indexOf(/^FROM /)]).toBe(['FROM $', '{NODE_IMAGE}'].join(''));
    expect(instructions[indexOf(/^RUN npm /)]).toMatch(/npm ci --omit=dev/);
    expect(indexOf(/^COPY package\.json package-lock\.json/)).toBeLessThan(indexOf(/^RUN npm ci/));
  });

  it('runs executor/main.ts as the unprivileged node user, as PID 1', () => {
    const user = indexOf(/^USER /);
    expect(instructions[user]).toBe('USER node');
    const lastWrite = Math.max(indexOf(/^RUN /), ...instructions.map((l, i) => (/^COPY /.test(l) ? i : -1)));
    expect(user).toBeGreaterThan(lastWrite);
    expect(instructions.at(-1)).toBe('CMD ["node", "executor/main.ts"]');
  });

  it('declares the same health check as the ECS task definition', () => {
    const healthcheck = instructions[indexOf(/^HEALTHCHECK /)] ?? '';
    const command = JSON.parse(/CMD (\[.*\])$/.exec(healthcheck)?.[1] ?? '[]') as string[];
    const ecs = executorContainer(synthStack().template).HealthCheck as Record<string, unknown>;
    expect(['CMD', ...command]).toEqual(ecs.Command);
    const option = (name: string) => Number(new RegExp(`--${name}=(\\d+)s?`).exec(healthcheck)?.[1]);
    expect([option('interval'), option('timeout'), option('start-period'), option('retries')]).toEqual([
      ecs.Interval,
      ecs.Timeout,
      ecs.StartPeriod,
      ecs.Retries,
    ]);
  });

  it('copies every file the executor loads, and the build context (.dockerignore) contains them', () => {
    const { files } = runtimeImports();
    expect(files).toContain('executor/main.ts');
    const copied = instructions
      .filter((line) => /^COPY /.test(line))
      .map((line) => line.split(/\s+/)[1] as string)
      .filter((source) => !source.startsWith('package'));
    const ignore = IgnoreStrategy.docker(
      REPO_ROOT,
      readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#')),
    );
    for (const file of files) {
      expect(
        copied.some((source) => file === source || file.startsWith(source)),
        `${file} is not copied`,
      ).toBe(true);
      expect(ignore.ignores(join(REPO_ROOT, file)), `${file} is excluded by .dockerignore`).toBe(false);
    }
    for (const file of ['package.json', 'package-lock.json'])
      expect(ignore.ignores(join(REPO_ROOT, file))).toBe(false);
    for (const file of [
      'node_modules/kafkajs/package.json',
      'control-plane/lambda.ts',
      'test/infra/stack.test.ts',
      '.git/HEAD',
    ]) {
      expect(ignore.ignores(join(REPO_ROOT, file)), file).toBe(true);
    }
  });

  it('needs only packages that `npm ci --omit=dev` installs', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const { packages } = runtimeImports();
    expect(packages).toContain('kafkajs');
    for (const name of packages) expect(Object.keys(manifest.dependencies), name).toContain(name);
  });
});

describe('executor health check', () => {
  const header =
    '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode';
  const row = (remote: string, state: string) =>
    `   0: 0A00010A:C350 ${remote} ${state} 00000000:00000000 00:00000000 00000000  1000        0 1 1 0 20 4 30 10 -1`;

  it('lists the peers of established connections only', () => {
    const table = [
      header,
      row('0100007F:1F90', '0A'),
      row('6401000A:2384', '01'),
      row('6501000A:2384', '06'),
    ].join('\n');
    expect(establishedPeers(table)).toEqual(['6401000A:2384']);
  });

  it('recognizes loopback peers in IPv4 and IPv6 notation', () => {
    expect(isLoopback('0100007F:1F90')).toBe(true);
    expect(isLoopback('00000000000000000000000001000000:1F90')).toBe(true);
    expect(isLoopback('0000000000000000FFFF00000100007F:1F90')).toBe(true);
    expect(isLoopback('6401000A:2384')).toBe(false);
    expect(isLoopback('0000000000000000FFFF00006401000A:2384')).toBe(false);
  });

  it('is healthy only with an established connection to a non-loopback peer', () => {
    expect(isHealthy([`${header}\n${row('6401000A:2384', '01')}`, ''])).toBe(true);
    expect(
      isHealthy([`${header}\n${row('0100007F:2384', '01')}`, `${header}\n${row('6401000A:2384', '0A')}`]),
    ).toBe(false);
    expect(isHealthy(['', ''])).toBe(false);
  });
});
