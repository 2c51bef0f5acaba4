/**
 * UTF-8 takes Node's native codec for well-formed text and valid bytes; these properties pin that the result is
 * always what the JDK-exact path gives (malformed input and lone surrogates included), so the fast path changes no
 * byte and no character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Java, javaCharset } from '../../../shared/converters/charsets.ts';

const utf8 = javaCharset('UTF-8');
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

describe('UTF-8 fast path', () => {
  it('decodes any bytes exactly as the JDK-exact decoder', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: 'grapheme', maxLength: 32 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        expect(utf8?.decode(b)).toBe(decodeUtf8Java(b));
        expect(utf8?.decode(Buffer.from(b))).toBe(decodeUtf8Java(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('encodes any text as Java does: lone surrogates become "?"', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 32 }), (text) => {
        const expected = new TextEncoder().encode(text.replace(LONE_SURROGATE, '?'));
        expect(new Uint8Array(utf8?.encode(text) ?? [])).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
    expect(Buffer.from(utf8?.encode('a\ud800b') ?? []).toString('latin1')).toBe('a?b');
  });
});
