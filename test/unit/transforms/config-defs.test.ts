import { describe, expect, it } from 'vitest';
import { convertToString } from '../../../shared/config/config-def.ts';
import { convertConfigKey } from '../../../shared/config/config-info.ts';
import { TRANSFORM_PLUGINS } from '../../../shared/transforms/registry.ts';
import { CONFIG_DEF_INPUTS } from './cases/config-defs.ts';
import { CONFIG_DEF_VECTORS } from './config-def-vectors.ts';

describe("every plugin's config() is Apache 4.1.1's", () => {
  it.each(TRANSFORM_PLUGINS.map((p) => [p.className, p] as const))('%s', (className, plugin) => {
    const expected = CONFIG_DEF_VECTORS[className];
    if (expected === undefined) throw new Error(`no recorded definition for ${className}`);
    const def = plugin.configDef();
    const keys = [...def.configKeys().values()].map((key) => ({
      ...convertConfigKey(key),
      validator: key.validator === null ? 'null' : key.validator.toString(),
    }));
    expect(keys).toEqual(expected.keys);
    const inputs = [{}, ...(CONFIG_DEF_INPUTS[className] ?? [])];
    const validations = inputs.map((props) =>
      def.validate(props).map((v) => ({
        name: v.name,
        value: convertToString(v.value, def.configKeys().get(v.name)?.type ?? null),
        errors: [...v.errorMessages],
      })),
    );
    expect(validations).toEqual(expected.validations);
  });
});
