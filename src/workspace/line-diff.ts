// Which lines of the new text a change touched: used to annotate findings on
// changed lines first. Exact (longest common subsequence) for the changed middle
// of a file up to a size; beyond it every line of the middle counts as changed.

const MAX_CELLS = 4_000_000;

/** 1-based line numbers of `after` that are not in `before` (added or modified). */
export function changedLines(before: string, after: string): Set<number> {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const changed = new Set<number>();
  const n = endA - start;
  const m = endB - start;
  if (m === 0) return changed;
  if (n === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    for (let j = start; j < endB; j++) changed.add(j + 1);
    return changed;
  }
  // lcs[i][j]: LCS length of a[start+i..endA) and b[start+j..endB).
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[start + i] === b[start + j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (j < m) {
    if (i < n && a[start + i] === b[start + j]) {
      i++;
      j++;
    } else if (i < n && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      i++;
    } else {
      changed.add(start + j + 1);
      j++;
    }
  }
  return changed;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
