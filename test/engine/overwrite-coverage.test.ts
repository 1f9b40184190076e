import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { at, findingsOf, lintYaml, yaml } from '../helpers/lint-yaml.js';

const docs = (name: string) => readFileSync(new URL(`../fixtures/gardener-docs/${name}`, import.meta.url), 'utf8');

describe('overwrite-partial', () => {
  it("the docs' base and ConfigMap overwrite: amd64 1.20.x and >= 1.21 still come from registry.k8s.io", () => {
    const r = lintYaml({ base: docs('images-version-constraint.yaml'), overwrite: docs('configmap-overwrite.yaml') });
    const f = findingsOf(r, 'overwrite-partial');
    expect(f.map(at)).toEqual(['overwrite-1.yaml:9:7', 'overwrite-1.yaml:9:7']);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
    expect(f[0]!.message).toMatch(/does not cover amd64 at targetVersion 1\.20\.x .*where no overwrite entry matches/);
    expect(f[0]!.message).toMatch(/base entry at base-1\.yaml:2 \("registry\.k8s\.io\/pause:3\.4"\)/);
    expect(f[0]!.message).toMatch(/version ">= 1\.21" here, "1\.20\.x" there; architectures absent here, \[amd64\] there/);
    expect(f[1]!.message).toMatch(/does not cover amd64 at targetVersion >= 1\.21 .*matches but the base entry wins: it lists amd64 alone/);
    expect(f[1]!.message).toMatch(/base entry at base-1\.yaml:9 \("registry\.k8s\.io\/pause:3\.5"\)/);
    expect(f[1]!.message).toMatch(/merge keys differ \(architectures absent here, \[amd64\] there\)/);
    // arm64 is the mirror's: nothing is said about it.
    expect(f.some((x) => /arm64/.test(x.message.split(':')[0]!))).toBe(false);
  });

  const base = yaml`
    images:
    - name: pause
      repository: registry.k8s.io/pause
      tag: "3.9"
      targetVersion: "< 1.30"
      architectures: [amd64]
    - name: pause
      repository: registry.k8s.io/pause
      tag: "3.10"
      targetVersion: ">= 1.30"
  `;
  it('names the architecture, range and base line; silent when the overwrite replaces every entry', () => {
    const partial = yaml`
      images:
      - name: pause
        repository: mirror.example/pause
        tag: "3.10"
        targetVersion: ">= 1.30"
    `;
    const r = lintYaml({ base, overwrite: partial });
    const f = findingsOf(r, 'overwrite-partial');
    expect(f.map(at)).toEqual(['overwrite-1.yaml:2:3']);
    expect(f[0]!.message).toMatch(/does not cover amd64 at targetVersion < 1\.30 \(v < 1\.30\.0\), where no overwrite entry matches/);
    expect(f[0]!.message).toMatch(/base entry at base-1\.yaml:2 \("registry\.k8s\.io\/pause:3\.9"\)/);
    expect(f[0]!.message).toMatch(/targetVersion ">= 1\.30" here, "< 1\.30" there; architectures absent here, \[amd64\] there/);
    const full = partial + yaml`
      - name: pause
        repository: mirror.example/pause
        tag: "3.9"
        targetVersion: "< 1.30"
        architectures: [amd64]
    `.replace('images:\n', '');
    expect(findingsOf(lintYaml({ base, overwrite: full }), 'overwrite-partial')).toEqual([]);
  });
  it('judges only inside kubernetesVersions', () => {
    const partial = 'images:\n- name: pause\n  repository: mirror.example/pause\n  tag: "3.10"\n  targetVersion: ">= 1.30"\n';
    expect(findingsOf(lintYaml({ base, overwrite: partial }, { kubernetesVersions: '>= 1.30' }), 'overwrite-partial')).toEqual([]);
    expect(findingsOf(lintYaml({ base, overwrite: partial }, { kubernetesVersions: '>= 1.29' }), 'overwrite-partial')[0]?.message).toMatch(
      /targetVersion 1\.29\.x/,
    );
  });
  it('leaves an overwrite that never wins to overwrite-without-effect', () => {
    const r = lintYaml({ base: docs('images-architectures.yaml'), overwrite: docs('images-overwrite.yaml') });
    expect(findingsOf(r, 'overwrite-partial')).toEqual([]);
    expect(findingsOf(r, 'overwrite-without-effect').map(at)).toEqual(['overwrite-1.yaml:2:3']);
  });
});

describe('overwrite-without-effect inside the Kubernetes domain', () => {
  const base = yaml`
    images:
    - name: etcd
      repository: quay.io/coreos/etcd
      tag: v3.5.0
      targetVersion: ">= 1.20"
  `;
  const overwrite = yaml`
    images:
    - name: etcd
      repository: mirror.example/etcd
      tag: v3.4.0
      targetVersion: "1.20.x"
      architectures: [amd64]
  `;
  it('an overwrite selected only below kubernetesVersions has no effect', () => {
    const without = findingsOf(lintYaml({ base, overwrite }), 'overwrite-without-effect');
    expect(without).toEqual([]);
    const f = findingsOf(lintYaml({ base, overwrite }, { kubernetesVersions: '>= 1.28' }), 'overwrite-without-effect');
    expect(f.map(at)).toEqual(['overwrite-1.yaml:2:3']);
    expect(f[0]!.message).toMatch(/never selects it for the configured Kubernetes versions \(>= 1\.28; it is selected only outside them\)/);
  });
});
