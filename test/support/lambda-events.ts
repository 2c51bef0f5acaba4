/**
 * AWS event shapes for driving the Lambda handlers in tests as AWS would: API Gateway HTTP API (v2) and REST API
 * (v1) proxy events, an EventBridge scheduled event, and a Lambda context.
 */
import { randomUUID } from 'node:crypto';

export type Handler = (
  event: unknown,
  context: unknown,
) => Promise<{
  statusCode: number;
  body: string;
  headers?: Record<string, string>;
  isBase64Encoded?: boolean;
}>;

export function httpApiEvent(method: string, path: string, body?: unknown) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    cookies: [],
    headers: { 'content-type': 'application/json', host: 'abc123.execute-api.eu-west-1.amazonaws.com' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: `req-${Math.random()}`,
      routeKey: '$default',
      stage: '$default',
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
  };
}

export function restApiEvent(method: string, path: string) {
  return {
    resource: '/{proxy+}',
    path,
    httpMethod: method,
    headers: { 'content-type': 'application/json', Host: 'abc123.execute-api.eu-west-1.amazonaws.com' },
    multiValueHeaders: { 'content-type': ['application/json'] },
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: { proxy: path.slice(1) },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      httpMethod: method,
      identity: { sourceIp: '127.0.0.1', userAgent: 'vitest' },
      path: `/prod${path}`,
      protocol: 'HTTP/1.1',
      requestId: `req-${Math.random()}`,
      requestTimeEpoch: Date.now(),
      resourceId: 'res',
      resourcePath: '/{proxy+}',
      stage: 'prod',
    },
    body: null,
    isBase64Encoded: false,
  };
}

export const lambdaContext = {
  awsRequestId: 'test',
  functionName: 'tributary-api',
  getRemainingTimeInMillis: () => 30_000,
};

/** An EventBridge scheduled-rule event, as the scheduler's schedule delivers it. */
export function scheduledEvent(region = 'eu-west-1') {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '123456789012',
    time: new Date().toISOString(),
    region,
    resources: [`arn:aws:events:${region}:123456789012:rule/tributary-scheduler`],
    detail: {},
  };
}
