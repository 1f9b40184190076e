import { formatIntervalList } from './constraint/format.js';
import { clipToKubernetes } from './kubernetes-versions.js';
import { changedParts, parseReference, referenceChange } from './reference-change.js';
import {
  fromVersionIntervals,
  intersectSets,
  isEmptySet,
  setsEqual,
  subtractSets,
  toVersionIntervals,
  unionSets,
  type ReleaseSet,
} from './constraint/release-set.js';
import { compareReleases, lastBoundAtOrBelow, ZERO_RELEASE } from './constraint/version.js';
import type { Finding, LintConfig, LintInput, LintResult, ResolvedRow, Severity, VersionInterval } from './types.js';

// What a change does to the resolved image table: the base's table against the
// head's, per image × architecture (× component), computed exactly on the
// version regions. A row is a region runtime × target with one image string;
// where a base row and a head row overlap with different strings, the overlap
// is a changed row; what only the base covers vanished, what only the head
// covers appeared. Pure: no I/O.

export type ResolvedChangeKind = 'changed' | 'added' | 'removed';

export interface ResolvedChange {
  /** changed: another image string; added: resolves now and did not; removed: resolved and does not now. */
  kind: ResolvedChangeKind;
  /** For added / removed: the image × architecture did not exist at all on the other side. */
  wholeImage: boolean;
  image: string;
  architecture: string;
  component?: string;
  runtimeVersion: VersionInterval[];
  targetVersion: VersionInterval[];
  /** The image string at the base (changed, removed). */
  before?: string;
  /** The image string at the head (changed, added). */
  after?: string;
  /** The head's entry (changed, added) or the base's (removed). */
  source: ResolvedRow['source'];
}

/** The rules that need the base commit; `lint` alone cannot report them. */
export const CHANGE_RULES: ReadonlyArray<{ id: string; defaultSeverity: Severity; description: string }> = [
  {
    id: 'coverage-lost',
    defaultSeverity: 'error',
    description:
      'An image and architecture resolved at the base commit for some Kubernetes versions and no longer does (FindImage fails there), inside `kubernetesVersions`.',
  },
  {
    id: 'tag-style-changed',
    defaultSeverity: 'warning',
    description: "A resolved image's tag gained or lost its `v` prefix, or switched between a tag and a digest.",
  },
  {
    id: 'tag-downgraded',
    defaultSeverity: 'warning',
    description: 'A resolved image goes to a lower tag version (semver-compared) for the same Kubernetes versions and architecture.',
  },
  {
    id: 'registry-changed',
    defaultSeverity: 'warning',
    description: 'A resolved image comes from another registry or repository for the same Kubernetes versions and architecture.',
  },
];

interface Region {
  runtime: ReleaseSet;
  target: ReleaseSet;
}

interface Piece extends Region {
  imageString: string;
  source: ResolvedRow['source'];
}

interface Side {
  image: string;
  architecture: string;
  component?: string;
  base: Piece[];
  head: Piece[];
}

/**
 * The changes, each region clipped to Kubernetes versions (kubernetes-versions.ts):
 * what happens to versions Kubernetes never had is no change.
 */
export function diffResolved(
  base: readonly ResolvedRow[],
  head: readonly ResolvedRow[],
  config: Pick<LintConfig, 'kubernetesVersions'> = {},
  unresolved: { base?: readonly ResolvedRow[] | undefined; head?: readonly ResolvedRow[] | undefined } = {},
): ResolvedChange[] {
  const changes: ResolvedChange[] = [];
  for (const side of pairUp(base, head, unresolved)) {
    const raw: ResolvedChange[] = [];
    const change = (
      side: Side,
      kind: ResolvedChangeKind,
      region: Region,
      source: ResolvedRow['source'],
      before: string | undefined,
      after: string | undefined,
      wholeImage: boolean,
    ): ResolvedChange & { region: Region } => {
      const clipped = { runtime: clipToKubernetes(region.runtime, config), target: clipToKubernetes(region.target, config) };
      return makeChange(side, kind, clipped, source, before, after, wholeImage);
    };
    for (const [bi, b] of side.base.entries()) {
      for (const h of overlapsOf(side).heads[bi]!) {
        if (b.imageString === h.imageString) continue;
        const overlap = intersect(b, h);
        if (overlap) raw.push(change(side, 'changed', overlap, h.source, b.imageString, h.imageString, false));
      }
    }
    for (const [bi, b] of side.base.entries()) {
      for (const region of subtractAll(b, overlapsOf(side).heads[bi]!)) {
        raw.push(change(side, 'removed', region, b.source, b.imageString, undefined, side.head.length === 0));
      }
    }
    for (const [hi, h] of side.head.entries()) {
      for (const region of subtractAll(h, overlapsOf(side).bases[hi]!)) {
        raw.push(change(side, 'added', region, h.source, undefined, h.imageString, side.base.length === 0));
      }
    }
    changes.push(...coalesce(raw.filter((c) => c.runtimeVersion.length > 0 && c.targetVersion.length > 0)));
  }
  return changes;
}

/**
 * The findings only a comparison with the base can give: `coverage-lost` and
 * `tag-style-changed`. Versions outside `config.kubernetesVersions` may be
 * dropped: that is how support for old Kubernetes versions ends.
 */
export function compareWithBase(
  base: LintResult,
  head: LintResult,
  config: LintConfig,
  headInputs: readonly LintInput[],
): Finding[] {
  const findings: Finding[] = [];
  const headFiles = new Set(headInputs.map((i) => i.path));
  const sides = pairUp(base.resolved, head.resolved, { base: base.unresolved, head: head.unresolved });

  const coverageLevel = config.rules['coverage-lost'] ?? 'error';
  if (coverageLevel !== 'off') {
    // One finding per image, region, lost image string and entry; architectures joined.
    const lost = new Map<string, { side: Side; gone: ResolvedChange; architectures: string[] }>();
    for (const side of sides) {
      const pieces: ResolvedChange[] = [];
      for (const [bi, b] of side.base.entries()) {
        for (const region of subtractAll(b, overlapsOf(side).heads[bi]!)) {
          // Only Kubernetes versions (inside kubernetesVersions) can lose coverage;
          // a dimension the entry did not constrain stays "any" in the message.
          const shown = { runtime: clipToKubernetes(region.runtime, config), target: clipToKubernetes(region.target, config) };
          if (isEmptySet(shown.runtime) || isEmptySet(shown.target)) continue;
          pieces.push(makeChange(side, 'removed', shown, b.source, b.imageString, undefined, side.head.length === 0));
        }
      }
      for (const gone of coalesce(pieces)) {
        const key = [
          side.component ?? '',
          side.image,
          JSON.stringify(gone.runtimeVersion),
          JSON.stringify(gone.targetVersion),
          gone.before,
          gone.source.file,
          gone.source.line,
          side.head[0]?.source.file ?? '',
          side.head[0]?.source.line ?? 0,
        ].join('\0');
        const entry = lost.get(key);
        if (entry) entry.architectures.push(side.architecture);
        else lost.set(key, { side, gone, architectures: [side.architecture] });
      }
    }
    for (const { side, gone, architectures } of lost.values()) {
      const neighbour = adjacentEntry(side.head, gone);
      const where = neighbour?.source;
      // The neighbour's range is what changed: anchor on its targetVersion (or runtimeVersion) value.
      const at = where?.fields?.targetVersion ?? where?.fields?.runtimeVersion ?? where;
      findings.push({
        rule: 'coverage-lost',
        severity: coverageLevel,
        message: coverageMessage(
          { ...side, architecture: architectures.join(', ') },
          gone,
          headFiles.has(gone.source.file) || where !== undefined,
          config,
        ),
        file: where?.file ?? gone.source.file,
        line: at?.line ?? 1,
        column: at?.column ?? 1,
        ...about(side, architectures, describeRegion(gone.runtimeVersion, gone.targetVersion)),
      });
    }
  }

  const styleLevel = config.rules['tag-style-changed'] ?? 'warning';
  if (styleLevel !== 'off') {
    // One finding per head entry and change of reference; architectures joined.
    const changed = new Map<string, { side: Side; before: string; after: string; source: ResolvedRow['source']; what: string; architectures: string[] }>();
    for (const side of sides) {
      for (const [bi, b] of side.base.entries()) {
        for (const h of overlapsOf(side).heads[bi]!) {
          if (b.imageString === h.imageString || !intersect(b, h)) continue;
          const what = styleChange(b.imageString, h.imageString);
          if (!what) continue;
          const key = [side.component ?? '', side.image, h.source.file, h.source.line, h.source.column, b.imageString, h.imageString].join('\0');
          const entry = changed.get(key);
          if (!entry) changed.set(key, { side, before: b.imageString, after: h.imageString, source: h.source, what, architectures: [side.architecture] });
          else if (!entry.architectures.includes(side.architecture)) entry.architectures.push(side.architecture);
        }
      }
    }
    for (const { side, before, after, source, what, architectures } of changed.values()) {
      const at = source.fields?.tag ?? source.fields?.ref ?? source;
      findings.push({
        rule: 'tag-style-changed',
        severity: styleLevel,
        message:
          `${label({ ...side, architecture: architectures.join(', ') })}: the image ${what} (${before} → ${after}). ` +
          'Check that the new reference exists in the registry and that the style change is intended.',
        file: source.file,
        line: at.line,
        column: at.column,
        ...about(side, architectures, `${before} → ${after}`),
      });
    }
  }

  const downgradeLevel = config.rules['tag-downgraded'] ?? 'warning';
  if (downgradeLevel !== 'off') findings.push(...tagDowngrades(sides, config, downgradeLevel));
  const registryLevel = config.rules['registry-changed'] ?? 'warning';
  if (registryLevel !== 'off') findings.push(...registrySwitches(sides, config, registryLevel));
  return findings;
}

/** The structured identity of a finding about an image (engine/baseline.ts). */
function about(side: Side, architectures: readonly string[], region: string): Pick<Finding, 'image' | 'architecture' | 'region'> {
  return {
    image: side.component !== undefined ? `${side.image} of component ${side.component}` : side.image,
    architecture: [...architectures].sort().join(', '),
    region,
  };
}

/**
 * The head entry whose range borders the lost region (its range was narrowed,
 * or a neighbour's moved): the one a reviewer changed. Else the first.
 */
function adjacentEntry(head: readonly Piece[], gone: ResolvedChange): Piece | undefined {
  const lost = fromVersionIntervals(gone.targetVersion);
  const lo = lost[0]?.lo;
  const hi = lost[lost.length - 1]?.hi;
  const same = (a: { major: bigint; minor: bigint; patch: bigint } | null | undefined, b: typeof a) =>
    !!a && !!b && a.major === b.major && a.minor === b.minor && a.patch === b.patch;
  return (
    head.find((piece) => piece.target.some((i) => same(i.hi, lo) || same(i.lo, hi ?? undefined))) ??
    head[0]
  );
}

/**
 * Every pair of a base row and an overlapping head row whose references differ,
 * with the Kubernetes versions (clipped to the domain) where the one replaces the other.
 */
function* referenceChanges(sides: readonly Side[], config: LintConfig): Generator<{ side: Side; b: Piece; h: Piece; region: Region }> {
  for (const side of sides) {
    for (const [bi, b] of side.base.entries()) {
      for (const h of overlapsOf(side).heads[bi]!) {
        if (b.imageString === h.imageString) continue;
        const overlap = intersect(b, h);
        if (!overlap) continue;
        const region = { runtime: clipToKubernetes(overlap.runtime, config), target: clipToKubernetes(overlap.target, config) };
        if (isEmptySet(region.runtime) || isEmptySet(region.target)) continue;
        yield { side, b, h, region };
      }
    }
  }
}

/** A change found for several architectures or pieces of one head entry: reported once, architectures and regions joined. */
type Joined<T> = T & { side: Side; source: ResolvedRow['source']; region: Region; architectures: string[] };

function join<T extends object>(found: Map<string, Joined<T>>, key: string, side: Side, source: ResolvedRow['source'], region: Region, what: T): void {
  const entry = found.get(key);
  if (!entry) {
    found.set(key, { ...what, side, source, region, architectures: [side.architecture] });
    return;
  }
  if (!entry.architectures.includes(side.architecture)) entry.architectures.push(side.architecture);
  entry.region = { runtime: unionSets(entry.region.runtime, region.runtime), target: unionSets(entry.region.target, region.target) };
}

/**
 * tag-downgraded: for the same Kubernetes versions and architecture, the
 * resolved tag goes to a lower version. One finding per head entry and pair
 * of references; architectures joined.
 */
function tagDowngrades(sides: readonly Side[], config: LintConfig, level: Severity): Finding[] {
  const found = new Map<string, Joined<{ before: string; after: string }>>();
  for (const { side, b, h, region } of referenceChanges(sides, config)) {
    if (!referenceChange(b.imageString, h.imageString).lowerTag) continue;
    const key = [side.component ?? '', side.image, h.source.file, h.source.line, b.imageString, h.imageString].join('\0');
    join(found, key, side, h.source, region, { before: b.imageString, after: h.imageString });
  }
  return [...found.values()].map(({ side, before, after, source, region, architectures }) => {
    const where = describeRegion(toVersionIntervals(region.runtime), toVersionIntervals(region.target));
    const at = source.fields?.tag ?? source.fields?.ref ?? source;
    const parts = changedParts(before, after);
    return {
      rule: 'tag-downgraded',
      severity: level,
      message:
        `${label({ ...side, architecture: architectures.join(', ') })} goes to a lower tag for ${where}: ${parts.before} → ${parts.after} ` +
        `(${before} → ${after}). If the older image is not intended (a stale branch, a bot that read an old list), keep the newer tag.`,
      file: source.file,
      line: at.line,
      column: at.column,
      ...about(side, architectures, where),
    };
  });
}

/**
 * registry-changed: for the same Kubernetes versions and architecture, the
 * resolved image comes from another registry or repository (a migration, or a
 * stale branch that brings an old location back). One finding per head entry
 * and pair of repositories; architectures joined; anchored on the head
 * entry's `repository` value.
 */
function registrySwitches(sides: readonly Side[], config: LintConfig, level: Severity): Finding[] {
  const found = new Map<string, Joined<{ from: string; to: string; registry: boolean }>>();
  for (const { side, b, h, region } of referenceChanges(sides, config)) {
    const change = referenceChange(b.imageString, h.imageString);
    if (!change.registryChanged && !change.repositoryChanged) continue;
    const from = parseReference(b.imageString).repository;
    const to = parseReference(h.imageString).repository;
    const key = [side.component ?? '', side.image, h.source.file, h.source.line, from, to].join('\0');
    join(found, key, side, h.source, region, { from, to, registry: change.registryChanged });
  }
  return [...found.values()].map(({ side, from, to, registry, source, region, architectures }) => {
    const where = describeRegion(toVersionIntervals(region.runtime), toVersionIntervals(region.target));
    const at = source.fields?.repository ?? source.fields?.tag ?? source.fields?.ref ?? source;
    return {
      rule: 'registry-changed',
      severity: level,
      message:
        `${label({ ...side, architecture: architectures.join(', ') })} now comes from another ${registry ? 'registry' : 'repository'} for ${where}: ${from} → ${to}. ` +
        'Unless the move is intended (not a stale branch or a bot that read an old list), keep the current repository; if it is, check that the image exists there and the clusters may pull from it.',
      file: source.file,
      line: at.line,
      column: at.column,
      ...about(side, architectures, `${where}: ${from} → ${to}`),
    };
  });
}

function coverageMessage(side: Side, gone: ResolvedChange, stillInHead: boolean, config: LintConfig): string {
  const region = describeRegion(gone.runtimeVersion, gone.targetVersion);
  const was = `${gone.source.file}:${gone.source.line}`;
  const domain =
    config.kubernetesVersions === undefined
      ? 'If dropping these versions is intended, set `kubernetesVersions` in .imagevector-lint.yaml to the versions still supported.'
      : `These versions are inside \`kubernetesVersions\` (${config.kubernetesVersions}): narrow it if dropping them is intended.`;
  const lead = gone.wholeImage
    ? `${label(side)} is gone: at the base commit it resolved for ${region} to ${gone.before} (${was}), and now no entry does`
    : `${label(side)} no longer resolves for ${region}: at the base commit it did, to ${gone.before} (${was})`;
  return `${lead}, so Gardener's image lookup fails there${stillInHead ? '' : ' (the file is gone too)'}. ${domain}`;
}

function describeRegion(runtime: VersionInterval[], target: VersionInterval[]): string {
  const anyRuntime = isAny(runtime);
  const anyTarget = isAny(target);
  if (anyRuntime && anyTarget) return 'every Kubernetes version';
  if (anyRuntime) return `targetVersion ${formatIntervalList(target)}`;
  if (anyTarget) return `runtimeVersion ${formatIntervalList(runtime)}`;
  return `runtimeVersion ${formatIntervalList(runtime)} × targetVersion ${formatIntervalList(target)}`;
}

function isAny(intervals: readonly VersionInterval[]): boolean {
  return intervals.length === 1 && intervals[0]!.lo === '0.0.0' && intervals[0]!.hi === null;
}

function label(side: Side): string {
  const component = side.component !== undefined ? ` of component ${side.component}` : '';
  return `${side.image} (${side.architecture}${component})`;
}

/** What changed in the reference's style, in words, or undefined when it kept its style. */
export function styleChange(before: string, after: string): string | undefined {
  const a = referenceStyle(before);
  const b = referenceStyle(after);
  if (a.digestOnly !== b.digestOnly) {
    return a.digestOnly ? 'switched from a digest to a tag' : 'switched from a tag to a digest';
  }
  if (a.tag !== undefined && b.tag !== undefined && a.versionLike && b.versionLike && a.vPrefix !== b.vPrefix) {
    return a.vPrefix ? 'tag lost its `v` prefix' : 'tag gained a `v` prefix';
  }
  return undefined;
}

interface ReferenceStyle {
  tag?: string;
  digestOnly: boolean;
  vPrefix: boolean;
  versionLike: boolean;
}

/** `repo:tag`, `repo@sha256:…`, `repo:tag@sha256:…`; a `:` before the last `/` is a registry port. */
export function referenceStyle(reference: string): ReferenceStyle {
  const at = reference.indexOf('@');
  const name = at < 0 ? reference : reference.slice(0, at);
  const digest = at >= 0;
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
  return {
    tag,
    digestOnly: digest && tag === undefined,
    vPrefix: tag !== undefined && /^v\d/.test(tag),
    versionLike: tag !== undefined && /^v?\d/.test(tag),
  };
}

// ---------------------------------------------------------------------------
// Regions

/**
 * Rows of both tables by vector × image × architecture. Gardener reads each
 * base vector on its own (`containers.yaml` and `charts.yaml` may both name
 * `gardenlet`), so the vector is part of the key: a row from a base file
 * belongs to that file; a row from an overwrite to the one base file holding
 * that image name (in either table), if exactly one does; a component's rows
 * to the component.
 */
function pairUp(
  base: readonly ResolvedRow[],
  head: readonly ResolvedRow[],
  unresolved: { base?: readonly ResolvedRow[] | undefined; head?: readonly ResolvedRow[] | undefined } = {},
): Side[] {
  const sides = new Map<string, Side>();
  const add = (row: ResolvedRow, which: 'base' | 'head', vectorOf: (row: ResolvedRow) => string) => {
    const component = row.source.component;
    const key = [vectorOf(row), row.image, row.architecture].join('\0');
    let side = sides.get(key);
    if (!side) {
      side = { image: row.image, architecture: row.architecture, base: [], head: [] };
      if (component !== undefined) side.component = component;
      sides.set(key, side);
    }
    side[which].push({
      runtime: fromVersionIntervals(row.runtimeVersion),
      target: fromVersionIntervals(row.targetVersion),
      imageString: row.imageString,
      source: row.source,
    });
  };
  // Head order first: the table reads in the order of today's files.
  // Which base files hold an image is read from both tables: an entry merged
  // with an overwrite reports the overwrite as its source.
  const renamed = renamedFiles(base, head);
  const vector = vectorNamer([...head, ...base], (file) => renamed.get(file) ?? file);
  for (const row of head) add(row, 'head', vector);
  for (const row of base) add(row, 'base', vector);
  // Rows that resolve for no Kubernetes version add empty pieces: the image is there, resolving nowhere.
  for (const row of unresolved.head ?? []) add(row, 'head', vector);
  for (const row of unresolved.base ?? []) add(row, 'base', vector);
  return [...sides.values()];
}

/**
 * Base files that no longer exist at the head, paired with the head file that
 * holds most of their image names: a moved or renamed vector is the same
 * vector, not every image lost and every image new.
 */
function renamedFiles(base: readonly ResolvedRow[], head: readonly ResolvedRow[]): Map<string, string> {
  const namesByFile = (rows: readonly ResolvedRow[]) => {
    const out = new Map<string, Set<string>>();
    for (const row of rows) {
      if (row.source.kind !== 'base') continue;
      const names = out.get(row.source.file) ?? new Set<string>();
      names.add(row.image);
      out.set(row.source.file, names);
    }
    return out;
  };
  const baseFiles = namesByFile(base);
  const headFiles = namesByFile(head);
  const renamed = new Map<string, string>();
  for (const [file, names] of baseFiles) {
    if (headFiles.has(file)) continue;
    let best: string | undefined;
    let bestShared = 0;
    for (const [candidate, headNames] of headFiles) {
      if (baseFiles.has(candidate)) continue; // still a vector of its own at the base
      let shared = 0;
      for (const name of names) if (headNames.has(name)) shared++;
      if (shared > bestShared) [best, bestShared] = [candidate, shared];
    }
    if (best !== undefined) renamed.set(file, best);
  }
  return renamed;
}

function vectorNamer(rows: readonly ResolvedRow[], canonical: (file: string) => string): (row: ResolvedRow) => string {
  const baseFiles = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.source.kind !== 'base') continue;
    const files = baseFiles.get(row.image) ?? new Set<string>();
    files.add(canonical(row.source.file));
    baseFiles.set(row.image, files);
  }
  return (row) => {
    if (row.source.component !== undefined) return `component:${row.source.component}`;
    if (row.source.kind === 'base') return `file:${canonical(row.source.file)}`;
    const files = baseFiles.get(row.image);
    return files?.size === 1 ? `file:${[...files][0]!}` : `file:${row.source.file}`;
  };
}

/**
 * Which pieces of the other side overlap each piece (in both versions), in
 * their order. Pieces that do not overlap change nothing in the loops over
 * pairs (no intersection) or in subtractAll (subtracting them leaves a region
 * as it is), so the loops visit only these: output-sensitive, where visiting
 * every base × head pair was quadratic in an image's rows.
 */
interface Overlaps {
  /** heads[i]: the head pieces overlapping base piece i. */
  heads: Piece[][];
  /** bases[j]: the base pieces overlapping head piece j. */
  bases: Piece[][];
}

const overlapCache = new WeakMap<Side, Overlaps>();

function overlapsOf(side: Side): Overlaps {
  let found = overlapCache.get(side);
  if (!found) overlapCache.set(side, (found = computeOverlaps(side.base, side.head)));
  return found;
}

export function computeOverlaps(base: readonly Piece[], head: readonly Piece[]): Overlaps {
  const heads: Piece[][] = base.map(() => []);
  const bases: Piece[][] = head.map(() => []);
  const pair = (i: number, j: number) => {
    if (!overlaps(base[i]!, head[j]!)) return;
    heads[i]!.push(head[j]!);
    bases[j]!.push(base[i]!);
  };
  if (base.length * head.length <= 256) {
    for (let i = 0; i < base.length; i++) for (let j = 0; j < head.length; j++) pair(i, j);
    return { heads, bases };
  }
  // Bucket both sides by the elementary intervals of one dimension (the one
  // with more distinct bounds); only pieces sharing a bucket can overlap.
  const dimension = distinctBounds(base, head, 'target') >= distinctBounds(base, head, 'runtime') ? 'target' : 'runtime';
  const bounds = sortedBounds(base, head, dimension);
  const slot = (r: ReleaseSet[number]['lo']) => lastBoundAtOrBelow(bounds, r);
  const buckets = new Map<number, { b: number[]; h: number[] }>();
  const place = (pieces: readonly Piece[], which: 'b' | 'h') => {
    pieces.forEach((piece, index) => {
      for (const interval of piece[dimension]) {
        const first = slot(interval.lo);
        const last = interval.hi === null ? bounds.length - 1 : slot(interval.hi) - 1;
        for (let k = first; k <= last; k++) {
          let bucket = buckets.get(k);
          if (!bucket) buckets.set(k, (bucket = { b: [], h: [] }));
          const list = bucket[which];
          if (list[list.length - 1] !== index) list.push(index);
        }
      }
    });
  };
  place(base, 'b');
  place(head, 'h');
  const seen = new Set<number>();
  const candidates: Array<[number, number]> = [];
  for (const { b, h } of buckets.values()) {
    for (const i of b) {
      for (const j of h) {
        const key = i * head.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        candidates.push([i, j]);
      }
    }
  }
  // In the order of the pairs loop: base piece, then head piece.
  candidates.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [i, j] of candidates) pair(i, j);
  return { heads, bases };
}

function overlaps(a: Region, b: Region): boolean {
  return !isEmptySet(intersectSets(a.runtime, b.runtime)) && !isEmptySet(intersectSets(a.target, b.target));
}

function distinctBounds(base: readonly Piece[], head: readonly Piece[], dimension: 'runtime' | 'target'): number {
  return sortedBounds(base, head, dimension).length;
}

/** The distinct bounds (lo and finite hi) of one dimension over both sides, sorted, starting at 0.0.0. */
function sortedBounds(base: readonly Piece[], head: readonly Piece[], dimension: 'runtime' | 'target'): Array<ReleaseSet[number]['lo']> {
  const all: Array<ReleaseSet[number]['lo']> = [ZERO_RELEASE];
  for (const pieces of [base, head]) {
    for (const piece of pieces) {
      for (const interval of piece[dimension]) {
        all.push(interval.lo);
        if (interval.hi !== null) all.push(interval.hi);
      }
    }
  }
  all.sort(compareReleases);
  const out: typeof all = [];
  for (const r of all) if (out.length === 0 || compareReleases(out[out.length - 1]!, r) !== 0) out.push(r);
  return out;
}

function intersect(a: Region, b: Region): Region | undefined {
  const runtime = intersectSets(a.runtime, b.runtime);
  const target = intersectSets(a.target, b.target);
  return isEmptySet(runtime) || isEmptySet(target) ? undefined : { runtime, target };
}

/** a minus b: at most two regions ((R∖R') × T and (R∩R') × (T∖T')). */
function subtract(a: Region, b: Region): Region[] {
  const runtimeBoth = intersectSets(a.runtime, b.runtime);
  const targetBoth = intersectSets(a.target, b.target);
  if (isEmptySet(runtimeBoth) || isEmptySet(targetBoth)) return [a];
  const out: Region[] = [];
  const runtimeOnly = subtractSets(a.runtime, b.runtime);
  if (!isEmptySet(runtimeOnly)) out.push({ runtime: runtimeOnly, target: a.target });
  const targetOnly = subtractSets(a.target, b.target);
  if (!isEmptySet(targetOnly)) out.push({ runtime: runtimeBoth, target: targetOnly });
  return out;
}

function subtractAll(a: Region, others: readonly Region[]): Region[] {
  let rest: Region[] = [{ runtime: a.runtime, target: a.target }];
  for (const other of others) rest = rest.flatMap((r) => subtract(r, other));
  return rest;
}

function makeChange(
  side: Side,
  kind: ResolvedChangeKind,
  region: Region,
  source: ResolvedRow['source'],
  before: string | undefined,
  after: string | undefined,
  wholeImage: boolean,
): ResolvedChange & { region: Region } {
  const out: ResolvedChange & { region: Region } = {
    kind,
    wholeImage,
    image: side.image,
    architecture: side.architecture,
    runtimeVersion: toVersionIntervals(region.runtime),
    targetVersion: toVersionIntervals(region.target),
    source,
    region,
  };
  if (side.component !== undefined) out.component = side.component;
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  return out;
}

const KIND_ORDER: Record<ResolvedChangeKind, number> = { changed: 0, removed: 1, added: 2 };

/**
 * Joins pieces of one change that share a runtime set (union of targets) or a
 * target set (union of runtimes), until nothing joins; strips the internal region.
 */
function coalesce(changes: ResolvedChange[]): ResolvedChange[] {
  const groups = new Map<string, Array<ResolvedChange & { region: Region }>>();
  for (const c of changes as Array<ResolvedChange & { region: Region }>) {
    const key = [c.kind, c.before ?? '', c.after ?? '', c.source.file, c.source.line, c.source.column, c.wholeImage].join('\0');
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  const out: ResolvedChange[] = [];
  for (const list of groups.values()) {
    const regions = list.map((c) => c.region);
    let joined = true;
    while (joined) {
      joined = false;
      outer: for (let i = 0; i < regions.length; i++) {
        for (let j = i + 1; j < regions.length; j++) {
          const a = regions[i]!;
          const b = regions[j]!;
          let merged: Region | undefined;
          if (setsEqual(a.runtime, b.runtime)) merged = { runtime: a.runtime, target: unionSets(a.target, b.target) };
          else if (setsEqual(a.target, b.target)) merged = { runtime: unionSets(a.runtime, b.runtime), target: a.target };
          if (merged) {
            regions[i] = merged;
            regions.splice(j, 1);
            joined = true;
            break outer;
          }
        }
      }
    }
    const template = list[0]!;
    for (const region of regions) {
      const { region: _unused, ...rest } = template;
      out.push({ ...rest, runtimeVersion: toVersionIntervals(region.runtime), targetVersion: toVersionIntervals(region.target) });
    }
  }
  return out.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareLo(a.runtimeVersion, b.runtimeVersion) ||
      compareLo(a.targetVersion, b.targetVersion),
  );
}

function compareLo(a: readonly VersionInterval[], b: readonly VersionInterval[]): number {
  const x = fromVersionIntervals(a)[0]?.lo;
  const y = fromVersionIntervals(b)[0]?.lo;
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  return x.major !== y.major ? (x.major < y.major ? -1 : 1) : x.minor !== y.minor ? (x.minor < y.minor ? -1 : 1) : x.patch < y.patch ? -1 : x.patch > y.patch ? 1 : 0;
}
