import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findImageIndex } from '../../src/engine/analysis/find-image.js';
import { defaultConfig, mergeConfig } from '../../src/engine/config.js';
import { matchesConstraint } from '../../src/engine/constraint/index.js';
import { lint } from '../../src/engine/lint.js';
import { FINDINGS_PER_IMAGE } from '../../src/engine/rules/finding-cap.js';
import type { ImageSource, LintInput, LintResult, VectorKind } from '../../src/engine/types.js';

// The exact engine (constraint boundaries → cells → regions) against brute
// force: Gardener's FindImage (image-vector-semantics.md §4) evaluated entry
// by entry, with Masterminds' `matchesConstraint`, at every version of a grid
// that samples every cell the generated constraints can produce.
//
// The generated constraints only use minors 0–45 and patches 0–4, so every
// bound a constraint can have is 0.0.0, 1.m.p (p ≤ 5) or 1.46.0; the grid
// holds all of them plus one version above (2.0.0). Each cell of the exact
// engine therefore contains a grid version, and brute force over the grid
// sees everything the engine sees.

const ARCHES = ['amd64', 'arm64'] as const;
type Arch = (typeof ARCHES)[number];

const GRID: string[] = ['0.0.0'];
for (let m = 0; m <= 45; m++) for (let p = 0; p <= 5; p++) GRID.push(`1.${m}.${p}`);
GRID.push('1.46.0', '2.0.0');
const G = GRID.length;
const GRID_TRIPLES = GRID.map((v) => v.split('.').map(Number) as [number, number, number]);

// ---------------------------------------------------------------------------
// Generated vectors

type TagKind = 'tag' | 'sha' | 'ref';

interface GenEntry {
  image: number;
  runtime?: string;
  target?: string;
  architectures?: string[];
  tagKind: TagKind;
  /** Block-style architectures list instead of flow style. */
  blockArchitectures: boolean;
}

interface GenOverwrite {
  /** Copy the key of this base entry (modulo the entry count), or a fresh entry when `fresh` is set. */
  of: number;
  /** How the key is written: exactly, or with different spacing (a different key that matches the same versions). */
  respell: boolean;
  fresh?: GenEntry;
  set: 'tag' | 'repository' | 'repository+tag' | 'ref';
}

interface GenVector {
  images: number;
  entries: GenEntry[];
  overwrite?: GenOverwrite[];
  kubernetesVersions?: string;
  /** Runtime grid indices where the engine's own findImageIndex is cross-checked (full target axis). */
  runtimeSamples: number[];
}

const minor = fc.oneof(fc.integer({ min: 0, max: 45 }), fc.integer({ min: 18, max: 26 }));
const patch = fc.integer({ min: 0, max: 4 });
const sp = fc.constantFrom(' ', ' ', ' ', '');

const constraintArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(sp, minor).map(([s, n]) => `>=${s}1.${n}`),
  fc.tuple(sp, minor).map(([s, n]) => `<${s}1.${n}`),
  minor.map((n) => `1.${n}.x`),
  fc.tuple(sp, minor, minor).map(([s, a, b]) => `>=${s}1.${a}, <${s}1.${b}`),
  minor.map((n) => `~1.${n}`),
  fc.tuple(sp, minor, patch).map(([s, n, p]) => `=${s}1.${n}.${p}`),
  fc.tuple(minor, patch).map(([n, p]) => `1.${n}.${p}`),
  fc.tuple(minor, minor).map(([a, b]) => `1.${a} - 1.${b}`),
  fc.tuple(minor, minor).map(([a, b]) => `1.${a}.x || 1.${b}.x`),
  fc.tuple(sp, minor).map(([s, n]) => `!=${s}1.${n}`),
);

const architecturesArb: fc.Arbitrary<string[] | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constant<string[]>(['amd64']) },
  { weight: 2, arbitrary: fc.constant<string[]>(['arm64']) },
  { weight: 1, arbitrary: fc.constant<string[]>(['amd64', 'arm64']) },
  { weight: 1, arbitrary: fc.constant<string[]>(['arm64', 'amd64']) },
  { weight: 1, arbitrary: fc.constant<string[]>([]) },
);

/** Present with the given weight against absent. */
function maybe<T>(arb: fc.Arbitrary<T>, present: number, absent: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: present, arbitrary: arb }, { weight: absent, arbitrary: fc.constant(undefined) });
}

function entryArb(image: number): fc.Arbitrary<GenEntry> {
  return fc
    .record({
      // Vectors without runtime constraints are the common case.
      runtime: maybe(constraintArb, 1, 3),
      target: maybe(constraintArb, 4, 1),
      architectures: architecturesArb,
      tagKind: fc.constantFrom<TagKind>('tag', 'tag', 'tag', 'sha', 'ref'),
      blockArchitectures: fc.boolean(),
    })
    .map((e) => {
      const out: GenEntry = { image, tagKind: e.tagKind, blockArchitectures: e.blockArchitectures };
      if (e.runtime !== undefined) out.runtime = e.runtime;
      if (e.target !== undefined) out.target = e.target;
      if (e.architectures !== undefined) out.architectures = e.architectures;
      return out;
    });
}

/** 1–4 images with 1–8 entries each, the images' entries interleaved in the file (each image keeps its order). */
const entriesArb: fc.Arbitrary<{ images: number; entries: GenEntry[] }> = fc
  .integer({ min: 1, max: 4 })
  .chain((images) => fc.tuple(...Array.from({ length: images }, (_, i) => fc.array(entryArb(i), { minLength: 1, maxLength: 8 }))))
  .chain((perImage) => {
    const slots = perImage.flatMap((list, i) => list.map(() => i));
    return fc
      .oneof(fc.constant(slots), fc.shuffledSubarray(slots, { minLength: slots.length, maxLength: slots.length }))
      .map((order) => {
        const cursor = perImage.map(() => 0);
        return { images: perImage.length, entries: order.map((i) => perImage[i]![cursor[i]!++]!) };
      });
  });

const kubernetesVersionsArb = maybe(
  fc.oneof(minor.map((n) => `>= 1.${n}`), fc.tuple(minor, minor).map(([a, b]) => `>= 1.${Math.min(a, b)}, < 1.${Math.max(a, b) + 1}`)),
  1,
  4,
);

const runtimeSamplesArb = fc.array(fc.integer({ min: 0, max: G - 1 }), { minLength: 1, maxLength: 1 });

const baseVectorArb: fc.Arbitrary<GenVector> = fc
  .tuple(entriesArb, kubernetesVersionsArb, runtimeSamplesArb)
  .map(([{ images, entries }, kubernetesVersions, runtimeSamples]) => {
    const v: GenVector = { images, entries, runtimeSamples };
    if (kubernetesVersions !== undefined) v.kubernetesVersions = kubernetesVersions;
    return v;
  });

const overwriteArb = (images: number): fc.Arbitrary<GenOverwrite> =>
  fc
    .record({
      of: fc.nat(),
      respell: fc.boolean(),
      fresh: maybe(fc.integer({ min: 0, max: images - 1 }).chain(entryArb), 1, 3),
      set: fc.constantFrom<GenOverwrite['set']>('tag', 'repository', 'repository+tag', 'ref'),
    })
    .map((o) => {
      const out: GenOverwrite = { of: o.of, respell: o.respell, set: o.set };
      if (o.fresh) out.fresh = o.fresh;
      return out;
    });

const mergedVectorArb: fc.Arbitrary<GenVector> = baseVectorArb.chain((v) =>
  fc.array(overwriteArb(v.images), { minLength: 0, maxLength: 6 }).map((overwrite) => ({ ...v, overwrite })),
);

// ---------------------------------------------------------------------------
// Rendering: YAML text, and the entries as written (with their lines)

/** One entry as written in a file, with the lines brute force expects findings on. */
interface Written {
  source: Omit<ImageSource, 'origin'>;
  file: string;
  kind: VectorKind;
  line: number;
  fieldLines: Partial<Record<'runtimeVersion' | 'targetVersion', number>>;
}

const HEX = (n: number) => (n.toString(16).padStart(8, '0') + 'abcdef0123456789').repeat(4).slice(0, 64);

function imageName(i: number): string {
  return `img-${i}`;
}

function renderFile(file: string, kind: VectorKind, entries: { source: Omit<ImageSource, 'origin'>; block: boolean }[]): { text: string; written: Written[] } {
  const lines = ['images:'];
  const written: Written[] = [];
  if (entries.length === 0) lines[0] = 'images: []';
  for (const { source, block } of entries) {
    const w: Written = { source, file, kind, line: lines.length + 1, fieldLines: {} };
    lines.push(`- name: ${source.name}`);
    if (source.ref !== undefined) lines.push(`  ref: ${JSON.stringify(source.ref)}`);
    if (source.repository !== undefined) lines.push(`  repository: ${source.repository}`);
    if (source.tag !== undefined) lines.push(`  tag: ${JSON.stringify(source.tag)}`);
    if (source.runtimeVersion !== undefined) {
      w.fieldLines.runtimeVersion = lines.length + 1;
      lines.push(`  runtimeVersion: ${JSON.stringify(source.runtimeVersion)}`);
    }
    if (source.targetVersion !== undefined) {
      w.fieldLines.targetVersion = lines.length + 1;
      lines.push(`  targetVersion: ${JSON.stringify(source.targetVersion)}`);
    }
    if (source.architectures !== undefined) {
      if (block && source.architectures.length > 0) {
        lines.push('  architectures:');
        for (const a of source.architectures) lines.push(`  - ${a}`);
      } else {
        lines.push(`  architectures: [${source.architectures.join(', ')}]`);
      }
    }
    lines.push('  labels:', '  - name: gardener.cloud/cve-categorisation', '    value: {network_exposure: private}');
    written.push(w);
  }
  return { text: lines.join('\n') + '\n', written };
}

function sourceOf(e: GenEntry, id: number): Omit<ImageSource, 'origin'> {
  const name = imageName(e.image);
  const s: Omit<ImageSource, 'origin'> = { name };
  if (e.tagKind === 'ref') s.ref = `registry.example/${name}:r${id}`;
  else {
    s.repository = `registry.example/${name}`;
    s.tag = e.tagKind === 'sha' ? `sha256:${HEX(id)}` : `v0.${id}.0`;
  }
  if (e.runtime !== undefined) s.runtimeVersion = e.runtime;
  if (e.target !== undefined) s.targetVersion = e.target;
  if (e.architectures !== undefined) s.architectures = [...e.architectures];
  return s;
}

/** Another spelling of the same constraint (same releases, same score): a different merge key. */
function respell(c: string | undefined): string | undefined {
  if (c === undefined) return undefined;
  if (/(>=|<=|!=|=|<|>)\s+/.test(c)) return c.replace(/(>=|<=|!=|=|<|>)\s+/g, '$1');
  if (/^(>=|<=|!=|=|<|>)/.test(c)) return c.replace(/(>=|<=|!=|=|<|>)(?=[0-9])/g, '$1 ');
  if (c.includes(' || ')) return c.replace(' || ', '||');
  if (c.includes(' - ')) return c.replace(' - ', '  -  ');
  if (c.endsWith('.x')) return `${c.slice(0, -2)}.X`;
  if (/^[0-9]/.test(c)) return `v${c}`;
  return `${c} `;
}

interface Rendered {
  inputs: LintInput[];
  base: Written[];
  overwrite: Written[] | undefined;
  yaml: string;
}

function render(v: GenVector): Rendered {
  const base = renderFile(
    'images.yaml',
    'base',
    v.entries.map((e, i) => ({ source: sourceOf(e, i), block: e.blockArchitectures })),
  );
  const inputs: LintInput[] = [{ path: 'images.yaml', kind: 'base', content: base.text }];
  let yaml = `# images.yaml\n${base.text}`;
  let overwrite: Written[] | undefined;
  if (v.overwrite) {
    const entries = v.overwrite.map((o, j) => {
      const id = 1000 + j;
      let source: Omit<ImageSource, 'origin'>;
      let block = false;
      if (o.fresh) {
        source = sourceOf(o.fresh, id);
        block = o.fresh.blockArchitectures;
      } else {
        const from = base.written[o.of % base.written.length]!.source;
        source = { name: from.name };
        const rt = o.respell ? respell(from.runtimeVersion) : from.runtimeVersion;
        const tg = o.respell && from.runtimeVersion === undefined ? respell(from.targetVersion) : from.targetVersion;
        if (rt !== undefined) source.runtimeVersion = rt;
        if (tg !== undefined) source.targetVersion = tg;
        if (from.architectures !== undefined) {
          // Respelling without constraints: reverse the architectures (another key, same meaning).
          const respellArch = o.respell && rt === from.runtimeVersion && tg === from.targetVersion;
          source.architectures = respellArch ? [...from.architectures].reverse() : [...from.architectures];
        }
      }
      // What the overwrite sets (always a repository or a ref: Gardener validates the overwrite file too).
      delete source.ref;
      delete source.repository;
      delete source.tag;
      if (o.set === 'ref') source.ref = `mirror.example/${source.name}:o${j}`;
      else source.repository = `mirror.example/${source.name}`;
      if (o.set === 'tag' || o.set === 'repository+tag') source.tag = `o${j}`;
      return { source, block };
    });
    const rendered = renderFile('images-overwrite.yaml', 'overwrite', entries);
    inputs.push({ path: 'images-overwrite.yaml', kind: 'overwrite', content: rendered.text });
    overwrite = rendered.written;
    yaml += `# images-overwrite.yaml\n${rendered.text}`;
  }
  return { inputs, base: base.written, overwrite, yaml };
}

// ---------------------------------------------------------------------------
// Brute force

/** Gardener's merge (§3), restated independently of src/engine/analysis/merge.ts. */
interface Merged {
  source: Omit<ImageSource, 'origin'>;
  first: Written;
  last: Written;
}

function gardenerKey(s: Omit<ImageSource, 'origin'>): string {
  return JSON.stringify([s.name, s.runtimeVersion ?? '', s.targetVersion ?? '', s.architectures === undefined ? null : s.architectures.join('')]);
}

function gardenerMerge(vectors: Written[][], merging: boolean): Merged[] {
  const out: Merged[] = [];
  const seen = new Map<string, number>();
  for (const vector of vectors) {
    for (const w of vector) {
      const key = gardenerKey(w.source);
      const at = merging ? seen.get(key) : undefined;
      if (at === undefined) {
        if (merging) seen.set(key, out.length);
        out.push({ source: { ...w.source }, first: w, last: w });
        continue;
      }
      const old = out[at]!.source;
      const o = w.source;
      let repository = o.repository ?? old.repository;
      let tag = o.tag ?? old.tag;
      let version = o.version ?? old.version;
      if (version === undefined && tag !== undefined) version = old.tag;
      let ref = o.ref ?? (o.repository === undefined ? old.ref : undefined);
      if (ref !== undefined) {
        repository = undefined;
        tag = undefined;
      }
      const merged: Omit<ImageSource, 'origin'> = { name: o.name };
      if (repository !== undefined) merged.repository = repository;
      if (tag !== undefined) merged.tag = tag;
      if (version !== undefined) merged.version = version;
      if (ref !== undefined) merged.ref = ref;
      const runtimeVersion = o.runtimeVersion ?? old.runtimeVersion;
      const targetVersion = o.targetVersion ?? old.targetVersion;
      const architectures = o.architectures ?? old.architectures;
      if (runtimeVersion !== undefined) merged.runtimeVersion = runtimeVersion;
      if (targetVersion !== undefined) merged.targetVersion = targetVersion;
      if (architectures !== undefined) merged.architectures = architectures;
      out[at] = { source: merged, first: out[at]!.first, last: w };
    }
  }
  return out;
}

const matchCache = new Map<string, Uint8Array>();
/** Which grid versions a constraint matches, by Masterminds' Check. */
function matchVector(constraint: string): Uint8Array {
  let m = matchCache.get(constraint);
  if (!m) {
    m = new Uint8Array(G);
    for (let i = 0; i < G; i++) m[i] = matchesConstraint(constraint, GRID[i]!) ? 1 : 0;
    matchCache.set(constraint, m);
  }
  return m;
}

const EXACT = /^(v?[0-9]+\.[0-9]+\.[0-9]+|=)/;

function archScore(list: readonly string[] | undefined, arch: string): number | undefined {
  const l = list ?? ARCHES;
  if (!l.includes(arch)) return undefined;
  return l.length === 1 ? 2 : 1;
}

/** Gardener's String(ToImage(nil)): what the resolved table shows for an entry. */
function imageStringOf(s: Omit<ImageSource, 'origin'>): string {
  if (s.ref !== undefined) return s.ref;
  if (s.repository === undefined) return '';
  if (s.tag === undefined) return s.repository;
  return s.repository + (s.tag.startsWith('sha256:') ? '@' : ':') + s.tag;
}

interface BruteCandidate {
  entry: number;
  runtime: Uint8Array | null;
  target: Uint8Array | null;
  score: number;
  archScore: number;
}

interface BruteImage {
  name: string;
  /** Indices into the merged list. */
  entries: number[];
  /** Winner (merged index or -1) per arch, per cell r * G + t. */
  winners: Map<Arch, Int32Array>;
  /** Entries that lose some cell to a winner with the same architecture score. */
  equalArchLosers: Set<number>;
  /** Architectures the image serves (absent list = both; [] none), as the engine lists them. */
  architectures: Arch[];
  /** Architectures with a gap: a version pair inside the region no entry matches. */
  gapArchitectures: Arch[];
  /** Entries that win some cell inside the configured Kubernetes versions (on each axis the architecture's entries constrain). */
  selectedInDomain: Set<number>;
}

function bruteForce(merged: Merged[], kubernetesVersions: string | undefined): BruteImage[] {
  const names = [...new Set(merged.map((m) => m.source.name))];
  const domain = kubernetesVersions !== undefined ? matchVector(kubernetesVersions) : undefined;
  return names.map((name) => {
    const entries = merged.flatMap((m, i) => (m.source.name === name ? [i] : []));
    const served = new Set<string>();
    for (const i of entries) for (const a of merged[i]!.source.architectures ?? ARCHES) served.add(a);
    const image: BruteImage = {
      name,
      entries,
      winners: new Map(),
      equalArchLosers: new Set(),
      architectures: ARCHES.filter((a) => served.has(a)),
      gapArchitectures: [],
      selectedInDomain: new Set(),
    };
    for (const arch of ARCHES) {
      const candidates: BruteCandidate[] = [];
      for (const i of entries) {
        const s = merged[i]!.source;
        const a = archScore(s.architectures, arch);
        if (a === undefined) continue;
        const rs = s.runtimeVersion === undefined ? 0 : EXACT.test(s.runtimeVersion) ? 2 : 1;
        const ts = s.targetVersion === undefined ? 0 : EXACT.test(s.targetVersion) ? 2 : 1;
        candidates.push({
          entry: i,
          runtime: s.runtimeVersion === undefined ? null : matchVector(s.runtimeVersion),
          target: s.targetVersion === undefined ? null : matchVector(s.targetVersion),
          score: rs + ts + a,
          archScore: a,
        });
      }
      const winners = new Int32Array(G * G).fill(-1);
      // For a fixed runtime version the outcome along the target axis depends
      // only on which candidates match that runtime version: a runtime
      // version with the same matching set as the previous one has the same
      // row of winners (most vectors do not constrain the runtime axis).
      let previous = '';
      for (let r = 0; r < G; r++) {
        const active = candidates.filter((c) => !c.runtime || c.runtime[r]);
        const signature = active.map((c) => c.entry).join();
        if (r > 0 && signature === previous) {
          winners.copyWithin(r * G, (r - 1) * G, r * G);
          continue;
        }
        previous = signature;
        for (let t = 0; t < G; t++) {
          let best: BruteCandidate | undefined;
          let matching = 0;
          for (const c of active) {
            if (c.target && !c.target[t]) continue;
            matching++;
            if (!best || c.score > best.score) best = c;
          }
          if (!best) continue;
          winners[r * G + t] = best.entry;
          if (matching < 2) continue;
          for (const c of active) {
            if (c === best || (c.target && !c.target[t])) continue;
            if (c.archScore === best.archScore) image.equalArchLosers.add(c.entry);
          }
        }
      }
      image.winners.set(arch, winners);
      const runtimeConstrained = candidates.some((c) => c.runtime !== null);
      const targetConstrained = candidates.some((c) => c.target !== null);
      for (let cell = 0; cell < G * G; cell++) {
        if (winners[cell] === -1) continue;
        if (domain && runtimeConstrained && !domain[Math.floor(cell / G)]) continue;
        if (domain && targetConstrained && !domain[cell % G]) continue;
        image.selectedInDomain.add(winners[cell]!);
      }
      if (!image.architectures.includes(arch)) continue;
      // The region a gap must lie in: per constrained axis, the configured
      // Kubernetes versions or the hull of what the entries match.
      const region = (axis: 'runtime' | 'target'): Uint8Array => {
        const out = new Uint8Array(G);
        if (!candidates.some((c) => c[axis] !== null)) return out.fill(1);
        if (domain) return domain;
        let lo = -1;
        let hi = -1;
        for (let i = 0; i < G; i++) {
          if (candidates.some((c) => c[axis] === null || c[axis]![i])) {
            if (lo === -1) lo = i;
            hi = i;
          }
        }
        if (lo !== -1) out.fill(1, lo, hi + 1);
        // Only Kubernetes versions (1.x) can have a gap: the hull is clipped to them.
        for (let i = 0; i < G; i++) if (!GRID[i]!.startsWith('1.')) out[i] = 0;
        return out;
      };
      const rr = region('runtime');
      const tr = region('target');
      let gap = false;
      for (let r = 0; r < G && !gap; r++) {
        if (!rr[r]) continue;
        for (let t = 0; t < G; t++) {
          if (tr[t] && winners[r * G + t] === -1) {
            gap = true;
            break;
          }
        }
      }
      if (gap) image.gapArchitectures.push(arch);
    }
    return image;
  });
}

// ---------------------------------------------------------------------------
// The comparison

function compareVersion(a: readonly number[], b: readonly number[]): number {
  return a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
}

function gridMask(intervals: readonly { lo: string; hi: string | null }[]): Uint8Array {
  const mask = new Uint8Array(G);
  for (const { lo, hi } of intervals) {
    const l = lo.split('.').map(Number);
    const h = hi === null ? null : hi.split('.').map(Number);
    for (let i = 0; i < G; i++) {
      if (compareVersion(GRID_TRIPLES[i]!, l) >= 0 && (h === null || compareVersion(GRID_TRIPLES[i]!, h) < 0)) mask[i] = 1;
    }
  }
  return mask;
}

const at = (w: { file: string; line: number }) => `${w.file}:${w.line}`;

/** Every disagreement between the engine and brute force, in words. */
function disagreements(v: GenVector): string[] {
  const rendered = render(v);
  const config = mergeConfig(defaultConfig(), v.kubernetesVersions !== undefined ? { kubernetesVersions: v.kubernetesVersions } : {});
  const result: LintResult = lint(rendered.inputs, config);
  const merging = rendered.overwrite !== undefined;
  const merged = gardenerMerge(merging ? [rendered.base, rendered.overwrite!] : [rendered.base], merging);
  const brute = bruteForce(merged, v.kubernetesVersions);
  const problems: string[] = [];
  const limit = (list: string[], what: string) => {
    if (list.length > 5) problems.push(`${what}: ${list.length} disagreements, first: ${list.slice(0, 5).join(' | ')}`);
    else problems.push(...list.map((p) => `${what}: ${p}`));
  };

  // 0. The brute force is Gardener's FindImage: cross-check it with the
  //    engine's entry-by-entry findImageIndex on sampled runtime versions.
  {
    const sources: ImageSource[] = merged.map((m, i) => ({
      ...m.source,
      origin: { kind: m.first.kind, file: m.first.file, index: i, position: { line: m.first.line, column: 1, offset: 0 }, fields: {}, keys: {} },
    }));
    const bad: string[] = [];
    for (const image of brute) {
      for (const arch of ARCHES) {
        const winners = image.winners.get(arch)!;
        for (const r of v.runtimeSamples) {
          for (let t = 0; t < G; t++) {
            const found = findImageIndex(sources, image.name, { runtimeVersion: GRID[r]!, targetVersion: GRID[t]!, architecture: arch });
            if (found !== winners[r * G + t]) {
              bad.push(`${image.name} ${arch} runtime ${GRID[r]} target ${GRID[t]}: findImageIndex ${found}, grid brute force ${winners[r * G + t]}`);
            }
          }
        }
      }
    }
    limit(bad, 'findImageIndex');
  }

  // 1. The resolved table: exactly one row per version pair brute force resolves, with its winner,
  //    for the Kubernetes versions the table is about (1.x, and kubernetesVersions when configured;
  //    engine/kubernetes-versions.ts clips the rows to them).
  {
    const bad: string[] = [];
    const configured = v.kubernetesVersions !== undefined ? matchVector(v.kubernetesVersions) : undefined;
    const inDomain = (i: number) => GRID[i]!.startsWith('1.') && (configured === undefined || configured[i] === 1);
    for (const image of brute) {
      for (const arch of ARCHES) {
        const rows = result.resolved.filter((row) => row.image === image.name && row.architecture === arch);
        const count = new Uint8Array(G * G);
        const rowAt = new Int32Array(G * G).fill(-1);
        const rowOk = rows.map(() => new Set<number>());
        rows.forEach((row, k) => {
          const rm = gridMask(row.runtimeVersion);
          const tm = gridMask(row.targetVersion);
          for (let r = 0; r < G; r++) {
            if (!rm[r]) continue;
            for (let t = 0; t < G; t++) {
              if (!tm[t]) continue;
              count[r * G + t] = count[r * G + t]! + 1;
              rowAt[r * G + t] = k;
            }
          }
        });
        const winners = image.winners.get(arch)!;
        const where = (cell: number) => `${image.name} ${arch} runtime ${GRID[Math.floor(cell / G)]} target ${GRID[cell % G]}`;
        for (let cell = 0; cell < G * G; cell++) {
          if (!inDomain(Math.floor(cell / G)) || !inDomain(cell % G)) continue;
          const w = winners[cell]!;
          if (count[cell] !== (w === -1 ? 0 : 1)) {
            bad.push(`${where(cell)}: ${count[cell]} rows, brute force ${w === -1 ? 'finds nothing' : `selects ${at(merged[w]!.last)}`}`);
            continue;
          }
          if (w === -1) continue;
          const k = rowAt[cell]!;
          if (!rowOk[k]!.has(w)) {
            const row = rows[k]!;
            const expected = merged[w]!;
            if (row.source.file !== expected.last.file || row.source.line !== expected.last.line || row.imageString !== imageStringOf(expected.source)) {
              bad.push(
                `${where(cell)}: row says ${row.source.file}:${row.source.line} ${row.imageString}, brute force selects ${at(expected.last)} ${imageStringOf(expected.source)}`,
              );
            } else rowOk[k]!.add(w);
          }
        }
      }
    }
    limit(bad, 'resolved table');
  }

  const everSelected = new Set<number>();
  for (const image of brute) for (const winners of image.winners.values()) for (const w of winners) if (w !== -1) everSelected.add(w);

  // 2. shadowed-entry: the base entries brute force never selects, except
  //    those that match no version at all or name no architecture (other rules).
  {
    const expected = new Capped();
    merged.forEach((m, i) => {
      if (m.first.kind !== 'base' || everSelected.has(i)) return;
      const s = m.source;
      if (s.runtimeVersion !== undefined && !matchVector(s.runtimeVersion).includes(1)) return;
      if (s.targetVersion !== undefined && !matchVector(s.targetVersion).includes(1)) return;
      if (s.architectures?.length === 0) return;
      // Beaten only by entries with the same merge key: duplicate-entry reports it instead.
      const beatenBy = new Set<number>();
      const runtime = s.runtimeVersion === undefined ? undefined : matchVector(s.runtimeVersion);
      const target = s.targetVersion === undefined ? undefined : matchVector(s.targetVersion);
      for (const image of brute) {
        if (image.name !== s.name) continue;
        for (const [arch, winners] of image.winners) {
          if (s.architectures !== undefined && !s.architectures.includes(arch)) continue;
          for (let cell = 0; cell < G * G; cell++) {
            if ((runtime && !runtime[Math.floor(cell / G)]) || (target && !target[cell % G])) continue;
            if (winners[cell]! !== -1) beatenBy.add(winners[cell]!);
          }
        }
      }
      const key = gardenerKey(m.first.source);
      if (beatenBy.size > 0 && [...beatenBy].every((w) => gardenerKey(merged[w]!.first.source) === key)) return;
      // Reported at the entry's targetVersion (else runtimeVersion, else the entry).
      const w = m.first;
      const line = w.source.targetVersion !== undefined ? w.fieldLines.targetVersion : w.fieldLines.runtimeVersion;
      expected.add(s.name, i, at({ file: w.file, line: line ?? w.line }));
    });
    const actual = new Set(result.findings.filter((f) => f.rule === 'shadowed-entry').map(at));
    const bad = [
      ...[...expected].filter((x) => !actual.has(x)).map((x) => `missing at ${x}`),
      ...[...actual].filter((x) => !expected.has(x)).map((x) => `unexpected at ${x}`),
    ];
    limit(bad, 'shadowed-entry');
  }

  // 2b. overwrite-without-effect: appended overwrite entries never selected
  //     (inside the configured Kubernetes versions).
  if (merging) {
    const selectedInDomain = new Set<number>();
    for (const image of brute) for (const w of image.selectedInDomain) selectedInDomain.add(w);
    const baseNames = new Set(rendered.base.map((w) => w.source.name));
    const expected = new Set(
      merged.flatMap((m, i) => (m.first.kind === 'overwrite' && baseNames.has(m.source.name) && !selectedInDomain.has(i) ? [at(m.first)] : [])),
    );
    const actual = new Set(result.findings.filter((f) => f.rule === 'overwrite-without-effect').map(at));
    const bad = [
      ...[...expected].filter((x) => !actual.has(x)).map((x) => `missing at ${x}`),
      ...[...actual].filter((x) => !expected.has(x)).map((x) => `unexpected at ${x}`),
    ];
    limit(bad, 'overwrite-without-effect');
  }

  // 3. version-gap: per image, the architectures with a version pair inside the region brute force finds nothing for.
  {
    const bad: string[] = [];
    const gapFindings = result.findings.filter((f) => f.rule === 'version-gap');
    for (const image of brute) {
      const mine = gapFindings.filter((f) => f.message.startsWith(`No entry of \`${image.name}\` `));
      const reported = new Set<string>();
      for (const f of mine) {
        const m = / on (.+?), inside /.exec(f.message);
        if (!m) bad.push(`unparsable message: ${f.message}`);
        else for (const a of m[1]!.split(/, | and /)) reported.add(a);
      }
      const expected = new Set<string>(image.gapArchitectures);
      if ([...expected].sort().join() !== [...reported].sort().join()) {
        bad.push(`${image.name}: brute force finds gaps on [${[...expected].sort()}], findings name [${[...reported].sort()}]`);
      }
    }
    limit(bad, 'version-gap');
  }

  // 4. version-overlap: an entry loses a version/arch to a winner with the
  //    same architecture score, and wins elsewhere. Reported at the loser's
  //    targetVersion (else runtimeVersion, else the entry).
  {
    const expected = new Capped();
    for (const image of brute) {
      for (const loser of image.equalArchLosers) {
        if (!everSelected.has(loser)) continue;
        const w = merged[loser]!.first;
        const line = w.source.targetVersion !== undefined ? w.fieldLines.targetVersion : w.fieldLines.runtimeVersion;
        expected.add(image.name, loser, at({ file: w.file, line: line ?? w.line }));
      }
    }
    const actual = new Set(result.findings.filter((f) => f.rule === 'version-overlap').map(at));
    const bad = [
      ...[...expected].filter((x) => !actual.has(x)).map((x) => `missing at ${x}`),
      ...[...actual].filter((x) => !expected.has(x)).map((x) => `unexpected at ${x}`),
    ];
    limit(bad, 'version-overlap');
  }

  // Readers see the same entries we wrote (nothing dropped by the YAML reader).
  const entryCount = result.files.reduce((n, f) => n + f.entries, 0);
  const written = rendered.base.length + (rendered.overwrite?.length ?? 0);
  if (entryCount !== written) problems.push(`lint read ${entryCount} entries, ${written} were written`);
  return problems;
}

/**
 * Expected finding places of a rule that lists at most FINDINGS_PER_IMAGE per
 * image and counts the rest in one more finding at the first left out: per
 * image, the first FINDINGS_PER_IMAGE + 1 places in entry order.
 */
class Capped {
  private readonly byImage = new Map<string, [number, string][]>();
  add(image: string, order: number, place: string): void {
    let list = this.byImage.get(image);
    if (!list) this.byImage.set(image, (list = []));
    list.push([order, place]);
  }
  private get places(): Set<string> {
    const out = new Set<string>();
    for (const list of this.byImage.values()) {
      for (const [, place] of [...list].sort((a, b) => a[0] - b[0]).slice(0, FINDINGS_PER_IMAGE + 1)) out.add(place);
    }
    return out;
  }
  has(place: string): boolean {
    return this.places.has(place);
  }
  [Symbol.iterator](): Iterator<string> {
    return this.places[Symbol.iterator]();
  }
}

function check(v: GenVector): void {
  const problems = disagreements(v);
  if (problems.length > 0) {
    const rendered = render(v);
    const config = v.kubernetesVersions !== undefined ? `# kubernetesVersions: ${JSON.stringify(v.kubernetesVersions)}\n` : '';
    throw new Error(`${problems.join('\n')}\n--- input ---\n${config}${rendered.yaml}`);
  }
}

// fast-check's defaults, pinned so a failure can be replayed: set
// FC_SEED (and FC_PATH) from the failure report to rerun one counterexample.
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : undefined;
const path = process.env.FC_PATH;
const runs = (n: number) => ({ numRuns: Number(process.env.FC_RUNS ?? n), ...(seed !== undefined ? { seed } : {}), ...(path ? { path } : {}) });

describe('exact resolution vs brute-force FindImage', () => {
  it('base vectors: resolved table, shadowed-entry, version-gap, version-overlap', () => {
    fc.assert(fc.property(baseVectorArb, check), runs(100));
  });

  it('base + overwrite (merged): the same, plus overwrite-without-effect', () => {
    fc.assert(fc.property(mergedVectorArb, check), runs(60));
  });

  // Hand-picked vectors that each exercise one rule, so a generator that
  // stops producing them cannot hide a regression.
  const example = (entries: Partial<GenEntry>[], extra: Partial<GenVector> = {}): GenVector => ({
    images: 1,
    entries: entries.map((e) => ({ image: 0, tagKind: 'tag', blockArchitectures: false, ...e })),
    runtimeSamples: [0, 120],
    ...extra,
  });
  it.each<[string, GenVector]>([
    ['node-problem-detector style ordered overlaps', example([{ target: '>= 1.36' }, { target: '>= 1.35' }, { target: '>= 1.34' }, { target: '< 1.34' }])],
    ['a gap between two ranges', example([{ target: '< 1.20' }, { target: '>= 1.22' }])],
    ['a gap on one architecture only', example([{ target: '>= 1.20' }, { target: '< 1.20', architectures: ['amd64'] }])],
    ['a shadowed entry', example([{ target: '>= 1.20' }, { target: '1.25.x' }])],
    ['an exact entry beating an earlier range', example([{ target: '>= 1.20' }, { target: '= 1.25.3' }])],
    ['a single-architecture override', example([{ target: '>= 1.20' }, { target: '>= 1.20', architectures: ['arm64'] }])],
    ['runtime and target together', example([{ runtime: '>= 1.20', target: '< 1.30' }, { runtime: '< 1.20' }, { target: '>= 1.30' }])],
    ['unsatisfiable and empty-architecture entries', example([{ target: '>= 1.30, < 1.20' }, { target: '>= 1.0', architectures: [] }, { target: '>= 1.0' }])],
    ['configured Kubernetes versions', example([{ target: '1.20.x' }, { target: '1.22.x' }], { kubernetesVersions: '>= 1.19, < 1.24' })],
    [
      'an overwrite that merges and one that is appended',
      example([{ target: '>= 1.21' }, { target: '< 1.21' }], {
        overwrite: [
          { of: 0, respell: false, set: 'tag' },
          { of: 1, respell: true, set: 'ref' },
        ],
      }),
    ],
  ])('%s', (_title, v) => {
    check(v);
  });
});

// The adversarial shapes of issues 9 and 10 (nested ranges, runtime × target
// grids, sliding windows, long OR chains), generated with random sizes and
// offsets inside the grid, against the same brute force.
const adversarialArb: fc.Arbitrary<GenVector> = fc
  .record({
    shape: fc.constantFrom('nested', 'nested2d', 'grid', 'windows', 'orChains', 'mixed'),
    n: fc.integer({ min: 2, max: 40 }),
    offset: fc.integer({ min: 0, max: 5 }),
    width: fc.integer({ min: 1, max: 9 }),
    architectures: architecturesArb,
    runtimeSamples: runtimeSamplesArb,
  })
  .map(({ shape, n, offset, width, architectures, runtimeSamples }) => {
    const entries: GenEntry[] = [];
    const add = (e: Partial<GenEntry>, i: number) => {
      const entry: GenEntry = { image: 0, tagKind: 'tag', blockArchitectures: false, ...e };
      // Every third entry carries the generated architectures: overrides mixed into the shape.
      if (architectures !== undefined && i % 3 === 2) entry.architectures = [...architectures];
      entries.push(entry);
    };
    const top = Math.min(45, offset + n);
    if (shape === 'nested') for (let i = 0; i < n; i++) add({ target: `>= 1.${Math.max(0, top - i)}` }, i);
    if (shape === 'nested2d') for (let i = 0; i < n; i++) add({ runtime: `>= 1.${Math.max(0, top - i)}`, target: `>= 1.${Math.max(0, top - i)}` }, i);
    if (shape === 'grid') {
      const k = Math.max(1, Math.min(8, Math.round(Math.sqrt(n))));
      for (let r = 0; r < k; r++) for (let t = 0; t < k; t++) add({ runtime: `1.${offset + r}.x`, target: `1.${offset + t}.x` }, r * k + t);
    }
    if (shape === 'windows') for (let i = 0; i < n; i++) add({ target: `>= 1.${Math.min(44, i)}, < 1.${Math.min(45, i + width)}` }, i);
    if (shape === 'orChains') {
      for (let e = 0; e < 4; e++) {
        const terms = Array.from({ length: Math.max(1, Math.floor(n / 4)) }, (_, i) => `1.${Math.min(45, offset + 4 * i + e)}.x || 1.${Math.min(45, offset + 4 * i + ((e + 1) % 4))}.x`);
        add({ target: terms.join(' || ') }, e);
      }
    }
    if (shape === 'mixed') {
      for (let i = 0; i < n; i++) {
        if (i % 4 === 0) add({ target: `>= 1.${Math.max(0, top - i)}` }, i);
        else if (i % 4 === 1) add({ runtime: `1.${Math.min(45, offset + i)}.x`, target: `< 1.${Math.min(45, i + width)}` }, i);
        else if (i % 4 === 2) add({ target: `1.${Math.min(45, i)}.x || 1.${Math.min(45, i + width)}.x` }, i);
        else add({ target: `=1.${Math.min(45, i)}.${i % 5}` }, i);
      }
    }
    return { images: 1, entries, runtimeSamples };
  });

describe('exact resolution vs brute force on adversarial shapes', () => {
  it('nested ranges, grids, sliding windows, OR chains (random sizes and offsets)', () => {
    fc.assert(fc.property(adversarialArb, check), runs(40));
  });

  it('names at most five winners and counts the rest exactly (nested >= 1.(N−i))', () => {
    // 21 entries: 20 overlap, as many as the rule lists per image (FINDINGS_PER_IMAGE).
    const n = 21;
    const entries = Array.from({ length: n }, (_, i) => ({ image: 0, tagKind: 'tag' as const, blockArchitectures: false, target: `>= 1.${40 - i}` }));
    const v: GenVector = { images: 1, entries, runtimeSamples: [0] };
    check(v);
    const rendered = render(v);
    const result = lint(rendered.inputs, defaultConfig());
    const overlaps = result.findings.filter((f) => f.rule === 'version-overlap');
    // Entry k (0-based) wins 1.(40−k).x and loses one range to each of the k entries before it.
    expect(overlaps).toHaveLength(n - 1);
    for (const f of overlaps) {
      const k = rendered.base.findIndex((w) => w.fieldLines.targetVersion === f.line);
      expect(k).toBeGreaterThan(0);
      expect(f.message.match(/Gardener picks/g)?.length).toBe(Math.min(5, k));
      if (k > 5) expect(f.message).toContain(`and other entries win in ${k - 5} more ${k - 5 === 1 ? 'range' : 'ranges'} on amd64 and arm64.`);
      else expect(f.message).not.toContain('more range');
    }
  });
});

describe('the grid covers every bound the generator can produce', () => {
  it('holds 0.0.0, every 1.m.p with m ≤ 45 and p ≤ 5, 1.46.0 and a version above', () => {
    expect(G).toBe(1 + 46 * 6 + 2);
    expect(GRID).toContain('1.45.5');
    expect(GRID).toContain('1.46.0');
  });
  it('renders parseable vectors that lint reads entry for entry', () => {
    fc.assert(
      fc.property(mergedVectorArb, (v) => {
        const r = render(v);
        const result = lint(r.inputs, defaultConfig());
        expect(result.findings.filter((f) => ['yaml-syntax', 'schema', 'invalid-constraint'].includes(f.rule))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
