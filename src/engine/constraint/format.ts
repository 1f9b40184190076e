import type { VersionInterval } from '../types.js';

// Human-readable names for release intervals, used in messages and tables.
// The exact form (`1.21.0 ≤ v < 1.22.0`) is always available; the friendly
// form names whole minors (`1.21.x`) because that is how operators think.

function triple(v: string): [bigint, bigint, bigint] {
  const [a = '0', b = '0', c = '0'] = v.split('.');
  return [BigInt(a), BigInt(b), BigInt(c)];
}

/** `1.21.0 ≤ v < 1.22.0`, `v ≥ 1.30.0`, `v < 1.20.0`, `any version`. */
export function formatIntervalExact(interval: VersionInterval): string {
  const fromZero = interval.lo === '0.0.0';
  if (interval.hi === null) return fromZero ? 'any version' : `v ≥ ${interval.lo}`;
  if (fromZero) return `v < ${interval.hi}`;
  return `${interval.lo} ≤ v < ${interval.hi}`;
}

/** `1.21.x`, `1.21.x–1.23.x`, `>= 1.30`, `< 1.20`, `1.21.3–1.21.9` … */
export function formatIntervalFriendly(interval: VersionInterval): string {
  const [lM, lm, lp] = triple(interval.lo);
  const minorStart = lp === 0n;
  const shortLo = minorStart ? `${lM}.${lm}` : interval.lo;
  if (interval.hi === null) return interval.lo === '0.0.0' ? 'any' : `>= ${shortLo}`;
  const [hM, hm, hp] = triple(interval.hi);
  if (interval.lo === '0.0.0') return hp === 0n ? `< ${hM}.${hm}` : `< ${interval.hi}`;
  if (minorStart && hp === 0n && hM === lM && hm > lm) {
    return hm === lm + 1n ? `${lM}.${lm}.x` : `${lM}.${lm}.x–${lM}.${hm - 1n}.x`;
  }
  if (hp === 0n && minorStart) return `>= ${shortLo}, < ${hM}.${hm}`;
  if (hp > 0n) {
    const last = `${hM}.${hm}.${hp - 1n}`;
    return last === interval.lo ? interval.lo : `${interval.lo}–${last}`;
  }
  return `>= ${interval.lo}, < ${interval.hi}`;
}

/** Both forms, e.g. `1.21.x (1.21.0 ≤ v < 1.22.0)`. */
export function formatInterval(interval: VersionInterval): string {
  const friendly = formatIntervalFriendly(interval);
  const exact = formatIntervalExact(interval);
  return friendly === 'any' ? exact : `${friendly} (${exact})`;
}

export function formatIntervalList(intervals: readonly VersionInterval[], style: 'friendly' | 'exact' = 'friendly'): string {
  if (intervals.length === 0) return 'no version';
  const one = style === 'friendly' ? formatIntervalFriendly : formatIntervalExact;
  return intervals.map(one).join(' ∪ ');
}
