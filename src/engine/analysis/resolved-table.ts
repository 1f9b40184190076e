import { ALL_RELEASES, compareReleases, ZERO_RELEASE, toVersionIntervals } from '../constraint/index.js';
import type { ResolvedRow } from '../types.js';
import { toImageString } from './find-image.js';
import { regionsByWinner } from './resolution.js';
import type { VectorGroup } from './vector-group.js';

/**
 * The resolved image table: for each image and architecture, the maximal
 * version regions with one winner, the winning entry and the image string
 * Gardener produces. Exact: derived from the cells, not sampled.
 */
export function resolvedRows(groups: readonly VectorGroup[]): ResolvedRow[] {
  const rows: ResolvedRow[] = [];
  for (const group of groups) {
    for (const image of group.images) {
      for (const resolution of image.resolutions) {
        const regions = regionsByWinner(resolution, (winner) => (winner === -1 ? null : winner));
        // Sorted by where the regions start, on the releases themselves (cheaper than on strings).
        regions.sort(
          (a, b) =>
            compareReleases(a.region.runtime[0]?.lo ?? ZERO_RELEASE, b.region.runtime[0]?.lo ?? ZERO_RELEASE) ||
            compareReleases(a.region.target[0]?.lo ?? ZERO_RELEASE, b.region.target[0]?.lo ?? ZERO_RELEASE),
        );
        for (const row of regions.map(({ key, region }) => {
          const entry = image.entries[image.candidates[key]!.index]!;
          const origin = entry.contributors[entry.contributors.length - 1]!.origin;
          const row: ResolvedRow = {
            image: image.name,
            architecture: resolution.architecture,
            runtimeVersion: toVersionIntervals(resolution.runtimeConstrained ? region.runtime : ALL_RELEASES),
            targetVersion: toVersionIntervals(resolution.targetConstrained ? region.target : ALL_RELEASES),
            imageString: toImageString(entry.source),
            source: { file: origin.file, line: origin.position.line, column: origin.position.column, kind: origin.kind },
          };
          if (origin.component !== undefined) row.source.component = origin.component;
          const fields: NonNullable<ResolvedRow['source']['fields']> = {};
          for (const name of ['repository', 'tag', 'ref', 'targetVersion', 'runtimeVersion'] as const) {
            const at = origin.fields[name];
            if (at) fields[name] = { line: at.line, column: at.column };
          }
          row.source.fields = fields;
          return row;
        })) rows.push(row);
      }
    }
  }
  return rows;
}

/**
 * The rows without exact repetitions: a file that is both a base vector and
 * a component's own vector resolves twice to the same rows.
 */
export function distinctRows(rows: readonly ResolvedRow[]): ResolvedRow[] {
  // Rows can only repeat each other when they share image, architecture and
  // source position: the full key is built only for those.
  const byPlace = new Map<string, ResolvedRow | Set<string>>();
  const fullKey = (row: ResolvedRow) =>
    JSON.stringify([row.image, row.architecture, row.runtimeVersion, row.targetVersion, row.imageString, row.source]);
  return rows.filter((row) => {
    const place = `${row.source.file}\u0000${row.source.line}\u0000${row.source.column}\u0000${row.image}\u0000${row.architecture}`;
    const earlier = byPlace.get(place);
    if (earlier === undefined) {
      byPlace.set(place, row);
      return true;
    }
    let seen = earlier;
    if (!(seen instanceof Set)) byPlace.set(place, (seen = new Set([fullKey(seen)])));
    const key = fullKey(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
