import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/reporters/text.js';
import { renderResolvedTable } from '../../src/reporters/markdown.js';
import { mergeArchitectures } from '../../src/reporters/resolved-rows.js';
import type { LintResult, ResolvedRow } from '../../src/engine/types.js';

const any = [{ lo: '0.0.0', hi: null }];
function row(architecture: string, tag: string, line = 2): ResolvedRow {
  return {
    image: 'etcd',
    architecture,
    runtimeVersion: any,
    targetVersion: [{ lo: '1.30.0', hi: null }],
    imageString: `quay.io/coreos/etcd:${tag}`,
    source: { file: 'images.yaml', line, column: 3, kind: 'base' },
  };
}

describe('resolved rows for people', () => {
  it('merges rows that differ only in the architecture, and keeps different ones apart', () => {
    const merged = mergeArchitectures([row('amd64', 'v1'), row('arm64', 'v1'), row('amd64', 'v2', 7)]);
    expect(merged.map((r) => [r.architecture, r.imageString])).toEqual([
      ['amd64, arm64', 'quay.io/coreos/etcd:v1'],
      ['amd64', 'quay.io/coreos/etcd:v2'],
    ]);
  });
  it('drops the runtime column in text when nothing constrains it, and merges in Markdown', () => {
    const result: LintResult = { findings: [], files: [], resolved: [row('amd64', 'v1'), row('arm64', 'v1')] };
    const text = formatText(result, { color: false });
    expect(text).toContain('image  architecture  target');
    expect(text).toMatch(/etcd\s+amd64, arm64\s+>= 1\.30/);
    const md = renderResolvedTable(result.resolved);
    expect(md.split('\n').filter((l) => l.includes('etcd'))).toHaveLength(1);
    expect(md).toContain('amd64, arm64');
  });
});
