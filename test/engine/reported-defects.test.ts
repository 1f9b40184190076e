import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { at, findingsOf, lintYaml } from '../helpers/lint-yaml.js';
import { defaultConfig, mergeConfig } from '../../src/engine/config.js';
import { lint } from '../../src/engine/lint.js';
import { formatText } from '../../src/reporters/text.js';

// Defects seen on real files (issue 8, point 7).

describe('a componentVectors file that discovery also finds as a base vector', () => {
  const druid = 'images:\n- name: etcd-wrapper\n  repository: europe-docker.pkg.dev/gardener-project/public/gardener/etcd-wrapper\n  tag: v0.6.2\n- name: alpine\n  repository: europe-docker.pkg.dev/gardener-project/public/3rd/alpine\n  tag: "3.21.3"\n';
  const components = 'components:\n- name: etcd-druid\n  imageVectorOverwrite: |\n    images:\n    - name: etcd-wrapper\n      repository: mirror.example/etcd-wrapper\n      tag: v0.6.2\n';
  it('resolves to one row per architecture, not two', () => {
    const own = { path: 'charts/etcd-druid/images.yaml', kind: 'base' as const, content: druid };
    const config = mergeConfig(defaultConfig(), { componentVectors: { 'etcd-druid': own } });
    const r = lint([own, { path: 'components.yaml', kind: 'components', content: components }], config);
    const alpine = r.resolved.filter((row) => row.image === 'alpine');
    expect(alpine.map((row) => row.architecture)).toEqual(['amd64', 'arm64']);
    const text = formatText(r, { color: false, cwd: '/' });
    // Every row is for amd64 and arm64: the heading says so once; alpine has one row.
    expect(text).toContain('Resolved images (3 rows; architectures amd64, arm64)');
    expect(text.match(/\n {2}alpine +any +charts\/etcd-druid\/images\.yaml:5\n/g)).toHaveLength(1);
    expect(text).not.toMatch(/amd64, arm64, amd64/);
  });
});

const docs = (name: string) => readFileSync(new URL(`../fixtures/gardener-docs/${name}`, import.meta.url), 'utf8');

describe('yaml-syntax: an unterminated quote on the last line', () => {
  it.each([
    ['double', 'images:\n- name: a\n  repository: r\n  tag: "3.10\n'],
    ['single', "images:\n- name: a\n  repository: r\n  tag: 'it''s 3.10"],
  ])('%s: placed where the scalar starts, not after the end of the file', (_, text) => {
    const f = findingsOf(lintYaml({ base: text }), 'yaml-syntax');
    expect(f.map(at)).toEqual(['base-1.yaml:4:8']);
    expect(f[0]!.message).toMatch(/never closed/);
  });
});

describe('duplicate-entry', () => {
  const entry = '- name: pause\n  repository: registry.k8s.io/pause\n  tag: "3.9"\n';
  it('an exact copy is a redundant copy, not "resolves differently"', () => {
    const f = findingsOf(lintYaml({ base: `images:\n${entry}${entry}` }), 'duplicate-entry');
    expect(f.map(at)).toEqual(['base-1.yaml:5:3']);
    expect(f[0]!.message).toMatch(/^Redundant copy of the entry at line 2/);
    expect(f[0]!.message).not.toMatch(/resolves differently/);
  });
  it('agrees with docs/rules.md: an entry beaten only by its own key is not also shadowed-entry', () => {
    const r = lintYaml({ base: `images:\n${entry}${entry.replace('3.9', '3.10')}` });
    expect(findingsOf(r, 'duplicate-entry').map(at)).toEqual(['base-1.yaml:5:3']);
    expect(findingsOf(r, 'shadowed-entry')).toEqual([]);
    const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(doc).not.toMatch(/usually also reported by\s+\[`shadowed-entry`\]/);
  });
});

describe('the 2018 format', () => {
  const vector = docs('charts-images-2018.yaml');
  it('one error per entry for the dropped `versions` (unknown-field), no duplicate-entry for every pair', () => {
    const r = lintYaml({ base: vector });
    expect(findingsOf(r, 'unknown-field').map((f) => f.line)).toEqual([56, 60, 64, 68, 98, 102]);
    expect(findingsOf(r, 'unknown-field')[0]!.message).toMatch(/drops `versions` silently/);
    expect(findingsOf(r, 'duplicate-entry')).toEqual([]);
  });
  it('reads `versions` as the intended constraint: a gap between its ranges is found', () => {
    expect(findingsOf(lintYaml({ base: vector }), 'version-gap')).toEqual([]); // "= 1.6" is 1.6.x in semver v3: no gap
    const gapped = vector.replace('versions: ">= 1.6, < 1.8"', 'versions: ">= 1.6, < 1.7"');
    const gaps = findingsOf(lintYaml({ base: gapped }), 'version-gap');
    expect(gaps.map(at)).toEqual(['base-1.yaml:95:3']);
    expect(gaps[0]!.message).toMatch(/^No entry of `cluster-autoscaler` matches runtimeVersion 1\.7\.x \(1\.7\.0 ≤ v < 1\.8\.0\)/);
  });
});

describe('a comma-less AND', () => {
  it('`>= 1.17 < 1.20`: a warning with the comma form as the fix', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  targetVersion: ">= 1.17 < 1.20"\n- name: a\n  repository: r\n  targetVersion: ">= 1.17, < 1.20 || 1.2 - 1.4 < 1.3"\n' });
    const f = findingsOf(r, 'ambiguous-partial-version').filter((x) => /joins conditions with a space/.test(x.message));
    expect(f.map(at)).toEqual(['base-1.yaml:4:18', 'base-1.yaml:7:18']);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toMatch(/Write `>= 1\.17, < 1\.20`/);
    expect(f[1]!.message).toMatch(/Write `>= 1\.17, < 1\.20 \|\| 1\.2 - 1\.4, < 1\.3`/);
    expect(findingsOf(lintYaml({ base: 'images:\n- name: a\n  repository: r\n  targetVersion: ">= 1.17, < 1.20"\n' }), 'ambiguous-partial-version')).toEqual([]);
  });
});
