#!/usr/bin/env node
/**
 * The `tributary` command: `tributary standalone …` runs a standalone worker (Apache's connect-standalone),
 * `tributary distributed …` the local distributed cluster (what `npm start` runs). The composition root of both:
 * it reads the environment once and reports a bad start as one line on stderr with a non-zero exit status.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLogger, parseLogLevel, setLogLevel } from '../shared/logging/logger.ts';
import { COMPATIBLE_KAFKA_VERSION } from '../shared/plugins/registry.ts';
import { ENV } from '../shared/runtime/env.ts';
import { StandaloneConfigError } from '../standalone/config-error.ts';
import { checkDistinctNames, readConnectorFile, readPropertiesFile } from '../standalone/input-files.ts';
import { checkConnectorFiles, startStandalone } from '../standalone/runtime.ts';
import { parseStandaloneWorkerConfig } from '../standalone/worker-config.ts';

const USAGE = `Usage:
  tributary standalone WORKER.properties [CONNECTOR.properties|CONNECTOR.json ...]
      One process: the Kafka Connect REST API (default 127.0.0.1:8083), the connectors of the given files and
      their tasks; source offsets in the worker's offset.storage.file.filename. Needs only a Kafka cluster.
  tributary distributed [WORKER.properties]
      The local distributed cluster (what \`npm start\` runs): a Kafka broker unless the worker properties or
      KAFKA_BOOTSTRAP_SERVERS name one, DynamoDB Local, the REST API and executor processes.
  tributary --help | -h
  tributary --version | -V

Environment: TRIBUTARY_LOG_LEVEL (ERROR, WARN, INFO, DEBUG, TRACE; default INFO). Logs are JSON lines on stderr.
Exit status: 0 after a clean stop (Ctrl-C, SIGTERM), 1 when the worker cannot start, 2 for a usage error.`;

/** Exit statuses. */
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return `tributary ${pkg.version} (Kafka Connect ${COMPATIBLE_KAFKA_VERSION} compatible)`;
}

async function standalone(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const [workerFile, ...connectorFiles] = args;
  if (workerFile === undefined || workerFile.startsWith('-')) {
    throw new UsageError('standalone needs a worker properties file');
  }
  // Every file is read and checked before anything starts: a bad one leaves nothing running.
  const config = parseStandaloneWorkerConfig(readPropertiesFile(workerFile), workerFile);
  const connectors = connectorFiles.map((file) => readConnectorFile(file));
  checkDistinctNames(connectors);
  await checkConnectorFiles(config, connectors);

  setLogLevel(parseLogLevel(env[ENV.logLevel], 'INFO'));
  const logger = createLogger({ component: 'standalone' });
  const running = await startStandalone({ config, connectors, logger, env });
  logger.info('Tributary standalone worker is running', {
    rest: running.url,
    worker_id: running.workerId,
    connectors: connectors.map((c) => c.name),
    offsetsFile: config.offsetsFile,
  });
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info('stopping', { signal });
      running.stop().then(
        () => process.exit(0),
        (err) => {
          logger.error('stop failed', { err });
          process.exit(EXIT_FAILURE);
        },
      );
    });
  }
}

async function distributed(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (args.length > 1) throw new UsageError('distributed takes at most one worker properties file');
  const [workerFile] = args;
  if (workerFile !== undefined) {
    readPropertiesFile(workerFile); // reports a missing, unreadable or malformed file before anything starts
    env[ENV.workerProperties] = resolve(workerFile);
  }
  await import('../control-plane/local/main.ts');
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...args] = argv;
  const env = process.env;
  switch (command) {
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return;
    case '--version':
    case '-V':
      process.stdout.write(`${version()}\n`);
      return;
    case 'standalone':
      return standalone(args, env);
    case 'distributed':
      return distributed(args, env);
    case undefined:
      throw new UsageError('a command is needed');
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) {
    process.stderr.write(`tributary: ${err.message} (see tributary --help)\n`);
    process.exit(EXIT_USAGE);
  }
  const message = err instanceof StandaloneConfigError ? err.message : `cannot start: ${errorText(err)}`;
  process.stderr.write(`tributary: ${message}\n`);
  process.exit(EXIT_FAILURE);
});

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split(/\r?\n/)[0] ?? text;
}
