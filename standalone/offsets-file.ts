/**
 * Source offsets of a standalone worker in a local file (`offset.storage.file.filename`), as Apache's
 * FileOffsetBackingStore keeps them — but in a documented text format, written atomically.
 *
 * Format (UTF-8 JSON, one document):
 *
 *     {"format":"tributary-standalone-offsets","version":1,
 *      "offsets":[{"key":"[\"<connector>\",{<partition>}]","value":"{<offset>}"}, …]}
 *
 * Each entry is one record of what would be the offsets topic, compacted: `key` and `value` are the exact JSON
 * texts a distributed worker writes to `offset.storage.topic` (`["<connector>",{partition}]` and the offset map),
 * so integers keep their exact digits. A reset partition (a tombstone) is simply absent.
 *
 * Every write replaces the whole file: the new content goes to `<file>.tmp`, is fsynced, then renamed over the file
 * and the folder is fsynced. A crash (kill -9, power loss) at any moment leaves either the previous or the new file,
 * never a mix; a torn `<file>.tmp` is ignored and overwritten by the next write. A write resolves only once it is
 * durable, so the source task commits (and forgets) only offsets that are on disk: at-least-once.
 */
import { open, readFile, rename } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { LogRecord, OpenRecordLog, OutgoingRecord, RecordLog } from '../shared/cluster/record-log.ts';
import type { Logger } from '../shared/logging/logger.ts';
import { StandaloneConfigError } from './config-error.ts';
import { toBuffer } from './memory-record-log.ts';

export const OFFSETS_FILE_FORMAT = 'tributary-standalone-offsets';
export const OFFSETS_FILE_VERSION = 1;

const offsetsFileSchema = z.object({
  format: z.literal(OFFSETS_FILE_FORMAT),
  version: z.literal(OFFSETS_FILE_VERSION),
  offsets: z.array(z.object({ key: z.string(), value: z.string() })),
});

/** The file cannot be read as an offsets file (it was not written by Tributary, or was edited badly). */
export class OffsetsFileError extends StandaloneConfigError {
  constructor(file: string, reason: string) {
    super(`not a readable Tributary offsets file (${reason})`, { file });
    this.name = 'OffsetsFileError';
  }
}

/** The first bytes of a Java serialization stream: what Apache's FileOffsetBackingStore writes. */
const JAVA_SERIALIZATION_MAGIC = Buffer.from([0xac, 0xed]);

/** Reads the stored entries (key text → value text), in file order; empty when the file does not exist. */
export async function readOffsetsFile(file: string): Promise<Map<string, string>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new OffsetsFileError(file, (err as Error).message);
  }
  if (bytes.subarray(0, 2).equals(JAVA_SERIALIZATION_MAGIC)) {
    throw new OffsetsFileError(
      file,
      "it holds Apache Kafka Connect's Java-serialized offsets; name a new file, or move the offsets with PATCH /connectors/{name}/offsets",
    );
  }
  const text = bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new OffsetsFileError(file, (err as Error).message);
  }
  const parsed = offsetsFileSchema.safeParse(json);
  if (!parsed.success) throw new OffsetsFileError(file, parsed.error.issues[0]?.message ?? 'bad content');
  return new Map(parsed.data.offsets.map((e) => [e.key, e.value]));
}

/** Writes the entries atomically (temp file, fsync, rename, fsync of the folder). */
export async function writeOffsetsFile(file: string, entries: ReadonlyMap<string, string>): Promise<void> {
  const text = `${JSON.stringify({
    format: OFFSETS_FILE_FORMAT,
    version: OFFSETS_FILE_VERSION,
    offsets: [...entries].map(([key, value]) => ({ key, value })),
  })}\n`;
  const temp = `${file}.tmp`;
  const handle = await open(temp, 'w', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const folder = await open(dirname(file), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

class FileOffsetLog implements RecordLog {
  private entries = new Map<string, string>();
  private loaded: Promise<void> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private nextOffset = 0;
  private readonly file: string;
  private readonly onRecord: (record: LogRecord) => void;
  private readonly logger: Logger;

  constructor(file: string, onRecord: (record: LogRecord) => void, logger: Logger) {
    this.file = file;
    this.onRecord = onRecord;
    this.logger = logger.child({ offsetsFile: basename(file) });
  }

  start(): Promise<void> {
    this.loaded ??= (async () => {
      this.entries = await readOffsetsFile(this.file);
      for (const [key, value] of this.entries)
        this.deliver(Buffer.from(key, 'utf8'), Buffer.from(value, 'utf8'));
      this.logger.info('source offsets loaded', { file: this.file, entries: this.entries.size });
    })();
    return this.loaded;
  }

  async stop(): Promise<void> {
    await this.writing;
  }

  async readToEnd(): Promise<void> {
    await this.start();
  }

  /** Applies the records to the stored set and resolves once the file holding them is on disk. */
  send(records: OutgoingRecord[]): Promise<void> {
    const step = this.writing.then(async () => {
      await this.start();
      const next = new Map(this.entries);
      for (const r of records) {
        const key = toBuffer(r.key)?.toString('utf8');
        if (key === undefined) continue;
        const value = toBuffer(r.value);
        // Re-inserted at the end, so the file lists entries in the order of their last write.
        next.delete(key);
        if (value !== null) next.set(key, value.toString('utf8'));
      }
      await writeOffsetsFile(this.file, next);
      this.entries = next;
      for (const r of records) this.deliver(toBuffer(r.key), toBuffer(r.value));
    });
    this.writing = step.catch(() => undefined);
    return step;
  }

  private deliver(key: Buffer | null, value: Buffer | null): void {
    const offset = this.nextOffset++;
    try {
      this.onRecord({ topic: this.file, partition: 0, offset, key, value, timestamp: Date.now() });
    } catch (err) {
      this.logger.error('failed to apply a stored offset', { offset, err });
    }
  }
}

/** Opens the offsets log of a standalone worker over `file` (the topic name it is asked for is not used). */
export function offsetsFileLog(file: string, logger: Logger): OpenRecordLog {
  return (_topic, onRecord) => new FileOffsetLog(file, onRecord, logger);
}
