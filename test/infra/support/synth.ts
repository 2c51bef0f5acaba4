/**
 * Shared helpers of the infra tests: synthesizing stacks and reading the synthesized template.
 * Synthesis happens in-process and offline (esbuild bundles the handlers; the executor image is only staged).
 */
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { afterAll } from 'vitest';
import { removeBundles } from '../../../infra/lib/bundle.ts';
import { REPO_ROOT } from '../../../infra/lib/paths.ts';
import { TributaryStack, type TributaryStackProps } from '../../../infra/lib/tributary-stack.ts';

// Every test file that synthesizes imports this module: its Lambda bundles go when the file is done.
afterAll(removeBundles);

/** A handler module that stands in for control-plane/scheduler-lambda.ts until it exists. */
export const FIXTURE_SCHEDULER_ENTRY = join(REPO_ROOT, 'test/infra/fixtures/scheduler-handler.ts');

export const MSK_CLUSTER_ARN =
  'arn:aws:kafka:eu-west-1:123456789012:cluster/orders/0a1b2c3d-4e5f-6789-abcd-ef0123456789-2';
export const SCRAM_SECRET_ARN =
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:AmazonMSK_tributary-AbCdEf';
export const SCRAM_KEY_ARN = 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555';

export const BASE_PROPS: TributaryStackProps = {
  groupId: 'orders',
  bootstrapServers: 'b-1.kafka.internal:9092,b-2.kafka.internal:9092',
};

export interface Synthesized {
  readonly app: App;
  readonly stack: TributaryStack;
  readonly template: Template;
}

export function synthStack(props: Partial<TributaryStackProps> = {}, id = 'Tributary-orders'): Synthesized {
  const app = new App();
  const stack = new TributaryStack(app, id, { ...BASE_PROPS, ...props });
  return { app, stack, template: Template.fromStack(stack) };
}

/** A bare stack with a small VPC, for testing one construct on its own. */
export function constructStack(): { stack: Stack; vpc: ec2.Vpc } {
  const app = new App();
  const stack = new Stack(app, 'ConstructTest');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });
  return { stack, vpc };
}

type Json = Record<string, unknown>;

/** The resources of one type in a template, keyed by logical id. */
export function resourcesOf(template: Template, type: string): Record<string, Json> {
  return template.findResources(type) as Record<string, Json>;
}

export function propertiesOf(resource: Json): Json {
  return (resource.Properties ?? {}) as Json;
}

/** The only resource of a type (fails when there is not exactly one). */
export function onlyResource(template: Template, type: string): Json {
  const all = Object.values(resourcesOf(template, type));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0] as Json;
}

export interface Statement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: unknown;
}

/** Every IAM statement of the policies attached to the role with this logical id (inline AWS::IAM::Policy). */
export function statementsOfRole(template: Template, roleLogicalId: string): Statement[] {
  const out: Statement[] = [];
  for (const policy of Object.values(resourcesOf(template, 'AWS::IAM::Policy'))) {
    const props = propertiesOf(policy);
    const roles = (props.Roles ?? []) as unknown[];
    if (!roles.some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleLogicalId }))) continue;
    out.push(...((props.PolicyDocument as { Statement: Statement[] }).Statement ?? []));
  }
  return out;
}

export function actionsOf(statement: Statement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

export function resourcesOfStatement(statement: Statement): unknown[] {
  return Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
}

/** The logical id of the resource behind a construct (e.g. a Role's CfnRole). */
export function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(construct.node.defaultChild as never);
}

/** A Lambda function's environment variables, found by the logical id of its role. */
export function lambdaEnvironment(template: Template, functionLogicalId: string): Record<string, unknown> {
  const fn = resourcesOf(template, 'AWS::Lambda::Function')[functionLogicalId];
  if (!fn) throw new Error(`no function ${functionLogicalId}`);
  return (
    (propertiesOf(fn).Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {}
  );
}

/** The executor container definition of the (single) task definition. */
export function executorContainer(template: Template): Json {
  const taskDefinition = onlyResource(template, 'AWS::ECS::TaskDefinition');
  const containers = propertiesOf(taskDefinition).ContainerDefinitions as Json[];
  if (containers.length !== 1) throw new Error(`expected one container, found ${containers.length}`);
  return containers[0] as Json;
}

/** Name → value of a container's plain environment (values may be CloudFormation tokens). */
export function containerEnvironment(container: Json): Record<string, unknown> {
  const env = (container.Environment ?? []) as { Name: string; Value: unknown }[];
  return Object.fromEntries(env.map((e) => [e.Name, e.Value]));
}
