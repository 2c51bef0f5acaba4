/**
 * Java regular expressions as far as connector configs need them: a syntax check that reports the common
 * `PatternSyntaxException` messages exactly as `Pattern.compile` does (for `topics.regex`), and a best-effort
 * translation to a JS RegExp for whole-string matching.
 *
 * Checked: unclosed character class, illegal character range, unclosed group, unmatched ')', dangling
 * `*`/`+`/`?`, a trailing backslash, malformed `{n,m}` repetitions, unknown inline modifiers and unterminated
 * group names. Anything else is accepted (Java may still reject it; that is a known difference).
 */

/** `PatternSyntaxException.getMessage()`: description, index, the pattern and a caret under the index. */
function syntaxError(description: string, index: number, pattern: string): string {
  let message = description;
  if (index >= 0) message += ` near index ${index}`;
  message += `\n${pattern}`;
  if (index >= 0 && index < pattern.length) message += `\n${' '.repeat(index)}^`;
  return message;
}

class JavaRegexSyntaxError extends Error {}

class Checker {
  private i = 0;
  private readonly p: string;

  constructor(pattern: string) {
    this.p = pattern;
  }

  private fail(description: string, index: number): never {
    throw new JavaRegexSyntaxError(syntaxError(description, index, this.p));
  }

  run(): void {
    this.alternation(false);
    if (this.i < this.p.length) {
      // Only an unmatched ')' stops the top-level alternation early.
      this.fail("Unmatched closing ')'", this.i - 1);
    }
  }

  private alternation(inGroup: boolean): void {
    this.sequence();
    while (this.i < this.p.length && this.p[this.i] === '|') {
      this.i++;
      this.sequence();
    }
    if (inGroup && this.i >= this.p.length) this.fail('Unclosed group', this.p.length);
  }

  private sequence(): void {
    let atomSeen = false;
    while (this.i < this.p.length) {
      const c = this.p[this.i] as string;
      if (c === '|' || c === ')') return;
      if (c === '*' || c === '+' || c === '?') {
        if (!atomSeen) this.fail(`Dangling meta character '${c}'`, this.i);
        this.i++;
        this.quantifierModifier();
        atomSeen = false;
        continue;
      }
      if (c === '{' && atomSeen) {
        this.counted();
        this.quantifierModifier();
        atomSeen = false;
        continue;
      }
      this.atom();
      atomSeen = true;
    }
  }

  /** A lazy `?` or possessive `+` right after a quantifier. */
  private quantifierModifier(): void {
    const c = this.p[this.i];
    if (c === '?' || c === '+') this.i++;
  }

  private counted(): void {
    const open = this.i;
    this.i++;
    const digits = () => {
      const start = this.i;
      while (this.i < this.p.length && /[0-9]/.test(this.p[this.i] as string)) this.i++;
      return this.p.slice(start, this.i);
    };
    const min = digits();
    if (min.length === 0) this.fail('Illegal repetition', open + 1);
    let max: string | null = min;
    if (this.p[this.i] === ',') {
      this.i++;
      max = digits();
      if (max.length === 0) max = null;
    }
    if (this.i >= this.p.length) this.fail('Unclosed counted closure', this.i);
    if (this.p[this.i] !== '}') this.fail('Unclosed counted closure', this.i);
    if (max !== null && BigInt(max) < BigInt(min)) this.fail('Illegal repetition range', this.i);
    this.i++;
  }

  private atom(): void {
    const c = this.p[this.i];
    if (c === '\\') {
      this.escape();
    } else if (c === '[') {
      this.charClass();
    } else if (c === '(') {
      this.group();
    } else {
      this.i++;
    }
  }

  private escape(): void {
    if (this.i + 1 >= this.p.length) this.fail('Unexpected internal error', this.p.length);
    const next = this.p[this.i + 1];
    this.i += 2;
    if (next === 'Q') {
      const end = this.p.indexOf('\\E', this.i);
      this.i = end < 0 ? this.p.length : end + 2;
    } else if (
      (next === 'p' || next === 'P' || next === 'N' || next === 'x' || next === 'b') &&
      this.p[this.i] === '{'
    ) {
      // \p{Lu}, \N{name}, \x{h..h}, \b{g}: the braces belong to the escape.
      const end = this.p.indexOf('}', this.i);
      this.i = end < 0 ? this.p.length : end + 1;
    } else if (next === 'k' && this.p[this.i] === '<') {
      const end = this.p.indexOf('>', this.i);
      this.i = end < 0 ? this.p.length : end + 1;
    }
  }

  private group(): void {
    this.i++;
    if (this.p[this.i] === '?') {
      this.i++;
      const c = this.p[this.i];
      if (c === ':' || c === '=' || c === '!' || c === '>') {
        this.i++;
      } else if (c === '<') {
        this.i++;
        const n = this.p[this.i];
        if (n === '=' || n === '!') {
          this.i++;
        } else {
          const close = this.p.indexOf('>', this.i);
          if (close < 0) this.fail("named capturing group is missing trailing '>'", this.p.length);
          this.i = close + 1;
        }
      } else {
        while (this.i < this.p.length && /[idmsuxU-]/.test(this.p[this.i] as string)) this.i++;
        const end = this.p[this.i];
        if (end === ')') {
          this.i++;
          return;
        }
        if (end !== ':') this.fail('Unknown inline modifier', this.i);
        this.i++;
      }
    }
    this.alternation(true);
    this.i++; // the ')'
  }

  private charClass(): void {
    this.i++;
    if (this.p[this.i] === '^') this.i++;
    let first = true;
    let prev: string | null = null;
    while (this.i < this.p.length) {
      const c = this.p[this.i] as string;
      if (c === ']' && !first) {
        this.i++;
        return;
      }
      first = false;
      if (c === '[') {
        this.charClass();
        prev = null;
        continue;
      }
      if (c === '\\') {
        if (this.i + 1 >= this.p.length) this.fail('Unclosed character class', this.p.length - 1);
        this.i += 2;
        prev = null;
        continue;
      }
      if (c === '-' && prev !== null && this.p[this.i + 1] !== ']') {
        const end = this.p[this.i + 1];
        if (end === undefined) this.fail('Illegal character range', this.i + 1);
        if (end !== '[' && end !== '\\' && end < prev) this.fail('Illegal character range', this.i + 1);
        this.i += 2;
        prev = null;
        continue;
      }
      prev = c;
      this.i++;
    }
    this.fail('Unclosed character class', this.p.length - 1);
  }
}

/** The message Java's `Pattern.compile(pattern)` fails with, or null if it compiles (within the checked subset). */
export function checkJavaRegex(pattern: string): string | null {
  try {
    new Checker(pattern).run();
    return null;
  } catch (e) {
    if (e instanceof JavaRegexSyntaxError) return e.message;
    throw e;
  }
}

/**
 * A JS RegExp matching whole strings as Java's `Pattern.matcher(s).matches()` would, for patterns in the
 * syntax both engines share; null when JS cannot compile it.
 */
export function compileJavaRegexFullMatch(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    try {
      return new RegExp(`^(?:${pattern})$`);
    } catch {
      return null;
    }
  }
}
