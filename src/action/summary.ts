import { mergeArchitectures } from '../reporters/resolved-rows.js';
import type { Finding, LintResult } from '../engine/types.js';
import { joinArchitectures, renderChangesSummary, renderChangesTable } from '../reporters/changes-markdown.js';
import { summarize } from '../reporters/json.js';
import { codeSpan, escapeTableCell } from '../reporters/markdown-escape.js';
import { neutralizeWorkflowCommandsInMarkdown } from '../reporters/workflow-commands.js';
import { renderFindingsTable, renderResolvedTable, renderVerdict } from '../reporters/markdown.js';
import type { BaseComparison } from '../workspace/base-comparison.js';
import { fitMarkdown, MAX_COMMENT_CHARS } from './pr-comment.js';
import type { FailLevel } from './settings.js';

// The job summary and the pull request comment: the verdict, the findings, what
// the change does to the resolved images, and (summary only) the whole resolved
// table. Both stay within their size limits by dropping table rows, the least
// important table first, and say so.

export interface RunReport {
  /** The head's lint result, with every finding (reported or not). */
  result: LintResult;
  /** Findings in what the change touches (or all, with `report: all`). */
  reported: Finding[];
  /** Findings in files the change does not touch (`report: changed`). */
  unreported: Finding[];
  comparison?: BaseComparison;
  /** Why there is no comparison, when there is none. */
  baseNote?: string;
  failOn: FailLevel;
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
  const head = headSection(report);
  const findings = findingsTable(report);
  const unreported = unreportedTable(report, true);
  const changes = changesTable(report);
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
  // Shown in this order; cut first: resolved table, unreported findings, changes, findings.
  const tables = [findings, unreported, changes, resolved];
  const text = fit(head, tables, [3, 1, 2, 0], maxChars);
  return neutralizeWorkflowCommandsInMarkdown(
    fitMarkdown(text, maxChars, report.runUrl ? `The full report is in the JSON report of [the run](${report.runUrl}).` : ''),
  );
}

export function renderCommentBody(report: RunReport, maxChars = MAX_COMMENT_BODY_CHARS): string {
  const head = headSection(report);
  const findings = findingsTable(report);
  const unreported = unreportedTable(report, false);
  const changes = changesTable(report);
  const link = report.runUrl ? `[job summary](${report.runUrl})` : 'job summary';
  const footer = `<sub>imagevector-lint · job ${codeSpan(report.commentKey, { inTable: false })} · all findings and the resolved image table are in the ${link}.</sub>`;
  const text = fit([...head], [findings, unreported, changes, { total: 0, render: () => footer }], [1, 2, 0], maxChars);
  return neutralizeWorkflowCommandsInMarkdown(fitMarkdown(text, maxChars, report.runUrl ? `See the ${link} for everything.` : ''));
}

function headSection(report: RunReport): string[] {
  const parts = ['### imagevector-lint', renderVerdict(summarize(report.reported))];
  if (report.failOn !== 'never') {
    parts.push(
      report.failed
        ? `The check **fails**: findings reach \`fail-on: ${report.failOn}\`.`
        : `The check passes (\`fail-on: ${report.failOn}\`).`,
    );
  }
  const c = report.comparison;
  if (c) {
    const changed = c.scope.everything ? 'the configuration changed, so every file counts as changed' : `${plural(c.scope.files.size, 'vector file')} changed`;
    parts.push(`Compared with the base commit ${codeSpan(c.sha.slice(0, 12), { inTable: false })}: ${changed}.`);
  } else if (report.baseNote) {
    parts.push(escapeTableCell(report.baseNote));
  }
  const skipped = report.result.files.filter((f) => f.skipped !== undefined);
  if (skipped.length > 0) {
    parts.push(
      ['Not analysed:', ...skipped.map((f) => `- ${codeSpan(f.path, { inTable: false })}: ${escapeTableCell(f.skipped ?? '')}`)].join('\n'),
    );
  }
  if (report.result.files.length === 0) parts.push('No image vector was linted.');
  return parts;
}

function findingsTable(report: RunReport): Table {
  const n = report.reported.length;
  return {
    total: n,
    render: (rows) => (n === 0 ? '' : `#### Findings (${n})\n\n${renderFindingsTable(report.reported, { maxRows: rows })}`),
  };
}

function unreportedTable(report: RunReport, withTable: boolean): Table {
  const n = report.unreported.length;
  const title = `${plural(n, 'finding')} in files this change does not touch: not annotated and not failing the check (\`report: all\` reports them)`;
  if (!withTable) return { total: 0, render: () => (n === 0 ? '' : `${title}.`) };
  return {
    total: n,
    render: (rows) =>
      n === 0 ? '' : `<details><summary>${title}</summary>\n\n${renderFindingsTable(report.unreported, { maxRows: rows })}\n\n</details>`,
  };
}

function changesTable(report: RunReport): Table {
  const changes = report.comparison?.changes;
  if (!changes) return { total: 0, render: () => '' };
  return {
    total: joinArchitectures(changes).length,
    render: (rows) =>
      `#### What this change does to the resolved images\n\n${renderChangesSummary(changes)}` +
      (changes.length > 0 ? `\n\n${renderChangesTable(changes, { maxRows: rows })}` : ''),
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
