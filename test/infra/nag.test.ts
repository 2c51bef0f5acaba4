import { App, Stack, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TributaryStack, type TributaryStackProps } from '../../infra/lib/tributary-stack.ts';
import {
  BASE_PROPS,
  FIXTURE_SCHEDULER_ENTRY,
  MSK_CLUSTER_ARN,
  SCRAM_KEY_ARN,
  SCRAM_SECRET_ARN,
} from './support/synth.ts';

/** Configurations that together create every resource and every acknowledgement the stack can have. */
const CONFIGURATIONS: Record<string, Partial<TributaryStackProps>> = {
  defaults: {},
  'MSK IAM, scheduler, JWT': {
    schedulerEntry: FIXTURE_SCHEDULER_ENTRY,
    kafkaAuth: { type: 'msk-iam', clusterArn: MSK_CLUSTER_ARN },
    jwt: { issuer: 'https://issuer.example.com', audience: ['tributary'] },
  },
  'SCRAM, scheduler, Kafka security group, alarm topic': {
    schedulerEntry: FIXTURE_SCHEDULER_ENTRY,
    bootstrapServers: 'b-1.kafka.internal:9096',
    kafkaAuth: {
      type: 'sasl',
      mechanism: 'SCRAM-SHA-512',
      secretArn: SCRAM_SECRET_ARN,
      secretKmsKeyArn: SCRAM_KEY_ARN,
    },
    kafkaSecurityGroupId: 'sg-0123456789abcdef0',
    alarmTopicArn: 'arn:aws:sns:eu-west-1:123456789012:alarms',
  },
};

function build(props: Partial<TributaryStackProps>): TributaryStack {
  return new TributaryStack(new App(), 'Tributary-orders', { ...BASE_PROPS, ...props });
}

interface Acknowledgement {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

/** The cdk-nag acknowledgements recorded on a construct tree. */
function acknowledgements(scope: IConstruct): Acknowledgement[] {
  const out: Acknowledgement[] = [];
  for (const construct of scope.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [key, reason] of Object.entries(entry.data as Record<string, string>)) {
        const id = key.replace(/^annotation::/i, '');
        if (id.startsWith('AwsSolutions-')) out.push({ path: construct.node.path, id, reason });
      }
    }
  }
  return out;
}

describe('cdk-nag AwsSolutions checks', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  for (const [name, props] of Object.entries(CONFIGURATIONS)) {
    it(`report no unacknowledged finding (${name})`, () => {
      const report = new AwsSolutionsChecks().validateScope(build(props));
      expect(
        report.violations.map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath)}`),
      ).toEqual([]);
      expect(report.success).toBe(true);
    });

    it(`acknowledge only real findings, on the constructs that have them, with a reason (${name})`, () => {
      const acknowledged = acknowledgements(build(props));
      expect(acknowledged.length).toBeGreaterThan(0);
      // The same stack with acknowledge() disabled shows what each acknowledgement hides.
      vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation(() => undefined);
      const findings = new AwsSolutionsChecks()
        .validateScope(build(props))
        .violations.flatMap((v) =>
          v.violatingResources.map((r) => ({ id: v.ruleName, path: r.constructPath ?? '' })),
        );
      for (const ack of acknowledged) {
        const hidden = findings.filter(
          (f) => f.id === ack.id && (f.path === ack.path || f.path.startsWith(`${ack.path}/`)),
        );
        expect(hidden.length, `${ack.id} on ${ack.path} hides no finding`).toBeGreaterThan(0);
        expect(ack.reason.length, `${ack.id} on ${ack.path} needs a real reason`).toBeGreaterThan(60);
        // Narrow: acknowledged on a construct below the stack, never on the stack or app.
        expect(ack.path.split('/').length, `${ack.id} is acknowledged too broadly`).toBeGreaterThan(1);
      }
    });
  }

  it('do report findings on a non-compliant resource (the check is not vacuous)', () => {
    const stack = new Stack(new App(), 'Probe');
    new dynamodb.Table(stack, 'NoRecovery', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    });
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(report.violations.map((v) => v.ruleName)).toContain('AwsSolutions-DDB3');
  });
});
