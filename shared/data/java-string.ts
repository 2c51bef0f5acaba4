/**
 * The text Java's `String.valueOf(value)` gives for a Connect value, which is what Apache's FileStreamSink writes:
 * strings as they are, null as "null", numbers/booleans as Java prints them, lists as "[a, b]", maps as "{k=v}".
 * Values with their own `toString()` that is not Object's (e.g. Struct) use it.
 */
export function toJavaString(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return javaDoubleText(value);
  if (value instanceof Uint8Array) return `[B@${(value.byteLength >>> 0).toString(16)}`;
  if (Array.isArray(value)) return `[${value.map(toJavaString).join(', ')}]`;
  if (value instanceof Map) {
    return `{${[...value.entries()].map(([k, v]) => `${toJavaString(k)}=${toJavaString(v)}`).join(', ')}}`;
  }
  if (value instanceof Date) return value.toString();
  const own = (value as { toString?: () => string }).toString;
  if (typeof own === 'function' && own !== Object.prototype.toString) return own.call(value);
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}=${toJavaString(v)}`)
    .join(', ')}}`;
}

/** Integers print without a fraction (Java ints/longs); others as JS prints them. */
function javaDoubleText(n: number): string {
  return String(n);
}
