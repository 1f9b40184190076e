import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findingsOf, lintYaml } from '../helpers/lint-yaml.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/extensions/${name}`, import.meta.url), 'utf8');
const base = fixture('provider-aws-images.yaml');
const bundle = fixture('controllerdeployments-three-extensions.yaml');

/** The same three ControllerDeployments as separate YAML documents. */
const multiDocument = bundle
  .replace(/^apiVersion: v1\nkind: List\nitems:\n/m, '')
  .split(/^- (?=apiVersion: core)/m)
  .slice(1)
  .map((item) => item.replace(/^ {2}/gm, ''))
  .join('---\n');

describe('a file with ControllerDeployments for several extensions', () => {
  it.each([
    ['a kind: List', bundle],
    ['several documents', multiDocument],
  ])('%s: each overwrite merges over its own extension, no false unknown-image', (_, file) => {
    const r = lintYaml({ base, overwrite: file });
    expect(findingsOf(r, 'unknown-image')).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // provider-aws's overwrite replaced this repository's images …
    const mcm = r.resolved.filter((row) => row.image === 'machine-controller-manager-provider-aws');
    expect(mcm.map((row) => row.imageString)).toEqual([
      'registry.example.com/mirror/gardener/machine-controller-manager-provider-aws:v0.28.1',
      'registry.example.com/mirror/gardener/machine-controller-manager-provider-aws:v0.28.1',
    ]);
    // … the other extensions' overwrites stand alone and are still resolved (and checked) for themselves.
    expect(r.resolved.filter((row) => row.image === 'calico-node').map((row) => row.imageString)).toEqual([
      'registry.example.com/mirror/calico/node:v3.29.3',
      'registry.example.com/mirror/calico/node:v3.29.3',
    ]);
    expect(r.files.find((f) => f.kind === 'overwrite')?.entries).toBeGreaterThan(0);
  });
  it('an overwrite of another extension is still checked for itself', () => {
    const broken = bundle.replace('repository: registry.example.com/mirror/calico/cni', 'repository: ""');
    const r = lintYaml({ base, overwrite: broken });
    expect(findingsOf(r, 'image-source').length).toBe(1);
    expect(findingsOf(r, 'unknown-image')).toEqual([]);
  });
  it("the repository's own extension keeps unknown-image (a typo next to a known name)", () => {
    const typo = bundle.replace('- name: aws-custom-route-controller', '- name: aws-custom-route-controler');
    const f = findingsOf(lintYaml({ base, overwrite: typo }), 'unknown-image');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/did you mean `aws-custom-route-controller`/);
  });
  it('a single ControllerDeployment still merges over the only base vector', () => {
    const single = 'apiVersion: core.gardener.cloud/v1\nkind: ControllerDeployment\nmetadata:\n  name: provider-aws\nhelm:\n  values:\n    imageVectorOverwrite: |\n      images:\n      - name: csi-drivr\n        repository: r.example/x\n';
    expect(findingsOf(lintYaml({ base, overwrite: single }), 'unknown-image')).toHaveLength(1);
  });
});

describe('extensionVectors: an overwrite for another extension is checked against that extension\'s vector', () => {
  const calico = 'images:\n- name: calico-node\n  repository: quay.io/calico/node\n  tag: v3.29.0\n- name: calico-cni\n  repository: quay.io/calico/cni\n  tag: v3.29.0\n';
  const extensionVectors = { 'networking-calico': { path: 'calico/images.yaml', kind: 'base' as const, content: calico } };
  it('an image the extension does not have is unknown-image, against its vector, with did-you-mean', () => {
    const typo = bundle.replace('- name: calico-cni', '- name: calico-cnii');
    const f = findingsOf(lintYaml({ base, overwrite: typo }, { extensionVectors }), 'unknown-image');
    expect(f.map((x) => x.message)).toEqual([
      'Image `calico-cnii` is not in the image vector of extension `networking-calico` (`extensionVectors`): did you mean `calico-cni`? Gardener appends it and never looks it up, so the overwrite changes nothing.',
      'Image `calico-typha` is not in the image vector of extension `networking-calico` (`extensionVectors`). Gardener appends it and never looks it up, so the overwrite changes nothing.',
    ]);
    // Without the configuration the same overwrite stands alone: no unknown-image.
    expect(findingsOf(lintYaml({ base, overwrite: typo }), 'unknown-image')).toEqual([]);
  });
  it("the overwrite is merged over the extension's vector: its images resolve to the mirror, the rest to the vector", () => {
    const own = calico + '- name: calico-kube-controllers\n  repository: quay.io/calico/kube-controllers\n  tag: v3.29.0\n- name: calico-typha\n  repository: quay.io/calico/typha\n  tag: v3.29.0\n';
    const r = lintYaml({ base, overwrite: bundle }, { extensionVectors: { 'networking-calico': { ...extensionVectors['networking-calico'], content: own } } });
    expect(findingsOf(r, 'unknown-image')).toEqual([]);
    const image = (name: string) => [...new Set(r.resolved.filter((row) => row.image === name).map((row) => row.imageString))];
    expect(image('calico-node')).toEqual(['registry.example.com/mirror/calico/node:v3.29.3']);
    expect(image('calico-kube-controllers')).toEqual(['quay.io/calico/kube-controllers:v3.29.0']);
    // provider-aws (no entry) still merges over this repository's own vector; shoot-dns-service stands alone.
    expect(image('machine-controller-manager-provider-aws')).toEqual(['registry.example.com/mirror/gardener/machine-controller-manager-provider-aws:v0.28.1']);
  });
});
