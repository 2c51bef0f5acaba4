/**
 * Environment variables the deployment sets that shared/runtime/env.ts does not name yet, because the code that
 * reads them (DynamoDB lease store, scheduler, ECS launcher, SASL credentials) is still being written. They belong
 * in `ENV` (shared/runtime/env.ts) — the lead moves them there, and this file then re-exports from `ENV`, so infra
 * and the runtime cannot drift. Until a name is read by the runtime, setting it has no effect.
 */
export const DEPLOY_ENV = {
  /** DynamoDB table of executor (and task) leases. */
  leaseTable: 'TRIBUTARY_LEASE_TABLE',
  /** DynamoDB table of the versioned assignment the scheduler writes. */
  assignmentTable: 'TRIBUTARY_ASSIGNMENT_TABLE',
  /** Name of the scheduler Lambda the control plane invokes after each config write ("nudge"). */
  schedulerFunction: 'TRIBUTARY_SCHEDULER_FUNCTION',
  /** ECS cluster and service whose desired count the scheduler sets (the ECS executor launcher). */
  ecsCluster: 'TRIBUTARY_ECS_CLUSTER',
  ecsService: 'TRIBUTARY_ECS_SERVICE',
  /** Bounds on the executor count and the number of tasks one executor should run. */
  minExecutors: 'TRIBUTARY_MIN_EXECUTORS',
  maxExecutors: 'TRIBUTARY_MAX_EXECUTORS',
  tasksPerExecutor: 'TRIBUTARY_TASKS_PER_EXECUTOR',
  /**
   * SASL username and password (SCRAM or PLAIN). Executors get the values injected by ECS from Secrets Manager;
   * Lambda functions get the secret's ARN and read it at cold start. The runtime builds `sasl.jaas.config` from
   * them (`org.apache.kafka.common.security.scram.ScramLoginModule required username="…" password="…";`, or
   * `org.apache.kafka.common.security.plain.PlainLoginModule …` for PLAIN).
   */
  kafkaSaslUsername: 'TRIBUTARY_KAFKA_SASL_USERNAME',
  kafkaSaslPassword: 'TRIBUTARY_KAFKA_SASL_PASSWORD',
  kafkaSaslSecretArn: 'TRIBUTARY_KAFKA_SASL_SECRET_ARN',
} as const;
