import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script without types
import { asciiBundle } from '../../scripts/ascii-bundle.mjs';

// The action's bundle is rewritten to ASCII (scripts/build-action.mjs), so that Node and V8 read it
// one byte per character: every non-ASCII character becomes a \u escape where that means the same
// character, and the build fails where it might not.

const ascii = (code: string): string => (asciiBundle as (code: string, name?: string) => string)(code, 'bundle.js');
const NON_ASCII = /[^\x00-\x7f]/;
/** What a script computes (its completion value, as JSON), in a fresh context. */
const value = (code: string): string => JSON.stringify(runInNewContext(code));

describe('asciiBundle', () => {
  it.each([
    ['string literals', `'≤ 1.30 — ok' + "×2"`],
    ['untagged templates, with substitutions', 'const n = 3; `${n} × ${n + 1} → ${"≥"}…`'],
    ['regular expressions without a flag', `/[→≤]+/.exec('a→≤b')[0]`],
    ['regular expressions with u, astral characters included', `[/[😀é]/u.test('😀'), /^😀$/u.test('😀'), /[😀]/u.exec('x😀')[0]]`],
    ['regular expressions with v', `/[\\p{L}--[é]]/v.test('é')`],
    ['astral characters in strings', `'😀'.length + '😀'.codePointAt(0)`],
    ['identifiers', 'const größe = 2; const ñ = größe * 3; ñ'],
    ['comments', '// ≤ a comment\n/* → another\n — */ 1 + /* × */ 2'],
    ['a backslash before an ASCII character next to a non-ASCII one', String.raw`'\\→' + '\n→'`],
    ['object keys and JSON-like tables', `({ '→': 1, é: 2, [\`≥\`]: 3 })`],
  ])('%s: same value, only ASCII', (_, code) => {
    const out = ascii(code);
    expect(out).not.toMatch(NON_ASCII);
    expect(value(out)).toBe(value(code));
  });

  it('leaves an ASCII file as it is', () => {
    const code = "const a = 'x'; /* y */ `z${a}`;\n";
    expect(ascii(code)).toBe(code);
  });

  it.each([
    ['a tagged template (its tag sees the raw text)', 'String.raw`→`', /bundle\.js:1:\d+: U\+2192 in a tagged template/],
    ['a tagged template span', 'String.raw`a${1}→`', /U\+2192 in a tagged template/],
    ['a character right after a backslash', `'\\→'`, /U\+2192 right after a backslash/],
    ['white space between tokens', 'const a\u00a0= 1', /U\+00A0 is outside a literal, a comment and an identifier/],
    ['an astral character in an identifier', 'const 𝑥 = 1', /an astral character, in an identifier/],
  ])('refuses %s, naming the place', (_, code, message) => {
    expect(() => ascii(code)).toThrow(message);
  });

  it('keeps the value of any string literal (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => {
        const code = `${JSON.stringify(s)} + /* ${s.replaceAll('*/', '')} */ \`${s.replace(/[`\\$]/g, '')}\``;
        const out = ascii(code);
        expect(out).not.toMatch(NON_ASCII);
        expect(value(out)).toBe(value(code));
      }),
    );
  });
});
