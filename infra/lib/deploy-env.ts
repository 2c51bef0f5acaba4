/**
 * Environment variables the deployment sets. The names the runtime reads are re-exported from `ENV`
 * (shared/runtime/env.ts), so infra and the runtime cannot drift; the rest are named here until the code that reads
 * them (the API's scheduler nudge) lands, and then move to `ENV` the same way. Until a name is read
 * by the runtime, setting it has no effect.
 */
import { ENV } from '../../shared/runtime/env.ts';

export const DEPLOY_ENV = {
  /** DynamoDB table of executor (and task) leases. */
  leaseTable: ENV.leaseTable,
  /** DynamoDB table of the versioned assignment the scheduler writes. */
  assignmentTable: ENV.assignmentTable,
  /** Name of the scheduler Lambda the control plane invokes after each config write ("nudge"). */
  schedulerFunction: 'TRIBUTARY_SCHEDULER_FUNCTION',
  /** ECS cluster and service whose desired count the scheduler sets (the ECS executor launcher). */
  ecsCluster: ENV.ecsCluster,
  ecsService: ENV.ecsService,
  /** Bounds on the executor count and the number of connectors + tasks one executor should run. */
  minExecutors: ENV.minExecutors,
  maxExecutors: ENV.maxExecutors,
  tasksPerExecutor: ENV.tasksPerExecutor,
  /**
   * SASL username and password (SCRAM or PLAIN). Executors get the values injected by ECS from Secrets Manager;
   * Lambda functions get the secret's ARN and read it at cold start. The runtime builds `sasl.jaas.config` from
   * them (`org.apache.kafka.common.security.scram.ScramLoginModule required username="…" password="…";`, or
   * `org.apache.kafka.common.security.plain.PlainLoginModule …` for PLAIN).
   */
  kafkaSaslUsername: ENV.kafkaSaslUsername,
  kafkaSaslPassword: ENV.kafkaSaslPassword,
  kafkaSaslSecretArn: ENV.kafkaSaslSecretArn,
} as const;
