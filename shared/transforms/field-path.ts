/**
 * Field paths of KIP-821 (connect-transforms `FieldSyntaxVersion` and `SingleFieldPath`): with `field.syntax.version`
 * V1 a path names a top-level field; with V2 dots separate nested field names and a name containing dots is wrapped
 * in backticks (a backtick inside such a name is escaped with a backslash).
 */
import { type ConfigDef, ConfigException } from '../config/config-def.ts';
import { CaseInsensitiveValidString } from '../config/validators.ts';
import { DataException } from '../data/errors.ts';
import { type Field, type Schema, schemaField } from '../data/schema.ts';
import type { Struct } from '../data/struct.ts';
import { IllegalArgumentException } from './errors.ts';
import { type MapValue, mapGet, requireMapOrNull, requireStructOrNull } from './requirements.ts';
import type { SimpleConfig } from './simple-config.ts';

export type FieldSyntaxVersion = 'V1' | 'V2';

export const FIELD_SYNTAX_VERSION_CONFIG = 'field.syntax.version';
const FIELD_SYNTAX_VERSION_DOC =
  'Defines the version of the syntax to access fields. ' +
  'If set to `V1`, then the field paths are limited to access the elements at the root level of the struct or map. ' +
  'If set to `V2`, the syntax will support accessing nested elements. ' +
  'To access nested elements, dotted notation is used. ' +
  'If dots are already included in the field name, ' +
  'then backtick pairs can be used to wrap field names containing dots. ' +
  'E.g. to access the subfield `baz` from a field named "foo.bar" in a struct/map ' +
  'the following format can be used to access its elements: "`foo.bar`.baz".';

/** Adds `field.syntax.version` to a definition. */
export function appendFieldSyntaxVersion(def: ConfigDef): ConfigDef {
  return def.define({
    name: FIELD_SYNTAX_VERSION_CONFIG,
    type: 'STRING',
    defaultValue: 'V1',
    validator: CaseInsensitiveValidString.in('V1', 'V2'),
    importance: 'HIGH',
    documentation: FIELD_SYNTAX_VERSION_DOC,
  });
}

export function fieldSyntaxVersionFrom(config: SimpleConfig): FieldSyntaxVersion {
  const text = config.getString(FIELD_SYNTAX_VERSION_CONFIG) as string;
  const upper = text.toUpperCase();
  if (upper === 'V1' || upper === 'V2') return upper;
  throw ConfigException.invalid(FIELD_SYNTAX_VERSION_CONFIG, text, 'Unrecognized field syntax version');
}

function incompleteBacktickPair(path: string, backtickAt: number): ConfigException {
  return new ConfigException(
    `Incomplete backtick pair in path: [${path}], consider adding a backslash before backtick at position ${backtickAt} to escape it`,
  );
}

/** The steps of a V2 path. */
function parseV2(path: string): string[] {
  const steps: string[] = [];
  let idx = 0;
  while (idx >= 0 && idx < path.length) {
    if (path[idx] !== '`') {
      const start = idx;
      idx = path.indexOf('.', idx);
      if (idx >= 0) {
        steps.push(path.slice(start, idx));
        idx++;
      } else {
        steps.push(path.slice(start));
      }
      continue;
    }
    const backtickAt = idx;
    idx++;
    let name = '';
    let start = idx;
    for (;;) {
      idx = path.indexOf('`', idx);
      if (idx === -1) throw incompleteBacktickPair(path, backtickAt);
      const escaped = path[idx - 1] === '\\';
      if (idx >= path.length - 1) {
        if (escaped) throw incompleteBacktickPair(path, backtickAt);
        steps.push(name + path.slice(start, idx));
        idx++;
        break;
      }
      if (path[idx + 1] !== '.') {
        // A backtick inside the name: keep looking for one followed by a dot.
        idx++;
        continue;
      }
      if (escaped) {
        name += `${path.slice(start, idx - 1)}\``;
        idx++;
        start = idx;
        continue;
      }
      steps.push(name + path.slice(start, idx));
      idx += 2;
      break;
    }
  }
  if (path.endsWith('.')) steps.push('');
  return steps;
}

/** Java's `ConnectSchema.field(name)`: only structs have fields. */
function lookUpField(schema: Schema, name: string): Field | undefined {
  if (schema.type !== 'STRUCT') throw new DataException('Cannot look up fields on non-struct type');
  return schemaField(schema, name);
}

/** Java's List.subList / get failing on a path without steps (an empty V2 path). */
function noSteps(): Error {
  return new IllegalArgumentException('fromIndex(0) > toIndex(-1)');
}

export class SingleFieldPath {
  readonly version: FieldSyntaxVersion;
  readonly steps: readonly string[];

  constructor(pathText: string, version: FieldSyntaxVersion) {
    this.version = version;
    this.steps = version === 'V1' ? [pathText] : parseV2(pathText);
  }

  private parents(): readonly string[] {
    if (this.steps.length === 0) throw noSteps();
    return this.steps.slice(0, -1);
  }

  private get last(): string {
    return this.steps[this.steps.length - 1] as string;
  }

  /** The field at this path in a struct schema, or null. */
  fieldFrom(schema: Schema | null): Field | null {
    if (schema === null) return null;
    let current = schema;
    for (const step of this.parents()) {
      const field = lookUpField(current, step);
      if (field === undefined) return null;
      current = field.schema;
    }
    return lookUpField(current, this.last) ?? null;
  }

  /** The value at this path in a struct (the field default for null values unless `withDefault` is false). */
  valueFromStruct(struct: Struct | null, withDefault = true): unknown {
    if (struct === null) return null;
    let current = struct;
    for (const step of this.parents()) {
      if (schemaField(current.schema, step) === undefined) return null;
      const next = requireStructOrNull(
        current.get(step),
        'nested field access',
        schemaField(current.schema, step)?.schema,
      );
      if (next === null) return null;
      current = next;
    }
    if (schemaField(current.schema, this.last) === undefined) return null;
    return withDefault ? current.get(this.last) : current.getWithoutDefault(this.last);
  }

  /** The value at this path in a schemaless map, or null. */
  valueFromMap(map: MapValue | null): unknown {
    if (map === null) return null;
    let current = map;
    for (const step of this.parents()) {
      const next = requireMapOrNull(mapGet(current, step), 'nested field access');
      if (next === null) return null;
      current = next;
    }
    return mapGet(current, this.last);
  }
}
