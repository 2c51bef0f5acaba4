/**
 * What `tributary standalone` reads: worker and connector files, and the one-line errors naming file and key.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProperties } from '../../../shared/runtime/worker-config.ts';
import { checkDistinctNames, readConnectorFile } from '../../../standalone/input-files.ts';
import { checkConnectorFiles } from '../../../standalone/runtime.ts';
import { parseStandaloneWorkerConfig } from '../../../standalone/worker-config.ts';

describe('standalone input files', () => {
  let dir: string;
  const path = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-inputs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads Java escapes and rejects a malformed \\u escape with its line', () => {
    expect(parseProperties('a=caf\\u00e9\\tx\nb\\ c=1')).toEqual({ a: 'café\tx', 'b c': '1' });
    expect(() => parseProperties('ok=1\nbad=\\u00zz')).toThrow('Malformed \\uxxxx encoding.');
  });

  it('reads connector files as properties or JSON (POST body or flat map)', () => {
    const props = readConnectorFile(path('a.properties', 'name=a\nconnector.class=FileStreamSource\n'));
    expect(props).toEqual({
      file: props.file,
      name: 'a',
      config: { name: 'a', 'connector.class': 'FileStreamSource' },
    });
    const body = readConnectorFile(
      path(
        'b.json',
        '{"name":"b","config":{"connector.class":"FileStreamSink","tasks.max":1},"initial_state":"paused"}',
      ),
    );
    expect(body.config).toEqual({ 'connector.class': 'FileStreamSink', 'tasks.max': '1', name: 'b' });
    expect(body.initialState).toBe('PAUSED');
    expect(readConnectorFile(path('c.json', '{"name":"c","connector.class":"FileStreamSink"}')).name).toBe(
      'c',
    );
  });

  it('names the file and key of each problem', async () => {
    expect(() => readConnectorFile(join(dir, 'missing.properties'))).toThrow(
      `${join(dir, 'missing.properties')}: no such file`,
    );
    expect(() => readConnectorFile(path('bad.json', '{"name": "x", '))).toThrow(/bad\.json: not valid JSON/);
    expect(() => readConnectorFile(path('noname.properties', 'connector.class=FileStreamSource'))).toThrow(
      /noname\.properties: name: Missing required configuration "name"/,
    );
    const a = readConnectorFile(path('one.properties', 'name=x\nconnector.class=FileStreamSource'));
    const b = readConnectorFile(path('two.properties', 'name=x\nconnector.class=FileStreamSink'));
    expect(() => checkDistinctNames([a, b])).toThrow(
      `${b.file}: name: connector "x" is already defined in ${a.file}`,
    );
    expect(() => parseStandaloneWorkerConfig({}, 'w.properties')).toThrow(
      'w.properties: offset.storage.file.filename: Missing required configuration',
    );
    expect(() =>
      parseStandaloneWorkerConfig(
        { 'offset.storage.file.filename': '/tmp/o', 'offset.flush.interval.ms': 'soon' },
        'w.properties',
      ),
    ).toThrow('w.properties: offset.flush.interval.ms: must be an integer');
    expect(() =>
      parseStandaloneWorkerConfig(
        { 'offset.storage.file.filename': '/tmp/o', listeners: 'https://:8443' },
        'w',
      ),
    ).toThrow('w: listeners: only http listeners are supported');
    const config = parseStandaloneWorkerConfig({ 'offset.storage.file.filename': '/tmp/o' }, 'w');
    const unknown = readConnectorFile(path('u.properties', 'name=u\nconnector.class=com.example.Nope'));
    await expect(checkConnectorFiles(config, [unknown])).rejects.toThrow(
      new RegExp(`^${unknown.file}: connector.class: Failed to find any class that implements Connector`),
    );
    const badTasks = readConnectorFile(
      path('t.properties', 'name=t\nconnector.class=FileStreamSource\ntasks.max=abc\ntopic=x'),
    );
    await expect(checkConnectorFiles(config, [badTasks])).rejects.toThrow(
      `${badTasks.file}: tasks.max: Invalid value abc`,
    );
  });

  it('takes the REST listener from listeners, else rest.host.name / rest.port', () => {
    const base = { 'offset.storage.file.filename': '/tmp/o' };
    expect(parseStandaloneWorkerConfig(base, 'w').rest).toEqual({ host: '127.0.0.1', port: 8083 });
    expect(parseStandaloneWorkerConfig({ ...base, listeners: 'http://:18083' }, 'w').rest).toEqual({
      host: '127.0.0.1',
      port: 18083,
    });
    expect(
      parseStandaloneWorkerConfig({ ...base, listeners: 'HTTP://localhost:9000,http://x:1' }, 'w').rest,
    ).toEqual({
      host: 'localhost',
      port: 9000,
    });
    expect(parseStandaloneWorkerConfig({ ...base, 'rest.port': '9001' }, 'w').rest.port).toBe(9001);
  });
});
