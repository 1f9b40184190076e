import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeTableCell } from '../../src/reporters/markdown-escape.js';
import { codeSpanContents, countCellDelimiters, stripCodeSpans } from './gfm.js';

/** What GitHub displays for an escaped cell (backslash escapes, the three entities, the ZWSP reference). */
function displayed(escaped: string): string {
  return escaped
    .replace(/&#8203;/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('escapeTableCell', () => {
  it.each<[string, string]>([
    ['plain text 1.2.3', 'plain text 1.2.3'],
    ['a|b', 'a\\|b'],
    ['a\\|b', 'a\\\\\\|b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['&amp; &#64;', '&amp;amp; &amp;#&#8203;64;'],
    ['@octocat and @org/team', '@&#8203;octocat and @&#8203;org/team'],
    ['mail@example.com', 'mail@&#8203;example.com'],
    ['fixes #123, not #abc', 'fixes #&#8203;123, not #abc'],
    ['see GH-42', 'see GH&#8203;-42'],
    ['line1\nline2\r\nline3\rline4', 'line1 line2 line3 line4'],
    ['tab\there', 'tab here'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![img](http://x)', '!\\[img\\](http://x)'],
    ['**bold** _em_ ~~del~~', '\\*\\*bold\\*\\* \\_em\\_ \\~\\~del\\~\\~'],
    ['`code`', '\\`code\\`'],
    ['$x^2$', '\\$x^2\\$'],
    ['\u001b[31mred', '\uFFFD[31mred'.replace('[', '\\[')],
    ['a\u202Eb', 'a\uFFFDb'],
  ])('%j → %j', (input, expected) => {
    expect(escapeTableCell(input)).toBe(expected);
  });

  it('displays the original text, flattened to one line (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab1 |\\`*_[]~$@#<>&;!()-:GHgh'.split('')), maxLength: 60 }), (text) => {
        expect(displayed(escapeTableCell(text))).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('never adds a cell delimiter, HTML, or a bare mention (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ unit: fc.constantFrom(...'|\\`@#<>&\n\r'.split('')), maxLength: 30 }), (a, b) => {
        const cell = escapeTableCell(a + b);
        expect(countCellDelimiters(`| ${cell} |`)).toBe(2);
        expect(cell).not.toMatch(/[<>\n\r]/);
        expect(cell).not.toMatch(/@(?!&#8203;)/);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('codeSpan', () => {
  it.each<[string, string]>([
    ['a', '`a`'],
    ['registry.k8s.io/pause:3.9', '`registry.k8s.io/pause:3.9`'],
    ['a`b', '``a`b``'],
    ['a``b`c', '```a``b`c```'],
    ['`a', '`` `a ``'],
    ['a`', '`` a` ``'],
    [' a ', '`  a  `'],
    [' a', '` a`'],
    ['   ', '`   `'],
    ['a|b', '`a\\|b`'],
    ['a\\|b', '`a\\\\|b`'],
    ['a\nb', '`a b`'],
    ['<script>@octocat</script>', '`<script>@octocat</script>`'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(codeSpan(input)).toBe(expected);
  });

  it('leaves | alone outside tables', () => {
    expect(codeSpan('a|b', { inTable: false })).toBe('`a|b`');
  });

  it('shows the text exactly and stays one cell (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab `|\\@<'.split('')), minLength: 1, maxLength: 40 }), (text) => {
        const span = codeSpan(text, { inTable: false });
        expect(codeSpanContents(span)).toEqual([text]);
        expect(stripCodeSpans(span)).toBe('⟦code⟧');
        const inTable = codeSpan(text);
        expect(countCellDelimiters(`| ${inTable} |`)).toBe(2);
        // cmark-gfm removes the backslash of each `\|` before parsing the cell.
        expect(codeSpanContents(inTable.replace(/\\\|/g, '|'))).toEqual([text]);
      }),
      { numRuns: 3000 },
    );
  });
});
