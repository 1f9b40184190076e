// Releases (M.m.p triples) and the candidate versions Gardener feeds to
// Masterminds semver v3.5.0.
//
// Masterminds keeps major/minor/patch as Go uint64, so every number here is a
// bigint and numbers above 2^64-1 are rejected exactly where the library
// rejects them (strconv.ParseUint). No regular expression of the library is
// used: the version grammar is small and deterministic, so it is parsed by
// hand (linear time, and it can say what is wrong).

/** A release triple. Components are non-negative; a `Release` built by this module is ≤ 2^64-1. */
export interface Release {
  readonly major: bigint;
  readonly minor: bigint;
  readonly patch: bigint;
}

/** 2^64 - 1, the largest number Masterminds accepts in a version component. */
export const UINT64_MAX: bigint = (1n << 64n) - 1n;

export const ZERO_RELEASE: Release = Object.freeze({ major: 0n, minor: 0n, patch: 0n });

function toComponent(x: number | bigint, what: string): bigint {
  if (typeof x === 'number') {
    if (!Number.isSafeInteger(x) || x < 0) throw new RangeError(`release ${what} must be a non-negative safe integer, got ${x}`);
    return BigInt(x);
  }
  if (x < 0n) throw new RangeError(`release ${what} must be non-negative, got ${x}`);
  return x;
}

/**
 * Builds a release. Components above 2^64-1 are allowed here (e.g. the result of
 * {@link successor} on a maximal patch); interval sets canonicalize such bounds.
 */
export function release(major: number | bigint, minor: number | bigint, patch: number | bigint): Release {
  return Object.freeze({
    major: toComponent(major, 'major'),
    minor: toComponent(minor, 'minor'),
    patch: toComponent(patch, 'patch'),
  });
}

function cmp(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** -1, 0 or 1 (lexicographic on major, minor, patch). */
export function compareReleases(a: Release, b: Release): number {
  return cmp(a.major, b.major) || cmp(a.minor, b.minor) || cmp(a.patch, b.patch);
}

/** `1.21.0`. */
/** The index of the last of the sorted `bounds` that is at or below `r` (0 when none is): a binary search. */
export function lastBoundAtOrBelow(bounds: readonly Release[], r: Release): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (compareReleases(bounds[mid]!, r) <= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function formatRelease(r: Release): string {
  // Bounds are shared objects (one per parsed constraint bound): each is written once, not once per row or region.
  let text = formatted.get(r);
  if (text === undefined) formatted.set(r, (text = `${r.major}.${r.minor}.${r.patch}`));
  return text;
}

const formatted = new WeakMap<Release, string>();

const STRICT_RELEASE = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

/**
 * Strict `M.m.p` (the strings of `VersionInterval`): digits only, no leading
 * zeros, no prefix or suffix, every number ≤ 2^64-1. Throws otherwise.
 */
export function parseRelease(s: string): Release {
  // The change table reads the same few bounds back many times: each string is parsed once (a bounded memo).
  const hit = parsedReleases.get(s);
  if (hit) return hit;
  const r = parseReleaseUncached(s);
  if (parsedReleases.size >= 10_000) parsedReleases.clear();
  parsedReleases.set(s, r);
  return r;
}

const parsedReleases = new Map<string, Release>();

function parseReleaseUncached(s: string): Release {
  const m = STRICT_RELEASE.exec(s);
  if (!m) throw new Error(`not a release "M.m.p": ${JSON.stringify(s)}`);
  const parts = [BigInt(m[1]!), BigInt(m[2]!), BigInt(m[3]!)] as const;
  if (parts.some((p) => p > UINT64_MAX)) throw new Error(`release component exceeds 2^64-1: ${JSON.stringify(s)}`);
  return release(parts[0], parts[1], parts[2]);
}

/**
 * Gardener's `version.Normalize`: remove every (lowercase) `v`, then cut at the
 * first `-`, `+` or `~`.
 */
export function normalizeVersion(v: string): string {
  const noV = v.split('v').join('');
  for (let i = 0; i < noV.length; i++) {
    const c = noV[i];
    if (c === '-' || c === '+' || c === '~') return noV.slice(0, i);
  }
  return noV;
}

// ---------------------------------------------------------------------------
// Masterminds' version grammar (the `cv` of constraints and `NewVersion`).

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** `[0-9A-Za-z-]`: a prerelease / metadata identifier character. */
export function isIdentChar(c: string | undefined): boolean {
  if (c === undefined || c.length !== 1) return false;
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '-';
}

/** The parts of a version literal, as the library's capture groups see them. */
export interface VersionParts {
  v: boolean;
  major: string;
  /** without the dot; undefined when absent */
  minor?: string;
  patch?: string;
  /** without the dash */
  pre?: string;
  /** without the plus */
  meta?: string;
}

/**
 * Parses `^v?(N+)(\.N+)?(\.N+)?(-(I+(\.I+)*))?(\+(I+(\.I+)*))?$` where N is the
 * given number class. The grammar is deterministic, so this gives the same
 * captures as Go's leftmost-first regexp. Returns undefined if the whole string
 * does not match; `failAt` (if given) receives the index of the first character
 * that cannot continue a match.
 */
export function splitVersionLiteral(
  s: string,
  isNum: (c: string | undefined) => boolean,
  failAt?: { index: number },
): VersionParts | undefined {
  let i = 0;
  const fail = (): undefined => {
    if (failAt) failAt.index = i;
    return undefined;
  };
  let v = false;
  if (s[0] === 'v' && isNum(s[1])) {
    v = true;
    i = 1;
  }
  const run = (): string => {
    const start = i;
    while (i < s.length && isNum(s[i])) i++;
    return s.slice(start, i);
  };
  const major = run();
  if (major === '') return fail();
  const parts: VersionParts = { v, major };
  if (s[i] === '.' && isNum(s[i + 1])) {
    i++;
    parts.minor = run();
    if (s[i] === '.' && isNum(s[i + 1])) {
      i++;
      parts.patch = run();
    }
  }
  const idents = (): string | undefined => {
    const start = i;
    for (;;) {
      if (!isIdentChar(s[i])) return undefined;
      while (i < s.length && isIdentChar(s[i])) i++;
      if (s[i] === '.' && isIdentChar(s[i + 1])) {
        i++;
        continue;
      }
      return s.slice(start, i);
    }
  };
  if (s[i] === '-' && isIdentChar(s[i + 1])) {
    i++;
    parts.pre = idents();
  }
  if (s[i] === '+' && isIdentChar(s[i + 1])) {
    i++;
    parts.meta = idents();
  }
  if (i !== s.length) return fail();
  return parts;
}

/** Go's strconv.ParseUint(s, 10, 64) on a string of ASCII digits (leading zeros allowed). */
export function parseUint64(s: string): bigint | undefined {
  if (s.length === 0) return undefined;
  for (let i = 0; i < s.length; i++) if (!isDigit(s[i])) return undefined;
  // Cheap overflow guard before BigInt on absurdly long inputs.
  let k = 0;
  while (k < s.length - 1 && s[k] === '0') k++;
  if (s.length - k > 20) return undefined;
  const n = BigInt(s);
  return n > UINT64_MAX ? undefined : n;
}

/** A version as Masterminds' `NewVersion` returns it. */
export interface MastermindsVersion {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string;
  meta: string;
}

export type NewVersionResult =
  | { ok: true; version: MastermindsVersion }
  | { ok: false; reason: string; /** index into the input where the problem is */ index: number };

/**
 * Masterminds `NewVersion` (v3.4+ with CoerceNewVersion = true, the default;
 * identical to 3.2.0): the lenient regex, ParseUint on each number, then the
 * prerelease check (numeric identifiers must not have leading zeros).
 */
export function mastermindsNewVersion(s: string): NewVersionResult {
  const failAt = { index: 0 };
  const parts = splitVersionLiteral(s, isDigit, failAt);
  if (!parts) {
    return { ok: false, reason: 'invalid semantic version', index: failAt.index };
  }
  const off = parts.v ? 1 : 0;
  const nums: [string | undefined, number][] = [
    [parts.major, off],
    [parts.minor, off + parts.major.length + 1],
    [parts.patch, off + parts.major.length + 1 + (parts.minor?.length ?? 0) + 1],
  ];
  const values: bigint[] = [];
  for (const [text, index] of nums) {
    if (text === undefined) {
      values.push(0n);
      continue;
    }
    const n = parseUint64(text);
    if (n === undefined) {
      return { ok: false, reason: `version segment ${text} exceeds the uint64 maximum ${UINT64_MAX}`, index };
    }
    values.push(n);
  }
  if (parts.pre !== undefined) {
    let index = s.indexOf('-') + 1;
    for (const id of parts.pre.split('.')) {
      if (id.length > 1 && id[0] === '0' && /^[0-9]+$/.test(id)) {
        return { ok: false, reason: `numeric prerelease identifier ${id} has a leading zero`, index };
      }
      index += id.length + 1;
    }
  }
  // validateMetadata cannot fail after the grammar check.
  return {
    ok: true,
    version: { major: values[0]!, minor: values[1]!, patch: values[2]!, pre: parts.pre ?? '', meta: parts.meta ?? '' },
  };
}

/**
 * What Gardener evaluates: `NewVersion(Normalize(v))`. After Normalize the
 * candidate never has a prerelease or metadata, so it is a release. Returns
 * undefined where Gardener reports an error (empty, whitespace, four
 * components, `V`, letters, numbers above 2^64-1, …).
 */
export function parseCandidateVersion(v: string): Release | undefined {
  const r = mastermindsNewVersion(normalizeVersion(v));
  if (!r.ok) return undefined;
  return release(r.version.major, r.version.minor, r.version.patch);
}
