import { isEmptySet } from '../constraint/index.js';
import type { ImageAnalysis } from '../analysis/vector-group.js';
import { mergeKey } from '../analysis/merge.js';
import { where } from './entry-nodes.js';
import { describeRest } from './region-text.js';
import { winReason } from './win-reason.js';
import { lossesOn, onlyBeatenBy } from '../analysis/losses.js';
import { winningPositions } from '../analysis/resolution.js';
import type { Rule } from './rule.js';
import { FindingCap } from './finding-cap.js';

export const shadowedEntry: Rule = {
  id: 'shadowed-entry',
  defaultSeverity: 'error',
  description: 'An entry Gardener never selects, for any version and architecture: other entries always win.',
  check(context) {
    const linted = new Set(context.files.map((f) => f.path));
    for (const group of context.groups) {
      for (const image of group.images) {
        // A lone candidate wins every cell it matches (or matches none and returns below): never shadowed.
        if (image.candidates.length < 2) continue;
        const won = winningPositions(image.resolutions);
        const cap = new FindingCap();
        image.candidates.forEach((candidate, position) => {
          const entry = image.entries[candidate.index]!;
          const written = entry.contributors[0]!;
          // Appended overwrite entries are the overwrite-without-effect rule's;
          // entries of a component's own (configured) vector are not linted here.
          if (written.origin.kind !== 'base' || !linted.has(written.origin.file)) return;
          if ((candidate.runtime && isEmptySet(candidate.runtime)) || (candidate.target && isEmptySet(candidate.target))) return;
          if (candidate.architectures?.length === 0) return;
          if (won.has(position)) return;
          // Beaten only by entries with the same merge key: duplicate-entry explains that one.
          if (beatenOnlyBySameKey(image, position, mergeKey(written))) return;
          // At the range that loses everywhere (targetVersion, else runtimeVersion), else the entry.
          const fields = written.origin.fields;
          const at = fields.targetVersion ?? fields.runtimeVersion ?? written.origin.position;
          // Past the cap a shadowed entry is only counted (no winners named).
          if (cap.full) return cap.count({ file: written.origin.file, position: at }, undefined);
          cap.add({
            file: written.origin.file,
            position: at,
            message: `Gardener never selects this entry of \`${image.name}\` (tag ${JSON.stringify(entry.source.tag ?? entry.source.ref ?? '')}): ${winnersInstead(image, position)}. Remove it, or narrow the ranges of the entries that win.`,
          });
        });
        cap.flush(context.report.bind(context), image.name, (n) => `And ${n.toLocaleString('en-US')} more entries of \`${image.name}\` that Gardener never selects`);
      }
    }
  },
};

/** How many winners a message names; the others are counted. */
const NAMED_WINNERS = 5;

/** Whether every entry that wins where this one matches has the merge key `key` (and some entry does). */
function beatenOnlyBySameKey(image: ImageAnalysis, position: number, key: string): boolean {
  return onlyBeatenBy(image.resolutions, position, (w) => mergeKey(image.entries[image.candidates[w]!.index]!.contributors[0]!) === key);
}

/** Which entries win where this one matches, and why. */
export function winnersInstead(image: ImageAnalysis, position: number): string {
  // The first few winners, in the order they first win (architecture, then versions), with why per architecture.
  const named: number[] = [];
  const reasons = new Map<number, Set<string>>();
  const rest = new Map<string, number>();
  for (const resolution of image.resolutions) {
    const losses = lossesOn(resolution, position, named, NAMED_WINNERS, () => true);
    rest.set(resolution.architecture, losses.rest);
    for (const { winner } of losses.present) {
      let why = reasons.get(winner);
      if (!why) reasons.set(winner, (why = new Set()));
      if (why.size < 3) why.add(winReason(image.candidates[winner]!, image.candidates[position]!, resolution.architecture).text);
    }
  }
  const unnamed = [...rest.values()].some((n) => n > 0);
  if (reasons.size === 0 && !unnamed) return 'it matches no version and architecture it could be asked for';
  const me = image.entries[image.candidates[position]!.index]!.contributors[0]!;
  const parts = [...reasons].map(([winner, why]) => {
    const entry = image.entries[image.candidates[winner]!.index]!.contributors[0]!;
    return `${where(entry, me)} wins (${[...why].join('; ')})`;
  });
  if (unnamed) parts.push(`and other entries in ${describeRest(rest)}`);
  return `wherever it matches, ${parts.join(', ')}`;
}
