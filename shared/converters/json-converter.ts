/**
 * org.apache.kafka.connect.json.JsonConverter: Connect data as JSON, byte-identical to Apache's. With
 * schemas.enable=true (the default) every message is an envelope {"schema":...,"payload":...}; without it the
 * bare payload is written and read back schemaless.
 */
import { DataException } from '../data/errors.ts';
import type { Schema } from '../data/schema.ts';
import { SCHEMA_AND_VALUE_NULL, type SchemaAndValue } from '../data/schema-and-value.ts';
import { readJacksonTree } from '../json/jackson-read.ts';
import { jacksonSize } from '../json/jackson-values.ts';
import { JSON_NULL, type JsonNode, type JsonObject, jsonField } from '../json/node.ts';
import { writeJsonNode, writeJsonNodeUtf8 } from '../json/write.ts';
import type { Converter } from './converter.ts';
import {
  type ConverterConfigs,
  jsonConverterConfigDef,
  parseConverterConfig,
  withConverterType,
} from './converter-config.ts';
import type { HeaderConverter } from './header-converter.ts';
import {
  DEFAULT_JSON_CONVERTER_CONFIG,
  type JsonConverterConfig,
  parseJsonConverterConfig,
} from './json-converter-config.ts';
import { convertToConnect, convertToJson } from './json-data.ts';
import { jsonToSchema, schemaToJson } from './json-schema.ts';
import { LruCache } from './lru-cache.ts';

interface CachedJsonSchema {
  readonly node: JsonObject;
  readonly text: string;
}

export const ENVELOPE_ERROR =
  'JsonConverter with schemas.enable requires "schema" and "payload" fields and may not contain additional fields.' +
  ' If you are trying to deserialize plain JSON data, set schemas.enable=false in your converter configuration.';

const CONFIG_DEF = jsonConverterConfigDef();

export class JsonConverter implements Converter, HeaderConverter {
  #config: JsonConverterConfig = DEFAULT_JSON_CONVERTER_CONFIG;
  #fromConnectSchemaCache = new LruCache<Schema, CachedJsonSchema>(
    DEFAULT_JSON_CONVERTER_CONFIG.schemaCacheSize,
  );
  #toConnectSchemaCache = new LruCache<string, Schema>(DEFAULT_JSON_CONVERTER_CONFIG.schemaCacheSize);

  /** Usable before configure() with Apache's defaults. */
  constructor(configs?: Readonly<Record<string, string>>) {
    if (configs !== undefined) this.configure(configs, false);
  }

  get config(): JsonConverterConfig {
    return this.#config;
  }

  /**
   * Applies schemas.enable, schemas.cache.size, decimal.format, replace.null.with.default (ConfigException if bad).
   * `configure(configs, isKey)` for key/value converters; `configure(configs)` (header converters) needs
   * `converter.type` in the configs, as Apache's does.
   */
  configure(configs: ConverterConfigs, isKey?: boolean): void {
    const typed = withConverterType(configs, isKey);
    parseConverterConfig(CONFIG_DEF, typed);
    this.#config = parseJsonConverterConfig(typed);
    this.#fromConnectSchemaCache = new LruCache(this.#config.schemaCacheSize);
    this.#toConnectSchemaCache = new LruCache(this.#config.schemaCacheSize);
  }

  /** JSON bytes for the value; null (a tombstone) only when both schema and value are null. */
  fromConnectData(_topic: string, schema: Schema | null, value: unknown): Uint8Array | null {
    if (schema === null && (value === null || value === undefined)) return null;
    const payload = convertToJson(schema, value, this.#config);
    if (!this.#config.schemasEnabled) return writeJsonNodeUtf8(payload);
    const schemaText = schema === null ? 'null' : this.#jsonSchema(schema).text;
    // Well-formed text (the writer escapes every surrogate): Node's encoder gives TextEncoder's bytes, faster.
    return Buffer.from(`{"schema":${schemaText},"payload":${writeJsonNode(payload)}}`, 'utf8');
  }

  /** Reads JSON bytes back; null bytes give {schema: null, value: null}. Throws DataException for bad input. */
  toConnectData(_topic: string, value: Uint8Array | null): SchemaAndValue {
    if (value === null) return SCHEMA_AND_VALUE_NULL;
    let node: JsonNode | undefined;
    try {
      node = readJacksonTree(value);
    } catch (error) {
      throw new DataException('Converting byte[] to Kafka Connect data failed due to serialization error: ', {
        cause: error,
      });
    }
    let schemaNode: JsonNode = JSON_NULL;
    let payload = node;
    if (this.#config.schemasEnabled) {
      const schemaField = jsonField(node, 'schema');
      const payloadField = jsonField(node, 'payload');
      if (
        node?.kind !== 'object' ||
        jacksonSize(node) !== 2 ||
        schemaField === undefined ||
        payloadField === undefined
      ) {
        throw new DataException(ENVELOPE_ERROR);
      }
      schemaNode = schemaField;
      payload = payloadField;
    }
    const schema = this.asConnectSchema(schemaNode);
    return { schema, value: convertToConnect(schema, payload, this.#config) };
  }

  /** Same as fromConnectData (JsonConverter is also a HeaderConverter). */
  fromConnectHeader(
    topic: string,
    _headerKey: string,
    schema: Schema | null,
    value: unknown,
  ): Uint8Array | null {
    return this.fromConnectData(topic, schema, value);
  }

  /** Same as toConnectData. */
  toConnectHeader(topic: string, _headerKey: string, value: Uint8Array | null): SchemaAndValue {
    return this.toConnectData(topic, value);
  }

  /** The envelope's JSON schema object for a Connect schema. */
  asJsonSchema(schema: Schema): JsonObject {
    return this.#jsonSchema(schema).node;
  }

  #jsonSchema(schema: Schema): CachedJsonSchema {
    const cacheable = Object.isFrozen(schema);
    const cached = cacheable ? this.#fromConnectSchemaCache.get(schema) : undefined;
    if (cached !== undefined) return cached;
    const node = schemaToJson(schema, this.#config);
    const json = { node, text: writeJsonNode(node) };
    if (cacheable) this.#fromConnectSchemaCache.set(schema, json);
    return json;
  }

  /** The Connect schema for an envelope's JSON schema object (null for JSON null). */
  asConnectSchema(node: JsonNode): Schema | null {
    if (node.kind === 'null') return null;
    const key = writeJsonNode(node);
    const cached = this.#toConnectSchemaCache.get(key);
    if (cached !== undefined) return cached;
    const schema = jsonToSchema(node, this.#config);
    if (schema !== null) this.#toConnectSchemaCache.set(key, schema);
    return schema;
  }
}
