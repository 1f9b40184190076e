import { mergeImageVectors } from '../analysis/merge.js';
import { firstMatching, groupRegions, overlay, regionsByWinner } from '../analysis/resolution.js';
import { analyseGroup, intendedSource, type ImageAnalysis, type VectorGroup } from '../analysis/vector-group.js';
import { toImageString } from '../analysis/find-image.js';
import type { ImageSource } from '../types.js';
import { where } from './entry-nodes.js';
import { kubernetesDomain, regionInDomain } from './kubernetes-domain.js';
import { describeRegion, listArchitectures } from './region-text.js';
import type { ReadVector, Rule } from './rule.js';
import { winReason } from './win-reason.js';

export const overwritePartial: Rule = {
  id: 'overwrite-partial',
  defaultSeverity: 'warning',
  description:
    'An overwrite names an image of the base, but for some Kubernetes versions or architectures Gardener still resolves that image from the base entry (the merge keys differ).',
  check(context) {
    const domain = kubernetesDomain(context.config);
    for (const group of context.groups) {
      if (!group.merged) continue;
      // A vector written with legacy constraints is judged by what it meant.
      const view = group.legacy && group.component === undefined ? intendedGroup(group, context.vectors) : group;
      for (const image of view.images) {
        // What the overwrites wrote for this image (merged into a base entry or appended).
        const overwrites = image.entries.flatMap((e) => e.contributors.filter(isOverwrite));
        if (overwrites.length === 0 || image.entries.every((e) => e.contributors.some(isOverwrite))) continue;
        // Where an overwrite entry never wins at all, overwrite-without-effect reports it.
        const overwriteWins = image.resolutions.some((r) =>
          regionsByWinner(r, (winner) => (winnerWritten(image, winner) === 'overwrite' ? 1 : null)).some(({ region }) =>
            regionInDomain(r, region, domain),
          ),
        );
        if (!overwriteWins) continue;
        // base winner candidate → (region, losing overwrite candidate or -1) → architectures
        const byBase = new Map<number, Map<string, { region: string; loser: number; architectures: string[] }>>();
        const overwriteOrder = image.candidates.flatMap((_, p) => (winnerWritten(image, p) === 'overwrite' ? [p] : []));
        for (const resolution of image.resolutions) {
          // Per cell: the base winner and the first overwrite entry (in vector order) that matches there.
          const firstOverwrite = firstMatching(resolution, overwriteOrder);
          const regions = groupRegions(
            resolution,
            overlay(resolution, resolution.columns, firstOverwrite, (winner, loser) =>
              winnerWritten(image, winner) === 'base' ? `${winner}:${loser}` : null,
            ),
          );
          for (const { key, region } of regions) {
            const inside = regionInDomain(resolution, region, domain);
            if (!inside) continue;
            const [winner, loser] = key.split(':').map(Number) as [number, number];
            const text = describeRegion(resolution, inside);
            let places = byBase.get(winner);
            if (!places) byBase.set(winner, (places = new Map()));
            const place = places.get(`${text}\u0000${loser}`);
            if (place) place.architectures.push(resolution.architecture);
            else places.set(`${text}\u0000${loser}`, { region: text, loser, architectures: [resolution.architecture] });
          }
        }
        for (const [winner, texts] of byBase) {
          const baseEntry = image.entries[image.candidates[winner]!.index]!;
          const base = baseEntry.contributors[0]!;
          const nearest = nearestOverwrite(overwrites, base, view.legacy);
          const places = [...texts.values()].map(({ region, architectures, loser }) => {
            let how = 'no overwrite entry matches';
            if (loser !== -1) {
              const reason = winReason(image.candidates[winner]!, image.candidates[loser]!, architectures[0]!).text;
              const entry = image.entries[image.candidates[loser]!.index]!;
              how = `the overwrite entry at ${where(entry.contributors.find(isOverwrite)!, nearest.source)} matches but the base entry wins: ${reason}`;
            }
            return `${listArchitectures(architectures)} at ${region}, where ${how}`;
          });
          context.report({
            file: nearest.source.origin.file,
            position: nearest.source.origin.position,
            message: `This overwrite of \`${image.name}\` does not cover ${places.join('; ')}: there Gardener still resolves \`${image.name}\` from the base entry at ${where(base, nearest.source)} (${JSON.stringify(toImageString(baseEntry.source))}). The merge keys differ (${nearest.differences}), so the overwrite replaces nothing there. To replace that entry, write its ${keyFieldNames(view.legacy)} exactly as in the base.`,
          });
        }
      }
    }
  },
};

function isOverwrite(source: ImageSource): boolean {
  return source.origin.kind !== 'base';
}

/** Whether the winning candidate's entry was written by an overwrite (merged into or appended) or by the base alone. */
function winnerWritten(image: ImageAnalysis, winner: number): 'overwrite' | 'base' | null {
  if (winner === -1) return null;
  const entry = image.entries[image.candidates[winner]!.index]!;
  return entry.contributors.some(isOverwrite) ? 'overwrite' : 'base';
}

type KeyField = 'runtimeVersion' | 'targetVersion' | 'version' | 'versions' | 'architectures';

function keyFields(legacy: boolean): KeyField[] {
  return legacy ? ['versions', 'version', 'architectures'] : ['runtimeVersion', 'targetVersion', 'architectures'];
}

function keyFieldNames(legacy: boolean): string {
  return legacy ? 'constraint and architectures (as runtimeVersion/targetVersion, see legacy-version-constraint)' : 'runtimeVersion, targetVersion and architectures';
}

function fieldText(source: ImageSource, field: KeyField): string {
  if (field === 'architectures') return source.architectures === undefined ? 'absent' : `[${source.architectures.join(', ')}]`;
  const value = source[field];
  return value === undefined || value === '' ? 'absent' : JSON.stringify(value);
}

/** The overwrite entry whose merge key is closest to the base entry's, and the key fields that differ. */
function nearestOverwrite(overwrites: readonly ImageSource[], base: ImageSource, legacy: boolean): { source: ImageSource; differences: string } {
  let best: { source: ImageSource; diffs: string[] } | undefined;
  for (const source of overwrites) {
    const diffs = keyFields(legacy)
      .filter((f) => fieldText(source, f) !== fieldText(base, f))
      .map((f) => `${f} ${fieldText(source, f)} here, ${fieldText(base, f)} there`);
    if (!best || diffs.length < best.diffs.length) best = { source, diffs };
  }
  return { source: best!.source, differences: best!.diffs.join('; ') || 'by spelling only' };
}

/**
 * A legacy group as its author meant it: every written entry read with its
 * intended constraints, merged with those constraints in the key (as
 * Gardener merges `runtimeVersion`/`targetVersion`).
 */
function intendedGroup(group: VectorGroup, vectors: readonly ReadVector[]): VectorGroup {
  const written = new Set(group.entries.flatMap((e) => e.contributors));
  const ordered = vectors.filter((v) => v.vector.images.some((i) => written.has(i)));
  const layers = [
    ...ordered.filter((v) => v.vector.kind === 'base'),
    ...ordered.filter((v) => v.vector.kind !== 'base'),
  ].map((v) => v.vector.images.map(intendedSource));
  const analysed = analyseGroup(group.label, mergeImageVectors(layers, true), true);
  return { ...analysed, legacy: true };
}
