import { describe, expect, it } from 'vitest';
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
    expect(text).toMatch(/alpine +amd64, arm64 +any +europe/);
    expect(text).not.toMatch(/amd64, arm64, amd64/);
  });
});
