/** connect-transforms `NonEmptyListValidator`: a LIST config must have at least one element. */
import { ConfigException, type ParsedValue, type Validator } from '../config/config-def.ts';

export class NonEmptyListValidator implements Validator {
  ensureValid(name: string, value: ParsedValue): void {
    if (value === null || (value as readonly string[]).length === 0) {
      throw ConfigException.invalid(name, value, 'Empty list');
    }
  }

  toString(): string {
    return 'non-empty list';
  }
}
