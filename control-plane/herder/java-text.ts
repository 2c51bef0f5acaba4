/** Java's `AbstractMap.toString()` text for a config map: `{k1=v1, k2=v2}` in insertion order. */
export function javaMapText(map: Readonly<Record<string, string | null>>): string {
  return `{${Object.entries(map)
    .map(([k, v]) => `${k}=${v === null ? 'null' : v}`)
    .join(', ')}}`;
}
