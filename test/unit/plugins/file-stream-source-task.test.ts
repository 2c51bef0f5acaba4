/**
 * FileStreamSourceTask splits a file into lines as Apache's task does ("\n", "\r\n" and a lone "\r" end a line; a
 * "\r" at the end of what was read waits for the next byte), counts `position` in bytes past each line's ending,
 * resumes from a committed position, and returns at most `batch.size` records a poll.
 */
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OffsetMap, SourceRecord } from '../../../shared/plugins/api.ts';
import { FileStreamSourceTask } from '../../../shared/plugins/file-stream/source-task.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tributary-filesource-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function startTask(file: string, batchSize: number, committed: OffsetMap | null = null) {
  const task = new FileStreamSourceTask();
  const abort = new AbortController();
  task.start(
    { file, topic: 't', 'batch.size': String(batchSize) },
    { signal: abort.signal, offsetStorageReader: { offset: async () => committed } },
  );
  return { task, abort };
}

/** Polls until a poll returns nothing (the task waits at end of file; the abort signal cuts that wait short). */
async function drain(task: FileStreamSourceTask, abort: AbortController): Promise<SourceRecord[][]> {
  const polls: SourceRecord[][] = [];
  for (;;) {
    const pending = task.poll();
    const records = await Promise.race([
      pending,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 200)),
    ]);
    if (records === null) {
      abort.abort();
      await pending;
      return polls;
    }
    polls.push(records);
  }
}

const values = (polls: SourceRecord[][]) => polls.flat().map((r) => r.value);
const positions = (polls: SourceRecord[][]) => polls.flat().map((r) => Number(r.sourceOffset?.position));

describe('FileStreamSourceTask', () => {
  it('ends lines at \\n, \\r\\n and a lone \\r, counting positions in bytes', async () => {
    const file = join(dir, 'in.txt');
    writeFileSync(file, 'a\nbb\r\nccc\rgrüße\n\n✓\r\n');
    const { task, abort } = startTask(file, 100);
    const polls = await drain(task, abort);
    expect(values(polls)).toEqual(['a', 'bb', 'ccc', 'grüße', '', '✓']);
    expect(positions(polls)).toEqual([2, 6, 10, 18, 19, 24]);
    expect(polls.flat().every((r) => r.sourcePartition?.filename === file)).toBe(true);
    await task.stop();
  });

  it('keeps a trailing \\r until the next byte says whether \\n follows, and an unterminated line until it ends', async () => {
    const file = join(dir, 'in.txt');
    writeFileSync(file, 'one\rtwo\r');
    const { task, abort } = startTask(file, 100);
    const first = await task.poll();
    expect(first?.map((r) => r.value)).toEqual(['one']);
    appendFileSync(file, '\nthree');
    const second = await task.poll();
    expect(second?.map((r) => r.value)).toEqual(['two']);
    expect(Number(second?.[0]?.sourceOffset?.position)).toBe(9);
    appendFileSync(file, '\n');
    const rest = await drain(task, abort);
    expect(values(rest)).toEqual(['three']);
    await task.stop();
  });

  it('returns at most batch.size records a poll and resumes from a committed position', async () => {
    const file = join(dir, 'in.txt');
    const lines = Array.from({ length: 25 }, (_, i) => `line-${i}`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const first = startTask(file, 10);
    const polls = await drain(first.task, first.abort);
    expect(polls.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(values(polls)).toEqual(lines);
    await first.task.stop();

    const resumed = startTask(file, 10, { position: positions(polls)[19] as number });
    expect(values(await drain(resumed.task, resumed.abort))).toEqual(lines.slice(20));
    await resumed.task.stop();
  });
});
