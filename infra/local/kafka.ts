/**
 * A single-node Apache Kafka broker (KRaft, broker+controller in one JVM) for local runs and tests.
 *
 * The broker's jars come from Maven Central: `mvn dependency:copy-dependencies` over infra/local/kafka-pom.xml into
 * a cache folder, only the first time (a marker file records a complete copy). The broker binds 127.0.0.1 only,
 * and is stopped by its pid.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort, isPortOpen } from '../../shared/util/net.ts';
import { waitFor } from '../../shared/util/wait.ts';

const execFileAsync = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, '..', '..');

/** The Kafka release the local broker (and the Apache Connect comparisons) run. */
export const KAFKA_VERSION = '4.1.1';
const MAVEN_DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const BROKER_START_TIMEOUT_MS = 120_000;
const BROKER_STOP_TIMEOUT_MS = 30_000;

/** Where downloaded runtimes and broker data live unless told otherwise (git-ignored). */
export function defaultCacheDir(): string {
  return join(REPO_ROOT, '.cache');
}

/**
 * Makes sure the runtime classpath described by `pomFile` is in `<cacheDir>/<name>-<version>/lib`, resolving it
 * with Maven the first time. Returns the lib folder.
 */
export async function ensureMavenRuntime(
  name: string,
  pomFile: string,
  cacheDir = defaultCacheDir(),
): Promise<string> {
  const libDir = join(cacheDir, `${name}-${KAFKA_VERSION}`, 'lib');
  const marker = join(libDir, '.complete');
  if (existsSync(marker)) return libDir;
  mkdirSync(libDir, { recursive: true });
  await execFileAsync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      pomFile,
      `-Dkafka.version=${KAFKA_VERSION}`,
      `${MAVEN_DEPENDENCY_PLUGIN}:copy-dependencies`,
      '-DincludeScope=runtime',
      `-DoutputDirectory=${libDir}`,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  if (readdirSync(libDir).filter((f) => f.endsWith('.jar')).length === 0) {
    throw new Error(`Maven finished but no jar is in ${libDir}`);
  }
  writeFileSync(marker, new Date().toISOString());
  return libDir;
}

/** The broker's classpath (kafka_2.13 and a log4j2 binding). */
export function ensureKafkaRuntime(cacheDir = defaultCacheDir()): Promise<string> {
  return ensureMavenRuntime('kafka', join(HERE, 'kafka-pom.xml'), cacheDir);
}

/** The directory of this file, for sibling resources (POMs, logging configs). */
export const LOCAL_INFRA_DIR = HERE;

/** SIGTERM by pid, then SIGKILL if it has not exited within `timeoutMs`. */
export async function stopChild(child: ChildProcess, timeoutMs = BROKER_STOP_TIMEOUT_MS): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  stopPid(child.pid, 'SIGTERM');
  const timer = setTimeout(() => stopPid(child.pid, 'SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

export interface LocalKafkaOptions {
  /** Folder for the broker's log dirs and its own log file. Formatted on first use. */
  dataDir: string;
  cacheDir?: string;
  /** Client port; a free one when omitted. */
  port?: number;
  controllerPort?: number;
  /**
   * Also open a SASL_PLAINTEXT listener that authenticates with SCRAM-SHA-512 against these users (written into the
   * cluster metadata when the data dir is formatted, with `kafka-storage format --add-scram`). The PLAINTEXT
   * listener stays, unauthenticated, for the broker's own traffic. Off by default.
   */
  scram?: LocalKafkaScramOptions;
  /**
   * Also open an SSL listener (and, with `scram`, a SASL_SSL one) whose server certificate and key are the PEM file
   * `keystoreFile` (an unencrypted PKCS#8 key followed by the certificate chain). Off by default.
   */
  tls?: LocalKafkaTlsOptions;
}

export interface LocalKafkaTlsOptions {
  readonly keystoreFile: string;
}

export interface LocalKafkaScramOptions {
  readonly users: readonly { readonly name: string; readonly password: string }[];
  /** Port of the SASL_PLAINTEXT listener; a free one when omitted. */
  readonly port?: number;
}

/** The SCRAM mechanism the local broker's SASL listener offers. */
export const LOCAL_SCRAM_MECHANISM = 'SCRAM-SHA-512';

export interface LocalKafka {
  readonly bootstrapServers: string;
  /** The SASL_PLAINTEXT (SCRAM-SHA-512) listener, `127.0.0.1:<port>`, when `scram` was given. */
  readonly saslBootstrapServers?: string;
  /** The SSL listener, when `tls` was given, and the SASL_SSL (SCRAM-SHA-512) one, when both were. */
  readonly sslBootstrapServers?: string;
  readonly saslSslBootstrapServers?: string;
  readonly pid: number;
  readonly logFile: string;
  stop(): Promise<void>;
}

/** Formats (if needed) and starts a single-node KRaft broker; resolves once it accepts connections. */
export async function startLocalKafka(options: LocalKafkaOptions): Promise<LocalKafka> {
  const libDir = await ensureKafkaRuntime(options.cacheDir);
  const port = options.port ?? (await freePort());
  const controllerPort = options.controllerPort ?? (await freePort());
  const scram = options.scram;
  const tls = options.tls;
  const saslPort = scram ? (scram.port ?? (await freePort())) : undefined;
  const sslPort = tls ? await freePort() : undefined;
  const saslSslPort = scram && tls ? await freePort() : undefined;
  // The client listeners besides PLAINTEXT (which the broker itself uses), by listener name = security protocol.
  const extraListeners: [name: string, port: number][] = [];
  if (saslPort !== undefined) extraListeners.push(['SASL_PLAINTEXT', saslPort]);
  if (sslPort !== undefined) extraListeners.push(['SSL', sslPort]);
  if (saslSslPort !== undefined) extraListeners.push(['SASL_SSL', saslSslPort]);
  const listenerUrls = (names: [string, number][]) =>
    names.map(([name, listenerPort]) => `${name}://127.0.0.1:${listenerPort}`).join(',');
  const dataDir = resolve(options.dataDir);
  const logDir = join(dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const propsFile = join(dataDir, 'server.properties');
  writeFileSync(
    propsFile,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
      `listeners=${listenerUrls([['PLAINTEXT', port], ...extraListeners, ['CONTROLLER', controllerPort]])}`,
      `advertised.listeners=${listenerUrls([['PLAINTEXT', port], ...extraListeners])}`,
      'inter.broker.listener.name=PLAINTEXT',
      'controller.listener.names=CONTROLLER',
      `listener.security.protocol.map=${['CONTROLLER', 'PLAINTEXT', ...extraListeners.map(([name]) => name)].map((name) => `${name}:${name === 'CONTROLLER' ? 'PLAINTEXT' : name}`).join(',')}`,
      ...(scram
        ? [
            `sasl.enabled.mechanisms=${LOCAL_SCRAM_MECHANISM}`,
            // The broker side of SCRAM needs no credentials of its own: it checks clients against the metadata.
            ...extraListeners
              .filter(([name]) => name.startsWith('SASL_'))
              .map(
                ([name]) =>
                  `listener.name.${name.toLowerCase()}.${LOCAL_SCRAM_MECHANISM.toLowerCase()}.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;`,
              ),
          ]
        : []),
      ...(tls ? ['ssl.keystore.type=PEM', `ssl.keystore.location=${resolve(tls.keystoreFile)}`] : []),
      `log.dirs=${join(dataDir, 'kafka-data')}`,
      'num.partitions=1',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=1',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'transaction.state.log.num.partitions=1',
      'share.coordinator.state.topic.replication.factor=1',
      'share.coordinator.state.topic.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
      'auto.create.topics.enable=true',
      '',
    ].join('\n'),
  );
  const classpath = `${libDir}/*`;
  const logging = `-Dlog4j2.configurationFile=${join(HERE, 'log4j2.properties')}`;
  const jvm = [
    '-Xms256m',
    '-Xmx1g',
    '-XX:+UseG1GC',
    '-Djava.awt.headless=true',
    `-Dkafka.logs.dir=${logDir}`,
  ];
  if (!existsSync(join(dataDir, 'kafka-data', 'meta.properties'))) {
    // A Kafka cluster id is 16 random bytes in URL-safe base64; one that starts with '-' would be read by
    // kafka-storage as an option, so the first byte is kept out of that range.
    const idBytes = randomBytes(16);
    idBytes[0] = (idBytes[0] ?? 0) & 0xf7;
    const clusterId = idBytes.toString('base64url');
    await execFileAsync('java', [
      ...jvm,
      logging,
      '-cp',
      classpath,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      propsFile,
      '--ignore-formatted',
      // SCRAM credentials go into the bootstrap metadata, so they exist before the broker first accepts a client.
      ...(scram ?? { users: [] }).users.flatMap((user) => [
        '--add-scram',
        `${LOCAL_SCRAM_MECHANISM}=[name=${scramValue(user.name)},password=${scramValue(user.password)}]`,
      ]),
    ]);
  }
  const logFile = join(dataDir, 'broker.log');
  const out = openSync(logFile, 'a');
  // Its own process group: a terminal's Ctrl-C reaches only our process, which stops the broker last, after the
  // executors have committed their offsets to it.
  const child = spawn('java', [...jvm, logging, '-cp', classpath, 'kafka.Kafka', propsFile], {
    stdio: ['ignore', out, out],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the Kafka broker JVM');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`broker exited during start-up; see ${logFile}`);
        return isPortOpen(port);
      },
      BROKER_START_TIMEOUT_MS,
      `Kafka broker on 127.0.0.1:${port}`,
      250,
    );
    for (const [name, listenerPort] of extraListeners) {
      await waitFor(
        () => isPortOpen(listenerPort),
        BROKER_START_TIMEOUT_MS,
        `${name} listener on 127.0.0.1:${listenerPort}`,
        250,
      );
    }
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  return {
    bootstrapServers: `127.0.0.1:${port}`,
    ...(saslPort === undefined ? {} : { saslBootstrapServers: `127.0.0.1:${saslPort}` }),
    ...(sslPort === undefined ? {} : { sslBootstrapServers: `127.0.0.1:${sslPort}` }),
    ...(saslSslPort === undefined ? {} : { saslSslBootstrapServers: `127.0.0.1:${saslSslPort}` }),
    pid,
    logFile,
    stop: () => stopChild(child),
  };
}

/** A quoted value for `--add-scram`, whose parser has no escapes: quotes and backslashes are refused. */
function scramValue(value: string): string {
  if (/["\\]/.test(value) || value === '') {
    throw new Error(
      'local broker SCRAM names and passwords must be non-empty, without quotes or backslashes',
    );
  }
  return `"${value}"`;
}

function stopPid(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}
