/**
 * What every benchmark shares: its numeric flags, summary statistics, a plain-text table for stdout, the JSON file
 * each run leaves in .cache/bench/<name>.json, and a note on the machine (CPUs, load) so noisy figures can be judged.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { defaultCacheDir } from '../../infra/local/kafka.ts';

/** A `--flag` value that must be a positive integer; `fallback` when the flag was not given. */
export function positiveInt(text: string | undefined, fallback: number, flag: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0)
    throw new RangeError(`--${flag} must be a positive integer, got ${text}`);
  return n;
}

export interface Summary {
  readonly n: number;
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

/** min / median / max of the samples (the median of an even count is the mean of the middle two). */
export function summarize(samples: readonly number[]): Summary | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { n: sorted.length, min: sorted[0] as number, median, max: sorted[sorted.length - 1] as number };
}

/** A left-aligned text table (numbers right-aligned) with a header rule. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = /^[-+]?[\d.,]+( ?[a-zA-Z%]+)?$|^—$/;
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric.test(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table as Markdown (for the README): cells' "|" escaped. */
export function formatMarkdownTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Milliseconds as seconds with two decimals ("12.34 s"), or "—". */
export function seconds(ms: number | undefined): string {
  return ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`;
}

export interface MachineNote {
  readonly node: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly totalMemoryMb: number;
  /** 1, 5 and 15 minute load averages when the note was taken. */
  readonly loadAverage: readonly number[];
  readonly at: string;
}

export function machineNote(): MachineNote {
  const list = cpus();
  return {
    node: process.version,
    cpus: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    totalMemoryMb: Math.round(totalmem() / 1024 / 1024),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    at: new Date().toISOString(),
  };
}

/** Writes `data` as pretty JSON to <cache>/bench/<name>.json and returns the path. */
export function writeBenchJson(name: string, data: unknown): string {
  const dir = join(defaultCacheDir(), 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
