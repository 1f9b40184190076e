import { describe, expect, it } from 'vitest';
import { defaultConfig, mergeConfig } from '../../src/engine/config.js';
import { lint } from '../../src/engine/lint.js';
import type { Finding, LintResult, ResolvedRow } from '../../src/engine/types.js';
import { formatCheckstyle, formatGithub, formatJson, formatRdjson, formatSarif, formatText, renderMarkdownReport } from '../../src/reporters/index.js';
// @ts-expect-error: a plain ES module of the benchmark, without types
import { adversarial } from '../../scripts/bench/shapes.mjs';

// Large reports in every format (issue 10, "Done when"): reporters must not
// spread unbounded arrays into calls or build strings beyond V8's limit.
// Not timed: each case only has to finish, without a crash.

const SARIF_TOOL = { name: 'imagevector-lint', version: '0.0.0', informationUri: 'https://example.org', rules: [] };

function everyFormat(result: LintResult): Record<string, string> {
  return {
    text: formatText(result, { color: false }),
    json: formatJson(result),
    markdown: renderMarkdownReport(result, { title: 'imagevector-lint', maxChars: 1_000_000 }),
    sarif: formatSarif(result, SARIF_TOOL),
    github: formatGithub(result),
    rdjson: formatRdjson(result, SARIF_TOOL),
    checkstyle: formatCheckstyle(result),
  };
}

describe('reports of adversarial inputs, in every format', () => {
  const shapes = adversarial as Record<string, (n: number) => string>;
  // Sizes that lint in about a second each here; the benchmark runs them larger.
  const cases: [string, number][] = [
    ['nested', 2_000],
    ['nested2d', 100],
    ['grid', 900],
    ['windows', 2_000],
    ['orChains', 2_000],
    ['manyOr', 1_000],
    ['andChain', 5_000],
    ['sameImage', 2_000],
    ['architectures', 300],
    ['unknownNames', 500],
    ['hugeKey', 1_000],
  ];
  it.each(cases)('%s × %i', (shape, n) => {
    const result = lint([{ path: 'images.yaml', kind: 'base', content: shapes[shape]!(n) }], mergeConfig(defaultConfig(), {}));
    const { github, ...reports } = everyFormat(result);
    for (const [format, text] of Object.entries(reports)) expect(text.length, format).toBeGreaterThan(0);
    // Workflow commands: one line per finding (none for a clean file).
    expect(github!.split('\n').filter(Boolean)).toHaveLength(result.findings.length);
    expect(JSON.parse(reports.json!).resolved.length).toBeGreaterThan(0);
    if (shape === 'nested') {
      // Every entry but the first overlaps: 20 findings, each naming at most five winners, and one counting the rest.
      const overlaps = result.findings.filter((f) => f.rule === 'version-overlap');
      expect(overlaps).toHaveLength(21);
      const rest = overlaps.filter((f) => f.message.startsWith('And '));
      expect(rest).toHaveLength(1);
      expect(rest[0]!.message).toMatch(new RegExp(`^And ${(n - 21).toLocaleString('en-US')} more entries of \`npd\` overlap others \\(not listed one by one`));
      expect(Math.max(...overlaps.filter((f) => !rest.includes(f)).map((f) => f.message.match(/Gardener picks/g)!.length))).toBe(5);
      expect(result.resolved).toHaveLength(2 * n);
    }
  });

  // Output that stays linear in the input (issue 9, point 7): a regression to one region per
  // plane cell, or to a pass over every entry per architecture, shows here as a count.
  it("nested on both axes: each winner's L-shaped share is two regions, not one per runtime cell", () => {
    const n = 300;
    const result = lint([{ path: 'images.yaml', kind: 'base', content: shapes.nested2d!(n) }], mergeConfig(defaultConfig(), {}));
    // Per architecture (amd64, arm64): the first entry wins one square, every other one an L of two rectangles.
    expect(result.resolved).toHaveLength(2 * (2 * n - 1));
    // n − 1 overlapping entries: 20 listed, the rest counted in one finding.
    const overlaps = result.findings.filter((f) => f.rule === 'version-overlap');
    expect(overlaps).toHaveLength(21);
    expect(overlaps.filter((f) => f.message.startsWith(`And ${(n - 21).toLocaleString('en-US')} more entries of \`npd\` overlap others (not listed one by one`))).toHaveLength(1);
    for (const text of Object.values(everyFormat(result))) expect(text.length).toBeGreaterThan(0);
  });

  it('3,000 distinct architectures: one row each, every format', () => {
    const n = 3_000;
    const result = lint([{ path: 'images.yaml', kind: 'base', content: shapes.architectures!(n) }], mergeConfig(defaultConfig(), {}));
    expect(result.resolved).toHaveLength(n);
    expect(new Set(result.resolved.map((r) => r.architecture)).size).toBe(n);
    for (const text of Object.values(everyFormat(result))) expect(text.length).toBeGreaterThan(0);
  });
});

describe('a report of 400,000 resolved rows', () => {
  it('comes out as text, JSON, Markdown and SARIF', () => {
    const rows: ResolvedRow[] = [];
    for (let i = 0; i < 200_000; i++) {
      for (const architecture of ['amd64', 'arm64']) {
        rows.push({
          image: `image-${i % 50_000}`,
          architecture,
          runtimeVersion: [{ lo: '0.0.0', hi: null }],
          targetVersion: [{ lo: `1.${i % 40}.0`, hi: `1.${(i % 40) + 1}.0` }],
          imageString: `europe-docker.pkg.dev/gardener-project/releases/image-${i}:v1.${i % 100}.0${architecture === 'arm64' ? '-arm' : ''}`,
          source: { file: `vector-${Math.floor(i / 50)}.yaml`, line: 2 + (i % 50) * 6, column: 3, kind: 'base' },
        });
      }
    }
    const findings: Finding[] = Array.from({ length: 20_000 }, (_, i) => ({
      rule: 'version-overlap',
      severity: 'warning',
      message: `This \`image-${i}\` entry overlaps others.`,
      file: `vector-${Math.floor(i / 5)}.yaml`,
      line: 2 + (i % 5),
      column: 3,
    }));
    // One very long message: padding every message to the widest one must not blow up.
    findings.push({ rule: 'version-overlap', severity: 'warning', message: 'x'.repeat(51_000), file: 'vector-0.yaml', line: 1, column: 1 });
    const result: LintResult = { findings, resolved: rows, files: [{ path: 'vector-0.yaml', kind: 'base', entries: 50 }] };
    const reports = everyFormat(result);
    expect(JSON.parse(reports.json!).resolved).toHaveLength(400_000);
    // The text report shows a long table cut, with the way to get it whole.
    expect(reports.text!.split('\n').length).toBeLessThan(400_000);
    for (const [format, text] of Object.entries(reports)) expect(text.length, format).toBeGreaterThan(0);
  }, 240_000);
});
