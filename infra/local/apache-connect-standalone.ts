/**
 * An Apache Kafka Connect standalone worker (`connect-standalone`, the reference for `tributary standalone`), run from
 * the same Maven Central jars as the distributed workers of apache-connect.ts. Binds 127.0.0.1 only; stopped by pid.
 */
import { join, resolve } from 'node:path';
import { type ApacheConnect, launchApacheConnect } from './apache-connect.ts';

export interface ApacheConnectStandaloneOptions {
  readonly bootstrapServers: string;
  /** Holds the worker properties, the offsets file and the log. */
  readonly dataDir: string;
  readonly port?: number;
  readonly cacheDir?: string;
  /** More worker properties (override the defaults written here). */
  readonly props?: Readonly<Record<string, string>>;
}

export async function startApacheConnectStandalone(
  options: ApacheConnectStandaloneOptions,
): Promise<ApacheConnect> {
  const dataDir = resolve(options.dataDir);
  return launchApacheConnect('standalone', { ...options, dataDir }, (port) => ({
    'bootstrap.servers': options.bootstrapServers,
    'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'offset.storage.file.filename': join(dataDir, 'connect.offsets'),
    'offset.flush.interval.ms': '1000',
    listeners: `http://127.0.0.1:${port}`,
    'rest.advertised.host.name': '127.0.0.1',
    'plugin.discovery': 'service_load',
  }));
}
