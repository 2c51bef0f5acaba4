/**
 * The tokenizer behind `Values.parseString`: the text is cut at the delimiters `: , { } [ ] "` (each delimiter its
 * own token) unless a backslash escapes them; everything between delimiters is one token, white space included.
 * Peeking for an expected token skips blank tokens and compares trimmed text; positions can be marked and
 * rewound to, which is how the parser backtracks.
 */
import { javaTrim } from '../config/java-text.ts';

const DELIMITERS = new Set([':', ',', '{', '}', '[', ']', '"']);

/** Java's `Utils.isBlank`: empty after String.trim(). */
export function isBlank(text: string): boolean {
  return javaTrim(text).length === 0;
}

export class ValuesTokenizer {
  readonly original: string;
  #index = 0;
  /** A token read ahead by canConsume and not taken. */
  #peeked: string | null = null;
  #previous: string | null = null;

  constructor(original: string) {
    this.original = original;
  }

  /** The read position (after any token read ahead). */
  position(): number {
    return this.#index;
  }

  /** The start of the next token to be returned. */
  mark(): number {
    return this.#index - (this.#peeked?.length ?? 0);
  }

  rewindTo(position: number): void {
    this.#index = position;
    this.#peeked = null;
    this.#previous = null;
  }

  hasNext(): boolean {
    return this.#peeked !== null || this.#index < this.original.length;
  }

  next(): string {
    if (this.#peeked !== null) {
      this.#previous = this.#peeked;
      this.#peeked = null;
    } else {
      this.#previous = this.#consumeToken();
    }
    return this.#previous;
  }

  /** The text of the next `n` tokens, or null (and nothing consumed) when there are fewer. */
  nextTokens(n: number): string | null {
    const start = this.mark();
    for (let i = 0; i < n; i++) {
      if (!this.hasNext()) {
        this.rewindTo(start);
        return null;
      }
      this.next();
    }
    return this.original.substring(start, this.position());
  }

  /** The token last returned by next(). */
  previous(): string | null {
    return this.#previous;
  }

  /** Takes the next non-blank token if, trimmed, it equals `expected`; otherwise keeps it for later. */
  canConsume(expected: string): boolean {
    if (this.#peeked === null) {
      if (!this.hasNext()) return false;
      this.#peeked = this.#consumeToken();
    }
    while (isBlank(this.#peeked) && this.#index < this.original.length) {
      this.#peeked = this.#consumeToken();
    }
    if (javaTrim(this.#peeked) !== expected) return false;
    this.#peeked = null;
    return true;
  }

  #consumeToken(): string {
    const text = this.original;
    const start = this.#index;
    let escaped = false;
    while (this.#index < text.length) {
      const c = text.charAt(this.#index);
      if (c === '\\') {
        escaped = !escaped;
      } else if (DELIMITERS.has(c)) {
        if (!escaped) {
          if (start < this.#index) return text.substring(start, this.#index);
          this.#index++;
          return text.substring(start, start + 1);
        }
        escaped = false;
      } else {
        escaped = false;
      }
      this.#index++;
    }
    return text.substring(start, this.#index);
  }
}
