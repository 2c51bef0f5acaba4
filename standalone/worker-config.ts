/**
 * The standalone worker's configuration: what `connect-standalone.properties` holds for Apache's
 * `connect-standalone`. The converter, client and flush settings mean what they mean for a distributed worker
 * (shared/runtime/worker-config.ts); a standalone worker adds where its source offsets are kept and where its REST
 * API listens, and has no internal topics or group.
 */
import { parseWorkerConfig, type WorkerConfig } from '../shared/runtime/worker-config.ts';
import { StandaloneConfigError } from './config-error.ts';

export interface StandaloneWorkerConfig {
  readonly worker: WorkerConfig;
  /** `offset.storage.file.filename` (required, as in Apache). */
  readonly offsetsFile: string;
  /** Where the REST API listens: `listeners`, else `rest.host.name` / `rest.port`, else 127.0.0.1:8083. */
  readonly rest: { readonly host: string; readonly port: number };
}

export const DEFAULT_STANDALONE_REST_HOST = '127.0.0.1';
export const DEFAULT_STANDALONE_REST_PORT = 8083;

/** Validates standalone worker properties; a problem throws a StandaloneConfigError naming `file` and the key. */
export function parseStandaloneWorkerConfig(
  props: Readonly<Record<string, string>>,
  file: string,
): StandaloneWorkerConfig {
  const offsetsFile = props['offset.storage.file.filename']?.trim();
  if (!offsetsFile) {
    throw new StandaloneConfigError(
      props['offset.storage.file.filename'] === undefined
        ? 'Missing required configuration "offset.storage.file.filename" which has no default value.'
        : 'must name a file',
      { file, key: 'offset.storage.file.filename' },
    );
  }
  let worker: WorkerConfig;
  try {
    worker = parseWorkerConfig(props);
  } catch (err) {
    const message = (err as Error).message.replace(/^Invalid worker configuration: /, '');
    const key = /^([a-z0-9._-]+) /.exec(message)?.[1];
    throw new StandaloneConfigError(key ? message.slice(key.length + 1) : message, {
      file,
      ...(key ? { key } : {}),
    });
  }
  return Object.freeze({ worker, offsetsFile, rest: restListener(props, file) });
}

function restListener(props: Readonly<Record<string, string>>, file: string): { host: string; port: number } {
  const listeners = props.listeners?.trim();
  if (listeners) {
    const first = listeners.split(',')[0]?.trim() ?? '';
    const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(\[[^\]]*\]|[^:/]*):(\d+)\/?$/.exec(first);
    if (!match) {
      throw new StandaloneConfigError(`"${first}" is not a listener of the form http://host:port`, {
        file,
        key: 'listeners',
      });
    }
    if (match[1]?.toLowerCase() !== 'http') {
      throw new StandaloneConfigError(`only http listeners are supported, not ${match[1]}`, {
        file,
        key: 'listeners',
      });
    }
    // Apache binds every interface for an empty host; Tributary's default is loopback only.
    const host = (match[2] ?? '').replace(/^\[|\]$/g, '') || DEFAULT_STANDALONE_REST_HOST;
    return { host, port: port(match[3] ?? '', file, 'listeners') };
  }
  const host = props['rest.host.name']?.trim() || DEFAULT_STANDALONE_REST_HOST;
  const restPort = props['rest.port'];
  return {
    host,
    port: restPort === undefined ? DEFAULT_STANDALONE_REST_PORT : port(restPort.trim(), file, 'rest.port'),
  };
}

function port(text: string, file: string, key: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n > 65535) {
    throw new StandaloneConfigError(`"${text}" is not a port number (0-65535)`, { file, key });
  }
  return n;
}
