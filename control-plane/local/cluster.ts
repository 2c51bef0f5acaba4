/**
 * A whole local Connect cluster: the control plane's REST API on 127.0.0.1 and N executor child processes, all
 * on one Kafka cluster. `npm start` runs one; end-to-end tests run their own on free ports and topics.
 */
import { join } from 'node:path';
import { LocalProcessLauncher } from '../../shared/adapters/local/process-launcher.ts';
import type { Logger } from '../../shared/logging/logger.ts';
import { parseWorkerConfig } from '../../shared/runtime/worker-config.ts';
import { buildApp } from '../api/app.ts';
import { startControlPlane } from '../runtime.ts';
import { type RunningServer, startHttpServer } from './http-server.ts';

export interface LocalClusterOptions {
  readonly workerProps: Readonly<Record<string, string>>;
  readonly host: string;
  readonly port: number;
  readonly executors: number;
  readonly logger: Logger;
  /** Where executor logs go (one file each); inherited output when omitted. */
  readonly logDir?: string;
  readonly executorEnv?: Readonly<Record<string, string>>;
}

export interface LocalCluster {
  readonly url: string;
  readonly launcher: LocalProcessLauncher;
  /** Stops REST, then executors (SIGTERM: they drain and commit), then the control plane's clients. */
  stop(): Promise<void>;
}

export async function startLocalCluster(options: LocalClusterOptions): Promise<LocalCluster> {
  const worker = parseWorkerConfig(options.workerProps);
  const controlPlane = await startControlPlane(worker, options.logger.child({ component: 'control-plane' }));
  let server: RunningServer | undefined;
  const launcher = new LocalProcessLauncher({
    workerProps: worker.props,
    logger: options.logger.child({ component: 'launcher' }),
    ...(options.logDir ? { logDir: join(options.logDir) } : {}),
    ...(options.executorEnv ? { extraEnv: options.executorEnv } : {}),
  });
  try {
    server = await startHttpServer(
      buildApp({
        herder: controlPlane.herder,
        offsets: controlPlane.offsets,
        logger: options.logger.child({ component: 'rest' }),
      }),
      options.host,
      options.port,
    );
    await launcher.launch(options.executors);
  } catch (err) {
    await server?.close();
    await launcher.stop();
    await controlPlane.stop();
    throw err;
  }
  const running = server;
  return {
    url: running.url,
    launcher,
    stop: async () => {
      await running.close();
      await launcher.stop();
      await controlPlane.stop();
    },
  };
}
