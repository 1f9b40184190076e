import { ALL_RELEASES, toVersionIntervals } from '../constraint/index.js';
import { formatIntervalList } from '../constraint/format.js';
import type { ArchitectureResolution, Region } from '../analysis/resolution.js';

/** "targetVersion 1.21.x (1.21.0 ≤ v < 1.22.0)", naming only the axes the image constrains. */
export function describeRegion(resolution: Pick<ArchitectureResolution, 'runtimeConstrained' | 'targetConstrained'>, region: Region): string {
  const parts: string[] = [];
  if (resolution.runtimeConstrained) parts.push(`runtimeVersion ${describeSet(region.runtime)}`);
  if (resolution.targetConstrained) parts.push(`targetVersion ${describeSet(region.target)}`);
  return parts.length > 0 ? parts.join(' and ') : 'every version';
}

function describeSet(set: Region['runtime']): string {
  const intervals = toVersionIntervals(set);
  const friendly = formatIntervalList(intervals, 'friendly');
  const exact = formatIntervalList(intervals, 'exact');
  return friendly === exact || set === ALL_RELEASES ? friendly : `${friendly} (${exact})`;
}

/** "amd64", "amd64 and arm64". */
export function listArchitectures(architectures: readonly string[]): string {
  return architectures.length <= 1 ? (architectures[0] ?? '') : `${architectures.slice(0, -1).join(', ')} and ${architectures[architectures.length - 1]}`;
}

/** "3 more ranges on amd64 and arm64", "3 more ranges on amd64 and 1 on arm64": what a message did not list, per architecture. */
export function describeRest(restByArchitecture: ReadonlyMap<string, number>): string {
  const byCount = new Map<number, string[]>();
  for (const [architecture, n] of restByArchitecture) {
    if (n === 0) continue;
    const list = byCount.get(n);
    if (list) list.push(architecture);
    else byCount.set(n, [architecture]);
  }
  return [...byCount]
    .map(([n, architectures], i) => `${n}${i === 0 ? ` more ${n === 1 ? 'range' : 'ranges'}` : ''} on ${listArchitectures(architectures)}`)
    .join(byCount.size === 2 ? ' and ' : ', ');
}

