import { detached } from './detached.js';
import { readComponentItems } from './reading/component-reader.js';
import { readImageVector } from './reading/image-source-reader.js';
import { readFile, type ParsedFile } from './reading/read-file.js';
import type { ReadComponents, ReadVector } from './rules/rule.js';
import type { LintConfig, LintInput, PendingInput } from './types.js';

// Which inputs can be linted apart with the same result as together, decided
// while the files are read, so that a run holds the parse trees of the files
// still waiting for their cluster, not of every file.
//
// Gardener merges an overwrite over one base vector: the one sharing most
// image names with it (the first of those on a tie), or the only base vector
// (see analysis/build-groups.ts). Nothing else ties one file to another, but
// two sets of names: every rule that checks an overwrite's or a component
// overwrite's names reads the names of all base vectors (baseImageNames),
// which the planner gathers as it goes. So:
//   - overwrites and component overwrites are read first (they are few);
//   - base files are read in input order; a base file that is no overwrite's
//     best target so far is linted at once, alone, and its trees are garbage;
//     a best target waits, and is linted alone as soon as a later base takes
//     its place (a later one wins only with more shared names);
//   - at the end, each waiting base is linted with the overwrites it is the
//     target of, and the overwrites that merge over no base by themselves.
// Configured component or extension vectors (read by the groups themselves,
// possibly the same files as inputs), and a path given as two kinds, make one
// cluster of everything, as before.

/** One input file, read: its parse, its vectors and component lists, and its place in the input. */
export interface ReadEntry {
  index: number;
  file: ParsedFile;
  vectors: ReadVector[];
  components: ReadComponents[];
}

/** A set of files linted together, and what the lint must know of the whole run. */
export interface Cluster {
  entries: ReadEntry[];
  /** The overwrite vectors in it that merge over no base vector (groups of their own), in input order. */
  alone: ReadVector[];
  /**
   * Whether the cluster holds overwrites and exactly one base vector while the
   * run has several: Gardener's "the only base" rule must then not apply
   * inside it (the lint adds an empty base vector to say so).
   */
  notTheOnlyBase: boolean;
  /** The whole run in one cluster: its groups are the run's, in their order. */
  whole?: boolean;
}

export interface ClusterPlan {
  /** Every vector's place in the whole run (input order, then document order): orders the resolved rows as one lint of everything. */
  order: Map<ReadVector, number>;
  /**
   * Image names of every base vector read so far (complete once the last cluster is handed out).
   * Only the rules judging overwrites and component overwrites read them: a run of base files alone gathers none.
   */
  baseImageNames: Set<string>;
  /** Called with each base vector as it is read, in input order: its rows come in that order. */
  onBaseVector?: (vector: ReadVector) => void;
  /** Lint everything as one cluster (what the clusters must equal; see the tests). */
  together?: boolean;
}

type AnyInput = LintInput | PendingInput;

export function readInput(input: AnyInput): LintInput {
  return 'content' in input ? input : input.read();
}

function readEntry(input: AnyInput, index: number, config: LintConfig): ReadEntry {
  const file = readFile(readInput(input), config);
  const vectors: ReadVector[] = [];
  const components: ReadComponents[] = [];
  for (const doc of file.documents) {
    if (doc.kind === 'components') components.push({ doc, items: readComponentItems(doc) });
    else vectors.push({ doc, vector: readImageVector(doc) });
  }
  return { index, file, vectors, components };
}

interface Unit {
  /** The inputs of one path (a path given twice is deduplicated by linting both together). */
  inputs: { input: AnyInput; index: number }[];
  entries?: ReadEntry[];
  /** Overwrite vectors whose best target so far is in this unit. */
  hold: number;
  parent?: Unit;
}

interface Overwrite {
  read: ReadVector;
  unit: Unit;
  severalExtensions: boolean;
  best?: { count: number; unit: Unit };
}

function root(unit: Unit): Unit {
  let at = unit;
  while (at.parent) at = at.parent;
  if (at !== unit) unit.parent = at;
  return at;
}

function union(a: Unit, b: Unit): void {
  const ra = root(a);
  const rb = root(b);
  if (ra !== rb) rb.parent = ra;
}

/**
 * The clusters of a run, handed to `lint` one at a time as soon as each is
 * known (after `lint` returns, the cluster's trees are no longer referenced).
 */
export function planClusters(inputs: readonly AnyInput[], config: LintConfig, plan: ClusterPlan, lint: (cluster: Cluster) => void): void {
  const byPath = new Map<string, Unit>();
  const units: Unit[] = [];
  inputs.forEach((input, index) => {
    let unit = byPath.get(input.path);
    if (!unit) {
      byPath.set(input.path, (unit = { inputs: [], hold: 0 }));
      units.push(unit);
    }
    unit.inputs.push({ input, index });
  });
  const mixedKinds = units.some((u) => u.inputs.some((i) => i.input.kind !== u.inputs[0]!.input.kind));
  const ownVectors = Object.keys(config.componentVectors).length > 0 || Object.keys(config.extensionVectors ?? {}).length > 0;
  const read = (unit: Unit): ReadEntry[] => {
    unit.entries = unit.inputs.map(({ input, index }) => readEntry(input, index, config));
    for (const entry of unit.entries) entry.vectors.forEach((v, i) => plan.order.set(v, entry.index * 2 ** 21 + i));
    return unit.entries;
  };
  const baseVectorsOf = (entries: readonly ReadEntry[]) => entries.flatMap((e) => e.vectors.filter((v) => v.vector.kind === 'base'));
  if (plan.together || mixedKinds || ownVectors || units.length < 2) {
    const entries = units.flatMap(read).sort((a, b) => a.index - b.index);
    for (const v of baseVectorsOf(entries)) for (const image of v.vector.images) addName(plan.baseImageNames, image.name);
    lint({ entries, alone: [], notTheOnlyBase: false, whole: true });
    return;
  }

  // Overwrites and component overwrites first: the names a base file is matched on.
  const others = units.filter((u) => u.inputs[0]!.input.kind !== 'base');
  const overwrites: Overwrite[] = [];
  const byName = new Map<string, Overwrite[]>();
  for (const unit of others) {
    const entries = read(unit);
    // The extensions its ControllerDeployments configure, over every input of the path (as buildGroups counts them).
    const extensions = new Set(entries.flatMap((e) => e.vectors.flatMap((v) => (v.vector.kind === 'overwrite' && v.doc.extension !== undefined ? [v.doc.extension] : []))));
    for (const entry of entries) {
      for (const v of entry.vectors) {
        if (v.vector.kind !== 'overwrite') continue;
        const overwrite: Overwrite = { read: v, unit, severalExtensions: v.doc.extension !== undefined && extensions.size > 1 };
        overwrites.push(overwrite);
        for (const name of new Set(v.vector.images.map((image) => image.name))) {
          const list = byName.get(name);
          if (list) list.push(overwrite);
          else byName.set(name, [overwrite]);
        }
      }
    }
  }
  // The base files in input order.
  let layers = 0;
  let first: Unit | undefined;
  const gatherNames = others.length > 0;
  const lintAlone = (unit: Unit) => {
    lint({ entries: unit.entries!, alone: [], notTheOnlyBase: false });
    unit.entries = undefined;
  };
  const waiting = (unit: Unit) => unit.hold > 0 || (unit === first && layers <= 1 && overwrites.length > 0);
  for (const unit of units) {
    if (unit.inputs[0]!.input.kind !== 'base') continue;
    const released: Unit[] = [];
    for (const v of baseVectorsOf(read(unit))) {
      layers++;
      plan.onBaseVector?.(v);
      const shared = new Map<Overwrite, number>();
      if (gatherNames) {
        for (const name of new Set(v.vector.images.map((image) => image.name))) {
          addName(plan.baseImageNames, name);
          for (const overwrite of byName.get(name) ?? []) shared.set(overwrite, (shared.get(overwrite) ?? 0) + 1);
        }
      }
      for (const [overwrite, count] of shared) {
        // A later base vector takes an overwrite only with more shared names (the first wins a tie).
        if (overwrite.best && count <= overwrite.best.count) continue;
        if (overwrite.best) {
          overwrite.best.unit.hold--;
          released.push(overwrite.best.unit);
        }
        overwrite.best = { count, unit };
        unit.hold++;
      }
    }
    if (first === undefined && layers > 0) first = unit;
    else if (first && first !== unit && first.entries && layers > 1) released.push(first);
    released.push(unit);
    for (const candidate of new Set(released)) if (candidate.entries && !waiting(candidate)) lintAlone(candidate);
  }

  // What waits: the overwrites with the bases they merge over.
  const waitingBases = units.filter((u) => u.inputs[0]!.input.kind === 'base' && u.entries);
  for (const overwrite of overwrites) {
    if (overwrite.best) union(overwrite.best.unit, overwrite.unit);
    else if (layers === 1 && !overwrite.severalExtensions) union(first!, overwrite.unit);
  }
  const clusters = new Map<Unit, Unit[]>();
  for (const unit of [...waitingBases, ...others]) {
    const r = root(unit);
    const list = clusters.get(r);
    if (list) list.push(unit);
    else clusters.set(r, [unit]);
  }
  const isAlone = (o: Overwrite) => !o.best && !(layers === 1 && !o.severalExtensions);
  const aloneOf = new Map<Unit, ReadVector[]>();
  for (const overwrite of overwrites) {
    if (!isAlone(overwrite)) continue;
    const r = root(overwrite.unit);
    const list = aloneOf.get(r);
    if (list) list.push(overwrite.read);
    else aloneOf.set(r, [overwrite.read]);
  }
  for (const [r, members] of clusters) {
    const entries = members.flatMap((u) => u.entries!).sort((a, b) => a.index - b.index);
    const bases = baseVectorsOf(entries).length;
    const hasOverwrites = entries.some((e) => e.vectors.some((v) => v.vector.kind === 'overwrite'));
    // In the cluster's document order, as buildGroups lists their groups.
    const alone = (aloneOf.get(r) ?? []).sort((a, b) => plan.order.get(a)! - plan.order.get(b)!);
    lint({ entries, alone, notTheOnlyBase: hasOverwrites && bases === 1 && layers > 1 });
    for (const u of members) u.entries = undefined;
  }
}

/** The run's image names outlive every cluster: each is detached from its file's text (see detached.ts). */
function addName(names: Set<string>, name: string): void {
  if (!names.has(name)) names.add(detached(name));
}
