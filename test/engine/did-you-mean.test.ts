import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { didYouMean, editDistance } from '../../src/engine/reading/did-you-mean.js';

// didYouMean skips the distance of candidates whose length differs by more
// than the limit; against the plain definition (every distance computed) it
// must pick the same suggestion.
function reference(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(lower.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === lower) continue;
    const distance = editDistance(lower, c);
    const related = c.startsWith(lower) || lower.startsWith(c);
    const score = related ? Math.min(distance, limit) : distance;
    if (score <= limit && score < bestDistance) {
      best = candidate;
      bestDistance = score;
    }
  }
  return best;
}

describe('didYouMean', () => {
  it('agrees with computing every distance', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'x'), maxLength: 14 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (w, candidates) => {
        expect(didYouMean(w, candidates)).toBe(reference(w, candidates));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers at once for a 1 MiB word (no distance matrix of its length)', () => {
    const huge = 'targetVersion'.repeat(80_000);
    expect(didYouMean(huge, ['name', 'repository', 'targetVersion', 'runtimeVersion'])).toBe('targetVersion');
    expect(didYouMean(`x${huge}`, ['name', 'repository', 'tag'])).toBeUndefined();
  });
});
