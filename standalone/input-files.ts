/**
 * The files `tributary standalone` is given: the worker's `.properties`, and connector configs as `.properties` or
 * as JSON (`{"name": …, "config": {…}}` — the body of POST /connectors — or a flat map), as Apache 4.x's
 * connect-standalone accepts them. Every problem is a StandaloneConfigError naming the file and, where there is one,
 * the key.
 */
import { readFileSync } from 'node:fs';
import type { InitialState } from '../control-plane/herder/entities.ts';
import { PropertiesSyntaxError, parseProperties } from '../shared/runtime/worker-config.ts';
import { StandaloneConfigError } from './config-error.ts';

export interface ConnectorFile {
  readonly file: string;
  readonly name: string;
  readonly config: Record<string, string>;
  readonly initialState?: InitialState;
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied (cannot read the file)',
  EPERM: 'permission denied (cannot read the file)',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
};

export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new StandaloneConfigError(READ_ERRORS[code] ?? (err as Error).message, { file });
  }
}

export function readPropertiesFile(file: string): Record<string, string> {
  const text = readTextFile(file);
  try {
    return parseProperties(text);
  } catch (err) {
    if (err instanceof PropertiesSyntaxError) {
      throw new StandaloneConfigError(`line ${err.line}: ${err.message}`, { file });
    }
    throw err;
  }
}

const INITIAL_STATES: readonly InitialState[] = ['RUNNING', 'PAUSED', 'STOPPED'];

/** Reads one connector config file (JSON when its name ends in `.json`, Java properties otherwise). */
export function readConnectorFile(file: string): ConnectorFile {
  if (!file.toLowerCase().endsWith('.json')) {
    const config = readPropertiesFile(file);
    return { file, name: requireName(config.name, file), config };
  }
  let body: unknown;
  try {
    body = JSON.parse(readTextFile(file));
  } catch (err) {
    if (err instanceof StandaloneConfigError) throw err;
    throw new StandaloneConfigError(`not valid JSON (${(err as Error).message})`, { file });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new StandaloneConfigError('must hold a JSON object', { file });
  }
  const request = body as Record<string, unknown>;
  const wrapped = typeof request.config === 'object' && request.config !== null;
  const config = stringMap(wrapped ? (request.config as Record<string, unknown>) : request, file, wrapped);
  const name = requireName(wrapped ? (request.name ?? config.name) : config.name, file);
  if (config.name !== undefined && config.name !== name) {
    throw new StandaloneConfigError(
      `Connector name configuration (${config.name}) doesn't match connector name (${name})`,
      { file, key: 'name' },
    );
  }
  config.name = name;
  const initial = wrapped ? request.initial_state : undefined;
  if (initial !== undefined && initial !== null) {
    const state = String(initial).toUpperCase() as InitialState;
    if (!INITIAL_STATES.includes(state)) {
      throw new StandaloneConfigError(`must be one of ${INITIAL_STATES.join(', ')}`, {
        file,
        key: 'initial_state',
      });
    }
    return { file, name, config, initialState: state };
  }
  return { file, name, config };
}

function stringMap(map: Record<string, unknown>, file: string, wrapped: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(map)) {
    if (value === null) continue;
    if (typeof value === 'object') {
      throw new StandaloneConfigError('must be a string, number or boolean', {
        file,
        key: wrapped ? `config.${key}` : key,
      });
    }
    out[key] = String(value);
  }
  return out;
}

function requireName(name: unknown, file: string): string {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new StandaloneConfigError('Missing required configuration "name" which has no default value.', {
      file,
      key: 'name',
    });
  }
  return name.trim();
}

/** Two connector files that define one connector name: the second names the first. */
export function checkDistinctNames(files: readonly ConnectorFile[]): void {
  const seen = new Map<string, string>();
  for (const f of files) {
    const earlier = seen.get(f.name);
    if (earlier !== undefined) {
      throw new StandaloneConfigError(`connector "${f.name}" is already defined in ${earlier}`, {
        file: f.file,
        key: 'name',
      });
    }
    seen.set(f.name, f.file);
  }
}
