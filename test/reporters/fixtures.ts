import type { Finding, LintResult, ResolvedRow } from '../../src/engine/types.js';

export const ANY = [{ lo: '0.0.0', hi: null }];

export function finding(partial: Partial<Finding> & Pick<Finding, 'rule' | 'line'>): Finding {
  return { severity: 'error', message: 'Something is wrong.', file: 'images.yaml', column: 3, ...partial };
}

export function row(partial: Partial<ResolvedRow> & Pick<ResolvedRow, 'image'>): ResolvedRow {
  return {
    architecture: 'amd64',
    runtimeVersion: ANY,
    targetVersion: ANY,
    imageString: `registry.example/${partial.image}:v1`,
    source: { file: 'images.yaml', line: 2, column: 3, kind: 'base' },
    ...partial,
  };
}

/** Two files, three findings out of order, two resolved rows. */
export function sampleResult(): LintResult {
  return {
    findings: [
      finding({ rule: 'version-gap', line: 12, column: 5, severity: 'warning', message: 'No etcd image for target 1.21.x (1.21.0 ≤ v < 1.22.0).' }),
      finding({ rule: 'image-reference', line: 4, column: 10, message: 'Tag "v1:2" is not a valid tag.', endLine: 4, endColumn: 16 }),
      finding({ rule: 'unknown-component', file: 'components.yaml', line: 2, column: 9, severity: 'notice', message: 'Component etcd-drud is unknown.' }),
    ],
    resolved: [
      row({ image: 'etcd', imageString: 'europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.9', targetVersion: [{ lo: '1.27.0', hi: '1.30.0' }] }),
      row({
        image: 'etcd',
        architecture: 'arm64',
        runtimeVersion: [{ lo: '0.0.0', hi: '1.27.0' }, { lo: '1.30.0', hi: null }],
        imageString: 'europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.10',
        source: { file: 'components.yaml', line: 7, column: 7, kind: 'components', component: 'etcd-druid' },
      }),
    ],
    files: [
      { path: 'images.yaml', kind: 'base', entries: 2 },
      { path: 'components.yaml', kind: 'components', entries: 1 },
      { path: 'charts/templated.yaml', kind: 'base', entries: 0, skipped: 'contains unrendered Helm template expressions' },
    ],
  };
}
