import {
  compareReleases,
  isExactConstraint,
  parseConstraint,
  ZERO_RELEASE,
  type Release,
  type ReleaseInterval,
  type ReleaseSet,
} from '../constraint/index.js';
import { lastBoundAtOrBelow } from '../constraint/version.js';
import { architectureScore } from './find-image.js';
import type { AnalysisBudget } from './budget.js';

/**
 * One entry as the resolver sees it: its version constraints as exact
 * release sets. `null` on an axis means the entry has no constraint there
 * (it matches every version with score 0).
 */
export interface Candidate {
  /** Index of the entry in the list being resolved. */
  index: number;
  runtime: ReleaseSet | null;
  target: ReleaseSet | null;
  runtimeScore: number;
  targetScore: number;
  architectures: readonly string[] | undefined;
}

/**
 * A run of runtime cells [from, to) that resolve alike along the whole target
 * axis, with that outcome as segments: segment i covers the target cells from
 * `starts[i]` to `starts[i + 1]` (the last one to the end of the axis) and is
 * won by candidate `winners[i]` (its position in the candidates; -1 where no
 * entry matches). Adjacent segments have different winners.
 */
export interface Column {
  from: number;
  to: number;
  starts: Int32Array;
  winners: Int32Array;
}

/**
 * Gardener's choice for one image and architecture over the whole
 * (runtime version × target version) plane, computed exactly: every
 * constraint boundary splits an axis into cells, and within one cell every
 * entry matches all versions or none. The plane is swept once: along the axis
 * that alone is constrained, or runtime cell by runtime cell when both are;
 * each entry claims, in Gardener's order (score, then position), the cells no
 * earlier entry claimed. Only the outcome is kept (segments per column), never
 * the list of entries matching a cell, so the cost is near-linear in the
 * entries of the image when one axis is constrained.
 */
export interface ArchitectureResolution {
  image: string;
  architecture: string;
  /** Lower bounds of the runtime cells (the first is 0.0.0; each cell ends where the next begins). */
  runtimeBounds: Release[];
  targetBounds: Release[];
  /** Whether any candidate constrains the axis; an unconstrained axis is a single cell [0.0.0, ∞). */
  runtimeConstrained: boolean;
  targetConstrained: boolean;
  /** The outcome, as runs of runtime cells in order; together they cover every runtime cell. Winners are candidate positions. */
  columns: Column[];
  /**
   * The candidates serving this architecture, by position, ascending. The
   * arrays below are indexed by their place in this list (the local index,
   * see {@link localOf}), so one architecture costs what its own candidates
   * do: thousands of architectures of one entry each stay linear.
   */
  positions: Int32Array;
  /** Local index by candidate position. */
  localIndex: Map<number, number>;
  /** Architecture score per local index (never 0: only serving candidates are listed). */
  archScores: Uint8Array;
  /** Gardener's total score per local index. */
  scores: Uint8Array;
  /** Per local index: how many segments it wins (0: never selected on this architecture). */
  wins: Int32Array;
  /** The cells each candidate matches, per axis, by local index l: [from, to) pairs in `…Cells` at `…Offsets[l]` to `…Offsets[l + 1]`. */
  runtimeOffsets: Int32Array;
  runtimeCells: Int32Array;
  targetOffsets: Int32Array;
  targetCells: Int32Array;
}

export function candidateFromConstraints(
  index: number,
  runtimeVersion: string | undefined,
  targetVersion: string | undefined,
  architectures: readonly string[] | undefined,
): Candidate | undefined {
  const runtime = axisSet(runtimeVersion);
  const target = axisSet(targetVersion);
  if (runtime === undefined || target === undefined) return undefined;
  return {
    index,
    runtime,
    target,
    runtimeScore: runtimeVersion !== undefined && isExactConstraint(runtimeVersion) ? 2 : 1,
    targetScore: targetVersion !== undefined && isExactConstraint(targetVersion) ? 2 : 1,
    architectures,
  };
}

/** null for an absent constraint, undefined for an invalid one. */
function axisSet(constraint: string | undefined): ReleaseSet | null | undefined {
  if (constraint === undefined) return null;
  const parsed = parseConstraint(constraint);
  return parsed.ok ? parsed.releases : undefined;
}

/** Gardener's order of local indices: the highest score first, the first on a tie (no sort when all scores are equal: most images). */
function gardenerOrder(scores: Uint8Array): number[] {
  const L = scores.length;
  const order = new Array<number>(L);
  let equal = true;
  for (let l = 0; l < L; l++) {
    order[l] = l;
    if (scores[l] !== scores[0]) equal = false;
  }
  return equal ? order : order.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/** The sorted, distinct bounds the serving candidates' sets have on one axis, 0.0.0 first. */
function boundsOf(candidates: readonly Candidate[], positions: Int32Array, axis: 'runtime' | 'target'): Release[] {
  const all: Release[] = [ZERO_RELEASE];
  for (let l = 0; l < positions.length; l++) {
    const set = candidates[positions[l]!]![axis];
    if (!set) continue;
    for (const interval of set) {
      all.push(interval.lo);
      if (interval.hi) all.push(interval.hi);
    }
  }
  all.sort(compareReleases);
  const unique: Release[] = [];
  for (const r of all) {
    if (unique.length === 0 || compareReleases(unique[unique.length - 1]!, r) !== 0) unique.push(r);
  }
  return unique;
}


/** Cells of the serving candidates on one axis, flattened by local index: [from, to) pairs. */
function axisCells(
  candidates: readonly Candidate[],
  positions: Int32Array,
  axis: 'runtime' | 'target',
  bounds: readonly Release[],
): { offsets: Int32Array; cells: Int32Array } {
  const offsets = new Int32Array(positions.length + 1);
  let total = 0;
  for (let l = 0; l < positions.length; l++) {
    offsets[l] = total;
    const set = candidates[positions[l]!]![axis];
    total += set === null ? 2 : 2 * set.length;
  }
  offsets[positions.length] = total;
  const cells = new Int32Array(total);
  for (let l = 0; l < positions.length; l++) {
    const set = candidates[positions[l]!]![axis];
    let k = offsets[l]!;
    if (set === null) {
      cells[k] = 0;
      cells[k + 1] = bounds.length;
      continue;
    }
    for (const interval of set) {
      cells[k++] = lastBoundAtOrBelow(bounds, interval.lo);
      cells[k++] = interval.hi === null ? bounds.length : lastBoundAtOrBelow(bounds, interval.hi);
    }
  }
  return { offsets, cells };
}

/**
 * Gives each of `count` cells to the first entry of `order` that covers it
 * (a skip list of unclaimed cells makes every claim O(1) amortized); -1 for
 * cells nobody covers.
 */
function claim(order: readonly number[], offsets: Int32Array, cells: Int32Array, count: number, map?: (cell: number) => number): Int32Array {
  const owner = new Int32Array(count).fill(-1);
  const next = new Int32Array(count + 1);
  for (let i = 0; i <= count; i++) next[i] = i;
  const find = (i: number): number => {
    while (next[i] !== i) {
      const j = next[i]!;
      next[i] = next[j]!;
      i = j;
    }
    return i;
  };
  for (const p of order) {
    for (let k = offsets[p]!; k < offsets[p + 1]!; k += 2) {
      const from = map ? map(cells[k]!) : cells[k]!;
      const to = map ? map(cells[k + 1]!) : cells[k + 1]!;
      let i = find(from);
      while (i < to) {
        owner[i] = p;
        next[i] = i + 1;
        i = find(i + 1);
      }
    }
  }
  return owner;
}

/** Segments (starts, winners) from an owner (local index) per cell, adjacent equal owners merged; `at` maps a cell to its target cell; winners as candidate positions. */
function segmentsOf(owner: Int32Array, positions: Int32Array, at?: Int32Array): { starts: Int32Array; winners: Int32Array } {
  let n = 0;
  for (let i = 0; i < owner.length; i++) if (i === 0 || owner[i] !== owner[i - 1]) n++;
  const starts = new Int32Array(n);
  const winners = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < owner.length; i++) {
    if (i === 0 || owner[i] !== owner[i - 1]) {
      starts[k] = at ? at[i]! : i;
      winners[k++] = owner[i]! === -1 ? -1 : positions[owner[i]!]!;
    }
  }
  return { starts, winners };
}

function sameSegments(a: Column, starts: Int32Array, winners: Int32Array): boolean {
  if (a.starts.length !== starts.length) return false;
  for (let i = 0; i < starts.length; i++) if (a.starts[i] !== starts[i] || a.winners[i] !== winners[i]) return false;
  return true;
}

/**
 * Resolves one image for one architecture. `candidates` must be in vector
 * order; `serving`, when given, lists the positions of those serving the
 * architecture, ascending (the caller knows them from the architecture lists:
 * no scan of every candidate per architecture).
 */
export function resolveArchitecture(
  image: string,
  architecture: string,
  candidates: readonly Candidate[],
  serving?: readonly number[],
  budget?: AnalysisBudget,
): ArchitectureResolution {
  const count = serving ? serving.length : candidates.length;
  // One candidate, the first (most images): the arrays every such resolution has, shared (resolutions are only read).
  if (count === 1 && (serving ? serving[0] : 0) === 0) {
    const candidate = candidates[0]!;
    const archScore = architectureScore(candidate.architectures, architecture);
    const positions = archScore === undefined ? NO_POSITIONS : FIRST_POSITION;
    const archScores = archScore === undefined ? NO_SCORES : archScore === 1 ? SCORE_ONE : SCORE_TWO;
    if (archScore === undefined || (candidate.runtime === null && candidate.target === null)) return unconstrainedResolution(image, architecture, positions, archScores, budget);
    return sweptResolution(image, architecture, candidates, positions, archScores, budget);
  }
  // Typed arrays filled in place (TypedArray.from of a list is a slow, generic path), sized for every candidate that may serve.
  let positions = new Int32Array(count);
  let archScores = new Uint8Array(count);
  let L = 0;
  let constrained = false;
  for (let i = 0; i < count; i++) {
    const p = serving ? serving[i]! : i;
    const candidate = candidates[p]!;
    const archScore = architectureScore(candidate.architectures, architecture);
    if (archScore === undefined) continue;
    positions[L] = p;
    archScores[L++] = archScore;
    if (candidate.runtime !== null || candidate.target !== null) constrained = true;
  }
  if (L < count) {
    positions = positions.slice(0, L);
    archScores = archScores.slice(0, L);
  }
  if (!constrained) return unconstrainedResolution(image, architecture, positions, archScores, budget);
  return sweptResolution(image, architecture, candidates, positions, archScores, budget);
}

/**
 * The resolution when no serving entry constrains either axis (81 % of real
 * entries, most images have one): the plane is one cell, won by the entry
 * with the highest architecture score (the first on a tie). Exactly what
 * {@link sweptResolution} computes for these entries, without the sweep.
 */
export function unconstrainedResolution(
  image: string,
  architecture: string,
  positions: Int32Array,
  archScores: Uint8Array,
  budget?: AnalysisBudget,
): ArchitectureResolution {
  const L = positions.length;
  const first = positions === FIRST_POSITION;
  const localIndex = first ? FIRST_LOCAL : new Map<number, number>();
  let best = -1;
  for (let l = 0; l < L; l++) {
    if (!first) localIndex.set(positions[l]!, l);
    if (best === -1 || archScores[l]! > archScores[best]!) best = l;
  }
  // Each entry spans the one column (what sweptResolution spends for the rules' walk).
  if (budget) budget.spend(SPAN_WEIGHT * L);
  // One entry (most images): the arrays every such resolution has, shared (resolutions are only read).
  const one = L === 1;
  const wins = one ? ONE_WIN : new Int32Array(L);
  if (!one && best !== -1) wins[best] = 1;
  const offsets = one ? ONE_OFFSETS : new Int32Array(L + 1);
  if (!one) for (let l = 0; l <= L; l++) offsets[l] = 2 * l;
  const cells = one ? ONE_CELLS : new Int32Array(2 * L);
  if (!one) for (let l = 0; l < L; l++) cells[2 * l + 1] = 1;
  return {
    image,
    architecture,
    runtimeBounds: ZERO_BOUNDS,
    targetBounds: ZERO_BOUNDS,
    runtimeConstrained: false,
    targetConstrained: false,
    columns: [{ from: 0, to: 1, starts: FIRST_CELL, winners: first ? FIRST_WINNER : Int32Array.of(best === -1 ? -1 : positions[best]!) }],
    positions,
    localIndex,
    archScores,
    // No axis adds to the score; both axes have the same one cell (the arrays are only read).
    scores: archScores,
    wins,
    runtimeOffsets: offsets,
    runtimeCells: cells,
    targetOffsets: offsets,
    targetCells: cells,
  };
}

// What every one-entry, one-cell resolution holds (never written after construction).
const NO_POSITIONS = new Int32Array(0);
const NO_SCORES = new Uint8Array(0);
const FIRST_POSITION = Int32Array.of(0);
const SCORE_ONE = Uint8Array.of(1);
const SCORE_TWO = Uint8Array.of(2);
const FIRST_LOCAL: Map<number, number> = new Map([[0, 0]]);
const FIRST_WINNER = Int32Array.of(0);
const ZERO_BOUNDS = Object.freeze([ZERO_RELEASE]) as unknown as Release[];
const ONE_WIN = Int32Array.of(1);
const ONE_OFFSETS = Int32Array.of(0, 2);
const ONE_CELLS = Int32Array.of(0, 1);
const FIRST_CELL = Int32Array.of(0);

/** The general resolution: bounds, cells per axis and the sweep (see {@link ArchitectureResolution}). */
export function sweptResolution(
  image: string,
  architecture: string,
  candidates: readonly Candidate[],
  positions: Int32Array,
  archScores: Uint8Array,
  budget?: AnalysisBudget,
): ArchitectureResolution {
  const L = positions.length;
  const localIndex = new Map<number, number>();
  const scores = new Uint8Array(L);
  let runtimeConstrained = false;
  let targetConstrained = false;
  for (let l = 0; l < L; l++) {
    const candidate = candidates[positions[l]!]!;
    localIndex.set(positions[l]!, l);
    scores[l] = (candidate.runtime ? candidate.runtimeScore : 0) + (candidate.target ? candidate.targetScore : 0) + archScores[l]!;
    if (candidate.runtime !== null) runtimeConstrained = true;
    if (candidate.target !== null) targetConstrained = true;
  }
  // An axis no serving candidate constrains is the one cell [0.0.0, ∞) (real images constrain one axis at most).
  const runtimeBounds = runtimeConstrained ? boundsOf(candidates, positions, 'runtime') : ZERO_BOUNDS;
  const targetBounds = targetConstrained ? boundsOf(candidates, positions, 'target') : ZERO_BOUNDS;
  const runtime = axisCells(candidates, positions, 'runtime', runtimeBounds);
  const target = axisCells(candidates, positions, 'target', targetBounds);
  const order = gardenerOrder(scores);
  const columns = sweep(order, positions, runtime, target, runtimeBounds.length, targetBounds.length, runtimeConstrained, targetConstrained, budget);
  // The rules walk each entry over the columns it spans, several times (per named winner, per rule).
  if (budget) budget.spend(SPAN_WEIGHT * spannedColumns(columns, runtime));
  const wins = new Int32Array(L);
  for (const column of columns) for (const w of column.winners) if (w !== -1) wins[localIndex.get(w)!]!++;
  return {
    image,
    architecture,
    runtimeBounds,
    targetBounds,
    runtimeConstrained,
    targetConstrained,
    columns,
    positions,
    localIndex,
    archScores,
    scores,
    wins,
    runtimeOffsets: runtime.offsets,
    runtimeCells: runtime.cells,
    targetOffsets: target.offsets,
    targetCells: target.cells,
  };
}

/** The local index of candidate position `p` in a resolution; -1 when it does not serve the architecture. */
export function localOf(resolution: ArchitectureResolution, p: number): number {
  return resolution.localIndex.get(p) ?? -1;
}

/** The architecture score of candidate position `p`; 0 when it does not serve the architecture. */
export function archScoreOf(resolution: ArchitectureResolution, p: number): number {
  const l = localOf(resolution, p);
  return l < 0 ? 0 : resolution.archScores[l]!;
}

/** How many segments candidate position `p` wins on this architecture (0: never selected). */
export function winsOf(resolution: ArchitectureResolution, p: number): number {
  const l = localOf(resolution, p);
  return l < 0 ? 0 : resolution.wins[l]!;
}

/** The candidate positions that win somewhere, over all the resolutions (linear in their candidates). */
export function winningPositions(resolutions: readonly ArchitectureResolution[]): Set<number> {
  const won = new Set<number>();
  for (const r of resolutions) for (let l = 0; l < r.positions.length; l++) if (r.wins[l]! > 0) won.add(r.positions[l]!);
  return won;
}

/** Per candidate position, the indices of the resolutions it serves (linear in their candidates). */
export function servedBy(resolutions: readonly ArchitectureResolution[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  resolutions.forEach((r, i) => {
    for (const p of r.positions) {
      let list = out.get(p);
      if (!list) out.set(p, (list = []));
      list.push(i);
    }
  });
  return out;
}

interface AxisCells {
  offsets: Int32Array;
  cells: Int32Array;
}

/**
 * The plane's outcome when the entries of `order` claim cells in that order:
 * along the only constrained axis, or runtime cell by runtime cell (each
 * claiming target cells among the entries matching it) when both are.
 */
function sweep(
  order: readonly number[],
  positions: Int32Array,
  runtime: AxisCells,
  target: AxisCells,
  R: number,
  T: number,
  runtimeConstrained: boolean,
  targetConstrained: boolean,
  budget?: AnalysisBudget,
): Column[] {
  const columns: Column[] = [];

  if (!runtimeConstrained) {
    const { starts, winners } = segmentsOf(claim(order, target.offsets, target.cells, T), positions);
    columns.push({ from: 0, to: 1, starts, winners });
  } else if (!targetConstrained) {
    const owner = claim(order, runtime.offsets, runtime.cells, R);
    const starts = Int32Array.of(0);
    for (let r = 0; r < R; r++) {
      const winner = owner[r] === -1 ? -1 : positions[owner[r]!]!;
      const last = columns[columns.length - 1];
      if (last && last.winners[0] === winner) last.to = r + 1;
      else columns.push({ from: r, to: r + 1, starts, winners: Int32Array.of(winner) });
    }
  } else {
    // Both axes: sweep the runtime cells; in each, the entries matching it
    // claim the target cells among themselves (on their own bounds only).
    const rank = new Int32Array(runtime.offsets.length);
    order.forEach((p, i) => (rank[p] = i));
    const enter: number[][] = Array.from({ length: R + 1 }, () => []);
    const leave: number[][] = Array.from({ length: R + 1 }, () => []);
    for (const p of order) {
      for (let k = runtime.offsets[p]!; k < runtime.offsets[p + 1]!; k += 2) {
        enter[runtime.cells[k]!]!.push(p);
        leave[runtime.cells[k + 1]!]!.push(p);
      }
    }
    const active = new Set<number>();
    for (let r = 0; r < R; r++) {
      for (const p of leave[r]!) active.delete(p);
      for (const p of enter[r]!) active.add(p);
      // The quadratic part: every runtime cell sweeps the entries matching it.
      budget?.spend(active.size + 1);
      const list = [...active].sort((a, b) => rank[a]! - rank[b]!);
      // The target bounds these entries use, as local cells.
      const points: number[] = [0, T];
      for (const p of list) for (let k = target.offsets[p]!; k < target.offsets[p + 1]!; k++) points.push(target.cells[k]!);
      const local = Int32Array.from(points).sort();
      let m = 0;
      for (let i = 0; i < local.length; i++) if (i === 0 || local[i] !== local[i - 1]) local[m++] = local[i]!;
      const at = local.subarray(0, m);
      const toLocal = (cell: number): number => {
        let lo = 0;
        let hi = m - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (at[mid]! <= cell) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      };
      const { starts, winners } = segmentsOf(claim(list, target.offsets, target.cells, m - 1, toLocal), positions, at);
      const last = columns[columns.length - 1];
      if (last && sameSegments(last, starts, winners)) last.to = r + 1;
      else {
        budget?.spend(starts.length);
        columns.push({ from: r, to: r + 1, starts, winners });
      }
    }
  }

  return columns;
}

/** What one column an entry spans costs the rules, against one entry swept or one segment kept. */
const SPAN_WEIGHT = 16;

/** The index of the column that holds a runtime cell (the last one starting at or before it): a binary search. */
export function columnAt(columns: readonly Column[], cell: number): number {
  let lo = 0;
  let hi = columns.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (columns[mid]!.from <= cell) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many columns the entries' runtime intervals span in all: what the rules walk, entry by entry. */
function spannedColumns(columns: readonly Column[], runtime: AxisCells): number {
  let total = 0;
  const cells = runtime.cells;
  for (let k = 0; k < cells.length; k += 2) if (cells[k]! < cells[k + 1]!) total += columnAt(columns, cells[k + 1]! - 1) - columnAt(columns, cells[k]!) + 1;
  return total;
}

/**
 * The outcome when only the entries of `order` (candidate positions; those not
 * serving this architecture are left out) compete and the first of them in that order wins: e.g.
 * the first overwrite entry matching each cell. Same bounds as the resolution.
 */
export function firstMatching(resolution: ArchitectureResolution, order: readonly number[]): Column[] {
  const runtime = { offsets: resolution.runtimeOffsets, cells: resolution.runtimeCells };
  const target = { offsets: resolution.targetOffsets, cells: resolution.targetCells };
  const served: number[] = [];
  for (const p of order) {
    const l = localOf(resolution, p);
    if (l >= 0) served.push(l);
  }
  return sweep(served, resolution.positions, runtime, target, resolution.runtimeBounds.length, resolution.targetBounds.length, resolution.runtimeConstrained, resolution.targetConstrained);
}

/** Two outcomes over the same plane, cell by cell: `key(a's winner, b's winner)` as strips for {@link groupRegions}. */
export function* overlay<K>(
  resolution: ArchitectureResolution,
  a: readonly Column[],
  b: readonly Column[],
  key: (first: number, second: number) => K | null,
): Generator<Strip<K>> {
  const T = resolution.targetBounds.length;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    const pieces: [K, number, number][] = [];
    let s = 0;
    let t = 0;
    let at = 0;
    while (at < T) {
      const endX = s + 1 < x.starts.length ? x.starts[s + 1]! : T;
      const endY = t + 1 < y.starts.length ? y.starts[t + 1]! : T;
      const end = Math.min(endX, endY);
      const k = key(x.winners[s]!, y.winners[t]!);
      if (k !== null) {
        const last = pieces[pieces.length - 1];
        if (last && last[0] === k && last[2] === at) last[2] = end;
        else pieces.push([k, at, end]);
      }
      at = end;
      if (endX === end) s++;
      if (endY === end) t++;
    }
    yield { from, to, pieces };
    if (x.to === to) i++;
    if (y.to === to) j++;
  }
}

/** Where segment `i` of a column ends (a target cell index). */
export function segmentEnd(resolution: ArchitectureResolution, column: Column, i: number): number {
  return i + 1 < column.starts.length ? column.starts[i + 1]! : resolution.targetBounds.length;
}

/** The interval of cells [from, to) on an axis. */
function cellsInterval(bounds: readonly Release[], from: number, to: number): ReleaseInterval {
  return Object.freeze({ lo: bounds[from]!, hi: bounds[to] ?? null });
}

/** A region of the plane with one outcome, as unions of intervals per axis (a rectangle of unions). */
export interface Region {
  runtime: ReleaseSet;
  target: ReleaseSet;
}

/** Runtime cells [from, to) with their target pieces: [key, from, to] in target order. */
export interface Strip<K> {
  from: number;
  to: number;
  pieces: [K, number, number][];
}

/**
 * Groups keyed pieces into maximal regions: within each strip the pieces of
 * one key form a target set; the strips where a key has the same target set
 * merge into one runtime set. Grouping per key (not per whole strip) keeps the
 * output linear where the strips all differ but each key's share repeats
 * (entries nested on both axes: each winner's L-shaped share is two regions,
 * not one per runtime cell). Regions come in the order their key and target
 * set first appear.
 */
export function groupRegions<K extends string | number>(resolution: ArchitectureResolution, strips: Iterable<Strip<K>>): { key: K; region: Region }[] {
  const bySignature = new Map<string, { key: K; runtime: number[]; target: number[] }>();
  for (const strip of strips) {
    const groups = new Map<K, number[]>();
    for (const [key, from, to] of strip.pieces) {
      let runs = groups.get(key);
      if (!runs) groups.set(key, (runs = []));
      if (runs.length > 0 && runs[runs.length - 1] === from) runs[runs.length - 1] = to;
      else runs.push(from, to);
    }
    for (const [key, runs] of groups) {
      const signature = `${typeof key}:${key}:${runs.join(',')}`;
      let entry = bySignature.get(signature);
      if (!entry) bySignature.set(signature, (entry = { key, runtime: [], target: runs }));
      const runtime = entry.runtime;
      if (runtime.length > 0 && runtime[runtime.length - 1] === strip.from) runtime[runtime.length - 1] = strip.to;
      else runtime.push(strip.from, strip.to);
    }
  }
  const regions: { key: K; region: Region }[] = [];
  for (const { key, runtime, target } of bySignature.values()) {
    regions.push({ key, region: { runtime: toSet(resolution.runtimeBounds, runtime), target: toSet(resolution.targetBounds, target) } });
  }
  return regions;
}

function toSet(bounds: readonly Release[], runs: readonly number[]): ReleaseSet {
  const out: ReleaseInterval[] = [];
  for (let i = 0; i < runs.length; i += 2) out.push(cellsInterval(bounds, runs[i]!, runs[i + 1]!));
  return Object.freeze(out);
}

/** Maximal regions by a key of the winner (null: not part of any region), over the whole plane. */
export function regionsByWinner<K extends string | number>(
  resolution: ArchitectureResolution,
  key: (winner: number) => K | null,
): { key: K; region: Region }[] {
  if (resolution.columns.length === 1) return oneColumnRegions(resolution, resolution.columns[0]!, key);
  return groupRegions(resolution, columnStrips(resolution, key));
}

/**
 * {@link groupRegions} over a single column (every image with one runtime run:
 * most of them): each key's pieces are one target set, so one region per key,
 * in the order the keys first appear, without signatures.
 */
function oneColumnRegions<K extends string | number>(
  resolution: ArchitectureResolution,
  column: Column,
  key: (winner: number) => K | null,
): { key: K; region: Region }[] {
  const runtime = [column.from, column.to];
  if (column.winners.length === 1) {
    const k = key(column.winners[0]!);
    if (k === null) return [];
    return [{ key: k, region: { runtime: toSet(resolution.runtimeBounds, runtime), target: toSet(resolution.targetBounds, [column.starts[0]!, segmentEnd(resolution, column, 0)]) } }];
  }
  const groups = new Map<K, number[]>();
  for (let i = 0; i < column.winners.length; i++) {
    const k = key(column.winners[i]!);
    if (k === null) continue;
    const from = column.starts[i]!;
    const to = segmentEnd(resolution, column, i);
    let runs = groups.get(k);
    if (!runs) groups.set(k, (runs = []));
    if (runs.length > 0 && runs[runs.length - 1] === from) runs[runs.length - 1] = to;
    else runs.push(from, to);
  }
  const regions: { key: K; region: Region }[] = [];
  for (const [k, target] of groups) regions.push({ key: k, region: { runtime: toSet(resolution.runtimeBounds, runtime), target: toSet(resolution.targetBounds, target) } });
  return regions;
}

function* columnStrips<K>(resolution: ArchitectureResolution, key: (winner: number) => K | null): Generator<Strip<K>> {
  for (const column of resolution.columns) {
    const pieces: [K, number, number][] = [];
    for (let i = 0; i < column.winners.length; i++) {
      const k = key(column.winners[i]!);
      if (k !== null) pieces.push([k, column.starts[i]!, segmentEnd(resolution, column, i)]);
    }
    yield { from: column.from, to: column.to, pieces };
  }
}
