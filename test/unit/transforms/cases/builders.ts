/** Compact builders for JsonConverter envelopes used by the case tables. */

export type JsonSchema = Readonly<Record<string, unknown>>;

export const T = Object.freeze({
  int8: { type: 'int8', optional: false },
  int16: { type: 'int16', optional: false },
  int32: { type: 'int32', optional: false },
  int64: { type: 'int64', optional: false },
  float32: { type: 'float', optional: false },
  float64: { type: 'double', optional: false },
  boolean: { type: 'boolean', optional: false },
  string: { type: 'string', optional: false },
  bytes: { type: 'bytes', optional: false },
  optInt32: { type: 'int32', optional: true },
  optInt64: { type: 'int64', optional: true },
  optString: { type: 'string', optional: true },
  optFloat64: { type: 'double', optional: true },
  optBoolean: { type: 'boolean', optional: true },
  timestamp: { type: 'int64', optional: false, name: 'org.apache.kafka.connect.data.Timestamp', version: 1 },
  optTimestamp: {
    type: 'int64',
    optional: true,
    name: 'org.apache.kafka.connect.data.Timestamp',
    version: 1,
  },
  date: { type: 'int32', optional: false, name: 'org.apache.kafka.connect.data.Date', version: 1 },
  time: { type: 'int32', optional: false, name: 'org.apache.kafka.connect.data.Time', version: 1 },
});

export function decimal(scale: number, extra: JsonSchema = {}): JsonSchema {
  return {
    type: 'bytes',
    optional: false,
    name: 'org.apache.kafka.connect.data.Decimal',
    version: 1,
    parameters: { scale: String(scale) },
    ...extra,
  };
}

export function opt(schema: JsonSchema, extra: JsonSchema = {}): JsonSchema {
  return { ...schema, optional: true, ...extra };
}

export function withDefault(schema: JsonSchema, value: unknown): JsonSchema {
  return { ...schema, default: value };
}

export function struct(fields: Readonly<Record<string, JsonSchema>>, extra: JsonSchema = {}): JsonSchema {
  return {
    type: 'struct',
    fields: Object.entries(fields).map(([field, schema]) => ({ ...schema, field })),
    optional: false,
    ...extra,
  };
}

export function array(items: JsonSchema, extra: JsonSchema = {}): JsonSchema {
  return { type: 'array', items, optional: false, ...extra };
}

export function map(keys: JsonSchema, values: JsonSchema, extra: JsonSchema = {}): JsonSchema {
  return { type: 'map', keys, values, optional: false, ...extra };
}

/** An envelope with a schema; `payload` is JSON text when a string is given through `raw`. */
export function env(schema: JsonSchema | null, payload: unknown): string {
  return JSON.stringify({ schema, payload });
}

/** An envelope whose payload is given as raw JSON text (for exact numbers like 1.0 or 2^63-1). */
export function envRaw(schema: JsonSchema | null, payloadJson: string): string {
  return `{"schema":${JSON.stringify(schema)},"payload":${payloadJson}}`;
}

/** A schemaless envelope. */
export function noSchema(payloadJson: string): string {
  return `{"schema":null,"payload":${payloadJson}}`;
}
