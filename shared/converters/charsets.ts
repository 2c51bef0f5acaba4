/**
 * Java charsets as StringConverter uses them (`String.getBytes(charset)` / `new String(bytes, charset)`): names
 * and aliases resolved case-insensitively like Charset.forName, unmappable characters written as '?', malformed
 * input read as U+FFFD following the JDK's decoders. Supported: UTF-8, UTF-16 (BE with BOM on write, BOM-sniffing
 * on read), UTF-16BE, UTF-16LE, UTF-32, UTF-32BE, UTF-32LE, ISO-8859-1, US-ASCII and windows-1252.
 */
import { isUtf8 } from 'node:buffer';

export interface JavaCharset {
  /** Java's canonical name. */
  readonly name: string;
  encode(text: string): Uint8Array;
  decode(bytes: Uint8Array): string;
}

const REPLACEMENT = 0xfffd;

/** Code points of the text; a lone surrogate yields -1 (unmappable everywhere). */
function* codePoints(text: string): Generator<number> {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        yield ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        continue;
      }
      yield -1;
    } else if (c >= 0xdc00 && c <= 0xdfff) yield -1;
    else yield c;
  }
}

function fromCodes(codes: number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

function isContinuation(b: number | undefined): boolean {
  return b !== undefined && (b & 0xc0) === 0x80;
}

/** The JDK's UTF-8 decoding with replacement (String(byte[], UTF_8)). */
export function decodeUtf8Java(src: Uint8Array): string {
  const out: number[] = [];
  const sl = src.length;
  let sp = 0;
  while (sp < sl) {
    const b1 = src[sp++] as number;
    if (b1 < 0x80) {
      out.push(b1);
    } else if (b1 >= 0xc2 && b1 <= 0xdf) {
      if (sp < sl) {
        const b2 = src[sp] as number;
        if (!isContinuation(b2)) out.push(REPLACEMENT);
        else {
          out.push(((b1 & 0x1f) << 6) | (b2 & 0x3f));
          sp++;
        }
        continue;
      }
      out.push(REPLACEMENT);
      break;
    } else if ((b1 & 0xf0) === 0xe0) {
      if (sp + 1 < sl) {
        const b2 = src[sp] as number;
        const b3 = src[sp + 1] as number;
        if ((b1 === 0xe0 && (b2 & 0xe0) === 0x80) || !isContinuation(b2) || !isContinuation(b3)) {
          out.push(REPLACEMENT);
          sp += (b1 === 0xe0 && (b2 & 0xe0) === 0x80) || !isContinuation(b2) ? 0 : 1;
        } else {
          const c = ((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
          out.push(c >= 0xd800 && c <= 0xdfff ? REPLACEMENT : c);
          sp += 2;
        }
        continue;
      }
      if (sp < sl && ((b1 === 0xe0 && ((src[sp] as number) & 0xe0) === 0x80) || !isContinuation(src[sp]))) {
        out.push(REPLACEMENT);
        continue;
      }
      out.push(REPLACEMENT);
      break;
    } else if ((b1 & 0xf8) === 0xf0) {
      if (sp + 2 < sl) {
        const b2 = src[sp] as number;
        const b3 = src[sp + 1] as number;
        const b4 = src[sp + 2] as number;
        const uc = ((b1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
        if (
          !isContinuation(b2) ||
          !isContinuation(b3) ||
          !isContinuation(b4) ||
          uc < 0x10000 ||
          uc > 0x10ffff
        ) {
          out.push(REPLACEMENT);
          if (
            b1 > 0xf4 ||
            (b1 === 0xf0 && (b2 < 0x90 || b2 > 0xbf)) ||
            (b1 === 0xf4 && (b2 & 0xf0) !== 0x80) ||
            !isContinuation(b2)
          ) {
            // skip only the lead byte
          } else if (!isContinuation(b3)) sp += 1;
          else sp += 2;
        } else {
          const c = uc - 0x10000;
          out.push(0xd800 | (c >> 10), 0xdc00 | (c & 0x3ff));
          sp += 3;
        }
        continue;
      }
      const b2 = src[sp];
      if (
        b1 > 0xf4 ||
        (b2 !== undefined &&
          ((b1 === 0xf0 && (b2 < 0x90 || b2 > 0xbf)) ||
            (b1 === 0xf4 && (b2 & 0xf0) !== 0x80) ||
            !isContinuation(b2)))
      ) {
        out.push(REPLACEMENT);
        continue;
      }
      sp++;
      out.push(REPLACEMENT);
      if (sp < sl && !isContinuation(src[sp])) continue;
      break;
    } else {
      out.push(REPLACEMENT);
    }
  }
  return fromCodes(out);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `String.prototype.isWellFormed` (ES2024; Node 20+): no lone surrogate. */
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

/**
 * UTF-8 as Java writes and reads it. Well-formed text and valid bytes, the common case, take Node's native codec,
 * which gives the same bytes and text there; a lone surrogate (Java writes '?') or a malformed sequence (the JDK
 * replaces differently from WHATWG) takes the JDK-exact path.
 */
const UTF_8: JavaCharset = {
  name: 'UTF-8',
  encode: (text) => Buffer.from(isWellFormed(text) ? text : text.replace(LONE_SURROGATE, '?'), 'utf8'),
  decode: (bytes) => (isUtf8(bytes) ? asBuffer(bytes).toString('utf8') : decodeUtf8Java(bytes)),
};

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const clean = text.replace(LONE_SURROGATE, '\ufffd');
  const out = new Uint8Array((bom ? 2 : 0) + clean.length * 2);
  let p = 0;
  const put = (unit: number): void => {
    out[p++] = littleEndian ? unit & 0xff : unit >> 8;
    out[p++] = littleEndian ? unit >> 8 : unit & 0xff;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < clean.length; i++) put(clean.charCodeAt(i));
  return out;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, sniffBom: boolean): string {
  let start = 0;
  let little = littleEndian;
  if (sniffBom && bytes.length >= 2) {
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      start = 2;
      little = false;
    } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      start = 2;
      little = true;
    }
  }
  const out: number[] = [];
  const unitAt = (i: number): number =>
    little
      ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8)
      : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
  let i = start;
  for (; i + 1 < bytes.length; i += 2) {
    const unit = unitAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (i + 3 < bytes.length) {
        const next = unitAt(i + 2);
        if (next >= 0xdc00 && next <= 0xdfff) {
          out.push(unit, next);
          i += 2;
          continue;
        }
      } else if (i + 2 < bytes.length) {
        out.push(REPLACEMENT);
        i = bytes.length;
        break;
      }
      out.push(REPLACEMENT);
    } else if (unit >= 0xdc00 && unit <= 0xdfff) out.push(REPLACEMENT);
    else out.push(unit);
  }
  if (i < bytes.length) out.push(REPLACEMENT);
  return fromCodes(out);
}

function encodeUtf32(text: string, littleEndian: boolean): Uint8Array {
  const points = [...codePoints(text)].map((c) => (c < 0 ? REPLACEMENT : c));
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((c, i) => {
    view.setUint32(i * 4, c, littleEndian);
  });
  return out;
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean, sniffBom: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = 0;
  let little = littleEndian;
  if (sniffBom && bytes.length >= 4) {
    const first = view.getUint32(0, false);
    if (first === 0x0000feff) start = 4;
    else if (first === 0xfffe0000) {
      start = 4;
      little = true;
    }
  }
  let out = '';
  let i = start;
  for (; i + 3 < bytes.length; i += 4) {
    const c = view.getUint32(i, little);
    out += c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) ? '\ufffd' : String.fromCodePoint(c);
  }
  if (i < bytes.length) out += '\ufffd';
  return out;
}

function singleByte(
  name: string,
  toByte: (code: number) => number,
  toChar: (byte: number) => number,
): JavaCharset {
  return {
    name,
    encode(text) {
      const out: number[] = [];
      for (const c of codePoints(text)) {
        const b = c < 0 ? -1 : toByte(c);
        out.push(b < 0 ? 0x3f : b);
      }
      return Uint8Array.from(out);
    },
    decode(bytes) {
      const out: number[] = new Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) out[i] = toChar(bytes[i] as number);
      return fromCodes(out);
    },
  };
}

/** windows-1252 0x80..0x9F (-1: undefined, read as U+FFFD). */
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1,
  0x017d, -1, -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, -1, 0x017e, 0x0178,
];
const CP1252_ENCODE = new Map<number, number>();
CP1252_HIGH.forEach((c, i) => {
  if (c >= 0) CP1252_ENCODE.set(c, 0x80 + i);
});

const CHARSETS: readonly (readonly [JavaCharset, readonly string[]])[] = [
  [UTF_8, ['utf-8', 'utf8', 'unicode-1-1-utf-8']],
  [
    {
      name: 'UTF-16',
      encode: (t) => encodeUtf16(t, false, true),
      decode: (b) => decodeUtf16(b, false, true),
    },
    ['utf-16', 'utf_16', 'utf16', 'unicode', 'unicodebig'],
  ],
  [
    {
      name: 'UTF-16BE',
      encode: (t) => encodeUtf16(t, false, false),
      decode: (b) => decodeUtf16(b, false, false),
    },
    ['utf-16be', 'utf_16be', 'iso-10646-ucs-2', 'x-utf-16be', 'unicodebigunmarked'],
  ],
  [
    {
      name: 'UTF-16LE',
      encode: (t) => encodeUtf16(t, true, false),
      decode: (b) => decodeUtf16(b, true, false),
    },
    ['utf-16le', 'utf_16le', 'x-utf-16le', 'unicodelittleunmarked'],
  ],
  [
    { name: 'UTF-32', encode: (t) => encodeUtf32(t, false), decode: (b) => decodeUtf32(b, false, true) },
    ['utf-32', 'utf_32', 'utf32'],
  ],
  [
    { name: 'UTF-32BE', encode: (t) => encodeUtf32(t, false), decode: (b) => decodeUtf32(b, false, false) },
    ['utf-32be', 'utf_32be', 'x-utf-32be'],
  ],
  [
    { name: 'UTF-32LE', encode: (t) => encodeUtf32(t, true), decode: (b) => decodeUtf32(b, true, false) },
    ['utf-32le', 'utf_32le', 'x-utf-32le'],
  ],
  [
    singleByte(
      'ISO-8859-1',
      (c) => (c < 0x100 ? c : -1),
      (b) => b,
    ),
    [
      'iso-8859-1',
      'iso8859_1',
      'iso_8859_1',
      'iso_8859-1',
      'iso8859-1',
      '8859_1',
      'latin1',
      'l1',
      'ibm819',
      'ibm-819',
      'cp819',
      'csisolatin1',
      '819',
      'iso-ir-100',
      'iso_8859-1:1987',
    ],
  ],
  [
    singleByte(
      'US-ASCII',
      (c) => (c < 0x80 ? c : -1),
      (b) => (b < 0x80 ? b : REPLACEMENT),
    ),
    [
      'us-ascii',
      'ascii',
      'us',
      'iso-ir-6',
      'ansi_x3.4-1968',
      'ansi_x3.4-1986',
      'iso_646.irv:1991',
      'iso_646.irv:1983',
      'iso646-us',
      'ibm367',
      'cp367',
      'csascii',
      'default',
      '646',
      'ascii7',
    ],
  ],
  [
    singleByte(
      'windows-1252',
      (c) => (c < 0x80 || (c >= 0xa0 && c < 0x100) ? c : (CP1252_ENCODE.get(c) ?? -1)),
      (b) => {
        if (b < 0x80 || b >= 0xa0) return b;
        const c = CP1252_HIGH[b - 0x80] as number;
        return c < 0 ? REPLACEMENT : c;
      },
    ),
    ['windows-1252', 'cp1252', 'cp5348', 'ibm-1252', 'ibm1252'],
  ],
];

const BY_ALIAS = new Map<string, JavaCharset>();
for (const [charset, aliases] of CHARSETS) for (const alias of aliases) BY_ALIAS.set(alias, charset);

/** The charset Java's Charset.forName(name) would return, or undefined when Tributary does not support it. */
export function javaCharset(name: string): JavaCharset | undefined {
  return BY_ALIAS.get(name.toLowerCase());
}

/** Every supported charset's canonical name. */
export const SUPPORTED_CHARSETS: readonly string[] = CHARSETS.map(([charset]) => charset.name);
