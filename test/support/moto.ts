/**
 * Helpers for tests against moto's server (infra/local/moto.ts): the default network a Fargate task needs, and
 * pinning ECS task statuses (moto otherwise moves a task's status on with every DescribeTasks call).
 */

/** The region the ECS tests use. */
export const MOTO_REGION = 'us-east-1';
const REGION = MOTO_REGION;

/**
 * A default subnet and the default security group of the emulator's default VPC, read with EC2's query API (moto
 * checks no signature; the credential scope in the Authorization header routes the call to EC2). moto needs both
 * in a Fargate task's awsvpc configuration.
 */
export async function defaultNetwork(
  endpoint: string,
): Promise<{ subnets: string[]; securityGroups: string[] }> {
  const subnets = await ec2Ids(endpoint, 'DescribeSubnets', 'default-for-az', 'true', 'subnetId');
  const securityGroups = await ec2Ids(endpoint, 'DescribeSecurityGroups', 'group-name', 'default', 'groupId');
  if (subnets.length === 0 || securityGroups.length === 0) {
    throw new Error(`no default subnet or security group at ${endpoint}`);
  }
  return { subnets: subnets.slice(0, 1), securityGroups: securityGroups.slice(0, 1) };
}

async function ec2Ids(
  endpoint: string,
  action: string,
  filter: string,
  value: string,
  element: string,
): Promise<string[]> {
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      authorization: `AWS4-HMAC-SHA256 Credential=tributarylocal/20260101/${REGION}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: new URLSearchParams({
      Action: action,
      Version: '2016-11-15',
      'Filter.1.Name': filter,
      'Filter.1.Value.1': value,
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`EC2 ${action} at ${endpoint}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  return [...text.matchAll(new RegExp(`<${element}>([^<]+)</${element}>`, 'g'))].map((m) => m[1] ?? '');
}

/** Asks moto's state manager to keep ECS tasks in their status; false when the server is not moto. */
export async function pinTaskStatus(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}/moto-api/state-manager/set-transition`, {
      method: 'POST',
      body: JSON.stringify({
        model_name: 'ecs::task',
        transition: { progression: 'manual', times: 1_000_000 },
      }),
      signal: AbortSignal.timeout(5_000),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
