import {
  ALL_RELEASES,
  compareReleases,
  intersectSets,
  isEmptySet,
  parseConstraint,
  ZERO_RELEASE,
  type Release,
  type ReleaseSet,
} from '../constraint/index.js';
import { KUBERNETES_RELEASES } from '../kubernetes-versions.js';
import { regionsByWinner, type ArchitectureResolution, type Candidate, type Region } from '../analysis/resolution.js';
import type { VectorEntry } from '../analysis/merge.js';
import type { SourcePosition } from '../types.js';
import { describeRegion, listArchitectures } from './region-text.js';
import type { Rule } from './rule.js';

export const versionGap: Rule = {
  id: 'version-gap',
  defaultSeverity: 'error',
  description: 'Versions inside the range an image covers (or the configured Kubernetes versions) that no entry matches: FindImage fails there.',
  check(context) {
    const domainText = context.config.kubernetesVersions;
    const parsedDomain = domainText !== undefined ? parseConstraint(domainText) : undefined;
    const domain = parsedDomain?.ok ? parsedDomain.releases : undefined;
    for (const group of context.groups) {
      for (const image of group.images) {
        const view = group.legacy && image.intended ? image.intended : image;
        // Built at the first gap (most images have none).
        let gaps: Map<string, { architectures: string[]; region: Region; runtimeConstrained: boolean }> | undefined;
        for (const resolution of view.resolutions) {
          // Entries with invalid constraints are not candidates; with none left there is nothing to cover.
          if (resolution.positions.length === 0) continue;
          // A plane every cell of which some entry wins has no gap (most images: no region to build).
          if (!hasUnwonCell(resolution)) continue;
          gaps ??= new Map();
          const eligible = Array.from(resolution.positions, (p) => view.candidates[p]!);
          // Only Kubernetes versions can have a gap: an image version written into targetVersion
          // (`>= 6.1`) is unsatisfiable-constraint's finding, not a gap up to 6.1.
          const covered = (sets: (ReleaseSet | null)[]) => domain ?? intersectSets(hull(sets), KUBERNETES_RELEASES);
          const runtimeRegion = resolution.runtimeConstrained ? covered(eligible.map((c) => c.runtime)) : ALL_RELEASES;
          const targetRegion = resolution.targetConstrained ? covered(eligible.map((c) => c.target)) : ALL_RELEASES;
          for (const { text, region } of gapTexts(resolution, runtimeRegion, targetRegion)) {
            const gap = gaps.get(text) ?? { architectures: [], region, runtimeConstrained: resolution.runtimeConstrained && !resolution.targetConstrained };
            gap.architectures.push(resolution.architecture);
            gaps.set(text, gap);
          }
        }
        if (gaps === undefined || gaps.size === 0) continue;
        const first = image.entries[0]!.contributors[0]!;
        const covered = domain ? `the configured Kubernetes versions (${domainText})` : 'the range its entries cover';
        for (const [text, { architectures, region, runtimeConstrained }] of gaps) {
          // Anchored at the range value of an entry that borders the gap (the one below it
          // first: a narrowed upper bound is the usual cause), the other border as an alternative.
          const borders = borderingValues(image.entries, view.candidates, runtimeConstrained ? 'runtimeVersion' : 'targetVersion', region);
          const at = borders[0] ?? { file: first.origin.file, position: first.origin.position };
          context.report({
            file: at.file,
            position: at.position,
            ...(borders.length > 1 ? { alsoAt: borders.slice(1) } : {}),
            about: { image: image.name, architecture: [...architectures].sort().join(', '), region: text },
            message: `No entry of \`${image.name}\` matches ${text} on ${listArchitectures(architectures)}, inside ${covered}: Gardener's FindImage fails for those versions. Add an entry for them or widen a neighbouring range${domain ? '' : ' (or configure `kubernetesVersions` if they are out of support)'}.`,
          });
        }
      }
    }
  },
};

function hasUnwonCell(resolution: ArchitectureResolution): boolean {
  for (const column of resolution.columns) if (column.winners.includes(-1)) return true;
  return false;
}

/** The smallest single interval holding every constrained set (unconstrained entries cover everything). */
function hull(sets: (ReleaseSet | null)[]): ReleaseSet {
  let lo: Release | undefined;
  let hi: Release | null = ZERO_RELEASE;
  for (const set of sets) {
    if (set === null) return ALL_RELEASES;
    if (set.length === 0) continue;
    const first = set[0]!.lo;
    const last = set[set.length - 1]!.hi;
    if (lo === undefined || compareReleases(first, lo) < 0) lo = first;
    if (hi !== null && (last === null || compareReleases(last, hi) > 0)) hi = last;
  }
  if (lo === undefined) return [];
  return [{ lo, hi }];
}

function gapTexts(resolution: ArchitectureResolution, runtimeRegion: ReleaseSet, targetRegion: ReleaseSet): Array<{ text: string; region: Region }> {
  const texts: Array<{ text: string; region: Region }> = [];
  for (const { region } of regionsByWinner(resolution, (winner) => (winner === -1 ? 1 : null))) {
    const runtime = intersectSets(region.runtime, runtimeRegion);
    const target = intersectSets(region.target, targetRegion);
    if (isEmptySet(runtime) || isEmptySet(target)) continue;
    texts.push({ text: describeRegion(resolution, { runtime, target }), region: { runtime, target } });
  }
  return texts;
}

/**
 * Where the entries whose range on `field`'s axis ends where the gap starts
 * (below it), then those whose range starts where it ends (above it), wrote
 * that range: their `targetVersion` (or `runtimeVersion`) values.
 */
function borderingValues(
  entries: readonly VectorEntry[],
  candidates: readonly Candidate[],
  field: 'targetVersion' | 'runtimeVersion',
  gap: Region,
): Array<{ file: string; position: SourcePosition }> {
  const axis = field === 'targetVersion' ? gap.target : gap.runtime;
  const lo = axis[0]?.lo;
  const hi = axis[axis.length - 1]?.hi ?? null;
  const below: Array<{ file: string; position: SourcePosition }> = [];
  const above: typeof below = [];
  for (const candidate of candidates) {
    const set = field === 'targetVersion' ? candidate.target : candidate.runtime;
    if (!set) continue;
    const written = [...entries[candidate.index]!.contributors].reverse().find((c) => c.origin.fields[field] !== undefined);
    const position = written?.origin.fields[field];
    if (!written || !position) continue;
    if (lo !== undefined && set.some((i) => i.hi !== null && compareReleases(i.hi, lo) === 0)) below.push({ file: written.origin.file, position });
    else if (hi !== null && set.some((i) => compareReleases(i.lo, hi) === 0)) above.push({ file: written.origin.file, position });
  }
  return [...below, ...above];
}

