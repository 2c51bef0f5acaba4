/**
 * The ISO-8601 forms Connect's `Values` uses for Date, Time and Timestamp header values: `yyyy-MM-dd`,
 * `HH:mm:ss.SSS'Z'` and `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`, read and written the way a Java `SimpleDateFormat` with
 * those patterns does in a JVM whose default time zone is UTC (Connect never sets the zone on these formats).
 *
 * Reading is lenient, as SimpleDateFormat's is by default: out-of-range fields roll over ("2024-13-45" is
 * 2025-02-14), numeric fields may carry a minus sign, an exponent ("1E1") or non-ASCII decimal digits, blanks and
 * tabs before a number are skipped, and text after the pattern is ignored. Dates before 15 October 1582 are read
 * in the Julian calendar, like java.util.GregorianCalendar does.
 */

const MILLIS_PER_DAY = 86_400_000;
/** 1582-10-15 (Gregorian), the first day of the Gregorian calendar, in days since the epoch. */
const GREGORIAN_CUTOVER_DAY = -141_427;
const GREGORIAN_CUTOVER_YEAR = 1582;
/** JavaScript Dates hold ±8.64e15 ms. */
const MAX_DATE_MILLIS = 8.64e15;

export const ISO_8601_DATE_LENGTH = 'yyyy-MM-dd'.length;
export const ISO_8601_TIME_LENGTH = 'HH:mm:ss.SSSZ'.length;
export const ISO_8601_TIMESTAMP_LENGTH = 'yyyy-MM-ddTHH:mm:ss.SSSZ'.length;

type NumericField = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'milli';
type PatternElement = NumericField | { readonly literal: string };

const lit = (literal: string): PatternElement => ({ literal });
const DATE_PATTERN: readonly PatternElement[] = ['year', lit('-'), 'month', lit('-'), 'day'];
const TIME_PATTERN: readonly PatternElement[] = [
  'hour',
  lit(':'),
  'minute',
  lit(':'),
  'second',
  lit('.'),
  'milli',
  lit('Z'),
];
const TIMESTAMP_PATTERN: readonly PatternElement[] = [...DATE_PATTERN, lit('T'), ...TIME_PATTERN];

export type TemporalKind = 'date' | 'time' | 'timestamp';

const PATTERNS: Record<TemporalKind, readonly PatternElement[]> = {
  date: DATE_PATTERN,
  time: TIME_PATTERN,
  timestamp: TIMESTAMP_PATTERN,
};

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Java's Character.digit(c, 10) for one UTF-16 unit (BMP decimal digits come in runs of ten, 0 to 9). */
export function javaDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) return -1;
  if (!DECIMAL_DIGIT.test(String.fromCharCode(code))) return -1;
  let start = code;
  while (DECIMAL_DIGIT.test(String.fromCharCode(start - 1))) start--;
  return (code - start) % 10;
}

/** Java's Character.isDigit for one UTF-16 unit. */
export function isJavaDigit(code: number): boolean {
  return javaDigit(code) >= 0;
}

/** Java's (int) of a Long (wrapping) or of a Double (saturating, NaN 0). */
function intValue(value: bigint | number): number {
  if (typeof value === 'bigint') return Number(BigInt.asIntN(32, value));
  if (Number.isNaN(value)) return 0;
  if (value >= 2147483647) return 2147483647;
  if (value <= -2147483648) return -2147483648;
  return Math.trunc(value);
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** Decimal digits (any script) from `pos`; undefined when there is none. */
function digitsAt(text: string, pos: number): { readonly digits: string; readonly end: number } | undefined {
  let digits = '';
  let end = pos;
  while (end < text.length) {
    const d = javaDigit(text.charCodeAt(end));
    if (d < 0) break;
    digits += String(d);
    end++;
  }
  return digits.length === 0 ? undefined : { digits, end };
}

/**
 * The integer number format SimpleDateFormat parses fields with (DecimalFormat, integer only, no grouping):
 * "NaN", an optional '-', then "∞" or digits with an optional exponent ("E", optional '-', digits). The value
 * is what `Number.intValue()` gives.
 */
function parseIntegerField(
  text: string,
  pos: number,
): { readonly value: number; readonly end: number } | undefined {
  if (text.startsWith('NaN', pos)) return { value: 0, end: pos + 3 };
  let at = pos;
  const negative = text.charAt(at) === '-';
  if (negative) at++;
  if (text.charAt(at) === '\u221e') {
    return { value: negative ? -2147483648 : 2147483647, end: at + 1 };
  }
  const mantissa = digitsAt(text, at);
  if (mantissa === undefined) return undefined;
  at = mantissa.end;
  let exponent = 0;
  if (text.charAt(at) === 'E') {
    const expNegative = text.charAt(at + 1) === '-';
    const expDigits = digitsAt(text, at + (expNegative ? 2 : 1));
    if (expDigits !== undefined) {
      exponent = Math.min(Number(expDigits.digits), 1e9) * (expNegative ? -1 : 1);
      at = expDigits.end;
    }
  }
  const unscaled = BigInt(mantissa.digits) * (negative ? -1n : 1n);
  if (unscaled === 0n) return { value: 0, end: at };
  if (exponent >= 0) {
    if (exponent <= 400) {
      const whole = unscaled * 10n ** BigInt(exponent);
      if (whole >= LONG_MIN && whole <= LONG_MAX) return { value: intValue(whole), end: at };
    }
    return { value: intValue(unscaled > 0n ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY), end: at };
  }
  // A negative exponent: a Long if the value is still whole, otherwise a Double (truncated by intValue).
  const divisor = 10n ** BigInt(Math.min(-exponent, 400));
  if (unscaled % divisor === 0n) {
    const whole = unscaled / divisor;
    if (whole >= LONG_MIN && whole <= LONG_MAX) return { value: intValue(whole), end: at };
  }
  return { value: intValue(Number(`${mantissa.digits}e${exponent}`) * (negative ? -1 : 1)), end: at };
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Days since the epoch of a proleptic Gregorian date (month 0-based, any day; both roll over). */
function gregorianDays(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return Math.round(date.getTime() / MILLIS_PER_DAY);
}

/** Days since the epoch of a Julian calendar date (astronomical year numbering, month 0-based, any day). */
function julianDays(year: number, month: number, day: number): number {
  const y = year + floorDiv(month, 12);
  const m = month - 12 * floorDiv(month, 12) + 1;
  const a = floorDiv(14 - m, 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  const julianDayNumber = 1 + floorDiv(153 * mm + 2, 5) + 365 * yy + floorDiv(yy, 4) - 32083;
  return julianDayNumber - 2_440_588 + (day - 1);
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  milli: number;
}

/** GregorianCalendar's lenient computeTime in UTC, including its Julian/Gregorian choice. */
function fieldsToMillis(f: Fields): number {
  const timeOfDay = ((f.hour * 60 + f.minute) * 60 + f.second) * 1000 + f.milli;
  const dayShift = floorDiv(timeOfDay, MILLIS_PER_DAY);
  const millisOfDay = timeOfDay - dayShift * MILLIS_PER_DAY;
  let days: number;
  if (f.year < GREGORIAN_CUTOVER_YEAR) {
    days = dayShift + julianDays(f.year, f.month, f.day);
  } else {
    const gregorian = dayShift + gregorianDays(f.year, f.month, f.day);
    days = gregorian >= GREGORIAN_CUTOVER_DAY ? gregorian : dayShift + julianDays(f.year, f.month, f.day);
  }
  return days * MILLIS_PER_DAY + millisOfDay;
}

/**
 * `new SimpleDateFormat(pattern).parse(text, new ParsePosition(0))` for one of Values' three patterns, in UTC:
 * the Date, or undefined where Java's parse fails (or where the instant lies outside a JavaScript Date).
 */
export function parseConnectTemporal(text: string, kind: TemporalKind): Date | undefined {
  const fields: Fields = { year: 1970, month: 0, day: 1, hour: 0, minute: 0, second: 0, milli: 0 };
  let pos = 0;
  for (const element of PATTERNS[kind]) {
    if (typeof element !== 'string') {
      if (text.charAt(pos) !== element.literal) return undefined;
      pos++;
      continue;
    }
    while (text.charAt(pos) === ' ' || text.charAt(pos) === '\t') pos++;
    const parsed = parseIntegerField(text, pos);
    if (parsed === undefined) return undefined;
    fields[element] = element === 'month' ? parsed.value - 1 : parsed.value;
    pos = parsed.end;
  }
  const millis = fieldsToMillis(fields);
  if (!(Math.abs(millis) <= MAX_DATE_MILLIS)) return undefined;
  return new Date(millis);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function formatTime(date: Date): string {
  return (
    `${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}` +
    `.${pad(date.getUTCMilliseconds(), 3)}Z`
  );
}

/**
 * `Values.dateFormatFor(value).format(value)` in UTC: an instant before one day after the epoch (negative ones
 * too) prints as a time, a whole number of days as a date, anything else as a timestamp.
 */
export function formatConnectTemporal(date: Date): string {
  const millis = date.getTime();
  if (millis < MILLIS_PER_DAY) return formatTime(date);
  if (millis % MILLIS_PER_DAY === 0) return formatDate(date);
  return `${formatDate(date)}T${formatTime(date)}`;
}
