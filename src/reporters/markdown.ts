import { mergeArchitectures } from './resolved-rows.js';
import { formatIntervalList } from '../engine/constraint/format.js';
import type { Finding, LintResult, ResolvedRow, Severity, VersionInterval } from '../engine/types.js';
import { compareFindings, isAnyVersion, summarize, type Summary } from './json.js';
import { renderChangesSection, renderComparedWith, type BaseComparisonView } from './changes-markdown.js';
import { codeSpan, escapeTableCell } from './markdown-escape.js';
import { neutralizeWorkflowCommandsInMarkdown } from './workflow-commands.js';

// Markdown for pull-request comments and job summaries (GitHub-flavoured). Every piece of text
// that comes from the linted files goes through escapeTableCell or codeSpan.

export interface MarkdownTableOptions {
  /** Rows shown at most; the rest is counted in a "… N more rows" line. Default: all. */
  maxRows?: number;
}

export interface MarkdownReportOptions {
  title: string;
  /** The report never exceeds this many characters (GitHub comments hold 65 536). */
  maxChars: number;
  /** The comparison with a base commit: a line under the verdict and, before the resolved table, what the change does. */
  base?: BaseComparisonView;
  /** Lines of plain text under the verdict (escaped). */
  notes?: readonly string[];
}

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function moreRows(hidden: number): string {
  return `… ${hidden} more ${hidden === 1 ? 'row' : 'rows'}`;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly string[], total: number): string {
  const hidden = total - rows.length;
  if (rows.length === 0 && hidden > 0) return moreRows(hidden);
  const lines = [tableRow(header), tableRow(header.map(() => '---')), ...rows];
  // A blank line ends the table: a following text line would otherwise become a row.
  return hidden > 0 ? `${lines.join('\n')}\n\n${moreRows(hidden)}` : lines.join('\n');
}

function limit(maxRows: number | undefined, total: number): number {
  if (maxRows === undefined || !Number.isFinite(maxRows)) return total;
  return Math.max(0, Math.min(total, Math.floor(maxRows)));
}

/**
 * Root causes first (a file that cannot be read: everything else about it is a
 * consequence), then errors (they matter most when the table is cut), then by
 * file, line, column, rule.
 */
function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => rootCauseRank(a) - rootCauseRank(b) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareFindings(a, b),
  );
}

/** 0 for an error that stops a file from being read as a vector (yaml-syntax, unreadable-file), else 1. */
export function rootCauseRank(finding: Finding): 0 | 1 {
  return finding.severity === 'error' && (finding.rule === 'yaml-syntax' || finding.rule === 'unreadable-file') ? 0 : 1;
}

/**
 * A message as Markdown: the engine writes code in backticks (`` `caBundle.inline` ``), so
 * backtick pairs become code spans. Each piece still goes through codeSpan or escapeTableCell,
 * so a message whose quoted user text holds backticks may pair them differently but can never
 * break out: with an odd number of backticks the whole message is escaped as text.
 */
export function renderMessage(message: string, options: { inTable?: boolean } = {}): string {
  const pieces = message.split('`');
  if (pieces.length % 2 === 0) return escapeTableCell(message);
  return pieces.map((piece, i) => (i % 2 === 0 ? escapeTableCell(piece) : piece === '' ? '' : codeSpan(piece, options))).join('');
}

function findingRow(finding: Finding): string {
  return tableRow([
    SEVERITY_LABEL[finding.severity],
    codeSpan(finding.rule),
    codeSpan(`${finding.file}:${finding.line}:${finding.column}`),
    renderMessage(finding.message),
  ]);
}

const FINDINGS_HEADER = ['Severity', 'Rule', 'Location', 'Message'] as const;

/**
 * `| Severity | Rule | Location | Message |`, errors first. `''` when there are no findings.
 */
export function renderFindingsTable(findings: readonly Finding[], options: MarkdownTableOptions = {}): string {
  if (findings.length === 0) return '';
  const ordered = orderFindings(findings);
  const shown = ordered.slice(0, limit(options.maxRows, ordered.length)).map(findingRow);
  return neutralizeWorkflowCommandsInMarkdown(table(FINDINGS_HEADER, shown, ordered.length));
}

function versions(intervals: readonly VersionInterval[]): string {
  return isAnyVersion(intervals) ? 'any' : formatIntervalList(intervals);
}

function resolvedRow(row: ResolvedRow): string {
  const source = codeSpan(`${row.source.file}:${row.source.line}`);
  return tableRow([
    escapeTableCell(row.image),
    escapeTableCell(row.architecture),
    escapeTableCell(versions(row.runtimeVersion)),
    escapeTableCell(versions(row.targetVersion)),
    (row.disallowedRegistry ? '⛔ ' : '') + codeSpan(row.imageString),
    row.source.component === undefined ? source : `${source} (component ${escapeTableCell(row.source.component)})`,
  ]);
}

const RESOLVED_HEADER = ['Image', 'Arch', 'Runtime', 'Target', 'Image string', 'Source'] as const;

/**
 * `| Image | Arch | Runtime | Target | Image string | Source |`, in the engine's order.
 * Runtime and Target read `any` for the full range. `''` when there are no rows.
 */
export function renderResolvedTable(rows: readonly ResolvedRow[], options: MarkdownTableOptions = {}): string {
  if (rows.length === 0) return '';
  rows = mergeArchitectures(rows);
  const shown = rows.slice(0, limit(options.maxRows, rows.length)).map(resolvedRow);
  return neutralizeWorkflowCommandsInMarkdown(table(RESOLVED_HEADER, shown, rows.length));
}

/** One line: `❌ **2 errors, 1 warning**`, `⚠️ **1 warning**`, `ℹ️ **2 notices**` or `✅ **No problems found**`. */
export function renderVerdict(summary: Summary): string {
  const parts: string[] = [];
  if (summary.errors > 0) parts.push(plural(summary.errors, 'error'));
  if (summary.warnings > 0) parts.push(plural(summary.warnings, 'warning'));
  if (summary.notices > 0) parts.push(plural(summary.notices, 'notice'));
  if (parts.length === 0) return '✅ **No problems found**';
  const icon = summary.errors > 0 ? '❌' : summary.warnings > 0 ? '⚠️' : 'ℹ️';
  return `${icon} **${parts.join(', ')}**`;
}

/**
 * Title, verdict, the base commit compared with, files that were not analysed, what the change
 * does to the resolved images (with a base; never cut), the findings table, and the resolved
 * image table (collapsed). When the whole does not fit in `maxChars`, the resolved table loses rows
 * first, then the findings table; rows are dropped whole, and each cut table ends with a
 * "… N more rows" line. No final newline.
 */
export function renderMarkdownReport(result: LintResult, options: MarkdownReportOptions): string {
  // Every piece is escaped already; this pass only guarantees that no workflow command survives.
  return neutralizeWorkflowCommandsInMarkdown(markdownReport(result, options));
}

function markdownReport(result: LintResult, options: MarkdownReportOptions): string {
  const findings = orderFindings(result.findings);
  const findingRows = findings.map(findingRow);
  const resolvedRows = mergeArchitectures(result.resolved).map(resolvedRow);
  const head: string[] = [`### ${escapeTableCell(options.title)}`, renderVerdict(summarize(result.findings))];
  const outside = mergeArchitectures(result.resolved).filter((row) => row.disallowedRegistry).length;
  if (outside > 0) {
    head.push(`⛔ ${outside === 1 ? '1 resolved image comes' : `${outside} resolved images come`} from a registry outside \`registries.allowed\` (marked ⛔ in the table).`);
  }
  const skipped = result.files.filter((file) => file.skipped !== undefined);
  if (skipped.length > 0) {
    head.push(
      ['Not analysed:', ...skipped.map((file) => `- ${codeSpan(file.path, { inTable: false })}: ${renderMessage(file.skipped ?? '', { inTable: false })}`)].join('\n'),
    );
  }

  head.splice(2, 0, ...(options.base ? [renderComparedWith(options.base)] : []), ...(options.notes ?? []).map((n) => escapeTableCell(n)));
  const changes = options.base ? renderChangesSection(options.base.changes) : undefined;

  const build = (shownFindings: number, shownResolved: number): string => {
    const parts = [...head];
    // What the change does first, as in the job summary.
    if (changes !== undefined) parts.push(changes);
    if (findingRows.length > 0) {
      parts.push(`#### Findings (${findingRows.length})`);
      parts.push(table(FINDINGS_HEADER, findingRows.slice(0, shownFindings), findingRows.length));
    }
    if (resolvedRows.length > 0) {
      parts.push(
        `<details><summary>Resolved images (${resolvedRows.length} ${resolvedRows.length === 1 ? 'row' : 'rows'})</summary>`,
        table(RESOLVED_HEADER, resolvedRows.slice(0, shownResolved), resolvedRows.length),
        '</details>',
      );
    }
    return parts.join('\n\n');
  };

  const max = options.maxChars;
  const fits = (text: string): boolean => text.length <= max;
  // Largest n in [0, total] with fits(render(n)), assuming (nearly) monotonic growth in n;
  // the final loop makes the answer safe even where a shorter "more rows" count breaks that.
  const largest = (total: number, render: (n: number) => string): number => {
    let lo = 0;
    let hi = total;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(render(mid))) lo = mid;
      else hi = mid - 1;
    }
    while (lo > 0 && !fits(render(lo))) lo--;
    return lo;
  };

  const full = build(findingRows.length, resolvedRows.length);
  if (fits(full)) return full;
  if (fits(build(findingRows.length, 0))) {
    return build(findingRows.length, largest(resolvedRows.length, (n) => build(findingRows.length, n)));
  }
  if (fits(build(0, 0))) return build(largest(findingRows.length, (n) => build(n, 0)), 0);
  // Not even the tables' skeletons fit: keep whole lines of the head, then nothing.
  let out = '';
  for (const line of head.join('\n\n').split('\n')) {
    const next = out === '' ? line : `${out}\n${line}`;
    if (!fits(next)) break;
    out = next;
  }
  return out.replace(/\n+$/, '');
}
