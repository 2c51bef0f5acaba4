/**
 * A Node 22 Lambda function in the cluster's VPC (it must reach Kafka), bundled locally by esbuild, with its own
 * log group and a role that holds only what every such function needs: writing its own logs and managing its VPC
 * network interfaces. Callers add their grants to `role`.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleLambda, LAMBDA_HANDLER } from '../bundle.ts';

export interface VpcFunctionProps {
  /** Absolute path of the handler module; it must export `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly vpc: ec2.IVpc;
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetention: logs.RetentionDays;
  /** @default 30 seconds */
  readonly timeout?: Duration;
  /** @default 1024 MiB */
  readonly memorySize?: number;
}

/** The runtime the project pins (toolchain.md): Node 22 LTS, the same major the bundles target. */
export const LAMBDA_RUNTIME = lambda.Runtime.NODEJS_22_X;

export class VpcFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly securityGroup: ec2.SecurityGroup;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: VpcFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
    });
    this.logGroup.grantWrite(this.role);

    // Lambda creates and deletes the function's network interfaces with the function's own role. These EC2 actions
    // are the ones AWSLambdaVPCAccessExecutionRole grants; Describe* cannot be scoped, and Lambda's documentation
    // asks for them on all resources.
    const vpcAccess = new iam.Policy(this, 'VpcAccess', {
      statements: [
        new iam.PolicyStatement({
          actions: [
            'ec2:CreateNetworkInterface',
            'ec2:DescribeNetworkInterfaces',
            'ec2:DescribeSubnets',
            'ec2:DeleteNetworkInterface',
            'ec2:AssignPrivateIpAddresses',
            'ec2:UnassignPrivateIpAddresses',
          ],
          resources: ['*'],
        }),
      ],
    });
    vpcAccess.attachToRole(this.role);
    Validations.of(vpcAccess).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Lambda manages the function’s VPC network interfaces with these EC2 actions; ec2:Describe* supports no ' +
        'resource-level permissions and the interfaces do not exist before Lambda creates them.',
    });

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `${props.description}: outbound to Kafka and AWS APIs; no inbound`,
      allowAllOutbound: true,
    });

    this.function = new lambda.Function(this, 'Function', {
      description: props.description,
      runtime: LAMBDA_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      handler: LAMBDA_HANDLER,
      code: lambda.Code.fromAsset(bundleLambda(props.entry)),
      role: this.role,
      logGroup: this.logGroup,
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [this.securityGroup],
      timeout: props.timeout ?? Duration.seconds(30),
      memorySize: props.memorySize ?? 1024,
      environment: { ...props.environment },
    });
    // The role must be able to create network interfaces before Lambda creates the function.
    this.function.node.addDependency(vpcAccess);
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node 22 is the LTS the project pins (reference/toolchain.md): the bundle targets node22 and every test runs ' +
        'on Node 22; the functions move to a newer runtime together with the project.',
    });
  }
}
