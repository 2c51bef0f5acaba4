/**
 * The throughput benchmark's records: line i is its index in 10 digits followed by 'a'..'z' filler, exactly
 * `lineBytes` ASCII bytes (JavaClients.java builds the same lines), so a source file, a pre-filled topic and the
 * raw-client ceilings all carry the same bytes.
 */
import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

const FILLER = 'abcdefghijklmnopqrstuvwxyz';

/** Line `i` without its newline: `lineBytes` bytes. */
export function line(i: number, lineBytes: number): string {
  const index = String(i).padStart(10, '0').slice(0, lineBytes);
  let text = index;
  while (text.length < lineBytes) {
    const k = text.length;
    // Position k holds FILLER[k % 26], as in JavaClients.line.
    const start = k % 26;
    text += FILLER.slice(start, Math.min(26, start + lineBytes - k));
  }
  return text;
}

/** Writes lines 0..records-1, each followed by "\n", to `file` (created or truncated). */
export async function writeLinesFile(file: string, records: number, lineBytes: number): Promise<void> {
  const out = createWriteStream(file);
  const perChunk = Math.max(1, Math.floor((1 << 20) / (lineBytes + 1)));
  for (let start = 0; start < records; start += perChunk) {
    let chunk = '';
    for (let i = start; i < Math.min(records, start + perChunk); i++) chunk += `${line(i, lineBytes)}\n`;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * Counts the "\n" bytes of a file that only grows, reading only what was appended since the last call: the
 * throughput benchmark's measure of a FileStreamSink's progress.
 */
export class LineCounter {
  private position = 0;
  private lines = 0;
  private readonly buffer = Buffer.allocUnsafe(4 << 20);
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  async count(): Promise<number> {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(this.file, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw err;
    }
    try {
      for (;;) {
        const { bytesRead } = await handle.read(this.buffer, 0, this.buffer.length, this.position);
        if (bytesRead === 0) break;
        this.position += bytesRead;
        let at = this.buffer.indexOf(10, 0);
        while (at !== -1 && at < bytesRead) {
          this.lines++;
          at = this.buffer.indexOf(10, at + 1);
        }
      }
    } finally {
      await handle.close();
    }
    return this.lines;
  }
}

/** The file's first line (up to 4 KiB of it), or undefined when the file is missing or empty. */
export function firstLine(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const buffer = Buffer.alloc(4096);
    const bytes = readSync(fd, buffer, 0, buffer.length, 0);
    if (bytes === 0) return undefined;
    return buffer.subarray(0, bytes).toString('utf8').split('\n')[0];
  } finally {
    closeSync(fd);
  }
}
