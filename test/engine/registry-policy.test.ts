import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/engine/config.js';
import { allowedPrefix, canonicalRepository, repositoryOf } from '../../src/engine/registry-policy.js';
import { ALL_RULES } from '../../src/engine/rules/registry.js';
import { formatText } from '../../src/reporters/text.js';
import { renderMarkdownReport } from '../../src/reporters/markdown.js';
import { toJsonReport } from '../../src/reporters/json.js';
import { at, findingsOf, lintYaml } from '../helpers/lint-yaml.js';

const docs = (name: string) => readFileSync(new URL(`../fixtures/gardener-docs/${name}`, import.meta.url), 'utf8');

describe('registry policy', () => {
  it.each([
    ['registry.k8s.io/pause:3.5', 'registry.k8s.io/pause'],
    ['registry.k8s.io/pause@sha256:abc', 'registry.k8s.io/pause'],
    ['localhost:5000/pause:v1@sha256:abc', 'localhost:5000/pause'],
    ['localhost:5000/pause', 'localhost:5000/pause'],
    ['alpine', 'alpine'],
  ])('repositoryOf(%s) = %s', (image, repository) => expect(repositoryOf(image)).toBe(repository));

  it.each([
    ['my-custom-image-registry/pause', 'docker.io/my-custom-image-registry/pause'],
    ['alpine', 'docker.io/library/alpine'],
    ['Registry.Example.com/Team/x', 'registry.example.com/Team/x'],
    ['localhost/x', 'localhost/x'],
  ])('canonicalRepository(%s) = %s', (repository, canonical) => expect(canonicalRepository(repository)).toBe(canonical));

  it.each<[string, string[], string | undefined]>([
    ['registry.example.com/team/pause:3.9', ['registry.example.com/team'], 'registry.example.com/team'],
    ['registry.example.com/teams/pause:3.9', ['registry.example.com/team'], undefined],
    ['registry.example.com/team:3.9', ['registry.example.com/team'], 'registry.example.com/team'],
    ['registry.example.com/team/pause:3.9', ['registry.example.com/'], 'registry.example.com/'],
    ['registry.example.community/pause:3.9', ['registry.example.com'], undefined],
    ['my-custom-image-registry/pause:3.5', ['my-custom-image-registry'], 'my-custom-image-registry'],
    ['my-custom-image-registry/pause:3.5', ['docker.io/my-custom-image-registry'], 'docker.io/my-custom-image-registry'],
    ['alpine:3', ['docker.io/library'], 'docker.io/library'],
    ['REGISTRY.example.com/pause', ['registry.EXAMPLE.com'], 'registry.EXAMPLE.com'],
  ])('%s with allowed %j → %s', (image, allowed, expected) => expect(allowedPrefix(image, allowed)).toBe(expected));

  it('reads `registries.allowed` and rejects other shapes at the key', () => {
    const rules = ALL_RULES.map((r) => r.id);
    expect(parseConfig('registries:\n  allowed: [mirror.example]\n', 'c.yaml', rules).config.registries).toEqual({ allowed: ['mirror.example'] });
    for (const bad of ['registries: [mirror.example]\n', 'registries:\n  allowed: []\n', 'registries:\n  allowed: [""]\n', 'registries: {}\n']) {
      const parsed = parseConfig(bad, 'c.yaml', rules);
      expect(parsed.findings.map((f) => f.rule)).toEqual(['config']);
      expect(parsed.config.registries).toBeUndefined();
    }
    const extra = parseConfig('registries:\n  allowed: [m.example]\n  denied: [x]\n', 'c.yaml', rules);
    expect(extra.findings[0]!.message).toMatch(/registries\.denied/);
  });
});

describe('disallowed-registry', () => {
  it("the docs' mirror: every image still pulled from registry.k8s.io is an error, marked in the table and the summary", () => {
    const r = lintYaml(
      { base: docs('images-version-constraint.yaml'), overwrite: docs('configmap-overwrite.yaml') },
      { registries: { allowed: ['my-custom-image-registry'] } },
    );
    const f = findingsOf(r, 'disallowed-registry');
    expect(f.map(at)).toEqual(['base-1.yaml:11:15']);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toMatch(/`pause-container` resolves to "registry\.k8s\.io\/pause:3\.5" for amd64 at every version/);
    expect(r.resolved.map((row) => [row.architecture, row.imageString, row.disallowedRegistry ?? false])).toEqual([
      ['amd64', 'registry.k8s.io/pause:3.5', true],
      ['arm64', 'my-custom-image-registry/pause:3.5', false],
    ]);
    const text = formatText(r, { color: false, cwd: '/' });
    expect(text).toMatch(/1 resolved image comes from a registry outside registries\.allowed/);
    expect(text).toMatch(/✖ registry\.k8s\.io\/pause:3\.5/);
    const markdown = renderMarkdownReport(r, { title: 't', maxChars: 65536 });
    expect(markdown).toMatch(/⛔ 1 resolved image comes from a registry outside `registries.allowed`/);
    expect(markdown).toMatch(/⛔ `registry\.k8s\.io\/pause:3\.5`/);
    expect(toJsonReport(r).resolved.map((row) => row.disallowedRegistry)).toEqual([true, undefined]);
  });
  it('names architecture and range for each row; component overwrites count; nothing without the setting', () => {
    const base = 'images:\n- name: a\n  repository: registry.k8s.io/a\n  tag: "1"\n  targetVersion: "< 1.30"\n- name: a\n  repository: mirror.example/a\n  tag: "2"\n  targetVersion: ">= 1.30"\n';
    const components = 'components:\n- name: etcd-druid\n  imageVectorOverwrite: |\n    images:\n    - name: etcd-wrapper\n      repository: quay.io/x/etcd-wrapper\n      tag: v1\n';
    const r = lintYaml({ base, components }, { registries: { allowed: ['mirror.example'] } });
    const f = findingsOf(r, 'disallowed-registry');
    expect(f.map(at)).toEqual(['base-1.yaml:3:15', 'components-1.yaml:6:19']);
    expect(f[0]!.message).toMatch(/for amd64 and arm64 at targetVersion < 1\.30/);
    expect(f[1]!.message).toMatch(/`etcd-wrapper` \(component `etcd-druid`\) resolves to "quay\.io\/x\/etcd-wrapper:v1"/);
    expect(findingsOf(lintYaml({ base, components }), 'disallowed-registry')).toEqual([]);
    expect(lintYaml({ base }).resolved.some((row) => row.disallowedRegistry)).toBe(false);
  });
});
