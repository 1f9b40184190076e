// Inputs on which the library's regular expressions blow up in a
// backtracking engine (§2.1). No timing here: an exponential or quadratic
// implementation would simply not finish within vitest's timeout.
import { describe, expect, it } from 'vitest';
import { parseConstraint, toVersionIntervals } from '../../src/engine/constraint/index.js';

describe('pathological inputs', () => {
  it('§2.1: "1" + "  1" × 2000 + " !" is rejected', () => {
    const s = '1' + '  1'.repeat(2000) + ' !';
    const p = parseConstraint(s);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.error).toMatch(/^improper constraint: /);
      expect(p.offset).toBe(s.length - 1);
      expect(p.error.length).toBeLessThan(400); // the quoted input is shortened
    }
  });

  it('the same without the trailing "!" is valid (2001 × "= 1")', () => {
    const p = parseConstraint('1' + '  1'.repeat(2000));
    expect(p.ok).toBe(true);
    if (p.ok) {
      expect(p.alternatives[0]!.length).toBe(2001);
      expect(toVersionIntervals(p.releases)).toEqual([{ lo: '1.0.0', hi: '2.0.0' }]);
    }
  });

  it('a 200 kB constraint of hyphen ranges and || is evaluated', () => {
    const parts: string[] = [];
    let len = 0;
    for (let i = 0; len < 200_000; i++) {
      const part = `1.${i % 40} - 1.${(i % 40) + 2}`;
      parts.push(part);
      len += part.length + 4;
    }
    const s = parts.join(' || ');
    expect(s.length).toBeGreaterThanOrEqual(200_000);
    const p = parseConstraint(s);
    expect(p.ok).toBe(true);
    if (p.ok) expect(toVersionIntervals(p.releases)).toEqual([{ lo: '1.0.0', hi: '1.42.0' }]);
  });

  it('a 200 kB invalid constraint is rejected', () => {
    const s = '>= 1.2' + ', >= 1.2'.repeat(25_000) + ' ! ';
    expect(s.length).toBeGreaterThan(200_000);
    const p = parseConstraint(s);
    expect(p.ok).toBe(false);
  });

  it('200 kB of chained hyphen ranges, digits, spaces, dashes and bars', () => {
    const chain = Array.from({ length: 30_000 }, (_, i) => String(i % 10)).join(' - ');
    expect(parseConstraint(chain).ok).toBe(false);
    expect(parseConstraint('1 - 2 - ' + '1 - 1 - '.repeat(25_000)).ok).toBe(false);
    expect(parseConstraint('1'.repeat(200_000)).ok).toBe(false); // overflows uint64
    expect(parseConstraint(`${'1'.repeat(100_000)} - ${'2'.repeat(100_000)}`).ok).toBe(false);
    expect(parseConstraint(`${' '.repeat(200_000)}1 - 2`).ok).toBe(true);
    expect(parseConstraint('1 ' + '- '.repeat(100_000)).ok).toBe(false);
    expect(parseConstraint('|'.repeat(200_001)).ok).toBe(false);
    expect(parseConstraint(`${'x'.repeat(200_000)} - 1`).ok).toBe(false);
    expect(parseConstraint('1.2-' + 'a.'.repeat(100_000) + 'a').ok).toBe(true);
    expect(parseConstraint('1.2-' + 'a.'.repeat(100_000)).ok).toBe(false);
  });
});
