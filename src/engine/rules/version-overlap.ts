import { architectureScore } from '../analysis/find-image.js';
import { regionsBy, type ArchitectureResolution, type Candidate } from '../analysis/resolution.js';
import type { ImageAnalysis } from '../analysis/vector-group.js';
import { describeRegion, listArchitectures } from './region-text.js';
import { where } from './entry-nodes.js';
import type { Report, Rule } from './rule.js';
import { winReason } from './win-reason.js';

export const versionOverlap: Rule = {
  id: 'version-overlap',
  defaultSeverity: 'warning',
  description:
    'Entries of an image match the same versions and architecture; Gardener picks one by score and order (a warning when only the order decides, a notice when the score does).',
  check(context) {
    for (const group of context.groups) {
      for (const image of group.images) {
        // A vector written with legacy `version` constraints is judged by what it meant.
        const view = group.legacy && image.intended ? image.intended : image;
        reportOverlaps(image, view.candidates, view.resolutions, group.legacy, (r) => context.report(r));
      }
    }
  },
};

interface Overlap {
  winner: number;
  text: string;
  architectures: string[];
  byOrder: boolean;
  reason: string;
}

function reportOverlaps(
  image: ImageAnalysis,
  candidates: readonly Candidate[],
  resolutions: readonly ArchitectureResolution[],
  legacy: boolean,
  report: (r: Report) => void,
): void {
  const everWins = new Set<number>();
  for (const r of resolutions) for (const w of r.winners) everWins.add(w);
  // loser → (winner, region text) → overlap
  const byLoser = new Map<number, Map<string, Overlap>>();
  for (const resolution of resolutions) {
    const pairs = new Map<string, Set<number>>();
    resolution.matches.forEach((list, cell) => {
      if (list.length < 2) return;
      const winner = list[0]!;
      const winnerArch = architectureScore(candidates[winner]!.architectures, resolution.architecture);
      for (let i = 1; i < list.length; i++) {
        const loser = list[i]!;
        // A single-architecture entry beating a multi-architecture one is the
        // documented way to override one architecture, not an accident.
        if (architectureScore(candidates[loser]!.architectures, resolution.architecture) !== winnerArch) continue;
        // An entry that never wins is reported as shadowed instead.
        if (!everWins.has(loser)) continue;
        const key = `${loser}:${winner}`;
        const cells = pairs.get(key) ?? new Set<number>();
        cells.add(cell);
        pairs.set(key, cells);
      }
    });
    for (const [key, cells] of pairs) {
      const [loser, winner] = key.split(':').map(Number) as [number, number];
      const reason = winReason(candidates[winner]!, candidates[loser]!, resolution.architecture);
      const overlaps = byLoser.get(loser) ?? new Map<string, Overlap>();
      byLoser.set(loser, overlaps);
      for (const { region } of regionsBy(resolution, (cell) => (cells.has(cell) ? 1 : null))) {
        const text = describeRegion(resolution, region);
        const id = `${winner}|${text}`;
        const overlap = overlaps.get(id) ?? { winner, text, architectures: [], byOrder: reason.byOrder, reason: reason.text };
        overlap.architectures.push(resolution.architecture);
        overlaps.set(id, overlap);
      }
    }
  }
  for (const [loser, overlaps] of byLoser) {
    const loserEntry = image.entries[candidates[loser]!.index]!.contributors[0]!;
    const parts = [...overlaps.values()].map(({ winner, text, architectures, reason }) => {
      const winnerEntry = image.entries[candidates[winner]!.index]!;
      const tag = winnerEntry.source.tag ?? winnerEntry.source.ref ?? winnerEntry.source.repository ?? '';
      return `for ${text} on ${listArchitectures(architectures)} Gardener picks ${where(winnerEntry.contributors[0]!, loserEntry)} (${JSON.stringify(tag)}) because ${reason}`;
    });
    const byOrder = [...overlaps.values()].some((o) => o.byOrder);
    const field = legacy ? 'version' : loserEntry.targetVersion !== undefined ? 'targetVersion' : 'runtimeVersion';
    report({
      file: loserEntry.origin.file,
      position: loserEntry.origin.fields[field] ?? loserEntry.origin.position,
      severity: byOrder ? 'warning' : 'notice',
      message: `This \`${image.name}\` entry overlaps others: ${parts.join('; ')}. ${
        byOrder
          ? 'That holds only while the entries keep their order; make the ranges disjoint to say it explicitly.'
          : 'Gardener\'s scoring resolves this whatever the order; disjoint ranges would still say it more plainly.'
      }`,
    });
  }
}
