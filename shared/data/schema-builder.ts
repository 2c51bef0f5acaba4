/**
 * Fluent construction of schemas (org.apache.kafka.connect.data.SchemaBuilder), with Apache's checks and
 * messages: a property can be set only once, defaults are validated, struct field names are unique.
 *
 *   SchemaBuilder.struct().name('com.example.Rec').field('id', Schemas.INT32).optional().build()
 */
import { DataException, SchemaBuilderException } from './errors.ts';
import { ConnectSchema, type Field, type Schema, type SchemaType } from './schema.ts';
import { Struct } from './struct.ts';
import { validateValue } from './validate.ts';

function checkCanSet(fieldName: string, current: unknown, value: unknown): void {
  if (current !== undefined && current !== null && current !== value) {
    throw new SchemaBuilderException(`Invalid SchemaBuilder call: ${fieldName} has already been set.`);
  }
}

export class SchemaBuilder {
  readonly type: SchemaType;
  #optional: boolean | undefined;
  #defaultValue: unknown = null;
  #fields: Map<string, Field> | undefined;
  #keySchema: Schema | undefined;
  #valueSchema: Schema | undefined;
  #name: string | undefined;
  #version: number | undefined;
  #doc: string | undefined;
  #parameters: Map<string, string> | undefined;

  constructor(type: SchemaType) {
    if (type === null || type === undefined) throw new SchemaBuilderException('type cannot be null');
    this.type = type;
    if (type === 'STRUCT') this.#fields = new Map();
  }

  static type(type: SchemaType): SchemaBuilder {
    return new SchemaBuilder(type);
  }
  static int8(): SchemaBuilder {
    return new SchemaBuilder('INT8');
  }
  static int16(): SchemaBuilder {
    return new SchemaBuilder('INT16');
  }
  static int32(): SchemaBuilder {
    return new SchemaBuilder('INT32');
  }
  static int64(): SchemaBuilder {
    return new SchemaBuilder('INT64');
  }
  static float32(): SchemaBuilder {
    return new SchemaBuilder('FLOAT32');
  }
  static float64(): SchemaBuilder {
    return new SchemaBuilder('FLOAT64');
  }
  static bool(): SchemaBuilder {
    return new SchemaBuilder('BOOLEAN');
  }
  static string(): SchemaBuilder {
    return new SchemaBuilder('STRING');
  }
  static bytes(): SchemaBuilder {
    return new SchemaBuilder('BYTES');
  }
  static struct(): SchemaBuilder {
    return new SchemaBuilder('STRUCT');
  }

  /** An ARRAY schema builder with this element schema. */
  static array(valueSchema: Schema): SchemaBuilder {
    if (valueSchema === null || valueSchema === undefined) {
      throw new SchemaBuilderException('valueSchema cannot be null.');
    }
    const builder = new SchemaBuilder('ARRAY');
    builder.#valueSchema = valueSchema;
    return builder;
  }

  /** A MAP schema builder with these key and value schemas. */
  static map(keySchema: Schema, valueSchema: Schema): SchemaBuilder {
    if (keySchema === null || keySchema === undefined)
      throw new SchemaBuilderException('keySchema cannot be null.');
    if (valueSchema === null || valueSchema === undefined) {
      throw new SchemaBuilderException('valueSchema cannot be null.');
    }
    const builder = new SchemaBuilder('MAP');
    builder.#keySchema = keySchema;
    builder.#valueSchema = valueSchema;
    return builder;
  }

  /** Whether optional() has been called. */
  get isOptional(): boolean {
    return this.#optional === true;
  }

  optional(): this {
    checkCanSet('optional', this.#optional, true);
    this.#optional = true;
    return this;
  }

  required(): this {
    checkCanSet('optional', this.#optional, false);
    this.#optional = false;
    return this;
  }

  /** Sets the default value after validating it (SchemaBuilderException "Invalid default value" otherwise). */
  defaultValue(value: unknown): this {
    checkCanSet('default', this.#defaultValue, value);
    try {
      if (this.type === 'STRUCT' && value instanceof Struct) {
        // Apache compares the struct's schema with the builder itself, which never matches.
        throw new DataException('Struct schemas do not match.');
      }
      validateValue(this.build(), value);
    } catch (error) {
      if (error instanceof DataException) {
        throw new SchemaBuilderException('Invalid default value', { cause: error });
      }
      throw error;
    }
    this.#defaultValue = this.type === 'INT64' && typeof value === 'number' ? BigInt(value) : (value ?? null);
    return this;
  }

  name(name: string): this {
    checkCanSet('name', this.#name, name);
    this.#name = name;
    return this;
  }

  version(version: number): this {
    checkCanSet('version', this.#version, version);
    this.#version = version;
    return this;
  }

  doc(doc: string): this {
    checkCanSet('doc', this.#doc, doc);
    this.#doc = doc;
    return this;
  }

  /** Adds (or replaces) one parameter; insertion order is kept. */
  parameter(name: string, value: string): this {
    this.#parameters ??= new Map();
    this.#parameters.set(name, value);
    return this;
  }

  /** Adds parameters; an empty set adds nothing (so the schema keeps having no parameters). */
  parameters(props: Readonly<Record<string, string>>): this {
    const entries = Object.entries(props);
    if (entries.length === 0) return this;
    this.#parameters ??= new Map();
    for (const [name, value] of entries) this.#parameters.set(name, value);
    return this;
  }

  /** Adds a struct field (STRUCT only). */
  field(fieldName: string, fieldSchema: Schema): this {
    if (this.#fields === undefined)
      throw new SchemaBuilderException(`Cannot create fields on type ${this.type}`);
    if (fieldName === null || fieldName === undefined || fieldName === '') {
      throw new SchemaBuilderException('fieldName cannot be null.');
    }
    if (fieldSchema === null || fieldSchema === undefined) {
      throw new SchemaBuilderException(`fieldSchema for field ${fieldName} cannot be null.`);
    }
    if (this.#fields.has(fieldName)) {
      throw new SchemaBuilderException(`Cannot create field because of field name duplication ${fieldName}`);
    }
    this.#fields.set(
      fieldName,
      Object.freeze({ name: fieldName, index: this.#fields.size, schema: fieldSchema }),
    );
    return this;
  }

  /** The fields added so far (STRUCT only). */
  get fields(): readonly Field[] {
    if (this.#fields === undefined) throw new DataException('Cannot list fields on non-struct type');
    return [...this.#fields.values()];
  }

  /** The immutable schema. */
  build(): ConnectSchema {
    return new ConnectSchema({
      type: this.type,
      optional: this.#optional === true,
      defaultValue: this.#defaultValue,
      name: this.#name,
      version: this.#version,
      doc: this.#doc,
      parameters: this.#parameters === undefined ? undefined : Object.fromEntries(this.#parameters),
      fields: this.#fields === undefined ? undefined : [...this.#fields.values()],
      keySchema: this.#keySchema,
      valueSchema: this.#valueSchema,
    });
  }
}
