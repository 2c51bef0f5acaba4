/**
 * `ExecutorFleet` over an ECS service (Fargate in the cloud), with @aws-sdk/client-ecs:
 * - `size` is DescribeServices; `setDesiredCount` is UpdateService with only `desiredCount`;
 * - `members` is ListTasks (the service's tasks whose desired status is RUNNING, all pages) + DescribeTasks (in
 *   chunks of 100), keeping the tasks whose `group` is `service:<service name>` — ECS gives every task a service
 *   starts that group; the check also keeps the answer right where ListTasks' `serviceName` filter is ignored
 *   (moto);
 * - `stopExecutor` is StopTask with a reason, for the task of that executor id.
 *
 * Executor ids: by default a task's executor id is `executor-<ECS task id>` (the last part of its ARN,
 * executor-id.ts), the id an executor on ECS registers its lease under when TRIBUTARY_EXECUTOR_ID is not set (it
 * reads its task ARN from the task metadata endpoint, ECS_CONTAINER_METADATA_URI_V4/task; executor/config.ts). Pass
 * `executorIdOf` to map tasks to ids differently.
 *
 * Not used: UpdateTaskProtection (task scale-in protection), which moto does not implement (see the scale-in
 * protocol in shared/ports/executor-fleet.ts).
 */
import {
  ClusterNotFoundException,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
  ServiceNotActiveException,
  ServiceNotFoundException,
  StopTaskCommand,
  type Task,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import {
  type ExecutorFleet,
  type FleetMember,
  FleetNotFoundError,
  type FleetSize,
} from '../../ports/executor-fleet.ts';
import { executorIdOfTask, lastArnPart } from './executor-id.ts';

export { executorIdOfTask } from './executor-id.ts';

export interface EcsClientOptions {
  /** An emulator's endpoint (moto, LocalStack), e.g. http://127.0.0.1:5000; unset in AWS. */
  readonly endpoint?: string;
  /** Defaults to the SDK's resolution (AWS_REGION), or us-east-1 with an endpoint. */
  readonly region?: string;
  /** How many attempts the SDK makes for throttled or failed calls (SDK default 3). */
  readonly maxAttempts?: number;
}

/** Emulators accept any credentials. */
const LOCAL_CREDENTIALS = { accessKeyId: 'tributarylocal', secretAccessKey: 'tributarylocal' };

/**
 * The ECS client the adapter uses. With an `endpoint` it talks to that emulator with dummy credentials; without,
 * the SDK's default region and credential chain apply (the scheduler Lambda's role).
 */
export function createEcsClient(options: EcsClientOptions = {}): ECSClient {
  return new ECSClient({
    ...(options.endpoint
      ? { endpoint: options.endpoint, region: options.region ?? 'us-east-1', credentials: LOCAL_CREDENTIALS }
      : options.region
        ? { region: options.region }
        : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  });
}

/** What `executorIdOf` gets to decide a task's executor id from. */
export interface EcsTaskIdentity {
  readonly taskArn: string;
  /** The last part of the task ARN. */
  readonly taskId: string;
  readonly privateIpv4Address: string | undefined;
  readonly privateDnsName: string | undefined;
}

export interface EcsExecutorFleetOptions {
  readonly client: ECSClient;
  /** Cluster name or ARN. */
  readonly cluster: string;
  /** Service name or ARN. */
  readonly service: string;
  /** A task's executor id; `executor-<task id>` by default. */
  readonly executorIdOf?: (task: EcsTaskIdentity) => string;
}

/** ECS limits a StopTask reason to 255 characters. */
const MAX_REASON_LENGTH = 255;
/** DescribeTasks takes at most 100 tasks per call. */
const DESCRIBE_CHUNK = 100;

export class EcsExecutorFleet implements ExecutorFleet {
  readonly #client: ECSClient;
  readonly #cluster: string;
  readonly #service: string;
  readonly #group: string;
  readonly #executorIdOf: (task: EcsTaskIdentity) => string;

  constructor(options: EcsExecutorFleetOptions) {
    this.#client = options.client;
    this.#cluster = options.cluster;
    this.#service = options.service;
    this.#group = `service:${lastArnPart(options.service)}`;
    this.#executorIdOf = options.executorIdOf ?? executorIdOfTask;
  }

  async size(): Promise<FleetSize> {
    const answer = await this.#call(() =>
      this.#client.send(new DescribeServicesCommand({ cluster: this.#cluster, services: [this.#service] })),
    );
    const service = answer.services?.[0];
    if (!service || service.status === 'INACTIVE') {
      const reason = answer.failures?.[0]?.reason ?? service?.status ?? 'not found';
      throw new FleetNotFoundError(`ECS service ${this.#service} in cluster ${this.#cluster}: ${reason}`);
    }
    return counts(service);
  }

  async setDesiredCount(count: number): Promise<FleetSize> {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`desired count must be a non-negative integer, got ${count}`);
    }
    const answer = await this.#call(() =>
      this.#client.send(
        new UpdateServiceCommand({ cluster: this.#cluster, service: this.#service, desiredCount: count }),
      ),
    );
    if (!answer.service) throw new Error(`UpdateService of ${this.#service} answered without a service`);
    return counts(answer.service);
  }

  async members(): Promise<FleetMember[]> {
    const tasks = await this.#runningTasks();
    return tasks
      .map((task) => toMember(task, this.#executorIdOf))
      .sort((a, b) => compare(a.executorId, b.executorId) || compare(a.memberId, b.memberId));
  }

  async stopExecutor(executorId: string, reason: string): Promise<boolean> {
    const member = (await this.members()).find((m) => m.executorId === executorId);
    if (!member) return false;
    await this.#call(() =>
      this.#client.send(
        new StopTaskCommand({
          cluster: this.#cluster,
          task: member.memberId,
          reason: reason.slice(0, MAX_REASON_LENGTH),
        }),
      ),
    );
    return true;
  }

  /** The service's tasks with desired status RUNNING, described. */
  async #runningTasks(): Promise<Task[]> {
    const arns: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.#call(() =>
        this.#client.send(
          new ListTasksCommand({
            cluster: this.#cluster,
            serviceName: lastArnPart(this.#service),
            desiredStatus: 'RUNNING',
            ...(nextToken ? { nextToken } : {}),
          }),
        ),
      );
      arns.push(...(page.taskArns ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
    const tasks: Task[] = [];
    for (let i = 0; i < arns.length; i += DESCRIBE_CHUNK) {
      const answer = await this.#call(() =>
        this.#client.send(
          new DescribeTasksCommand({ cluster: this.#cluster, tasks: arns.slice(i, i + DESCRIBE_CHUNK) }),
        ),
      );
      // A task listed a moment ago may be gone now (reported in failures): it is not running any more.
      tasks.push(...(answer.tasks ?? []));
    }
    return tasks.filter((task) => task.group === this.#group && task.desiredStatus === 'RUNNING');
  }

  /** Runs one ECS call, turning "no such cluster or service" into `FleetNotFoundError`. */
  async #call<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (err) {
      if (
        err instanceof ClusterNotFoundException ||
        err instanceof ServiceNotFoundException ||
        err instanceof ServiceNotActiveException
      ) {
        throw new FleetNotFoundError(
          `ECS service ${this.#service} in cluster ${this.#cluster}: ${err.name}: ${err.message}`,
          { cause: err },
        );
      }
      throw err;
    }
  }
}

function counts(service: { desiredCount?: number; runningCount?: number; pendingCount?: number }): FleetSize {
  return {
    desiredCount: service.desiredCount ?? 0,
    runningCount: service.runningCount ?? 0,
    pendingCount: service.pendingCount ?? 0,
  };
}

function toMember(task: Task, executorIdOf: (task: EcsTaskIdentity) => string): FleetMember {
  const taskArn = task.taskArn ?? '';
  const eni = task.attachments?.find((a) => a.type === 'ElasticNetworkInterface');
  const detail = (name: string) => eni?.details?.find((d) => d.name === name)?.value;
  const privateIpv4Address = detail('privateIPv4Address');
  const identity: EcsTaskIdentity = {
    taskArn,
    taskId: lastArnPart(taskArn),
    privateIpv4Address,
    privateDnsName: detail('privateDnsName'),
  };
  return {
    executorId: executorIdOf(identity),
    memberId: taskArn,
    status: task.lastStatus ?? 'UNKNOWN',
    privateIpv4Address,
    startedAtMs: task.startedAt?.getTime(),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
