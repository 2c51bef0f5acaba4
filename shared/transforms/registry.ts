/**
 * Every transformation and predicate of Apache Kafka Connect 4.1.1's connect-transforms, by class name, and their
 * descriptors for the worker's PluginCatalog (`InsertField` and the other Key/Value parents are listed as abstract
 * classes so that naming one is answered with Apache's "Did you mean ...$Key, ...$Value?").
 */
import type { PluginDescriptor } from '../config/plugin-catalog.ts';
import { CAST_CLASS, CAST_KEY, CAST_VALUE } from './cast.ts';
import { DROP_HEADERS } from './drop-headers.ts';
import { EXTRACT_FIELD_CLASS, EXTRACT_FIELD_KEY, EXTRACT_FIELD_VALUE } from './extract-field.ts';
import { FILTER } from './filter.ts';
import { FLATTEN_CLASS, FLATTEN_KEY, FLATTEN_VALUE } from './flatten.ts';
import { HEADER_FROM_CLASS, HEADER_FROM_KEY, HEADER_FROM_VALUE } from './header-from.ts';
import { HOIST_FIELD_CLASS, HOIST_FIELD_KEY, HOIST_FIELD_VALUE } from './hoist-field.ts';
import { INSERT_FIELD_CLASS, INSERT_FIELD_KEY, INSERT_FIELD_VALUE } from './insert-field.ts';
import { INSERT_HEADER } from './insert-header.ts';
import { MASK_FIELD_CLASS, MASK_FIELD_KEY, MASK_FIELD_VALUE } from './mask-field.ts';
import {
  APACHE_TRANSFORMS_VERSION,
  type PredicatePlugin,
  type TransformationPlugin,
  type TransformPlugin,
} from './plugin.ts';
import { HAS_HEADER_KEY } from './predicates/has-header-key.ts';
import { RECORD_IS_TOMBSTONE } from './predicates/record-is-tombstone.ts';
import { TOPIC_NAME_MATCHES } from './predicates/topic-name-matches.ts';
import { REGEX_ROUTER } from './regex-router.ts';
import { REPLACE_FIELD_CLASS, REPLACE_FIELD_KEY, REPLACE_FIELD_VALUE } from './replace-field.ts';
import {
  SET_SCHEMA_METADATA_CLASS,
  SET_SCHEMA_METADATA_KEY,
  SET_SCHEMA_METADATA_VALUE,
} from './set-schema-metadata.ts';
import {
  TIMESTAMP_CONVERTER_CLASS,
  TIMESTAMP_CONVERTER_KEY,
  TIMESTAMP_CONVERTER_VALUE,
} from './timestamp-converter.ts';
import { TIMESTAMP_ROUTER } from './timestamp-router.ts';
import { VALUE_TO_KEY } from './value-to-key.ts';

export const TRANSFORMATION_PLUGINS: readonly TransformationPlugin[] = Object.freeze([
  CAST_KEY,
  CAST_VALUE,
  DROP_HEADERS,
  EXTRACT_FIELD_KEY,
  EXTRACT_FIELD_VALUE,
  FILTER,
  FLATTEN_KEY,
  FLATTEN_VALUE,
  HEADER_FROM_KEY,
  HEADER_FROM_VALUE,
  HOIST_FIELD_KEY,
  HOIST_FIELD_VALUE,
  INSERT_FIELD_KEY,
  INSERT_FIELD_VALUE,
  INSERT_HEADER,
  MASK_FIELD_KEY,
  MASK_FIELD_VALUE,
  REGEX_ROUTER,
  REPLACE_FIELD_KEY,
  REPLACE_FIELD_VALUE,
  SET_SCHEMA_METADATA_KEY,
  SET_SCHEMA_METADATA_VALUE,
  TIMESTAMP_CONVERTER_KEY,
  TIMESTAMP_CONVERTER_VALUE,
  TIMESTAMP_ROUTER,
  VALUE_TO_KEY,
]);

export const PREDICATE_PLUGINS: readonly PredicatePlugin[] = Object.freeze([
  HAS_HEADER_KEY,
  RECORD_IS_TOMBSTONE,
  TOPIC_NAME_MATCHES,
]);

export const TRANSFORM_PLUGINS: readonly TransformPlugin[] = Object.freeze([
  ...TRANSFORMATION_PLUGINS,
  ...PREDICATE_PLUGINS,
]);

/** The abstract parents of the Key/Value transformations. */
export const ABSTRACT_TRANSFORMATION_CLASSES: readonly string[] = Object.freeze([
  CAST_CLASS,
  EXTRACT_FIELD_CLASS,
  FLATTEN_CLASS,
  HEADER_FROM_CLASS,
  HOIST_FIELD_CLASS,
  INSERT_FIELD_CLASS,
  MASK_FIELD_CLASS,
  REPLACE_FIELD_CLASS,
  SET_SCHEMA_METADATA_CLASS,
  TIMESTAMP_CONVERTER_CLASS,
]);

/** Descriptors of every bundled transformation and predicate (and the abstract parents), for a PluginCatalog. */
export const TRANSFORM_PLUGIN_DESCRIPTORS: readonly PluginDescriptor[] = Object.freeze([
  ...TRANSFORM_PLUGINS.map(
    (plugin): PluginDescriptor => ({
      className: plugin.className,
      type: plugin.type,
      version: plugin.version,
      configDef: plugin.configDef,
    }),
  ),
  ...ABSTRACT_TRANSFORMATION_CLASSES.map(
    (className): PluginDescriptor => ({
      className,
      type: 'transformation',
      version: APACHE_TRANSFORMS_VERSION,
      abstract: true,
    }),
  ),
]);

const BY_CLASS = new Map(TRANSFORM_PLUGINS.map((p) => [p.className, p] as const));

/** The bundled plugin with this binary class name (no alias resolution). */
export function bundledTransformPlugin(className: string): TransformPlugin | undefined {
  return BY_CLASS.get(className);
}
