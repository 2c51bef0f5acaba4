/**
 * Decimal numbers as Java's BigDecimal sees them: value = unscaled × 10^-scale.
 */

/** An exact decimal: unscaled × 10^-scale. */
export interface DecimalParts {
  readonly unscaled: bigint;
  readonly scale: number;
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses decimal text like Java's `new BigDecimal(String)`: "12.34" -> 1234/2, "1e3" -> 1/-3, "1.50" -> 150/2.
 * Returns undefined for text that is not a decimal number.
 */
export function parseDecimalText(text: string): DecimalParts | undefined {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return undefined;
  const [, sign = '', intDigits = '', fracDigits = '', exponent] = match;
  if (intDigits.length === 0 && fracDigits.length === 0) return undefined;
  const magnitude = BigInt(intDigits + fracDigits || '0');
  const scale = fracDigits.length - (exponent === undefined ? 0 : Number(exponent));
  if (!Number.isSafeInteger(scale) || Math.abs(scale) > 2 ** 31 - 1) return undefined;
  return { unscaled: sign === '-' ? -magnitude : magnitude, scale };
}

/** The integer part (truncated toward zero) of unscaled × 10^-scale, reduced modulo 2^bits as two's complement. */
export function decimalToIntBits({ unscaled, scale }: DecimalParts, bits: 32 | 64): bigint {
  if (unscaled === 0n) return 0n;
  if (scale <= -64) return 0n; // a multiple of 10^64 is a multiple of 2^64
  if (scale <= 0) return BigInt.asIntN(bits, unscaled * 10n ** BigInt(-scale));
  const digits = (unscaled < 0n ? -unscaled : unscaled).toString().length;
  if (scale >= digits) return 0n;
  return BigInt.asIntN(bits, unscaled / 10n ** BigInt(scale));
}

/** The double nearest to the decimal (BigDecimal.doubleValue): a zero decimal gives +0. */
export function decimalToDouble(parts: DecimalParts, text?: string): number {
  if (parts.unscaled === 0n) return 0;
  return Number(text ?? `${parts.unscaled}e${-parts.scale}`);
}
