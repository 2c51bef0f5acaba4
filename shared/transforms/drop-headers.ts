/** DropHeaders: removes every header whose key is listed in `headers`. */
import { ConfigDef, type RawConfig } from '../config/config-def.ts';
import { ConnectHeaders } from './headers.ts';
import { NonEmptyListValidator } from './non-empty-list-validator.ts';
import { lazyConfigDef, TRANSFORMS_PACKAGE, type Transformation, transformation } from './plugin.ts';
import { SimpleConfig } from './simple-config.ts';

export const DROP_HEADERS_CLASS = `${TRANSFORMS_PACKAGE}.DropHeaders`;

export const dropHeadersConfigDef = lazyConfigDef(() =>
  new ConfigDef().define({
    name: 'headers',
    type: 'LIST',
    validator: new NonEmptyListValidator(),
    importance: 'HIGH',
    documentation: 'The name of the headers to be removed.',
  }),
);

function createDropHeaders(configs: RawConfig): Transformation {
  const dropped = new Set(new SimpleConfig(dropHeadersConfigDef(), configs).getList('headers'));
  return {
    apply(record) {
      const headers = new ConnectHeaders();
      for (const header of record.headers) if (!dropped.has(header.key)) headers.add(header);
      return record.newRecord(
        record.topic,
        record.kafkaPartition,
        record.keySchema,
        record.key,
        record.valueSchema,
        record.value,
        record.timestamp,
        headers,
      );
    },
  };
}

export const DROP_HEADERS = transformation(DROP_HEADERS_CLASS, dropHeadersConfigDef, createDropHeaders);
