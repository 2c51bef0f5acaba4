/** TopicNameMatches: true for records whose whole topic name matches the Java regex `pattern`. */
import { ConfigDef, ConfigException, type RawConfig } from '../../config/config-def.ts';
import { CompositeValidator, NonEmptyString, RegexValidator } from '../../config/validators.ts';
import { JavaPattern } from '../java-pattern.ts';
import { lazyConfigDef, type Predicate, predicate, TRANSFORMS_PACKAGE } from '../plugin.ts';
import { SimpleConfig } from '../simple-config.ts';

export const TOPIC_NAME_MATCHES_CLASS = `${TRANSFORMS_PACKAGE}.predicates.TopicNameMatches`;

export const topicNameMatchesConfigDef = lazyConfigDef(() =>
  new ConfigDef().define({
    name: 'pattern',
    type: 'STRING',
    validator: CompositeValidator.of(new NonEmptyString(), new RegexValidator()),
    importance: 'MEDIUM',
    documentation: "A Java regular expression for matching against the name of a record's topic.",
  }),
);

function createTopicNameMatches(configs: RawConfig): Predicate {
  const value = new SimpleConfig(topicNameMatchesConfigDef(), configs).getString('pattern') as string;
  let pattern: JavaPattern;
  try {
    pattern = new JavaPattern(value);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    throw ConfigException.invalid(
      'pattern',
      value,
      `entry must be a Java-compatible regular expression: ${e.message}`,
    );
  }
  return { test: (record) => record.topic !== null && pattern.matches(record.topic) };
}

export const TOPIC_NAME_MATCHES = predicate(
  TOPIC_NAME_MATCHES_CLASS,
  topicNameMatchesConfigDef,
  createTopicNameMatches,
);
