import { describe, expect, it } from 'vitest';
import { ANALYSIS_BUDGET } from '../../src/engine/analysis/budget.js';
import { analyseGroup } from '../../src/engine/analysis/vector-group.js';
import { mergeImageVectors } from '../../src/engine/analysis/merge.js';
import { at, findingsOf, lintYaml } from '../helpers/lint-yaml.js';
import { readImageVector } from '../../src/engine/reading/image-source-reader.js';
import { readFile } from '../../src/engine/reading/read-file.js';
import { defaultConfig } from '../../src/engine/config.js';

// Entries nested on both axes (scripts/bench/shapes.mjs, nested2d): every
// runtime column resolves differently, so exact resolution is quadratic in
// the entries — the shape the budget exists for.
const entry = (name: string, tag: string, fields: string[]) =>
  `- name: ${name}\n  repository: example.org/${name}\n  tag: "${tag}"\n${fields.map((f) => `  ${f}\n`).join('')}`;
const nested2d = (n: number) =>
  Array.from({ length: n }, (_, i) => entry('npd', `v${i}`, [`runtimeVersion: ">= 1.${n - i}"`, `targetVersion: ">= 1.${n - i}"`])).join('');
// A real-looking image beside it whose second entry is never selected: still analysed.
const neighbour = entry('etcd', 'v3.5', ['targetVersion: ">= 1.20"']) + entry('etcd', 'v3.6', ['targetVersion: ">= 1.25"']);

describe('analysis-limit', () => {
  it('stops the exact analysis of an image past the budget, at its first entry, and analyses the others', () => {
    // About 16·n² units (see budget.ts): 500 entries are well past 2,000,000.
    const r = lintYaml({ base: 'images:\n' + neighbour + nested2d(500) });
    const f = findingsOf(r, 'analysis-limit');
    expect(f.map(at)).toEqual(['base-1.yaml:10:9']);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toMatch(/^Image `npd`: its 500 entries split the Kubernetes version plane .* on amd64 into more pieces than imagevector-lint resolves exactly \(a budget of 2,000,000 units\)/);
    expect(f[0]!.message).toMatch(/Simplify the constraints/);
    // Nothing is judged on a partial resolution: no finding of another rule about npd.
    expect(r.findings.filter((x) => x.rule !== 'analysis-limit' && /`npd`/.test(x.message))).toEqual([]);
    expect(r.resolved.some((row) => row.image === 'npd')).toBe(false);
    // The neighbour is still resolved and checked.
    expect(r.resolved.some((row) => row.image === 'etcd')).toBe(true);
    expect(findingsOf(r, 'shadowed-entry').map((x) => x.message.slice(0, 56))).toEqual(['Gardener never selects this entry of `etcd` (tag "v3.6")']);
  });

  it('resolves the same shape exactly under the budget', () => {
    const r = lintYaml({ base: 'images:\n' + nested2d(100) });
    expect(findingsOf(r, 'analysis-limit')).toEqual([]);
    expect(r.resolved.some((row) => row.image === 'npd')).toBe(true);
    expect(findingsOf(r, 'version-overlap').length).toBeGreaterThan(0);
  });

  it('counts the work, so a smaller budget stops a smaller image and a larger one lets it through', () => {
    const entries = mergeImageVectors([lintImages(nested2d(300))], false);
    expect(analyseGroup('g', entries, false, undefined, 10_000).images[0]!.limit).toEqual({ architecture: 'amd64', budget: 10_000, entries: 300 });
    expect(analyseGroup('g', entries, false, undefined, ANALYSIS_BUDGET).images[0]!.limit).toBeUndefined();
  });
});

function lintImages(text: string) {
  const parsed = readFile({ path: 'v.yaml', kind: 'base', content: 'images:\n' + text }, defaultConfig());
  return parsed.documents.flatMap((doc) => readImageVector(doc).images);
}
