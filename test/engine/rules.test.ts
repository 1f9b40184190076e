import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { at, findingsOf, lintYaml, yaml } from '../helpers/lint-yaml.js';

describe('yaml-syntax and unreadable-file', () => {
  it('reports a parse error at the parser position', () => {
    const r = lintYaml({ base: 'images:\n  - name: a\n   repository: [x\n' });
    const f = findingsOf(r, 'yaml-syntax');
    expect(f).toHaveLength(1);
    expect(f[0]!.line).toBeGreaterThanOrEqual(2);
    expect(f[0]!.message).toMatch(/YAML syntax error/);
  });
  it('rejects binary content and invalid UTF-8', () => {
    expect(findingsOf(lintYaml({ base: 'images:\u0000' }), 'unreadable-file')).toHaveLength(1);
    const bad = lintYaml({ base: undefined });
    expect(bad.findings).toHaveLength(0);
  });
  it('skips templates with a notice', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  tag: {{ .Values.tag }}\n' });
    expect(findingsOf(r, 'template-skipped').map(at)).toEqual(['base-1.yaml:1:1']);
    expect(r.findings.filter((f) => f.rule !== 'template-skipped')).toEqual([]);
  });
});

describe('schema', () => {
  it('reports an empty file', () => {
    expect(findingsOf(lintYaml({ base: '' }), 'schema')[0]?.message).toMatch(/empty/);
  });
  it('reports architectures that are not a list, at the value', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: a
        repository: r
        architectures: amd64
    ` });
    const f = findingsOf(r, 'schema');
    expect(f.map(at)).toEqual(['base-1.yaml:4:18']);
    expect(f[0]!.message).toMatch(/`architectures` must be a list/);
  });
  it('reports a missing name and a top level that is a list', () => {
    expect(findingsOf(lintYaml({ base: 'images:\n- repository: r\n' }), 'schema')[0]?.message).toMatch(/Missing `name`/);
    expect(findingsOf(lintYaml({ base: '- a\n- b\n' }), 'schema')[0]?.message).toMatch(/must be a mapping/);
  });
  it('accepts images: as a list with metadata', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: a
        sourceRepository: github.com/x
        repository: r
        labels: [{name: x, value: y}]
        resourceId: {name: a}
    ` });
    expect(r.findings).toEqual([]);
  });
});

describe('yaml-type-trap', () => {
  it('reports what Gardener receives for numbers and booleans', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: a
        repository: r
        tag: 3.10
      - name: b
        repository: r
        tag: 010
      - name: c
        repository: r
        tag: yes
      - name: d
        repository: r
        tag: 1.2
    ` });
    const f = findingsOf(r, 'yaml-type-trap');
    expect(f.map((x) => [at(x), x.severity])).toEqual([
      ['base-1.yaml:4:8', 'error'],
      ['base-1.yaml:7:8', 'error'],
      ['base-1.yaml:10:8', 'error'],
      ['base-1.yaml:13:8', 'warning'],
    ]);
    expect(f[0]!.message).toContain('"3.1"');
    expect(f[1]!.message).toContain('"8"');
    expect(f[2]!.message).toContain('"true"');
  });
  it('leaves quoted values alone', () => {
    expect(findingsOf(lintYaml({ base: 'images:\n- name: a\n  repository: r\n  tag: "3.10"\n' }), 'yaml-type-trap')).toEqual([]);
  });
});

describe('yaml-duplicate-key', () => {
  it('reports the second key, including a case variant', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: a
        repository: r
        tag: v1
        tag: v2
        Repository: s
    ` });
    const f = findingsOf(r, 'yaml-duplicate-key');
    expect(f.map(at)).toEqual(['base-1.yaml:5:3', 'base-1.yaml:6:3']);
    expect(f[0]!.message).toMatch(/first on line 4/);
  });
});

describe('unknown-field and field-case', () => {
  it('suggests the field for typos and is an error', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: a
        repository: r
        architecture: [amd64]
        targetVersions: ">= 1.30"
        versions: ">= 1.2"
        comment: free text
    ` });
    const f = findingsOf(r, 'unknown-field');
    expect(f.map((x) => [at(x), x.severity])).toEqual([
      ['base-1.yaml:4:3', 'error'],
      ['base-1.yaml:5:3', 'error'],
      ['base-1.yaml:6:3', 'error'],
      ['base-1.yaml:7:3', 'warning'],
    ]);
    expect(f[0]!.message).toMatch(/did you mean `architectures`/);
    expect(f[1]!.message).toMatch(/did you mean `targetVersion`/);
    expect(f[2]!.message).toMatch(/2018/);
  });
  it('warns on keys in another case and still reads them', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  Repository: r\n  TargetVersion: ">= 1.30"\n' });
    expect(findingsOf(r, 'field-case').map(at)).toEqual(['base-1.yaml:3:3', 'base-1.yaml:4:3']);
    expect(findingsOf(r, 'image-source')).toEqual([]);
    expect(r.resolved[0]!.targetVersion).toEqual([{ lo: '1.30.0', hi: null }]);
  });
});

describe('invalid-constraint and unsatisfiable-constraint', () => {
  it('reports constraints Masterminds rejects', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  targetVersion: ">=1.2<2"\n- name: a\n  repository: r\n  runtimeVersion: "=> 1.2 &&"\n' });
    expect(findingsOf(r, 'invalid-constraint').map(at)).toEqual(['base-1.yaml:4:18', 'base-1.yaml:7:19']);
  });
  it('reports an image version written as a Kubernetes constraint', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  targetVersion: "5.3.x"\n' });
    const f = findingsOf(r, 'unsatisfiable-constraint');
    expect(f.map(at)).toEqual(['base-1.yaml:4:18']);
    expect(f[0]!.message).toMatch(/image's own version/);
  });
});

describe('ambiguous-partial-version', () => {
  it.each([
    ['1.24', '= 1.24.0', '1.24.x'],
    ['= 1.6', '= 1.6.0', '1.6.x'],
    ['<= 1.20', '<= 1.20.0', '< 1.21'],
    ['> 1.16', '> 1.16.0', '>= 1.17'],
  ])('%s', (constraint, v1, v3) => {
    const r = lintYaml({ base: `images:\n- name: a\n  repository: r\n  targetVersion: "${constraint}"\n` });
    const f = findingsOf(r, 'ambiguous-partial-version');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(`\`${v1}\``);
    expect(f[0]!.message).toContain(`\`${v3}\``);
  });
  it.each(['>= 1.21', '< 1.34', '1.20.x', '~1.2', '= 1.2.3'])('not %s', (constraint) => {
    const r = lintYaml({ base: `images:\n- name: a\n  repository: r\n  targetVersion: "${constraint}"\n` });
    expect(findingsOf(r, 'ambiguous-partial-version')).toEqual([]);
  });
});

describe('legacy-version-constraint', () => {
  const legacy = yaml`
    images:
    - name: pause-container
      repository: registry.k8s.io/pause
      tag: "3.4"
      version: "1.20.x"
    - name: pause-container
      repository: registry.k8s.io/pause
      tag: "3.5"
      version: ">= 1.21"
  `;
  it('warns on each entry and resolves as Gardener does', () => {
    const r = lintYaml({ base: legacy });
    expect(findingsOf(r, 'legacy-version-constraint').map(at)).toEqual(['base-1.yaml:5:12', 'base-1.yaml:9:12']);
    // Gardener: same merge key, first wins: the second entry is dead. duplicate-entry says so
    // (and why); shadowed-entry does not repeat it.
    expect(findingsOf(r, 'duplicate-entry').map(at)).toEqual(['base-1.yaml:6:3']);
    expect(findingsOf(r, 'duplicate-entry')[0]!.message).toMatch(/never selects by `version`/);
    expect(findingsOf(r, 'shadowed-entry')).toEqual([]);
    expect(r.resolved.map((row) => row.imageString)).toEqual(['registry.k8s.io/pause:3.4', 'registry.k8s.io/pause:3.4']);
    // The intended ranges (1.20.x, >= 1.21) neither overlap nor leave a gap.
    expect(findingsOf(r, 'version-overlap')).toEqual([]);
    expect(findingsOf(r, 'version-gap')).toEqual([]);
  });
  it('analyses the intended ranges for gaps', () => {
    const r = lintYaml({ base: legacy.replace('>= 1.21', '>= 1.22') });
    expect(findingsOf(r, 'version-gap')[0]?.message).toMatch(/1\.21\.x/);
  });
  it('is silent for label versions', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  tag: v1\n  version: v1.2.3\n' });
    expect(findingsOf(r, 'legacy-version-constraint')).toEqual([]);
  });
});

describe('image-source and image-reference', () => {
  it('applies Gardener validation', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: a
      - name: b
        ref: registry.k8s.io/pause:3.10
        tag: "3.10"
      - name: c
        repository: ""
      - name: d
        repository: r
        tag: ""
    ` });
    expect(findingsOf(r, 'image-source').map(at)).toEqual([
      'base-1.yaml:2:3',
      'base-1.yaml:5:8',
      'base-1.yaml:7:15',
      'base-1.yaml:10:8',
    ]);
  });
  it('checks the reference grammar', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: a
        repository: Registry.k8s.io/Pause
      - name: b
        repository: registry.k8s.io/pause
        tag: sha256:abc
      - name: c
        repository: registry.k8s.io/pause:3.10
      - name: d
        repository: registry.k8s.io/pause
        tag: v1.2.3@sha256:${'a'.repeat(64)}
    ` });
    expect(findingsOf(r, 'image-reference').map(at)).toEqual(['base-1.yaml:3:15', 'base-1.yaml:6:8', 'base-1.yaml:8:15']);
  });
});

describe('unknown-architecture', () => {
  it('suggests a known architecture and flags an empty list', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  architectures: [amd46]\n- name: b\n  repository: r\n  architectures: []\n' });
    const f = findingsOf(r, 'unknown-architecture');
    expect(f.map(at)).toEqual(['base-1.yaml:4:18', 'base-1.yaml:7:18']);
    expect(f[0]!.message).toMatch(/did you mean `amd64`/);
    expect(f[1]!.message).toMatch(/matches no architecture/);
  });
  it('follows the configured list', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  architectures: [s390x]\n' }, { architectures: ['amd64', 's390x'] });
    expect(findingsOf(r, 'unknown-architecture')).toEqual([]);
  });
});

describe('version-overlap', () => {
  it('explains order-dependent overlaps and which entry wins', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: npd
        repository: r
        tag: v1.36.0
        targetVersion: ">= 1.36"
      - name: npd
        repository: r
        tag: v1.35.3
        targetVersion: ">= 1.35"
      - name: npd
        repository: r
        tag: v0.8.25
        targetVersion: "< 1.35"
    ` });
    const f = findingsOf(r, 'version-overlap');
    expect(f.map(at)).toEqual(['base-1.yaml:9:18']);
    expect(f[0]!.message).toContain('>= 1.36');
    expect(f[0]!.message).toContain('amd64 and arm64');
    expect(f[0]!.message).toContain('line 2');
    expect(f[0]!.message).toMatch(/Gardener picks line 2 \("v1.36.0"\) because it comes first and the scores are equal/);
    expect(f[0]!.severity).toBe('warning');
    expect(findingsOf(r, 'shadowed-entry')).toEqual([]);
    expect(findingsOf(r, 'version-gap')).toEqual([]);
  });
  it('reports an unconstrained fallback beaten by a constrained entry as a notice', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  tag: v5\n- name: a\n  repository: r\n  tag: v6\n  targetVersion: ">= 1.34"\n' });
    const f = findingsOf(r, 'version-overlap');
    expect(f.map((x) => [at(x), x.severity])).toEqual([['base-1.yaml:2:3', 'notice']]);
    expect(f[0]!.message).toMatch(/its targetVersion is a range \(score 1\), this entry's is no constraint \(score 0\)/);
  });
  it('does not report a single-architecture entry overriding a multi-architecture one', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  tag: x\n  architectures: [amd64]\n- name: a\n  repository: r\n  tag: y\n' });
    expect(findingsOf(r, 'version-overlap')).toEqual([]);
    expect(findingsOf(r, 'shadowed-entry')).toEqual([]);
  });
});

describe('version-gap', () => {
  it('names the exact missing range', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: etcd
        repository: r
        tag: v1
        targetVersion: "1.20.x"
      - name: etcd
        repository: r
        tag: v2
        targetVersion: ">= 1.22"
    ` });
    const f = findingsOf(r, 'version-gap');
    // At the targetVersion value of the entry below the gap ("1.20.x" ends where it starts); the one above as the alternative.
    expect(f.map(at)).toEqual(['base-1.yaml:5:18']);
    expect(f[0]!.alsoAt).toEqual([{ file: 'base-1.yaml', line: 9, column: 18 }]);
    expect(f[0]!.message).toContain('targetVersion 1.21.x (1.21.0 ≤ v < 1.22.0)');
    expect(f[0]!.message).toContain('amd64 and arm64');
  });
  it('checks the configured Kubernetes versions', () => {
    const base = 'images:\n- name: a\n  repository: r\n  tag: v1\n  targetVersion: ">= 1.31"\n';
    expect(findingsOf(lintYaml({ base }), 'version-gap')).toEqual([]);
    const f = findingsOf(lintYaml({ base }, { kubernetesVersions: '>= 1.30' }), 'version-gap');
    expect(f[0]?.message).toContain('targetVersion 1.30.x');
  });
});

describe('shadowed-entry', () => {
  it('finds the seed architecture example: the multi-arch entry never wins', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: pause-container
        repository: registry.k8s.io/pause
        tag: "3.5"
        architectures: [amd64]
      - name: pause-container
        repository: registry.k8s.io/pause
        tag: "3.5"
        architectures: [arm64]
      - name: pause-container
        repository: registry.k8s.io/pause
        tag: "3.5"
        architectures: [amd64, arm64]
    ` });
    const f = findingsOf(r, 'shadowed-entry');
    expect(f.map(at)).toEqual(['base-1.yaml:10:3']);
    expect(f[0]!.message).toMatch(/line 2 wins/);
    expect(f[0]!.message).toMatch(/line 6 wins/);
  });
  it('names an exact constraint that outscores a later range', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  tag: x\n  targetVersion: "1.30.x"\n- name: a\n  repository: r\n  tag: y\n  targetVersion: "= 1.30"\n' });
    // At the range that loses everywhere: the shadowed entry's targetVersion value.
    expect(findingsOf(r, 'shadowed-entry').map(at)).toEqual(['base-1.yaml:5:18']);
  });
});

describe('overwrites', () => {
  const base = yaml`
    images:
    - name: etcd
      repository: quay.io/coreos/etcd
      tag: v3.5.1
      targetVersion: ">= 1.21"
  `;
  it('merges an overwrite with the same key', () => {
    const r = lintYaml({ base, overwrite: 'images:\n- name: etcd\n  repository: quay.io/coreos/etcd\n  tag: v3.5.9\n  targetVersion: ">= 1.21"\n' });
    expect(r.findings).toEqual([]);
    expect(r.resolved.map((row) => row.imageString)).toEqual(['quay.io/coreos/etcd:v3.5.9', 'quay.io/coreos/etcd:v3.5.9']);
    expect(r.resolved[0]!.source).toMatchObject({ file: 'overwrite-1.yaml', line: 2, kind: 'overwrite' });
  });
  it('rejects a tag-only overwrite as Gardener does (it validates the overwrite file on its own)', () => {
    const r = lintYaml({ base, overwrite: 'images:\n- name: etcd\n  tag: v3.5.9\n  targetVersion: ">= 1.21"\n' });
    expect(findingsOf(r, 'image-source').map(at)).toEqual(['overwrite-1.yaml:2:3']);
    expect(findingsOf(r, 'image-source')[0]!.message).toMatch(/whole overwrite/);
  });
  it('reports an overwrite whose key differs only in spacing', () => {
    const r = lintYaml({ base, overwrite: 'images:\n- name: etcd\n  repository: quay.io/coreos/etcd\n  tag: v3.5.9\n  targetVersion: ">=1.21"\n' });
    const f = findingsOf(r, 'overwrite-without-effect');
    expect(f.map(at)).toEqual(['overwrite-1.yaml:2:3']);
    expect(f[0]!.message).toMatch(/spacing of targetVersion/);
    expect(r.resolved.map((row) => row.imageString)).toEqual(['quay.io/coreos/etcd:v3.5.1', 'quay.io/coreos/etcd:v3.5.1']);
  });
  it('reports an overwrite of an image the base lacks, with a suggestion', () => {
    const r = lintYaml({ base, overwrite: 'images:\n- name: etdc\n  repository: x\n' });
    const f = findingsOf(r, 'unknown-image');
    expect(f.map(at)).toEqual(['overwrite-1.yaml:2:9']);
    expect(f[0]!.message).toMatch(/did you mean `etcd`/);
  });
  it('reports duplicate keys in one file and explains both behaviours', () => {
    const r = lintYaml({ base: base + base.replace('images:\n', '') });
    const f = findingsOf(r, 'duplicate-entry');
    expect(f.map(at)).toEqual(['base-1.yaml:6:3']);
    expect(f[0]!.message).toMatch(/keeps both/);
    expect(f[0]!.message).toMatch(/merges/);
  });
});

describe('component overwrites', () => {
  const components = yaml`
    components:
    - name: etcd-druid
      imageVectorOverwrite: |
        images:
        - name: etcd
          repository: etcd/etcd
          tag: v1.2.3
    - name: etcd-drud
      imageVectorOverwrite: |
        images: []
    - name: etcd-druid
      imageVectorOverwrite: |
        images:
        - name: etcd
          repository: etcd/etcd
          tag: 3.10
  `;
  it('reports unknown and repeated components, and embedded findings at outer lines', () => {
    const r = lintYaml({ components });
    expect(findingsOf(r, 'unknown-component').map(at)).toEqual(['components-1.yaml:8:9']);
    expect(findingsOf(r, 'unknown-component')[0]!.message).toMatch(/did you mean `etcd-druid`/);
    expect(findingsOf(r, 'duplicate-component').map(at)).toEqual(['components-1.yaml:11:9']);
    // `tag: 3.10` inside the block scalar is line 16, column 12 of the outer file.
    expect(findingsOf(r, 'yaml-type-trap').map(at)).toEqual(['components-1.yaml:16:12']);
    // Gardener keeps only the last item of a repeated component: only it is resolved.
    expect(r.resolved.map((row) => row.imageString)).toEqual(['etcd/etcd:3.1', 'etcd/etcd:3.1']);
  });
  it('checks names against the component vector when configured', () => {
    const r = lintYaml(
      { components },
      { componentVectors: { 'etcd-druid': { path: 'druid.yaml', kind: 'base', content: 'images:\n- name: etcd-wrapper\n  repository: r\n' } } },
    );
    expect(findingsOf(r, 'unknown-image').map(at)).toEqual(['components-1.yaml:14:13']);
  });
});

describe('suppression', () => {
  it('honours disable-next-line and disable-line', () => {
    const r = lintYaml({ base: yaml`
      images:
      - name: a
        repository: r
        # imagevector-lint disable-next-line yaml-type-trap
        tag: 3.10
      - name: b
        repository: r
        tag: 3.10 # imagevector-lint disable-line
      - name: c
        repository: r
        # imagevector-lint disable-next-line version-gap
        tag: 3.10
    ` });
    expect(findingsOf(r, 'yaml-type-trap').map(at)).toEqual(['base-1.yaml:12:8']);
  });
});

describe('severity configuration', () => {
  it('changes and disables rules', () => {
    const base = 'images:\n- name: a\n  repository: r\n  tag: 1.2\n';
    expect(findingsOf(lintYaml({ base }, { rules: { 'yaml-type-trap': 'error' } }), 'yaml-type-trap')[0]!.severity).toBe('error');
    expect(findingsOf(lintYaml({ base }, { rules: { 'yaml-type-trap': 'off' } }), 'yaml-type-trap')).toEqual([]);
  });
});

describe('hostile keys', () => {
  it('reports __proto__ and constructor keys without touching Object.prototype', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  __proto__: {polluted: true}\n  constructor: x\n' });
    expect(findingsOf(r, 'unknown-field').map(at)).toEqual(['base-1.yaml:4:3', 'base-1.yaml:5:3']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('what sigs.k8s.io/yaml and encoding/json hand to Gardener', () => {
  it('applies YAML merge keys', () => {
    const r = lintYaml({ base: 'defaults: &d {repository: r, tag: "3.10"}\nimages:\n- <<: *d\n  name: pause\n' });
    expect(r.findings.filter((f) => f.rule !== 'unknown-field')).toEqual([]);
    expect(r.resolved[0]!.imageString).toBe('r:3.10');
  });
  it('lets the spelling that sorts last win, whatever the file order, and null unset a field', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  tag: v1\n  Tag: v2\n- name: b\n  repository: r\n  tag: v1\n  TAG: ~\n' });
    expect(r.resolved.map((row) => row.imageString)).toEqual(['r:v1', 'r:v1', 'r:v1', 'r:v1']);
    expect(findingsOf(r, 'yaml-duplicate-key')[0]!.message).toMatch(/`tag` wins/);
    const cleared = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  TAG: v1\n  tag: ~\n' });
    expect(cleared.resolved[0]!.imageString).toBe('r');
  });
});

describe('review fixes', () => {
  it('reads only the first YAML document as the vector, and says so', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  tag: v1\n---\nimages:\n- name: a\n  repository: r\n  tag: v2\n' });
    expect(r.resolved.map((row) => row.imageString)).toEqual(['r:v1', 'r:v1']);
    const f = findingsOf(r, 'yaml-syntax');
    expect(f.map((x) => [at(x), x.severity])).toEqual([['base-1.yaml:6:1', 'warning']]);
  });
  it('merges an overwrite over the one base vector that shares most names', () => {
    const containers = 'images:\n- name: pause\n  repository: r\n  tag: v1\n- name: etcd\n  repository: e\n  tag: v1\n';
    const charts = 'images:\n- name: gardenlet\n  repository: g\n  tag: v1\n';
    const overwrite = 'images:\n- name: pause\n  repository: m\n- name: etcd\n  repository: m\n- name: gardenlet\n  repository: m\n';
    const r = lintYaml({ base: [containers, charts], overwrite });
    // The charts vector is untouched: its gardenlet still resolves to its own image. (The overwrite's
    // gardenlet is appended to the containers vector, where nothing looks it up.)
    expect(r.resolved.filter((row) => row.image === 'gardenlet' && row.source.file === 'base-2.yaml').map((row) => row.imageString)).toEqual(['g:v1', 'g:v1']);
    expect(r.resolved.filter((row) => row.image === 'gardenlet' && row.source.file === 'overwrite-1.yaml').map((row) => row.imageString)).toEqual(['m', 'm']);
    expect(r.resolved.filter((row) => row.image === 'pause').map((row) => row.imageString)).toEqual(['m:v1', 'm:v1']);
  });
  it('accepts what Gardener accepts: metadata of any type, an overwrite with images: ~, empty Helm placeholders', () => {
    expect(lintYaml({ base: 'images:\n- name: a\n  repository: r\n  labels: foo\n  resourceId: x\n' }).findings).toEqual([]);
    // An overwrite may be empty on purpose; a base vector with `images:` null is a finding (silent-passes.test.ts).
    expect(lintYaml({ overwrite: 'images: ~\n' }).findings).toEqual([]);
    expect(lintYaml({ overwrite: 'helm:\n  values:\n    imageVectorOverwrite: ""\n' }).findings).toEqual([]);
    expect(lintYaml({ components: 'components:\n- name: etcd-druid\n' }).findings).toEqual([]);
  });
  it('ends a suppression rule list at --', () => {
    const r = lintYaml({ base: 'images:\n- name: a\n  repository: r\n  tag: 3.10 # imagevector-lint disable-line yaml-type-trap -- mirrored tag\n' });
    expect(findingsOf(r, 'yaml-type-trap')).toEqual([]);
  });
});

describe('ca-bundle', () => {
  const cert = (name: string) => readFileSync(new URL(`../fixtures/certs/${name}`, import.meta.url), 'utf8');
  const vector = (pem: string) =>
    `images:\n- name: a\n  repository: r\ncaBundle:\n  inline: |\n${pem.trim().split('\n').map((l) => `    ${l}`).join('\n')}\n`;
  const now = new Date('2026-12-15T00:00:00Z');
  it('is silent for a valid certificate', () => {
    expect(findingsOf(lintYaml({ base: vector(cert('valid-2025-2035.pem')) }, { now }), 'ca-bundle')).toEqual([]);
  });
  it('warns within 30 days of expiry and errs after it, at the inline value', () => {
    const soon = findingsOf(lintYaml({ base: vector(cert('short-lived-2026-2027.pem')) }, { now }), 'ca-bundle');
    expect(soon.map((f) => [at(f), f.severity])).toEqual([['base-1.yaml:6:5', 'warning']]);
    expect(soon[0]!.message).toMatch(/expires on 2027-01-01/);
    const expired = findingsOf(lintYaml({ base: vector(cert('expired-2023-2024.pem')) }, { now }), 'ca-bundle');
    expect(expired.map((f) => [f.severity, f.line])).toEqual([['error', 6]]);
    expect(expired[0]!.message).toMatch(/expired/);
  });
  it('rejects what is not a PEM certificate', () => {
    const f = findingsOf(lintYaml({ base: vector('not a certificate') }, { now }), 'ca-bundle');
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });
});

describe('ConfigMap with a mapping as data value', () => {
  it('is a finding, not a silent pass', () => {
    const r = lintYaml({ overwrite: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  images_overwrite.yaml:\n    images:\n    - name: a\n      repository: r\n' });
    const f = findingsOf(r, 'yaml-syntax');
    expect(f.map((x) => [at(x), x.severity])).toEqual([['overwrite-1.yaml:5:5', 'error']]);
    expect(f[0]!.message).toMatch(/must be strings/);
  });
});
