/**
 * An arbitrary-precision decimal with Java BigDecimal's identity (unscaled value and scale both matter: 1.5 and
 * 1.50 are different) and printing. It is the value of the Decimal logical type.
 */
import { decimalToDouble, parseDecimalText } from '../json/decimal-text.ts';
import { javaBigDecimalToString } from '../json/java-number-format.ts';

export class BigDecimal {
  /** The unscaled integer value. */
  readonly unscaled: bigint;
  /** The number of digits after the decimal point (negative: trailing zeros before it). */
  readonly scale: number;

  /** unscaled × 10^-scale. */
  constructor(unscaled: bigint, scale = 0) {
    if (!Number.isInteger(scale) || scale > 2147483647 || scale < -2147483648) {
      throw new RangeError(`BigDecimal scale must be a Java int, got ${scale}`);
    }
    this.unscaled = unscaled;
    this.scale = scale;
  }

  /** Parses decimal text like `new BigDecimal(String)`: "12.34", "-0.05", "1E+3". Throws on anything else. */
  static parse(text: string): BigDecimal {
    const parts = parseDecimalText(text);
    if (!parts) throw new SyntaxError(`Not a decimal number: ${JSON.stringify(text)}`);
    return new BigDecimal(parts.unscaled, parts.scale);
  }

  /** Java's BigDecimal.toString(): "12.34", "0.00", "1E+3", "1E-10". */
  toString(): string {
    return javaBigDecimalToString(this.unscaled, this.scale);
  }

  /** Plain notation without an exponent (BigDecimal.toPlainString()). */
  toPlainString(): string {
    const negative = this.unscaled < 0n;
    const digits = (negative ? -this.unscaled : this.unscaled).toString();
    let body: string;
    if (this.scale <= 0) body = this.unscaled === 0n ? '0' : digits + '0'.repeat(-this.scale);
    else if (digits.length > this.scale) {
      body = `${digits.slice(0, digits.length - this.scale)}.${digits.slice(digits.length - this.scale)}`;
    } else body = `0.${'0'.repeat(this.scale - digits.length)}${digits}`;
    return negative ? `-${body}` : body;
  }

  /** The nearest double (BigDecimal.doubleValue()). */
  toNumber(): number {
    return decimalToDouble(this);
  }

  /** Java's equals: same unscaled value and same scale. */
  equals(other: unknown): boolean {
    return other instanceof BigDecimal && other.unscaled === this.unscaled && other.scale === this.scale;
  }

  /** Numeric comparison ignoring scale (BigDecimal.compareTo): -1, 0 or 1. */
  compareTo(other: BigDecimal): number {
    const common = Math.max(this.scale, other.scale);
    const a = this.unscaled * 10n ** BigInt(common - this.scale);
    const b = other.unscaled * 10n ** BigInt(common - other.scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** The unscaled value as minimal big-endian two's-complement bytes (BigInteger.toByteArray()). */
  unscaledBytes(): Uint8Array {
    return bigintToTwosComplement(this.unscaled);
  }

  /** A decimal from big-endian two's-complement bytes and a scale (`new BigDecimal(new BigInteger(bytes), scale)`). */
  static fromUnscaledBytes(bytes: Uint8Array, scale: number): BigDecimal {
    return new BigDecimal(twosComplementToBigint(bytes), scale);
  }
}

/** Minimal big-endian two's-complement encoding of an integer, like Java's BigInteger.toByteArray(). */
export function bigintToTwosComplement(value: bigint): Uint8Array {
  let byteLength = 1;
  while (value < -(1n << BigInt(8 * byteLength - 1)) || value >= 1n << BigInt(8 * byteLength - 1))
    byteLength++;
  let v = BigInt.asUintN(8 * byteLength, value);
  const out = new Uint8Array(byteLength);
  for (let i = byteLength - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** Integer from big-endian two's-complement bytes, like `new BigInteger(bytes)`; throws on zero length. */
export function twosComplementToBigint(bytes: Uint8Array): bigint {
  if (bytes.length === 0) throw new RangeError('Zero length BigInteger');
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return BigInt.asIntN(8 * bytes.length, v);
}
