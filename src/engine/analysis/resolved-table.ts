import { detached } from '../detached.js';
import { ALL_RELEASES, compareReleases, isEmptySet, ZERO_RELEASE, toVersionIntervals, type ReleaseSet } from '../constraint/index.js';
import { clipToDomain, kubernetesDomain } from '../kubernetes-versions.js';
import type { LintConfig, ResolvedRow } from '../types.js';
import { toImageString } from './find-image.js';
import { regionsByWinner } from './resolution.js';
import type { VectorEntry } from './merge.js';
import type { VectorGroup } from './vector-group.js';

/**
 * The resolved image table: for each image and architecture, the maximal
 * version regions with one winner, the winning entry and the image string
 * Gardener produces. Exact: derived from the cells, not sampled.
 */
export function resolvedRows(groups: readonly VectorGroup[]): ResolvedRow[] {
  const rows: ResolvedRow[] = [];
  forEachRegionRow(groups, (_, __, row, runtime, target) => {
    rows.push({ ...row, runtimeVersion: toVersionIntervals(runtime), targetVersion: toVersionIntervals(target) });
  });
  return rows;
}

/** A row of the table before its ranges are written: the same keys in the same order, the ranges still to fill in. */
type RowWithoutRanges = Omit<ResolvedRow, 'runtimeVersion' | 'targetVersion'> & { runtimeVersion: undefined; targetVersion: undefined };

/** Every region of every resolution with its row (ranges as release sets, unconstrained axes as every release), in table order. */
function forEachRegionRow(
  groups: readonly VectorGroup[],
  visit: (group: number, entry: EntryPart, row: RowWithoutRanges, runtime: ReleaseSet, target: ReleaseSet) => void,
): void {
  // What a row says of its winning entry, built once per entry: the rows of one entry (one per
  // architecture and region) share it. Rows are read, never changed, once the table is out.
  // By candidate, in one array for the whole table, emptied for each image (no allocation per image).
  const parts: (EntryPart | undefined)[] = [];
  for (let g = 0; g < groups.length; g++) {
    for (const image of groups[g]!.images) {
      parts.length = 0;
      for (const resolution of image.resolutions) {
        // No axis constrained (most images): one region, the whole plane, and its row says "any" on both axes.
        if (!resolution.runtimeConstrained && !resolution.targetConstrained && resolution.columns.length === 1 && resolution.columns[0]!.winners.length === 1) {
          const winner = resolution.columns[0]!.winners[0]!;
          if (winner === -1) continue;
          const shared = (parts[winner] ??= partOf(image, winner));
          visit(g, shared, rowOf(shared, resolution.architecture), ALL_RELEASES, ALL_RELEASES);
          continue;
        }
        const regions = regionsByWinner(resolution, winnerKey);
        // Sorted by where the regions start, on the releases themselves (cheaper than on strings).
        if (regions.length > 1) {
          regions.sort(
            (a, b) =>
              compareReleases(a.region.runtime[0]?.lo ?? ZERO_RELEASE, b.region.runtime[0]?.lo ?? ZERO_RELEASE) ||
              compareReleases(a.region.target[0]?.lo ?? ZERO_RELEASE, b.region.target[0]?.lo ?? ZERO_RELEASE),
          );
        }
        for (const { key, region } of regions) {
          const shared = (parts[key] ??= partOf(image, key));
          visit(g, shared, rowOf(shared, resolution.architecture), resolution.runtimeConstrained ? region.runtime : ALL_RELEASES, resolution.targetConstrained ? region.target : ALL_RELEASES);
        }
      }
    }
  }
}

/** What the rows of candidate `key` of an image share. */
function partOf(image: VectorGroup['images'][number], key: number): EntryPart {
  return entryPart(image.name, image.entries[image.candidates[key]!.index]!);
}

/** A row of the entry `shared` for one architecture, its ranges still to be written. */
function rowOf(shared: EntryPart, architecture: string): RowWithoutRanges {
  return { image: shared.image, architecture, runtimeVersion: undefined, targetVersion: undefined, imageString: shared.imageString, source: shared.source };
}

/**
 * The ranges of an axis no entry constrains ("any version"), one list shared by every such row
 * (most rows, on both axes): rows are read, never changed, once the table is out (as the source
 * they share with the other rows of their entry). Frozen, so that a change fails loudly.
 */
const ANY_VERSION: ResolvedRow['runtimeVersion'] = Object.freeze([Object.freeze({ lo: '0.0.0', hi: null })]) as unknown as ResolvedRow['runtimeVersion'];

/** `toVersionIntervals`, with the shared list for the full range. */
function rangesOf(set: ReleaseSet): ResolvedRow['runtimeVersion'] {
  return set === ALL_RELEASES ? ANY_VERSION : toVersionIntervals(set);
}

/** Regions by winning candidate; cells nobody wins are in no row. */
const winnerKey = (winner: number): number | null => (winner === -1 ? null : winner);

/** What the rows of one entry share. */
interface EntryPart {
  /** The image's name and image string, detached from the file's text (rows outlive their cluster: see detached.ts). */
  image: string;
  imageString: string;
  source: ResolvedRow['source'];
}

/** File, line, column and image: what keys the search for repeated rows. */
function placeOf(entry: EntryPart): string {
  return `${entry.source.file}\u0000${entry.source.line}\u0000${entry.source.column}\u0000${entry.image}`;
}

function entryPart(image: string, entry: VectorEntry): EntryPart {
  const origin = entry.contributors[entry.contributors.length - 1]!.origin;
  const source: ResolvedRow['source'] = { file: origin.file, line: origin.position.line, column: origin.position.column, kind: origin.kind };
  if (origin.component !== undefined) source.component = detached(origin.component);
  // The entry's own record of where its fields are (made once, when first asked for; it holds
  // positions only): the row's fields are among them, no copy needed.
  source.fields = origin.fields;
  return { image: detached(image), imageString: detached(toImageString(entry.source)), source };
}

/**
 * What `clipRowsToKubernetes(distinctRows(resolvedRows(groups)), config)`
 * gives, in one pass: the rows clipped on their release sets (no ranges
 * written as strings and parsed back), the domain parsed once, and the full
 * key of a row built only where two rows share a place.
 */
export function resolvedTable(groups: readonly VectorGroup[], config: Pick<LintConfig, 'kubernetesVersions'>): { rows: ResolvedRow[]; outside: ResolvedRow[] } {
  const parts = resolvedTablesByGroup(groups, config);
  return { rows: parts.flatMap((p) => p.rows), outside: parts.flatMap((p) => p.outside) };
}

/** {@link resolvedTable} per group, in the groups' order (a row repeating an earlier group's is left out of its own). */
export function resolvedTablesByGroup(groups: readonly VectorGroup[], config: Pick<LintConfig, 'kubernetesVersions'>): { rows: ResolvedRow[]; outside: ResolvedRow[] }[] {
  const domain = kubernetesDomain(config);
  const parts = groups.map(() => ({ rows: [] as ResolvedRow[], outside: [] as ResolvedRow[] }));
  // By place, then architecture (its strings are few and their hashes cached): no key string built per row.
  const byPlace = new Map<string, Map<string, { row: RowWithoutRanges; runtime: ReleaseSet; target: ReleaseSet } | Set<string>>>();
  const fullKey = (row: RowWithoutRanges, runtime: ReleaseSet, target: ReleaseSet) =>
    JSON.stringify([row.image, row.architecture, toVersionIntervals(runtime), toVersionIntervals(target), row.imageString, row.source]);
  // One group (a cluster of one base file: nearly every cluster) cannot repeat a row: its images
  // differ by name, its resolutions of an image by architecture, and the regions of one resolution
  // are disjoint and not empty, so no two have the same ranges.
  const repeats = groups.length > 1;
  forEachRegionRow(groups, (g, entry, row, runtime, target) => {
    if (repeats) {
      const place = placeOf(entry);
      let atPlace = byPlace.get(place);
      if (!atPlace) byPlace.set(place, (atPlace = new Map()));
      const earlier = atPlace.get(row.architecture);
      if (earlier === undefined) atPlace.set(row.architecture, { row, runtime, target });
      else {
        let seen = earlier;
        if (!(seen instanceof Set)) atPlace.set(row.architecture, (seen = new Set([fullKey(seen.row, seen.runtime, seen.target)])));
        const key = fullKey(row, runtime, target);
        if (seen.has(key)) return;
        seen.add(key);
      }
    }
    const clippedRuntime = clipToDomain(runtime, domain);
    const clippedTarget = clipToDomain(target, domain);
    // The row is this pass's own object: its ranges are filled in where they stand (no copy).
    const out = row as unknown as ResolvedRow;
    if (isEmptySet(clippedRuntime) || isEmptySet(clippedTarget)) {
      out.runtimeVersion = [];
      out.targetVersion = [];
      parts[g]!.outside.push(out);
    } else {
      out.runtimeVersion = rangesOf(clippedRuntime);
      out.targetVersion = rangesOf(clippedTarget);
      parts[g]!.rows.push(out);
    }
  });
  return parts;
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
