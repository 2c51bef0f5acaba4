/**
 * What a transformation or predicate plugin is (connect-api `Transformation` / `Predicate`), and the Key/Value
 * pairs most of Apache's transformations come in (`InsertField$Key` works on the record key and key schema,
 * `InsertField$Value` on the value).
 */
import type { ConfigDef, RawConfig } from '../config/config-def.ts';
import type { Schema } from '../data/schema.ts';
import type { ConnectHeader } from '../plugins/api.ts';
import type { ConnectRecord } from './record.ts';

/** The version Apache's bundled transformations and predicates report. */
export const APACHE_TRANSFORMS_VERSION = '4.1.1';

export const TRANSFORMS_PACKAGE = 'org.apache.kafka.connect.transforms';

/** A configured transformation: a new record, the same record, or null to drop it. */
export interface Transformation {
  apply(record: ConnectRecord): ConnectRecord | null;
}

/** A configured predicate. */
export interface Predicate {
  test(record: ConnectRecord): boolean;
}

interface PluginBase {
  /** Binary class name, e.g. `org.apache.kafka.connect.transforms.InsertField$Value`. */
  readonly className: string;
  readonly version: string;
  /** The plugin's `config()`. */
  configDef(): ConfigDef;
}

export interface TransformationPlugin extends PluginBase {
  readonly type: 'transformation';
  /** `configure(configs)`: throws ConfigException (shared/config) for bad settings. */
  create(configs: RawConfig): Transformation;
}

export interface PredicatePlugin extends PluginBase {
  readonly type: 'predicate';
  create(configs: RawConfig): Predicate;
}

export type TransformPlugin = TransformationPlugin | PredicatePlugin;

/** The part of a record a Key or Value transformation works on. */
export interface RecordSide {
  readonly name: 'Key' | 'Value';
  schema(record: ConnectRecord): Schema | null;
  value(record: ConnectRecord): unknown;
  /** `record.newRecord(...)` with this side replaced (and, when given, these headers). */
  newRecord(
    record: ConnectRecord,
    schema: Schema | null,
    value: unknown,
    headers?: Iterable<ConnectHeader>,
  ): ConnectRecord;
}

export const KEY_SIDE: RecordSide = Object.freeze({
  name: 'Key',
  schema: (r: ConnectRecord) => r.keySchema,
  value: (r: ConnectRecord) => r.key,
  newRecord: (r: ConnectRecord, schema: Schema | null, value: unknown, headers?: Iterable<ConnectHeader>) =>
    r.newRecord(r.topic, r.kafkaPartition, schema, value, r.valueSchema, r.value, r.timestamp, headers),
});

export const VALUE_SIDE: RecordSide = Object.freeze({
  name: 'Value',
  schema: (r: ConnectRecord) => r.valueSchema,
  value: (r: ConnectRecord) => r.value,
  newRecord: (r: ConnectRecord, schema: Schema | null, value: unknown, headers?: Iterable<ConnectHeader>) =>
    r.newRecord(r.topic, r.kafkaPartition, r.keySchema, r.key, schema, value, r.timestamp, headers),
});

/** A definition built once, on first use (Apache's static CONFIG_DEF). */
export function lazyConfigDef(build: () => ConfigDef): () => ConfigDef {
  let def: ConfigDef | undefined;
  return () => {
    def ??= build();
    return def;
  };
}

/** A transformation plugin. */
export function transformation(
  className: string,
  configDef: () => ConfigDef,
  create: (configs: RawConfig) => Transformation,
): TransformationPlugin {
  return Object.freeze({
    className,
    type: 'transformation',
    version: APACHE_TRANSFORMS_VERSION,
    configDef,
    create,
  });
}

/** A predicate plugin. */
export function predicate(
  className: string,
  configDef: () => ConfigDef,
  create: (configs: RawConfig) => Predicate,
): PredicatePlugin {
  return Object.freeze({
    className,
    type: 'predicate',
    version: APACHE_TRANSFORMS_VERSION,
    configDef,
    create,
  });
}

/** The `$Key` and `$Value` plugins of an abstract transformation class such as `...transforms.InsertField`. */
export function keyValueTransformations(
  baseClassName: string,
  configDef: () => ConfigDef,
  create: (side: RecordSide, configs: RawConfig) => Transformation,
): readonly [TransformationPlugin, TransformationPlugin] {
  return [
    transformation(`${baseClassName}$Key`, configDef, (configs) => create(KEY_SIDE, configs)),
    transformation(`${baseClassName}$Value`, configDef, (configs) => create(VALUE_SIDE, configs)),
  ];
}
