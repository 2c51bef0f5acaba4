/**
 * The Kafka Connect REST API in the cloud: an API Gateway HTTP API whose `$default` route sends every path and method
 * to one Lambda function running the same Hono app as the local server (control-plane/lambda.ts). Callers
 * authenticate with IAM (SigV4-signed requests) unless a JWT issuer is configured.
 */

import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as authorizers from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CONTROL_PLANE_LAMBDA_ENTRY } from '../paths.ts';
import { VpcFunction } from './vpc-function.ts';

export interface JwtAuthorization {
  /** The token issuer URL (`iss`), e.g. https://cognito-idp.<region>.amazonaws.com/<pool-id>. */
  readonly issuer: string;
  /** Accepted audiences (`aud`, or `client_id` for Cognito access tokens). */
  readonly audience: readonly string[];
}

export interface ControlPlaneApiProps {
  readonly vpc: ec2.IVpc;
  /** Environment of the API function: worker properties (CONNECT_*) and Tributary settings. */
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetention: logs.RetentionDays;
  /** Used in descriptions and the API name so side-by-side clusters are told apart. */
  readonly clusterName: string;
  /**
   * Authorize callers with JWTs from this issuer instead of IAM.
   * @default IAM authorization (SigV4)
   */
  readonly jwt?: JwtAuthorization;
  /**
   * The handler module.
   * @default control-plane/lambda.ts
   */
  readonly entry?: string;
}

export class ControlPlaneApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly handler: VpcFunction;
  /** The API's base URL; it ends with a slash (`<url>connectors`). */
  readonly url: string;

  constructor(scope: Construct, id: string, props: ControlPlaneApiProps) {
    super(scope, id);
    this.handler = new VpcFunction(this, 'Handler', {
      entry: props.entry ?? CONTROL_PLANE_LAMBDA_ENTRY,
      description: `Tributary ${props.clusterName}: Kafka Connect REST API`,
      vpc: props.vpc,
      environment: props.environment,
      logRetention: props.logRetention,
    });

    const authorizer = props.jwt
      ? new authorizers.HttpJwtAuthorizer('JwtAuthorizer', props.jwt.issuer, {
          jwtAudience: [...props.jwt.audience],
        })
      : new authorizers.HttpIamAuthorizer();

    this.api = new apigw.HttpApi(this, 'HttpApi', {
      apiName: `tributary-${props.clusterName}`,
      description: `Tributary ${props.clusterName}: Kafka Connect REST API`,
      defaultIntegration: new integrations.HttpLambdaIntegration('Connect', this.handler.function),
      defaultAuthorizer: authorizer,
      createDefaultStage: false,
    });

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: props.logRetention });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            caller: '$context.identity.userArn',
            subject: '$context.authorizer.claims.sub',
            requestTime: '$context.requestTime',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    this.url = this.stage.url;
  }

  /** Lets an IAM principal call every route of the API (execute-api:Invoke); only meaningful with IAM auth. */
  grantInvoke(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['execute-api:Invoke'],
      resourceArns: [this.api.arnForExecuteApi()],
    });
  }
}
