/**
 * The executor id of an ECS task, one rule for both sides: the executor derives its own id from its task ARN (read
 * from the task metadata endpoint, executor/config.ts), and the scheduler's ECS adapter derives the id of each of the
 * service's tasks from theirs (ecs-fleet.ts). Kept free of the AWS SDK so the executor does not load it.
 */

/** The last part of a name-or-ARN (`arn:aws:ecs:…:task/cluster/0123abcd` → `0123abcd`). */
export function lastArnPart(nameOrArn: string): string {
  const slash = nameOrArn.lastIndexOf('/');
  return slash < 0 ? nameOrArn : nameOrArn.slice(slash + 1);
}

/** The default executor id of an ECS task: `executor-<task id>` (the task id is the last part of its ARN). */
export function executorIdOfTask(task: { readonly taskId: string }): string {
  return `executor-${task.taskId}`;
}

/** `executorIdOfTask` for a task ARN. */
export function executorIdOfTaskArn(taskArn: string): string {
  return executorIdOfTask({ taskId: lastArnPart(taskArn) });
}
