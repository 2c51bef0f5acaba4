/**
 * MSK IAM: a worker configured as Apache's aws-msk-iam-auth expects (`sasl.mechanism=AWS_MSK_IAM`) gets kafkajs'
 * OAUTHBEARER mechanism with a token from AWS's MSK signer — a SigV4-presigned `kafka-cluster:Connect` request for
 * the region, signed with the process's credentials. (No MSK broker runs here: the token's shape is checked, the
 * broker-side verification is Amazon's.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { internalClientSettings } from '../../../shared/adapters/kafka/client-config.ts';
import { loadSaslCredentials } from '../../../shared/runtime/kafka-credentials.ts';

const MSK_IAM = {
  'security.protocol': 'SASL_SSL',
  'sasl.mechanism': 'AWS_MSK_IAM',
  'sasl.jaas.config': 'software.amazon.msk.auth.iam.IAMLoginModule required;',
  'sasl.client.callback.handler.class': 'software.amazon.msk.auth.iam.IAMClientCallbackHandler',
};

const saved = { ...process.env };

describe('MSK IAM authentication', () => {
  afterEach(() => {
    process.env = { ...saved };
  });

  it('signs a kafka-cluster:Connect token for the region with the process credentials', async () => {
    Object.assign(process.env, {
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    });
    delete process.env.AWS_SESSION_TOKEN;
    delete process.env.AWS_PROFILE;
    expect(await loadSaslCredentials(MSK_IAM, {})).toBeUndefined();
    const settings = internalClientSettings(MSK_IAM);
    expect(settings.ssl).toBe(true);
    const sasl = settings.sasl as {
      mechanism: string;
      oauthBearerProvider: () => Promise<{ value: string }>;
    };
    expect(sasl.mechanism).toBe('oauthbearer');
    const { value } = await sasl.oauthBearerProvider();
    const url = new URL(Buffer.from(value, 'base64url').toString('utf8'));
    expect(url.host).toBe('kafka.eu-west-1.amazonaws.com');
    expect(url.searchParams.get('Action')).toBe('kafka-cluster:Connect');
    expect(url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(
      /^AKIDEXAMPLE\/\d{8}\/eu-west-1\/kafka-cluster\/aws4_request$/,
    );
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says which setting is missing when there is no region', () => {
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    expect(() => internalClientSettings(MSK_IAM)).toThrow(/AWS_REGION/);
  });
});
