import { architectureScore } from '../analysis/find-image.js';
import { regionsBy, type ArchitectureResolution, type Candidate } from '../analysis/resolution.js';
import type { ImageAnalysis } from '../analysis/vector-group.js';
import { describeRegion, listArchitectures } from './region-text.js';
import { where } from './entry-nodes.js';
import type { Rule } from './rule.js';

export const versionOverlap: Rule = {
  id: 'version-overlap',
  defaultSeverity: 'warning',
  description: 'Two entries of an image match the same versions and architecture; Gardener picks one by score and order.',
  check(context) {
    for (const group of context.groups) {
      for (const image of group.images) {
        // A vector written with legacy `version` constraints is judged by what it meant.
        const view = group.legacy && image.intended ? image.intended : image;
        reportOverlaps(image, view.candidates, view.resolutions, group.legacy, context.report.bind(context));
      }
    }
  },
};

function reportOverlaps(
  image: ImageAnalysis,
  candidates: readonly Candidate[],
  resolutions: readonly ArchitectureResolution[],
  legacy: boolean,
  report: Parameters<Rule['check']>[0]['report'],
): void {
  const everWins = new Set<number>();
  for (const r of resolutions) for (const w of r.winners) everWins.add(w);
  // (loser, winner) → description of the region → architectures
  const found = new Map<string, { loser: number; winner: number; text: string; architectures: string[] }>();
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
      for (const { region } of regionsBy(resolution, (cell) => (cells.has(cell) ? 1 : null))) {
        const text = describeRegion(resolution, region);
        const id = `${key}|${text}`;
        const entry = found.get(id) ?? { loser, winner, text, architectures: [] };
        entry.architectures.push(resolution.architecture);
        found.set(id, entry);
      }
    }
  }
  for (const { loser, winner, text, architectures } of found.values()) {
    const loserEntry = image.entries[candidates[loser]!.index]!.contributors[0]!;
    const winnerEntry = image.entries[candidates[winner]!.index]!;
    const winnerWritten = winnerEntry.contributors[0]!;
    const why =
      score(candidates[winner]!) > score(candidates[loser]!)
        ? 'its constraint scores higher (exact constraints like "= 1.2.3" score 2)'
        : 'it comes first with the same score';
    const field = legacy ? 'version' : loserEntry.targetVersion !== undefined ? 'targetVersion' : 'runtimeVersion';
    report({
      file: loserEntry.origin.file,
      position: loserEntry.origin.fields[field] ?? loserEntry.origin.position,
      message: `\`${image.name}\` entries overlap for ${text} on ${listArchitectures(architectures)}: this entry and the one at ${where(winnerWritten, loserEntry)} both match, and Gardener picks ${where(winnerWritten, loserEntry)} (${JSON.stringify(winnerEntry.source.tag ?? winnerEntry.source.ref ?? winnerEntry.source.repository ?? '')}) there because ${why}. This works only as long as ${why.startsWith('it comes first') ? 'the order stays' : 'the scores stay'}; make the ranges disjoint to say it explicitly.`,
    });
  }
}

function score(candidate: Candidate): number {
  return (candidate.runtime ? candidate.runtimeScore : 0) + (candidate.target ? candidate.targetScore : 0);
}
