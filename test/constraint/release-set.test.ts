// The interval-set algebra against brute force over a small universe.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_RELEASES,
  compareReleases,
  complementSet,
  EMPTY_SET,
  fromVersionIntervals,
  intersectSets,
  isEmptySet,
  normalizeSet,
  release,
  setContains,
  setsEqual,
  subtractSets,
  successor,
  toVersionIntervals,
  UINT64_MAX,
  unionSets,
  type Release,
  type ReleaseInterval,
  type ReleaseSet,
} from '../../src/engine/constraint/index.js';

// Bounds use components 0..3; the universe checked is 0..4 in each component,
// which contains every bound and a release past each of them.
const comp = fc.integer({ min: 0, max: 3 });
const bound = fc.tuple(comp, comp, comp).map(([a, b, c]) => release(a, b, c));
const rawInterval: fc.Arbitrary<ReleaseInterval> = fc.tuple(bound, fc.option(bound, { freq: 5 })).map(([lo, hi]) => ({ lo, hi }));
const rawList = fc.array(rawInterval, { maxLength: 6 });
const setArb: fc.Arbitrary<ReleaseSet> = rawList.map((l) => normalizeSet(l));

const universe: Release[] = [];
for (let a = 0; a <= 4; a++) for (let b = 0; b <= 4; b++) for (let c = 0; c <= 4; c++) universe.push(release(a, b, c));

function bruteContains(list: readonly ReleaseInterval[], r: Release): boolean {
  return list.some((it) => compareReleases(it.lo, r) <= 0 && (it.hi === null || compareReleases(r, it.hi) < 0));
}

function isNormalized(s: ReleaseSet): boolean {
  for (let i = 0; i < s.length; i++) {
    const it = s[i]!;
    if (it.hi !== null && compareReleases(it.lo, it.hi) >= 0) return false; // empty
    if (i > 0) {
      const prev = s[i - 1]!;
      if (prev.hi === null) return false;
      if (compareReleases(prev.hi, it.lo) >= 0) return false; // overlapping or adjacent
    }
  }
  return true;
}

function membership(s: ReleaseSet): boolean[] {
  return universe.map((r) => setContains(s, r));
}

describe('normalizeSet', () => {
  it('keeps membership and yields a sorted, disjoint, non-adjacent list', () => {
    fc.assert(
      fc.property(rawList, (list) => {
        const s = normalizeSet(list);
        expect(isNormalized(s)).toBe(true);
        for (const r of universe) expect(setContains(s, r)).toBe(bruteContains(list, r));
      }),
    );
  });
  it('is canonical: equal membership ⇔ setsEqual', () => {
    fc.assert(
      fc.property(rawList, rawList, (x, y) => {
        const a = normalizeSet(x);
        const b = normalizeSet(y);
        expect(setsEqual(a, b)).toBe(JSON.stringify(membership(a)) === JSON.stringify(membership(b)));
      }),
    );
  });
  it('merges adjacent intervals', () => {
    const s = normalizeSet([
      { lo: release(1, 2, 0), hi: release(1, 3, 0) },
      { lo: release(1, 0, 0), hi: release(1, 2, 0) },
    ]);
    expect(toVersionIntervals(s)).toEqual([{ lo: '1.0.0', hi: '1.3.0' }]);
  });
  it('canonicalizes bounds beyond uint64', () => {
    const M = UINT64_MAX;
    expect(toVersionIntervals(normalizeSet([{ lo: release(1, M, M), hi: successor(release(1, M, M)) }]))).toEqual([
      { lo: `1.${M}.${M}`, hi: '2.0.0' },
    ]);
    expect(toVersionIntervals(normalizeSet([{ lo: release(M, M, M), hi: successor(release(M, M, M)) }]))).toEqual([
      { lo: `${M}.${M}.${M}`, hi: null },
    ]);
    expect(normalizeSet([{ lo: release(M + 1n, 0, 0), hi: null }])).toEqual([]);
    expect(normalizeSet([{ lo: release(1, M + 1n, 0), hi: release(2, 0, 1) }])).toEqual(normalizeSet([{ lo: release(2, 0, 0), hi: release(2, 0, 1) }]));
  });
});

describe('set algebra vs brute force', () => {
  it('union, intersection, subtraction, complement', () => {
    fc.assert(
      fc.property(setArb, setArb, (a, b) => {
        const u = unionSets(a, b);
        const i = intersectSets(a, b);
        const d = subtractSets(a, b);
        const c = complementSet(a);
        for (const s of [u, i, d, c]) expect(isNormalized(s)).toBe(true);
        for (const r of universe) {
          const x = setContains(a, r);
          const y = setContains(b, r);
          expect(setContains(u, r)).toBe(x || y);
          expect(setContains(i, r)).toBe(x && y);
          expect(setContains(d, r)).toBe(x && !y);
          expect(setContains(c, r)).toBe(!x);
        }
      }),
    );
  });
  it('laws', () => {
    fc.assert(
      fc.property(setArb, setArb, setArb, (a, b, c) => {
        expect(setsEqual(unionSets(a, b), unionSets(b, a))).toBe(true);
        expect(setsEqual(intersectSets(a, b), intersectSets(b, a))).toBe(true);
        expect(setsEqual(unionSets(a, unionSets(b, c)), unionSets(unionSets(a, b), c))).toBe(true);
        expect(setsEqual(intersectSets(a, intersectSets(b, c)), intersectSets(intersectSets(a, b), c))).toBe(true);
        expect(setsEqual(intersectSets(a, unionSets(b, c)), unionSets(intersectSets(a, b), intersectSets(a, c)))).toBe(true);
        expect(setsEqual(complementSet(unionSets(a, b)), intersectSets(complementSet(a), complementSet(b)))).toBe(true);
        expect(setsEqual(complementSet(complementSet(a)), a)).toBe(true);
        expect(setsEqual(unionSets(a, EMPTY_SET), a)).toBe(true);
        expect(setsEqual(intersectSets(a, ALL_RELEASES), a)).toBe(true);
        expect(setsEqual(unionSets(a, complementSet(a)), ALL_RELEASES)).toBe(true);
        expect(isEmptySet(intersectSets(a, complementSet(a)))).toBe(true);
        expect(setsEqual(subtractSets(a, b), intersectSets(a, complementSet(b)))).toBe(true);
      }),
    );
  });
  it('VersionInterval round trip', () => {
    fc.assert(
      fc.property(setArb, (a) => {
        expect(setsEqual(fromVersionIntervals(toVersionIntervals(a)), a)).toBe(true);
      }),
    );
    expect(toVersionIntervals(ALL_RELEASES)).toEqual([{ lo: '0.0.0', hi: null }]);
    expect(() => fromVersionIntervals([{ lo: '1.2', hi: null }])).toThrow();
  });
  it('setContains at the edges', () => {
    const s = fromVersionIntervals([
      { lo: '1.20.0', hi: '1.21.0' },
      { lo: '1.30.0', hi: null },
    ]);
    expect(setContains(s, release(1, 19, 99))).toBe(false);
    expect(setContains(s, release(1, 20, 0))).toBe(true);
    expect(setContains(s, release(1, 20, 99))).toBe(true);
    expect(setContains(s, release(1, 21, 0))).toBe(false);
    expect(setContains(s, release(1, 30, 0))).toBe(true);
    expect(setContains(s, release(UINT64_MAX, UINT64_MAX, UINT64_MAX))).toBe(true);
    expect(setContains(EMPTY_SET, release(0, 0, 0))).toBe(false);
  });
});
