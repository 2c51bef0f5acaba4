/**
 * The extra connector checks of Apache's `DistributedHerder` (distributed mode only): a sink's consumer group
 * may not be the workers' group, and a source asking for `exactly.once.support=required` or
 * `transaction.boundary=connector` must be able to provide it.
 */
import { ConfigValue } from './config-def.ts';
import { ConnectorConfigKeys as K } from './connector-config.ts';
import { javaTrim } from './java-text.ts';

/** What a worker in distributed mode contributes to validation. */
export interface DistributedWorkerSettings {
  /** The worker's `group.id`. */
  readonly groupId: string;
  /** `exactly.once.source.support=enabled` on the worker. */
  readonly exactlyOnceSourceEnabled: boolean;
}

/** A source connector's answers to the exactly-once capability questions (Apache's enums; null = no answer). */
export type CapabilityAnswer = 'SUPPORTED' | 'UNSUPPORTED' | null;

export interface SourceCapabilities {
  /** `SourceConnector.exactlyOnceSupport(props)`; Apache's default answers null. */
  readonly exactlyOnceSupport?: (props: ReadonlyMap<string, string | null>) => CapabilityAnswer;
  /** `SourceConnector.canDefineTransactionBoundaries(props)`; Apache's default answers UNSUPPORTED. */
  readonly canDefineTransactionBoundaries?: (props: ReadonlyMap<string, string | null>) => CapabilityAnswer;
}

const CONSUMER_GROUP_ID_OVERRIDE = 'consumer.override.group.id';

/**
 * `validateSinkConnectorGroupId`: the sink's group (`connect-<name>`, or `consumer.override.group.id`) must differ
 * from the workers' group. Returns the keys it had to add to `validated`.
 */
export function checkSinkGroupId(
  raw: ReadonlyMap<string, string | null>,
  validated: Map<string, ConfigValue>,
  workerGroupId: string,
): string[] {
  const added: string[] = [];
  if (raw.has(CONSUMER_GROUP_ID_OVERRIDE)) {
    const groupId = raw.get(CONSUMER_GROUP_ID_OVERRIDE) ?? null;
    let value = validated.get(CONSUMER_GROUP_ID_OVERRIDE);
    if (value === undefined) {
      value = new ConfigValue(CONSUMER_GROUP_ID_OVERRIDE, groupId);
      validated.set(CONSUMER_GROUP_ID_OVERRIDE, value);
      added.push(CONSUMER_GROUP_ID_OVERRIDE);
    }
    if (groupId === workerGroupId) {
      value.addErrorMessage(`Consumer group ${groupId} conflicts with Connect worker group ${workerGroupId}`);
    }
  } else {
    const nameValue = validated.get(K.NAME);
    const name = nameValue?.value ?? null;
    if (nameValue !== undefined && `connect-${String(name)}` === workerGroupId) {
      nameValue.addErrorMessage(
        `Consumer group for sink connector named ${String(name)} conflicts with Connect worker group ${workerGroupId}`,
      );
    }
  }
  return added;
}

/** The "An unexpected error occurred during validation" message for a capability check that threw. */
function unexpectedError(e: unknown): string {
  const message = e instanceof Error ? e.message.trim() : '';
  return message.length > 0
    ? `An unexpected error occurred during validation: ${message}`
    : 'An unexpected error occurred during validation; please see the worker logs for more details.';
}

/** `validateSourceConnectorExactlyOnceSupport`. */
export function checkExactlyOnceSupport(
  raw: ReadonlyMap<string, string | null>,
  validated: Map<string, ConfigValue>,
  worker: DistributedWorkerSettings,
  capabilities: SourceCapabilities,
): void {
  const value = validated.get(K.EXACTLY_ONCE_SUPPORT);
  if (value === undefined || value.errorMessages.length > 0) return;
  if (String(value.value).toUpperCase().trim() !== 'REQUIRED') return;
  if (!worker.exactlyOnceSourceEnabled) {
    value.addErrorMessage('This worker does not have exactly-once source support enabled.');
  }
  try {
    const support = capabilities.exactlyOnceSupport ? capabilities.exactlyOnceSupport(raw) : null;
    if (support === null) {
      value.addErrorMessage(
        'The connector does not implement the API required for preflight validation of exactly-once source ' +
          'support. Please consult the documentation for the connector to determine whether it supports ' +
          'exactly-once semantics, and then consider reconfiguring the connector to use the value "requested" ' +
          'for this property (which will disable this preflight check and allow the connector to be created).',
      );
    } else if (support === 'UNSUPPORTED') {
      value.addErrorMessage(
        'The connector does not support exactly-once semantics with the provided configuration.',
      );
    }
  } catch (e) {
    value.addErrorMessage(unexpectedError(e));
  }
}

/** `validateSourceConnectorTransactionBoundary`. */
export function checkTransactionBoundary(
  raw: ReadonlyMap<string, string | null>,
  validated: Map<string, ConfigValue>,
  capabilities: SourceCapabilities,
): void {
  const value = validated.get(K.TRANSACTION_BOUNDARY);
  if (value === undefined || value.errorMessages.length > 0) return;
  if (String(value.value).toUpperCase().trim() !== 'CONNECTOR') return;
  try {
    const answer = capabilities.canDefineTransactionBoundaries
      ? capabilities.canDefineTransactionBoundaries(raw)
      : 'UNSUPPORTED';
    if (answer === null) {
      value.addErrorMessage(
        'This connector has returned a null value from its canDefineTransactionBoundaries method, which is not ' +
          'permitted. The connector will be treated as if it cannot define its own transaction boundaries, and ' +
          "cannot be configured with 'transaction.boundary' set to 'connector'.",
      );
    } else if (answer !== 'SUPPORTED') {
      value.addErrorMessage(
        'The connector does not support connector-defined transaction boundaries with the given configuration. ' +
          'Please reconfigure it to use a different transaction boundary definition.',
      );
    }
  } catch (e) {
    value.addErrorMessage(unexpectedError(e));
  }
}

/**
 * `DistributedHerder.connectorUsesSeparateOffsetsTopicClients`: a source with exactly-once enabled on the worker or
 * its own offsets topic also uses consumer and admin clients (so their overrides are validated).
 */
export function usesSeparateOffsetsTopicClients(
  raw: ReadonlyMap<string, string | null>,
  worker: DistributedWorkerSettings,
): boolean {
  if (worker.exactlyOnceSourceEnabled) return true;
  if (!raw.has(K.OFFSETS_TOPIC)) return false;
  const topic = raw.get(K.OFFSETS_TOPIC);
  // Apache trims the raw value without a null check, so a null offsets topic is not a config error there.
  if (topic === null || topic === undefined) throw new TypeError(`${K.OFFSETS_TOPIC} may not be null`);
  return javaTrim(topic).length > 0;
}
