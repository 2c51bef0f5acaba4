/**
 * The fleet of executors as the scheduler scales it: a service that keeps `desiredCount` executors running (an ECS
 * Fargate service in the cloud), whose members can be listed and stopped one by one. The scheduler derives the
 * count from the load (control-plane/scheduler/scaling.ts) and sets it here; it never starts an executor itself.
 *
 * Scale-in protocol (the service must not choose which executors stop, because it cannot know which hold work):
 * 1. the scheduler marks the executors to remove as draining, and the assignor moves their work away;
 * 2. once an executor is drained (its revocations confirmed), the scheduler calls `stopExecutor` for it and, in the
 *    same pass, `setDesiredCount` to the plan's `desiredCount`, which counts every executor not stopped — so the
 *    service has nothing left to stop on its own. On ECS there is a short window between the two calls in which
 *    the service may start a replacement for the stopped task; lowering the count then removes an executor that
 *    has not registered yet (or, rarely, a running one, which drains on SIGTERM: more movement, never lost work).
 *    ECS task scale-in protection would close that window; moto (the test emulator) does not implement it yet.
 *
 * Executor ids: every member has the executor id it registers its lease with. How an id is derived from the
 * service's own record of the member (for ECS: the task) is the adapter's to define and document.
 */

/** The service's counts, as its control plane reports them. */
export interface FleetSize {
  /** How many executors the service keeps running. */
  readonly desiredCount: number;
  /** How many run now (on ECS: tasks in RUNNING). */
  readonly runningCount: number;
  /** How many are starting (on ECS: PENDING). */
  readonly pendingCount: number;
}

/** One member of the service that is meant to run (not stopped, not being stopped). */
export interface FleetMember {
  /** The id it registers its lease with. */
  readonly executorId: string;
  /** The service's own id of the member (for ECS: the task ARN). */
  readonly memberId: string;
  /** The service's view of its life cycle (for ECS: the task's lastStatus, e.g. PROVISIONING, PENDING, RUNNING). */
  readonly status: string;
  /** Its private address, when the service has given it one. */
  readonly privateIpv4Address: string | undefined;
  /** When it started running (ms since the Unix epoch), when known. */
  readonly startedAtMs: number | undefined;
}

/** The service (or its cluster) does not exist. */
export class FleetNotFoundError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'FleetNotFoundError';
  }
}

/** Implementations: `EcsExecutorFleet` (an ECS service, shared/adapters/ecs/ecs-fleet.ts). */
export interface ExecutorFleet {
  /**
   * The service's desired, running and pending counts.
   *
   * Consistency: what the service's control plane reports now; on ECS eventually consistent — a count just set
   * may take a moment to show, and running/pending follow the desired count only as executors start and stop.
   * Idempotent (a read). Errors: `FleetNotFoundError`; other failures of the service API propagate.
   */
  size(): Promise<FleetSize>;

  /**
   * Sets the number of executors the service keeps running (a non-negative integer); returns the counts the
   * service reported in its answer.
   *
   * Consistency: the service starts or stops executors after the call returns, at its own pace; when lowered, it
   * chooses which to stop itself (see the scale-in protocol above). Concurrent callers: the last write wins.
   * Idempotent: setting the current count again changes nothing.
   * Errors: `RangeError` for a count that is not a non-negative integer (nothing is sent); `FleetNotFoundError`;
   * other failures (throttling after the SDK's retries, permissions) propagate.
   */
  setDesiredCount(count: number): Promise<FleetSize>;

  /**
   * The members meant to run — starting or running, not stopped or being stopped — sorted by executor id.
   *
   * Consistency: eventually consistent (on ECS a task stopped a moment ago may still be listed, and one just
   * started may not be yet). Idempotent (a read). Errors: `FleetNotFoundError`; other failures propagate.
   */
  members(): Promise<FleetMember[]>;

  /**
   * Stops the member whose executor id is `executorId` (on ECS: StopTask, whose `reason` shows in the console
   * and in DescribeTasks' stoppedReason; the executor gets SIGTERM, then SIGKILL after the task's stop timeout).
   * Call it only for a drained executor. Resolves `true` if a member was asked to stop, `false` if none with that
   * id is meant to run (never existed, or already stopped or stopping).
   *
   * Consistency: the member stops after the call returns; the service then starts a replacement unless the desired
   * count is lowered too (the scale-in protocol). Idempotent: stopping a stopped member resolves `false`.
   * Errors: `FleetNotFoundError`; other failures propagate.
   */
  stopExecutor(executorId: string, reason: string): Promise<boolean>;
}
