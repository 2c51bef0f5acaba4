/**
 * Schema helpers of connect-transforms (`SchemaUtil`), and the per-transformation cache of derived schemas
 * (Apache's `SynchronizedCache<>(new LRUCache<>(16))` keyed by schema equality).
 */
import { schemaEquals } from '../data/equality.ts';
import { DataException } from '../data/errors.ts';
import type { Field, Schema } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';

/** Copies name, version, doc and parameters onto `builder` (a fresh builder of the same type by default). */
export function copySchemaBasics(source: Schema, builder?: SchemaBuilder): SchemaBuilder {
  const target =
    builder ??
    (source.type === 'ARRAY'
      ? SchemaBuilder.array(source.valueSchema as Schema)
      : new SchemaBuilder(source.type));
  if (source.name !== undefined) target.name(source.name);
  if (source.version !== undefined) target.version(source.version);
  if (source.doc !== undefined) target.doc(source.doc);
  if (source.parameters !== undefined) target.parameters(source.parameters);
  return target;
}

/** Java's `schema.fields()`: only structs have fields. */
export function structFields(schema: Schema): readonly Field[] {
  if (schema.type !== 'STRUCT') throw new DataException('Cannot list fields on non-struct type');
  return schema.fields ?? [];
}

/** A least-recently-used map from schemas (compared with ConnectSchema.equals) to derived schemas. */
export class SchemaCache {
  readonly #entries: [Schema, Schema][] = [];
  readonly #maxSize: number;

  constructor(maxSize = 16) {
    this.#maxSize = maxSize;
  }

  get(key: Schema): Schema | undefined {
    // Record after record brings the same schema object: the most recently used entry, already in place.
    const last = this.#entries[this.#entries.length - 1];
    if (last !== undefined && last[0] === key) return last[1];
    const index = this.#entries.findIndex(([k]) => k === key || schemaEquals(k, key));
    if (index < 0) return undefined;
    const [entry] = this.#entries.splice(index, 1) as [[Schema, Schema]];
    this.#entries.push(entry);
    return entry[1];
  }

  put(key: Schema, value: Schema): void {
    const index = this.#entries.findIndex(([k]) => k === key || schemaEquals(k, key));
    if (index >= 0) this.#entries.splice(index, 1);
    this.#entries.push([key, value]);
    while (this.#entries.length > this.#maxSize) this.#entries.shift();
  }

  /** The cached schema for `key`, built and cached on a miss. */
  getOrBuild(key: Schema, build: () => Schema): Schema {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const built = build();
    this.put(key, built);
    return built;
  }
}
