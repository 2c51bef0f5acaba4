import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, bundleLambda } from '../../infra/lib/bundle.ts';
import { ControlPlaneApi } from '../../infra/lib/constructs/control-plane-api.ts';
import { CONTROL_PLANE_LAMBDA_ENTRY, REPO_ROOT } from '../../infra/lib/paths.ts';
import {
  actionsOf,
  constructStack,
  logicalId,
  resourcesOfStatement,
  statementsOfRole,
} from './support/synth.ts';

function synth(jwt?: { issuer: string; audience: string[] }) {
  const { stack, vpc } = constructStack();
  const api = new ControlPlaneApi(stack, 'Api', {
    vpc,
    clusterName: 'orders',
    environment: { CONNECT_GROUP_ID: 'orders' },
    logRetention: RetentionDays.TWO_WEEKS,
    ...(jwt ? { jwt } : {}),
  });
  const caller = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
  api.grantInvoke(caller);
  return { stack, api, caller, template: Template.fromStack(stack) };
}

describe('ControlPlaneApi', () => {
  const { stack, api, caller, template } = synth();
  const roleId = logicalId(stack, api.handler.role);

  it('runs the Hono Lambda handler on nodejs22.x from a local esbuild bundle, inside the VPC', () => {
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Architectures: ['arm64'],
      Environment: { Variables: { CONNECT_GROUP_ID: 'orders' } },
      VpcConfig: { SubnetIds: Match.anyValue(), SecurityGroupIds: Match.anyValue() },
      LoggingConfig: { LogGroup: Match.anyValue() },
      FunctionName: Match.absent(),
    });
  });

  it('routes every path and method ($default) to the function, authorized by IAM', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$default',
      AuthorizationType: 'AWS_IAM',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
  });

  it('uses a JWT authorizer instead when an issuer is configured', () => {
    const issuer = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example';
    const jwt = synth({ issuer, audience: ['client-a', 'client-b'] }).template;
    jwt.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: issuer, Audience: ['client-a', 'client-b'] },
    });
    jwt.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default', AuthorizationType: 'JWT' });
  });

  it('writes access logs of the default stage to a log group with retention', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
      },
    });
    template.resourceCountIs('AWS::Logs::LogGroup', 2);
    template.allResourcesProperties('AWS::Logs::LogGroup', {
      RetentionInDays: 14,
      LogGroupName: Match.absent(),
    });
  });

  it('gives the function only its own log group and the VPC network-interface actions', () => {
    const statements = statementsOfRole(template, roleId);
    const logs = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
    expect(logs.length).toBeGreaterThan(0);
    for (const statement of logs) {
      for (const resource of resourcesOfStatement(statement))
        expect(JSON.stringify(resource)).toContain('Logs');
    }
    const wildcard = statements.filter((s) => resourcesOfStatement(s).includes('*'));
    expect(wildcard.flatMap(actionsOf).sort()).toEqual([
      'ec2:AssignPrivateIpAddresses',
      'ec2:CreateNetworkInterface',
      'ec2:DeleteNetworkInterface',
      'ec2:DescribeNetworkInterfaces',
      'ec2:DescribeSubnets',
      'ec2:UnassignPrivateIpAddresses',
    ]);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })],
      },
      ManagedPolicyArns: Match.absent(),
    });
  });

  it('grants callers execute-api:Invoke on this API only', () => {
    const statements = statementsOfRole(template, logicalId(stack, caller));
    expect(statements).toHaveLength(1);
    expect(statements[0]?.Action).toBe('execute-api:Invoke');
    expect(JSON.stringify(statements[0]?.Resource)).toContain(
      stack.getLogicalId(api.api.node.defaultChild as never),
    );
  });
});

describe('Lambda bundling', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('produces a loadable ESM bundle that exports the control plane handler', async () => {
    const dir = bundleLambda(CONTROL_PLANE_LAMBDA_ENTRY);
    const bundle = await import(join(dir, BUNDLE_FILE));
    expect(typeof bundle.handler).toBe('function');
    expect(typeof bundle.shutdown).toBe('function');
    // kafkajs ships beside the bundle, with its record encoder replaced so null header values can be sent.
    const requireFromBundle = createRequire(join(dir, BUNDLE_FILE));
    const encodeRecord = requireFromBundle('kafkajs/src/protocol/recordBatch/record/v0/index.js') as (
      record: unknown,
    ) => { buffer: Buffer };
    expect(encodeRecord({ key: null, value: null, headers: { h: null } }).buffer.length).toBeGreaterThan(0);
  });

  it('bundles byte-for-byte the same output wherever it is written, so asset hashes are stable', async () => {
    const a = await mkdtemp(join(tmpdir(), 'bundle-a-'));
    const b = await mkdtemp(join(tmpdir(), 'bundle-b-x-'));
    dirs.push(a, b);
    bundleLambda(CONTROL_PLANE_LAMBDA_ENTRY, a);
    bundleLambda(CONTROL_PLANE_LAMBDA_ENTRY, b);
    const [first, second] = await Promise.all([
      readFile(join(a, BUNDLE_FILE)),
      readFile(join(b, BUNDLE_FILE)),
    ]);
    expect(first.equals(second)).toBe(true);
    const text = first.toString();
    for (const machinePath of [a, REPO_ROOT]) expect(text).not.toContain(machinePath);
  });
});
