/**
 * Java's `AbstractMap.toString()` text for a config map as Apache prints it in "contains no connector type":
 * a `new HashMap<>(config)` copy, so keys come in Java hash order, not request order.
 */
import { javaHashMapCopyOrder } from '../../shared/config/java-hash-order.ts';

export function javaMapText(map: Readonly<Record<string, string | null>>): string {
  return `{${javaHashMapCopyOrder(Object.keys(map))
    .map((k) => `${k}=${map[k] ?? 'null'}`)
    .join(', ')}}`;
}
