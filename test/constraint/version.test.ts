import { describe, expect, it } from 'vitest';
import {
  compareReleases,
  formatRelease,
  normalizeVersion,
  parseCandidateVersion,
  parseRelease,
  release,
  UINT64_MAX,
  ZERO_RELEASE,
} from '../../src/engine/constraint/index.js';

const show = (v: string): string => {
  const r = parseCandidateVersion(v);
  return r === undefined ? 'invalid' : formatRelease(r);
};

describe('normalizeVersion (Gardener’s Normalize)', () => {
  it.each([
    ['v1.20.0', '1.20.0'],
    ['1.33.0-rc.1', '1.33.0'],
    ['v1.31.1+k3s1', '1.31.1'],
    ['1.33.5~patched', '1.33.5'],
    ['1.2v0.1', '1.20.1'],
    ['vv1.20', '1.20'],
    ['V1.20.0', 'V1.20.0'],
    ['1.2-3+4~5', '1.2'],
    ['1.2+3-4', '1.2'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(normalizeVersion(input)).toBe(expected));
});

describe('parseCandidateVersion (NewVersion after Normalize)', () => {
  it.each([
    ['1.20.0', '1.20.0'],
    ['1.20', '1.20.0'],
    ['1', '1.0.0'],
    ['v1.20', '1.20.0'],
    ['01.33.0', '1.33.0'],
    ['1.33.0-rc.1', '1.33.0'],
    ['1.2v0.1', '1.20.1'],
    ['vv1.20', '1.20.0'],
    ['18446744073709551615.18446744073709551615.18446744073709551615', '18446744073709551615.18446744073709551615.18446744073709551615'],
    ['', 'invalid'],
    [' 1.20.0', 'invalid'],
    ['1.20.0 ', 'invalid'],
    ['1.20.0.1', 'invalid'],
    ['V1.20.0', 'invalid'],
    ['abc', 'invalid'],
    ['x', 'invalid'],
    ['1..2', 'invalid'],
    ['1.2.', 'invalid'],
    ['-1.2.3', 'invalid'],
    ['99999999999999999999.0.0', 'invalid'],
    ['18446744073709551616.0.0', 'invalid'],
    ['1.18446744073709551616', 'invalid'],
  ])('%j → %s', (input, expected) => expect(show(input)).toBe(expected));
});

describe('releases', () => {
  it('release / compareReleases / formatRelease', () => {
    expect(formatRelease(release(1, 21, 0))).toBe('1.21.0');
    expect(compareReleases(release(1, 2, 3), release(1, 2, 3))).toBe(0);
    expect(compareReleases(release(1, 2, 3), release(1, 10, 0))).toBe(-1);
    expect(compareReleases(release(2, 0, 0), release(1, 99, 99))).toBe(1);
    expect(compareReleases(release(0, 0, 1), ZERO_RELEASE)).toBe(1);
    expect(release(1n, 2n, UINT64_MAX).patch).toBe(UINT64_MAX);
    expect(() => release(-1, 0, 0)).toThrow();
    expect(() => release(1.5, 0, 0)).toThrow();
  });
  it('parseRelease is strict', () => {
    expect(parseRelease('1.21.0')).toEqual(release(1, 21, 0));
    expect(formatRelease(parseRelease('18446744073709551615.0.0'))).toBe('18446744073709551615.0.0');
    for (const bad of ['1.21', 'v1.21.0', '01.2.3', '1.2.3-rc.1', '1.2.3 ', '', '1.2.3.4', '18446744073709551616.0.0', 'a.b.c']) {
      expect(() => parseRelease(bad)).toThrow();
    }
  });
});
