/**
 * RegexRouter: when the whole topic matches `regex`, renames it with `replaceFirst(replacement)`; other records pass
 * through unchanged.
 */
import { ConfigDef, type RawConfig } from '../config/config-def.ts';
import { RegexValidator } from '../config/validators.ts';
import { JavaPattern } from './java-pattern.ts';
import { lazyConfigDef, TRANSFORMS_PACKAGE, type Transformation, transformation } from './plugin.ts';
import { SimpleConfig } from './simple-config.ts';

export const REGEX_ROUTER_CLASS = `${TRANSFORMS_PACKAGE}.RegexRouter`;

export const regexRouterConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: 'regex',
      type: 'STRING',
      validator: new RegexValidator(),
      importance: 'HIGH',
      documentation: 'Regular expression to use for matching.',
    })
    .define({
      name: 'replacement',
      type: 'STRING',
      importance: 'HIGH',
      documentation: 'Replacement string.',
    }),
);

function createRegexRouter(configs: RawConfig): Transformation {
  const config = new SimpleConfig(regexRouterConfigDef(), configs);
  const regex = new JavaPattern(config.getString('regex') as string);
  const replacement = config.getString('replacement') as string;
  return {
    apply(record) {
      if (!regex.matches(record.topic)) return record;
      return record.newRecord(
        regex.replaceFirst(record.topic, replacement),
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

export const REGEX_ROUTER = transformation(REGEX_ROUTER_CLASS, regexRouterConfigDef, createRegexRouter);
