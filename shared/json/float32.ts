/**
 * Correctly rounded conversions to IEEE single precision (Java's float), which Math.fround(Number(x)) gets wrong
 * when rounding to double first lands exactly on a halfway point between two floats.
 */
import type { DecimalParts } from './decimal-text.ts';

const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

/** The float next to `f` (a float32 value) toward +Infinity (up) or -Infinity. */
function nextFloat(f: number, up: boolean): number {
  if (f === 0) return up ? 1.401298464324817e-45 : -1.401298464324817e-45;
  f32[0] = f;
  const bits = i32[0] as number;
  i32[0] = f > 0 === up ? bits + 1 : bits - 1;
  return f32[0] as number;
}

/** Exact value of a finite double as m × 2^e. */
function exactBinary(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = -1074;
  if (biased !== 0) {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return { m: x < 0 ? -m : m, e };
}

/** Sign of (unscaled × 10^-scale) − x for a finite double x. */
function compareDecimalWithDouble({ unscaled, scale }: DecimalParts, x: number): number {
  const { m, e } = exactBinary(x);
  let left = unscaled;
  let right = m;
  if (scale < 0) left *= 10n ** BigInt(-scale);
  else right *= 10n ** BigInt(scale);
  if (e >= 0) right <<= BigInt(e);
  else left <<= BigInt(-e);
  return left < right ? -1 : left > right ? 1 : 0;
}

function isEvenFloat(f: number): boolean {
  f32[0] = f;
  return ((i32[0] as number) & 1) === 0;
}

/** Rounds an exact decimal, whose nearest double is `nearestDouble`, to the nearest float (ties to even). */
function roundToFloat(parts: DecimalParts, nearestDouble: number): number {
  const candidate = Math.fround(nearestDouble);
  if (candidate === nearestDouble || !Number.isFinite(nearestDouble)) return candidate;
  const up = nearestDouble > candidate;
  const other = nextFloat(candidate, up);
  const otherValue = Number.isFinite(other) ? other : Math.sign(other) * 2 ** 128;
  const midpoint = (candidate + otherValue) / 2; // exact: floats have 24 bits
  if (nearestDouble !== midpoint) return candidate;
  const cmp = compareDecimalWithDouble(parts, midpoint);
  const above = up ? cmp > 0 : cmp < 0;
  if (cmp !== 0) return above ? other : candidate;
  return isEvenFloat(candidate) ? candidate : other;
}

/** Java's BigDecimal.floatValue(): the float nearest to unscaled × 10^-scale. */
export function decimalToFloat32(parts: DecimalParts): number {
  if (parts.unscaled === 0n) return 0;
  return roundToFloat(parts, Number(`${parts.unscaled}e${-parts.scale}`));
}

/** Java's (float) long / BigInteger.floatValue(): the float nearest to the integer. */
export function bigintToFloat32(value: bigint): number {
  return roundToFloat({ unscaled: value, scale: 0 }, Number(value));
}
