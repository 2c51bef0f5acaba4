/**
 * The ISO-8601 forms Connect's `Values` uses for Date, Time and Timestamp header values: `yyyy-MM-dd`,
 * `HH:mm:ss.SSS'Z'` and `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`, read and written the way a Java `SimpleDateFormat` with
 * those patterns does in a JVM whose default time zone is UTC (Connect never sets the zone on these formats).
 *
 * Both directions are the SimpleDateFormat of shared/transforms/simple-date-format.ts (which TimestampConverter and
 * TimestampRouter use with user patterns): reading is lenient, as SimpleDateFormat's is by default (out-of-range
 * fields roll over, "2024-13-45" is 2025-02-14; numeric fields may carry a minus sign, an exponent ("1E1") or
 * non-ASCII decimal digits; blanks and tabs before a number are skipped; text after the pattern is ignored), and
 * dates before 15 October 1582 are in the Julian calendar, as java.util.GregorianCalendar has them.
 */
import { SimpleDateFormat } from '../transforms/simple-date-format.ts';

const MILLIS_PER_DAY = 86_400_000;
/** JavaScript Dates hold ±8.64e15 ms. */
const MAX_DATE_MILLIS = 8.64e15;

const DATE_PATTERN = 'yyyy-MM-dd';
const TIME_PATTERN = "HH:mm:ss.SSS'Z'";
const TIMESTAMP_PATTERN = `${DATE_PATTERN}'T'${TIME_PATTERN}`;

export const ISO_8601_DATE_LENGTH = 'yyyy-MM-dd'.length;
export const ISO_8601_TIME_LENGTH = 'HH:mm:ss.SSSZ'.length;
export const ISO_8601_TIMESTAMP_LENGTH = 'yyyy-MM-ddTHH:mm:ss.SSSZ'.length;

export type TemporalKind = 'date' | 'time' | 'timestamp';

// A format of a fixed pattern keeps no state between calls (the two-digit-year window is unused), so one each.
const FORMATS: Record<TemporalKind, SimpleDateFormat> = {
  date: new SimpleDateFormat(DATE_PATTERN),
  time: new SimpleDateFormat(TIME_PATTERN),
  timestamp: new SimpleDateFormat(TIMESTAMP_PATTERN),
};

/**
 * `new SimpleDateFormat(pattern).parse(text, new ParsePosition(0))` for one of Values' three patterns, in UTC:
 * the Date, or undefined where Java's parse fails (or where the instant lies outside a JavaScript Date).
 */
export function parseConnectTemporal(text: string, kind: TemporalKind): Date | undefined {
  const parsed = FORMATS[kind].parse(text, 0);
  if (parsed === null || parsed.next === 0) return undefined;
  if (!(Math.abs(parsed.millis) <= MAX_DATE_MILLIS)) return undefined;
  return new Date(parsed.millis);
}

/**
 * `Values.dateFormatFor(value).format(value)` in UTC: an instant before one day after the epoch (negative ones
 * too) prints as a time, a whole number of days as a date, anything else as a timestamp.
 */
export function formatConnectTemporal(date: Date): string {
  const millis = date.getTime();
  if (millis < MILLIS_PER_DAY) return FORMATS.time.format(millis);
  if (millis % MILLIS_PER_DAY === 0) return FORMATS.date.format(millis);
  return FORMATS.timestamp.format(millis);
}
