/**
 * TimestampRouter: renames the topic from `topic.format`, replacing `${topic}` with the topic and `${timestamp}` with
 * the record timestamp formatted by `timestamp.format` (a SimpleDateFormat pattern, in UTC). Records without a
 * timestamp fail.
 */
import { ConfigDef, type RawConfig } from '../config/config-def.ts';
import { DataException } from '../data/errors.ts';
import { lazyConfigDef, TRANSFORMS_PACKAGE, type Transformation, transformation } from './plugin.ts';
import { SimpleConfig } from './simple-config.ts';
import { SimpleDateFormat } from './simple-date-format.ts';

// biome-ignore lint/suspicious/noTemplateCurlyInString: Apache's placeholder, not a template
const TOPIC_PLACEHOLDER = '${topic}';
// biome-ignore lint/suspicious/noTemplateCurlyInString: Apache's placeholder, not a template
const TIMESTAMP_PLACEHOLDER = '${timestamp}';

export const TIMESTAMP_ROUTER_CLASS = `${TRANSFORMS_PACKAGE}.TimestampRouter`;

export const timestampRouterConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: 'topic.format',
      type: 'STRING',
      defaultValue: `${TOPIC_PLACEHOLDER}-${TIMESTAMP_PLACEHOLDER}`,
      importance: 'HIGH',
      documentation: `Format string which can contain <code>${TOPIC_PLACEHOLDER}</code> and <code>${TIMESTAMP_PLACEHOLDER}</code> as placeholders for the topic and timestamp, respectively.`,
    })
    .define({
      name: 'timestamp.format',
      type: 'STRING',
      defaultValue: 'yyyyMMdd',
      importance: 'HIGH',
      documentation:
        'Format string for the timestamp that is compatible with <code>java.text.SimpleDateFormat</code>.',
    }),
);

function createTimestampRouter(configs: RawConfig): Transformation {
  const config = new SimpleConfig(timestampRouterConfigDef(), configs);
  const topicFormat = config.getString('topic.format') as string;
  const timestampFormat = config.getString('timestamp.format') as string;
  // Apache creates the format lazily (per thread), so a bad pattern fails on the first record.
  let format: SimpleDateFormat | undefined;
  return {
    apply(record) {
      if (record.timestamp === null)
        throw new DataException(`Timestamp missing on record: ${record.toString()}`);
      format ??= new SimpleDateFormat(timestampFormat);
      const formatted = format.format(record.timestamp);
      const topic = topicFormat
        .replaceAll(TOPIC_PLACEHOLDER, () => record.topic)
        .replaceAll(TIMESTAMP_PLACEHOLDER, () => formatted);
      return record.newRecord(
        topic,
        record.kafkaPartition,
        record.keySchema,
        record.key,
        record.valueSchema,
        record.value,
        record.timestamp,
      );
    },
  };
}

export const TIMESTAMP_ROUTER = transformation(
  TIMESTAMP_ROUTER_CLASS,
  timestampRouterConfigDef,
  createTimestampRouter,
);
