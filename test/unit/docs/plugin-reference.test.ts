import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, renderPluginReference, withSection } from '../../../docs/plugin-reference.ts';

describe('README plugin reference', () => {
  it('lists every shipped plugin with its keys, as the code defines them (run `npm run plugin-reference`)', () => {
    const readme = readFileSync(README, 'utf8');
    const section = renderPluginReference();
    expect(withSection(readme, section)).toBe(readme);
    for (const name of ['InsertField$Value', 'TimestampConverter$Key', 'HasHeaderKey', 'IntegerConverter']) {
      expect(section).toContain(name);
    }
  });
});
