import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';
import {
  renderFindingsTable,
  renderMarkdownReport,
  renderMessage,
  renderResolvedTable,
  renderVerdict,
} from '../../src/reporters/markdown.js';
import { finding, row, sampleResult } from './fixtures.js';
import { codeSpanContents, countCellDelimiters, stripCodeSpans } from './gfm.js';

describe('renderFindingsTable', () => {
  it('renders errors first, then by file and line', () => {
    expect(renderFindingsTable(sampleResult().findings).split('\n')).toEqual([
      '| Severity | Rule | Location | Message |',
      '| --- | --- | --- | --- |',
      '| ❌ error | `image-reference` | `images.yaml:4:10` | Tag "v1:2" is not a valid tag. |',
      '| ⚠️ warning | `version-gap` | `images.yaml:12:5` | No etcd image for target 1.21.x (1.21.0 ≤ v &lt; 1.22.0). |',
      '| ℹ️ notice | `unknown-component` | `components.yaml:2:9` | Component etcd-drud is unknown. |',
    ]);
  });

  it('cuts after maxRows with a "more rows" line after a blank line', () => {
    expect(renderFindingsTable(sampleResult().findings, { maxRows: 1 }).split('\n')).toEqual([
      '| Severity | Rule | Location | Message |',
      '| --- | --- | --- | --- |',
      '| ❌ error | `image-reference` | `images.yaml:4:10` | Tag "v1:2" is not a valid tag. |',
      '',
      '… 2 more rows',
    ]);
    expect(renderFindingsTable(sampleResult().findings, { maxRows: 0 })).toBe('… 3 more rows');
    expect(renderFindingsTable(sampleResult().findings, { maxRows: 2 }).endsWith('\n\n… 1 more row')).toBe(true);
  });

  it('is empty without findings', () => {
    expect(renderFindingsTable([])).toBe('');
  });
});

describe('renderResolvedTable', () => {
  it('renders every column, "any" for the full range', () => {
    expect(renderResolvedTable(sampleResult().resolved).split('\n')).toEqual([
      '| Image | Arch | Runtime | Target | Image string | Source |',
      '| --- | --- | --- | --- | --- | --- |',
      '| etcd | amd64 | any | 1.27.x–1.29.x | `europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.9` | `images.yaml:2` |',
      '| etcd | arm64 | &lt; 1.27 ∪ &gt;= 1.30 | any | `europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.10` | `components.yaml:7` (component etcd-druid) |',
    ]);
  });

  it('cuts after maxRows', () => {
    const rows = Array.from({ length: 5 }, (_, i) => row({ image: `img${i}` }));
    const lines = renderResolvedTable(rows, { maxRows: 3 }).split('\n');
    expect(lines).toHaveLength(2 + 3 + 2);
    expect(lines.slice(-2)).toEqual(['', '… 2 more rows']);
  });

  it('shows "no version" for an empty interval list', () => {
    expect(renderResolvedTable([row({ image: 'x', runtimeVersion: [] })])).toContain('| x | amd64 | no version | any |');
  });
});

describe('renderVerdict', () => {
  it.each<[{ errors: number; warnings: number; notices: number }, string]>([
    [{ errors: 0, warnings: 0, notices: 0 }, '✅ **No problems found**'],
    [{ errors: 2, warnings: 1, notices: 0 }, '❌ **2 errors, 1 warning**'],
    [{ errors: 1, warnings: 0, notices: 3 }, '❌ **1 error, 3 notices**'],
    [{ errors: 0, warnings: 2, notices: 1 }, '⚠️ **2 warnings, 1 notice**'],
    [{ errors: 0, warnings: 0, notices: 1 }, 'ℹ️ **1 notice**'],
  ])('%j', (summary, expected) => {
    expect(renderVerdict(summary)).toBe(expected);
  });
});

describe('renderMessage', () => {
  it('turns backtick pairs into code spans and escapes the rest', () => {
    expect(renderMessage('`tag: "v1|2"` of `etcd` is <bad>')).toBe('`tag: "v1\\|2"` of `etcd` is &lt;bad&gt;');
  });
  it('escapes everything when backticks do not pair', () => {
    expect(renderMessage('a ` b')).toBe('a \\` b');
  });
});

// ---------------------------------------------------------------------------------------------
// Injection: content from a pull request must not break the table, render HTML, or ping anyone.

const HOSTILE = 'evil|name`x``y <script>alert(1)</script> @octocat #1\n| --- |\r\n[x](javascript:alert(1)) &lt;';

function hostileResult(): LintResult {
  return {
    findings: [
      finding({ rule: 'image-reference', line: 3, message: `Image \`${HOSTILE}\` is bad: ${HOSTILE}` }),
      finding({ rule: 'version-gap', line: 9, file: `dir/${HOSTILE}.yaml`, message: HOSTILE }),
    ],
    resolved: [
      row({
        image: HOSTILE,
        architecture: HOSTILE,
        imageString: `registry.example/${HOSTILE}`,
        source: { file: `${HOSTILE}.yaml`, line: 1, column: 1, kind: 'components', component: HOSTILE },
      }),
    ],
    files: [{ path: HOSTILE, kind: 'base', entries: 0, skipped: HOSTILE }],
  };
}

/** Lines of `markdown` that belong to a table (they start with "|"). */
function tableLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('|'));
}

function assertSafe(markdown: string): void {
  const outside = stripCodeSpans(markdown);
  expect(outside).not.toMatch(/<script/i);
  expect(outside).not.toMatch(/<img/i);
  expect(outside).not.toMatch(/@octocat/);
  expect(outside).not.toMatch(/#1\b/);
  expect(outside).not.toMatch(/(?<!\\)\]\(javascript:/);
  // The only raw HTML is ours.
  for (const tag of outside.match(/<[^>]*>/g) ?? []) {
    expect(['<details>', '<summary>', '</summary>', '</details>']).toContain(tag);
  }
}

describe('markdown injection', () => {
  it('the findings table keeps 5 cell delimiters per row', () => {
    const markdown = renderFindingsTable(hostileResult().findings);
    const lines = markdown.split('\n');
    expect(lines).toHaveLength(4); // header, delimiter, two rows: no line break got through
    for (const line of lines) expect(countCellDelimiters(line)).toBe(5);
    assertSafe(markdown);
  });

  it('the resolved table keeps 7 cell delimiters per row', () => {
    const markdown = renderResolvedTable(hostileResult().resolved);
    const lines = markdown.split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(countCellDelimiters(line)).toBe(7);
    assertSafe(markdown);
  });

  it('shows the image string exactly, in a code span', () => {
    const markdown = renderResolvedTable(hostileResult().resolved);
    const dataRow = markdown.split('\n')[2] ?? '';
    // GitHub removes the backslash of every `\|` in a table row before parsing the cell.
    const spans = codeSpanContents(dataRow.replace(/\\\|/g, '|'));
    expect(spans[0]).toBe(`registry.example/${HOSTILE.replace(/\r\n|\n/g, ' ')}`);
  });

  it('the image name cell reads as the original text', () => {
    const dataRow = renderResolvedTable(hostileResult().resolved).split('\n')[2] ?? '';
    expect(dataRow.startsWith(
      '| evil\\|name\\`x\\`\\`y &lt;script&gt;alert(1)&lt;/script&gt; @&#8203;octocat #&#8203;1 \\| --- \\| \\[x\\](javascript:alert(1)) &amp;lt; |',
    )).toBe(true);
  });

  it('the whole report is safe and keeps its table structure', () => {
    const markdown = renderMarkdownReport(hostileResult(), { title: `Report for ${HOSTILE}`, maxChars: 65_536 });
    assertSafe(markdown);
    const lines = tableLines(markdown);
    expect(lines).toHaveLength(4 + 3);
    for (const line of lines.slice(0, 4)) expect(countCellDelimiters(line)).toBe(5);
    for (const line of lines.slice(4)) expect(countCellDelimiters(line)).toBe(7);
    // The title is one heading line.
    expect(markdown.split('\n')[0]).toMatch(/^### Report for evil\\\|name/);
  });
});

// ---------------------------------------------------------------------------------------------

function bigResult(findings: number, resolved: number): LintResult {
  return {
    findings: Array.from({ length: findings }, (_, i) =>
      finding({ rule: 'version-overlap', line: i + 1, severity: i % 3 === 0 ? 'error' : 'warning', message: `Entry ${i} overlaps \`etcd\` for 1.${i}.x.` }),
    ),
    resolved: Array.from({ length: resolved }, (_, i) => row({ image: `image-${i}`, imageString: `r.example/image-${i}:v1.${i}.0` })),
    files: [{ path: 'images.yaml', kind: 'base', entries: resolved }],
  };
}

describe('renderMarkdownReport', () => {
  it('composes title, verdict, skipped files, findings and the collapsed resolved table', () => {
    const markdown = renderMarkdownReport(sampleResult(), { title: 'imagevector-lint', maxChars: 65_536 });
    expect(markdown.split('\n').slice(0, 9)).toEqual([
      '### imagevector-lint',
      '',
      '❌ **1 error, 1 warning, 1 notice**',
      '',
      'Not analysed:',
      '- `charts/templated.yaml`: contains unrendered Helm template expressions',
      '',
      '#### Findings (3)',
      '',
    ]);
    expect(markdown).toContain('\n\n<details><summary>Resolved images (2 rows)</summary>\n\n| Image | Arch |');
    expect(markdown.endsWith('\n\n</details>')).toBe(true);
    expect(markdown.endsWith('\n')).toBe(false);
  });

  it('without findings says so and shows the table', () => {
    const markdown = renderMarkdownReport({ findings: [], resolved: sampleResult().resolved, files: [] }, { title: 'T', maxChars: 10_000 });
    expect(markdown).toContain('✅ **No problems found**');
    expect(markdown).not.toContain('#### Findings');
  });

  it('drops resolved rows first, then findings rows, and says how many', () => {
    const result = bigResult(30, 200);
    const full = renderMarkdownReport(result, { title: 'T', maxChars: 1_000_000 });
    expect(full).not.toContain('more row');

    const withAllFindings = renderMarkdownReport(result, { title: 'T', maxChars: 6_000 });
    expect(withAllFindings.length).toBeLessThanOrEqual(6_000);
    expect(tableLines(withAllFindings).filter((l) => l.includes('version-overlap'))).toHaveLength(30);
    expect(withAllFindings).toMatch(/\n\n… \d+ more rows\n\n<\/details>$/);

    const tight = renderMarkdownReport(result, { title: 'T', maxChars: 1_500 });
    expect(tight.length).toBeLessThanOrEqual(1_500);
    expect(tight).toMatch(/… \d+ more rows/);
    expect(tight).toContain('… 200 more rows'); // no resolved rows left
  });

  it('stays under maxChars and never cuts a row or a code span (property)', () => {
    const result = bigResult(25, 60);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (maxChars) => {
        const markdown = renderMarkdownReport(result, { title: 'imagevector-lint', maxChars });
        expect(markdown.length).toBeLessThanOrEqual(maxChars);
        for (const line of tableLines(markdown)) {
          expect(line.endsWith(' |')).toBe(true);
          const cells = countCellDelimiters(line);
          expect(cells === 5 || cells === 7).toBe(true);
          // Every backtick in a row belongs to a complete code span.
          expect(stripCodeSpans(line)).not.toContain('`');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps whole lines of the head when not even the tables fit', () => {
    const markdown = renderMarkdownReport(sampleResult(), { title: 'imagevector-lint', maxChars: 60 });
    expect(markdown).toBe('### imagevector-lint\n\n❌ **1 error, 1 warning, 1 notice**');
  });
});
