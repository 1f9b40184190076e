import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { architectureScore } from '../../src/engine/analysis/find-image.js';
import { AnalysisBudget, BudgetExceeded } from '../../src/engine/analysis/budget.js';
import { beatenSomewhere, lossesOn } from '../../src/engine/analysis/losses.js';
import { mergeImageVectors } from '../../src/engine/analysis/merge.js';
import {
  candidateFromConstraints,
  groupRegions,
  regionsByWinner,
  resolveArchitecture,
  segmentEnd,
  sweptResolution,
  unconstrainedResolution,
  type ArchitectureResolution,
  type Candidate,
  type Strip,
} from '../../src/engine/analysis/resolution.js';
import { distinctRows, resolvedRows, resolvedTable, resolvedTablesByGroup } from '../../src/engine/analysis/resolved-table.js';
import { analyseGroup, type VectorGroup } from '../../src/engine/analysis/vector-group.js';
import { clipRowsToKubernetes } from '../../src/engine/kubernetes-versions.js';
import type { ImageSource, SourcePosition } from '../../src/engine/types.js';

// The fast paths of the analysis against the general path they short-cut:
// the same resolution, regions and table, field by field, on random entries.

const ARCHES = ['amd64', 'arm64', 's390x'] as const;
const architecturesArb: fc.Arbitrary<string[] | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(undefined),
  fc.subarray([...ARCHES], { minLength: 0, maxLength: 3 }),
);
const minor = fc.integer({ min: 0, max: 30 });
const constraintArb: fc.Arbitrary<string> = fc.oneof(
  minor.map((n) => `>= 1.${n}`),
  minor.map((n) => `< 1.${n}`),
  minor.map((n) => `1.${n}.x`),
  fc.tuple(minor, minor).map(([a, b]) => `>= 1.${a}, < 1.${b}`),
  fc.tuple(minor, fc.integer({ min: 0, max: 3 })).map(([n, p]) => `= 1.${n}.${p}`),
  fc.tuple(minor, minor).map(([a, b]) => `1.${a}.x || 1.${b}.x`),
  fc.constant('>= 3.1'),
);

/** Candidates as analyseImage builds them, and the positions/arch scores resolveArchitecture derives for one architecture. */
function served(candidates: readonly Candidate[], architecture: string): { positions: Int32Array; archScores: Uint8Array } {
  const positions: number[] = [];
  const scores: number[] = [];
  candidates.forEach((c, p) => {
    const score = architectureScore(c.architectures, architecture);
    if (score === undefined) return;
    positions.push(p);
    scores.push(score);
  });
  return { positions: Int32Array.from(positions), archScores: Uint8Array.from(scores) };
}

function plain(resolution: ArchitectureResolution): unknown {
  return {
    ...resolution,
    columns: resolution.columns.map((c) => ({ from: c.from, to: c.to, starts: [...c.starts], winners: [...c.winners] })),
    positions: [...resolution.positions],
    localIndex: [...resolution.localIndex],
    archScores: [...resolution.archScores],
    scores: [...resolution.scores],
    wins: [...resolution.wins],
    runtimeOffsets: [...resolution.runtimeOffsets],
    runtimeCells: [...resolution.runtimeCells],
    targetOffsets: [...resolution.targetOffsets],
    targetCells: [...resolution.targetCells],
  };
}

describe('fast path: an image whose serving entries constrain no axis', () => {
  it('gives the swept resolution, field by field, and spends the same budget', () => {
    fc.assert(
      fc.property(fc.array(architecturesArb, { minLength: 0, maxLength: 6 }), fc.constantFrom(...ARCHES), (lists, architecture) => {
        const candidates = lists.map((architectures, index) => candidateFromConstraints(index, undefined, undefined, architectures)!);
        const { positions, archScores } = served(candidates, architecture);
        const fastBudget = new AnalysisBudget();
        const sweptBudget = new AnalysisBudget();
        const fast = unconstrainedResolution('img', architecture, positions, archScores, fastBudget);
        const swept = sweptResolution('img', architecture, candidates, Int32Array.from(positions), Uint8Array.from(archScores), sweptBudget);
        expect(plain(fast)).toEqual(plain(swept));
        expect(fastBudget.used).toBe(sweptBudget.used);
        // resolveArchitecture takes the fast path for these and agrees too.
        expect(plain(resolveArchitecture('img', architecture, candidates))).toEqual(plain(swept));
      }),
      { numRuns: 400 },
    );
  });
});

describe('resolveArchitecture: its shared arrays for one candidate and its in-place arrays for several', () => {
  it('gives the swept resolution of the serving candidates, with or without the list of those that may serve', () => {
    const entryArb = fc.record({ runtime: fc.option(constraintArb, { nil: undefined }), target: fc.option(constraintArb, { nil: undefined }), architectures: architecturesArb });
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 0, maxLength: 5 }), fc.constantFrom(...ARCHES), (entries, architecture) => {
        const candidates = entries.map((e, index) => candidateFromConstraints(index, e.runtime, e.target, e.architectures)!);
        const { positions, archScores } = served(candidates, architecture);
        const swept = plain(sweptResolution('img', architecture, candidates, positions, archScores, new AnalysisBudget()));
        // What resolveAll passes: nothing (no entry lists architectures), every position, or those whose lists may serve.
        const mayServe = candidates.flatMap((c, p) => ((c.architectures ?? ['amd64', 'arm64']).includes(architecture) ? [p] : []));
        for (const serving of [undefined, [...candidates.keys()], mayServe]) {
          const budget = new AnalysisBudget();
          const resolution = resolveArchitecture('img', architecture, candidates, serving, budget);
          expect(plain(resolution)).toEqual(swept);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('fast path: an entry no other entry beats', () => {
  it('is what lossesOn finds: no winner named, none counted', () => {
    const entryArb = fc.record({ runtime: fc.option(constraintArb, { nil: undefined }), target: fc.option(constraintArb, { nil: undefined }), architectures: architecturesArb });
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 7 }), fc.constantFrom(...ARCHES), (entries, architecture) => {
        const candidates = entries.map((e, index) => candidateFromConstraints(index, e.runtime, e.target, e.architectures)!);
        const resolution = resolveArchitecture('img', architecture, candidates);
        for (let p = 0; p < candidates.length; p++) {
          const losses = lossesOn(resolution, p, [], candidates.length, () => true);
          expect(beatenSomewhere(resolution, p)).toBe(losses.present.length > 0 || losses.rest > 0);
        }
      }),
      { numRuns: 600 },
    );
  });
});

/** The general grouping: every column as one strip (what regionsByWinner does for several columns). */
function generalRegions<K extends string | number>(resolution: ArchitectureResolution, key: (winner: number) => K | null) {
  const strips: Strip<K>[] = resolution.columns.map((column) => {
    const pieces: [K, number, number][] = [];
    for (let i = 0; i < column.winners.length; i++) {
      const k = key(column.winners[i]!);
      if (k !== null) pieces.push([k, column.starts[i]!, segmentEnd(resolution, column, i)]);
    }
    return { from: column.from, to: column.to, pieces };
  });
  return groupRegions(resolution, strips);
}

describe('fast path: regions of a single-column resolution', () => {
  it('groups like the general path, for every key function', () => {
    const entryArb = fc.record({
      runtime: fc.option(constraintArb, { nil: undefined }),
      target: fc.option(constraintArb, { nil: undefined }),
      architectures: architecturesArb,
    });
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 0, maxLength: 8 }), fc.constantFrom(...ARCHES), (entries, architecture) => {
        const candidates = entries.map((e, index) => candidateFromConstraints(index, e.runtime, e.target, e.architectures)!);
        const resolution = resolveArchitecture('img', architecture, candidates);
        const keys: ((w: number) => string | number | null)[] = [
          (w) => (w === -1 ? null : w),
          (w) => (w === -1 ? 1 : null),
          (w) => (w === -1 ? 'none' : w % 2 === 0 ? 'even' : 'odd'),
        ];
        for (const key of keys) expect(regionsByWinner(resolution, key)).toEqual(generalRegions(resolution, key));
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------
// The resolved table in one pass vs clip(distinct(rows)).

const at = (line: number, column: number): SourcePosition => ({ line, column, offset: line * 100 + column });

interface GenEntry {
  image: number;
  runtime?: string;
  target?: string;
  architectures?: string[];
  tag: number;
  component?: boolean;
}

function sourcesOf(file: string, entries: readonly GenEntry[]): ImageSource[] {
  return entries.map((e, index) => {
    const source: ImageSource = {
      name: `image-${e.image}`,
      repository: 'example.org/repo',
      tag: `v${e.tag}`,
      origin: {
        kind: 'base',
        file,
        index,
        position: at(index * 6 + 1, 3),
        fields: { name: at(index * 6 + 1, 9), repository: at(index * 6 + 2, 15), tag: at(index * 6 + 3, 8) },
        keys: {},
        ...(e.component ? { component: 'comp' } : {}),
      },
    };
    if (e.runtime !== undefined) {
      source.runtimeVersion = e.runtime;
      source.origin.fields.runtimeVersion = at(index * 6 + 4, 19);
    }
    if (e.target !== undefined) {
      source.targetVersion = e.target;
      source.origin.fields.targetVersion = at(index * 6 + 5, 18);
    }
    if (e.architectures !== undefined) source.architectures = e.architectures;
    return source;
  });
}

describe('fast path: the resolved table in one pass', () => {
  it('equals clipRowsToKubernetes(distinctRows(resolvedRows(groups))), also with repeated groups and a configured domain', () => {
    const entryArb: fc.Arbitrary<GenEntry> = fc.record(
      {
        image: fc.integer({ min: 0, max: 3 }),
        runtime: constraintArb,
        target: constraintArb,
        architectures: architecturesArb,
        tag: fc.integer({ min: 0, max: 3 }),
        component: fc.boolean(),
      },
      { requiredKeys: ['image', 'tag'] },
    );
    const fileArb = fc.array(entryArb, { minLength: 0, maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fileArb, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.option(fc.constantFrom('>= 1.10, < 1.20', '1.15.x || >= 1.25', '>= 1.5', 'not a constraint'), { nil: undefined }),
        (files, repeats, kubernetesVersions) => {
          const vectors = files.map((entries, i) => sourcesOf(`f${i}.yaml`, entries));
          // The same file read twice (a base and a component's own vector): its rows repeat.
          const groups: VectorGroup[] = vectors.map((v, i) => analyseGroup(`f${i}.yaml`, mergeImageVectors([v], false), false));
          for (const r of repeats) {
            const v = vectors[r % vectors.length]!;
            groups.push(analyseGroup('again', mergeImageVectors([sourcesOf(v[0]?.origin.file ?? 'f0.yaml', files[r % files.length]!)], false), false));
          }
          const config = kubernetesVersions === undefined ? {} : { kubernetesVersions };
          const expected = clipRowsToKubernetes(distinctRows(resolvedRows(groups)), config);
          expect(JSON.stringify(resolvedTable(groups, config))).toBe(JSON.stringify(expected));
          // Per group (what lint's clusters hand on): each group's rows, those repeating an earlier group's left out.
          const perGroup = groups.map((group) => resolvedRows([group]));
          const distinct = new Set(distinctRows(perGroup.flat()));
          const expectedParts = perGroup.map((rows) => clipRowsToKubernetes(rows.filter((row) => distinct.has(row)), config));
          expect(JSON.stringify(resolvedTablesByGroup(groups, config))).toBe(JSON.stringify(expectedParts));
          // One group (no search for repeated rows) whose entries share places (a YAML alias: the same entry twice).
          const doubled = [analyseGroup('doubled', mergeImageVectors([[...vectors[0]!, ...vectors[0]!]], false), false)];
          expect(JSON.stringify(resolvedTable(doubled, config))).toBe(JSON.stringify(clipRowsToKubernetes(distinctRows(resolvedRows(doubled)), config)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// analyseGroup's images against resolving every architecture on its own.

/** What analyseImage did before its shortcuts: each architecture resolved from scratch, in order, on one budget. */
function referenceImage(entries: readonly GenEntry[], limit: number) {
  const candidates = entries.flatMap((e, index) => candidateFromConstraints(index, e.runtime, e.target, e.architectures) ?? []);
  const arches = [...new Set(entries.flatMap((e) => e.architectures ?? ['amd64', 'arm64']))].sort();
  const budget = new AnalysisBudget(limit);
  const resolutions: unknown[] = [];
  for (const architecture of arches) {
    const { positions, archScores } = served(candidates, architecture);
    try {
      resolutions.push(plain(sweptResolution('img', architecture, candidates, positions, archScores, budget)));
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
      return { candidates: [], resolutions: [], limit: { architecture, budget: limit, entries: entries.length } };
    }
  }
  return { candidates, resolutions, limit: undefined };
}

describe('analyseGroup: each image resolved as every architecture on its own would be', () => {
  it('shares the arm64 resolution with amd64 when no entry lists architectures, and stops at the same budget', () => {
    const entryArb: fc.Arbitrary<GenEntry> = fc.record(
      {
        image: fc.constant(0),
        runtime: constraintArb,
        target: constraintArb,
        architectures: fc.oneof(fc.constant(undefined), fc.constant(undefined), architecturesArb),
        tag: fc.constant(0),
      },
      { requiredKeys: ['image', 'tag'] },
    );
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 400 }), (entries, limit) => {
        const group = analyseGroup('f.yaml', mergeImageVectors([sourcesOf('f.yaml', entries).map((s) => ({ ...s, name: 'img' }))], false), false, undefined, limit);
        const image = group.images[0]!;
        const expected = referenceImage(entries, limit);
        expect(image.limit).toEqual(expected.limit);
        expect(image.candidates).toEqual(expected.candidates);
        expect(image.resolutions.map(plain)).toEqual(expected.resolutions);
      }),
      { numRuns: 600 },
    );
  });
});
