import { mergeArchitectures } from '../reporters/resolved-rows.js';
import type { Finding, LintResult } from '../engine/types.js';
import { countChangeRows, renderChangesSection, renderChangesSummary, renderChangesTable, renderComparedWith } from '../reporters/changes-markdown.js';
import { summarize } from '../reporters/json.js';
import { codeSpan, escapeTableCell } from '../reporters/markdown-escape.js';
import { neutralizeWorkflowCommandsInMarkdown } from '../reporters/workflow-commands.js';
import { renderFindingsTable, renderMessage, renderResolvedTable, renderVerdict } from '../reporters/markdown.js';
import { comparisonView, type BaseComparison } from '../workspace/base-comparison.js';
import { fitMarkdown, MAX_COMMENT_CHARS } from './pr-comment.js';
import type { FailLevel, ReportMode } from './settings.js';

// The job summary and the pull request comment. Both say first what the
// change does (the verdict on the findings it introduces, the images it
// changes), then the findings; the summary adds, folded, the findings that
// were already there and the whole resolved table. Both stay within their
// size limits by dropping table rows, the least important table first
// (findings go before change rows), and say so.

export interface RunReport {
  /** The head's lint result, with every finding (reported or not). */
  result: LintResult;
  /** Findings the run reports: new ones (`report: new`), those in what the change touches (`changed`), or all. */
  reported: Finding[];
  /** The others: already at the base commit (`new`), in files the change does not touch (`changed`). */
  unreported: Finding[];
  comparison?: BaseComparison;
  /** Why there is no comparison, when there is none. */
  baseNote?: string;
  failOn: FailLevel;
  /** Default `new`. */
  reportMode?: ReportMode;
  failed: boolean;
  runUrl?: string;
  commentKey: string;
}

/** GitHub takes up to 1 MiB per step summary; stay well under (characters may take several bytes). */
export const MAX_SUMMARY_CHARS = 250_000;
/** Room left in a comment for the marker and a cut notice. */
export const MAX_COMMENT_BODY_CHARS = MAX_COMMENT_CHARS - 1_000;

interface Table {
  total: number;
  render(rows: number): string;
}

export function renderSummary(report: RunReport, maxChars = MAX_SUMMARY_CHARS): string {
  const head = [...headSection(report, false)];
  const c = report.comparison;
  if (c) head.push(renderComparedWith(comparisonView(c)));
  const changes = changesTable(report, true);
  const findings = findingsTable(report);
  const unreported = unreportedTable(report, true);
  // Counted as shown: rows that resolve alike on every architecture are one row.
  const resolvedRows = mergeArchitectures(report.result.resolved);
  const resolved: Table = {
    total: resolvedRows.length,
    render: (n) =>
      resolvedRows.length === 0
        ? ''
        : `<details><summary>Resolved images (${plural(resolvedRows.length, 'row')})</summary>\n\n` +
          `${renderResolvedTable(resolvedRows, { maxRows: n })}\n\n</details>`,
  };
  // Shown in this order; cut first: resolved table, unreported findings, findings, changes.
  const tables = [changes, findings, unreported, resolved];
  const text = fit(head, tables, [3, 2, 1, 0], maxChars);
  return neutralizeWorkflowCommandsInMarkdown(
    fitMarkdown(text, maxChars, report.runUrl ? `The full report is in the JSON report of [the run](${report.runUrl}).` : ''),
  );
}

export function renderCommentBody(report: RunReport, maxChars = MAX_COMMENT_BODY_CHARS): string {
  const head = headSection(report, true);
  const changes = changesTable(report, false);
  const findings = findingsTable(report);
  const link = report.runUrl ? `[job summary](${report.runUrl})` : 'job summary';
  const c = report.comparison;
  const compared = c ? ` · compared with ${codeSpan(c.sha.slice(0, 12), { inTable: false })}` : '';
  const footer = `<sub>imagevector-lint · job ${codeSpan(report.commentKey, { inTable: false })}${compared} · every finding and the resolved image table are in the ${link}.</sub>`;
  // Findings are cut before change rows: the rows say what the change does.
  const text = fit(head, [changes, findings, { total: 0, render: () => footer }], [1, 0], maxChars);
  return neutralizeWorkflowCommandsInMarkdown(fitMarkdown(text, maxChars, report.runUrl ? `See the ${link} for everything.` : ''));
}

function headSection(report: RunReport, forComment: boolean): string[] {
  const mode = report.reportMode ?? 'new';
  const summary = summarize(report.reported);
  const clean = summary.errors + summary.warnings + summary.notices === 0;
  const compared = report.comparison !== undefined;
  let verdict = clean
    ? compared && mode === 'new' ? '✅ **No new problems**' : '✅ **No problems found**'
    : renderVerdict(summary).replace(/\*\*$/, compared && mode === 'new' ? ' introduced by this change**' : '**');
  if (report.failOn !== 'never') {
    verdict += report.failed
      ? ` — the check **fails** (findings reach \`fail-on: ${report.failOn}\`).`
      : ` — the check passes (\`fail-on: ${report.failOn}\`).`;
  }
  const n = report.unreported.length;
  if (forComment && n > 0) {
    verdict += ` ${notReportedTitle(report)}; the job summary lists them.`;
  }
  const parts = ['### imagevector-lint', verdict];
  const c = report.comparison;
  if (c) {
    for (const file of c.notCompared) {
      parts.push(
        `${codeSpan(file, { inTable: false })} cannot be read as a vector at the head, so it was not compared with the base commit: fix its error first.`,
      );
    }
  } else if (report.baseNote) {
    parts.push(escapeTableCell(report.baseNote));
  }
  // Only the files the change touches: an untouched template is not news.
  const touched = (path: string) => !c || c.scope.everything || c.scope.files.has(path);
  const skipped = report.result.files.filter((f) => f.skipped !== undefined && touched(f.path));
  if (skipped.length > 0) {
    parts.push(
      ['Not analysed:', ...skipped.map((f) => `- ${codeSpan(f.path, { inTable: false })}: ${renderMessage(f.skipped ?? '', { inTable: false })}`)].join('\n'),
    );
  }
  if (report.result.files.length === 0) parts.push('No image vector was linted.');
  return parts;
}

function notReportedTitle(report: RunReport): string {
  const n = report.unreported.length;
  const counts = summarize(report.unreported);
  const what = [
    counts.errors > 0 ? plural(counts.errors, 'error') : '',
    counts.warnings > 0 ? plural(counts.warnings, 'warning') : '',
    counts.notices > 0 ? plural(counts.notices, 'notice') : '',
  ].filter((s) => s !== '');
  const list = what.length > 0 ? what.join(', ') : plural(n, 'finding');
  return (report.reportMode ?? 'new') === 'new'
    ? `${list} already at the base commit ${n === 1 ? 'is' : 'are'} not reported`
    : `${list} in files this change does not touch ${n === 1 ? 'is' : 'are'} not reported`;
}

function findingsTable(report: RunReport): Table {
  const n = report.reported.length;
  const title = (report.reportMode ?? 'new') === 'new' && report.comparison ? 'New findings' : 'Findings';
  return {
    total: n,
    render: (rows) => (n === 0 ? '' : `#### ${title} (${n})\n\n${renderFindingsTable(report.reported, { maxRows: rows })}`),
  };
}

function unreportedTable(report: RunReport, withTable: boolean): Table {
  const n = report.unreported.length;
  if (!withTable) return { total: 0, render: () => '' };
  // No Markdown inside HTML: GitHub shows a <summary>'s backticks literally.
  const title = `${notReportedTitle(report)} (not annotated, not failing the check; report: all reports them)`;
  return {
    total: n,
    render: (rows) =>
      n === 0 ? '' : `<details><summary>${escapeTableCell(title)}</summary>\n\n${renderFindingsTable(report.unreported, { maxRows: rows })}\n\n</details>`,
  };
}

function changesTable(report: RunReport, withHeading: boolean): Table {
  const changes = report.comparison?.changes;
  if (!changes) return { total: 0, render: () => '' };
  if (changes.length === 0 && !withHeading) return { total: 0, render: () => '' };
  return {
    total: countChangeRows(changes),
    render: (rows) =>
      withHeading
        ? renderChangesSection(changes, { maxRows: rows })
        : renderChangesSummary(changes) + (changes.length > 0 ? `\n\n${renderChangesTable(changes, { maxRows: rows })}` : ''),
  };
}

/**
 * Joins the head and the tables; while too long, shrinks tables in
 * `shrinkOrder` (largest row count that fits, by bisection), down to none.
 */
function fit(head: string[], tables: Table[], shrinkOrder: number[], maxChars: number): string {
  const rows = tables.map((t) => t.total);
  const build = () => `${[...head, ...tables.map((t, i) => t.render(rows[i]!))].filter((p) => p !== '').join('\n\n')}\n`;
  let text = build();
  for (const index of shrinkOrder) {
    if (text.length <= maxChars) break;
    let lo = 0;
    let hi = rows[index]!;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      rows[index] = mid;
      if (build().length <= maxChars) lo = mid;
      else hi = mid - 1;
    }
    rows[index] = lo;
    text = build();
  }
  return text;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
