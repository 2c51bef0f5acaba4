/**
 * The CDK app (`npx cdk synth`, `npx cdk deploy`): one Tributary stack built from context parameters (see
 * docs/deploy.md), checked by cdk-nag's AWS Solutions rules. It synthesizes offline: Lambda handlers are bundled by
 * esbuild in-process and the executor image is only built by `cdk deploy`.
 */
import { Annotations, App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stackParameters } from '../lib/context.ts';
import { defaultSchedulerEntry } from '../lib/paths.ts';
import { TributaryStack } from '../lib/tributary-stack.ts';

const app = new App();
const { stackName, props, warnings } = stackParameters((key) => app.node.tryGetContext(key), process.env);
const schedulerEntry = defaultSchedulerEntry();
const stack = new TributaryStack(app, stackName, { ...props, ...(schedulerEntry ? { schedulerEntry } : {}) });
for (const warning of warnings) Annotations.of(stack).addWarningV2('tributary:parameters', warning);
if (!schedulerEntry) {
  Annotations.of(stack).addInfo(
    'No scheduler deployed: control-plane/scheduler-lambda.ts does not exist yet. The stack adds the scheduler ' +
      'once it does.',
  );
}
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
