/**
 * Builds the DynamoDB client the adapters use. With an `endpoint` (DynamoDB Local, an emulator) it talks to
 * that endpoint with dummy credentials unless given real ones; without, the SDK's default region and credential
 * chain apply (ECS task role, Lambda role).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface DynamoClientOptions {
  /** e.g. http://127.0.0.1:8000 for DynamoDB Local. */
  readonly endpoint?: string;
  /** Defaults to the SDK's resolution (AWS_REGION), or us-east-1 with an endpoint. */
  readonly region?: string;
  /** How many attempts the SDK makes for throttled or failed calls (SDK default 3). */
  readonly maxAttempts?: number;
}

/** DynamoDB Local accepts any credentials whose access key has only letters and digits. */
const LOCAL_CREDENTIALS = { accessKeyId: 'tributarylocal', secretAccessKey: 'tributarylocal' };

export function createDynamoClient(options: DynamoClientOptions = {}): DynamoDBClient {
  if (options.endpoint) {
    return new DynamoDBClient({
      endpoint: options.endpoint,
      region: options.region ?? 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    });
  }
  return new DynamoDBClient({
    ...(options.region ? { region: options.region } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  });
}
