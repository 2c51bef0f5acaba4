/** HasHeaderKey: true for records with at least one header named `name`. */
import { ConfigDef, type RawConfig } from '../../config/config-def.ts';
import { NonEmptyString } from '../../config/validators.ts';
import { lazyConfigDef, type Predicate, predicate, TRANSFORMS_PACKAGE } from '../plugin.ts';
import { SimpleConfig } from '../simple-config.ts';

export const HAS_HEADER_KEY_CLASS = `${TRANSFORMS_PACKAGE}.predicates.HasHeaderKey`;

export const hasHeaderKeyConfigDef = lazyConfigDef(() =>
  new ConfigDef().define({
    name: 'name',
    type: 'STRING',
    validator: new NonEmptyString(),
    importance: 'MEDIUM',
    documentation: 'The header name.',
  }),
);

function createHasHeaderKey(configs: RawConfig): Predicate {
  const name = new SimpleConfig(hasHeaderKeyConfigDef(), configs).getString('name');
  return { test: (record) => record.headers.toArray().some((h) => h.key === name) };
}

export const HAS_HEADER_KEY = predicate(HAS_HEADER_KEY_CLASS, hasHeaderKeyConfigDef, createHasHeaderKey);
