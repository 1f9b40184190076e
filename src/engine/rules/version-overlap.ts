import { beatenSomewhere, lossesOn } from '../analysis/losses.js';
import { archScoreOf, groupRegions, servedBy, winningPositions, type ArchitectureResolution, type Candidate } from '../analysis/resolution.js';
import type { ImageAnalysis } from '../analysis/vector-group.js';
import { describeRegion, describeRest, listArchitectures } from './region-text.js';
import { where } from './entry-nodes.js';
import type { Report, Rule } from './rule.js';
import { winReason } from './win-reason.js';
import { FindingCap } from './finding-cap.js';

export const versionOverlap: Rule = {
  id: 'version-overlap',
  defaultSeverity: 'warning',
  description:
    'Entries of an image match the same versions and architecture; Gardener picks one by score and order (a warning when only the order decides, a notice when the score does).',
  check(context) {
    const report = (r: Report) => context.report(r);
    for (const group of context.groups) {
      for (const image of group.images) {
        // A vector written with legacy `version` constraints is judged by what it meant.
        const view = group.legacy && image.intended ? image.intended : image;
        reportOverlaps(image, view.candidates, view.resolutions, group.legacy, report);
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

/** How many winners a message names; the others are counted. */
const NAMED_WINNERS = 5;

function reportOverlaps(
  image: ImageAnalysis,
  candidates: readonly Candidate[],
  resolutions: readonly ArchitectureResolution[],
  legacy: boolean,
  report: (r: Report) => void,
): void {
  // One entry alone overlaps nothing (most images: 1.15 entries per image in Gardener's vectors).
  if (candidates.length < 2) return;
  // Each entry visits only the architectures it serves (thousands of architectures stay linear).
  const won = winningPositions(resolutions);
  const serves = servedBy(resolutions);
  const cap = new FindingCap();
  candidates.forEach((_, loser) => {
    // An entry that never wins is reported as shadowed instead.
    if (!won.has(loser)) return;
    // One that no other entry beats anywhere overlaps nothing (the usual entry of a multi-entry image: disjoint ranges).
    const served = serves.get(loser) ?? [];
    if (!served.some((r) => beatenSomewhere(resolutions[r]!, loser))) return;
    // (winner, region text) → overlap
    const overlaps = new Map<string, Overlap>();
    const rest = new Map<string, number>();
    let byOrder = false;
    let overlapping = false;
    const named: number[] = [];
    // Past the cap an overlap is only counted: no regions, no text.
    const counting = cap.full;
    for (const r of served) {
      const resolution = resolutions[r]!;
      const own = archScoreOf(resolution, loser);
      // A single-architecture entry beating a multi-architecture one is the
      // documented way to override one architecture, not an accident.
      const losses = lossesOn(resolution, loser, named, NAMED_WINNERS, (archScore) => archScore === own);
      rest.set(resolution.architecture, losses.rest);
      if (losses.equalScore) byOrder = true;
      for (const { winner, strips } of losses.present) {
        const reason = winReason(candidates[winner]!, candidates[loser]!, resolution.architecture);
        if (reason.byOrder) byOrder = true;
        overlapping = true;
        if (counting) continue;
        for (const { region } of groupRegions(resolution, strips)) {
          const text = describeRegion(resolution, region);
          const id = `${winner}|${text}`;
          const overlap = overlaps.get(id) ?? { winner, text, architectures: [], byOrder: reason.byOrder, reason: reason.text };
          overlap.architectures.push(resolution.architecture);
          overlaps.set(id, overlap);
        }
      }
    }
    if (!overlapping) return;
    const loserEntry = image.entries[candidates[loser]!.index]!.contributors[0]!;
    const field = legacy ? 'version' : loserEntry.targetVersion !== undefined ? 'targetVersion' : 'runtimeVersion';
    const position = loserEntry.origin.fields[field] ?? loserEntry.origin.position;
    if (counting) {
      cap.count({ file: loserEntry.origin.file, position }, byOrder ? 'warning' : 'notice');
      return;
    }
    const parts = [...overlaps.values()].map(({ winner, text, architectures, reason }) => {
      const winnerEntry = image.entries[candidates[winner]!.index]!;
      const tag = winnerEntry.source.tag ?? winnerEntry.source.ref ?? winnerEntry.source.repository ?? '';
      return `for ${text} on ${listArchitectures(architectures)} Gardener picks ${where(winnerEntry.contributors[0]!, loserEntry)} (${JSON.stringify(tag)}) because ${reason}`;
    });
    if ([...rest.values()].some((n) => n > 0)) parts.push(`and other entries win in ${describeRest(rest)}`);
    cap.add({
      file: loserEntry.origin.file,
      position,
      severity: byOrder ? 'warning' : 'notice',
      message: `This \`${image.name}\` entry overlaps others: ${parts.join('; ')}. ${
        byOrder
          ? 'That holds only while the entries keep their order; make the ranges disjoint to say it explicitly.'
          : 'Gardener\'s scoring resolves this whatever the order; disjoint ranges would still say it more plainly.'
      }`,
    });
  });
  cap.flush(report, image.name, (n) => `And ${n.toLocaleString('en-US')} more entries of \`${image.name}\` overlap others`);
}
