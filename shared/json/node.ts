/**
 * A JSON tree shaped like Jackson's JsonNode as Kafka Connect uses it: integers and floating-point numbers are kept
 * apart (and integers keep full precision as bigint), objects keep their entry order, and Java-side kinds that
 * change how a value is written (float vs double, BigDecimal, binary) have their own variants.
 */

/** JSON null (Jackson NullNode). */
export interface JsonNull {
  readonly kind: 'null';
}

/** true / false (Jackson BooleanNode). */
export interface JsonBoolean {
  readonly kind: 'boolean';
  readonly value: boolean;
}

/** An integral number literal (Jackson IntNode / LongNode / BigIntegerNode), any size. */
export interface JsonInt {
  readonly kind: 'int';
  readonly value: bigint;
}

/**
 * A floating-point number. Written like Java's `Double.toString` (or `Float.toString` when `float32` is set).
 * `text` is the literal as it appeared in parsed input: it holds the exact decimal value (Jackson reads floats as
 * BigDecimal in JsonConverter), which `value` may have rounded.
 */
export interface JsonFloat {
  readonly kind: 'float';
  readonly value: number;
  readonly float32?: boolean;
  readonly text?: string;
}

/** An exact decimal (Jackson DecimalNode holding a BigDecimal): value = unscaled × 10^-scale. */
export interface JsonDecimal {
  readonly kind: 'decimal';
  readonly unscaled: bigint;
  readonly scale: number;
}

/** A string (Jackson TextNode). */
export interface JsonString {
  readonly kind: 'string';
  readonly value: string;
}

/** Bytes (Jackson BinaryNode): written as a base64 string. */
export interface JsonBinary {
  readonly kind: 'binary';
  readonly value: Uint8Array;
}

/** An array (Jackson ArrayNode). */
export interface JsonArray {
  readonly kind: 'array';
  readonly items: readonly JsonNode[];
}

/** An object (Jackson ObjectNode): entries in order, names unique. */
export interface JsonObject {
  readonly kind: 'object';
  readonly entries: readonly (readonly [string, JsonNode])[];
}

export type JsonNode =
  | JsonNull
  | JsonBoolean
  | JsonInt
  | JsonFloat
  | JsonDecimal
  | JsonString
  | JsonBinary
  | JsonArray
  | JsonObject;

/** The shared JSON null node. */
export const JSON_NULL: JsonNull = Object.freeze({ kind: 'null' });

/** Builds a boolean node. */
export function jsonBoolean(value: boolean): JsonBoolean {
  return { kind: 'boolean', value };
}

/** Builds an integer node from a bigint or a safe integer. */
export function jsonInt(value: bigint | number): JsonInt {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`jsonInt needs a safe integer, got ${value}`);
  }
  return { kind: 'int', value: BigInt(value) };
}

/** Builds a double node (written like Java's Double.toString). */
export function jsonDouble(value: number): JsonFloat {
  return { kind: 'float', value };
}

/** Builds a float node (written like Java's Float.toString of `Math.fround(value)`). */
export function jsonFloat32(value: number): JsonFloat {
  return { kind: 'float', value: Math.fround(value), float32: true };
}

/** Builds an exact decimal node (unscaled × 10^-scale). */
export function jsonDecimal(unscaled: bigint, scale: number): JsonDecimal {
  return { kind: 'decimal', unscaled, scale };
}

/** Builds a string node. */
export function jsonString(value: string): JsonString {
  return { kind: 'string', value };
}

/** Builds a binary node (written as base64). */
export function jsonBinary(value: Uint8Array): JsonBinary {
  return { kind: 'binary', value };
}

/** Builds an array node. */
export function jsonArray(items: readonly JsonNode[]): JsonArray {
  return { kind: 'array', items };
}

/**
 * Builds an object node from entries. A repeated name keeps its first position and takes the last value, as
 * Jackson's ObjectNode.set does.
 */
export function jsonObject(entries: Iterable<readonly [string, JsonNode]>): JsonObject {
  const byName = new Map<string, JsonNode>();
  for (const [name, value] of entries) byName.set(name, value);
  return { kind: 'object', entries: [...byName] };
}

/** The value of an object's field, or undefined when the node is not an object or has no such field. */
export function jsonField(node: JsonNode | undefined, name: string): JsonNode | undefined {
  if (node === undefined || node.kind !== 'object') return undefined;
  for (const [key, value] of node.entries) if (key === name) return value;
  return undefined;
}

/** Jackson's JsonNodeType name for a node ('MISSING' for an absent one), as used in Connect error messages. */
export function jsonNodeType(node: JsonNode | undefined): string {
  if (node === undefined) return 'MISSING';
  switch (node.kind) {
    case 'null':
      return 'NULL';
    case 'boolean':
      return 'BOOLEAN';
    case 'int':
    case 'float':
    case 'decimal':
      return 'NUMBER';
    case 'string':
      return 'STRING';
    case 'binary':
      return 'BINARY';
    case 'array':
      return 'ARRAY';
    case 'object':
      return 'OBJECT';
  }
}
