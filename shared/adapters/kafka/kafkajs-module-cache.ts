/**
 * Replacing kafkajs 2.2.4's internal modules (it is pinned and unmaintained): a replacement goes into Node's CommonJS
 * module cache, where kafkajs' own `require` finds it, so it must be installed before kafkajs loads the module —
 * shared/adapters/kafka/kafkajs.ts imports every replacing module before `kafkajs`. Should kafkajs ever be bundled,
 * there is nothing to resolve and nothing is replaced (Lambda bundles keep it external: infra/lib/bundle.ts).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface CachedModule {
  exports: unknown;
}

/** kafkajs' module `specifier` (e.g. `kafkajs/src/…/index.js`) will be `exports`, unless it was loaded already. */
export function replaceKafkajsModule(specifier: string, exports: unknown): void {
  const path = resolve(specifier);
  if (path === undefined) return;
  const cache = require.cache as Record<string, CachedModule | undefined>;
  if (!cache[path]) {
    cache[path] = {
      id: path,
      filename: path,
      loaded: true,
      exports,
      children: [],
      paths: [],
    } as CachedModule;
  }
}

/** Loads kafkajs' own module `specifier`, then makes later `require`s of it get `wrap(original)`. */
export function wrapKafkajsModule<T>(specifier: string, wrap: (original: T) => T): void {
  const path = resolve(specifier);
  if (path === undefined) return;
  const original = require(path) as T;
  const entry = (require.cache as Record<string, CachedModule | undefined>)[path];
  if (entry) entry.exports = wrap(original);
}

/** A kafkajs module as `require` loads it (for its error classes, codecs and the like). */
export function kafkajsModule<T>(specifier: string): T {
  return require(specifier) as T;
}

function resolve(specifier: string): string | undefined {
  try {
    return require.resolve(specifier);
  } catch {
    return undefined;
  }
}
