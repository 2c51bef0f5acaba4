/**
 * `java.text.SimpleDateFormat` as Connect's transformations use it (TimestampRouter, TimestampConverter, the ISO
 * formats of `Values`): a JVM in the UTC time zone with the en_US locale, the Julian calendar before the Gregorian
 * cutover of 15 October 1582, lenient parsing.
 *
 * Formatting supports every pattern letter. Parsing supports the date, time, text and zone fields; week-based fields
 * (Y, w, W, F, u) are read but do not contribute to the date, and zone names other than UTC/GMT/UT are not known.
 */
import { IllegalArgumentException } from './errors.ts';

const PATTERN_CHARS = 'GyMdkHmsSEDFwWahKzZYuXL';
const MILLIS_PER_DAY = 86_400_000;
/** Epoch day of 15 October 1582, the first Gregorian day. */
const GREGORIAN_CUTOVER_DAY = -141427;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SHORT_WEEKDAYS = WEEKDAYS.map((d) => d.slice(0, 3));
const ERAS = ['BC', 'AD'];
const AM_PM = ['AM', 'PM'];

type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'field'; readonly letter: string; readonly count: number };

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/** Epoch day of a proleptic Gregorian date (month 1-12; any day, counted from the 1st). */
function gregorianEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5);
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468 + (day - 1);
}

/** Epoch day of a proleptic Julian date (month 1-12; any day, counted from the 1st). */
function julianEpochDay(year: number, month: number, day: number): number {
  const a = floorDiv(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jdn = 1 + floorDiv(153 * m + 2, 5) + 365 * y + floorDiv(y, 4) - 32083;
  return jdn - 2440588 + (day - 1);
}

/** Epoch day of a date in the hybrid Julian/Gregorian calendar. */
function hybridEpochDay(year: number, month: number, day: number): number {
  if (year > 1582) return gregorianEpochDay(year, month, day);
  if (year < 1582) return julianEpochDay(year, month, day);
  const gregorian = gregorianEpochDay(year, month, day);
  return gregorian >= GREGORIAN_CUTOVER_DAY ? gregorian : julianEpochDay(year, month, day);
}

/**
 * Epoch day (plus `dayShift`) of year/month (0-based, any)/day (any) as lenient GregorianCalendar picks the calendar:
 * Julian before 1582, else Gregorian unless that falls before the cutover.
 */
function hybridDateDays(year: number, month0: number, day: number, dayShift: number): number {
  const y = year + floorDiv(month0, 12);
  const m = mod(month0, 12) + 1;
  const julian = dayShift + julianEpochDay(y, m, day);
  if (year < 1582) return julian;
  const gregorian = dayShift + gregorianEpochDay(y, m, day);
  return gregorian >= GREGORIAN_CUTOVER_DAY ? gregorian : julian;
}

interface Civil {
  /** Proleptic year (1 BC is 0). */
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function civilFromEpochDay(epochDay: number): Civil {
  if (epochDay >= GREGORIAN_CUTOVER_DAY) {
    const z = epochDay + 719468;
    const era = floorDiv(z, 146097);
    const doe = z - era * 146097;
    const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
    const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
    const mp = floorDiv(5 * doy + 2, 153);
    const day = doy - floorDiv(153 * mp + 2, 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
  }
  const c = epochDay + 2440588 + 32082;
  const d = floorDiv(4 * c + 3, 1461);
  const e = c - floorDiv(1461 * d, 4);
  const m = floorDiv(5 * e + 2, 153);
  return {
    year: d - 4800 + floorDiv(m, 10),
    month: m + 3 - 12 * floorDiv(m, 10),
    day: e - floorDiv(153 * m + 2, 5) + 1,
  };
}

/** Day of week of an epoch day, 1 = Sunday ... 7 = Saturday (Calendar.DAY_OF_WEEK). */
function dayOfWeek(epochDay: number): number {
  return mod(epochDay + 4, 7) + 1;
}

/** Calendar fields of an instant in UTC (US week rules: weeks start on Sunday, week 1 holds January 1st). */
function calendarFields(millis: number) {
  const epochDay = floorDiv(millis, MILLIS_PER_DAY);
  const ofDay = millis - epochDay * MILLIS_PER_DAY;
  const { year, month, day } = civilFromEpochDay(epochDay);
  const dow = dayOfWeek(epochDay);
  const jan1 = hybridEpochDay(year, 1, 1);
  const dayOfYear = epochDay - jan1 + 1;
  let weekOfYear = floorDiv(dayOfYear - 1 + (dayOfWeek(jan1) - 1), 7) + 1;
  let weekYear = year;
  const weekStart = epochDay - (dow - 1);
  if (weekStart + 6 >= hybridEpochDay(year + 1, 1, 1)) {
    weekOfYear = 1;
    weekYear = year + 1;
  }
  const first = hybridEpochDay(year, month, 1);
  // Counted from the first day of the month, which differs from the day of month in October 1582.
  const dayInMonth = epochDay - first + 1;
  return {
    era: year > 0 ? 1 : 0,
    yearOfEra: year > 0 ? year : 1 - year,
    weekYear,
    month,
    day,
    dayOfWeek: dow,
    dayOfYear,
    weekOfYear,
    weekOfMonth: floorDiv(dayInMonth - 1 + (dayOfWeek(first) - 1), 7) + 1,
    dayOfWeekInMonth: floorDiv(dayInMonth - 1, 7) + 1,
    hourOfDay: Math.floor(ofDay / 3_600_000),
    minute: Math.floor(ofDay / 60_000) % 60,
    second: Math.floor(ofDay / 1000) % 60,
    millisecond: ofDay % 1000,
  };
}

function pad(value: number, minDigits: number, maxDigits = Number.POSITIVE_INFINITY): string {
  const negative = value < 0;
  let digits = String(Math.abs(value));
  if (digits.length > maxDigits) digits = digits.slice(digits.length - maxDigits);
  return (negative ? '-' : '') + digits.padStart(minDigits, '0');
}

function compile(pattern: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  let inQuote = false;
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      if (pattern.charAt(i + 1) === "'") {
        literal += "'";
        i += 2;
      } else {
        inQuote = !inQuote;
        i++;
      }
      continue;
    }
    if (inQuote || !/[a-zA-Z]/.test(c)) {
      literal += c;
      i++;
      continue;
    }
    if (!PATTERN_CHARS.includes(c)) throw new IllegalArgumentException(`Illegal pattern character '${c}'`);
    let count = 1;
    while (pattern.charAt(i + count) === c) count++;
    if (c === 'X' && count >= 4) {
      throw new IllegalArgumentException(`invalid ISO 8601 format: length=${count}`);
    }
    if (literal.length > 0) tokens.push({ kind: 'literal', text: literal });
    literal = '';
    tokens.push({ kind: 'field', letter: c, count });
    i += count;
  }
  if (inQuote) throw new IllegalArgumentException('Unterminated quote');
  if (literal.length > 0) tokens.push({ kind: 'literal', text: literal });
  return tokens;
}

const NUMERIC_FIELDS = 'ydkHmsSDFwWhKYu';

/** The next field is numeric and abuts this one: parse exactly `count` characters. */
function obeysCount(next: Token | undefined): boolean {
  if (next === undefined || next.kind !== 'field') return false;
  if (next.letter === 'M' || next.letter === 'L') return next.count <= 2;
  return NUMERIC_FIELDS.includes(next.letter);
}

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

/** DecimalFormat's integer parse of `text` up to `end` (SimpleDateFormat's numberFormat.parse). */
function parseInteger(text: string, start: number, end: number): { value: number; next: number } | null {
  const parsed = parseIntegerField(end < text.length ? text.slice(0, end) : text, start);
  return parsed === undefined ? null : { value: parsed.value, next: parsed.end };
}

function matchText(
  text: string,
  start: number,
  names: readonly string[],
): { index: number; next: number } | null {
  let best = -1;
  let bestLength = 0;
  names.forEach((name, index) => {
    if (
      name.length > bestLength &&
      text.slice(start, start + name.length).toLowerCase() === name.toLowerCase()
    ) {
      best = index;
      bestLength = name.length;
    }
  });
  return best < 0 ? null : { index: best, next: start + bestLength };
}

function isSpaceSeparator(c: string): boolean {
  return /^\p{Zs}$/u.test(c);
}

type CalendarField =
  | 'ERA'
  | 'YEAR'
  | 'MONTH'
  | 'DAY_OF_MONTH'
  | 'DAY_OF_YEAR'
  | 'DAY_OF_WEEK'
  | 'DAY_OF_WEEK_IN_MONTH'
  | 'WEEK_OF_YEAR'
  | 'WEEK_OF_MONTH'
  | 'AM_PM'
  | 'HOUR'
  | 'HOUR_OF_DAY'
  | 'MINUTE'
  | 'SECOND'
  | 'MILLISECOND'
  | 'ZONE_OFFSET'
  | 'WEEK_YEAR'
  | 'ISO_DAY_OF_WEEK';

/** Parsed fields with the order they were set in (Calendar's stamps decide which fields win). */
class FieldSet {
  private readonly values = new Map<CalendarField, { value: number; stamp: number }>();
  private next = 1;

  set(field: CalendarField, value: number): void {
    this.values.set(field, { value, stamp: this.next++ });
  }

  stamp(field: CalendarField): number {
    return this.values.get(field)?.stamp ?? 0;
  }

  get(field: CalendarField, fallback: number): number {
    return this.values.get(field)?.value ?? fallback;
  }

  has(field: CalendarField): boolean {
    return this.values.has(field);
  }
}

function aggregate(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : Math.max(a, b);
}

/** Lenient GregorianCalendar time computation from parsed fields (UTC unless a zone was parsed). */
function establish(fields: FieldSet): number {
  let year = fields.get('YEAR', 1970);
  if (fields.has('ERA') && fields.get('ERA', 1) === 0) year = 1 - year;
  const domStamp = fields.stamp('DAY_OF_MONTH');
  const dowStamp = fields.stamp('DAY_OF_WEEK');
  const doyStamp = fields.stamp('DAY_OF_YEAR');
  const dowimStamp = aggregate(fields.stamp('DAY_OF_WEEK_IN_MONTH'), dowStamp);
  let best = Math.max(domStamp, doyStamp, dowimStamp);
  let useDowInMonth = best !== 0 && best === dowimStamp && best !== domStamp;
  if (best === 0 && dowStamp !== 0) useDowInMonth = true;
  best = best === 0 ? fields.stamp('MONTH') : best;

  const month0 = fields.get('MONTH', 0);
  const monthYear = year + floorDiv(month0, 12);
  const month = mod(month0, 12) + 1;
  let epochDay: number;
  if (best !== 0 && best === doyStamp && doyStamp > domStamp) {
    epochDay = hybridEpochDay(year, 1, 1) + fields.get('DAY_OF_YEAR', 1) - 1;
  } else if (useDowInMonth) {
    const first = hybridEpochDay(monthYear, month, 1);
    const dow = fields.get('DAY_OF_WEEK', 1);
    const dowim = fields.get('DAY_OF_WEEK_IN_MONTH', 1);
    const target = first + 7 * dowim - 1;
    epochDay = target - mod(dayOfWeek(target) - dow, 7);
  } else {
    epochDay = NaN;
  }

  const hourOfDayStamp = fields.stamp('HOUR_OF_DAY');
  const hourStamp = aggregate(fields.stamp('HOUR'), fields.stamp('AM_PM'));
  let hourBest = Math.max(hourStamp, hourOfDayStamp);
  if (hourBest === 0) hourBest = Math.max(fields.stamp('HOUR'), fields.stamp('AM_PM'));
  let hours = 0;
  if (hourBest !== 0) {
    hours =
      hourBest === hourOfDayStamp
        ? fields.get('HOUR_OF_DAY', 0)
        : fields.get('HOUR', 0) + 12 * fields.get('AM_PM', 0);
  }
  const timeOfDay =
    ((hours * 60 + fields.get('MINUTE', 0)) * 60 + fields.get('SECOND', 0)) * 1000 +
    fields.get('MILLISECOND', 0);
  if (Number.isNaN(epochDay)) {
    // GregorianCalendar.computeTime: the whole date, with the time of day's overflow, decides the calendar.
    const dayShift = floorDiv(timeOfDay, MILLIS_PER_DAY);
    epochDay = hybridDateDays(year, month0, fields.get('DAY_OF_MONTH', 1), dayShift) - dayShift;
  }
  return epochDay * MILLIS_PER_DAY + timeOfDay - fields.get('ZONE_OFFSET', 0);
}

/** A compiled SimpleDateFormat pattern. */
export class SimpleDateFormat {
  readonly pattern: string;
  readonly #tokens: Token[];
  readonly #defaultCenturyStart: number;

  /** Throws IllegalArgumentException for an invalid pattern, as Java's constructor does. */
  constructor(pattern: string, now: number = Date.now()) {
    this.pattern = pattern;
    this.#tokens = compile(pattern);
    const nowFields = civilFromEpochDay(floorDiv(now, MILLIS_PER_DAY));
    const startDay = hybridEpochDay(nowFields.year - 80, nowFields.month, nowFields.day);
    this.#defaultCenturyStart = startDay * MILLIS_PER_DAY + mod(now, MILLIS_PER_DAY);
  }

  /** `toPattern()`. */
  toPattern(): string {
    return this.pattern;
  }

  /** `format(new Date(millis))`. */
  format(millis: number): string {
    const f = calendarFields(millis);
    let out = '';
    for (const token of this.#tokens) {
      if (token.kind === 'literal') {
        out += token.text;
        continue;
      }
      const n = token.count;
      switch (token.letter) {
        case 'G':
          out += ERAS[f.era];
          break;
        case 'y':
          out += n === 2 ? pad(f.yearOfEra, 2, 2) : pad(f.yearOfEra, n);
          break;
        case 'Y':
          out += n === 2 ? pad(f.weekYear, 2, 2) : pad(f.weekYear, n);
          break;
        case 'M':
        case 'L':
          out += n >= 4 ? MONTHS[f.month - 1] : n === 3 ? SHORT_MONTHS[f.month - 1] : pad(f.month, n);
          break;
        case 'd':
          out += pad(f.day, n);
          break;
        case 'k':
          out += pad(f.hourOfDay === 0 ? 24 : f.hourOfDay, n);
          break;
        case 'H':
          out += pad(f.hourOfDay, n);
          break;
        case 'm':
          out += pad(f.minute, n);
          break;
        case 's':
          out += pad(f.second, n);
          break;
        case 'S':
          out += pad(f.millisecond, n);
          break;
        case 'E':
          out += (n >= 4 ? WEEKDAYS : SHORT_WEEKDAYS)[f.dayOfWeek - 1];
          break;
        case 'D':
          out += pad(f.dayOfYear, n);
          break;
        case 'F':
          out += pad(f.dayOfWeekInMonth, n);
          break;
        case 'w':
          out += pad(f.weekOfYear, n);
          break;
        case 'W':
          out += pad(f.weekOfMonth, n);
          break;
        case 'a':
          out += AM_PM[f.hourOfDay < 12 ? 0 : 1];
          break;
        case 'h':
          out += pad(f.hourOfDay % 12 === 0 ? 12 : f.hourOfDay % 12, n);
          break;
        case 'K':
          out += pad(f.hourOfDay % 12, n);
          break;
        case 'z':
          out += n >= 4 ? 'Coordinated Universal Time' : 'UTC';
          break;
        case 'Z':
          out += '+0000';
          break;
        case 'X':
          out += 'Z';
          break;
        case 'u':
          out += pad(f.dayOfWeek === 1 ? 7 : f.dayOfWeek - 1, n);
          break;
      }
    }
    return out;
  }

  /**
   * `parse(text, pos)` from `start`: the instant and the index after the parsed text, or null where Java returns
   * null (the text need not be consumed entirely).
   */
  parse(text: string, start = 0): { millis: number; next: number } | null {
    const fields = new FieldSet();
    let ambiguousYear = false;
    let pos = start;
    for (let t = 0; t < this.#tokens.length; t++) {
      const token = this.#tokens[t] as Token;
      if (token.kind === 'literal') {
        for (const expected of token.text) {
          const actual = text.charAt(pos);
          if (
            pos >= text.length ||
            (actual !== expected && !(isSpaceSeparator(actual) && isSpaceSeparator(expected)))
          ) {
            return null;
          }
          pos++;
        }
        continue;
      }
      const result = this.parseField(text, pos, token, obeysCount(this.#tokens[t + 1]), fields);
      if (result === null) return null;
      if (result.ambiguousYear) ambiguousYear = true;
      pos = result.next;
    }
    let millis = establish(fields);
    if (ambiguousYear && millis < this.#defaultCenturyStart) {
      fields.set('YEAR', fields.get('YEAR', 1970) + 100);
      millis = establish(fields);
    }
    return { millis, next: pos };
  }

  private parseField(
    text: string,
    start: number,
    token: { letter: string; count: number },
    obeyCount: boolean,
    fields: FieldSet,
  ): { next: number; ambiguousYear?: boolean } | null {
    let pos = start;
    for (;;) {
      if (pos >= text.length) return null;
      const c = text.charAt(pos);
      if (c !== ' ' && c !== '\t') break;
      pos++;
    }
    const actualStart = pos;
    const { letter, count } = token;
    const number = () => {
      if (obeyCount && start + count > text.length) return null;
      return parseInteger(text, pos, obeyCount ? start + count : text.length);
    };
    const numeric = (field: CalendarField, adjust: (v: number) => number = (v) => v) => {
      const parsed = number();
      if (parsed === null) return null;
      fields.set(field, adjust(parsed.value));
      return { next: parsed.next };
    };
    const named = (field: CalendarField, ...lists: (readonly string[])[]) => {
      for (const names of lists) {
        const match = matchText(text, start, names);
        if (match !== null) {
          fields.set(field, match.index);
          return { next: match.next };
        }
      }
      return null;
    };
    switch (letter) {
      case 'G':
        return named('ERA', ERAS);
      case 'y':
      case 'Y': {
        const parsed = number();
        if (parsed === null) return null;
        let value = parsed.value;
        let ambiguousYear = false;
        if (
          count <= 2 &&
          parsed.next - actualStart === 2 &&
          javaDigit(text.charCodeAt(actualStart)) >= 0 &&
          javaDigit(text.charCodeAt(actualStart + 1)) >= 0
        ) {
          const centuryStartYear = calendarFields(this.#defaultCenturyStart).yearOfEra;
          const ambiguousTwoDigitYear = centuryStartYear % 100;
          ambiguousYear = value === ambiguousTwoDigitYear;
          value += Math.floor(centuryStartYear / 100) * 100 + (value < ambiguousTwoDigitYear ? 100 : 0);
        }
        fields.set(letter === 'y' ? 'YEAR' : 'WEEK_YEAR', value);
        return { next: parsed.next, ambiguousYear };
      }
      case 'M':
      case 'L':
        if (count <= 2) return numeric('MONTH', (v) => v - 1);
        return named('MONTH', MONTHS, SHORT_MONTHS);
      case 'd':
        return numeric('DAY_OF_MONTH');
      case 'k':
        return numeric('HOUR_OF_DAY', (v) => (v === 24 ? 0 : v));
      case 'H':
        return numeric('HOUR_OF_DAY');
      case 'm':
        return numeric('MINUTE');
      case 's':
        return numeric('SECOND');
      case 'S':
        return numeric('MILLISECOND');
      case 'E':
        for (const names of [WEEKDAYS, SHORT_WEEKDAYS]) {
          const match = matchText(text, start, names);
          if (match !== null) {
            fields.set('DAY_OF_WEEK', match.index + 1);
            return { next: match.next };
          }
        }
        return null;
      case 'D':
        return numeric('DAY_OF_YEAR');
      case 'F':
        return numeric('DAY_OF_WEEK_IN_MONTH');
      case 'w':
        return numeric('WEEK_OF_YEAR');
      case 'W':
        return numeric('WEEK_OF_MONTH');
      case 'a':
        return named('AM_PM', AM_PM);
      case 'h':
        return numeric('HOUR', (v) => (v === 12 ? 0 : v));
      case 'K':
        return numeric('HOUR');
      case 'u':
        return numeric('ISO_DAY_OF_WEEK');
      case 'z':
      case 'Z':
        return this.parseZone(text, start, pos, fields);
      case 'X':
        return this.parseIsoZone(text, pos, count, fields);
    }
    return null;
  }

  private parseZone(text: string, start: number, pos: number, fields: FieldSet): { next: number } | null {
    const c = text.charAt(pos);
    let sign = c === '+' ? 1 : c === '-' ? -1 : 0;
    if (sign !== 0) return numericZone(text, pos + 1, sign, 0, false, fields);
    if ((c === 'G' || c === 'g') && text.slice(start, start + 3).toUpperCase() === 'GMT') {
      const after = start + 3;
      const d = text.charAt(after);
      sign = d === '+' ? 1 : d === '-' ? -1 : 0;
      if (sign === 0) {
        fields.set('ZONE_OFFSET', 0);
        return { next: after };
      }
      return numericZone(text, after + 1, sign, 0, true, fields);
    }
    const match = matchText(text, pos, [
      'UTC',
      'UT',
      'GMT',
      'Coordinated Universal Time',
      'Greenwich Mean Time',
    ]);
    if (match === null) return null;
    fields.set('ZONE_OFFSET', 0);
    return { next: match.next };
  }

  private parseIsoZone(text: string, pos: number, count: number, fields: FieldSet): { next: number } | null {
    if (pos >= text.length) return null;
    const c = text.charAt(pos);
    if (c === 'Z') {
      fields.set('ZONE_OFFSET', 0);
      return { next: pos + 1 };
    }
    const sign = c === '+' ? 1 : c === '-' ? -1 : 0;
    if (sign === 0) return null;
    return numericZone(text, pos + 1, sign, count, count === 3, fields);
  }
}

function isAsciiDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** `subParseNumericZone`: hh[[:]mm]. */
function numericZone(
  text: string,
  start: number,
  sign: number,
  count: number,
  colon: boolean,
  fields: FieldSet,
): { next: number } | null {
  let index = start;
  const at = () => {
    if (index >= text.length) throw new RangeError('end of text');
    return text.charAt(index++);
  };
  try {
    let c = at();
    if (!isAsciiDigit(c)) return null;
    let hours = Number(c);
    c = at();
    if (isAsciiDigit(c)) hours = hours * 10 + Number(c);
    else {
      if (count > 0 || !colon) return null;
      index--;
    }
    if (hours > 23) return null;
    let minutes = 0;
    if (count !== 1) {
      c = at();
      if (colon) {
        if (c !== ':') return null;
        c = at();
      }
      if (!isAsciiDigit(c)) return null;
      minutes = Number(c);
      c = at();
      if (!isAsciiDigit(c)) return null;
      minutes = minutes * 10 + Number(c);
      if (minutes > 59) return null;
    }
    fields.set('ZONE_OFFSET', (minutes + hours * 60) * 60_000 * sign);
    return { next: index };
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}
