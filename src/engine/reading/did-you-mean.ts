// Suggestions for misspelled names (fields, images, components).

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * The closest candidate within a distance that scales with the word's length
 * (a third of it, at least 1, at most 3; no guess for words under three letters),
 * compared case-insensitively; also a
 * candidate the word is a plural/singular or prefix of.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  // One- and two-letter words are too short for a guess to mean anything.
  if (lower.length < 3) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(lower.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === lower) continue;
    const related = c.startsWith(lower) || lower.startsWith(c);
    // The distance is at least the difference in length: past the limit only a
    // related word can still qualify (at the limit), and the distance need not
    // be computed (a 1 MiB unknown key against field names would take seconds).
    if (Math.abs(c.length - lower.length) > limit) {
      if (related && limit < bestDistance) {
        best = candidate;
        bestDistance = limit;
      }
      continue;
    }
    const distance = editDistance(lower, c);
    const score = related ? Math.min(distance, limit) : distance;
    if (score <= limit && score < bestDistance) {
      best = candidate;
      bestDistance = score;
    }
  }
  return best;
}
