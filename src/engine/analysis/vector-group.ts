import type { ImageSource } from '../types.js';
import { DEFAULT_ARCHITECTURES } from './find-image.js';
import type { VectorEntry } from './merge.js';
import { AnalysisBudget, ANALYSIS_BUDGET, BudgetExceeded } from './budget.js';
import { candidateFromConstraints, resolveArchitecture, type ArchitectureResolution, type Candidate } from './resolution.js';

/**
 * Everything known about one image name in one vector: its entries in
 * order, and Gardener's resolution per architecture. `intended` is the
 * resolution a file written with the legacy `version` constraint meant
 * (version read as the target constraint); Gardener itself ignores it.
 */
export interface ImageAnalysis {
  name: string;
  entries: VectorEntry[];
  /** Entries with valid constraints, as the resolver sees them (`candidate.index` points into `entries`). */
  candidates: Candidate[];
  resolutions: ArchitectureResolution[];
  intended?: { candidates: Candidate[]; resolutions: ArchitectureResolution[] };
  /**
   * Set when resolving the image would take more than the analysis budget
   * (see budget.ts): `candidates` and `resolutions` are then empty (no rule
   * judges a partial resolution) and the analysis-limit rule reports it.
   */
  limit?: { architecture: string; budget: number; entries: number };
}

/** One vector Gardener resolves from: a base file merged with its overwrites, or a component's overwrite. */
export interface VectorGroup {
  label: string;
  entries: VectorEntry[];
  /** Whether an overwrite was merged (Gardener then also merges duplicate keys within the base). */
  merged: boolean;
  /** Whether the vector uses `version` as its Kubernetes constraint (the old documentation's form). */
  legacy: boolean;
  component?: string;
  images: ImageAnalysis[];
}

// The legacy form: a `version` value that is a range rather than a label.
const RANGE_SYNTAX = /[<>=~^*|,]|\.x\b|\.X\b|\s-\s/;

/**
 * A vector written in an old form: no runtime/target constraints at all, and
 * `version` holds ranges (the old docs) or entries carry the 2018 `versions`.
 */
export function isLegacyVector(sources: readonly ImageSource[]): boolean {
  return isLegacyOf(sources, (source) => source);
}

/** {@link isLegacyVector} of the entries' sources, without a list of them. */
function isLegacyGroup(entries: readonly VectorEntry[]): boolean {
  return isLegacyOf(entries, (entry) => entry.source);
}

function isLegacyOf<T>(items: readonly T[], sourceOf: (item: T) => ImageSource): boolean {
  let ranges = false;
  for (const item of items) {
    const source = sourceOf(item);
    if (source.runtimeVersion !== undefined || source.targetVersion !== undefined) return false;
    if (!ranges && legacyRange(source)) ranges = true;
  }
  return ranges;
}

function legacyRange(source: ImageSource): boolean {
  return source.versions !== undefined || (source.version !== undefined && RANGE_SYNTAX.test(source.version));
}

/**
 * The entry as its legacy author meant it: the 2018 `versions` as the
 * runtime constraint, a legacy `version` as the target constraint. Gardener
 * itself reads neither.
 */
export function intendedSource(source: ImageSource): ImageSource {
  const intended: ImageSource = { ...source };
  delete intended.runtimeVersion;
  delete intended.targetVersion;
  if (source.versions !== undefined) intended.runtimeVersion = source.versions;
  if (source.version !== undefined) intended.targetVersion = source.version;
  return intended;
}

export function analyseGroup(label: string, entries: VectorEntry[], merged: boolean, component?: string, budget: number = ANALYSIS_BUDGET): VectorGroup {
  const legacy = isLegacyGroup(entries);
  const byName = new Map<string, VectorEntry[]>();
  for (const entry of entries) {
    const list = byName.get(entry.source.name);
    // A list of one as a literal (most images have one entry): `[]` and a push would reserve room for 17.
    if (!list) byName.set(entry.source.name, [entry]);
    else list.push(entry);
  }
  const images: ImageAnalysis[] = [];
  // One budget object, reset per image (each image has the whole budget).
  const work = new AnalysisBudget(budget);
  for (const [name, list] of byName) {
    work.reset();
    images.push(analyseImage(name, list, legacy, work));
  }
  const group: VectorGroup = { label, entries, merged, legacy, images };
  if (component !== undefined) group.component = component;
  return group;
}

function analyseImage(name: string, list: VectorEntry[], legacy: boolean, budget: AnalysisBudget): ImageAnalysis {
  try {
    const candidates = candidatesOf(list, false);
    const analysis: ImageAnalysis = { name, entries: list, candidates, resolutions: resolveAll(name, list, candidates, budget) };
    if (legacy) {
      const intended = candidatesOf(list, true);
      analysis.intended = { candidates: intended, resolutions: resolveAll(name, list, intended, budget) };
    }
    return analysis;
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    return { name, entries: list, candidates: [], resolutions: [], limit: { architecture: budget.architecture, budget: error.limit, entries: list.length } };
  }
}

function candidatesOf(entries: readonly VectorEntry[], legacyIntent: boolean): Candidate[] {
  if (entries.length === 1) {
    const candidate = candidateOf(entries[0]!.source, 0, legacyIntent);
    return candidate ? [candidate] : [];
  }
  const candidates: Candidate[] = [];
  for (let index = 0; index < entries.length; index++) {
    const candidate = candidateOf(entries[index]!.source, index, legacyIntent);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

function candidateOf(source: ImageSource, index: number, legacyIntent: boolean): Candidate | undefined {
  const seen = legacyIntent ? intendedSource(source) : source;
  return candidateFromConstraints(index, seen.runtimeVersion, seen.targetVersion, source.architectures);
}

function noArchitectures(entries: readonly VectorEntry[]): boolean {
  for (let i = 0; i < entries.length; i++) if (entries[i]!.source.architectures !== undefined) return false;
  return true;
}

/** Architectures some entry of the image can serve (absent lists mean amd64 and arm64). */
export function architecturesOf(entries: readonly VectorEntry[]): string[] {
  const seen = new Set<string>();
  for (const { source } of entries) for (const arch of source.architectures ?? DEFAULT_ARCHITECTURES) seen.add(arch);
  return [...seen].sort();
}

function resolveAll(
  name: string,
  entries: readonly VectorEntry[],
  candidates: Candidate[],
  budget: AnalysisBudget,
): ArchitectureResolution[] {
  // No entry lists architectures (nearly every real image): every candidate serves both defaults
  // with the same architecture score (1: a list of two), so arm64 resolves exactly as amd64 does.
  // Its resolution shares amd64's arrays (resolutions are only read) and spends the same budget.
  if (noArchitectures(entries)) {
    budget.architecture = DEFAULT_ARCHITECTURES[0];
    const before = budget.used;
    const first = resolveArchitecture(name, DEFAULT_ARCHITECTURES[0], candidates, undefined, budget);
    budget.architecture = DEFAULT_ARCHITECTURES[1];
    budget.spend(budget.used - before);
    return [first, { ...first, architecture: DEFAULT_ARCHITECTURES[1] }];
  }
  // The candidates that may serve each architecture, from their lists (one pass, not one per architecture).
  const serving = new Map<string, number[]>();
  candidates.forEach((candidate, p) => {
    for (const arch of new Set(candidate.architectures ?? DEFAULT_ARCHITECTURES)) {
      let list = serving.get(arch);
      if (!list) serving.set(arch, (list = []));
      list.push(p);
    }
  });
  return architecturesOf(entries).map((arch) => {
    budget.architecture = arch;
    return resolveArchitecture(name, arch, candidates, serving.get(arch) ?? [], budget);
  });
}
