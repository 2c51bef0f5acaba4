/**
 * Reading the Kafka SASL credentials from AWS Secrets Manager: the Lambda functions get only the secret's ARN
 * (Lambda has no secret injection, unlike ECS) and read it once, at cold start. The secret holds
 * `{"username": "…", "password": "…"}`, the format MSK requires for SCRAM secrets.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { z } from 'zod';
import type { SaslCredentials } from '../kafka/client-config.ts';

export interface SecretsClientOptions {
  /** An emulator (moto) endpoint; the SDK's default endpoint when omitted. */
  readonly endpoint?: string;
  /** Defaults to the SDK's resolution (AWS_REGION), or us-east-1 with an endpoint. */
  readonly region?: string;
}

/** Emulators accept any credentials. */
const LOCAL_CREDENTIALS = { accessKeyId: 'tributarylocal', secretAccessKey: 'tributarylocal' };

/**
 * The Secrets Manager client. With an `endpoint` it talks to that emulator with dummy credentials; without, the
 * SDK's default region and credential chain apply (the function's role).
 */
export function createSecretsClient(options: SecretsClientOptions = {}): SecretsManagerClient {
  return new SecretsManagerClient(
    options.endpoint
      ? { endpoint: options.endpoint, region: options.region ?? 'us-east-1', credentials: LOCAL_CREDENTIALS }
      : options.region
        ? { region: options.region }
        : {},
  );
}

const saslSecretSchema = z.object({ username: z.string().min(1), password: z.string().min(1) });

/**
 * The username and password in the secret `secretId` (an ARN or name). Errors name the secret and what is wrong
 * with it, never its value.
 */
export async function readSaslSecret(
  secretId: string,
  options: SecretsClientOptions & { readonly client?: SecretsManagerClient } = {},
): Promise<SaslCredentials> {
  const client = options.client ?? createSecretsClient(options);
  try {
    let secretString: string | undefined;
    try {
      secretString = (await client.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString;
    } catch (err) {
      throw new Error(`could not read the Kafka SASL secret ${secretId}: ${describe(err)}`, { cause: err });
    }
    if (secretString === undefined) {
      throw new Error(`the Kafka SASL secret ${secretId} has no string value (a binary secret?)`);
    }
    let json: unknown;
    try {
      json = JSON.parse(secretString);
    } catch {
      throw new Error(
        `the Kafka SASL secret ${secretId} is not JSON; it must be {"username": "…", "password": "…"}`,
      );
    }
    const parsed = saslSecretSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(
        `the Kafka SASL secret ${secretId} must be {"username": "…", "password": "…"} with both non-empty`,
      );
    }
    return { username: parsed.data.username, password: parsed.data.password };
  } finally {
    if (!options.client) client.destroy();
  }
}

function describe(err: unknown): string {
  if (err instanceof Error)
    return err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message;
  return String(err);
}
