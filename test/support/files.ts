/** Line files for FileStream tests: generation, counting and comparison without holding them twice in memory. */
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/** Lines `prefix-<n> …` for n in [from, to), each ending in "\n"; some carry non-ASCII text. */
export function makeLines(from: number, to: number, prefix = 'line'): string {
  const parts: string[] = [];
  for (let n = from; n < to; n++) {
    parts.push(
      `${prefix}-${String(n).padStart(7, '0')} ${n % 7 === 0 ? 'grüße ✓ ' : ''}payload ${'x'.repeat(n % 23)}\n`,
    );
  }
  return parts.join('');
}

export function writeLines(path: string, from: number, to: number, prefix?: string): void {
  writeFileSync(path, makeLines(from, to, prefix));
}

export function appendLines(path: string, from: number, to: number, prefix?: string): void {
  appendFileSync(path, makeLines(from, to, prefix));
}

export function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** Number of "\n"-terminated lines in a file (0 when it does not exist). */
export function countLines(path: string): number {
  if (!existsSync(path)) return 0;
  const data = readFileSync(path);
  let n = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === 0x0a) n++;
  return n;
}

/** The non-empty lines of a file ([] when it does not exist). */
export function nonEmptyLines(path: string): string[] {
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
    : [];
}

/** How often each line occurs. */
export function lineCounts(path: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return counts;
}
