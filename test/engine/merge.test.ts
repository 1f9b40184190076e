import { describe, expect, it } from 'vitest';
import { mergeImageSources, mergeImageVectors, mergeKey } from '../../src/engine/analysis/merge.js';
import type { ImageSource, VectorKind } from '../../src/engine/types.js';
import { lintYaml, yaml } from '../helpers/lint-yaml.js';

// Gardener's MergeImageVectors / mergeImageSources / computeKey
// (pkg/utils/imagevector/imagevector.go), restated in
// /work/shared/reference/image-vector-semantics.md §3.

type Fields = Omit<ImageSource, 'origin' | 'name'> & { name?: string };

let counter = 0;
function src(fields: Fields, kind: VectorKind = 'base', file = kind === 'base' ? 'images.yaml' : 'overwrite.yaml'): ImageSource {
  const index = counter++;
  return {
    name: 'img',
    ...fields,
    origin: { kind, file, index, position: { line: index + 1, column: 1, offset: 0 }, fields: {}, keys: {} },
  };
}
const ow = (fields: Fields) => src(fields, 'overwrite');

/** The fields Gardener sees, without the origin. */
function fieldsOf(source: ImageSource): Omit<ImageSource, 'origin'> {
  const { origin: _origin, ...rest } = source;
  return rest;
}

describe('mergeKey', () => {
  const key = (fields: Fields) => mergeKey(src(fields));
  it('compares the constraint strings literally', () => {
    expect(key({ runtimeVersion: '>= 1.21' })).not.toBe(key({ runtimeVersion: '>=1.21' }));
    expect(key({ targetVersion: '1.21.x' })).not.toBe(key({ targetVersion: '1.21' })); // same releases, other key
    expect(key({ targetVersion: '>= 1.21' })).toBe(key({ targetVersion: '>= 1.21' }));
  });
  it('keeps runtime and target apart', () => {
    expect(key({ runtimeVersion: '>= 1.21' })).not.toBe(key({ targetVersion: '>= 1.21' }));
  });
  it('treats an absent constraint and "" alike (Go compares the dereferenced strings)', () => {
    expect(key({})).toBe(key({ runtimeVersion: '', targetVersion: '' }));
  });
  it('joins the architectures in the given order', () => {
    expect(key({ architectures: ['amd64', 'arm64'] })).not.toBe(key({ architectures: ['arm64', 'amd64'] }));
    expect(key({ architectures: ['amd64', 'arm64'] })).toBe(key({ architectures: ['amd64', 'arm64'] }));
    // Go hashes strings.Join(architectures, ""): the concatenation is all that counts.
    expect(key({ architectures: ['amd64', 'arm64'] })).toBe(key({ architectures: ['amd64arm64'] }));
  });
  it('distinguishes [] from an absent list, and the absent list from the defaults written out', () => {
    expect(key({ architectures: [] })).not.toBe(key({}));
    expect(key({ architectures: ['amd64', 'arm64'] })).not.toBe(key({}));
  });
  it('includes the name but nothing else', () => {
    expect(mergeKey(src({ name: 'a' }))).not.toBe(mergeKey(src({ name: 'b' })));
    expect(key({ repository: 'x', tag: '1', version: 'v1', ref: undefined })).toBe(key({ repository: 'y', tag: '2' }));
  });
});

describe('mergeImageSources', () => {
  it.each<[string, Fields, Fields, Omit<ImageSource, 'origin'>]>([
    [
      'the overwrite tag wins; the repository stays; version falls back to the base tag',
      { repository: 'base/r', tag: '1.0' },
      { tag: '2.0' },
      { name: 'img', repository: 'base/r', tag: '2.0', version: '1.0' },
    ],
    [
      'the overwrite repository wins; the tag stays',
      { repository: 'base/r', tag: '1.0' },
      { repository: 'mirror/r' },
      { name: 'img', repository: 'mirror/r', tag: '1.0', version: '1.0' },
    ],
    [
      'an explicit version wins over the fallback',
      { repository: 'base/r', tag: '1.0', version: 'v1' },
      { tag: '2.0' },
      { name: 'img', repository: 'base/r', tag: '2.0', version: 'v1' },
    ],
    [
      'the overwrite version wins',
      { repository: 'base/r', tag: '1.0', version: 'v1' },
      { version: 'v2' },
      { name: 'img', repository: 'base/r', tag: '1.0', version: 'v2' },
    ],
    [
      'no tag anywhere: no version',
      { repository: 'base/r' },
      { repository: 'mirror/r' },
      { name: 'img', repository: 'mirror/r' },
    ],
    [
      'only the overwrite has a tag: version becomes the base tag, i.e. stays unset',
      { repository: 'base/r' },
      { tag: '2.0' },
      { name: 'img', repository: 'base/r', tag: '2.0' },
    ],
    [
      'an overwrite ref replaces repository and tag (version keeps the base tag)',
      { repository: 'base/r', tag: '1.0' },
      { ref: 'mirror/r:9' },
      { name: 'img', ref: 'mirror/r:9', version: '1.0' },
    ],
    [
      'a base ref stays when the overwrite sets neither ref nor repository; its tag is dropped',
      { ref: 'base/r:1' },
      { tag: '2.0' },
      { name: 'img', ref: 'base/r:1' },
    ],
    [
      'an overwrite repository drops the base ref',
      { ref: 'base/r:1' },
      { repository: 'mirror/r', tag: '2.0' },
      { name: 'img', repository: 'mirror/r', tag: '2.0' },
    ],
    [
      'an overwrite repository without tag drops the base ref and has no tag',
      { ref: 'base/r:1' },
      { repository: 'mirror/r' },
      { name: 'img', repository: 'mirror/r' },
    ],
    [
      'constraints and architectures: the overwrite wins where set',
      { repository: 'r', runtimeVersion: '>= 1.20', targetVersion: '1.20.x', architectures: ['amd64'] },
      { runtimeVersion: '>= 1.21' },
      { name: 'img', repository: 'r', runtimeVersion: '>= 1.21', targetVersion: '1.20.x', architectures: ['amd64'] },
    ],
    [
      'an empty architectures list is set and wins',
      { repository: 'r', architectures: ['amd64'] },
      { architectures: [] },
      { name: 'img', repository: 'r', architectures: [] },
    ],
    [
      'an empty string is set and wins (Go: non-nil pointer)',
      { repository: 'r', tag: '1.0', targetVersion: '1.20.x' },
      { tag: '', targetVersion: '' },
      { name: 'img', repository: 'r', tag: '', targetVersion: '', version: '1.0' },
    ],
  ])('%s', (_title, base, override, expected) => {
    const merged = mergeImageSources(src(base), ow(override));
    expect(fieldsOf(merged)).toEqual(expected);
  });

  it('takes the name and origin of the override', () => {
    const o = ow({ tag: '2' });
    const merged = mergeImageSources(src({ repository: 'r', tag: '1' }), o);
    expect(merged.origin).toBe(o.origin);
    expect(merged.name).toBe('img');
  });

  it('does not modify its inputs', () => {
    const base = src({ repository: 'r', tag: '1' });
    const override = ow({ ref: 'x:1' });
    const before = [structuredClone(base), structuredClone(override)];
    mergeImageSources(base, override);
    expect([base, override]).toEqual(before);
  });
});

describe('mergeImageVectors', () => {
  it('merges an entry with a seen key into the earlier entry, in place', () => {
    const a = src({ name: 'a', repository: 'r', tag: '1', targetVersion: '1.20.x' });
    const b = src({ name: 'a', repository: 'r', tag: '2', targetVersion: '>= 1.21' });
    const o = ow({ name: 'a', tag: '3', targetVersion: '1.20.x' });
    const out = mergeImageVectors([[a, b], [o]], true);
    expect(out.map((e) => e.source.tag)).toEqual(['3', '2']);
    expect(out[0]!.contributors).toEqual([a, o]);
    expect(out[1]!.contributors).toEqual([b]);
  });

  it('appends an overwrite entry whose key differs only literally', () => {
    const a = src({ name: 'a', repository: 'r', tag: '1', targetVersion: '>= 1.21' });
    const o = ow({ name: 'a', tag: '3', targetVersion: '>=1.21' });
    const out = mergeImageVectors([[a], [o]], true);
    expect(out.map((e) => [e.source.tag, e.source.targetVersion])).toEqual([
      ['1', '>= 1.21'],
      ['3', '>=1.21'],
    ]);
    expect(out[1]!.source).toBe(o);
  });

  it('appends for another architectures order, and for [] against an absent list', () => {
    const a = src({ name: 'a', repository: 'r', tag: '1', architectures: ['amd64', 'arm64'] });
    const b = src({ name: 'a', repository: 'r', tag: '2' });
    const out = mergeImageVectors([[a, b], [ow({ name: 'a', tag: '3', architectures: ['arm64', 'amd64'] }), ow({ name: 'a', tag: '4', architectures: [] })]], true);
    expect(out.map((e) => e.source.tag)).toEqual(['1', '2', '3', '4']);
  });

  it('merges an overwrite with the same architectures in the same order', () => {
    const a = src({ name: 'a', repository: 'r', tag: '1', architectures: ['arm64', 'amd64'] });
    const out = mergeImageVectors([[a], [ow({ name: 'a', tag: '3', architectures: ['arm64', 'amd64'] })]], true);
    expect(out.map((e) => e.source.tag)).toEqual(['3']);
  });

  it('keeps duplicate keys in one base vector apart when not merging', () => {
    const a = src({ name: 'a', repository: 'r', tag: '1' });
    const b = src({ name: 'a', repository: 'r', tag: '2' });
    const out = mergeImageVectors([[a, b]], false);
    expect(out.map((e) => e.source)).toEqual([a, b]);
  });

  it('merges duplicate keys in one base vector when merging, even with an empty overwrite', () => {
    const a = src({ name: 'a', repository: 'r', tag: '1' });
    const b = src({ name: 'a', repository: 'r', tag: '2' });
    const out = mergeImageVectors([[a, b], []], true);
    expect(out).toHaveLength(1);
    expect(fieldsOf(out[0]!.source)).toEqual({ name: 'a', repository: 'r', tag: '2', version: '1' });
    expect(out[0]!.contributors).toEqual([a, b]);
  });

  it('merges repeatedly: later overwrites win over earlier ones', () => {
    const a = src({ name: 'a', repository: 'r', tag: '1' });
    const out = mergeImageVectors([[a], [ow({ name: 'a', tag: '2' })], [ow({ name: 'a', repository: 'm' })]], true);
    expect(fieldsOf(out[0]!.source)).toEqual({ name: 'a', repository: 'm', tag: '2', version: '1' });
    expect(out[0]!.contributors).toHaveLength(3);
  });

  it('does not merge different names', () => {
    const out = mergeImageVectors([[src({ name: 'a', repository: 'r' })], [ow({ name: 'b', repository: 'r' })]], true);
    expect(out.map((e) => e.source.name)).toEqual(['a', 'b']);
  });
});

describe('merging as lint sees it', () => {
  const base = yaml`
    images:
    - name: a
      repository: r
      tag: "1"
    - name: a
      repository: r
      tag: "2"
  `;
  it('without an overwrite, duplicate keys stay apart and the first wins', () => {
    const r = lintYaml({ base });
    expect(r.resolved.filter((row) => row.image === 'a').map((row) => [row.architecture, row.imageString, row.source.line])).toEqual([
      ['amd64', 'r:1', 2],
      ['arm64', 'r:1', 2],
    ]);
  });
  it('with an empty overwrite, the duplicate merges into the first entry and its tag wins', () => {
    const r = lintYaml({ base, overwrite: 'images: []\n' });
    expect(r.resolved.filter((row) => row.image === 'a').map((row) => [row.architecture, row.imageString, row.source.line])).toEqual([
      ['amd64', 'r:2', 5],
      ['arm64', 'r:2', 5],
    ]);
  });
  it('an overwrite keyed literally differently is appended and never selected', () => {
    const r = lintYaml({
      base: yaml`
        images:
        - name: a
          repository: r
          tag: "1"
          targetVersion: ">= 1.21"
      `,
      overwrite: yaml`
        images:
        - name: a
          repository: mirror/r
          tag: "1"
          targetVersion: ">=1.21"
      `,
    });
    expect(new Set(r.resolved.map((row) => row.imageString))).toEqual(new Set(['r:1']));
    expect(r.findings.some((f) => f.rule === 'overwrite-without-effect' && f.file === 'overwrite-1.yaml')).toBe(true);
  });
  it('an overwrite keyed literally the same replaces the image', () => {
    const r = lintYaml({
      base: yaml`
        images:
        - name: a
          repository: r
          tag: "1"
          targetVersion: ">= 1.21"
          architectures: [arm64, amd64]
      `,
      overwrite: yaml`
        images:
        - name: a
          repository: mirror/r
          targetVersion: ">= 1.21"
          architectures: [arm64, amd64]
      `,
    });
    expect(new Set(r.resolved.map((row) => row.imageString))).toEqual(new Set(['mirror/r:1']));
    expect(r.resolved.map((row) => row.source.file)).toEqual(['overwrite-1.yaml', 'overwrite-1.yaml']);
  });
});
