/**
 * Helpers for tests against moto's server (infra/local/moto.ts): the default network a Fargate task needs, an ECS
 * service of executors with running tasks, and pinning ECS task statuses (moto otherwise moves a task's status on
 * with every DescribeTasks call).
 */
import {
  CreateClusterCommand,
  CreateServiceCommand,
  type ECSClient,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
} from '@aws-sdk/client-ecs';

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

export interface MotoService {
  readonly family: string;
  readonly networkConfiguration: {
    awsvpcConfiguration: { subnets: string[]; securityGroups: string[]; assignPublicIp: 'DISABLED' };
  };
  /** The ARNs of the tasks started in the service's group. */
  readonly serviceTasks: string[];
}

/**
 * An ECS cluster with a Fargate executor task definition and service (`desiredCount`) in `network`
 * (`defaultNetwork`), and `taskCount` tasks started with RunTask in the service's group — moto's services start
 * none by themselves.
 */
export async function createMotoService(
  client: ECSClient,
  network: { subnets: string[]; securityGroups: string[] },
  options: { cluster: string; service: string; family: string; desiredCount: number; taskCount: number },
): Promise<MotoService> {
  const { cluster, service, family } = options;
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  await client.send(
    new RegisterTaskDefinitionCommand({
      family,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '512',
      memory: '1024',
      containerDefinitions: [
        { name: 'executor', image: 'tributary-executor:test', essential: true, cpu: 512, memory: 1024 },
      ],
    }),
  );
  const networkConfiguration = { awsvpcConfiguration: { ...network, assignPublicIp: 'DISABLED' as const } };
  await client.send(
    new CreateServiceCommand({
      cluster,
      serviceName: service,
      taskDefinition: family,
      desiredCount: options.desiredCount,
      launchType: 'FARGATE',
      networkConfiguration,
    }),
  );
  const serviceTasks: string[] = [];
  if (options.taskCount > 0) {
    const run = await client.send(
      new RunTaskCommand({
        cluster,
        taskDefinition: family,
        count: options.taskCount,
        launchType: 'FARGATE',
        group: `service:${service}`,
        startedBy: 'ecs-svc/1234567890',
        networkConfiguration,
      }),
    );
    serviceTasks.push(...(run.tasks ?? []).map((t) => t.taskArn ?? ''));
  }
  return { family, networkConfiguration, serviceTasks };
}
