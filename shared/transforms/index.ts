/** Apache Kafka Connect's single message transformations and predicates, and the chain a connector config builds. */
export {
  buildTransformationChain,
  type TransformationChain,
  type TransformationChainOptions,
  type TransformationStage,
} from './chain.ts';
export { ConnectHeaders, Header } from './headers.ts';
export {
  APACHE_TRANSFORMS_VERSION,
  type Predicate,
  type PredicatePlugin,
  type Transformation,
  type TransformationPlugin,
  type TransformPlugin,
} from './plugin.ts';
export {
  ConnectRecord,
  fromSinkRecord,
  fromSourceRecord,
  SinkConnectRecord,
  SourceConnectRecord,
  type TimestampType,
  toSinkRecord,
  toSourceRecord,
} from './record.ts';
export {
  ABSTRACT_TRANSFORMATION_CLASSES,
  bundledTransformPlugin,
  PREDICATE_PLUGINS,
  TRANSFORM_PLUGIN_DESCRIPTORS,
  TRANSFORM_PLUGINS,
  TRANSFORMATION_PLUGINS,
} from './registry.ts';
