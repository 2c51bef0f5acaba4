/** Where the deployables' sources live, relative to this file (synth runs from any working directory). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the Docker build context of the executor image and the esbuild working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The control plane's Lambda handler (the Hono app behind API Gateway). */
export const CONTROL_PLANE_LAMBDA_ENTRY = join(REPO_ROOT, 'control-plane/lambda.ts');

/** The scheduler's Lambda handler; the stack deploys a scheduler only once this file exists. */
export const SCHEDULER_LAMBDA_ENTRY = join(REPO_ROOT, 'control-plane/scheduler-lambda.ts');

/** The executor image's Dockerfile, relative to the build context (REPO_ROOT). */
export const EXECUTOR_DOCKERFILE = 'executor/Dockerfile';

/** The container health check script inside the executor image (path relative to the image's WORKDIR). */
export const EXECUTOR_HEALTHCHECK_SCRIPT = 'infra/docker/executor-healthcheck.ts';

/** The scheduler entry to deploy: the default handler when it exists, else none. */
export function defaultSchedulerEntry(): string | undefined {
  return existsSync(SCHEDULER_LAMBDA_ENTRY) ? SCHEDULER_LAMBDA_ENTRY : undefined;
}
