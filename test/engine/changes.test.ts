import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RELEASES, fromVersionIntervals, intersectSets, isEmptySet } from '../../src/engine/constraint/release-set.js';
import { compareWithBase, computeOverlaps, diffResolved, referenceStyle, styleChange, type ResolvedChange } from '../../src/engine/changes.js';
import type { LintConfig, LintResult, ResolvedRow, VersionInterval } from '../../src/engine/types.js';

const ANY: VersionInterval[] = [{ lo: '0.0.0', hi: null }];
const iv = (lo: string, hi: string | null): VersionInterval => ({ lo, hi });

function row(
  image: string,
  architecture: string,
  imageString: string,
  line: number,
  target: VersionInterval[] = ANY,
  runtime: VersionInterval[] = ANY,
  extra: Partial<ResolvedRow['source']> = {},
): ResolvedRow {
  return {
    image,
    architecture,
    runtimeVersion: runtime,
    targetVersion: target,
    imageString,
    source: { file: 'imagevector/containers.yaml', line, column: 3, kind: 'base', ...extra },
  };
}

function result(resolved: ResolvedRow[]): LintResult {
  return { findings: [], resolved, files: [] };
}

function strip(changes: ResolvedChange[]) {
  return changes.map((c) => ({
    kind: c.kind,
    whole: c.wholeImage,
    image: c.image,
    arch: c.architecture,
    runtime: c.runtimeVersion,
    target: c.targetVersion,
    before: c.before,
    after: c.after,
    line: c.source.line,
  }));
}

const config = (overrides: Partial<LintConfig> = {}): LintConfig => ({
  rules: {},
  architectures: ['amd64', 'arm64'],
  components: [],
  componentVectors: {},
  maxFileBytes: 1 << 20,
  ...overrides,
});

describe('diffResolved', () => {
  it('is empty for identical tables', () => {
    const rows = [row('etcd', 'amd64', 'etcd:v3.5.26', 3), row('etcd', 'arm64', 'etcd:v3.5.26', 3)];
    expect(diffResolved(rows, rows)).toEqual([]);
  });

  it('reports a changed image string per image × arch × range', () => {
    const base = [
      row('etcd', 'amd64', 'etcd:v3.5.20', 3, [iv('0.0.0', '1.34.0')]),
      row('etcd', 'amd64', 'etcd:v3.5.26', 9, [iv('1.34.0', null)]),
      row('etcd', 'arm64', 'etcd:v3.5.26', 9, [iv('1.34.0', null)]),
    ];
    const head = [
      row('etcd', 'amd64', 'etcd:v3.5.20', 3, [iv('0.0.0', '1.34.0')]),
      row('etcd', 'amd64', 'etcd:v3.5.26', 9, [iv('1.34.0', null)]),
      row('etcd', 'arm64', 'etcd:v3.5.27', 9, [iv('1.34.0', null)]),
    ];
    expect(strip(diffResolved(base, head))).toEqual([
      {
        kind: 'changed',
        whole: false,
        image: 'etcd',
        arch: 'arm64',
        runtime: ANY,
        target: [iv('1.34.0', null)],
        before: 'etcd:v3.5.26',
        after: 'etcd:v3.5.27',
        line: 9,
      },
    ]);
  });

  it('splits rows where ranges partially overlap, exactly on the intervals', () => {
    // Base: one entry for 1.30–1.34 (exclusive). Head: the range split at 1.32 with a new tag above.
    const base = [row('csi', 'amd64', 'csi:v1.0.0', 5, [iv('1.30.0', '1.34.0')])];
    const head = [
      row('csi', 'amd64', 'csi:v1.0.0', 5, [iv('1.30.0', '1.32.0')]),
      row('csi', 'amd64', 'csi:v1.1.0', 8, [iv('1.32.0', '1.36.0')]),
    ];
    expect(strip(diffResolved(base, head))).toEqual([
      {
        kind: 'changed',
        whole: false,
        image: 'csi',
        arch: 'amd64',
        runtime: ANY,
        target: [iv('1.32.0', '1.34.0')],
        before: 'csi:v1.0.0',
        after: 'csi:v1.1.0',
        line: 8,
      },
      {
        kind: 'added',
        whole: false,
        image: 'csi',
        arch: 'amd64',
        runtime: ANY,
        target: [iv('1.34.0', '1.36.0')],
        before: undefined,
        after: 'csi:v1.1.0',
        line: 8,
      },
    ]);
  });

  it('reports ranges that vanish, and whole images that appear or vanish', () => {
    const base = [
      row('npd', 'amd64', 'npd:v0.8', 4, [iv('1.27.0', '1.28.0')]),
      row('npd', 'amd64', 'npd:v0.9', 6, [iv('1.28.0', null)]),
      row('old', 'amd64', 'old:v1', 12),
    ];
    const head = [row('npd', 'amd64', 'npd:v0.9', 6, [iv('1.28.0', null)]), row('new', 'arm64', 'new:v2', 20)];
    const changes = strip(diffResolved(base, head));
    expect(changes).toContainEqual({
      kind: 'removed',
      whole: false,
      image: 'npd',
      arch: 'amd64',
      runtime: ANY,
      target: [iv('1.27.0', '1.28.0')],
      before: 'npd:v0.8',
      after: undefined,
      line: 4,
    });
    expect(changes).toContainEqual({
      kind: 'removed',
      whole: true,
      image: 'old',
      arch: 'amd64',
      runtime: ANY,
      target: ANY,
      before: 'old:v1',
      after: undefined,
      line: 12,
    });
    expect(changes).toContainEqual({
      kind: 'added',
      whole: true,
      image: 'new',
      arch: 'arm64',
      runtime: ANY,
      target: ANY,
      before: undefined,
      after: 'new:v2',
      line: 20,
    });
    expect(changes).toHaveLength(3);
  });

  it('subtracts in two dimensions (runtime × target) and joins the pieces again', () => {
    // Base covers runtime any × target any; head only runtime >= 1.30 × target any.
    const base = [row('vpa', 'amd64', 'vpa:v1', 3)];
    const head = [row('vpa', 'amd64', 'vpa:v1', 3, ANY, [iv('1.30.0', null)])];
    expect(strip(diffResolved(base, head))).toEqual([
      {
        kind: 'removed',
        whole: false,
        image: 'vpa',
        arch: 'amd64',
        runtime: [iv('0.0.0', '1.30.0')],
        target: ANY,
        before: 'vpa:v1',
        after: undefined,
        line: 3,
      },
    ]);
    // A hole in the middle of the head's target range, split over two head rows of one entry.
    const head2 = [
      row('vpa', 'amd64', 'vpa:v1', 3, [iv('0.0.0', '1.31.0')]),
      row('vpa', 'amd64', 'vpa:v1', 3, [iv('1.33.0', null)]),
    ];
    expect(strip(diffResolved(base, head2)).map((c) => [c.kind, c.target])).toEqual([['removed', [iv('1.31.0', '1.33.0')]]]);
  });

  it('keeps base vectors apart: the same image name in two files is two images', () => {
    const charts = { file: 'imagevector/charts.yaml' };
    const base = [row('gardenlet', 'amd64', 'r/charts/gardenlet', 4, ANY, ANY, charts), row('gardenlet', 'amd64', 'r/gardenlet', 31)];
    expect(diffResolved(base, base)).toEqual([]);
    const head = [row('gardenlet', 'amd64', 'r/charts/gardenlet', 4, ANY, ANY, charts), row('gardenlet', 'amd64', 'r/gardenlet:v2', 31)];
    expect(strip(diffResolved(base, head))).toEqual([
      { kind: 'changed', whole: false, image: 'gardenlet', arch: 'amd64', runtime: ANY, target: ANY, before: 'r/gardenlet', after: 'r/gardenlet:v2', line: 31 },
    ]);
  });

  it('treats a moved vector file as the same vector (no flood of lost images)', () => {
    const moved = { file: 'imagevector/images.yaml' };
    const base = [row('etcd', 'amd64', 'r/etcd:v1', 5), row('pause', 'amd64', 'r/pause:3.10', 9)];
    const head = [row('etcd', 'amd64', 'r/etcd:v1', 5, ANY, ANY, moved), row('pause', 'amd64', 'r/pause:3.11', 9, ANY, ANY, moved)];
    expect(strip(diffResolved(base, head))).toEqual([
      { kind: 'changed', whole: false, image: 'pause', arch: 'amd64', runtime: ANY, target: ANY, before: 'r/pause:3.10', after: 'r/pause:3.11', line: 9 },
    ]);
    expect(compareWithBase(result(base), result(head), config(), []).filter((f) => f.rule === 'coverage-lost')).toEqual([]);
  });

  it('puts the rows of an overwrite with the base file that holds the image', () => {
    const overwrite = { file: 'dev/overwrite.yaml', kind: 'overwrite' as const };
    const base = [row('etcd', 'amd64', 'r/etcd:v1', 5), row('other', 'amd64', 'r/other:v1', 9, ANY, ANY, { file: 'imagevector/charts.yaml' })];
    const head = [row('etcd', 'amd64', 'r/etcd:v2', 2, ANY, ANY, overwrite), row('other', 'amd64', 'r/other:v1', 9, ANY, ANY, { file: 'imagevector/charts.yaml' })];
    // etcd is still only in containers.yaml's vector: its overwritten row is a change, not a new image.
    expect(strip(diffResolved(base, head)).map((c) => [c.kind, c.whole, c.before, c.after])).toEqual([['changed', false, 'r/etcd:v1', 'r/etcd:v2']]);
  });

  it('keeps components apart from base vectors of the same image name', () => {
    const base = [row('etcd', 'amd64', 'etcd:v3.5.1', 2, ANY, ANY, { kind: 'components', component: 'etcd-druid' })];
    const head = [
      row('etcd', 'amd64', 'etcd:v3.5.1', 2, ANY, ANY, { kind: 'components', component: 'etcd-druid' }),
      row('etcd', 'amd64', 'etcd:v3.6.0', 40),
    ];
    const changes = diffResolved(base, head);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'added', wholeImage: true, image: 'etcd', after: 'etcd:v3.6.0' });
    expect(changes[0]!.component).toBeUndefined();
  });
});

describe('compareWithBase: coverage-lost', () => {
  const base = [
    row('npd', 'amd64', 'npd:v0.8', 4, [iv('1.27.0', '1.28.0')]),
    row('npd', 'amd64', 'npd:v0.9', 6, [iv('1.28.0', null)]),
  ];
  const head = [row('npd', 'amd64', 'npd:v0.9', 5, [iv('1.28.0', null)])];
  const headInputs = [{ path: 'imagevector/containers.yaml', kind: 'base' as const, content: '' }];

  it('is an error for a version that resolved at base and no longer does, at the head entry of the image', () => {
    const findings = compareWithBase(result(base), result(head), config(), headInputs);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'coverage-lost',
      severity: 'error',
      file: 'imagevector/containers.yaml',
      line: 5,
      column: 3,
    });
    expect(findings[0]!.message).toContain('npd (amd64) no longer resolves for targetVersion 1.27.x');
    expect(findings[0]!.message).toContain('npd:v0.8');
    expect(findings[0]!.message).toContain('kubernetesVersions');
  });

  it('is fine when the lost versions are outside kubernetesVersions (a deliberate drop)', () => {
    expect(compareWithBase(result(base), result(head), config({ kubernetesVersions: '>= 1.28' }), headInputs)).toEqual([]);
    // Partly inside: only the part inside is reported.
    const findings = compareWithBase(result(base), result(head), config({ kubernetesVersions: '>= 1.27.5' }), headInputs);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('1.27.5');
  });

  it('points at line 1 of the file when the image vanished', () => {
    const findings = compareWithBase(result(base), result([]), config(), headInputs);
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(f).toMatchObject({ rule: 'coverage-lost', file: 'imagevector/containers.yaml', line: 1, column: 1 });
    expect(findings.map((f) => f.message).join('\n')).toContain('is gone');
  });

  it('follows the configured level', () => {
    expect(compareWithBase(result(base), result(head), config({ rules: { 'coverage-lost': 'off' } }), headInputs)).toEqual([]);
    const warn = compareWithBase(result(base), result(head), config({ rules: { 'coverage-lost': 'warning' } }), headInputs);
    expect(warn.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('compareWithBase: tag-style-changed', () => {
  const headInputs = [{ path: 'imagevector/containers.yaml', kind: 'base' as const, content: '' }];

  it('warns when a tag loses its v prefix, at the head entry', () => {
    const base = [row('etcd', 'arm64', 'registry/etcd:v3.5.26', 9)];
    const head = [row('etcd', 'arm64', 'registry/etcd:3.5.27', 10)];
    const findings = compareWithBase(result(base), result(head), config(), headInputs);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'tag-style-changed', severity: 'warning', line: 10, column: 3 }),
    ]);
    expect(findings[0]!.message).toContain('lost its `v` prefix');
  });

  it('warns on tag ↔ digest, not on a plain version bump or a registry port', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(styleChange('r/etcd:v3.5.26', `r/etcd@${digest}`)).toBe('switched from a tag to a digest');
    expect(styleChange(`r/etcd@${digest}`, 'r/etcd:v3.5.27')).toBe('switched from a digest to a tag');
    expect(styleChange('r/etcd:3.5.26', 'r/etcd:v3.5.27')).toBe('tag gained a `v` prefix');
    expect(styleChange('r/etcd:v3.5.26', 'r/etcd:v3.5.27')).toBeUndefined();
    expect(styleChange('localhost:5000/etcd:v1', 'localhost:5000/etcd:v2')).toBeUndefined();
    expect(styleChange('r/etcd:latest', 'r/etcd:v2')).toBeUndefined();
    expect(referenceStyle('localhost:5000/etcd')).toMatchObject({ tag: undefined, digestOnly: false });
    expect(referenceStyle(`r/e:v1@${digest}`)).toMatchObject({ tag: 'v1', digestOnly: false, vPrefix: true });
  });

  it('reports each entry once even when several regions changed', () => {
    const base = [
      row('etcd', 'amd64', 'r/etcd:v3.5.26', 9, [iv('1.30.0', '1.31.0')]),
      row('etcd', 'amd64', 'r/etcd:v3.5.26', 9, [iv('1.33.0', null)]),
    ];
    const head = [row('etcd', 'amd64', 'r/etcd:3.5.27', 9, [iv('1.30.0', null)])];
    const findings = compareWithBase(result(base), result(head), config({ kubernetesVersions: '>= 1.30' }), headInputs);
    expect(findings.filter((f) => f.rule === 'tag-style-changed')).toHaveLength(1);
  });
});

describe('the overlap index of the change table', () => {
  // Pieces on a small grid of minors, so that bounds coincide often.
  const set = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 12 }), fc.boolean()), { minLength: 1, maxLength: 3 })
    .map((parts) => fromVersionIntervals(parts.map(([lo, width, open]) => ({ lo: `1.${lo}.0`, hi: open && lo > 25 ? null : `1.${lo + width}.0` }))));
  const piece = fc.record({ runtime: fc.oneof(set, fc.constant(ALL_RELEASES)), target: set }).map((r) => ({ ...r, imageString: 'x', source: { file: 'f', line: 1, column: 1, kind: 'base' as const } }));
  const brute = (base: Region[], head: Region[]) => ({
    heads: base.map((b) => head.filter((h) => !isEmptySet(intersectSets(b.runtime, h.runtime)) && !isEmptySet(intersectSets(b.target, h.target)))),
    bases: head.map((h) => base.filter((b) => !isEmptySet(intersectSets(b.runtime, h.runtime)) && !isEmptySet(intersectSets(b.target, h.target)))),
  });
  type Region = { runtime: ReturnType<typeof fromVersionIntervals>; target: ReturnType<typeof fromVersionIntervals> };

  it('finds exactly the overlapping pairs, in order, small and large (the bucketed path)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(piece, { maxLength: 40 }), (base, head) => {
        expect(computeOverlaps(base, head)).toEqual(brute(base, head));
      }),
      { numRuns: 300 },
    );
  });

  it('is not quadratic: 5,000 nested rows at the base and at the head', () => {
    const rows = (tag: string) =>
      Array.from({ length: 5_000 }, (_, i) => row('img', 'amd64', `r:${tag}${i}`, i + 1, [iv(`1.${i}.0`, `1.${i + 1}.0`)]));
    const started = Date.now();
    const changes = diffResolved(rows('a'), rows('b'));
    expect(changes.length).toBe(5_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
