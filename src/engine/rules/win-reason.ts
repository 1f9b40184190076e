import { architectureScore } from '../analysis/find-image.js';
import type { Candidate } from '../analysis/resolution.js';

export interface WinReason {
  /** True when only the order of the entries decides (equal scores). */
  byOrder: boolean;
  text: string;
}

function axisScore(candidate: Candidate, axis: 'runtime' | 'target'): number {
  if (axis === 'runtime') return candidate.runtime ? candidate.runtimeScore : 0;
  return candidate.target ? candidate.targetScore : 0;
}

const SCORE_WORDS = ['no constraint (score 0)', 'a range (score 1)', 'an exact constraint (score 2)'];

/** Why FindImage prefers `winner` over `loser` for this architecture, in Gardener's scoring terms. */
export function winReason(winner: Candidate, loser: Candidate, architecture: string): WinReason {
  const archWinner = architectureScore(winner.architectures, architecture) ?? 0;
  const archLoser = architectureScore(loser.architectures, architecture) ?? 0;
  if (archWinner > archLoser) {
    return { byOrder: false, text: `it lists ${architecture} alone, which scores higher than a list of several architectures` };
  }
  for (const axis of ['target', 'runtime'] as const) {
    const w = axisScore(winner, axis);
    const l = axisScore(loser, axis);
    if (w !== l) {
      const field = `${axis}Version`;
      const total = (c: Candidate) => axisScore(c, 'runtime') + axisScore(c, 'target');
      if (total(winner) > total(loser)) {
        return { byOrder: false, text: `its ${field} is ${SCORE_WORDS[w]}, this entry's is ${SCORE_WORDS[l]}` };
      }
    }
  }
  return { byOrder: true, text: 'it comes first and the scores are equal' };
}
