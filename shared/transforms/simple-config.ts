/**
 * A transformation's parsed configuration (connect-transforms `SimpleConfig`, an `AbstractConfig`): every key of the
 * definition parsed and validated, with Apache's ConfigException messages; keys the definition does not know are
 * ignored.
 */
import type { ConfigDef, ParsedValue, RawConfig } from '../config/config-def.ts';

export class SimpleConfig {
  readonly #values: Map<string, ParsedValue>;

  constructor(def: ConfigDef, configs: RawConfig) {
    this.#values = def.parse(configs);
  }

  private get(key: string): ParsedValue {
    if (!this.#values.has(key)) throw new Error(`Unknown configuration '${key}'`);
    return this.#values.get(key) as ParsedValue;
  }

  getString(key: string): string | null {
    return this.get(key) as string | null;
  }

  getList(key: string): readonly string[] {
    return this.get(key) as readonly string[];
  }

  getBoolean(key: string): boolean {
    return this.get(key) as boolean;
  }

  getInt(key: string): number | null {
    return this.get(key) as number | null;
  }
}
