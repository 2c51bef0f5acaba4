/**
 * The config definitions of Apache's FileStream connectors (connect-file 4.1.1), key for key: the same types,
 * defaults, importance, validators and documentation, so `GET /connector-plugins/FileStreamSource/config` and
 * validation answer as Apache's do.
 */
import { ConfigDef, type RawConfig } from './config-def.ts';
import { NonEmptyString } from './validators.ts';

export const FILE_STREAM_SOURCE_CLASS = 'org.apache.kafka.connect.file.FileStreamSourceConnector';
export const FILE_STREAM_SINK_CLASS = 'org.apache.kafka.connect.file.FileStreamSinkConnector';

export const FileStreamConfigKeys = {
  FILE: 'file',
  TOPIC: 'topic',
  BATCH_SIZE: 'batch.size',
} as const;

/** Default `batch.size` of the source: records read per poll. */
export const DEFAULT_TASK_BATCH_SIZE = 2000;

/** `FileStreamSourceConnector.CONFIG_DEF`. */
export function fileStreamSourceConfigDef(): ConfigDef {
  return new ConfigDef()
    .define({
      name: FileStreamConfigKeys.FILE,
      type: 'STRING',
      defaultValue: null,
      importance: 'HIGH',
      documentation: 'Source filename. If not specified, the standard input will be used',
    })
    .define({
      name: FileStreamConfigKeys.TOPIC,
      type: 'STRING',
      validator: new NonEmptyString(),
      importance: 'HIGH',
      documentation: 'The topic to publish data to',
    })
    .define({
      name: FileStreamConfigKeys.BATCH_SIZE,
      type: 'INT',
      defaultValue: DEFAULT_TASK_BATCH_SIZE,
      importance: 'LOW',
      documentation:
        'The maximum number of records the source task can read from the file each time it is polled',
    });
}

/** `FileStreamSinkConnector.CONFIG_DEF`. */
export function fileStreamSinkConfigDef(): ConfigDef {
  return new ConfigDef().define({
    name: FileStreamConfigKeys.FILE,
    type: 'STRING',
    defaultValue: null,
    importance: 'HIGH',
    documentation: 'Destination filename. If not specified, the standard output will be used',
  });
}

/**
 * `FileStreamSourceConnector.exactlyOnceSupport(props)`: supported when reading a named file (offsets are
 * tracked), not when reading standard input. Throws ConfigException for a config that does not parse.
 */
export function fileStreamSourceExactlyOnceSupport(props: RawConfig): 'SUPPORTED' | 'UNSUPPORTED' {
  const file = fileStreamSourceConfigDef().parse(props).get(FileStreamConfigKeys.FILE);
  return typeof file === 'string' && file.length > 0 ? 'SUPPORTED' : 'UNSUPPORTED';
}
