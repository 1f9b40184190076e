import { isEmptySet } from '../constraint/index.js';
import type { ImageAnalysis } from '../analysis/vector-group.js';
import { mergeKey } from '../analysis/merge.js';
import { where } from './entry-nodes.js';
import { winReason } from './win-reason.js';
import type { Rule } from './rule.js';

export const shadowedEntry: Rule = {
  id: 'shadowed-entry',
  defaultSeverity: 'error',
  description: 'An entry Gardener never selects, for any version and architecture: other entries always win.',
  check(context) {
    const linted = new Set(context.files.map((f) => f.path));
    for (const group of context.groups) {
      for (const image of group.images) {
        image.candidates.forEach((candidate, position) => {
          const entry = image.entries[candidate.index]!;
          const written = entry.contributors[0]!;
          // Appended overwrite entries are the overwrite-without-effect rule's;
          // entries of a component's own (configured) vector are not linted here.
          if (written.origin.kind !== 'base' || !linted.has(written.origin.file)) return;
          if ((candidate.runtime && isEmptySet(candidate.runtime)) || (candidate.target && isEmptySet(candidate.target))) return;
          if (candidate.architectures?.length === 0) return;
          if (image.resolutions.some((r) => r.winners.includes(position))) return;
          // Beaten only by entries with the same merge key: duplicate-entry explains that one.
          const winners = winnersOf(image, position);
          const key = mergeKey(written);
          if (winners.length > 0 && winners.every((w) => mergeKey(image.entries[image.candidates[w]!.index]!.contributors[0]!) === key)) return;
          context.report({
            file: written.origin.file,
            position: written.origin.position,
            message: `Gardener never selects this entry of \`${image.name}\` (tag ${JSON.stringify(entry.source.tag ?? entry.source.ref ?? '')}): ${winnersInstead(image, position)}. Remove it, or narrow the ranges of the entries that win.`,
          });
        });
      }
    }
  },
};

/** loser → winner → reasons, for one image: built in one pass over all cells, once. */
const lossesCache = new WeakMap<ImageAnalysis, Map<number, Map<number, Set<string>>>>();

function lossesOf(image: ImageAnalysis): Map<number, Map<number, Set<string>>> {
  let losses = lossesCache.get(image);
  if (losses) return losses;
  losses = new Map();
  for (const resolution of image.resolutions) {
    for (const list of resolution.matches) {
      const winner = list[0];
      if (winner === undefined) continue;
      for (let i = 1; i < list.length; i++) {
        const loser = list[i]!;
        let byWinner = losses.get(loser);
        if (!byWinner) losses.set(loser, (byWinner = new Map()));
        let reasons = byWinner.get(winner);
        if (!reasons) byWinner.set(winner, (reasons = new Set()));
        if (reasons.size < 3) reasons.add(winReason(image.candidates[winner]!, image.candidates[loser]!, resolution.architecture).text);
      }
    }
  }
  lossesCache.set(image, losses);
  return losses;
}

/** The entries (by candidate position) that win where this one matches. */
export function winnersOf(image: ImageAnalysis, position: number): number[] {
  return [...(lossesOf(image).get(position)?.keys() ?? [])];
}

/** Which entries win where this one matches, and why. */
export function winnersInstead(image: ImageAnalysis, position: number): string {
  const reasons = lossesOf(image).get(position);
  if (!reasons || reasons.size === 0) return 'it matches no version and architecture it could be asked for';
  const me = image.entries[image.candidates[position]!.index]!.contributors[0]!;
  const parts = [...reasons].map(([winner, why]) => {
    const entry = image.entries[image.candidates[winner]!.index]!.contributors[0]!;
    return `${where(entry, me)} wins (${[...why].join('; ')})`;
  });
  return `wherever it matches, ${parts.join(', ')}`;
}
