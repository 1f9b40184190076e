// Sets of releases as sorted, disjoint, non-adjacent half-open intervals
// [lo, hi) over M.m.p triples (hi null = unbounded).
//
// The universe is the releases Masterminds can represent: every component in
// [0, 2^64-1]. Bounds beyond it are canonicalized when a set is normalized:
// M.m.(2^64) is the same bound as M.(m+1).0, (2^64).0.0 is "unbounded". So two
// sets that contain the same releases are always stored identically, and
// `setsEqual` is structural equality.

import type { VersionInterval } from '../types.js';
import { compareReleases, formatRelease, parseRelease, release, UINT64_MAX, ZERO_RELEASE, type Release } from './version.js';

export interface ReleaseInterval {
  readonly lo: Release;
  readonly hi: Release | null;
}

/** Sorted, disjoint, non-adjacent, never containing an empty interval. */
export type ReleaseSet = readonly ReleaseInterval[];

export const EMPTY_SET: ReleaseSet = Object.freeze([]);
export const ALL_RELEASES: ReleaseSet = Object.freeze([Object.freeze({ lo: ZERO_RELEASE, hi: null })]);

/** M.m.(p+1). May exceed 2^64-1 in the patch; sets canonicalize that. */
export function successor(r: Release): Release {
  return release(r.major, r.minor, r.patch + 1n);
}

/**
 * The canonical form of a bound: the smallest release of the universe that is
 * ≥ r, or null when there is none (r lies above every representable release).
 */
function canonicalBound(r: Release): Release | null {
  let { major, minor, patch } = r;
  if (major > UINT64_MAX) return null;
  if (minor > UINT64_MAX) {
    major += 1n;
    minor = 0n;
    patch = 0n;
    if (major > UINT64_MAX) return null;
  }
  if (patch > UINT64_MAX) {
    minor += 1n;
    patch = 0n;
    if (minor > UINT64_MAX) {
      major += 1n;
      minor = 0n;
      if (major > UINT64_MAX) return null;
    }
  }
  if (major === r.major && minor === r.minor && patch === r.patch) return r;
  return release(major, minor, patch);
}

/** hi-bound comparison with null = +∞. */
function compareHi(a: Release | null, b: Release | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return compareReleases(a, b);
}

function interval(lo: Release, hi: Release | null): ReleaseInterval {
  return Object.freeze({ lo, hi });
}

/**
 * Sorts, canonicalizes bounds, drops empty intervals and merges overlapping
 * or adjacent ones ([a,b) ∪ [b,c) = [a,c)).
 */
export function normalizeSet(intervals: readonly ReleaseInterval[]): ReleaseSet {
  const items: { lo: Release; hi: Release | null }[] = [];
  for (const it of intervals) {
    const lo = canonicalBound(it.lo);
    if (lo === null) continue;
    const hi = it.hi === null ? null : canonicalBound(it.hi);
    if (hi !== null && compareReleases(lo, hi) >= 0) continue;
    items.push({ lo, hi });
  }
  items.sort((a, b) => compareReleases(a.lo, b.lo) || compareHi(a.hi, b.hi));
  const out: ReleaseInterval[] = [];
  let cur: { lo: Release; hi: Release | null } | undefined;
  for (const it of items) {
    if (cur && (cur.hi === null || compareReleases(it.lo, cur.hi) <= 0)) {
      if (compareHi(it.hi, cur.hi) > 0) cur.hi = it.hi;
      continue;
    }
    if (cur) out.push(interval(cur.lo, cur.hi));
    cur = { lo: it.lo, hi: it.hi };
  }
  if (cur) out.push(interval(cur.lo, cur.hi));
  return Object.freeze(out);
}

export function unionSets(a: ReleaseSet, b: ReleaseSet): ReleaseSet {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return normalizeSet([...a, ...b]);
}

export function intersectSets(a: ReleaseSet, b: ReleaseSet): ReleaseSet {
  const out: ReleaseInterval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const lo = compareReleases(x.lo, y.lo) >= 0 ? x.lo : y.lo;
    const hi = compareHi(x.hi, y.hi) <= 0 ? x.hi : y.hi;
    if (hi === null || compareReleases(lo, hi) < 0) out.push(interval(lo, hi));
    if (compareHi(x.hi, y.hi) <= 0) i++;
    else j++;
  }
  // Pieces of two normalized sets never touch each other: no merge needed.
  return Object.freeze(out);
}

export function complementSet(a: ReleaseSet): ReleaseSet {
  const out: ReleaseInterval[] = [];
  let lo: Release | null = ZERO_RELEASE;
  for (const it of a) {
    if (lo !== null && compareReleases(lo, it.lo) < 0) out.push(interval(lo, it.lo));
    lo = it.hi;
    if (lo === null) break;
  }
  if (lo !== null) out.push(interval(lo, null));
  return Object.freeze(out);
}

export function subtractSets(a: ReleaseSet, b: ReleaseSet): ReleaseSet {
  if (a.length === 0 || b.length === 0) return a;
  return intersectSets(a, complementSet(b));
}

/** Binary search. */
export function setContains(a: ReleaseSet, r: Release): boolean {
  let lo = 0;
  let hi = a.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compareReleases(a[mid]!.lo, r) <= 0) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return false;
  const h = a[found]!.hi;
  return h === null || compareReleases(r, h) < 0;
}

export function setsEqual(a: ReleaseSet, b: ReleaseSet): boolean {
  // The same list (ALL_RELEASES, most often: every unconstrained axis is that one list).
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (compareReleases(x.lo, y.lo) !== 0 || compareHi(x.hi, y.hi) !== 0) return false;
  }
  return true;
}

export function isEmptySet(a: ReleaseSet): boolean {
  return a.length === 0;
}

/** `[{lo: "1.21.0", hi: "1.22.0"}]`, hi null = unbounded. */
export function toVersionIntervals(a: ReleaseSet): VersionInterval[] {
  if (a === ALL_RELEASES) return [{ lo: '0.0.0', hi: null }];
  return a.map((it) => ({ lo: formatRelease(it.lo), hi: it.hi === null ? null : formatRelease(it.hi) }));
}

/** Inverse of {@link toVersionIntervals}; accepts any list (it is normalized). Throws on malformed strings. */
export function fromVersionIntervals(v: readonly VersionInterval[]): ReleaseSet {
  return normalizeSet(v.map((it) => ({ lo: parseRelease(it.lo), hi: it.hi === null ? null : parseRelease(it.hi) })));
}
