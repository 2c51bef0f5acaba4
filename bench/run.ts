/**
 * `npm run bench -- <name> [flags]` runs bench/<name>.ts in a child Node process (with --expose-gc, so heap
 * figures can be taken after a collection) and exits with its code; `npm run bench` lists the benchmarks with the
 * first sentence of each file's doc comment. Benchmarks are scripts, not tests: they print a table and write
 * .cache/bench/<name>.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const NOT_BENCHMARKS = new Set(['run.ts']);

function benchmarks(): Array<{ name: string; summary: string }> {
  return readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.ts') && !NOT_BENCHMARKS.has(f))
    .sort()
    .map((f) => ({ name: f.slice(0, -3), summary: firstSentence(readFileSync(join(BENCH_DIR, f), 'utf8')) }));
}

/** The first sentence of the file's leading doc comment. */
function firstSentence(source: string): string {
  const match = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!match?.[1]) return '';
  const text = match[1]
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim())
    .join(' ')
    .trim();
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function list(): void {
  const all = benchmarks();
  const width = Math.max(...all.map((b) => b.name.length));
  console.log('Benchmarks (npm run bench -- <name> [flags]; --help on each for its flags):\n');
  for (const b of all) console.log(`  ${b.name.padEnd(width)}  ${b.summary}`);
}

const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || name === 'list') {
  list();
} else {
  const file = join(BENCH_DIR, `${name}.ts`);
  if (!/^[a-z0-9-]+$/.test(name) || NOT_BENCHMARKS.has(`${name}.ts`) || !existsSync(file)) {
    console.error(`no benchmark named ${JSON.stringify(name)}\n`);
    list();
    process.exitCode = 2;
  } else {
    const child = spawn(process.execPath, ['--expose-gc', file, ...args], { stdio: 'inherit' });
    // Ctrl-C reaches the child too (same process group); a SIGTERM to this process is passed on by pid, so the
    // benchmark can stop what it started.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        if (signal !== 'SIGINT' && child.pid !== undefined && child.exitCode === null) child.kill(signal);
      });
    }
    child.on('exit', (code, signal) => {
      process.exitCode = code ?? (signal ? 1 : 0);
    });
  }
}
