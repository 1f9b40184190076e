import { describe, expect, it } from 'vitest';
import { EVERYTHING } from '../../src/workspace/change-scope.js';
import { MAX_COMMENT_CHARS, commentMarker } from '../../src/action/pr-comment.js';
import { MAX_SUMMARY_CHARS, renderCommentBody, renderSummary, type RunReport } from '../../src/action/summary.js';
import type { ResolvedChange } from '../../src/engine/changes.js';
import type { Finding, ResolvedRow } from '../../src/engine/types.js';
import { renderChangesSummary, renderChangesTable } from '../../src/reporters/changes-markdown.js';
import { outsideCodeSpans, tableRows } from './support/run-action.js';

const ANY = [{ lo: '0.0.0', hi: null }];
const EVIL = 'a|b `c` <script>x</script> @octocat\nnext #12';

function finding(i: number, message = `problem ${i}`): Finding {
  return { rule: 'version-gap', severity: i % 3 === 0 ? 'warning' : 'error', message, file: 'imagevector/containers.yaml', line: i + 1, column: 3 };
}

function row(i: number, image = `image-${i}`): ResolvedRow {
  return {
    image,
    architecture: 'amd64',
    runtimeVersion: ANY,
    targetVersion: [{ lo: `1.${i}.0`, hi: `1.${i + 1}.0` }],
    imageString: `registry.example/${image}:v${i}.0.0`,
    source: { file: 'imagevector/containers.yaml', line: i + 1, column: 3, kind: 'base' },
  };
}

function change(i: number, image = `image-${i}`): ResolvedChange {
  return {
    kind: 'changed',
    wholeImage: false,
    image,
    architecture: 'arm64',
    runtimeVersion: ANY,
    targetVersion: [{ lo: `1.${i}.0`, hi: null }],
    before: `r/${image}:v1`,
    after: `r/${image}:v2`,
    source: { file: 'imagevector/containers.yaml', line: i, column: 3, kind: 'base' },
  };
}

function report(findings: Finding[], rows: ResolvedRow[], changes: ResolvedChange[], unreported: Finding[] = []): RunReport {
  return {
    result: { findings: [...findings, ...unreported], resolved: rows, files: [{ path: 'imagevector/containers.yaml', kind: 'base', entries: rows.length }] },
    reported: findings,
    unreported,
    comparison: {
      sha: 'f'.repeat(40),
      via: 'git',
      result: { findings: [], resolved: [], files: [] },
      changes,
      findings: [],
      scope: { ...EVERYTHING, everything: false, files: new Set(['imagevector/containers.yaml']) },
    },
    failOn: 'error',
    failed: findings.some((f) => f.severity === 'error'),
    runUrl: 'https://github.com/o/r/actions/runs/1',
    commentKey: 'lint',
  };
}

describe('job summary and comment', () => {
  it('orders verdict, findings, unreported findings, changes, resolved table', () => {
    const text = renderSummary(report([finding(1)], [row(1)], [change(1)], [finding(2)]));
    const at = (s: string) => text.indexOf(s);
    expect(at('### imagevector-lint')).toBe(0);
    expect(at('❌ **1 error**')).toBeGreaterThan(0);
    expect(at('#### Findings (1)')).toBeGreaterThan(at('❌ **1 error**'));
    expect(at('1 finding in files this change does not touch')).toBeGreaterThan(at('#### Findings (1)'));
    expect(at('#### What this change does to the resolved images')).toBeGreaterThan(at('does not touch'));
    expect(at('<details><summary>Resolved images (1 row)</summary>')).toBeGreaterThan(at('#### What this change'));
    expect(text).toContain('1 resolved region differs from the base: 1 changed.');
  });

  it('stays under the summary limit (1 MiB) by dropping resolved rows first, and says so', () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => row(i));
    const findings = Array.from({ length: 200 }, (_, i) => finding(i));
    const text = renderSummary(report(findings, rows, [change(1)]));
    expect(text.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toMatch(/… \d+ more rows/);
    expect(text).toContain('#### Findings (200)');
    expect((text.match(/\| ❌ error \|/g) ?? []).length + (text.match(/\| ⚠️ warning \|/g) ?? []).length).toBe(200);
  });

  it('keeps the comment under 65,536 characters with a link to the run', () => {
    const findings = Array.from({ length: 3_000 }, (_, i) => finding(i, `a long message ${'x'.repeat(60)} ${i}`));
    const changes = Array.from({ length: 2_000 }, (_, i) => change(i));
    const body = renderCommentBody(report(findings, [], changes));
    expect(`${commentMarker('lint')}\n${body}`.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).toMatch(/… \d+ more rows/);
    expect(body).toContain('[job summary](https://github.com/o/r/actions/runs/1)');
  });

  it('escapes what comes from the files: no broken table, no HTML, no mention', () => {
    const r = report([finding(1, `bad image ${EVIL}`)], [row(1, EVIL)], [change(1, EVIL)]);
    for (const text of [renderSummary(r), renderCommentBody(r)]) {
      const tables = text.split(/\n\n+/).filter((b) => b.startsWith('|'));
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) expect(new Set(tableRows(table).map((x) => x.pipes)).size).toBe(1);
      const outsideCode = outsideCodeSpans(text);
      expect(outsideCode).not.toMatch(/<script|@octocat|#12/);
    }
  });
});

describe('changes table', () => {
  it('labels each kind of change and counts them', () => {
    const changes: ResolvedChange[] = [
      change(1),
      { ...change(2), kind: 'removed', after: undefined },
      { ...change(3), kind: 'added', before: undefined, wholeImage: true },
    ];
    const table = renderChangesTable(changes);
    expect(table.split('\n')).toEqual([
      '| Change | Image | Arch | Runtime | Target | Before | After | Source |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 🔄 changed | image-1 | arm64 | any | &gt;= 1.1 | `r/image-1:v1` | `r/image-1:v2` | `imagevector/containers.yaml:1` |',
      '| ➖ no longer resolves | image-2 | arm64 | any | &gt;= 1.2 | `r/image-2:v1` | – | `imagevector/containers.yaml:2` |',
      '| 🆕 new image | image-3 | arm64 | any | &gt;= 1.3 | – | `r/image-3:v2` | `imagevector/containers.yaml:3` |',
    ]);
    expect(renderChangesSummary(changes)).toBe('3 resolved regions differ from the base: 1 changed, 1 no longer resolving, 1 resolving now.');
    expect(renderChangesTable(changes, { maxRows: 1 })).toMatch(/\n\n… 2 more rows$/);
    expect(renderChangesTable([])).toBe('');
    // The same change on two architectures is one row.
    const both = renderChangesTable([change(1), { ...change(1), architecture: 'amd64' }]).split('\n');
    expect(both).toHaveLength(3);
    expect(both[2]).toContain('| image-1 | arm64, amd64 | any |');
    expect(renderChangesSummary([change(1), { ...change(1), architecture: 'amd64' }])).toBe('1 resolved region differs from the base: 1 changed.');
  });
});
