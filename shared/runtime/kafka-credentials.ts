/**
 * The connection settings of the worker's own Kafka clients (internal topics, admin) in a running process: the
 * worker properties' security settings, with the SASL credentials the deployment delivers outside the properties.
 * Executors get TRIBUTARY_KAFKA_SASL_USERNAME / TRIBUTARY_KAFKA_SASL_PASSWORD (ECS secrets); Lambda functions get
 * TRIBUTARY_KAFKA_SASL_SECRET_ARN and read the secret once, when the process (a cold start) builds its clients.
 */
import type { KafkaConfig } from 'kafkajs';
import { readSaslSecret } from '../adapters/aws/secrets.ts';
import {
  internalClientSettings,
  needsSaslCredentials,
  type SaslCredentials,
} from '../adapters/kafka/client-config.ts';
import { ENV } from './env.ts';

type Env = Readonly<Record<string, string | undefined>>;

export interface KafkaCredentialOptions {
  /** How a secret is read (default: Secrets Manager, at TRIBUTARY_AWS_ENDPOINT when that is set). */
  readonly readSecret?: (secretId: string) => Promise<SaslCredentials>;
}

/**
 * The SASL credentials the deployment delivered, when the worker properties need them (a SASL `security.protocol`
 * and `sasl.mechanism` without `sasl.jaas.config`); undefined when they do not, or when none were delivered. The
 * username and password variables win over the secret ARN; only one of the two variables is an error.
 */
export async function loadSaslCredentials(
  workerProps: Readonly<Record<string, string>>,
  env: Env,
  options: KafkaCredentialOptions = {},
): Promise<SaslCredentials | undefined> {
  if (!needsSaslCredentials(workerProps)) return undefined;
  const username = env[ENV.kafkaSaslUsername];
  const password = env[ENV.kafkaSaslPassword];
  if (username || password) {
    if (!username || !password) {
      throw new Error(`${ENV.kafkaSaslUsername} and ${ENV.kafkaSaslPassword} must be set together`);
    }
    return { username, password };
  }
  const secretArn = env[ENV.kafkaSaslSecretArn];
  if (!secretArn) return undefined;
  const endpoint = env[ENV.awsEndpoint];
  const read = options.readSecret ?? ((id: string) => readSaslSecret(id, endpoint ? { endpoint } : {}));
  return read(secretArn);
}

/**
 * kafkajs `ssl`/`sasl` (and request timeout) settings for the worker's own clients: what `createKafka`'s `extra`
 * takes. Throws, naming what is missing, when the properties ask for SASL and no credentials can be found.
 */
export async function internalKafkaSettings(
  workerProps: Readonly<Record<string, string>>,
  env: Env,
  options: KafkaCredentialOptions = {},
): Promise<Partial<KafkaConfig>> {
  return internalClientSettings(workerProps, await loadSaslCredentials(workerProps, env, options));
}
