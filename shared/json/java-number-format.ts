/**
 * Number formatting exactly as Java prints numbers: Double.toString and Float.toString (the JDK 19+ specification:
 * the shortest decimal that rounds back, closest to the exact value; a 2-digit decimal may win over a 1-digit one),
 * and BigDecimal.toString. Jackson writes doubles, floats and BigDecimals with these.
 */

const MIN_NORMAL_DOUBLE = 2.2250738585072014e-308;

interface BinaryFormat {
  readonly mantissaBits: number; // explicit fraction bits (52 or 23)
  readonly minExponent: number; // exponent q of the smallest subnormal
  readonly maxDigits: number;
}

const DOUBLE: BinaryFormat = { mantissaBits: 52, minExponent: -1074, maxDigits: 17 };
const FLOAT: BinaryFormat = { mantissaBits: 23, minExponent: -149, maxDigits: 9 };

/** Decimal digits (no leading/trailing zeros) and scientific exponent: value = d.ddd × 10^exponent. */
interface Decimal {
  readonly digits: string;
  readonly exponent: number;
}

/** Java's `Double.toString(x)`: "1.0", "0.001", "1.0E10", "1.2E-5", "NaN", "-Infinity", "-0.0". */
export function javaDoubleToString(x: number): string {
  const special = specialToString(x);
  if (special !== undefined) return special;
  const abs = Math.abs(x);
  const decimal = abs >= MIN_NORMAL_DOUBLE ? jsShortest(abs) : shortestExact(abs, DOUBLE);
  return (x < 0 ? '-' : '') + formatJava(decimal);
}

/** Java's `Float.toString(Math.fround(x))`. */
export function javaFloatToString(x: number): string {
  const f = Math.fround(x);
  const special = specialToString(f);
  if (special !== undefined) return special;
  return (f < 0 ? '-' : '') + formatJava(shortestExact(Math.abs(f), FLOAT));
}

/** Java's `BigDecimal.toString()` for unscaled × 10^-scale: "12.34", "0.00", "1E+3", "1E-10", "-1.5E-10". */
export function javaBigDecimalToString(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n;
  const coefficient = (negative ? -unscaled : unscaled).toString();
  const adjusted = -scale + (coefficient.length - 1);
  let body: string;
  if (scale >= 0 && adjusted >= -6) {
    if (scale === 0) body = coefficient;
    else if (coefficient.length > scale) {
      body = `${coefficient.slice(0, coefficient.length - scale)}.${coefficient.slice(coefficient.length - scale)}`;
    } else body = `0.${'0'.repeat(scale - coefficient.length)}${coefficient}`;
  } else {
    const mantissa = coefficient.length > 1 ? `${coefficient[0]}.${coefficient.slice(1)}` : coefficient;
    body = `${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
  }
  return negative ? `-${body}` : body;
}

function specialToString(x: number): string | undefined {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return 'Infinity';
  if (x === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  return undefined;
}

/** Java's layout: plain for 10^-3 <= v < 10^7, otherwise d.dddE±n; always at least one fraction digit. */
function formatJava({ digits, exponent }: Decimal): string {
  if (exponent >= -3 && exponent < 7) {
    if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${digits}`;
    const intDigits = exponent + 1;
    if (digits.length <= intDigits) return `${digits}${'0'.repeat(intDigits - digits.length)}.0`;
    return `${digits.slice(0, intDigits)}.${digits.slice(intDigits)}`;
  }
  return `${digits[0]}.${digits.length > 1 ? digits.slice(1) : '0'}E${exponent}`;
}

/**
 * Shortest digits from JavaScript's Number-to-String, which specifies the same choice as Java for normal doubles
 * (shortest, then closest, ties to even). Java's extra 1-vs-2-digit rule can only matter for subnormals.
 */
function jsShortest(abs: number): Decimal {
  const text = String(abs); // "123.45", "0.00123", "1.5e-7", "1e+21"
  const ePos = text.indexOf('e');
  const mantissa = ePos >= 0 ? text.slice(0, ePos) : text;
  const exp10 = ePos >= 0 ? Number(text.slice(ePos + 1)) : 0;
  const point = mantissa.indexOf('.');
  const intPart = point >= 0 ? mantissa.slice(0, point) : mantissa;
  const all = intPart + (point >= 0 ? mantissa.slice(point + 1) : '');
  const first = all.search(/[1-9]/);
  return { digits: all.slice(first).replace(/0+$/, ''), exponent: exp10 + intPart.length - 1 - first };
}

/** Exact significand c and exponent q with abs = c × 2^q, for a positive finite value in the given format. */
function decompose(abs: number, format: BinaryFormat): { c: bigint; q: number; lowerIsCloser: boolean } {
  const view = new DataView(new ArrayBuffer(8));
  if (format === DOUBLE) {
    view.setFloat64(0, abs);
    const hi = view.getUint32(0);
    const lo = view.getUint32(4);
    const biased = (hi >>> 20) & 0x7ff;
    const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    if (biased === 0) return { c: fraction, q: format.minExponent, lowerIsCloser: false };
    return { c: fraction | (1n << 52n), q: biased - 1075, lowerIsCloser: fraction === 0n && biased > 1 };
  }
  view.setFloat32(0, abs);
  const bits = view.getUint32(0);
  const biased = (bits >>> 23) & 0xff;
  const fraction = BigInt(bits & 0x7fffff);
  if (biased === 0) return { c: fraction, q: format.minExponent, lowerIsCloser: false };
  return { c: fraction | (1n << 23n), q: biased - 150, lowerIsCloser: fraction === 0n && biased > 1 };
}

const pow10Cache: bigint[] = [];
function pow10(n: number): bigint {
  let value = pow10Cache[n];
  if (value === undefined) {
    value = 10n ** BigInt(n);
    pow10Cache[n] = value;
  }
  return value;
}

/** A non-negative rational number num/den. */
interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return a % b === 0n ? a / b : a / b + 1n;
}

/**
 * Java's specification, computed exactly: among decimals that round to the value, take those of minimal length m
 * (lengths 1 and 2 when m = 1) and pick the one closest to the value, ties to an even last digit.
 */
function shortestExact(abs: number, format: BinaryFormat): Decimal {
  const { c, q, lowerIsCloser } = decompose(abs, format);
  // Work in units of 2^(q-2): value = 4c, bounds = 4c ± 2 (or 4c - 1 below a power of two).
  const twoPow = q - 2 >= 0 ? 1n << BigInt(q - 2) : 1n;
  const den = q - 2 >= 0 ? 1n : 1n << BigInt(2 - q);
  const value: Ratio = { num: 4n * c * twoPow, den };
  const low: Ratio = { num: (4n * c - (lowerIsCloser ? 1n : 2n)) * twoPow, den };
  const high: Ratio = { num: (4n * c + 2n) * twoPow, den };
  const inclusive = c % 2n === 0n;

  let e10 = Math.floor(Math.log10(abs));
  // Make 10^e10 <= abs < 10^(e10+1) exact.
  while (compareWithPow10(value, e10) < 0) e10--;
  while (compareWithPow10(value, e10 + 1) >= 0) e10++;

  for (let n = 1; n <= format.maxDigits + 1; n++) {
    const scale = e10 - n + 1;
    const range = integerRange(low, high, scale, inclusive);
    if (range === undefined) continue;
    const chosenScale = n === 1 ? scale - 1 : scale;
    const chosenRange = n === 1 ? integerRange(low, high, chosenScale, inclusive) : range;
    if (chosenRange === undefined) throw new Error('unreachable: empty candidate range');
    const d = closestInRange(value, chosenScale, chosenRange);
    const text = d.toString();
    const stripped = text.replace(/0+$/, '');
    return { digits: stripped, exponent: chosenScale + text.length - 1 };
  }
  throw new Error(`unreachable: no shortest decimal for ${abs}`);
}

/** Sign of (r - 10^e). */
function compareWithPow10(r: Ratio, e: number): number {
  const left = e >= 0 ? r.num : r.num * pow10(-e);
  const right = e >= 0 ? r.den * pow10(e) : r.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** r / 10^scale as a ratio. */
function divPow10(r: Ratio, scale: number): Ratio {
  return scale >= 0 ? { num: r.num, den: r.den * pow10(scale) } : { num: r.num * pow10(-scale), den: r.den };
}

/** The integers D with low < D × 10^scale < high (or <= when inclusive), or undefined when there are none. */
function integerRange(
  low: Ratio,
  high: Ratio,
  scale: number,
  inclusive: boolean,
): [bigint, bigint] | undefined {
  const lo = divPow10(low, scale);
  const hi = divPow10(high, scale);
  let min = ceilDiv(lo.num, lo.den);
  if (!inclusive && min * lo.den === lo.num) min += 1n;
  let max = hi.num / hi.den;
  if (!inclusive && max * hi.den === hi.num) max -= 1n;
  return min <= max ? [min, max] : undefined;
}

/** The integer in [min, max] closest to value / 10^scale, ties to even. */
function closestInRange(value: Ratio, scale: number, [min, max]: [bigint, bigint]): bigint {
  const v = divPow10(value, scale);
  const floor = v.num / v.den;
  const twiceRemainder = 2n * (v.num - floor * v.den);
  let nearest: bigint;
  if (twiceRemainder < v.den) nearest = floor;
  else if (twiceRemainder > v.den) nearest = floor + 1n;
  else nearest = floor % 2n === 0n ? floor : floor + 1n;
  if (nearest < min) return min;
  if (nearest > max) return max;
  return nearest;
}
