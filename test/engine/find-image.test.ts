import { describe, expect, it } from 'vitest';
import {
  architectureScore,
  DEFAULT_ARCHITECTURES,
  DEFAULT_DESIRED_ARCHITECTURE,
  findImageIndex,
  matchScore,
  toImageString,
  versionScore,
} from '../../src/engine/analysis/find-image.js';
import type { ImageSource } from '../../src/engine/types.js';

// Gardener's FindImage / ToImage / String (pkg/utils/imagevector/imagevector.go),
// restated in /work/shared/reference/image-vector-semantics.md §4 and §5.

const HEX64 = '0123456789abcdef'.repeat(4);

let nextIndex = 0;
function entry(fields: Omit<ImageSource, 'origin' | 'name'> & { name?: string }): ImageSource {
  const index = nextIndex++;
  return {
    name: 'img',
    ...fields,
    origin: { kind: 'base', file: 'images.yaml', index, position: { line: index + 1, column: 1, offset: 0 }, fields: {}, keys: {} },
  };
}

describe('versionScore', () => {
  it.each<[string, string, number | undefined]>([
    // "exact" constraints: ^(v?[0-9]+\.[0-9]+\.[0-9]+|=) scores 2
    ['= 1.2', '1.2.0', 2],
    ['= 1.2', '1.2.7', 2], // Masterminds v3: `= 1.2` is 1.2.x, still "exact" by the regex
    ['=1.2.3', '1.2.3', 2],
    ['1.2.3', '1.2.3', 2],
    ['v1.2.3', '1.2.3', 2],
    ['1.2.3', 'v1.2.3', 2],
    ['1.2.3 - 1.4', '1.3.0', 2], // the regex only looks at the start of the string
    ['1.2.3 || 1.3.x', '1.3.1', 2],
    // everything else that matches scores 1
    ['1.20.x', '1.20.5', 1], // lost its bonus in Gardener v1.17
    ['1.20', '1.20.9', 1],
    ['>= 1.21', '1.30.0', 1],
    ['~1.2', '1.2.9', 1],
    [' = 1.2', '1.2.0', 1], // a leading space defeats the regex
    ['!= 1.5', '1.6.0', 1],
    ['< 1.34', '1.33.99', 1],
    ['>= 1.6, < 1.8', '1.7.0', 1],
    ['1.2 - 1.4', '1.4.3', 1],
    // no match: the entry is out
    ['= 1.2.3', '1.2.4', undefined],
    ['1.20.x', '1.21.0', undefined],
    ['!= 1.5', '1.5.3', undefined],
    ['>= 1.3, < 1.2', '1.2.5', undefined],
    ['1.5 - 1.3', '1.4.0', undefined],
  ])('%j at %s scores %s', (constraint, version, score) => {
    expect(versionScore(constraint, version)).toBe(score);
  });

  it('scores 0 when either side is absent', () => {
    expect(versionScore(undefined, '1.2.3')).toBe(0);
    expect(versionScore('= 1.2.3', undefined)).toBe(0);
    expect(versionScore('>= 99', undefined)).toBe(0); // would not match, but no version was asked for
    expect(versionScore(undefined, undefined)).toBe(0);
  });

  it('normalizes the version first: every v removed, cut at the first -, + or ~', () => {
    expect(versionScore('< 1.33', 'v1.33.0-rc.1')).toBeUndefined(); // matched as 1.33.0
    expect(versionScore('1.33.x', 'v1.33.0-rc.1')).toBe(1);
    expect(versionScore('= 1.33.0', '1.33.0+build.5')).toBe(2);
    expect(versionScore('= 1.33.0', 'vv1.33.0~x')).toBe(2);
  });

  it('throws where Gardener errors: an invalid constraint or version', () => {
    expect(() => versionScore('>= x1', '1.2.3')).toThrow();
    expect(() => versionScore('>= 1.2', 'abc')).toThrow();
  });
});

describe('architectureScore', () => {
  it('defaults: an absent list is [amd64, arm64], an absent desired architecture is amd64', () => {
    expect(DEFAULT_ARCHITECTURES).toEqual(['amd64', 'arm64']);
    expect(DEFAULT_DESIRED_ARCHITECTURE).toBe('amd64');
    expect(architectureScore(undefined, undefined)).toBe(1);
    expect(architectureScore(undefined, 'arm64')).toBe(1);
    expect(architectureScore(['arm64'], undefined)).toBeUndefined();
    expect(architectureScore(['amd64'], undefined)).toBe(2);
  });
  it.each<[string[], string, number | undefined]>([
    [['amd64'], 'amd64', 2],
    [['arm64'], 'arm64', 2],
    [['amd64'], 'arm64', undefined],
    [['amd64', 'arm64'], 'amd64', 1],
    [['arm64', 'amd64'], 'amd64', 1],
    [['arm64', 'arm64'], 'arm64', 1], // a longer list scores 1 even if it names only one architecture
    [['amd64', 'arm64'], 's390x', undefined],
    [[], 'amd64', undefined], // present and empty: matches nothing
  ])('%j for %s scores %s', (list, desired, score) => {
    expect(architectureScore(list, desired)).toBe(score);
  });
});

describe('matchScore', () => {
  it('sums runtime, target and architecture scores', () => {
    const e = entry({ repository: 'r', runtimeVersion: '>= 1.20', targetVersion: '= 1.25.0', architectures: ['amd64'] });
    expect(matchScore(e, 'img', { runtimeVersion: '1.21.0', targetVersion: '1.25.0', architecture: 'amd64' })).toBe(1 + 2 + 2);
    expect(matchScore(e, 'img', { targetVersion: '1.25.0' })).toBe(0 + 2 + 2);
    expect(matchScore(e, 'img', {})).toBe(2);
  });
  it('is undefined for another name, a failing constraint or a missing architecture', () => {
    const e = entry({ repository: 'r', runtimeVersion: '>= 1.20', targetVersion: '1.25.x' });
    expect(matchScore(e, 'other', {})).toBeUndefined();
    expect(matchScore(e, 'img', { runtimeVersion: '1.19.0' })).toBeUndefined();
    expect(matchScore(e, 'img', { targetVersion: '1.26.0' })).toBeUndefined();
    expect(matchScore(e, 'img', { architecture: 's390x' })).toBeUndefined();
    expect(matchScore(e, 'img', { runtimeVersion: '1.20.0', targetVersion: '1.25.3', architecture: 'arm64' })).toBe(3);
  });
});

describe('findImageIndex', () => {
  it('returns -1 when no entry matches', () => {
    expect(findImageIndex([], 'img')).toBe(-1);
    expect(findImageIndex([entry({ repository: 'r', targetVersion: '< 1.20' })], 'img', { targetVersion: '1.20.0' })).toBe(-1);
    expect(findImageIndex([entry({ name: 'a', repository: 'r' })], 'b')).toBe(-1);
    expect(findImageIndex([entry({ repository: 'r', architectures: [] })], 'img')).toBe(-1);
  });
  it('lets the first entry win a tie', () => {
    const v = [
      entry({ repository: 'r', tag: '1', targetVersion: '>= 1.20' }),
      entry({ repository: 'r', tag: '2', targetVersion: '>= 1.25' }),
    ];
    expect(findImageIndex(v, 'img', { targetVersion: '1.30.0' })).toBe(0);
    expect(findImageIndex(v, 'img', { targetVersion: '1.21.0' })).toBe(0);
    expect(findImageIndex(v, 'img', { targetVersion: '1.19.0' })).toBe(-1);
  });
  it('lets a later entry with a higher score win', () => {
    const v = [
      entry({ repository: 'r', tag: 'range', targetVersion: '>= 1.20' }),
      entry({ repository: 'r', tag: 'exact', targetVersion: '= 1.25' }),
      entry({ repository: 'r', tag: 'full', targetVersion: '1.26.1' }),
      entry({ repository: 'r', tag: 'wild', targetVersion: '1.27.x' }),
    ];
    expect(findImageIndex(v, 'img', { targetVersion: '1.25.4' })).toBe(1);
    expect(findImageIndex(v, 'img', { targetVersion: '1.26.1' })).toBe(2);
    expect(findImageIndex(v, 'img', { targetVersion: '1.26.2' })).toBe(0);
    expect(findImageIndex(v, 'img', { targetVersion: '1.27.0' })).toBe(0); // 1.27.x scores 1 like >= 1.20: first wins
  });
  it('prefers a single-architecture entry over a multi-architecture one', () => {
    const v = [
      entry({ repository: 'r', tag: 'multi' }),
      entry({ repository: 'r', tag: 'arm', architectures: ['arm64'] }),
      entry({ repository: 'r', tag: 'both', architectures: ['amd64', 'arm64'] }),
    ];
    expect(findImageIndex(v, 'img', { architecture: 'arm64' })).toBe(1);
    expect(findImageIndex(v, 'img', { architecture: 'amd64' })).toBe(0);
    expect(findImageIndex(v, 'img')).toBe(0); // desired defaults to amd64
  });
  it('lets a higher version score beat the architecture bonus', () => {
    const v = [
      entry({ repository: 'r', tag: 'amd', architectures: ['amd64'], targetVersion: '>= 1.0' }), // 1 + 2
      entry({ repository: 'r', tag: 'exact', targetVersion: '= 1.25.0', runtimeVersion: '= 1.25.0' }), // 2 + 2 + 1
    ];
    expect(findImageIndex(v, 'img', { targetVersion: '1.25.0', runtimeVersion: '1.25.0', architecture: 'amd64' })).toBe(1);
    expect(findImageIndex(v, 'img', { targetVersion: '1.25.0', architecture: 'amd64' })).toBe(0); // 3 vs 2 + 0 + 1
  });
  it('ignores an entry constraint when the caller gives no version (score 0)', () => {
    const v = [entry({ repository: 'r', targetVersion: '< 1.0' }), entry({ repository: 'r' })];
    expect(findImageIndex(v, 'img')).toBe(0);
    expect(findImageIndex(v, 'img', { targetVersion: '1.2.0' })).toBe(1);
  });
  it('skips entries of other images without evaluating them', () => {
    const v = [entry({ name: 'other', repository: 'r', targetVersion: '>= x1' }), entry({ repository: 'r' })];
    expect(findImageIndex(v, 'img', { targetVersion: '1.2.0' })).toBe(1);
  });
  it('throws on an invalid constraint of a candidate, as Gardener errors', () => {
    const v = [entry({ repository: 'r' }), entry({ repository: 'r', targetVersion: '>= x1' })];
    expect(() => findImageIndex(v, 'img', { targetVersion: '1.2.0' })).toThrow();
  });
});

describe('toImageString', () => {
  it.each<[Pick<ImageSource, 'ref' | 'repository' | 'tag'>, string | undefined, string]>([
    [{ ref: 'registry.k8s.io/pause:3.9' }, undefined, 'registry.k8s.io/pause:3.9'],
    [{ ref: 'registry.k8s.io/pause:3.9' }, '1.30.0', 'registry.k8s.io/pause:3.9'],
    [{ repository: 'registry.k8s.io/pause', tag: '3.9' }, undefined, 'registry.k8s.io/pause:3.9'],
    [{ repository: 'registry.k8s.io/pause', tag: '3.9' }, '1.30.0', 'registry.k8s.io/pause:3.9'], // a tag wins over the target version
    [{ repository: 'r', tag: `sha256:${HEX64}` }, undefined, `r@sha256:${HEX64}`],
    [{ repository: 'r', tag: `v1.2.3@sha256:${HEX64}` }, undefined, `r:v1.2.3@sha256:${HEX64}`], // only a leading sha256: uses @
    [{ repository: 'r' }, undefined, 'r'],
    [{ repository: 'r' }, '1.30.0', 'r:v1.30.0'],
    [{ repository: 'r' }, 'v1.30.0', 'r:v1.30.0'],
    [{ repository: 'r' }, 'vvv1.30.0', 'r:v1.30.0'], // every leading v trimmed, one added
    [{ repository: 'r' }, '1.30.0-rc.1', 'r:v1.30.0-rc.1'], // not normalized
    [{}, '1.30.0', ''],
  ])('%j with target %s is %s', (source, target, expected) => {
    expect(toImageString(source, target)).toBe(expected);
  });
});
