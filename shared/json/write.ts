/**
 * Compact JSON output byte-identical to Jackson's default writer as Kafka Connect uses it.
 */
import { encodeBase64 } from './base64.ts';
import { javaBigDecimalToString, javaDoubleToString, javaFloatToString } from './java-number-format.ts';
import type { JsonNode } from './node.ts';

const HEX = '0123456789ABCDEF';
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be escaped
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  8: '\\b',
  9: '\\t',
  10: '\\n',
  12: '\\f',
  13: '\\r',
  34: '\\"',
  92: '\\\\',
};

/**
 * A JSON string literal as Jackson writes it: `"` and `\` escaped, control characters as \b \t \n \f \r or
 * \u00XX, every UTF-16 surrogate (even a valid pair, e.g. an emoji) as \uXXXX with upper-case hex, everything
 * else (including non-ASCII, DEL, U+2028) raw.
 */
export function quoteJsonString(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  let out = '"';
  let runStart = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x20 && code !== 0x22 && code !== 0x5c && (code < 0xd800 || code > 0xdfff)) continue;
    out += value.slice(runStart, i);
    out +=
      SHORT_ESCAPES[code] ??
      `\\u${HEX[(code >> 12) & 0xf]}${HEX[(code >> 8) & 0xf]}${HEX[(code >> 4) & 0xf]}${HEX[code & 0xf]}`;
    runStart = i + 1;
  }
  return `${out + value.slice(runStart)}"`;
}

function numberLiteral(text: string, value: number): string {
  // Jackson quotes non-finite numbers (QUOTE_NON_NUMERIC_NUMBERS is on by default): NaN -> "NaN".
  return Number.isFinite(value) ? text : `"${text}"`;
}

function write(node: JsonNode, out: string[]): void {
  switch (node.kind) {
    case 'null':
      out.push('null');
      return;
    case 'boolean':
      out.push(node.value ? 'true' : 'false');
      return;
    case 'int':
      out.push(node.value.toString());
      return;
    case 'float':
      out.push(
        numberLiteral(
          node.float32 ? javaFloatToString(node.value) : javaDoubleToString(node.value),
          node.value,
        ),
      );
      return;
    case 'decimal':
      out.push(javaBigDecimalToString(node.unscaled, node.scale));
      return;
    case 'string':
      out.push(quoteJsonString(node.value));
      return;
    case 'binary':
      out.push(`"${encodeBase64(node.value)}"`);
      return;
    case 'array': {
      out.push('[');
      let first = true;
      for (const item of node.items) {
        if (!first) out.push(',');
        first = false;
        write(item, out);
      }
      out.push(']');
      return;
    }
    case 'object': {
      out.push('{');
      let first = true;
      for (const [name, value] of node.entries) {
        if (!first) out.push(',');
        first = false;
        out.push(quoteJsonString(name), ':');
        write(value, out);
      }
      out.push('}');
      return;
    }
  }
}

/** Compact JSON text of the node, as Jackson's ObjectMapper writes it (no whitespace). */
export function writeJsonNode(node: JsonNode): string {
  const out: string[] = [];
  write(node, out);
  return out.join('');
}

/** The UTF-8 bytes of writeJsonNode(node), i.e. what Jackson's writeValueAsBytes produces. */
export function writeJsonNodeUtf8(node: JsonNode): Uint8Array {
  // Every surrogate is escaped, so the text has no lone surrogates and encodes losslessly (Node's encoder: faster
  // than TextEncoder for record-sized text).
  return Buffer.from(writeJsonNode(node), 'utf8');
}
