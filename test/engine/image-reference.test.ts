import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkDigest,
  checkRef,
  checkRepository,
  checkTag,
  tagStyle,
  type ReferenceCheck,
} from '../../src/engine/image-reference.js';
import { toImageString as imageString } from '../../src/engine/analysis/find-image.js';

const HEX64 = '0123456789abcdef'.repeat(4);
const HEX128 = HEX64 + HEX64;

function failure(check: ReferenceCheck): { reason: string; offset: number } {
  if (check.ok) throw new Error('expected a failure');
  return { reason: check.reason, offset: check.offset };
}

describe('checkRepository', () => {
  it.each([
    'registry.k8s.io/pause',
    'europe-docker.pkg.dev/gardener-project/releases/gardener/apiserver-proxy',
    'localhost:5001/x',
    'localhost/x',
    '[::1]:5000/x',
    '[2001:db8::1]/team/image',
    '192.168.0.1:5000/a/b',
    'Registry.Example.COM/lowercase/path', // the host may use uppercase
    'ubuntu',
    'library/ubuntu',
    'a__b/c--d/e.f/g_h',
    'my_registry.com/x', // not a host, but a valid path component
    'a'.repeat(255),
    `example.com/${'a'.repeat(255)}`, // the 255 limit is on the path only
  ])('accepts %s', (repository) => {
    expect(checkRepository(repository)).toEqual({ ok: true });
  });

  it.each<[string, number, RegExp]>([
    ['', 0, /empty/],
    ['registry.k8s.io/Pause', 16, /lowercase/],
    ['FOO', 0, /lowercase/],
    ['registry.k8s.io/pause:3.9', 21, /move ':3\.9' into the tag field/],
    [`registry.k8s.io/pause@sha256:${HEX64}`, 21, /move it into the tag field \(tag: "sha256:/],
    [`registry.k8s.io/pause:v1@sha256:${HEX64}`, 21, /move ':v1@sha256:.*' into the tag field/],
    ['localhost:5000', 9, /tag field.*registry port/],
    ['registry.k8s.io/pause/', 21, /trailing '\/'/],
    ['example.com/', 11, /trailing '\/'/],
    ['/pause', 0, /leading '\/'/],
    ['a//b', 2, /empty path component/],
    ['a._b', 2, /separator/],
    ['a___b', 3, /separator/],
    ['foo-/bar', 3, /cannot end with '-'/],
    ['foo/-bar', 4, /cannot start with '-'/],
    ['foo bar', 3, /a space/],
    ['exa_mple.com:5000/x', 3, /registry host/],
    ['example.com:http/x', 12, /port .* digits/],
    ['-example.com/x', 0, /cannot start with '-'/],
    ['[::1/x', 4, /IPv6/],
    ['a/b:c/d', 3, /':' is only allowed/],
    [`example.com/${'a'.repeat(256)}`, 12 + 255, /256 characters long; at most 255/],
  ])('rejects %j at offset %i', (repository, offset, reason) => {
    const f = failure(checkRepository(repository));
    expect(f.offset).toBe(offset);
    expect(f.reason).toMatch(reason);
  });
});

describe('checkTag', () => {
  it.each([
    'v1.2.3',
    '3.9',
    'latest',
    '_x',
    'v1.28.0-gardener.1',
    'a'.repeat(128),
    `sha256:${HEX64}`,
    `v1.2.3@sha256:${HEX64}`,
    `v1.2.3@sha512:${HEX128}`,
  ])('accepts %s', (tag) => {
    expect(checkTag(tag)).toEqual({ ok: true });
  });

  it.each<[string, number, RegExp]>([
    ['', 0, /empty/],
    ['a'.repeat(129), 128, /129 characters long; at most 128/],
    ['.hidden', 0, /cannot start with '\.'/],
    ['-x', 0, /cannot start with '-'/],
    ['v1/2', 2, /'\/' is not allowed in a tag/],
    ['v1:2', 2, /':' is not allowed in a tag/],
    [`sha256:${HEX64.slice(1)}`, 70, /63 hex digits; it needs exactly 64/],
    [`sha256:${HEX64}0`, 71, /65 hex digits; it needs exactly 64/],
    [`sha256:${HEX64.slice(0, 10)}A${HEX64.slice(11)}`, 17, /lowercase/],
    [`sha256:${HEX64.slice(0, 5)}g${HEX64.slice(6)}`, 12, /'g' is not a hex digit/],
    [`SHA256:${HEX64}`, 0, /lowercase \('sha256:'\)/],
    [`sha512:${HEX128}`, 0, /only for tags starting with 'sha256:'/],
    [`@sha256:${HEX64}`, 0, /nothing before '@'/],
    [`v1.2.3@sha256:${HEX64.slice(2)}`, 76, /62 hex digits/],
    [`v1.2.3@md5:${HEX64.slice(0, 32)}`, 7, /unsupported digest algorithm 'md5'/],
    ['v1.2.3@', 7, /digest is empty/],
  ])('rejects %j at offset %i', (tag, offset, reason) => {
    const f = failure(checkTag(tag));
    expect(f.offset).toBe(offset);
    expect(f.reason).toMatch(reason);
  });
});

describe('checkDigest', () => {
  it.each([`sha256:${HEX64}`, `sha384:${HEX64}${HEX64.slice(0, 32)}`, `sha512:${HEX128}`])('accepts %s', (digest) => {
    expect(checkDigest(digest)).toEqual({ ok: true });
  });

  it.each<[string, number, RegExp]>([
    ['', 0, /empty/],
    ['sha256', 6, /no ':'/],
    ['sha256:', 7, /no hex digits/],
    [`sha512:${HEX64}`, 71, /64 hex digits; it needs exactly 128/],
    [`sha256:${'A'.repeat(64)}`, 7, /lowercase/],
    [`1sha:${HEX64}`, 0, /starts with a letter/],
    [`sha256+b64:${HEX64}`, 0, /unsupported digest algorithm/],
    [`sha 256:${HEX64}`, 3, /a space/],
  ])('rejects %j at offset %i', (digest, offset, reason) => {
    const f = failure(checkDigest(digest));
    expect(f.offset).toBe(offset);
    expect(f.reason).toMatch(reason);
  });
});

describe('checkRef', () => {
  it.each([
    'registry.k8s.io/pause:3.9',
    'registry.k8s.io/pause',
    `registry.k8s.io/pause@sha256:${HEX64}`,
    `registry.k8s.io/pause:3.9@sha256:${HEX64}`,
    'localhost:5000/x:tag',
    '[::1]:5000/x:v1',
    'ubuntu:22.04',
  ])('accepts %s', (ref) => {
    expect(checkRef(ref)).toEqual({ ok: true });
  });

  it.each<[string, number, RegExp]>([
    ['', 0, /empty/],
    ['registry.k8s.io/Pause:3.9', 16, /lowercase/],
    ['registry.k8s.io/pause:', 22, /tag is empty/],
    [`registry.k8s.io/pause:${'x'.repeat(129)}`, 22 + 128, /at most 128/],
    ['registry.k8s.io/pause:3.9@sha256:abc', 36, /3 hex digits/],
    ['registry.k8s.io/pause/:3.9', 21, /trailing '\/'/],
    ['foo:bar/baz', 4, /port/],
    ['registry.k8s.io/pause:3.9:4', 25, /':' is not allowed in a tag/],
  ])('rejects %j at offset %i', (ref, offset, reason) => {
    const f = failure(checkRef(ref));
    expect(f.offset).toBe(offset);
    expect(f.reason).toMatch(reason);
  });
});

describe('hostile input', () => {
  const inputs: Array<[string, string]> = [
    ['long valid-looking path', `${'a-'.repeat(50_000)}b`],
    ['separator runs', `${'a'}${'-'.repeat(100_000)}_`],
    ['many dots in a host', `${'a.'.repeat(50_000)}/x`],
    ['long tag', `x:${'a'.repeat(100_000)}`],
    ['long digest', `x@sha256:${'a'.repeat(100_000)}`],
    ['slashes', `${'a/'.repeat(50_000)}`],
    ['colons', `${'a:'.repeat(50_000)}`],
    ['ipv6-ish', `[${':'.repeat(100_000)}`],
  ];

  it.each(inputs)('%s (100 kB) is checked in linear time', (_name, input) => {
    const started = performance.now();
    for (const check of [checkRepository, checkRef, checkTag, checkDigest]) {
      const result = check(input);
      if (!result.ok) {
        expect(result.offset).toBeGreaterThanOrEqual(0);
        expect(result.offset).toBeLessThanOrEqual(input.length);
        // Reasons quote input only in short snippets.
        expect(result.reason.length).toBeLessThan(400);
      }
    }
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('never throws, and offsets stay inside the input (property)', () => {
    const alphabet = fc.constantFrom(...'aZ09._-/:@[]+ \u00e9'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (input) => {
        for (const check of [checkRepository, checkRef, checkTag, checkDigest]) {
          const result = check(input);
          if (!result.ok) {
            expect(result.offset).toBeGreaterThanOrEqual(0);
            expect(result.offset).toBeLessThanOrEqual(input.length);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the grammar written as regular expressions, on short strings (differential)', () => {
    // The distribution/reference grammar, transcribed as (backtracking) regexes: fine for short
    // strings, which is all this oracle sees.
    const label = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
    const domain = `(?:${label}(?:\\.${label})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
    const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
    const name = `(?:${domain}/)?${component}(?:/${component})*`;
    const tag = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}';
    const digest = '(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})';
    const repoRe = new RegExp(`^${name}$`);
    const refRe = new RegExp(`^${name}(?::${tag})?(?:@${digest})?$`);
    const tagRe = new RegExp(`^(?:${tag}|sha256:[a-f0-9]{64}|${tag}@${digest})$`);
    const alphabet = fc.constantFrom(...'ab0Z.-_/:@[]'.split(''), 'sha256:', HEX64);
    // The oracle has no 255-character limit on the path: stay below it (the limit has its own tests).
    const input = fc
      .array(alphabet, { maxLength: 14 })
      .map((parts) => parts.join(''))
      .filter((s) => s.length <= 255);
    fc.assert(
      fc.property(input, (s) => {
        expect(checkRepository(s).ok).toBe(repoRe.test(s));
        expect(checkRef(s).ok).toBe(refRe.test(s));
        expect(checkTag(s).ok).toBe(tagRe.test(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('a valid repository plus a valid tag makes a valid ref (property)', () => {
    const component = fc.stringMatching(/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/, { maxLength: 20 });
    const repo = fc.array(component, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    const tag = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/);
    fc.assert(
      fc.property(repo, tag, (r, t) => {
        expect(checkRepository(r)).toEqual({ ok: true });
        expect(checkTag(t)).toEqual({ ok: true });
        expect(checkRef(imageString({ repository: r, tag: t }))).toEqual({ ok: true });
      }),
    );
  });
});

describe('tagStyle', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'none'],
    ['', 'none'],
    ['v1.2.3', 'v-prefixed'],
    ['1.2.3', 'plain'],
    ['latest', 'plain'],
    ['version', 'plain'],
    [`sha256:${HEX64}`, 'digest'],
    [`v1.2.3@sha256:${HEX64}`, 'tag+digest'],
  ])('%j is %s', (tag, style) => {
    expect(tagStyle(tag)).toBe(style);
  });
});

describe('imageString (Gardener ToImage + String)', () => {
  it('ref wins over everything', () => {
    expect(imageString({ ref: 'r.io/x:1', repository: 'other', tag: 't' }, '1.30.0')).toBe('r.io/x:1');
  });
  it('repository:tag', () => {
    expect(imageString({ repository: 'registry.k8s.io/pause', tag: '3.9' })).toBe('registry.k8s.io/pause:3.9');
  });
  it('repository@digest when the tag starts with sha256:', () => {
    expect(imageString({ repository: 'r.io/x', tag: `sha256:${HEX64}` })).toBe(`r.io/x@sha256:${HEX64}`);
  });
  it('repository:tag@digest for a tag with a digest', () => {
    expect(imageString({ repository: 'r.io/x', tag: `v1.2.3@sha256:${HEX64}` })).toBe(`r.io/x:v1.2.3@sha256:${HEX64}`);
  });
  it('other algorithms are joined with ":" (as Gardener does)', () => {
    expect(imageString({ repository: 'r.io/x', tag: `sha512:${HEX128}` })).toBe(`r.io/x:sha512:${HEX128}`);
  });
  it('without a tag, "v" + target version with leading v\'s trimmed', () => {
    expect(imageString({ repository: 'r.io/kube-apiserver' }, '1.30.2')).toBe('r.io/kube-apiserver:v1.30.2');
    expect(imageString({ repository: 'r.io/kube-apiserver' }, 'v1.30.2')).toBe('r.io/kube-apiserver:v1.30.2');
    expect(imageString({ repository: 'r.io/kube-apiserver' }, 'vv1.30.2')).toBe('r.io/kube-apiserver:v1.30.2');
  });
  it('the tag wins over the target version', () => {
    expect(imageString({ repository: 'r.io/x', tag: '1.0' }, '1.30.2')).toBe('r.io/x:1.0');
  });
  it('repository alone without tag and target version', () => {
    expect(imageString({ repository: 'r.io/x' })).toBe('r.io/x');
  });
  it('an empty tag is a set tag (a non-nil pointer in Go)', () => {
    expect(imageString({ repository: 'r.io/x', tag: '' }, '1.30.0')).toBe('r.io/x:');
  });
});
