/**
 * The ECS executor fleet against a real AWS-protocol server: moto's server (infra/local/moto.ts), or the emulator
 * TRIBUTARY_AWS_ENDPOINT names. Each test creates its own cluster, Fargate task definition and service through the
 * SDK, then reads and sets the desired count, lists the service's tasks and stops one, checking what the server
 * then reports.
 *
 * moto's services start no tasks of their own, so the tasks a service would run are started with RunTask in the
 * service's group (`service:<name>`, the group ECS gives them); a task of another group checks that only the
 * service's tasks count.
 */

import { randomUUID } from 'node:crypto';
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  type ECSClient,
  RunTaskCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planScaling } from '../../control-plane/scheduler/scaling.ts';
import { type Moto, startMoto } from '../../infra/local/moto.ts';
import { createEcsClient, EcsExecutorFleet, executorIdOfTask } from '../../shared/adapters/ecs/ecs-fleet.ts';
import { FleetNotFoundError } from '../../shared/ports/executor-fleet.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { createMotoService, defaultNetwork, MOTO_REGION, pinTaskStatus } from '../support/moto.ts';

const REGION = MOTO_REGION;
const DEADLINE_MS = 15_000;

let moto: Moto;
let client: ECSClient;
let network: { subnets: string[]; securityGroups: string[] };
/** Whether moto's state manager keeps tasks in RUNNING (it advances lastStatus on every DescribeTasks by default). */
let statusPinned = false;

beforeAll(async () => {
  moto = await startMoto();
  client = createEcsClient({ endpoint: moto.endpoint, region: REGION });
  network = await defaultNetwork(moto.endpoint);
  statusPinned = await pinTaskStatus(moto.endpoint);
  if (moto.pid !== undefined && !statusPinned) throw new Error('moto refused the ecs::task state transition');
});

afterAll(async () => {
  client?.destroy();
  await moto?.stop();
});

interface ServiceFixture {
  readonly cluster: string;
  readonly service: string;
  readonly fleet: EcsExecutorFleet;
  /** The ARNs of the tasks started in the service's group. */
  readonly serviceTasks: string[];
  /** A task of the same cluster and task definition outside the service. */
  readonly otherTask: string;
}

/** A cluster with a Fargate service of `desiredCount` and `taskCount` tasks in the service's group. */
async function createService(desiredCount: number, taskCount: number): Promise<ServiceFixture> {
  const suffix = randomUUID().slice(0, 8);
  const cluster = `tributary-${suffix}`;
  const service = 'executors';
  const { family, networkConfiguration, serviceTasks } = await createMotoService(client, network, {
    cluster,
    service,
    family: `tributary-executor-${suffix}`,
    desiredCount,
    taskCount,
  });
  const other = await client.send(
    new RunTaskCommand({
      cluster,
      taskDefinition: family,
      count: 1,
      launchType: 'FARGATE',
      group: `family:${family}`,
      networkConfiguration,
    }),
  );
  const otherTask = other.tasks?.[0]?.taskArn ?? '';
  const fleet = new EcsExecutorFleet({ client, cluster, service });
  return { cluster, service, fleet, serviceTasks, otherTask };
}

describe('EcsExecutorFleet', () => {
  it('reads the service counts, sets the desired count and reads it back', async () => {
    const { fleet, cluster, service } = await createService(1, 0);
    expect((await fleet.size()).desiredCount).toBe(1);

    const answer = await fleet.setDesiredCount(3);
    expect(answer.desiredCount).toBe(3);
    const size = await waitFor(
      async () => {
        const s = await fleet.size();
        return s.desiredCount === 3 ? s : undefined;
      },
      DEADLINE_MS,
      'desired count 3',
    );
    expect(size.runningCount + size.pendingCount).toBeLessThanOrEqual(3);
    // The server's own record agrees.
    const described = await client.send(new DescribeServicesCommand({ cluster, services: [service] }));
    expect(described.services?.[0]?.desiredCount).toBe(3);

    // Idempotent, and down to zero is allowed.
    expect((await fleet.setDesiredCount(3)).desiredCount).toBe(3);
    expect((await fleet.setDesiredCount(0)).desiredCount).toBe(0);
    await waitFor(async () => (await fleet.size()).desiredCount === 0, DEADLINE_MS, 'desired count 0');
  });

  it('refuses a desired count that is not a non-negative integer, and changes nothing', async () => {
    const { fleet } = await createService(2, 0);
    await expect(fleet.setDesiredCount(-1)).rejects.toThrow(RangeError);
    await expect(fleet.setDesiredCount(1.5)).rejects.toThrow(RangeError);
    expect((await fleet.size()).desiredCount).toBe(2);
  });

  it("lists the service's tasks as members with their executor ids, and no other task", async () => {
    const { fleet, serviceTasks, otherTask, cluster } = await createService(2, 2);
    expect(serviceTasks).toHaveLength(2);
    const members = await fleet.members();
    expect(members.map((m) => m.memberId).sort()).toEqual([...serviceTasks].sort());
    expect(members.map((m) => m.memberId)).not.toContain(otherTask);
    const expectedIds = serviceTasks.map((arn) => executorIdOfTask({ taskId: arn.split('/').pop() ?? '' }));
    expect(members.map((m) => m.executorId)).toEqual([...expectedIds].sort());
    // The private addresses are the ones ECS gave the tasks' network interfaces.
    const described = await client.send(new DescribeTasksCommand({ cluster, tasks: serviceTasks }));
    for (const task of described.tasks ?? []) {
      const ip = task.attachments?.[0]?.details?.find((d) => d.name === 'privateIPv4Address')?.value;
      expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(members.find((m) => m.memberId === task.taskArn)?.privateIpv4Address).toBe(ip);
    }
    if (statusPinned) expect(members.map((m) => m.status)).toEqual(['RUNNING', 'RUNNING']);
  });

  it('maps tasks to executor ids with a custom function', async () => {
    const { cluster, service } = await createService(1, 1);
    const fleet = new EcsExecutorFleet({
      client,
      cluster,
      service,
      executorIdOf: (task) => `executor-${task.privateIpv4Address}`,
    });
    const [member] = await fleet.members();
    expect(member?.executorId).toBe(`executor-${member?.privateIpv4Address}`);
  });

  it('stops one executor with a reason; it leaves the members; stopping it again is a no-op', async () => {
    const { fleet, cluster, serviceTasks } = await createService(2, 2);
    const [victim, survivor] = await fleet.members();
    if (!victim || !survivor) throw new Error('expected two members');

    expect(await fleet.stopExecutor(victim.executorId, 'drained by the scheduler (scale-in)')).toBe(true);

    const stopped = await waitFor(
      async () => {
        const answer = await client.send(new DescribeTasksCommand({ cluster, tasks: [victim.memberId] }));
        const task = answer.tasks?.[0];
        return task?.desiredStatus === 'STOPPED' ? task : undefined;
      },
      DEADLINE_MS,
      `task ${victim.memberId} desired STOPPED`,
    );
    expect(stopped.stoppedReason).toBe('drained by the scheduler (scale-in)');
    const remaining = await waitFor(
      async () => {
        const members = await fleet.members();
        return members.length === 1 ? members : undefined;
      },
      DEADLINE_MS,
      'one member left',
    );
    expect(remaining.map((m) => m.executorId)).toEqual([survivor.executorId]);
    expect(serviceTasks).toContain(survivor.memberId);

    expect(await fleet.stopExecutor(victim.executorId, 'again')).toBe(false);
    expect(await fleet.stopExecutor('executor-no-such-task', 'nothing')).toBe(false);
    // The survivor was not touched.
    const answer = await client.send(new DescribeTasksCommand({ cluster, tasks: [survivor.memberId] }));
    expect(answer.tasks?.[0]?.desiredStatus).toBe('RUNNING');
  });

  it('carries out a scale-in plan: stops the drained executor and lowers the desired count', async () => {
    const { fleet } = await createService(3, 3);
    const members = await fleet.members();
    expect(members).toHaveLength(3);
    const [drained, ...busy] = members;
    if (!drained) throw new Error('expected members');
    // Work for two executors; the first one has already given up its work.
    const plan = planScaling({
      workUnits: 8,
      workPerExecutor: 4,
      minExecutors: 1,
      maxExecutors: 10,
      executors: [
        { executorId: drained.executorId, load: 0, state: 'drained' },
        ...busy.map((m) => ({ executorId: m.executorId, load: 4, state: 'active' as const })),
      ],
    });
    expect(plan).toMatchObject({ targetCount: 2, desiredCount: 2, stop: [drained.executorId] });

    for (const executorId of plan.stop) expect(await fleet.stopExecutor(executorId, 'scale-in')).toBe(true);
    await fleet.setDesiredCount(plan.desiredCount);

    await waitFor(async () => (await fleet.size()).desiredCount === 2, DEADLINE_MS, 'desired count 2');
    const left = await waitFor(
      async () => {
        const now = await fleet.members();
        return now.length === 2 ? now : undefined;
      },
      DEADLINE_MS,
      'two members left',
    );
    expect(left.map((m) => m.executorId)).toEqual(busy.map((m) => m.executorId));
  });

  it('reports a missing service or cluster as FleetNotFoundError', async () => {
    const { cluster } = await createService(1, 0);
    const noService = new EcsExecutorFleet({ client, cluster, service: 'no-such-service' });
    await expect(noService.size()).rejects.toThrow(FleetNotFoundError);
    await expect(noService.setDesiredCount(1)).rejects.toThrow(FleetNotFoundError);
    const noCluster = new EcsExecutorFleet({
      client,
      cluster: `missing-${randomUUID()}`,
      service: 'executors',
    });
    await expect(noCluster.size()).rejects.toThrow(FleetNotFoundError);
    await expect(noCluster.setDesiredCount(1)).rejects.toThrow(FleetNotFoundError);
    await expect(noCluster.members()).rejects.toThrow(FleetNotFoundError);
  });
});
