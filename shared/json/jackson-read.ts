/**
 * Reading bytes into a JSON tree exactly as Kafka Connect's JsonDeserializer (Jackson ObjectMapper.readTree) does:
 * the encoding is detected from a BOM or from zero bytes in the first four (UTF-8, UTF-16 BE/LE, UTF-32 BE/LE),
 * only the first JSON value is read (anything after it is ignored), and input without any value yields
 * undefined (Jackson's MissingNode) rather than an error.
 */

import type { JsonNode } from './node.ts';
import { JsonParseError, parseJsonNodeOrEmpty } from './parse.ts';

const encoder = new TextEncoder();

type Encoding = 'utf-8' | 'utf-16be' | 'utf-16le' | 'utf-32be' | 'utf-32le';

/** Jackson's ByteSourceJsonBootstrapper: the encoding and the number of BOM bytes to skip. */
export function detectJsonEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (bytes.length >= 4) {
    const b0 = bytes[0] as number;
    const b1 = bytes[1] as number;
    const b2 = bytes[2] as number;
    const b3 = bytes[3] as number;
    const quad = ((b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
    if (quad === 0x0000feff) return { encoding: 'utf-32be', bomLength: 4 };
    if (quad === 0xfffe0000) return { encoding: 'utf-32le', bomLength: 4 };
    if (quad === 0x0000fffe || quad === 0xfeff0000) {
      throw new JsonParseError('Unsupported UCS-4 endianness (2143 or 3412) detected', 0, 1, 1);
    }
    const high = quad >>> 16;
    if (high === 0xfeff) return { encoding: 'utf-16be', bomLength: 2 };
    if (high === 0xfffe) return { encoding: 'utf-16le', bomLength: 2 };
    if (quad >>> 8 === 0xefbbbf) return { encoding: 'utf-8', bomLength: 3 };
    if (quad >>> 8 === 0) return { encoding: 'utf-32be', bomLength: 0 };
    if ((quad & 0x00ffffff) === 0) return { encoding: 'utf-32le', bomLength: 0 };
    if ((quad & ~0x00ff0000) === 0 || (quad & ~0x0000ff00) === 0) {
      throw new JsonParseError('Unsupported UCS-4 endianness (2143 or 3412) detected', 0, 1, 1);
    }
    const utf16 = utf16Order(high);
    if (utf16) return { encoding: utf16, bomLength: 0 };
  } else if (bytes.length >= 2) {
    const utf16 = utf16Order(((bytes[0] as number) << 8) | (bytes[1] as number));
    if (utf16) return { encoding: utf16, bomLength: 0 };
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

function utf16Order(first16: number): Encoding | undefined {
  if ((first16 & 0xff00) === 0) return 'utf-16be';
  if ((first16 & 0x00ff) === 0) return 'utf-16le';
  return undefined;
}

const utf16Decoder = new TextDecoder('utf-16le');

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  if (!bigEndian) return utf16Decoder.decode(bytes);
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number;
    swapped[i + 1] = bytes[i] as number;
  }
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1] as number;
  return utf16Decoder.decode(swapped);
}

function decodeUtf32(bytes: Uint8Array, bigEndian: boolean): string {
  if (bytes.length % 4 !== 0) {
    throw new JsonParseError(`Unexpected EOF in the middle of a 4-byte UTF-32 char`, bytes.length, 1, 1);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const code = view.getUint32(i, !bigEndian);
    if (code > 0x10ffff) {
      throw new JsonParseError(`Invalid UTF-32 character 0x${code.toString(16)}`, i, 1, 1);
    }
    out += String.fromCodePoint(code);
  }
  return out;
}

/**
 * Reads the first JSON value from bytes as Connect's JsonDeserializer does. Returns undefined when there is no
 * value at all (empty or white space only). Throws JsonParseError on malformed input.
 */
export function readJacksonTree(bytes: Uint8Array): JsonNode | undefined {
  const { encoding, bomLength } = detectJsonEncoding(bytes);
  const body = bomLength > 0 ? bytes.subarray(bomLength) : bytes;
  let utf8: Uint8Array;
  switch (encoding) {
    case 'utf-8':
      utf8 = body;
      break;
    case 'utf-16be':
    case 'utf-16le':
      utf8 = encoder.encode(decodeUtf16(body, encoding === 'utf-16be'));
      break;
    case 'utf-32be':
    case 'utf-32le':
      utf8 = encoder.encode(decodeUtf32(body, encoding === 'utf-32be'));
      break;
  }
  return parseJsonNodeOrEmpty(utf8, { allowTrailingContent: true });
}
