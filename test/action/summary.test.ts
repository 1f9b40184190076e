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
    reportMode: 'new',
    comparison: {
      sha: 'f'.repeat(40),
      via: 'git',
      result: { findings: [], resolved: [], files: [] },
      changes,
      findings: [],
      scope: { ...EVERYTHING, everything: false, files: new Set(['imagevector/containers.yaml']) },
      notCompared: [],
      warnings: [],
    },
    failOn: 'error',
    failed: findings.some((f) => f.severity === 'error'),
    runUrl: 'https://github.com/o/r/actions/runs/1',
    commentKey: 'lint',
  };
}

describe('job summary and comment', () => {
  it('orders verdict, changes, new findings, existing findings (folded), resolved table', () => {
    const text = renderSummary(report([finding(1)], [row(1)], [change(1)], [finding(2)]));
    const at = (s: string) => text.indexOf(s);
    expect(at('### imagevector-lint')).toBe(0);
    expect(at('❌ **1 error introduced by this change**')).toBeGreaterThan(0);
    expect(at('#### What this change does to the resolved images')).toBeGreaterThan(at('❌ **1 error'));
    expect(at('#### New findings (1)')).toBeGreaterThan(at('#### What this change does'));
    expect(at('<details><summary>1 error already at the base commit is not reported')).toBeGreaterThan(at('#### New findings (1)'));
    expect(at('<details><summary>Resolved images (1 row)</summary>')).toBeGreaterThan(at('already at the base commit'));
    expect(text).toContain('1 image resolves differently in `imagevector/containers.yaml`:');
  });

  it('counts existing findings in one line of the comment, and lists none of them', () => {
    const body = renderCommentBody(report([], [row(1)], [change(1)], [finding(2), finding(3)]));
    expect(body).toContain('✅ **No new problems** — the check passes (`fail-on: error`). 1 error, 1 warning already at the base commit are not reported; the job summary lists them.');
    expect(body).not.toContain('problem 2');
    expect(body).not.toContain('#### ');
  });

  it('stays under the summary limit (1 MiB) by dropping resolved rows first, and says so', () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => row(i));
    const findings = Array.from({ length: 200 }, (_, i) => finding(i));
    const text = renderSummary(report(findings, rows, [change(1)]));
    expect(text.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toMatch(/… \d+ more rows/);
    expect(text).toContain('#### New findings (200)');
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
  it('shows one row per image and range, only the changed part of the reference, and flags what deserves a look', () => {
    const changes: ResolvedChange[] = [
      change(1),
      { ...change(2), kind: 'removed', after: undefined },
      { ...change(3), kind: 'added', before: undefined, wholeImage: true },
      { ...change(4), before: 'mcr.microsoft.com/oss/v2/kubernetes/ccm:v1.32.16', after: 'mcr.microsoft.com/oss/kubernetes/ccm:v1.32.11' },
      { ...change(5), before: 'r/x:v1.2.3', after: 'r/x@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' },
    ];
    expect(renderChangesTable(changes).split('\n')).toEqual([
      '| Image | Kubernetes | Change |',
      '| --- | --- | --- |',
      '| image-1 | &gt;= 1.1 | `:v1` → `:v2` |',
      '| image-2 | &gt;= 1.2 | ⚠️ no longer resolves (was `:v1`) |',
      '| image-3 | &gt;= 1.3 | 🆕 new image: `r/image-3:v2` |',
      '| image-4 | &gt;= 1.4 | `…/oss/v2/…:v1.32.16` → `…/oss/…:v1.32.11` ⚠️ lower tag, other repository |',
      '| image-5 | &gt;= 1.5 | `:v1.2.3` → `@sha256:0123456789ab…` ⚠️ tag ↔ digest |',
    ]);
    expect(renderChangesSummary(changes)).toBe('5 images resolve differently in `imagevector/containers.yaml`:');
    expect(renderChangesTable(changes, { maxRows: 1 })).toMatch(/\n\n… 4 more rows$/);
    expect(renderChangesTable([])).toBe('');
  });

  it('merges rows that read the same: architectures joined, ranges joined; Arch and Runtime columns only when they say something', () => {
    const both = renderChangesTable([change(1), { ...change(1), architecture: 'amd64' }]).split('\n');
    expect(both).toEqual(['| Image | Kubernetes | Change |', '| --- | --- | --- |', '| image-1 | &gt;= 1.1 | `:v1` → `:v2` |']);
    const ranges = renderChangesTable([
      { ...change(1), targetVersion: [{ lo: '1.30.0', hi: '1.31.0' }] },
      { ...change(1), targetVersion: [{ lo: '1.31.0', hi: '1.32.0' }], source: { ...change(1).source, line: 40 } },
    ]).split('\n');
    expect(ranges[2]).toBe('| image-1 | 1.30.x–1.31.x | `:v1` → `:v2` |');
    const archs = renderChangesTable([change(1), { ...change(2), architecture: 'amd64', runtimeVersion: [{ lo: '1.30.0', hi: null }] }]).split('\n');
    expect(archs[0]).toBe('| Image | Arch | Runtime | Kubernetes | Change |');
    expect(archs[3]).toBe('| image-2 | amd64 | &gt;= 1.30 | &gt;= 1.2 | `:v1` → `:v2` |');
  });

  it('groups by vector file when there are several', () => {
    const other = { ...change(2), source: { ...change(2).source, file: 'imagevector/charts.yaml' } };
    const text = renderChangesTable([change(1), other]);
    expect(text.split('\n\n')).toHaveLength(4);
    expect(text).toMatch(/^`imagevector\/containers\.yaml`\n\n\| Image/);
    expect(text).toContain('\n\n`imagevector/charts.yaml`\n\n| Image');
    expect(renderChangesSummary([change(1), other])).toBe('2 images resolve differently in 2 vector files:');
  });
});
