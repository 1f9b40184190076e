import { isEmptySet } from '../constraint/index.js';
import type { ImageAnalysis } from '../analysis/vector-group.js';
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

/** Which entries win where this one matches, and why. */
export function winnersInstead(image: ImageAnalysis, position: number): string {
  const reasons = new Map<number, Set<string>>();
  const self = image.candidates[position]!;
  for (const resolution of image.resolutions) {
    resolution.matches.forEach((list) => {
      if (!list.includes(position)) return;
      const winner = list[0]!;
      const other = image.candidates[winner]!;
      const set = reasons.get(winner) ?? new Set<string>();
      set.add(winReason(other, self, resolution.architecture).text);
      reasons.set(winner, set);
    });
  }
  if (reasons.size === 0) return 'it matches no version and architecture it could be asked for';
  const me = image.entries[self.index]!.contributors[0]!;
  const parts = [...reasons].map(([winner, why]) => {
    const entry = image.entries[image.candidates[winner]!.index]!.contributors[0]!;
    return `${where(entry, me)} wins (${[...why].join('; ')})`;
  });
  return `wherever it matches, ${parts.join(', ')}`;
}
