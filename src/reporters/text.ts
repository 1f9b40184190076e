import { mergeArchitectures, runtimeUnconstrained } from './resolved-rows.js';
import { isAbsolute, relative, sep } from 'node:path';
import { formatIntervalList } from '../engine/constraint/format.js';
import type { Finding, LintResult, Severity, VersionInterval } from '../engine/types.js';
import { isAnyVersion, sortFindings, summarize } from './json.js';
import { neutralizeWorkflowCommands } from './workflow-commands.js';

// Terminal output in the style of eslint's "stylish": findings grouped by file, one aligned line
// each (`line:column  severity  message  rule-id`), a summary line, then the resolved image table.

export interface TextOptions {
  /** ANSI colours. */
  color: boolean;
  /** Absolute paths under this directory are shown relative to it. */
  cwd?: string;
}

type Style = (text: string) => string;

function ansi(open: number, close: number): Style {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const plain: Style = (text) => text;

interface Palette {
  bold: Style;
  dim: Style;
  underline: Style;
  red: Style;
  yellow: Style;
  green: Style;
  cyan: Style;
}

const COLORS: Palette = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  underline: ansi(4, 24),
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  green: ansi(32, 39),
  cyan: ansi(36, 39),
};

const NO_COLORS: Palette = {
  bold: plain,
  dim: plain,
  underline: plain,
  red: plain,
  yellow: plain,
  green: plain,
  cyan: plain,
};

/**
 * One terminal line of untrusted text: line breaks and tabs become spaces; other control
 * characters (ESC would let a file drive the terminal) and bidirectional overrides are shown
 * as `\u001b`-style escapes, and so is the first character of a workflow command (`::` at the
 * start, `##[` anywhere: `\u003a:`, `\u0023#[`), since any cell may start a line.
 */
export function sanitizeForTerminal(text: string): string {
  return neutralizeWorkflowCommands(
    text
      .replace(/\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g, ' ')
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/** Width in terminal columns, counting code points (good enough for this output). */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

function displayPath(file: string, cwd: string | undefined): string {
  if (cwd === undefined || !isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function severityStyle(severity: Severity, colors: Palette): Style {
  return severity === 'error' ? colors.red : severity === 'warning' ? colors.yellow : colors.cyan;
}

/** Columns padded to the widest cell; the last column is not padded. */
function alignedRows(rows: readonly string[][], style: (row: number, column: number) => Style, indent: string): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, width(cell));
    });
  }
  return rows.map((row, r) => {
    const cells = row.map((cell, i) => {
      const padded = i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0);
      // Style only the text, not the padding, so underlines and backgrounds stay tight.
      const text = padded.slice(0, cell.length);
      return style(r, i)(text) + padded.slice(cell.length);
    });
    return indent + cells.join('  ');
  });
}

function versions(intervals: readonly VersionInterval[]): string {
  return isAnyVersion(intervals) ? 'any' : formatIntervalList(intervals);
}

/** The whole text report, ending with a newline (it is line-oriented terminal output). */
export function formatText(result: LintResult, options: TextOptions): string {
  const colors = options.color ? COLORS : NO_COLORS;
  const out: string[] = [];

  // Findings, grouped by file in sorted order.
  const groups = new Map<string, Finding[]>();
  for (const finding of sortFindings(result.findings)) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  for (const [file, findings] of groups) {
    out.push(colors.underline(sanitizeForTerminal(displayPath(file, options.cwd))));
    const rows = findings.map((f) => [`${f.line}:${f.column}`, f.severity, sanitizeForTerminal(f.message), sanitizeForTerminal(f.rule)]);
    const styles = (r: number, column: number): Style =>
      column === 0 || column === 3 ? colors.dim : column === 1 ? severityStyle((findings[r] as Finding).severity, colors) : plain;
    out.push(...alignedRows(rows, styles, '  '));
    out.push('');
  }

  const skipped = result.files.filter((file) => file.skipped !== undefined);
  if (skipped.length > 0) {
    out.push(colors.bold('Not analysed'));
    for (const file of skipped) {
      out.push(`  ${sanitizeForTerminal(displayPath(file.path, options.cwd))}  ${colors.dim(sanitizeForTerminal(file.skipped ?? ''))}`);
    }
    out.push('');
  }

  const summary = summarize(result.findings);
  const parts: string[] = [];
  if (summary.errors > 0) parts.push(plural(summary.errors, 'error'));
  if (summary.warnings > 0) parts.push(plural(summary.warnings, 'warning'));
  if (summary.notices > 0) parts.push(plural(summary.notices, 'notice'));
  if (parts.length === 0) out.push(colors.green('✔ no problems'));
  else {
    const style = summary.errors > 0 ? colors.red : summary.warnings > 0 ? colors.yellow : colors.cyan;
    out.push(colors.bold(style(`✖ ${parts.join(', ')}`)));
  }

  const outside = mergeArchitectures(result.resolved).filter((row) => row.disallowedRegistry).length;
  if (outside > 0) out.push(colors.red(`✖ ${outside === 1 ? '1 resolved image comes' : `${outside} resolved images come`} from a registry outside registries.allowed (marked ✖ below)`));

  if (result.resolved.length > 0) {
    out.push('');
    const resolved = mergeArchitectures(result.resolved);
    const showRuntime = !runtimeUnconstrained(resolved);
    out.push(colors.bold(`Resolved images (${resolved.length})`));
    const header = ['image', 'architecture', ...(showRuntime ? ['runtime'] : []), 'target', 'image string', 'source'];
    const rows = resolved.map((row) => [
      sanitizeForTerminal(row.image),
      sanitizeForTerminal(row.architecture),
      ...(showRuntime ? [versions(row.runtimeVersion)] : []),
      versions(row.targetVersion),
      (row.disallowedRegistry ? '✖ ' : '') + sanitizeForTerminal(row.imageString),
      sanitizeForTerminal(
        `${displayPath(row.source.file, options.cwd)}:${row.source.line}` +
          (row.source.component === undefined ? '' : ` (component ${row.source.component})`),
      ),
    ]);
    out.push(...alignedRows([header, ...rows], (r) => (r === 0 ? colors.dim : plain), '  '));
  }

  // Every cell is neutralised already (sanitizeForTerminal); this pass only guarantees it.
  return neutralizeWorkflowCommands(`${out.join('\n')}\n`);
}
