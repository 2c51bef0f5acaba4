/**
 * FileStreamSinkTask: appends each record's value as one line (Java `String.valueOf(value)` text) to `file`, or
 * standard output when `file` is empty. `flush` makes the written lines durable before offsets are committed.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { toJavaString } from '../../data/java-string.ts';
import type { SinkRecord, SinkTask, TaskConfig } from '../api.ts';

export class FileStreamSinkTask implements SinkTask {
  private fd: number | undefined;

  start(config: TaskConfig): void {
    const filename = config.file ?? '';
    if (filename === '') return;
    try {
      this.fd = openSync(filename, 'a');
    } catch (err) {
      throw new Error(`Couldn't find or create file '${filename}' for FileStreamSinkTask`, { cause: err });
    }
  }

  put(records: readonly SinkRecord[]): void {
    if (records.length === 0) return;
    let text = '';
    for (const record of records) text += `${toJavaString(record.value, record.valueSchema ?? undefined)}\n`;
    const bytes = Buffer.from(text, 'utf8');
    if (this.fd === undefined) {
      process.stdout.write(bytes);
      return;
    }
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written);
  }

  /** Lines are already written; fsync makes them durable. Special files (/dev/null, pipes) cannot be synced. */
  flush(): void {
    if (this.fd === undefined) return;
    try {
      fsyncSync(this.fd);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EROFS') throw err;
    }
  }

  stop(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
