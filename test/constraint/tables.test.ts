// The tables of /work/shared/reference/masterminds-constraints.md, plus
// hand-verified v3.5.0 expectations where Debian's 3.2.0 (our oracle) differs.
import { describe, expect, it } from 'vitest';
import {
  isExactConstraint,
  matchesConstraint,
  parseConstraint,
  toVersionIntervals,
  type ParsedConstraint,
} from '../../src/engine/constraint/index.js';

/** "[1.2.0, 1.3.0) ∪ [1.4.0, ∞)" */
function show(text: string): string {
  const p = parseConstraint(text);
  if (!p.ok) return `error: ${p.error}`;
  const parts = toVersionIntervals(p.releases).map((i) => `[${i.lo}, ${i.hi ?? '∞'})`);
  return parts.length ? parts.join(' ∪ ') : '∅';
}

function outcome(constraint: string, version: string): 'error' | boolean {
  try {
    return matchesConstraint(constraint, version);
  } catch {
    return 'error';
  }
}

describe('§3 partial versions at a glance', () => {
  const table: [string, string][] = [
    ['> 1.2', '[1.3.0, ∞)'],
    ['> 1.2.0', '[1.2.1, ∞)'],
    ['>= 1.2', '[1.2.0, ∞)'],
    ['< 1.2', '[0.0.0, 1.2.0)'],
    ['<= 1.2', '[0.0.0, 1.3.0)'],
    ['<= 1.2.0', '[0.0.0, 1.2.1)'],
    ['1.2', '[1.2.0, 1.3.0)'],
    ['= 1.2.x', '[1.2.0, 1.3.0)'],
    ['!= 1.2', '[0.0.0, 1.2.0) ∪ [1.3.0, ∞)'],
    ['> 1', '[2.0.0, ∞)'],
    ['> 1.x', '[2.0.0, ∞)'],
    ['<= 1', '[0.0.0, 2.0.0)'],
    ['< 1.2.x', '[0.0.0, 1.2.0)'],
    ['~1', '[1.0.0, 2.0.0)'],
    ['~1.2.3', '[1.2.3, 1.3.0)'],
    ['~1.2', '[1.2.0, 1.3.0)'],
    ['^1.2.3', '[1.2.3, 2.0.0)'],
    ['^0.2.3', '[0.2.3, 0.3.0)'],
    ['^0.0.3', '[0.0.3, 0.0.4)'],
    ['^0.0', '[0.0.0, 0.1.0)'],
    ['^0', '[0.0.0, 1.0.0)'],
    ['1.2 - 1.4.5', '[1.2.0, 1.4.6)'],
    ['1.2.3 - 1.4', '[1.2.3, 1.5.0)'],
  ];
  it.each(table)('%s → %s', (constraint, expected) => {
    expect(show(constraint)).toBe(expected);
  });
});

describe('§5.3 Gardener’s own strings', () => {
  const table: [string, string][] = [
    ['>= 1.35', '[1.35.0, ∞)'],
    ['1.34.x', '[1.34.0, 1.35.0)'],
    ['>= 1.31 < 1.34', '[1.31.0, 1.34.0)'],
    ['< 1.34', '[0.0.0, 1.34.0)'],
    ['>= 1.36', '[1.36.0, ∞)'],
    ['1.20.x', '[1.20.0, 1.21.0)'],
    ['>= 1.21', '[1.21.0, ∞)'],
    ['< 1.33-0', '[0.0.0, 1.33.0)'],
    ['>= 1.33-0', '[1.33.0, ∞)'],
    ['~ 1.28.x-0', '[1.28.0, 1.29.0)'],
    ['1.29.x || 1.30.x', '[1.29.0, 1.31.0)'],
    ['!= 1.33', '[0.0.0, 1.33.0) ∪ [1.34.0, ∞)'],
    ['1.30 - 1.33', '[1.30.0, 1.34.0)'],
  ];
  it.each(table)('%s → %s', (constraint, expected) => {
    expect(show(constraint)).toBe(expected);
  });
});

describe('§5.3 release table, one constraint per cell', () => {
  // op → [P0, P1, P2, P3 (no pre), P3 (pre)] with M=1, m=2, p=3 (P0: *; pre: -rc.1)
  const cells: Record<string, [string, string, string, string, string]> = {
    '=': ['[0.0.0, ∞)', '[1.0.0, 2.0.0)', '[1.2.0, 1.3.0)', '[1.2.3, 1.2.4)', '∅'],
    '~': ['[0.0.0, ∞)', '[1.0.0, 2.0.0)', '[1.2.0, 1.3.0)', '[1.2.3, 1.3.0)', '[1.2.3, 1.3.0)'],
    '^': ['[0.0.0, 0.0.1)', '[1.0.0, 2.0.0)', '[1.2.0, 2.0.0)', '[1.2.3, 2.0.0)', '[1.2.3, 2.0.0)'],
    '>=': ['[0.0.0, ∞)', '[1.0.0, ∞)', '[1.2.0, ∞)', '[1.2.3, ∞)', '[1.2.3, ∞)'],
    '>': ['[0.0.1, ∞)', '[2.0.0, ∞)', '[1.3.0, ∞)', '[1.2.4, ∞)', '[1.2.3, ∞)'],
    '<': ['∅', '[0.0.0, 1.0.0)', '[0.0.0, 1.2.0)', '[0.0.0, 1.2.3)', '[0.0.0, 1.2.3)'],
    '<=': ['[0.0.0, 0.1.0)', '[0.0.0, 2.0.0)', '[0.0.0, 1.3.0)', '[0.0.0, 1.2.4)', '[0.0.0, 1.2.3)'],
    '!=': ['[0.0.1, ∞)', '[0.0.0, 1.0.0) ∪ [2.0.0, ∞)', '[0.0.0, 1.2.0) ∪ [1.3.0, ∞)', '[0.0.0, 1.2.3) ∪ [1.2.4, ∞)', '[0.0.0, ∞)'],
  };
  const aliases: Record<string, string> = { '': '=', '~>': '~', '=>': '>=', '=<': '<=' };
  const versions = ['*', '1', '1.2', '1.2.3', '1.2.3-rc.1'];
  const rows: [string, string][] = [];
  for (const op of [...Object.keys(cells), ...Object.keys(aliases)]) {
    const row = cells[op] ?? cells[aliases[op]!]!;
    versions.forEach((v, i) => rows.push([`${op}${v}`, row[i]!]));
  }
  it.each(rows)('%s → %s', (constraint, expected) => {
    expect(show(constraint)).toBe(expected);
  });

  it('the special cells: ~0.0.0, ^0.x, > and != with a prerelease on P0/P2', () => {
    expect(show('~0.0.0')).toBe('[0.0.0, ∞)');
    expect(show('~0.0.0-rc.1')).toBe('[0.0.0, ∞)');
    expect(show('~0.0')).toBe('[0.0.0, 0.1.0)');
    expect(show('^0.2')).toBe('[0.2.0, 0.3.0)');
    expect(show('^0.2.3')).toBe('[0.2.3, 0.3.0)');
    expect(show('^0.0.3')).toBe('[0.0.3, 0.0.4)');
    expect(show('> *-0')).toBe('[0.0.0, ∞)');
    expect(show('!= *-0')).toBe('[0.0.0, ∞)');
    expect(show('!= 1.2-rc.1')).toBe('[0.0.0, ∞)');
    expect(show('> 1-0')).toBe(show('> 1'));
    expect(show('1.33.x-0')).toBe('[1.33.0, 1.34.0)');
  });
});

describe('§3 examples (the 71f2b39 ≈ v3.5.0 column)', () => {
  const rows: [string, string, 'error' | boolean][] = [
    ['^*', '0.0.0', true],
    ['^*', '0.0.1', false],
    ['> *', '0.0.0', false],
    ['> *', '0.0.1', true],
    ['<= *', '0.0.9', true],
    ['<= *', '0.1.0', false],
    ['!= *', '0.0.0', false],
    ['~0.0.0', '5.0.0', true],
    ['~0.0', '0.1.0', false],
    ['x.33.1', '7.0.0', true],
    ['> 1.2', '1.2.9', false],
    ['<= 1.2', '1.2.9', true],
    ['< 1.x', '1.0.0', false],
    ['!= 1.2', '1.2.7', false],
    ['!= 1.2-rc.1', '1.2.7', true],
    ['= 1.2.3-rc.1', '1.2.3', false],
    ['< 1.33-0', '1.33.0', false],
    ['~ 1.28.x-0', '1.28.3-rc.1', true],
    ['1.20.x', '1.20', true],
    ['1.0 - 2.0 >= 1.5', '1.2.0', false], // 3.2.0: error
    ['2.0 - 3.0 1.0', '2.5.0', false], // 3.2.0: true
    ['1||2 - 3', '5.0.0', true],
    ['18446744073709551615', '1.0.0', false],
    ['18446744073709551616', '1.0.0', 'error'],
  ];
  it.each(rows)('%s with %s → %s', (constraint, version, expected) => {
    expect(outcome(constraint, version)).toBe(expected);
  });
});

describe('v3.5.0 where Debian 3.2.0 differs: a hyphen range followed by whitespace and another atom (hand-verified)', () => {
  // v3.2.1+ rewrites `A - B` to `>= A, <= B ` (trailing space), so what follows
  // is a separate atom, ANDed. Each expectation below is worked out by hand
  // from that rewrite and the §5.3 table.
  const rows: [string, string, string][] = [
    // >= 1.0, <= 2.0 >= 1.5  → [1.0.0, 2.1.0) ∩ [1.5.0, ∞)
    ['1.0 - 2.0 >= 1.5', '[1.5.0, 2.1.0)', '>= 1.0, <= 2.0 >= 1.5 '],
    // >= 2.0, <= 3.0 1.0  → [2.0.0, 3.1.0) ∩ [1.0.0, 1.1.0) = ∅ (3.2.0: `<= 3.01.0`)
    ['2.0 - 3.0 1.0', '∅', '>= 2.0, <= 3.0 1.0 '],
    // >= 1.30, <= 1.33 != 1.31
    ['1.30 - 1.33 != 1.31', '[1.30.0, 1.31.0) ∪ [1.32.0, 1.34.0)', '>= 1.30, <= 1.33 != 1.31 '],
    // two ranges separated by whitespace only: the first range's trailing \s* ate it
    ['1.20 - 1.30 1.25 - 1.40', '[1.25.0, 1.31.0)', '>= 1.20, <= 1.30 >= 1.25, <= 1.40 '],
    // tab and newline are Go whitespace, too
    ['1.20 - 1.30\t< 1.28', '[1.20.0, 1.28.0)', '>= 1.20, <= 1.30 < 1.28 '],
    ['1.20 - 1.30\n~1.22', '[1.22.0, 1.23.0)', '>= 1.20, <= 1.30 ~1.22 '],
    // in 3.2.0 this glues `2.0>=` → error; v3.5.0 ANDs
    ['1.0 - 2.0 >=1.5 || 3', '[1.5.0, 2.1.0) ∪ [3.0.0, 4.0.0)', '>= 1.0, <= 2.0 >=1.5 || 3'],
  ];
  it.each(rows)('%s → %s', (constraint, expected, rewritten) => {
    expect(show(constraint)).toBe(expected);
    // and it is exactly the explicit form Go evaluates after the rewrite
    expect(show(rewritten)).toBe(expected);
  });

  it('the atoms are ANDed, with their spans in the original string', () => {
    const p = parseConstraint('1.0 - 2.0 >= 1.5') as Extract<ParsedConstraint, { ok: true }>;
    expect(p.ok).toBe(true);
    expect(p.alternatives).toEqual([
      [
        { operator: '>=', version: '1.0', precision: 2, prerelease: false, fromHyphenRange: true, start: 0, end: 3 },
        { operator: '<=', version: '2.0', precision: 2, prerelease: false, fromHyphenRange: true, start: 6, end: 9 },
        { operator: '>=', version: '1.5', precision: 2, prerelease: false, fromHyphenRange: false, start: 10, end: 16 },
      ],
    ]);
  });

  it('what stays an error in v3.5.0 too', () => {
    expect(parseConstraint('>= 1.5 1.0 - 2.0').ok).toBe(false); // range after whitespace: `>= 1.5>= 1.0, …`
    expect(parseConstraint('>=1.0 - 2.0').ok).toBe(false); // operator before A
    expect(parseConstraint('1.0 - 2.0 - 3.0').ok).toBe(false); // chained
    expect(parseConstraint('1 - 2- 3').ok).toBe(false);
    expect(parseConstraint('1.2 -1.4').ok).toBe(false);
    expect(parseConstraint('1.2- 1.4').ok).toBe(false);
  });
});

describe('§2.8 hyphen range pitfalls', () => {
  it('1.2-1.4 is a prerelease, not a range', () => {
    expect(show('1.2-1.4')).toBe('[1.2.0, 1.3.0)');
    expect(show('1.2-1.4')).toBe(show('~1.2.0-1.4'));
  });
  it('ranges after a comma or || work', () => {
    expect(show('>= 1.5, 1.0 - 2.0')).toBe('[1.5.0, 2.1.0)');
    expect(show('>= 1.5 || 1.0 - 2.0')).toBe('[1.0.0, ∞)');
  });
  it('A - * matches nothing from 0.1.0 up', () => {
    expect(show('1.2 - *')).toBe('∅');
    expect(show('0.0.5 - *')).toBe('[0.0.5, 0.1.0)');
  });
  it('a range glued to || absorbs the neighbour', () => {
    expect(outcome('1||2 - 3', '5.0.0')).toBe(true);
    expect(outcome('1 || 2 - 3', '5.0.0')).toBe(false);
    expect(show('1 - 2||3')).toBe('[1.0.0, 4.0.0)');
  });
});

describe('§2.9 and §2.4–§2.7 rejected forms', () => {
  const improper = [
    '', ' ', '\t\n', '||', '>= 1.2 ||', '|| >= 1.2', '1||||2', '>=1.2<2', '>= 1.2,, < 2', ',1', '1,', '>= 1.2 && < 2',
    '>= 1.2; < 2', '>= 1.2 AND < 2', '> =1.2', '~ >1.2', '==1', '>>1', '<>1', '!1', '~=1', '^=1', '1.2.3.4', 'V1.2', 'vv1.2',
    'v 1.2', '1.2.3-', '1.2.3+', '1.2\v', '\u00a01.2', '1.2 \u2003< 2', '1.0 2.0 - 3.0', '>= 1.2 1.0 - 2.0',
  ];
  it.each(improper)('%j is an improper constraint', (s) => {
    const p = parseConstraint(s);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toMatch(/^improper constraint: /);
  });
  const parserErrors = ['xx', '**', '1|2', '1 | 2', '1 ||| 2', '1.2x', '1.2.x|', '18446744073709551616', '1.2.3-01', '1.2.3-beta.01', '>= 1.18446744073709551616'];
  it.each(parserErrors)('%j is a constraint parser error', (s) => {
    const p = parseConstraint(s);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toMatch(/^constraint parser error: /);
  });
  const accepted = ['1.x.5', 'x.33.1', '1.x.1x', '1.x.|', '1.2.3-0abc', '01.2', '1.02.3', 'v1.2', 'vx', 'v*', '>= v1.2',
    '>= 1.2 < 2', '>= 1.2, < 2', '>= 1.2,< 2', '>= 1.2 , < 2', '>=\n1.2', '\t1.2\r', '18446744073709551615.18446744073709551615.18446744073709551615'];
  it.each(accepted)('%j is accepted', (s) => {
    expect(parseConstraint(s).ok).toBe(true);
  });
  it('numbers above 2^64-1 are rejected exactly at 2^64', () => {
    expect(show('18446744073709551615')).toBe('[18446744073709551615.0.0, ∞)');
    expect(show('~18446744073709551615.18446744073709551615')).toBe('[18446744073709551615.18446744073709551615.0, ∞)');
    expect(show('> 18446744073709551615')).toBe('∅');
    expect(parseConstraint('18446744073709551616').ok).toBe(false);
    expect(parseConstraint('0000000000000000000000018446744073709551615').ok).toBe(true);
  });
});

describe('Gardener’s “exact” score regex', () => {
  const rows: [string, boolean][] = [
    ['1.20.0', true],
    ['v1.20.0', true],
    ['= 1.20', true],
    ['=1.20.x', true],
    ['1.20.0 - 1.21', true],
    ['1.20.x', false],
    ['>= 1.20.0', false],
    [' 1.20.0', false],
    ['1.20', false],
    ['V1.20.0', false],
  ];
  it.each(rows)('%j → %s', (s, exact) => expect(isExactConstraint(s)).toBe(exact));
});
