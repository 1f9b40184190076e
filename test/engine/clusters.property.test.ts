import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { defaultConfig, mergeConfig } from '../../src/engine/config.js';
import { lint, lintStream, lintTogether } from '../../src/engine/lint.js';
import type { LintInput, PendingInput, ResolvedRow } from '../../src/engine/types.js';

// A run lints one cluster of files at a time (src/engine/clusters.ts): a base
// file with the overwrites that merge over it. The result must be the one of
// linting everything together: same findings, same resolved table in the
// same order, same files.

const NAMES = ['etcd', 'etcd-druid', 'hyperkube', 'pause', 'coredns', 'vpn', 'calico-node'];
const config = mergeConfig(defaultConfig(), {});

const entry = fc.record({
  name: fc.constantFrom(...NAMES),
  tag: fc.constantFrom('v1', 'v2', '1.2.3', '3.10'),
  target: fc.constantFrom(undefined, '>= 1.27', '< 1.30', '>= 1.28, < 1.31', '1.x', '>= 1.29'),
  arch: fc.constantFrom(undefined, ['amd64'], ['arm64'], ['amd64', 'arm64']),
  broken: fc.boolean(),
});
type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;

function images(entries: readonly Entry[], indent = ''): string {
  if (entries.length === 0) return `${indent}images: []\n`;
  return (
    `${indent}images:\n` +
    entries
      .map(
        (e) =>
          `${indent}- name: ${e.name}\n${indent}  repository: ${e.broken ? '""' : `registry.example/${e.name}`}\n${indent}  tag: ${e.tag}\n` +
          (e.target ? `${indent}  targetVersion: "${e.target}"\n` : '') +
          (e.arch ? `${indent}  architectures: [${e.arch.join(', ')}]\n` : ''),
      )
      .join('')
  );
}

const file = fc.oneof(
  { weight: 4, arbitrary: fc.array(entry, { maxLength: 5 }).map((e) => ({ kind: 'base' as const, content: images(e) })) },
  { weight: 3, arbitrary: fc.array(entry, { maxLength: 4 }).map((e) => ({ kind: 'overwrite' as const, content: images(e) })) },
  {
    weight: 1,
    // ControllerDeployments: one or several extensions' overwrites in one file.
    arbitrary: fc.array(fc.tuple(fc.constantFrom('provider-aws', 'networking-calico', 'os-ubuntu'), fc.array(entry, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 }).map((docs) => ({
      kind: 'overwrite' as const,
      content: docs
        .map(([name, e]) => `apiVersion: core.gardener.cloud/v1\nkind: ControllerDeployment\nmetadata:\n  name: ${name}\nhelm:\n  values:\n    imageVectorOverwrite: |\n${images(e, '      ')}`)
        .join('---\n'),
    })),
  },
  {
    weight: 1,
    arbitrary: fc.array(fc.tuple(fc.constantFrom('etcd-druid', 'etcd-drud', 'pause'), fc.array(entry, { maxLength: 2 })), { maxLength: 3 }).map((items) => ({
      kind: 'components' as const,
      content: `components:\n${items.map(([name, e]) => `- name: ${name}\n  imageVectorOverwrite: |\n${images(e, '    ')}`).join('')}`,
    })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'base' as const, content: 'images:\n- name: [broken\n' }) },
);

const run = fc.array(fc.tuple(file, fc.nat(5)), { minLength: 1, maxLength: 7 }).map((files) =>
  files.map(([f, n], i): LintInput => ({ path: `v${f.kind === 'base' ? i : n % 2 === 0 ? i : 0}-${f.kind}.yaml`, kind: f.kind, content: f.content })),
);

describe('clusters: linting a cluster at a time equals linting together', () => {
  it('on mixed bases, overwrites (matching one base, several, none), ControllerDeployments and component overwrites', () => {
    fc.assert(
      fc.property(run, (inputs) => {
        expect(lint(inputs, config)).toEqual(lintTogether(inputs, config));
      }),
      { numRuns: 500 },
    );
  });

  const fixture = (name: string) => readFileSync(new URL(`../fixtures/extensions/${name}`, import.meta.url), 'utf8');
  it.each([
    ['two bases, an overwrite of the second', [['a.yaml', 'base', images([])], ['b.yaml', 'base', 'images:\n- name: etcd\n  repository: r/etcd\n  tag: v1\n'], ['o.yaml', 'overwrite', 'images:\n- name: etcd\n  repository: m/etcd\n  tag: v2\n']]],
    ['the only base takes an overwrite sharing no name', [['a.yaml', 'base', 'images:\n- name: etcd\n  repository: r/etcd\n  tag: v1\n'], ['o.yaml', 'overwrite', 'images:\n- name: pause\n  repository: m/pause\n  tag: v2\n']]],
    ['several bases: an overwrite sharing no name stands alone', [['a.yaml', 'base', 'images:\n- name: etcd\n  repository: r/etcd\n  tag: v1\n'], ['b.yaml', 'base', 'images:\n- name: vpn\n  repository: r/vpn\n  tag: v1\n'], ['o.yaml', 'overwrite', 'images:\n- name: pause\n  repository: m/pause\n  tag: v2\n- name: etcd\n  repository: m/etcd\n  tag: v2\n']]],
    ['a later base with more shared names takes the overwrite', [['a.yaml', 'base', 'images:\n- name: etcd\n  repository: r/etcd\n  tag: v1\n'], ['b.yaml', 'base', 'images:\n- name: etcd\n  repository: r/etcd\n  tag: v1\n- name: vpn\n  repository: r/vpn\n  tag: v1\n'], ['c.yaml', 'base', 'images:\n- name: etcd\n  repository: r/etcd\n  tag: v3\n'], ['o.yaml', 'overwrite', 'images:\n- name: vpn\n  repository: m/vpn\n  tag: v2\n- name: etcd\n  repository: m/etcd\n  tag: v2\n']]],
    ['ControllerDeployments for three extensions', [['images.yaml', 'base', fixture('provider-aws-images.yaml')], ['other.yaml', 'base', 'images:\n- name: calico-node\n  repository: r/c\n  tag: v1\n'], ['cd.yaml', 'overwrite', fixture('controllerdeployments-three-extensions.yaml')]]],
    ['a path given twice', [['a.yaml', 'base', 'images:\n- name: etcd\n  repository: r/etcd\n  tag: v1\n- name: etcd\n  repository: r/etcd\n  tag: v1\n'], ['b.yaml', 'base', images([])], ['a.yaml', 'base', 'images:\n- name: etcd\n  repository: r/etcd\n  tag: v1\n- name: etcd\n  repository: r/etcd\n  tag: v1\n']]],
  ] as [string, [string, LintInput['kind'], string][]][])('%s', (_, files) => {
    const inputs = files.map(([path, kind, content]) => ({ path, kind, content }));
    const together = lintTogether(inputs, config);
    expect(lint(inputs, config)).toEqual(together);
    expect(together.resolved.length + together.findings.length).toBeGreaterThan(0);
  });

  it('reads a pending input when it gets to it, and hands out the rows of a base file before reading the next', () => {
    const read: string[] = [];
    const pending = (path: string, content: string): PendingInput => ({ path, kind: 'base', read: () => (read.push(path), { path, kind: 'base', content }) });
    const seen: [string, number][] = [];
    const out: ResolvedRow[] = [];
    const inputs = [0, 1, 2].map((i) => pending(`v${i}.yaml`, `images:\n- name: img${i}\n  repository: r/x\n  tag: v1\n`));
    const rest = lintStream(inputs, config, (rows) => {
      seen.push([rows[0]!.source.file, read.length]);
      out.push(...rows);
    });
    expect(seen).toEqual([['v0.yaml', 1], ['v1.yaml', 2], ['v2.yaml', 3]]);
    expect({ ...rest, resolved: out }).toEqual(lintTogether(inputs.map((i) => i.read()), config));
  });
});
