/**
 * Java's text and number conventions, as Apache's ConfigDef relies on them: `String.trim()`,
 * `equalsIgnoreCase`, `Integer/Short/Long.parseInt`, `Double.parseDouble`, `Double.toString`,
 * `String.hashCode()` and `Character.isISOControl`. Our own code, written from the JDK's documented behaviour.
 */

/** Java's `String.trim()`: strips every char <= U+0020 at both ends (not Unicode spaces such as U+00A0). */
export function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function upperChar(c: string): string {
  const u = c.toUpperCase();
  return u.length === 1 ? u : c;
}

function lowerChar(c: string): string {
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}

/** Java's `String.equalsIgnoreCase`: char-by-char comparison of upper-cased, then lower-cased, chars. */
export function javaEqualsIgnoreCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charAt(i);
    const y = b.charAt(i);
    if (x === y) continue;
    const ux = upperChar(x);
    const uy = upperChar(y);
    if (ux === uy) continue;
    if (lowerChar(ux) === lowerChar(uy)) continue;
    return false;
  }
  return true;
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * Java's `Character.digit(ch, 10)` for one UTF-16 unit: ASCII and the other BMP decimal digits (Unicode keeps each
 * run of decimal digits contiguous and ordered 0..9), -1 otherwise.
 */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) return -1;
  if (!DECIMAL_DIGIT.test(String.fromCharCode(code))) return -1;
  let start = code;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCharCode(start - 1))) start--;
  return (code - start) % 10;
}

const INTEGER_BOUNDS = {
  16: [-(2n ** 15n), 2n ** 15n - 1n],
  32: [-(2n ** 31n), 2n ** 31n - 1n],
  64: [-(2n ** 63n), 2n ** 63n - 1n],
} as const;

/**
 * Java's `Short.parseShort` / `Integer.parseInt` / `Long.parseLong` (radix 10): an optional sign then at least one
 * decimal digit, within the type's range. Returns undefined where Java throws NumberFormatException.
 */
export function parseJavaInteger(s: string, bits: 16 | 32 | 64): bigint | undefined {
  if (s.length === 0) return undefined;
  let i = 0;
  let negative = false;
  const first = s.charAt(0);
  if (first === '-' || first === '+') {
    negative = first === '-';
    i = 1;
    if (s.length === 1) return undefined;
  }
  let value = 0n;
  for (; i < s.length; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d < 0) return undefined;
    value = value * 10n + BigInt(d);
  }
  if (negative) value = -value;
  const [min, max] = INTEGER_BOUNDS[bits];
  return value < min || value > max ? undefined : value;
}

const DECIMAL_FLOAT = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;
const HEX_FLOAT = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)[fFdD]?$/;

/**
 * Java's `Double.parseDouble` (after its own trim): decimal or hexadecimal floating-point literals with an optional
 * f/F/d/D suffix, `NaN` and `Infinity` with an optional sign. Returns undefined where Java throws.
 */
export function parseJavaDouble(input: string): number | undefined {
  const s = javaTrim(input);
  if (DECIMAL_FLOAT.test(s)) {
    const body = /[fFdD]$/.test(s) && !s.endsWith('Infinity') ? s.slice(0, -1) : s;
    if (body.endsWith('NaN')) return Number.NaN;
    return Number(body);
  }
  const hex = HEX_FLOAT.exec(s);
  if (hex) {
    const [, sign, intPart = '', fracPart = '', exp = '0'] = hex;
    if (intPart.length === 0 && fracPart.length === 0) return undefined;
    const mantissa = BigInt(`0x${intPart}${fracPart}`);
    const value = Number(mantissa) * 2 ** (Number(exp) - 4 * fracPart.length);
    return sign === '-' ? -value : value;
  }
  return undefined;
}

/** Java's `Double.toString(d)`: shortest digits, at least one fraction digit, scientific outside [1e-3, 1e7). */
export function formatJavaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Number.POSITIVE_INFINITY) return 'Infinity';
  if (d === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const sign = d < 0 ? '-' : '';
  const abs = Math.abs(d);
  // JS gives the same shortest round-trip digits as Java (JDK 19+ algorithm); only the layout differs.
  let [mantissa = '', expText = '0'] = abs.toExponential().split('e');
  if (mantissa.length === 1) {
    // Java never prints a single significant digit when two digits land closer to the exact value (e.g. 4.9E-324).
    const [two = '', twoExp = '0'] = abs.toExponential(1).split('e');
    if (!two.endsWith('0')) [mantissa, expText] = [two, twoExp];
  }
  const exponent = Number(expText);
  const digits = mantissa.replace('.', '');
  if (abs >= 1e-3 && abs < 1e7) {
    if (exponent >= 0) {
      const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
      const fracPart = digits.slice(exponent + 1);
      return `${sign}${intPart}.${fracPart.length > 0 ? fracPart : '0'}`;
    }
    return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  }
  const fraction = digits.slice(1);
  return `${sign}${digits.charAt(0)}.${fraction.length > 0 ? fraction : '0'}E${exponent}`;
}

/** Java's `String.hashCode()` over UTF-16 code units, as a signed 32-bit int. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** Java's `Character.isISOControl(codePoint)`: U+0000..U+001F and U+007F..U+009F. */
export function isIsoControl(codePoint: number): boolean {
  return (codePoint >= 0 && codePoint <= 0x1f) || (codePoint >= 0x7f && codePoint <= 0x9f);
}
