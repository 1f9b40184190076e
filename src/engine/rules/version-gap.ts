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
import { regionsByWinner, type ArchitectureResolution } from '../analysis/resolution.js';
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
        const gaps = new Map<string, string[]>();
        for (const resolution of view.resolutions) {
          const eligible = Array.from(resolution.positions, (p) => view.candidates[p]!);
          // Entries with invalid constraints are not candidates; with none left there is nothing to cover.
          if (eligible.length === 0) continue;
          // Only Kubernetes versions can have a gap: an image version written into targetVersion
          // (`>= 6.1`) is unsatisfiable-constraint's finding, not a gap up to 6.1.
          const covered = (sets: (ReleaseSet | null)[]) => domain ?? intersectSets(hull(sets), KUBERNETES_RELEASES);
          const runtimeRegion = resolution.runtimeConstrained ? covered(eligible.map((c) => c.runtime)) : ALL_RELEASES;
          const targetRegion = resolution.targetConstrained ? covered(eligible.map((c) => c.target)) : ALL_RELEASES;
          for (const text of gapTexts(resolution, runtimeRegion, targetRegion)) {
            gaps.set(text, [...(gaps.get(text) ?? []), resolution.architecture]);
          }
        }
        if (gaps.size === 0) continue;
        const first = image.entries[0]!.contributors[0]!;
        const covered = domain ? `the configured Kubernetes versions (${domainText})` : 'the range its entries cover';
        for (const [text, architectures] of gaps) {
          context.report({
            file: first.origin.file,
            position: first.origin.position,
            about: { image: image.name, architecture: [...architectures].sort().join(', '), region: text },
            message: `No entry of \`${image.name}\` matches ${text} on ${listArchitectures(architectures)}, inside ${covered}: Gardener's FindImage fails for those versions. Add an entry for them or widen a neighbouring range${domain ? '' : ' (or configure `kubernetesVersions` if they are out of support)'}.`,
          });
        }
      }
    }
  },
};

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

function gapTexts(resolution: ArchitectureResolution, runtimeRegion: ReleaseSet, targetRegion: ReleaseSet): string[] {
  const texts: string[] = [];
  for (const { region } of regionsByWinner(resolution, (winner) => (winner === -1 ? 1 : null))) {
    const runtime = intersectSets(region.runtime, runtimeRegion);
    const target = intersectSets(region.target, targetRegion);
    if (isEmptySet(runtime) || isEmptySet(target)) continue;
    texts.push(describeRegion(resolution, { runtime, target }));
  }
  return texts;
}

