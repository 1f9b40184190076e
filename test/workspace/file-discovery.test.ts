import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/action/config-file.js';
import { findVectorFiles } from '../../src/workspace/file-discovery.js';

const VECTOR = 'images:\n  - name: pause\n    repository: registry.k8s.io/pause\n    tag: "3.10"\n';
const COMPONENTS = 'components:\n  - name: etcd-druid\n    imageVectorOverwrite: |\n      images:\n      - name: etcd\n        tag: v1\n        repository: e\n';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ivl-disc-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const none = { files: [], overwrite: [], components: [] };

describe('findVectorFiles', () => {
  it('finds the vectors of a Gardener layout by content, skipping dependencies, vendored code and hidden folders', async () => {
    const dir = tree({
      'imagevector/containers.yaml': VECTOR,
      'imagevector/charts.yaml': VECTOR,
      'dev-setup/gardenadm/resources/imagevector-overwrite-components.yaml': COMPONENTS,
      'charts/values.yaml': 'replicas: 1\n',
      'docs/usage.md': VECTOR,
      'node_modules/pkg/images.yaml': VECTOR,
      'vendor/github.com/gardener/gardener/imagevector/containers.yaml': VECTOR,
      '.github/images.yaml': VECTOR,
    });
    const found = await findVectorFiles(dir, none, 1 << 20);
    expect(found.byContent).toBe(true);
    expect(found.files).toEqual([
      { path: 'dev-setup/gardenadm/resources/imagevector-overwrite-components.yaml', kind: 'components' },
      { path: 'imagevector/charts.yaml', kind: 'base' },
      { path: 'imagevector/containers.yaml', kind: 'base' },
    ]);
  });

  it('takes patterns per kind; an explicit overwrite or components file wins over a base pattern', async () => {
    const dir = tree({
      'imagevector/containers.yaml': VECTOR,
      'imagevector/overwrite.yaml': VECTOR,
      'imagevector/old.yaml': VECTOR,
    });
    const found = await findVectorFiles(dir, { files: ['imagevector/*.yaml', '!**/old.yaml'], overwrite: ['imagevector/overwrite.yaml'], components: [] }, 1 << 20);
    expect(found.byContent).toBe(false);
    expect(found.files).toEqual([
      { path: 'imagevector/containers.yaml', kind: 'base' },
      { path: 'imagevector/overwrite.yaml', kind: 'overwrite' },
    ]);
  });

  it('warns when an input matches nothing (the run goes on), and for a single pattern that does', async () => {
    const dir = tree({ 'imagevector/containers.yaml': VECTOR });
    const nothing = await findVectorFiles(dir, { ...none, files: ['images/*.yaml', 'images/gone.yaml'] }, 1 << 20);
    expect(nothing.files).toEqual([]);
    expect(nothing.warnings).toEqual([
      "Input 'files' matches no file: 'images/*.yaml', 'images/gone.yaml' (paths are relative to the repository root).",
    ]);
    // A literal path that is not there (deleted by the change?) is handed on, to be compared with the base.
    expect(nothing.missing).toEqual([{ path: 'images/gone.yaml', kind: 'base' }]);
    const found = await findVectorFiles(dir, { ...none, files: ['imagevector/containers.yaml', 'charts/*.yaml'] }, 1 << 20);
    expect(found.files).toHaveLength(1);
    expect(found.warnings).toEqual(["Pattern 'charts/*.yaml' matches no file."]);
    await expect(findVectorFiles(dir, { ...none, files: ['../etc/passwd'] }, 1 << 20)).rejects.toThrow('outside the repository');
  });
});

describe('loadConfig', () => {
  it('uses the default file when present, defaults when absent, and the kubernetes-versions input over both', async () => {
    const dir = tree({ '.imagevector-lint.yaml': 'kubernetesVersions: ">= 1.29"\nrules:\n  tag-style-changed: "off"\n' });
    const base = { workspace: dir, configFile: '.imagevector-lint.yaml', configRequired: false, kubernetesVersions: undefined };
    const loaded = await loadConfig(base);
    expect(loaded.findings).toEqual([]);
    expect(loaded.config.kubernetesVersions).toBe('>= 1.29');
    expect(loaded.config.rules['tag-style-changed']).toBe('off');
    expect((await loadConfig({ ...base, kubernetesVersions: '>= 1.31' })).config.kubernetesVersions).toBe('>= 1.31');
    await expect(loadConfig({ ...base, kubernetesVersions: '>= 1.x.y.z' })).rejects.toThrow(/^Input 'kubernetes-versions' is '>= 1.x.y.z', not a valid constraint/);

    const empty = tree({});
    expect((await loadConfig({ ...base, workspace: empty })).content).toBeUndefined();
    // A finding, not an abort: a pull request may delete the file.
    expect((await loadConfig({ ...base, workspace: empty, configFile: 'ci/lint.yaml', configRequired: true })).findings).toEqual([
      expect.objectContaining({ rule: 'config', file: 'ci/lint.yaml', message: "Input 'config' names ci/lint.yaml, which is not a file in the repository." }),
    ]);
  });

  it('reports problems of the file as findings of the config rule', async () => {
    const dir = tree({ '.imagevector-lint.yaml': 'rules:\n  no-such-rule: error\n' });
    const loaded = await loadConfig({ workspace: dir, configFile: '.imagevector-lint.yaml', configRequired: false, kubernetesVersions: undefined });
    expect(loaded.findings).toEqual([expect.objectContaining({ rule: 'config', severity: 'error', file: '.imagevector-lint.yaml' })]);
  });
});
