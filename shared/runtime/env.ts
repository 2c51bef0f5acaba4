/**
 * Names of the environment variables Tributary's processes read; infra/ imports them when it sets the ECS and
 * Lambda environment, so the two sides cannot drift.
 */
export const ENV = {
  /** Path of a connect-distributed.properties-style file with the worker configuration. */
  workerProperties: 'TRIBUTARY_WORKER_PROPERTIES',
  /** This executor's worker id, as written in `worker_id` of its statuses. */
  executorId: 'TRIBUTARY_EXECUTOR_ID',
  /** This executor's number (0-based) and how many the local launcher started; the default id is `executor-<n>`. */
  executorIndex: 'TRIBUTARY_EXECUTOR_INDEX',
  executorCount: 'TRIBUTARY_EXECUTOR_COUNT',
  logLevel: 'TRIBUTARY_LOG_LEVEL',
  /** `true` for executors the local launcher starts: they stop when their parent process is gone. */
  exitWithParent: 'TRIBUTARY_EXIT_WITH_PARENT',
  /** Milliseconds an executor's graceful shutdown may take before it exits anyway (default 25000). */
  shutdownBudgetMs: 'TRIBUTARY_SHUTDOWN_BUDGET_MS',
  /** REST listener of the local control plane, `host:port` (default 127.0.0.1:8083). */
  restListener: 'TRIBUTARY_REST_LISTENER',
  /** How many executors `npm start` launches locally (default 2). */
  localExecutors: 'TRIBUTARY_LOCAL_EXECUTORS',
  /** An existing Kafka cluster for `npm start`; when unset, a local broker is started. */
  kafkaBootstrapServers: 'KAFKA_BOOTSTRAP_SERVERS',
  /** Folder for downloaded runtimes and local broker data (default <repo>/.cache). */
  cacheDir: 'TRIBUTARY_CACHE_DIR',
  /** Port of the executor's `GET /metrics` (Prometheus text) on 127.0.0.1; no metrics endpoint when unset. */
  metricsPort: 'TRIBUTARY_METRICS_PORT',
  /** DynamoDB endpoint (DynamoDB Local, an emulator); unset in AWS, where the SDK's default endpoint applies. */
  dynamodbEndpoint: 'DYNAMODB_ENDPOINT',
  /**
   * An AWS emulator endpoint for the APIs DynamoDB Local does not serve (ECS): a LocalStack or moto of the user's
   * own; when unset, the tests start moto (infra/local/moto.ts). Unset in AWS.
   */
  awsEndpoint: 'TRIBUTARY_AWS_ENDPOINT',
  /** `true`: the scheduler Lambda publishes the cluster's CloudWatch metrics after each round (set by the CDK app). */
  publishMetrics: 'TRIBUTARY_PUBLISH_METRICS',
  /** DynamoDB table of executor leases (membership). */
  leaseTable: 'TRIBUTARY_LEASE_TABLE',
  /** DynamoDB table of the versioned assignment the scheduler writes. */
  assignmentTable: 'TRIBUTARY_ASSIGNMENT_TABLE',
  /** How long one lease registration or renewal keeps an executor a member (ms, default 20000). */
  leaseDurationMs: 'TRIBUTARY_LEASE_DURATION_MS',
  /** Time between lease renewals and assignment reads (ms, default 3000). */
  heartbeatIntervalMs: 'TRIBUTARY_HEARTBEAT_INTERVAL_MS',
  /** An executor fences itself this long before its unrenewed lease expires (ms, default 7000). */
  fenceMarginMs: 'TRIBUTARY_FENCE_MARGIN_MS',
  /**
   * ECS cluster and service (names or ARNs) of the executors, whose desired count the scheduler Lambda sets. The
   * scheduler scales only when both are set (never locally).
   */
  ecsCluster: 'TRIBUTARY_ECS_CLUSTER',
  ecsService: 'TRIBUTARY_ECS_SERVICE',
  /** Bounds on the executor count the scheduler sets (integers, 0 ≤ min ≤ max; defaults 1 and 4). */
  minExecutors: 'TRIBUTARY_MIN_EXECUTORS',
  maxExecutors: 'TRIBUTARY_MAX_EXECUTORS',
  /** How many connectors + tasks one executor should run; the scheduler's target count (default 8). */
  tasksPerExecutor: 'TRIBUTARY_TASKS_PER_EXECUTOR',
  /**
   * Set by ECS in every container: the task metadata endpoint (v4). An executor without TRIBUTARY_EXECUTOR_ID
   * derives its id from it (`executor-<task id>`), the id the scheduler's ECS adapter expects.
   */
  ecsContainerMetadataUri: 'ECS_CONTAINER_METADATA_URI_V4',
  /**
   * Kafka SASL credentials (SCRAM or PLAIN) for the worker's own clients, when the worker properties name a
   * `sasl.mechanism` but hold no `sasl.jaas.config`: executors get the username and password (ECS injects them from
   * Secrets Manager), Lambda functions the secret's ARN (`{"username","password"}`), read at cold start.
   */
  kafkaSaslUsername: 'TRIBUTARY_KAFKA_SASL_USERNAME',
  kafkaSaslPassword: 'TRIBUTARY_KAFKA_SASL_PASSWORD',
  kafkaSaslSecretArn: 'TRIBUTARY_KAFKA_SASL_SECRET_ARN',
} as const;
