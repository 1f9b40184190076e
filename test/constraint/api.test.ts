// The API contract others code against: atoms, spans, error offsets,
// matchesConstraint's error order, memoization.
import { describe, expect, it } from 'vitest';
import { matchesConstraint, parseConstraint, type ConstraintAtom } from '../../src/engine/constraint/index.js';

function atoms(text: string): ConstraintAtom[][] {
  const p = parseConstraint(text);
  if (!p.ok) throw new Error(p.error);
  return p.alternatives;
}

function failure(text: string): { error: string; offset: number } {
  const p = parseConstraint(text);
  if (p.ok) throw new Error(`${JSON.stringify(text)} parsed`);
  return { error: p.error, offset: p.offset };
}

describe('atoms', () => {
  it('operators as written, versions as written, precision and prerelease', () => {
    const [alt] = atoms('=> v1.2.x, =<1.33-0 ~>1 ^*');
    expect(alt!.map((a) => [a.operator, a.version, a.precision, a.prerelease])).toEqual([
      ['=>', 'v1.2.x', 2, false],
      ['=<', '1.33-0', 2, true],
      ['~>', '1', 1, false],
      ['^', '*', 0, false],
    ]);
  });
  it('spans in the original string; hyphen atoms carry the span of A resp. B', () => {
    const text = '  >=  1.20 ||\t1.30 -  1.33.4-rc.1 , !=1.31';
    const alts = atoms(text);
    const spans = alts.map((alt) => alt.map((a) => [a.operator, text.slice(a.start, a.end), a.fromHyphenRange]));
    expect(spans).toEqual([
      [['>=', '>=  1.20', false]],
      [
        ['>=', '1.30', true],
        ['<=', '1.33.4-rc.1', true],
        ['!=', '!=1.31', false],
      ],
    ]);
  });
  it('a range whose bound absorbs "||" (§2.8) keeps honest spans', () => {
    const text = '1||2 - 3';
    const alts = atoms(text);
    expect(alts.map((alt) => alt.map((a) => [a.operator, a.version, a.fromHyphenRange, text.slice(a.start, a.end)]))).toEqual([
      [['>=', '1', false, '1']],
      [
        ['', '2', false, '2'],
        ['<=', '3', true, '3'],
      ],
    ]);
  });
  it('results are frozen and memoized', () => {
    const p = parseConstraint('>= 1.21, < 1.30');
    expect(parseConstraint('>= 1.21, < 1.30')).toBe(p);
    expect(Object.isFrozen(p)).toBe(true);
    if (p.ok) {
      expect(Object.isFrozen(p.releases)).toBe(true);
      expect(Object.isFrozen(p.alternatives[0])).toBe(true);
    }
  });
});

describe('errors: a readable reason and the offset of the problem', () => {
  it.each([
    ['>= 1.2,, < 2', /doubled comma/, 7],
    ['>=1.2<2', /no separator between '>=1\.2' and '<2'/, 5],
    ['> =1.2', /'> =' is not an operator/, 0],
    ['1.2 ==1.3', /'==' is not an operator/, 4],
    ['>= 1.2 ||', /empty alternative after '\|\|'/, 9],
    ['|| 1.2', /empty alternative before '\|\|'/, 0],
    ['', /empty constraint/, 0],
    ['1.2,', /trailing comma/, 3],
    [',1.2', /leading comma/, 0],
    ['>= ', /'>=' is not followed by a version/, 0],
    ['1.2.3.4', /more than three components/, 5],
    ['V1.2', /lowercase/, 0],
    ['1.2\u00a0< 2', /U\+00A0.*not whitespace/, 3],
    ['>= 1.2 1.0 - 2.0', /hyphen range/, 7],
    ['1.0 - 2.0 - 3.0', /hyphen range/, 10],
    ['>= 1.2 < xx', /constraint parser error: .*'xx' is neither a number nor a single wildcard/, 9],
    ['1 | 2', /constraint parser error: .*single '\|' is not an operator/, 2],
    ['<= 1.18446744073709551616', /constraint parser error: .*exceeds the uint64 maximum/, 5],
    ['~1.2.3-beta.01', /constraint parser error: .*leading zero/, 12],
    ['~1.2.x-beta.01', /constraint parser error: .*leading zero/, 12],
    ['*-01', /constraint parser error: .*leading zero/, 2],
  ])('%j', (text, message, offset) => {
    const f = failure(text);
    expect(f.error).toMatch(message);
    expect(f.offset).toBe(offset);
  });
});

describe('matchesConstraint (CheckVersionMeetsConstraint)', () => {
  it('normalizes the candidate', () => {
    expect(matchesConstraint('>= 1.33-0', 'v1.33.0')).toBe(true);
    expect(matchesConstraint('< 1.33-0', 'v1.33.0-rc.1')).toBe(false);
    expect(matchesConstraint('1.31.x', 'v1.31.1+k3s1')).toBe(true);
    expect(matchesConstraint('1.33.5', '1.33.5~patched')).toBe(true);
    expect(matchesConstraint('1.20.x', '1.20')).toBe(true);
  });
  it('throws on an invalid constraint first, then on an invalid version', () => {
    expect(() => matchesConstraint('>>1', 'not a version')).toThrow(/improper constraint/);
    expect(() => matchesConstraint('>= 1.2', 'not a version')).toThrow(/invalid semantic version/);
    expect(() => matchesConstraint('>= 1.2', '')).toThrow(/invalid semantic version/);
    expect(() => matchesConstraint('>= 1.2', '1.2.3.4')).toThrow(/invalid semantic version/);
  });
});
