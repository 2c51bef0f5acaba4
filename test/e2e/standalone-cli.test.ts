/**
 * The `tributary` command's answers to a shell user: --help and --version, and for bad input — a missing or
 * unreadable file, malformed properties or JSON, an unknown connector class, two connectors with one name, a
 * missing worker key, an offsets file it cannot read — exactly one line on stderr naming the file (and the key), a
 * non-zero exit status, no stack trace, and nothing left listening.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../shared/util/net.ts';
import { runTributary, writeProperties } from '../support/standalone.ts';

describe('tributary command', () => {
  let dir: string;
  let port: number;
  let worker: string;
  let source: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-cli-'));
    port = await freePort();
    worker = writeProperties(join(dir, 'worker.properties'), {
      // Nothing listens here: every case below must be refused before the worker would connect.
      'bootstrap.servers': '127.0.0.1:1',
      'offset.storage.file.filename': join(dir, 'connect.offsets'),
      listeners: `http://127.0.0.1:${port}`,
    });
    source = writeProperties(join(dir, 'source.properties'), {
      name: 'local-file-source',
      'connector.class': 'FileStreamSource',
      file: join(dir, 'in.txt'),
      topic: 'connect-test',
    });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the command, expects failure with one line, and that nothing answers on the worker's port. */
  async function expectOneLineFailure(args: string[], exitCode = 1): Promise<string> {
    const { code, stdout, stderr } = await runTributary(args);
    expect(code).toBe(exitCode);
    expect(stdout).toBe('');
    const lines = stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    const [line = ''] = lines;
    expect(line.startsWith('tributary: ')).toBe(true);
    expect(line).not.toMatch(/\bat .*\.ts:\d+/);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    return line;
  }

  it('prints its usage and version and exits 0', async () => {
    const help = await runTributary(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      'tributary standalone WORKER.properties [CONNECTOR.properties|CONNECTOR.json ...]',
    );
    expect(help.stdout).toContain('tributary distributed [WORKER.properties]');
    const version = await runTributary(['--version']);
    expect(version).toEqual({
      code: 0,
      stdout: 'tributary 0.1.0 (Kafka Connect 4.1.1 compatible)\n',
      stderr: '',
    });
  });

  it('answers a usage error with exit status 2', async () => {
    expect(await expectOneLineFailure([], 2)).toBe('tributary: a command is needed (see tributary --help)');
    expect(await expectOneLineFailure(['launch'], 2)).toBe(
      'tributary: unknown command "launch" (see tributary --help)',
    );
    expect(await expectOneLineFailure(['standalone'], 2)).toBe(
      'tributary: standalone needs a worker properties file (see tributary --help)',
    );
  });

  it('names a missing or unreadable file', async () => {
    const missing = join(dir, 'nope.properties');
    expect(await expectOneLineFailure(['standalone', missing])).toBe(`tributary: ${missing}: no such file`);
    expect(await expectOneLineFailure(['standalone', worker, missing])).toBe(
      `tributary: ${missing}: no such file`,
    );
    expect(await expectOneLineFailure(['distributed', missing])).toBe(`tributary: ${missing}: no such file`);
    const folder = join(dir, 'folder.properties');
    mkdirSync(folder, { recursive: true });
    expect(await expectOneLineFailure(['standalone', worker, folder])).toBe(
      `tributary: ${folder}: is a directory, not a file`,
    );
  });

  it('names the file and line of malformed properties, and the file of malformed JSON', async () => {
    const bad = join(dir, 'bad.properties');
    writeFileSync(bad, 'name=bad\nfile=\\u00zz\n');
    expect(await expectOneLineFailure(['standalone', worker, bad])).toBe(
      `tributary: ${bad}: line 2: Malformed \\uxxxx encoding.`,
    );
    const json = join(dir, 'bad.json');
    writeFileSync(json, '{"name": "bad", "config": {');
    expect(await expectOneLineFailure(['standalone', worker, json])).toMatch(
      new RegExp(`^tributary: ${json}: not valid JSON \\(`),
    );
  });

  it('names the file and key of a bad config', async () => {
    const unknown = writeProperties(join(dir, 'unknown.properties'), {
      name: 'unknown',
      'connector.class': 'com.example.NoSuchConnector',
    });
    expect(await expectOneLineFailure(['standalone', worker, unknown])).toMatch(
      new RegExp(
        `^tributary: ${unknown}: connector.class: Failed to find any class that implements Connector and which name matches com.example.NoSuchConnector`,
      ),
    );
    const noTopic = writeProperties(join(dir, 'no-topic.properties'), {
      name: 'no-topic',
      'connector.class': 'FileStreamSource',
      'tasks.max': 'abc',
    });
    expect(await expectOneLineFailure(['standalone', worker, noTopic])).toMatch(
      new RegExp(`^tributary: ${noTopic}: tasks.max: Invalid value abc for configuration tasks.max`),
    );
    const noOffsets = writeProperties(join(dir, 'no-offsets.properties'), {
      'bootstrap.servers': '127.0.0.1:1',
    });
    expect(await expectOneLineFailure(['standalone', noOffsets, source])).toBe(
      `tributary: ${noOffsets}: offset.storage.file.filename: Missing required configuration "offset.storage.file.filename" which has no default value.`,
    );
    const badFlush = writeProperties(join(dir, 'bad-flush.properties'), {
      'offset.storage.file.filename': join(dir, 'x.offsets'),
      'offset.flush.interval.ms': 'often',
    });
    expect(await expectOneLineFailure(['standalone', badFlush])).toBe(
      `tributary: ${badFlush}: offset.flush.interval.ms: must be an integer`,
    );
  });

  it('refuses two connectors with one name, naming both files', async () => {
    const twin = writeProperties(join(dir, 'twin.properties'), {
      name: 'local-file-source',
      'connector.class': 'FileStreamSink',
      file: join(dir, 'out.txt'),
      topics: 'connect-test',
    });
    expect(await expectOneLineFailure(['standalone', worker, source, twin])).toBe(
      `tributary: ${twin}: name: connector "local-file-source" is already defined in ${source}`,
    );
  });

  it('refuses an offsets file it cannot read rather than starting from scratch', async () => {
    const offsets = join(dir, 'java.offsets');
    writeFileSync(offsets, Buffer.from([0xac, 0xed, 0x00, 0x05, 0x73, 0x72]));
    const javaWorker = writeProperties(join(dir, 'java-worker.properties'), {
      'bootstrap.servers': '127.0.0.1:1',
      'offset.storage.file.filename': offsets,
      listeners: `http://127.0.0.1:${port}`,
    });
    expect(await expectOneLineFailure(['standalone', javaWorker, source])).toMatch(
      `tributary: ${offsets}: not a readable Tributary offsets file (it holds Apache Kafka Connect's Java-serialized offsets; name a new file, or move the offsets with PATCH /connectors/{name}/offsets)`,
    );
  });
});
