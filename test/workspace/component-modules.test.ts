import { describe, expect, it } from 'vitest';
import { COMPONENT_MODULES, parseGoMod, pinnedComponents, refOfVersion } from '../../src/workspace/component-modules.js';

describe('go.mod', () => {
  const goMod = [
    'module github.com/gardener/gardener-extension-provider-aws',
    '',
    'go 1.24.0',
    '',
    'require github.com/gardener/gardener v1.120.0 // indirect',
    'require (',
    '\tgithub.com/gardener/etcd-druid/api v0.37.1',
    '\tgithub.com/Masterminds/semver/v3 v3.5.0 // indirect',
    ')',
    '',
    'replace (',
    '\tgithub.com/Masterminds/semver/v3 => ../semver',
    ')',
  ].join('\n');
  it('reads single and block requires; a replace by a local folder drops the module', () => {
    const required = parseGoMod(goMod);
    expect([...required]).toEqual([
      ['github.com/gardener/gardener', 'v1.120.0'],
      ['github.com/gardener/etcd-druid/api', 'v0.37.1'],
    ]);
  });
  it('a replace by another version of the module itself wins; by a fork drops it', () => {
    expect(parseGoMod('require github.com/gardener/etcd-druid v0.30.0\nreplace github.com/gardener/etcd-druid => github.com/gardener/etcd-druid v0.31.2\n').get('github.com/gardener/etcd-druid')).toBe('v0.31.2');
    expect(parseGoMod('require github.com/gardener/etcd-druid v0.30.0\nreplace github.com/gardener/etcd-druid v0.30.0 => github.com/me/etcd-druid v0.1.0\n').has('github.com/gardener/etcd-druid')).toBe(false);
  });
  it('pins etcd-druid by its main or its API module', () => {
    expect(pinnedComponents(goMod)).toEqual([{ component: 'etcd-druid', module: 'github.com/gardener/etcd-druid/api', version: 'v0.37.1' }]);
    expect(pinnedComponents('require github.com/gardener/etcd-druid v0.22.3\n')[0]?.version).toBe('v0.22.3');
    expect(pinnedComponents('require github.com/gardener/gardener v1.0.0\n')).toEqual([]);
  });
  it.each([
    ['v0.37.1', 'v0.37.1'],
    ['v0.0.0-20240101120000-abcdef123456', 'abcdef123456'],
    ['v0.22.4-0.20240101120000-abcdef123456', 'abcdef123456'],
    ['v2.0.0+incompatible', 'v2.0.0'],
  ])('the ref of %s is %s', (version, ref) => expect(refOfVersion(version)).toBe(ref));
  it('etcd-druid moved its vector to internal/images in v0.23.0', () => {
    const druid = COMPONENT_MODULES['etcd-druid']!;
    expect(druid.vectorPath('v0.22.9')).toBe('charts/images.yaml');
    expect(druid.vectorPath('v0.23.0')).toBe('internal/images/images.yaml');
    expect(druid.vectorPath('v0.37.1')).toBe('internal/images/images.yaml');
  });
});
