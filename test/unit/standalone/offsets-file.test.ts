/**
 * The standalone worker's offsets file: what a write leaves on disk, that a crash mid-write (a torn temp file) never
 * costs the last complete state, and that the offsets read back are the ones written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OffsetLog } from '../../../shared/cluster/offset-log.ts';
import { createLogger } from '../../../shared/logging/logger.ts';
import { OffsetsFileError, offsetsFileLog, readOffsetsFile } from '../../../standalone/offsets-file.ts';

const silent = createLogger({}, { write: () => undefined });

describe('standalone offsets file', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-offsets-'));
    file = join(dir, 'connect.offsets');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function openLog(): Promise<OffsetLog> {
    const log = new OffsetLog(offsetsFileLog(file, silent), 'offsets', silent);
    await log.start();
    return log;
  }

  it('stores the offsets-topic records as documented JSON and reads them back exactly', async () => {
    const log = await openLog();
    await log.write('src', [{ partition: { filename: '/tmp/a.txt' }, offset: { position: 12n } }]);
    await log.write('src', [
      { partition: { filename: '/tmp/a.txt' }, offset: { position: 9007199254740993n } },
    ]);
    await log.write('other', [{ partition: { filename: '/tmp/b.txt' }, offset: { position: 3n } }]);
    await log.stop();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      format: 'tributary-standalone-offsets',
      version: 1,
      offsets: [
        { key: '["src",{"filename":"/tmp/a.txt"}]', value: '{"position":9007199254740993}' },
        { key: '["other",{"filename":"/tmp/b.txt"}]', value: '{"position":3}' },
      ],
    });
    const reopened = await openLog();
    expect(reopened.offset('src', { filename: '/tmp/a.txt' })).toEqual({ position: 9007199254740993n });
    expect(reopened.connectorOffsets('other')).toEqual([
      { partition: { filename: '/tmp/b.txt' }, offset: { position: 3n } },
    ]);
  });

  it('forgets a partition whose offset is reset (tombstone)', async () => {
    const log = await openLog();
    await log.write('src', [{ partition: { filename: '/a' }, offset: { position: 1n } }]);
    await log.write('src', [{ partition: { filename: '/a' }, offset: null }]);
    expect((await readOffsetsFile(file)).size).toBe(0);
    expect((await openLog()).connectorOffsets('src')).toEqual([]);
  });

  it('loads the last complete state after a write torn at any byte (kill -9 while writing)', async () => {
    const log = await openLog();
    await log.write('src', [{ partition: { filename: '/a' }, offset: { position: 100n } }]);
    const complete = readFileSync(file, 'utf8');
    // What the next write would have written, cut short where a crash could stop it: only the temp file is torn.
    const next = complete.replace('100', '250');
    for (let cut = 0; cut < next.length; cut += 7) {
      writeFileSync(`${file}.tmp`, next.slice(0, cut));
      expect((await openLog()).offset('src', { filename: '/a' })).toEqual({ position: 100n });
    }
    // The next write goes through the torn temp file and replaces the state.
    const again = await openLog();
    await again.write('src', [{ partition: { filename: '/a' }, offset: { position: 250n } }]);
    expect((await openLog()).offset('src', { filename: '/a' })).toEqual({ position: 250n });
  });

  it('refuses a file that is not an offsets file, naming it', async () => {
    writeFileSync(file, Buffer.from([0xac, 0xed, 0x00, 0x05, 0x73, 0x72]));
    await expect(readOffsetsFile(file)).rejects.toThrow(OffsetsFileError);
    await expect(openLog()).rejects.toThrow(
      `${file}: not a readable Tributary offsets file (it holds Apache`,
    );
    writeFileSync(file, '{"format":"tributary-standalone-offsets","version":1,"offsets":[{"key":');
    await expect(openLog()).rejects.toThrow(`${file}: not a readable Tributary offsets file (`);
  });
});
