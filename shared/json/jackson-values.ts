/**
 * Jackson's JsonNode value accessors (intValue, longValue, floatValue, doubleValue, booleanValue, textValue,
 * binaryValue, decimalValue, asText, isInt ...) with their exact Java semantics, which JsonConverter relies on when
 * it reads a payload against a schema: numbers are truncated and wrapped like Java casts, non-numbers read as 0,
 * non-strings as null. Floating literals read by the parser are BigDecimals (Connect enables
 * USE_BIG_DECIMAL_FOR_FLOATS), so their exact text is used.
 */
import { decodeJacksonBase64, encodeBase64 } from './base64.ts';
import { type DecimalParts, decimalToDouble, decimalToIntBits, parseDecimalText } from './decimal-text.ts';
import { bigintToFloat32, decimalToFloat32 } from './float32.ts';
import { javaBigDecimalToString, javaDoubleToString, javaFloatToString } from './java-number-format.ts';
import type { JsonFloat, JsonNode } from './node.ts';

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;

/** The exact decimal a float node stands for, or undefined for a node built from a double without text. */
function floatDecimal(node: JsonFloat): DecimalParts | undefined {
  return node.text === undefined ? undefined : parseDecimalText(node.text);
}

/** Java's saturating (long) cast of a double, as bigint. */
function doubleToLong(value: number): bigint {
  if (Number.isNaN(value)) return 0n;
  if (value >= 2 ** 63) return 2n ** 63n - 1n;
  if (value <= -(2 ** 63)) return -(2n ** 63n);
  return BigInt(Math.trunc(value));
}

/** Java's saturating (int) cast of a double. */
function doubleToInt(value: number): number {
  if (Number.isNaN(value)) return 0;
  if (value >= 2147483647) return 2147483647;
  if (value <= -2147483648) return -2147483648;
  return Math.trunc(value);
}

/** True for any number node (JsonNode.isNumber). */
export function isNumberNode(node: JsonNode | undefined): boolean {
  return node !== undefined && (node.kind === 'int' || node.kind === 'float' || node.kind === 'decimal');
}

/** True for an integer node of any size (JsonNode.isIntegralNumber). */
export function isIntegralNode(node: JsonNode | undefined): boolean {
  return node !== undefined && node.kind === 'int';
}

/** True for an integer that fits in a Java int (Jackson reads those as IntNode; JsonNode.isInt). */
export function isIntNode(node: JsonNode | undefined): boolean {
  return node !== undefined && node.kind === 'int' && node.value >= INT_MIN && node.value <= INT_MAX;
}

/** JsonNode.intValue(): the number cast to a Java int (truncated, low 32 bits); 0 for non-numbers. */
export function jacksonIntValue(node: JsonNode | undefined): number {
  if (node === undefined) return 0;
  switch (node.kind) {
    case 'int':
      return Number(BigInt.asIntN(32, node.value));
    case 'float': {
      const decimal = floatDecimal(node);
      return decimal ? Number(decimalToIntBits(decimal, 32)) : doubleToInt(node.value);
    }
    case 'decimal':
      return Number(decimalToIntBits(node, 32));
    default:
      return 0;
  }
}

/** JsonNode.longValue(): the number cast to a Java long (truncated, low 64 bits); 0 for non-numbers. */
export function jacksonLongValue(node: JsonNode | undefined): bigint {
  if (node === undefined) return 0n;
  switch (node.kind) {
    case 'int':
      return BigInt.asIntN(64, node.value);
    case 'float': {
      const decimal = floatDecimal(node);
      return decimal ? decimalToIntBits(decimal, 64) : doubleToLong(node.value);
    }
    case 'decimal':
      return decimalToIntBits(node, 64);
    default:
      return 0n;
  }
}

/** JsonNode.doubleValue(): the nearest double; 0 for non-numbers. */
export function jacksonDoubleValue(node: JsonNode | undefined): number {
  if (node === undefined) return 0;
  switch (node.kind) {
    case 'int':
      return Number(node.value);
    case 'float': {
      const decimal = floatDecimal(node);
      return decimal ? decimalToDouble(decimal, node.text) : node.value;
    }
    case 'decimal':
      return decimalToDouble(node);
    default:
      return 0;
  }
}

/** JsonNode.floatValue(): the nearest float (correctly rounded); 0 for non-numbers. */
export function jacksonFloatValue(node: JsonNode | undefined): number {
  if (node === undefined) return 0;
  switch (node.kind) {
    case 'int':
      return bigintToFloat32(node.value);
    case 'float': {
      const decimal = floatDecimal(node);
      return decimal ? decimalToFloat32(decimal) : Math.fround(node.value);
    }
    case 'decimal':
      return decimalToFloat32(node);
    default:
      return 0;
  }
}

/** JsonNode.decimalValue(): the exact decimal of a number node; 0 for non-numbers. */
export function jacksonDecimalValue(node: JsonNode | undefined): DecimalParts {
  if (node === undefined) return { unscaled: 0n, scale: 0 };
  switch (node.kind) {
    case 'int':
      return { unscaled: node.value, scale: 0 };
    case 'float': {
      const parts = floatDecimal(node) ?? parseDecimalText(javaDoubleToString(node.value));
      return parts ?? { unscaled: 0n, scale: 0 };
    }
    case 'decimal':
      return { unscaled: node.unscaled, scale: node.scale };
    default:
      return { unscaled: 0n, scale: 0 };
  }
}

/** JsonNode.booleanValue(): the boolean, or false for anything else. */
export function jacksonBooleanValue(node: JsonNode | undefined): boolean {
  return node !== undefined && node.kind === 'boolean' && node.value;
}

/** JsonNode.textValue(): the string, or null for anything else. */
export function jacksonTextValue(node: JsonNode | undefined): string | null {
  return node !== undefined && node.kind === 'string' ? node.value : null;
}

/**
 * JsonNode.binaryValue(): a binary node's bytes, a string node's base64-decoded bytes (throws Base64DecodeError
 * on bad base64), or null for anything else.
 */
export function jacksonBinaryValue(node: JsonNode | undefined): Uint8Array | null {
  if (node === undefined) return null;
  if (node.kind === 'binary') return node.value;
  if (node.kind === 'string') return decodeJacksonBase64(node.value);
  return null;
}

/** JsonNode.asText(): a string rendering of scalars ("" for containers). */
export function jacksonAsText(node: JsonNode): string {
  switch (node.kind) {
    case 'null':
      return 'null';
    case 'boolean':
      return node.value ? 'true' : 'false';
    case 'int':
      return node.value.toString();
    case 'float':
      return node.float32 ? javaFloatToString(node.value) : javaDoubleToString(node.value);
    case 'decimal':
      return javaBigDecimalToString(node.unscaled, node.scale);
    case 'string':
      return node.value;
    case 'binary':
      return encodeBase64(node.value);
    case 'array':
    case 'object':
      return '';
  }
}

/** Number of entries of a container node (JsonNode.size()); 0 for scalars. */
export function jacksonSize(node: JsonNode | undefined): number {
  if (node === undefined) return 0;
  if (node.kind === 'array') return node.items.length;
  if (node.kind === 'object') return node.entries.length;
  return 0;
}

/** The child nodes a Java `for (JsonNode x : node)` loop visits: array items, object values, nothing else. */
export function jacksonElements(node: JsonNode | undefined): readonly JsonNode[] {
  if (node === undefined) return [];
  if (node.kind === 'array') return node.items;
  if (node.kind === 'object') return node.entries.map(([, value]) => value);
  return [];
}
