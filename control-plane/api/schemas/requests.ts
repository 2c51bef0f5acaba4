/**
 * Request bodies, read the way Apache's Jackson provider reads them: scalars in a `Map<String,String>` become
 * strings (5 → "5", true → "true"), JSON null stays null, objects/arrays where a string belongs and unknown
 * properties are errors. Apache answers those deserialization errors with 500 and Jackson's message; so do we,
 * with the same wording where it matters.
 */
import { BadRequestError, ConnectError } from '../../../shared/domain/errors.ts';
import type { InitialState } from '../../herder/entities.ts';

const CREATE_REQUEST_CLASS = 'org.apache.kafka.connect.runtime.rest.entities.CreateConnectorRequest';

/**
 * JSON.parse with Apache's failure mode (a 500 carrying the parser's complaint). An empty body reads as null, as
 * Jackson gives the resource a null entity.
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConnectError(`Unexpected character in JSON body: ${(err as Error).message}`);
  }
}

/** How Jackson names the JSON token it could not bind, in its "Cannot deserialize …" messages. */
function jacksonTokenName(value: unknown): string {
  if (Array.isArray(value)) return 'Array value (token `JsonToken.START_ARRAY`)';
  if (value !== null && typeof value === 'object') return 'Object value (token `JsonToken.START_OBJECT`)';
  if (typeof value === 'string') return 'String value (token `JsonToken.VALUE_STRING`)';
  if (typeof value === 'boolean')
    return `Boolean value (token \`JsonToken.VALUE_${value ? 'TRUE' : 'FALSE'}\`)`;
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? 'Integer value (token `JsonToken.VALUE_NUMBER_INT`)'
      : 'Floating-point value (token `JsonToken.VALUE_NUMBER_FLOAT`)';
  }
  return 'value';
}

/** A JSON object as `Map<String,String>` (values may be null). */
export function readStringMap(
  value: unknown,
  what = 'java.util.LinkedHashMap<java.lang.String,java.lang.String>',
): Record<string, string | null> | null {
  if (value === null) return null;
  if (typeof value === 'string') {
    // Jackson tries a String-argument creator before giving up on a map.
    throw new ConnectError(
      `Cannot construct instance of \`java.util.LinkedHashMap\` (although at least one Creator exists): no String-argument constructor/factory method to deserialize from String value ('${value}')`,
    );
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConnectError(`Cannot deserialize value of type \`${what}\` from ${jacksonTokenName(value)}`);
  }
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null) out[k] = null;
    else if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    else
      throw new ConnectError(
        `Cannot deserialize value of type \`java.lang.String\` from ${jacksonTokenName(v)}`,
      );
  }
  return out;
}

export interface CreateConnectorRequest {
  name: string | null;
  config: Record<string, string | null> | null;
  initialState: InitialState | null;
}

const KNOWN_CREATE_FIELDS = ['name', 'config', 'initial_state'];
const INITIAL_STATES: readonly string[] = ['RUNNING', 'PAUSED', 'STOPPED'];

/** A config map the resource then dereferences: Apache fails on a null one with Java's NPE text. */
export function requireConfigMap(
  config: Record<string, string | null> | null,
): Record<string, string | null> {
  if (config === null) {
    throw new ConnectError('Cannot invoke "java.util.Map.get(Object)" because "connectorConfig" is null');
  }
  return config;
}

export function readCreateConnectorRequest(body: unknown): CreateConnectorRequest {
  if (body === null) {
    throw new ConnectError(`Cannot invoke "${CREATE_REQUEST_CLASS}.name()" because "createRequest" is null`);
  }
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new ConnectError(
      `Cannot deserialize value of type \`${CREATE_REQUEST_CLASS}\` from ${jacksonTokenName(body)}`,
    );
  }
  const fields = body as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!KNOWN_CREATE_FIELDS.includes(key)) {
      throw new ConnectError(
        `Unrecognized field "${key}" (class ${CREATE_REQUEST_CLASS}), not marked as ignorable (3 known properties: "config", "name", "initial_state"])`,
      );
    }
  }
  const rawName = fields.name;
  let name: string | null = null;
  if (typeof rawName === 'string') name = rawName;
  else if (typeof rawName === 'number' || typeof rawName === 'boolean') name = String(rawName);
  else if (rawName !== null && rawName !== undefined) {
    throw new ConnectError(
      `Cannot deserialize value of type \`java.lang.String\` from ${jacksonTokenName(rawName)}`,
    );
  }
  const config = fields.config === undefined ? null : readStringMap(fields.config);
  let initialState: InitialState | null = null;
  const rawState = fields.initial_state;
  if (rawState !== undefined && rawState !== null) {
    const upper = String(rawState).toUpperCase();
    if (typeof rawState !== 'string' || !INITIAL_STATES.includes(upper)) {
      throw new ConnectError(
        `Cannot construct instance of \`${CREATE_REQUEST_CLASS}$InitialState\`, problem: No enum constant ${CREATE_REQUEST_CLASS}.InitialState.${upper}`,
      );
    }
    initialState = upper as InitialState;
  }
  return { name, config, initialState };
}

const OFFSETS_CLASS = 'org.apache.kafka.connect.runtime.rest.entities.ConnectorOffsets';
const OFFSET_CLASS = 'org.apache.kafka.connect.runtime.rest.entities.ConnectorOffset';

export interface ConnectorOffsetsRequest {
  offsets: Array<{ partition: Record<string, unknown>; offset: Record<string, unknown> | null }>;
}

function readObjectMap(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConnectError(
      `Cannot deserialize value of type \`java.util.LinkedHashMap<java.lang.String,java.lang.Object>\` from ${jacksonTokenName(value)}`,
    );
  }
  return value as Record<string, unknown>;
}

/**
 * The body of PATCH /connectors/{name}/offsets: `{"offsets": [{"partition": {...}, "offset": {...} | null}]}`.
 * A missing or empty list is Apache's 400; shapes Jackson cannot bind are its 500s.
 */
export function readConnectorOffsets(body: unknown): ConnectorOffsetsRequest {
  if (body === null) {
    throw new ConnectError(`Cannot invoke "${OFFSETS_CLASS}.offsets()" because "offsets" is null`);
  }
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new ConnectError(
      `Cannot deserialize value of type \`${OFFSETS_CLASS}\` from ${jacksonTokenName(body)}`,
    );
  }
  const fields = body as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (key !== 'offsets') {
      throw new ConnectError(
        `Unrecognized field "${key}" (class ${OFFSETS_CLASS}), not marked as ignorable (one known property: "offsets"])`,
      );
    }
  }
  const list = fields.offsets;
  if (list === undefined || list === null || (Array.isArray(list) && list.length === 0)) {
    throw new BadRequestError('Partitions / offsets need to be provided for an alter offsets request');
  }
  if (!Array.isArray(list)) {
    throw new ConnectError(
      `Cannot deserialize value of type \`java.util.ArrayList<${OFFSET_CLASS}>\` from ${jacksonTokenName(list)}`,
    );
  }
  return {
    offsets: list.map((entry) => {
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        throw new ConnectError(
          `Cannot deserialize value of type \`${OFFSET_CLASS}\` from ${jacksonTokenName(entry)}`,
        );
      }
      const { partition, offset, ...rest } = entry as Record<string, unknown>;
      const unknown = Object.keys(rest)[0];
      if (unknown !== undefined) {
        throw new ConnectError(
          `Unrecognized field "${unknown}" (class ${OFFSET_CLASS}), not marked as ignorable (2 known properties: "offset", "partition"])`,
        );
      }
      return {
        partition: readObjectMap(partition) as Record<string, unknown>,
        offset: readObjectMap(offset),
      };
    }),
  };
}
