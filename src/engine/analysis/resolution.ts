import {
  compareReleases,
  isExactConstraint,
  normalizeSet,
  parseConstraint,
  setContains,
  ZERO_RELEASE,
  type Release,
  type ReleaseInterval,
  type ReleaseSet,
} from '../constraint/index.js';
import { architectureScore } from './find-image.js';

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
 * Gardener's choice for one image and architecture over the whole
 * (runtime version × target version) plane, computed exactly: every
 * constraint boundary splits an axis, and within one cell of the resulting
 * grid every entry either matches all versions or none, so one evaluation per
 * cell is the answer for all of its versions.
 */
export interface ArchitectureResolution {
  image: string;
  architecture: string;
  /** Lower bounds of the runtime cells (the first is 0.0.0; each cell ends where the next begins). */
  runtimeBounds: Release[];
  targetBounds: Release[];
  /** Candidate indices (into the `candidates` given) that match each cell, by cell `r * targetBounds.length + t`, winner first. */
  matches: number[][];
  /** The winning candidate per cell, -1 where nothing matches. */
  winners: Int32Array;
  /** Whether any candidate constrains the axis; an unconstrained axis is a single cell [0.0.0, ∞). */
  runtimeConstrained: boolean;
  targetConstrained: boolean;
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

function boundsOf(sets: (ReleaseSet | null)[]): Release[] {
  const all: Release[] = [ZERO_RELEASE];
  for (const set of sets) {
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

/** Resolves one image for one architecture. `candidates` must be in vector order. */
export function resolveArchitecture(image: string, architecture: string, candidates: readonly Candidate[]): ArchitectureResolution {
  const eligible: { candidate: Candidate; position: number; archScore: number }[] = [];
  candidates.forEach((candidate, position) => {
    const archScore = architectureScore(candidate.architectures, architecture);
    if (archScore !== undefined) eligible.push({ candidate, position, archScore });
  });
  const runtimeConstrained = eligible.some((e) => e.candidate.runtime !== null);
  const targetConstrained = eligible.some((e) => e.candidate.target !== null);
  const runtimeBounds = boundsOf(eligible.map((e) => e.candidate.runtime));
  const targetBounds = boundsOf(eligible.map((e) => e.candidate.target));
  // Which cells of each axis an entry covers, computed once per entry.
  const runtimeCover = eligible.map((e) => coverage(e.candidate.runtime, runtimeBounds));
  const targetCover = eligible.map((e) => coverage(e.candidate.target, targetBounds));
  const cellCount = runtimeBounds.length * targetBounds.length;
  const winners = new Int32Array(cellCount).fill(-1);
  const matches: number[][] = new Array(cellCount);
  const scratch: number[] = [];
  for (let r = 0; r < runtimeBounds.length; r++) {
    for (let t = 0; t < targetBounds.length; t++) {
      scratch.length = 0;
      let best = -1;
      let bestScore = -1;
      for (let e = 0; e < eligible.length; e++) {
        if (!runtimeCover[e]![r] || !targetCover[e]![t]) continue;
        const { candidate, archScore } = eligible[e]!;
        const score =
          (candidate.runtime ? candidate.runtimeScore : 0) + (candidate.target ? candidate.targetScore : 0) + archScore;
        scratch.push(eligible[e]!.position);
        if (best === -1 || score > bestScore) {
          best = eligible[e]!.position;
          bestScore = score;
        }
      }
      const cell = r * targetBounds.length + t;
      winners[cell] = best;
      // Plain arrays: most cells hold one or two candidates, and a typed array
      // per cell costs an ArrayBuffer each (measurable GC at 100k entries).
      const list: number[] = best === -1 ? [] : [best];
      for (const position of scratch) if (position !== best) list.push(position);
      matches[cell] = list;
    }
  }
  return { image, architecture, runtimeBounds, targetBounds, matches, winners, runtimeConstrained, targetConstrained };
}

function coverage(set: ReleaseSet | null, bounds: Release[]): boolean[] {
  const covered: boolean[] = new Array(bounds.length);
  for (let i = 0; i < bounds.length; i++) covered[i] = set === null || setContains(set, bounds[i]!);
  return covered;
}

/** The interval of cell `i` on an axis. */
export function cellInterval(bounds: readonly Release[], i: number): ReleaseInterval {
  return { lo: bounds[i]!, hi: bounds[i + 1] ?? null };
}

/** A region of the plane with one outcome, as unions of intervals per axis (a rectangle of unions). */
export interface Region {
  runtime: ReleaseSet;
  target: ReleaseSet;
}

/**
 * Groups the cells for which `key` gives the same non-null value into
 * maximal regions: first target cells within each runtime column, then runtime
 * columns with identical target partitions. Exact, and small for real vectors.
 */
export function regionsBy<K extends string | number>(
  resolution: ArchitectureResolution,
  key: (cell: number) => K | null,
): { key: K; region: Region }[] {
  const { runtimeBounds, targetBounds } = resolution;
  const columns: { signature: string; groups: Map<K, ReleaseInterval[]> }[] = [];
  for (let r = 0; r < runtimeBounds.length; r++) {
    const groups = new Map<K, ReleaseInterval[]>();
    for (let t = 0; t < targetBounds.length; t++) {
      const k = key(r * targetBounds.length + t);
      if (k === null) continue;
      let list = groups.get(k);
      if (!list) groups.set(k, (list = []));
      list.push(cellInterval(targetBounds, t));
    }
    const normalized = new Map<K, ReleaseInterval[]>();
    const parts: string[] = [];
    for (const [k, list] of groups) {
      const set = normalizeSet(list);
      normalized.set(k, [...set]);
      parts.push(`${k}:${set.map((i) => `${fmt(i.lo)}-${i.hi ? fmt(i.hi) : ''}`).join(',')}`);
    }
    columns.push({ signature: parts.join('|'), groups: normalized });
  }
  const bySignature = new Map<string, { runtime: ReleaseInterval[]; groups: Map<K, ReleaseInterval[]> }>();
  columns.forEach((column, r) => {
    if (column.groups.size === 0) return;
    let entry = bySignature.get(column.signature);
    if (!entry) bySignature.set(column.signature, (entry = { runtime: [], groups: column.groups }));
    entry.runtime.push(cellInterval(runtimeBounds, r));
  });
  const regions: { key: K; region: Region }[] = [];
  for (const { runtime, groups } of bySignature.values()) {
    const runtimeSet = normalizeSet(runtime);
    for (const [k, target] of groups) regions.push({ key: k, region: { runtime: runtimeSet, target } });
  }
  return regions;
}

function fmt(r: Release): string {
  return `${r.major}.${r.minor}.${r.patch}`;
}

