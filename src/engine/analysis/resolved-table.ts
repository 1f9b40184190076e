import { detached } from '../detached.js';
import { ALL_RELEASES, compareReleases, isEmptySet, ZERO_RELEASE, toVersionIntervals, type ReleaseSet } from '../constraint/index.js';
import { clipToDomain, kubernetesDomain } from '../kubernetes-versions.js';
import type { LintConfig, ResolvedRow, VersionInterval } from '../types.js';
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
  forEachRegionRow(groups, (_, entry, architecture, runtime, target) => {
    rows.push({ image: entry.image, architecture, runtimeVersion: toVersionIntervals(runtime), targetVersion: toVersionIntervals(target), imageString: entry.imageString, source: entry.source });
  });
  return rows;
}

/** Every region of every resolution with its entry and architecture (ranges as release sets, unconstrained axes as every release), in table order. */
function forEachRegionRow(
  groups: readonly VectorGroup[],
  visit: (group: number, entry: ResolvedEntry, architecture: string, runtime: ReleaseSet, target: ReleaseSet) => void,
): void {
  groups.forEach((group, g) => {
    for (const image of group.images) {
      // What a row says of its winning entry, built once per entry: the rows of one entry (one per
      // architecture and region) share it. Rows are read, never changed, once the table is out.
      // By candidate, in an array made only for an image with several (most images have one entry).
      let only: ResolvedEntry | undefined;
      let byCandidate: (ResolvedEntry | undefined)[] | undefined;
      const several = image.candidates.length > 1;
      const partOf = (key: number): ResolvedEntry => {
        if (!several) return (only ??= entryPart(image.name, image.entries[image.candidates[key]!.index]!));
        byCandidate ??= [];
        return (byCandidate[key] ??= entryPart(image.name, image.entries[image.candidates[key]!.index]!));
      };
      for (const resolution of image.resolutions) {
        // No axis constrained (most images): one region, the whole plane, and its row says "any" on both axes.
        if (!resolution.runtimeConstrained && !resolution.targetConstrained && resolution.columns.length === 1 && resolution.columns[0]!.winners.length === 1) {
          const winner = resolution.columns[0]!.winners[0]!;
          if (winner === -1) continue;
          visit(g, partOf(winner), resolution.architecture, ALL_RELEASES, ALL_RELEASES);
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
          visit(g, partOf(key), resolution.architecture, resolution.runtimeConstrained ? region.runtime : ALL_RELEASES, resolution.targetConstrained ? region.target : ALL_RELEASES);
        }
      }
    }
  });
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

const FIELD_NAMES = ['repository', 'tag', 'ref', 'targetVersion', 'runtimeVersion'] as const;

/**
 * What the rows of one winning entry share: one object per entry and run (the
 * rows of the entry, one per architecture and region, hold the same one).
 * Read, never changed.
 */
export interface ResolvedEntry {
  /** The image's name and image string, detached from the file's text (rows outlive their cluster: see detached.ts). */
  image: string;
  imageString: string;
  source: ResolvedRow['source'];
}

/** File, line, column and image: what keys the search for repeated rows. */
function placeOf(entry: ResolvedEntry): string {
  return `${entry.source.file}\u0000${entry.source.line}\u0000${entry.source.column}\u0000${entry.image}`;
}

function entryPart(image: string, entry: VectorEntry): ResolvedEntry {
  const origin = entry.contributors[entry.contributors.length - 1]!.origin;
  const source: ResolvedRow['source'] = { file: origin.file, line: origin.position.line, column: origin.position.column, kind: origin.kind };
  if (origin.component !== undefined) source.component = detached(origin.component);
  const fields: NonNullable<ResolvedRow['source']['fields']> = {};
  for (const name of FIELD_NAMES) {
    const at = origin.fields[name];
    if (at) fields[name] = { line: at.line, column: at.column };
  }
  source.fields = fields;
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
  const parts = groups.map(() => ({ rows: [] as ResolvedRow[], outside: [] as ResolvedRow[] }));
  visitResolvedTable(groups, config, {
    row: (g, entry, architecture, runtimeVersion, targetVersion) => {
      parts[g]!.rows.push({ image: entry.image, architecture, runtimeVersion, targetVersion, imageString: entry.imageString, source: entry.source });
    },
    outside: (g, entry, architecture) => {
      parts[g]!.outside.push({ image: entry.image, architecture, runtimeVersion: [], targetVersion: [], imageString: entry.imageString, source: entry.source });
    },
  });
  return parts;
}

/**
 * Takes the resolved table row by row as it is derived, with no row object:
 * the winning entry (one object for all its rows), the architecture and the
 * ranges. The ranges of an unconstrained axis are one list shared by every
 * such row. Nothing handed over may be changed.
 */
export interface ResolvedRowVisitor {
  /** A row of group `group` (an index into the groups), in the table's order. */
  row(group: number, entry: ResolvedEntry, architecture: string, runtimeVersion: VersionInterval[], targetVersion: VersionInterval[]): void;
  /** A row that resolves only for versions Kubernetes never had (not in the table; see LintResult.unresolved). */
  outside?(group: number, entry: ResolvedEntry, architecture: string): void;
}

/** The rows of {@link resolvedTablesByGroup}, in the same order, handed to `visitor` one by one. */
export function visitResolvedTable(groups: readonly VectorGroup[], config: Pick<LintConfig, 'kubernetesVersions'>, visitor: ResolvedRowVisitor): void {
  const domain = kubernetesDomain(config);
  // By place, then architecture (its strings are few and their hashes cached): no key string built per row.
  const byPlace = new Map<string, Map<string, { entry: ResolvedEntry; runtime: ReleaseSet; target: ReleaseSet } | Set<string>>>();
  const fullKey = (entry: ResolvedEntry, architecture: string, runtime: ReleaseSet, target: ReleaseSet) =>
    JSON.stringify([entry.image, architecture, toVersionIntervals(runtime), toVersionIntervals(target), entry.imageString, entry.source]);
  // One group (a cluster of one base file: nearly every cluster) cannot repeat a row: its images
  // differ by name, its resolutions of an image by architecture, and the regions of one resolution
  // are disjoint and not empty, so no two have the same ranges.
  const repeats = groups.length > 1;
  forEachRegionRow(groups, (g, entry, architecture, runtime, target) => {
    if (repeats) {
      const place = placeOf(entry);
      let atPlace = byPlace.get(place);
      if (!atPlace) byPlace.set(place, (atPlace = new Map()));
      const earlier = atPlace.get(architecture);
      if (earlier === undefined) atPlace.set(architecture, { entry, runtime, target });
      else {
        let seen = earlier;
        if (!(seen instanceof Set)) atPlace.set(architecture, (seen = new Set([fullKey(seen.entry, architecture, seen.runtime, seen.target)])));
        const key = fullKey(entry, architecture, runtime, target);
        if (seen.has(key)) return;
        seen.add(key);
      }
    }
    const clippedRuntime = clipToDomain(runtime, domain);
    const clippedTarget = clipToDomain(target, domain);
    if (isEmptySet(clippedRuntime) || isEmptySet(clippedTarget)) visitor.outside?.(g, entry, architecture);
    else visitor.row(g, entry, architecture, rangesOf(clippedRuntime), rangesOf(clippedTarget));
  });
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
