/**
 * A JSON parser that keeps what JSON.parse loses: integer vs floating literals, integers of any size (bigint),
 * the exact text of floating literals, and object entry order. It accepts what Jackson's UTF-8 parser accepts as
 * Kafka Connect's JsonDeserializer configures it (leading zeros allowed, nesting depth <= 1000, numbers <= 1000
 * digits, a repeated object name keeps its first position and takes the last value) and rejects the rest with a
 * JsonParseError that says what and where.
 */
import type { JsonNode } from './node.ts';

/** Malformed JSON input. `offset` is the byte offset of the problem; line and column are 1-based. */
export class JsonParseError extends Error {
  override readonly name = 'JsonParseError';
  readonly offset: number;
  readonly line: number;
  readonly column: number;

  constructor(message: string, offset: number, line: number, column: number) {
    super(`${message} (line ${line}, column ${column})`);
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
}

export interface ParseJsonOptions {
  /**
   * Ignore whatever follows the first complete value, as Jackson's ObjectMapper.readTree does by default (a
   * root-level number or literal must still be followed by white space or the end). Default: false, trailing
   * content is an error.
   */
  readonly allowTrailingContent?: boolean;
}

/** Jackson's StreamReadConstraints defaults. */
const MAX_NESTING_DEPTH = 1000;
const MAX_NUMBER_LENGTH = 1000;

const encoder = new TextEncoder();

/**
 * Parses one JSON value from text or UTF-8 bytes into a JsonNode. Throws JsonParseError on malformed input,
 * including empty input.
 */
export function parseJsonNode(input: string | Uint8Array, options: ParseJsonOptions = {}): JsonNode {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  const parser = new Utf8JsonParser(bytes);
  const node = parser.parseDocument(options.allowTrailingContent ?? false);
  if (node === undefined) throw parser.error('No content to map due to end-of-input', bytes.length);
  return node;
}

/**
 * Like parseJsonNode on UTF-8 bytes, but returns undefined when the input holds only white space (Jackson's
 * MissingNode) instead of failing.
 */
export function parseJsonNodeOrEmpty(
  bytes: Uint8Array,
  options: ParseJsonOptions = {},
): JsonNode | undefined {
  return new Utf8JsonParser(bytes).parseDocument(options.allowTrailingContent ?? false);
}

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

/** Bytes that continue a bare word (Java identifier parts, approximated: ASCII letters, digits, _ $, non-ASCII). */
function isWordByte(b: number): boolean {
  return (
    (b >= 0x30 && b <= 0x39) ||
    (b >= 0x41 && b <= 0x5a) ||
    (b >= 0x61 && b <= 0x7a) ||
    b === 0x5f ||
    b === 0x24 ||
    b >= 0x80
  );
}

function describeByte(b: number): string {
  if (b < 0x20) return `(CTRL-CHAR, code ${b})`;
  if (b >= 0x80) return `(byte 0x${b.toString(16)})`;
  return `('${String.fromCharCode(b)}' (code ${b}))`;
}

class Utf8JsonParser {
  private readonly bytes: Uint8Array;
  private readonly buffer: Buffer;
  private pos = 0;
  private depth = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  error(message: string, offset = this.pos): JsonParseError {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, this.bytes.length);
    for (let i = 0; i < end; i++) {
      if (this.bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    return new JsonParseError(message, offset, line, offset - lineStart + 1);
  }

  parseDocument(allowTrailing: boolean): JsonNode | undefined {
    this.skipWhitespace();
    if (this.pos >= this.bytes.length) return undefined;
    const node = this.parseValue(true);
    if (!allowTrailing) {
      this.skipWhitespace();
      if (this.pos < this.bytes.length) {
        throw this.error(`Unexpected character ${describeByte(this.peek())}: expected end of input`);
      }
    }
    return node;
  }

  private peek(): number {
    return this.bytes[this.pos] ?? -1;
  }

  private skipWhitespace(): void {
    const bytes = this.bytes;
    while (this.pos < bytes.length) {
      const b = bytes[this.pos] as number;
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) this.pos++;
      else if (b < 0x20) {
        throw this.error(
          `Illegal character ${describeByte(b)}: only regular white space (\\r, \\n, \\t) is allowed between tokens`,
        );
      } else return;
    }
  }

  private parseValue(root: boolean): JsonNode {
    const b = this.peek();
    switch (b) {
      case 0x7b:
        return this.parseObject();
      case 0x5b:
        return this.parseArray();
      case 0x22:
        return { kind: 'string', value: this.parseString() };
      case 0x74:
        this.parseLiteral('true');
        return { kind: 'boolean', value: true };
      case 0x66:
        this.parseLiteral('false');
        return { kind: 'boolean', value: false };
      case 0x6e:
        this.parseLiteral('null');
        return { kind: 'null' };
      default:
        if (b === 0x2d || isDigit(b)) return this.parseNumber(root);
        if (b < 0) throw this.error('Unexpected end-of-input: expected a value');
        if (b === 0x5d || b === 0x7d || b === 0x2c) {
          throw this.error(`Unexpected character ${describeByte(b)}: expected a value`);
        }
        if (isWordByte(b)) throw this.unrecognizedToken(this.pos);
        throw this.error(
          `Unexpected character ${describeByte(b)}: expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`,
        );
    }
  }

  private unrecognizedToken(start: number): JsonParseError {
    let end = start;
    while (end < this.bytes.length && isWordByte(this.bytes[end] as number) && end - start < 256) end++;
    if (end === start) end = start + 1;
    const token = this.buffer.toString('utf8', start, end);
    const hint = /^-?(NaN|Infinity)$/.test(token)
      ? 'Non-standard token (NaN and Infinity are not JSON)'
      : "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')";
    return this.error(`Unrecognized token '${token}': ${hint}`, start);
  }

  private parseLiteral(word: string): void {
    const start = this.pos;
    for (let i = 0; i < word.length; i++) {
      if (this.bytes[start + i] !== word.charCodeAt(i)) throw this.unrecognizedToken(start);
    }
    this.pos = start + word.length;
    const next = this.peek();
    if (next >= 0 && isWordByte(next)) throw this.unrecognizedToken(start);
  }

  private parseNumber(root: boolean): JsonNode {
    const bytes = this.bytes;
    const start = this.pos;
    if (bytes[this.pos] === 0x2d) {
      this.pos++;
      if (!isDigit(this.peek())) {
        if (this.peek() === 0x49 || this.peek() === 0x4e) throw this.unrecognizedToken(start);
        throw this.error(
          this.pos >= bytes.length
            ? 'Unexpected end-of-input in a number'
            : `Unexpected character ${describeByte(this.peek())} in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value`,
        );
      }
    }
    const intStart = this.pos;
    while (isDigit(this.peek())) this.pos++;
    let significant = this.pos - intStart;
    for (let i = intStart; i < this.pos - 1 && bytes[i] === 0x30; i++) significant--;
    let isFloat = false;
    let extra = 0;
    if (this.peek() === 0x2e) {
      isFloat = true;
      this.pos++;
      const fracStart = this.pos;
      while (isDigit(this.peek())) this.pos++;
      if (this.pos === fracStart) {
        throw this.error(this.numberProblem('Decimal point not followed by a digit'));
      }
      extra += this.pos - fracStart;
    }
    if (this.peek() === 0x65 || this.peek() === 0x45) {
      isFloat = true;
      this.pos++;
      if (this.peek() === 0x2b || this.peek() === 0x2d) this.pos++;
      const expStart = this.pos;
      while (isDigit(this.peek())) this.pos++;
      if (this.pos === expStart) {
        throw this.error(this.numberProblem('Exponent indicator not followed by a digit'));
      }
      extra += this.pos - expStart;
    }
    const length = significant + extra;
    if (length > MAX_NUMBER_LENGTH) {
      throw this.error(
        `Number value length (${length}) exceeds the maximum allowed (${MAX_NUMBER_LENGTH})`,
        start,
      );
    }
    if (root && this.pos < bytes.length) {
      const next = bytes[this.pos] as number;
      if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) {
        throw this.error(
          `Unexpected character ${describeByte(next)}: Expected space separating root-level values`,
        );
      }
    }
    const text = this.buffer.toString('latin1', start, this.pos);
    if (!isFloat) return { kind: 'int', value: BigInt(text) };
    return { kind: 'float', value: Number(text), text };
  }

  private numberProblem(what: string): string {
    return this.pos >= this.bytes.length
      ? 'Unexpected end-of-input in a number'
      : `Unexpected character ${describeByte(this.peek())} in numeric value: ${what}`;
  }

  /** Parses a string literal starting at the opening quote; returns its value. */
  private parseString(): string {
    const bytes = this.bytes;
    const begin = this.pos;
    let i = this.pos + 1;
    // Fast path: plain ASCII without escapes.
    while (i < bytes.length) {
      const b = bytes[i] as number;
      if (b === 0x22) {
        this.pos = i + 1;
        return this.buffer.toString('latin1', begin + 1, i);
      }
      if (b === 0x5c || b < 0x20 || b >= 0x80) break;
      i++;
    }
    return this.parseStringSlow(begin + 1, i);
  }

  private parseStringSlow(contentStart: number, scanned: number): string {
    const bytes = this.bytes;
    const parts: string[] = [];
    let runStart = contentStart; // start of bytes that decode as standard UTF-8
    let i = scanned;
    const flush = (end: number): void => {
      if (end > runStart) parts.push(this.buffer.toString('utf8', runStart, end));
    };
    while (true) {
      if (i >= bytes.length) throw this.error('Unexpected end-of-input in a string value', i);
      const b = bytes[i] as number;
      if (b === 0x22) {
        flush(i);
        this.pos = i + 1;
        return parts.join('');
      }
      if (b === 0x5c) {
        flush(i);
        const [text, next] = this.parseEscape(i);
        parts.push(text);
        i = next;
        runStart = i;
      } else if (b < 0x20) {
        throw this.error(
          `Illegal unquoted character ${describeByte(b)}: has to be escaped using backslash to be included in string value`,
          i,
        );
      } else if (b < 0x80) {
        i++;
      } else {
        const [length, standard, text] = this.decodeMultiByte(i);
        if (!standard) {
          flush(i);
          parts.push(text);
          runStart = i + length;
        }
        i += length;
      }
    }
  }

  /** Decodes the escape at `at` (a backslash); returns its text and the offset after it. */
  private parseEscape(at: number): [string, number] {
    const bytes = this.bytes;
    const c = bytes[at + 1];
    if (c === undefined) throw this.error('Unexpected end-of-input in a string value', at + 1);
    switch (c) {
      case 0x22:
        return ['"', at + 2];
      case 0x5c:
        return ['\\', at + 2];
      case 0x2f:
        return ['/', at + 2];
      case 0x62:
        return ['\b', at + 2];
      case 0x66:
        return ['\f', at + 2];
      case 0x6e:
        return ['\n', at + 2];
      case 0x72:
        return ['\r', at + 2];
      case 0x74:
        return ['\t', at + 2];
      case 0x75: {
        let code = 0;
        for (let k = 0; k < 4; k++) {
          const h = bytes[at + 2 + k];
          if (h === undefined) throw this.error('Unexpected end-of-input in a character escape', at + 2 + k);
          const digit = hexValue(h);
          if (digit < 0) {
            throw this.error(
              `Unexpected character ${describeByte(h)}: expected a hex-digit for character escape sequence`,
              at + 2 + k,
            );
          }
          code = (code << 4) | digit;
        }
        return [String.fromCharCode(code), at + 6];
      }
      default:
        throw this.error(`Unrecognized character escape ${describeByte(c)}`, at + 1);
    }
  }

  /**
   * Decodes a multi-byte UTF-8 sequence the way Jackson does (continuation bytes checked, overlong forms and
   * encoded surrogates accepted). Returns its length, whether it is standard UTF-8 (so Node's decoder agrees),
   * and its text.
   */
  private decodeMultiByte(at: number): [number, boolean, string] {
    const bytes = this.bytes;
    const lead = bytes[at] as number;
    const cont = (k: number): number => {
      const b = bytes[at + k];
      if (b === undefined) throw this.error('Unexpected end-of-input in a string value', at + k);
      if ((b & 0xc0) !== 0x80) throw this.error(`Invalid UTF-8 middle byte 0x${b.toString(16)}`, at + k);
      return b & 0x3f;
    };
    if ((lead & 0xe0) === 0xc0) {
      const code = ((lead & 0x1f) << 6) | cont(1);
      return [2, lead >= 0xc2, String.fromCharCode(code)];
    }
    if ((lead & 0xf0) === 0xe0) {
      const b2 = cont(1);
      const code = ((lead & 0x0f) << 12) | (b2 << 6) | cont(2);
      const standard = code >= 0x800 && (code < 0xd800 || code > 0xdfff);
      return [3, standard, String.fromCharCode(code)];
    }
    if ((lead & 0xf8) === 0xf0) {
      const code = ((lead & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
      const standard = code >= 0x10000 && code <= 0x10ffff;
      const c = code - 0x10000;
      return [4, standard, String.fromCharCode(0xd800 | (c >> 10), 0xdc00 | (c & 0x3ff))];
    }
    throw this.error(`Invalid UTF-8 start byte 0x${lead.toString(16)}`, at);
  }

  private parseArray(): JsonNode {
    this.enter();
    this.pos++;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.peek() === 0x5d) {
      this.pos++;
      this.depth--;
      return { kind: 'array', items };
    }
    while (true) {
      items.push(this.parseValue(false));
      this.skipWhitespace();
      const b = this.peek();
      if (b === 0x2c) {
        this.pos++;
        this.skipWhitespace();
      } else if (b === 0x5d) {
        this.pos++;
        this.depth--;
        return { kind: 'array', items };
      } else if (b < 0) {
        throw this.error('Unexpected end-of-input: expected close marker for Array');
      } else {
        throw this.error(
          `Unexpected character ${describeByte(b)}: was expecting comma to separate Array entries`,
        );
      }
    }
  }

  private parseObject(): JsonNode {
    this.enter();
    this.pos++;
    const fields = new Map<string, JsonNode>();
    this.skipWhitespace();
    if (this.peek() === 0x7d) {
      this.pos++;
      this.depth--;
      return { kind: 'object', entries: [] };
    }
    while (true) {
      const b = this.peek();
      if (b !== 0x22) {
        if (b < 0) throw this.error('Unexpected end-of-input: expected close marker for Object');
        throw this.error(
          `Unexpected character ${describeByte(b)}: was expecting double-quote to start field name`,
        );
      }
      const name = this.parseString();
      this.skipWhitespace();
      if (this.peek() !== 0x3a) {
        if (this.peek() < 0) throw this.error('Unexpected end-of-input: expected close marker for Object');
        throw this.error(
          `Unexpected character ${describeByte(this.peek())}: was expecting a colon to separate field name and value`,
        );
      }
      this.pos++;
      this.skipWhitespace();
      fields.set(name, this.parseValue(false));
      this.skipWhitespace();
      const sep = this.peek();
      if (sep === 0x2c) {
        this.pos++;
        this.skipWhitespace();
      } else if (sep === 0x7d) {
        this.pos++;
        this.depth--;
        return { kind: 'object', entries: [...fields] };
      } else if (sep < 0) {
        throw this.error('Unexpected end-of-input: expected close marker for Object');
      } else {
        throw this.error(
          `Unexpected character ${describeByte(sep)}: was expecting comma to separate Object entries`,
        );
      }
    }
  }

  private enter(): void {
    this.depth++;
    if (this.depth > MAX_NESTING_DEPTH) {
      throw this.error(
        `Document nesting depth (${this.depth}) exceeds the maximum allowed (${MAX_NESTING_DEPTH})`,
      );
    }
  }
}

function hexValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  return -1;
}
