/**
 * Amazon MSK IAM authentication for kafkajs. Apache Connect workers use the aws-msk-iam-auth library
 * (`sasl.mechanism=AWS_MSK_IAM`, `IAMLoginModule`); for non-Java clients AWS provides a signer whose token MSK's IAM
 * listeners (port 9098) accept over SASL/OAUTHBEARER, which kafkajs speaks. So a worker configured for
 * AWS_MSK_IAM gets an OAUTHBEARER mechanism whose token is a SigV4-presigned `kafka-cluster:Connect` request,
 * signed with the process's AWS credentials (the ECS task role, the Lambda role, or the environment) for the
 * region in AWS_REGION (set by ECS and Lambda).
 */

import { generateAuthToken } from 'aws-msk-iam-sasl-signer-js';
import type { OauthbearerProviderResponse, SASLOptions } from 'kafkajs';

type Env = Readonly<Record<string, string | undefined>>;

/** The kafkajs SASL options for MSK IAM; the token is generated on each (re)authentication. */
export function mskIamSasl(env: Env = process.env): SASLOptions {
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) {
    throw new Error('sasl.mechanism AWS_MSK_IAM needs the AWS region to sign with: set AWS_REGION');
  }
  return {
    mechanism: 'oauthbearer',
    oauthBearerProvider: async (): Promise<OauthbearerProviderResponse> => {
      const { token } = await generateAuthToken({ region });
      return { value: token };
    },
  };
}
