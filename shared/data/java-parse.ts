/** Java's Integer.parseInt on ASCII text: optional sign, decimal digits, within int range; undefined otherwise. */
export function parseJavaInt(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= -2147483648 && value <= 2147483647 ? value : undefined;
}
