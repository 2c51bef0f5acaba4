/**
 * Java regular expressions at run time (`Pattern.compile(regex).matcher(s)`): `matches()` and `replaceFirst()` with
 * Java's replacement syntax (`$1`, `${name}`, `\$`). Patterns run on JavaScript's engine, which shares Java's syntax
 * for everything topic names need; `\A`, `\z`, `\Z` and the POSIX classes (`\p{Alpha}`, ...) are translated, other
 * Java-only constructs (possessive quantifiers, atomic groups, `\p{javaX}` classes) are not.
 */
import { IllegalArgumentException } from './errors.ts';

/** Java's IndexOutOfBoundsException (an unknown group number in a replacement). */
export class IndexOutOfBoundsException extends Error {
  override readonly name: string = 'IndexOutOfBoundsException';
}

const POSIX_CLASSES: Readonly<Record<string, string>> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

/** Java-only escapes rewritten for JavaScript: input anchors and POSIX character classes. */
function translate(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern.charAt(i + 1);
      const posix = /^[pP]\{(\w+)\}/.exec(pattern.slice(i + 1));
      const range = posix === null ? undefined : POSIX_CLASSES[posix[1] as string];
      if (posix !== null && range !== undefined) {
        const negated = next === 'P';
        out += inClass && !negated ? range : `[${negated ? '^' : ''}${range}]`;
        i += posix[0].length;
      } else if (!inClass && next === 'A') {
        out += '^';
        i++;
      } else if (!inClass && next === 'z') {
        out += '$';
        i++;
      } else if (!inClass && next === 'Z') {
        out += '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?$)';
        i++;
      } else {
        out += c + next;
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

function compile(source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch {
    return new RegExp(source);
  }
}

export class JavaPattern {
  readonly pattern: string;
  readonly #find: RegExp;
  readonly #whole: RegExp;
  readonly #groupCount: number;

  /** Throws SyntaxError when JavaScript cannot compile the pattern (config validation reports Java's errors). */
  constructor(pattern: string) {
    this.pattern = pattern;
    const source = translate(pattern);
    this.#find = compile(source);
    this.#whole = compile(`^(?:${source})$`);
    this.#groupCount = (compile(`${source}|`).exec('')?.length ?? 1) - 1;
  }

  /** `matcher(input).matches()`. */
  matches(input: string): boolean {
    return this.#whole.test(input);
  }

  /** `matcher(input).replaceFirst(replacement)`: the first match (searching from the start) replaced. */
  replaceFirst(input: string, replacement: string): string {
    const match = this.#find.exec(input);
    if (match === null) return input;
    const expanded = this.expand(match, replacement);
    return input.slice(0, match.index) + expanded + input.slice(match.index + match[0].length);
  }

  /** `Pattern.toString()`: the source text. */
  toString(): string {
    return this.pattern;
  }

  private expand(match: RegExpExecArray, replacement: string): string {
    let out = '';
    let cursor = 0;
    while (cursor < replacement.length) {
      const c = replacement.charAt(cursor);
      if (c === '\\') {
        cursor++;
        if (cursor === replacement.length) {
          throw new IllegalArgumentException('character to be escaped is missing');
        }
        out += replacement.charAt(cursor);
        cursor++;
      } else if (c === '$') {
        cursor++;
        if (cursor === replacement.length) {
          throw new IllegalArgumentException('Illegal group reference: group index is missing');
        }
        let group: string | undefined;
        if (replacement.charAt(cursor) === '{') {
          cursor++;
          let name = '';
          while (cursor < replacement.length && /[a-zA-Z0-9]/.test(replacement.charAt(cursor))) {
            name += replacement.charAt(cursor);
            cursor++;
          }
          if (name.length === 0) {
            throw new IllegalArgumentException('named capturing group has 0 length name');
          }
          if (replacement.charAt(cursor) !== '}') {
            throw new IllegalArgumentException("named capturing group is missing trailing '}'");
          }
          cursor++;
          if (match.groups === undefined || !Object.hasOwn(match.groups, name)) {
            throw new IllegalArgumentException(`No group with name {${name}}`);
          }
          group = match.groups[name];
        } else {
          let ref = replacement.charCodeAt(cursor) - 0x30;
          if (ref < 0 || ref > 9) throw new IllegalArgumentException('Illegal group reference');
          cursor++;
          while (cursor < replacement.length) {
            const digit = replacement.charCodeAt(cursor) - 0x30;
            if (digit < 0 || digit > 9) break;
            const next = ref * 10 + digit;
            if (next > this.#groupCount) break;
            ref = next;
            cursor++;
          }
          if (ref > this.#groupCount) throw new IndexOutOfBoundsException(`No group ${ref}`);
          group = match[ref];
        }
        if (group !== undefined) out += group;
      } else {
        out += c;
        cursor++;
      }
    }
    return out;
  }
}
