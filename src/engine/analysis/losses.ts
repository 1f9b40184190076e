import { archScoreOf, columnAt, localOf, segmentEnd, type ArchitectureResolution, type Column, type Strip } from './resolution.js';

// Which entries beat an entry where it matches, read off a resolution's
// segments without visiting every version cell: the first few winners are
// found by scanning the entry's own cells in order, their regions by binary
// search in per-winner segment lists, and how many pieces the others win by
// prefix counts per score class. Cost per entry: O(a few + log) per column
// it spans, whatever the number of entries beating it.

/** How many pieces a scan looks at for new names before it gives up naming (the rest is still counted). */
const SCAN_LIMIT = 256;

interface ColumnIndex {
  /** Segment indices won by each candidate, ascending. */
  byWinner: Map<number, Int32Array>;
  /** Per score class (archScore * 8 + score): how many of the first i segments are in it. */
  classPrefix: Map<number, Int32Array>;
}

const indexCache = new WeakMap<Column, ColumnIndex>();

function indexOf(resolution: ArchitectureResolution, column: Column): ColumnIndex {
  let index = indexCache.get(column);
  if (index) return index;
  const lists = new Map<number, number[]>();
  const classes = new Map<number, Int32Array>();
  const s = column.winners.length;
  for (let i = 0; i < s; i++) {
    const w = column.winners[i]!;
    if (w === -1) continue;
    let list = lists.get(w);
    if (!list) lists.set(w, (list = []));
    list.push(i);
    const c = classOf(resolution, w);
    if (!classes.has(c)) classes.set(c, new Int32Array(s + 1));
  }
  for (const [c, prefix] of classes) {
    for (let i = 0; i < s; i++) {
      const w = column.winners[i]!;
      prefix[i + 1] = prefix[i]! + (w !== -1 && classOf(resolution, w) === c ? 1 : 0);
    }
  }
  const byWinner = new Map<number, Int32Array>();
  for (const [w, list] of lists) byWinner.set(w, Int32Array.from(list));
  index = { byWinner, classPrefix: classes };
  indexCache.set(column, index);
  return index;
}

function classOf(resolution: ArchitectureResolution, candidate: number): number {
  const l = localOf(resolution, candidate);
  return l < 0 ? 0 : resolution.archScores[l]! * 8 + resolution.scores[l]!;
}

/** The segment of a column that holds target cell `cell`. */
function segmentAt(column: Column, cell: number): number {
  let lo = 0;
  let hi = column.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (column.starts[mid]! <= cell) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First index in a sorted list with value ≥ x. */
function lowerBound(list: Int32Array, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The columns an entry's runtime cells span, clipped to them, in order. */
function* coverageStrips(resolution: ArchitectureResolution, p: number): Generator<{ column: Column; from: number; to: number }> {
  const { columns, runtimeOffsets, runtimeCells } = resolution;
  const l = localOf(resolution, p);
  if (l < 0) return;
  for (let k = runtimeOffsets[l]!; k < runtimeOffsets[l + 1]!; k += 2) {
    const from = runtimeCells[k]!;
    const to = runtimeCells[k + 1]!;
    for (let c = columnAt(columns, from); c < columns.length && columns[c]!.from < to; c++) {
      const column = columns[c]!;
      yield { column, from: Math.max(from, column.from), to: Math.min(to, column.to) };
    }
  }
}

/** The segment index range [first, last] of each of the entry's target intervals in a column. */
function* segmentRanges(resolution: ArchitectureResolution, column: Column, p: number): Generator<[number, number, number, number]> {
  const { targetOffsets, targetCells } = resolution;
  const l = localOf(resolution, p);
  if (l < 0) return;
  for (let k = targetOffsets[l]!; k < targetOffsets[l + 1]!; k += 2) {
    const from = targetCells[k]!;
    const to = targetCells[k + 1]!;
    if (from >= to) continue;
    yield [segmentAt(column, from), segmentAt(column, to - 1), from, to];
  }
}

export interface Losses {
  /** The named entries that win somewhere this one matches, in the order they first do, with where. */
  present: { winner: number; strips: Strip<1>[] }[];
  /** Pieces (maximal ranges of one winner within this entry's cells, per column) won by entries not named. */
  rest: number;
  /** Whether some counted winner has the same total score as this entry (only the order decides there). */
  equalScore: boolean;
}

/**
 * Who wins where entry `loser` matches, on one architecture, among the
 * winners whose architecture score `counts` accepts. New winners are added
 * to `named` (shared across architectures) in the order they first win, up to
 * `limit` names in all; the pieces the others win are counted.
 */
export function lossesOn(
  resolution: ArchitectureResolution,
  loser: number,
  named: number[],
  limit: number,
  counts: (archScore: number) => boolean,
): Losses {
  const present: Losses['present'] = [];
  if (archScoreOf(resolution, loser) === 0) return { present, rest: 0, equalScore: false };
  let scanned = 0;
  let total = 0;
  let equal = 0;
  const loserClass = classOf(resolution, loser);
  const countsOwn = counts(archScoreOf(resolution, loser));
  for (const { column } of coverageStrips(resolution, loser)) {
    const index = indexOf(resolution, column);
    for (const [first, last] of segmentRanges(resolution, column, loser)) {
      for (const [c, prefix] of index.classPrefix) {
        if (!counts(c >> 3)) continue;
        const n = prefix[last + 1]! - prefix[first]!;
        total += n;
        if (c === loserClass) equal += n;
      }
      for (let i = first; i <= last && named.length < limit && scanned < SCAN_LIMIT; i++, scanned++) {
        const w = column.winners[i]!;
        if (w !== -1 && w !== loser && counts(archScoreOf(resolution, w)) && !named.includes(w)) named.push(w);
      }
    }
    // The loser's own segments all lie in its cells.
    if (countsOwn) {
      const own = index.byWinner.get(loser)?.length ?? 0;
      total -= own;
      equal -= own;
    }
  }
  const firsts: [number, number][] = [];
  for (const winner of named) {
    if (!counts(archScoreOf(resolution, winner))) continue;
    const strips = piecesOf(resolution, winner, loser);
    if (strips.length === 0) continue;
    total -= countPieces(strips);
    firsts.push([strips[0]!.from, strips[0]!.pieces[0]![1]]);
    present.push({ winner, strips });
  }
  const order = present.map((_, i) => i).sort((a, b) => firsts[a]![0] - firsts[b]![0] || firsts[a]![1] - firsts[b]![1]);
  return { present: order.map((i) => present[i]!), rest: total, equalScore: equal > 0 };
}

function countPieces(strips: readonly Strip<1>[]): number {
  let n = 0;
  for (const strip of strips) n += strip.pieces.length;
  return n;
}

/** Where `winner` wins inside the cells of `loser`: strips of pieces, for {@link groupRegions}. */
export function piecesOf(resolution: ArchitectureResolution, winner: number, loser: number): Strip<1>[] {
  const strips: Strip<1>[] = [];
  if (archScoreOf(resolution, loser) === 0 || archScoreOf(resolution, winner) === 0) return strips;
  for (const { column, from, to } of coverageStrips(resolution, loser)) {
    const mine = indexOf(resolution, column).byWinner.get(winner);
    if (!mine) continue;
    const pieces: [1, number, number][] = [];
    for (const [first, last, cellFrom, cellTo] of segmentRanges(resolution, column, loser)) {
      for (let j = lowerBound(mine, first); j < mine.length && mine[j]! <= last; j++) {
        const i = mine[j]!;
        pieces.push([1, Math.max(column.starts[i]!, cellFrom), Math.min(segmentEnd(resolution, column, i), cellTo)]);
      }
    }
    if (pieces.length > 0) strips.push({ from, to, pieces });
  }
  return strips;
}

/**
 * Whether another entry wins somewhere `p` matches on this architecture: a
 * scan of its own cells' segments, without the per-column index (most
 * entries of a multi-entry image share no version with the others).
 */
export function beatenSomewhere(resolution: ArchitectureResolution, p: number): boolean {
  const l = localOf(resolution, p);
  if (l < 0) return false;
  const { columns, runtimeOffsets, runtimeCells, targetOffsets, targetCells } = resolution;
  for (let k = runtimeOffsets[l]!; k < runtimeOffsets[l + 1]!; k += 2) {
    const to = runtimeCells[k + 1]!;
    for (let c = columnAt(columns, runtimeCells[k]!); c < columns.length && columns[c]!.from < to; c++) {
      const column = columns[c]!;
      for (let t = targetOffsets[l]!; t < targetOffsets[l + 1]!; t += 2) {
        const from = targetCells[t]!;
        const end = targetCells[t + 1]!;
        if (from >= end) continue;
        for (let i = segmentAt(column, from), last = segmentAt(column, end - 1); i <= last; i++) {
          const w = column.winners[i]!;
          if (w !== -1 && w !== p) return true;
        }
      }
    }
  }
  return false;
}

/** Whether every entry winning where `loser` matches satisfies `test`, and at least one does (stops at the first that does not). */
export function onlyBeatenBy(resolutions: readonly ArchitectureResolution[], loser: number, test: (winner: number) => boolean): boolean {
  let any = false;
  for (const resolution of resolutions) {
    if (archScoreOf(resolution, loser) === 0) continue;
    for (const { column } of coverageStrips(resolution, loser)) {
      for (const [first, last] of segmentRanges(resolution, column, loser)) {
        for (let i = first; i <= last; i++) {
          const w = column.winners[i]!;
          if (w === -1 || w === loser) continue;
          if (!test(w)) return false;
          any = true;
        }
      }
    }
  }
  return any;
}
