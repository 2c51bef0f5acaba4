/** The CDK app (`npx cdk synth`); it synthesizes offline, without an AWS account. */
import { App } from 'aws-cdk-lib';
import { TributaryStack } from '../lib/tributary-stack.ts';

const app = new App();
new TributaryStack(app, 'Tributary', { groupId: app.node.tryGetContext('groupId') ?? 'connect-cluster' });
app.synth();
