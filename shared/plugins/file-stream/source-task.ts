/**
 * FileStreamSourceTask: reads a file line by line into a topic, resuming from the committed offset
 * `{"position": N}` of partition `{"filename": <file>}`; without `file` it reads standard input (no offsets).
 *
 * Lines end at "\n", "\r\n" or a lone "\r", as in Apache's task. `position` counts bytes of the file (Apache counts
 * UTF-16 characters but skips bytes on resume, which only agree for ASCII; bytes are right for both).
 */
import { type FileHandle, open } from 'node:fs/promises';
import { Schemas } from '../../data/schema.ts';
import { delay } from '../../util/wait.ts';
import type { OffsetMap, SourceRecord, SourceTask, SourceTaskContext, TaskConfig } from '../api.ts';

export const FILENAME_FIELD = 'filename';
export const POSITION_FIELD = 'position';
const READ_CHUNK_BYTES = 64 * 1024;
const EOF_WAIT_MS = 1000;

export class FileStreamSourceTask implements SourceTask {
  private filename = '';
  private topic = '';
  private batchSize = 2000;
  private context: SourceTaskContext | undefined;
  private file: FileHandle | undefined;
  /** Byte position in the file of the first byte of `pending` (null when reading stdin). */
  private streamOffset: number | null = null;
  private readPosition = 0;
  private pending: Buffer = Buffer.alloc(0);
  private stdinChunks: Buffer[] | undefined;
  /** `{"filename": <file>}`, one object for every record of the file. */
  private sourcePartition: OffsetMap = {};

  start(config: TaskConfig, context: SourceTaskContext): void {
    this.filename = config.file ?? '';
    this.topic = config.topic ?? '';
    this.sourcePartition = Object.freeze({ [FILENAME_FIELD]: this.filename });
    this.batchSize = Number.parseInt(config['batch.size'] ?? '2000', 10);
    this.context = context;
    if (this.filename === '') {
      this.stdinChunks = [];
      process.stdin.on('data', (chunk: Buffer) => this.stdinChunks?.push(chunk));
    }
  }

  async poll(): Promise<SourceRecord[] | null> {
    const context = this.context;
    if (!context) throw new Error('FileStreamSourceTask polled before start');
    if (this.stdinChunks === undefined && this.file === undefined) {
      const opened = await this.openFile(context);
      if (!opened) return null;
    }
    const records: SourceRecord[] = [];
    for (;;) {
      this.extractLines(records);
      if (records.length >= this.batchSize) return records;
      const more = await this.readMore();
      if (!more) break;
    }
    if (records.length > 0) return records;
    await delay(EOF_WAIT_MS, context.signal).catch(() => undefined);
    return null;
  }

  private async openFile(context: SourceTaskContext): Promise<boolean> {
    try {
      this.file = await open(this.filename, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        await delay(EOF_WAIT_MS, context.signal).catch(() => undefined);
        return false;
      }
      throw err;
    }
    const offset = await context.offsetStorageReader.offset({ [FILENAME_FIELD]: this.filename });
    const last = offset?.[POSITION_FIELD];
    if (last !== undefined && last !== null && typeof last !== 'number' && typeof last !== 'bigint') {
      throw new Error('Offset position is the incorrect type');
    }
    this.streamOffset = last === undefined || last === null ? 0 : Number(last);
    this.readPosition = this.streamOffset;
    return true;
  }

  /** Appends the next chunk of input to `pending`; false at end of input (for now). */
  private async readMore(): Promise<boolean> {
    if (this.stdinChunks) {
      if (this.stdinChunks.length === 0) return false;
      this.pending = Buffer.concat([this.pending, ...this.stdinChunks.splice(0)]);
      return true;
    }
    if (!this.file) return false;
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    const { bytesRead } = await this.file.read(chunk, 0, READ_CHUNK_BYTES, this.readPosition);
    if (bytesRead === 0) return false;
    this.readPosition += bytesRead;
    this.pending =
      this.pending.length === 0
        ? chunk.subarray(0, bytesRead)
        : Buffer.concat([this.pending, chunk.subarray(0, bytesRead)]);
    return true;
  }

  private extractLines(records: SourceRecord[]): void {
    let start = 0;
    const buf = this.pending;
    // The next "\r" at or after `start` (-1: none left), looked up again only once passed.
    let cr = buf.indexOf(0x0d);
    while (records.length < this.batchSize) {
      if (cr !== -1 && cr < start) cr = buf.indexOf(0x0d, start);
      const lf = buf.indexOf(0x0a, start);
      let end: number;
      let next: number;
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        if (cr + 1 >= buf.length) break; // need the next byte to know whether "\r\n" follows
        end = cr;
        next = buf[cr + 1] === 0x0a ? cr + 2 : cr + 1;
      } else if (lf !== -1) {
        end = lf;
        next = lf + 1;
      } else break;
      const line = buf.toString('utf8', start, end);
      if (this.streamOffset !== null) this.streamOffset += next - start;
      records.push(this.record(line));
      start = next;
    }
    this.pending = start === 0 ? buf : buf.subarray(start);
  }

  private record(line: string): SourceRecord {
    const withOffsets = this.streamOffset !== null;
    return {
      sourcePartition: withOffsets ? this.sourcePartition : null,
      sourceOffset: withOffsets ? { [POSITION_FIELD]: this.streamOffset } : null,
      topic: this.topic,
      kafkaPartition: null,
      keySchema: null,
      key: null,
      valueSchema: Schemas.STRING,
      value: line,
      timestamp: Date.now(),
    };
  }

  async stop(): Promise<void> {
    const file = this.file;
    this.file = undefined;
    await file?.close();
  }
}
