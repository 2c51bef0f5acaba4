/**
 * Base64 as Jackson does it for Connect: writing uses the standard alphabet with padding and no line feeds
 * (Jackson's MIME_NO_LINEFEEDS variant); reading follows that variant's decoder, which is stricter than
 * Node's: padding is required, whitespace is only allowed between 4-character units, anything else is an error.
 */

/** Base64 text of the bytes (standard alphabet, padded). */
export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Thrown for text that is not valid base64 under Jackson's rules. */
export class Base64DecodeError extends Error {
  override readonly name = 'Base64DecodeError';
}

const PADDING = -2;
const INVALID = -1;
const VALUES = new Int8Array(128).fill(INVALID);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) VALUES[alphabet.charCodeAt(i)] = i;
  VALUES['='.charCodeAt(0)] = PADDING;
}

function base64Value(code: number): number {
  return code < 128 ? (VALUES[code] ?? INVALID) : INVALID;
}

function describe(code: number): string {
  const hex = `0x${code.toString(16).padStart(2, '0')}`;
  return code > 0x20 ? `'${String.fromCharCode(code)}' (code ${hex})` : `(code ${hex})`;
}

/**
 * Decodes base64 text the way Jackson's TextNode.binaryValue() does for JsonConverter: the text is trimmed
 * (Java String.trim), white space may separate 4-character units, padding is mandatory.
 */
export function decodeJacksonBase64(text: string): Uint8Array {
  const str = javaTrim(text);
  const out: number[] = [];
  const len = str.length;
  let ptr = 0;
  const fail = (message: string): never => {
    throw new Base64DecodeError(message);
  };
  const eof = (): never =>
    fail(
      "Unexpected end of base64-encoded String: base64 variant 'MIME-NO-LINEFEEDS' expects padding (one or more '=' characters) at the end",
    );
  const invalid = (code: number, index: number, extra?: string): never => {
    if (code <= 0x20) {
      return fail(
        `Illegal white space character ${describe(code)} as character #${index + 1} of 4-char base64 unit: can only used between units`,
      );
    }
    return fail(`Illegal character ${describe(code)} in base64 content${extra ? `: ${extra}` : ''}`);
  };
  while (true) {
    let code: number;
    do {
      if (ptr >= len) return Uint8Array.from(out);
      code = str.charCodeAt(ptr++);
    } while (code <= 0x20);
    let bits = base64Value(code);
    if (bits < 0) invalid(code, 0);
    let data = bits;
    if (ptr >= len) eof();
    code = str.charCodeAt(ptr++);
    bits = base64Value(code);
    if (bits < 0) invalid(code, 1);
    data = (data << 6) | bits;
    if (ptr >= len) eof();
    code = str.charCodeAt(ptr++);
    bits = base64Value(code);
    if (bits < 0) {
      if (bits !== PADDING) invalid(code, 2);
      if (ptr >= len) eof();
      code = str.charCodeAt(ptr++);
      if (code !== 0x3d) invalid(code, 3, "expected padding character '='");
      out.push(data >> 4);
      continue;
    }
    data = (data << 6) | bits;
    if (ptr >= len) eof();
    code = str.charCodeAt(ptr++);
    bits = base64Value(code);
    if (bits < 0) {
      if (bits !== PADDING) invalid(code, 3);
      data >>= 2;
      out.push((data >> 8) & 0xff, data & 0xff);
    } else {
      data = (data << 6) | bits;
      out.push((data >> 16) & 0xff, (data >> 8) & 0xff, data & 0xff);
    }
  }
}

/** Java's String.trim(): strips characters <= U+0020 from both ends. */
export function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
