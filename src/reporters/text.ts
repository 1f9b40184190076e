import { mergeArchitectures, runtimeUnconstrained } from './resolved-rows.js';
import { isAbsolute, relative, sep } from 'node:path';
import { formatIntervalList } from '../engine/constraint/format.js';
import type { Finding, LintResult, ResolvedRow, Severity, VersionInterval } from '../engine/types.js';
import { changeFlags, changeRows, type BaseComparisonView, type ChangeRow } from './changes-markdown.js';
import { changedParts } from '../engine/reference-change.js';
import { isAnyVersion, sortFindings, summarize } from './json.js';
import { neutralizeWorkflowCommands } from './workflow-commands.js';

// Terminal output: findings grouped by file, one entry each (`line:column  severity  message
// rule-id`) word-wrapped to the terminal's width, a summary line, what the change does against a
// base commit, then the resolved image table (cut when long). Nothing is padded to the longest
// message: a long message wraps, it does not widen every line.

export interface TextOptions {
  /** ANSI colours. */
  color: boolean;
  /** Absolute paths under this directory are shown relative to it. */
  cwd?: string;
  /** Terminal columns to wrap at (default 100). */
  width?: number;
  /** Findings only: no summary line, no tables. */
  quiet?: boolean;
  /** The resolved table: cut when long (default), in full, or not at all. */
  table?: 'short' | 'full' | 'none';
  /** The comparison with a base commit. */
  base?: BaseComparisonView;
  /** Lines under the summary (e.g. findings that were not shown, and why). */
  notes?: readonly string[];
}

/** A resolved table longer than this is cut to SHORT_TABLE_ROWS rows unless `table: 'full'`. */
export const SHORT_TABLE_MAX = 30;
export const SHORT_TABLE_ROWS = 20;

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

/**
 * The words of `text` in lines that end by column `columns` (a word longer than a line is cut):
 * the first line starts at column `first`, the others at `indent`. At least 10 columns a line.
 */
export function wrapWords(text: string, first: number, indent: number, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let start = first;
  const flush = () => {
    lines.push(line);
    line = '';
    used = 0;
    start = indent;
  };
  for (const word of text.split(' ')) {
    if (word === '') continue;
    // Code points, consumed from `at` on: slicing the rest off each time made a long word quadratic.
    const chars = [...word];
    let at = 0;
    while (at < chars.length) {
      const room = Math.max(10, columns - start);
      const left = chars.length - at;
      if ((line === '' ? 0 : used + 1) + left <= room) {
        const rest = at === 0 ? word : chars.slice(at).join('');
        line = line === '' ? rest : `${line} ${rest}`;
        used += (used === 0 ? 0 : 1) + left;
        at = chars.length;
      } else if (line !== '') flush();
      else {
        line = chars.slice(at, at + room).join('');
        at += room;
        flush();
      }
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Parts two spaces apart, a part never split unless it is longer than a line. */
function wrapParts(parts: readonly string[], first: number, indent: number, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  let start = first;
  for (const part of parts) {
    if (line !== '' && start + width(line) + 2 + width(part) <= columns) {
      line = `${line}  ${part}`;
      continue;
    }
    if (line !== '') {
      lines.push(line);
      start = indent;
    }
    const pieces = wrapWords(part, start, indent, columns);
    for (let i = 0; i < pieces.length - 1; i++) lines.push(pieces[i]!);
    if (pieces.length > 1) start = indent;
    line = pieces[pieces.length - 1]!;
  }
  lines.push(line);
  return lines;
}

/** `lines` with `tail` after the last one (two spaces apart), or on a line of its own when it does not fit. */
function appendTail(lines: string[], tail: string, start: number, indent: number, columns: number): void {
  const last = lines.length - 1;
  const lastStart = last === 0 ? start : indent;
  if (lastStart + width(lines[last]!) + 2 + width(tail) <= columns) {
    lines[last] = `${lines[last]}  ${tail}`;
  } else {
    lines.push(tail);
  }
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

/** The whole text report, ending with a newline (it is line-oriented terminal output); empty when quiet and clean. */
export function formatText(result: LintResult, options: TextOptions): string {
  const colors = options.color ? COLORS : NO_COLORS;
  const columns = options.width ?? 100;
  const out: string[] = [];
  const cwd = options.cwd;

  // Findings, grouped by file in sorted order.
  const groups = new Map<string, Finding[]>();
  for (const finding of sortFindings(result.findings)) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  for (const [file, findings] of groups) {
    out.push(colors.underline(sanitizeForTerminal(displayPath(file, cwd))));
    let locationWidth = 0;
    for (const f of findings) locationWidth = Math.max(locationWidth, width(`${f.line}:${f.column}`));
    let severityWidth = 0;
    for (const f of findings) severityWidth = Math.max(severityWidth, f.severity.length);
    for (const f of findings) {
      const prefix = `  ${pad(`${f.line}:${f.column}`, locationWidth)}  `;
      const start = width(prefix) + severityWidth + 2;
      const rule = sanitizeForTerminal(f.rule);
      // Continuation lines hang under the message, unless that leaves too little room.
      const indent = start <= columns / 3 ? start : 4;
      const lines = wrapWords(sanitizeForTerminal(f.message), start, indent, columns);
      appendTail(lines, rule, start, indent, columns);
      // The rule id is the last word; dim it.
      const last = lines.length - 1;
      lines[last] = `${lines[last]!.slice(0, -rule.length)}${colors.dim(rule)}`;
      const location = `${f.line}:${f.column}`;
      out.push(`  ${colors.dim(location)}${' '.repeat(locationWidth - width(location))}  ${severityStyle(f.severity, colors)(f.severity)}${' '.repeat(severityWidth - f.severity.length)}  ${lines[0]}`);
      for (let i = 1; i < lines.length; i++) out.push(`${' '.repeat(indent)}${lines[i]}`);
    }
    out.push('');
  }
  if (options.quiet) return out.length === 0 ? '' : `${out.join('\n')}\n`;

  const skipped = result.files.filter((file) => file.skipped !== undefined);
  if (skipped.length > 0) {
    out.push(colors.bold('Not analysed'));
    for (const file of skipped) {
      const name = sanitizeForTerminal(displayPath(file.path, cwd));
      const lines = wrapWords(sanitizeForTerminal(file.skipped ?? ''), 2 + width(name) + 2, 6, columns);
      out.push(`  ${name}  ${colors.dim(lines[0]!)}`);
      for (let i = 1; i < lines.length; i++) out.push(`      ${colors.dim(lines[i]!)}`);
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
  for (const note of options.notes ?? []) for (const line of wrapWords(sanitizeForTerminal(note), 0, 2, columns)) out.push(line);

  const outside = mergeArchitectures(result.resolved).filter((row) => row.disallowedRegistry).length;
  if (outside > 0) {
    const text = `✖ ${outside === 1 ? '1 resolved image comes' : `${outside} resolved images come`} from a registry outside registries.allowed (marked ✖ below)`;
    for (const line of wrapWords(text, 0, 2, columns)) out.push(colors.red(line));
  }

  if (options.base) {
    out.push('');
    appendChanges(out, options.base, colors, columns, cwd);
  }
  if (result.resolved.length > 0 && options.table !== 'none') {
    out.push('');
    appendResolved(out, result.resolved, colors, columns, cwd, options.table === 'full');
  }

  // Every cell is neutralised already (sanitizeForTerminal); this pass only guarantees it.
  return neutralizeWorkflowCommands(`${out.join('\n')}\n`);
}

function changeLabel(row: ChangeRow): string {
  if (row.kind === 'changed') return 'changed';
  if (row.kind === 'added') return row.wholeImage ? 'new image' : 'resolves now';
  return row.wholeImage ? 'image removed' : 'no longer resolves';
}

/** The same rows as the Markdown change table (changeRows), one entry each: what, where, then the reference. */
function appendChanges(out: string[], base: BaseComparisonView, colors: Palette, columns: number, cwd: string | undefined): void {
  const n = base.changedFiles;
  const changed = base.everything ? 'the configuration changed, so every file counts as changed' : `${plural(n, 'vector file')} changed`;
  for (const line of wrapWords(`Compared with ${base.sha.slice(0, 12)}: ${changed}.`, 0, 2, columns)) out.push(colors.bold(line));
  const rows = changeRows(base.changes);
  if (rows.length === 0) {
    out.push('No change to the resolved images.');
    return;
  }
  for (const row of rows) {
    const label = changeLabel(row);
    const where = [
      label,
      sanitizeForTerminal(row.image) + (row.component === undefined ? '' : ` (component ${sanitizeForTerminal(row.component)})`),
      sanitizeForTerminal(row.architectures.join(', ')),
      ...(isAnyVersion(row.runtimeVersion) ? [] : [`runtime ${versions(row.runtimeVersion)}`]),
      `target ${versions(row.targetVersion)}`,
      sanitizeForTerminal(displayPath(row.file, cwd)),
    ];
    const style = row.kind === 'removed' ? colors.red : row.kind === 'added' ? colors.green : colors.yellow;
    // Two spaces between the parts; the label keeps its colour.
    const lines = wrapParts(where, 2, 6, columns);
    out.push(`  ${style(label)}${lines[0]!.slice(label.length)}`);
    for (let i = 1; i < lines.length; i++) out.push(`      ${lines[i]}`);
    let what: string;
    if (row.kind === 'changed' && row.before !== undefined && row.after !== undefined) {
      // Only the part of the reference that changed, flagged as in the Markdown table.
      const parts = changedParts(row.before, row.after);
      const flags = changeFlags(row.before, row.after);
      what = `${sanitizeForTerminal(parts.before)} → ${sanitizeForTerminal(parts.after)}${flags.length > 0 ? `  (${flags.join(', ')})` : ''}`;
    } else {
      what = sanitizeForTerminal(row.after ?? row.before ?? '');
    }
    for (const line of wrapWords(what, 6, 6, columns)) out.push(`      ${line}`);
  }
}

function appendResolved(out: string[], all: readonly ResolvedRow[], colors: Palette, columns: number, cwd: string | undefined, full: boolean): void {
  const resolved = mergeArchitectures(all);
  const shown = full || resolved.length <= SHORT_TABLE_MAX ? resolved : resolved.slice(0, SHORT_TABLE_ROWS);
  const showRuntime = !runtimeUnconstrained(resolved);
  // A column whose value is the same in every row is said once, in the heading.
  const architectures = new Set(resolved.map((r) => r.architecture));
  const files = new Set(resolved.map((r) => r.source.file));
  const oneArchitecture = architectures.size === 1 && resolved.length > 1 ? resolved[0]!.architecture : undefined;
  const oneFile = files.size === 1 && resolved.length > 1 ? resolved[0]!.source.file : undefined;
  const facts = [
    plural(resolved.length, 'row'),
    ...(oneArchitecture === undefined ? [] : [`architectures ${sanitizeForTerminal(oneArchitecture)}`]),
    ...(oneFile === undefined ? [] : [`source ${sanitizeForTerminal(displayPath(oneFile, cwd))}`]),
  ];
  for (const line of wrapWords(`Resolved images (${facts.join('; ')})`, 0, 2, columns)) out.push(colors.bold(line));
  const header = [
    'image',
    ...(oneArchitecture === undefined ? ['architecture'] : []),
    ...(showRuntime ? ['runtime'] : []),
    'target',
    oneFile === undefined ? 'source' : 'line',
    'image string',
  ];
  const cells = shown.map((row) => [
    sanitizeForTerminal(row.image),
    ...(oneArchitecture === undefined ? [sanitizeForTerminal(row.architecture)] : []),
    ...(showRuntime ? [versions(row.runtimeVersion)] : []),
    versions(row.targetVersion),
    sanitizeForTerminal(
      (oneFile === undefined ? `${displayPath(row.source.file, cwd)}:${row.source.line}` : String(row.source.line)) +
        (row.source.component === undefined ? '' : ` (component ${row.source.component})`),
    ),
    (row.disallowedRegistry ? '✖ ' : '') + sanitizeForTerminal(row.imageString),
  ]);
  const lines = alignedRows([header, ...cells], (r) => (r === 0 ? colors.dim : plain), '  ');
  const plainLines = alignedRows([header, ...cells], () => plain, '  ');
  if (plainLines.every((line) => width(line) <= columns)) {
    for (const line of lines) out.push(line);
  } else {
    // Too wide for the terminal: the image string goes on a line of its own under its row.
    const keys = alignedRows([header.slice(0, -1), ...cells.map((c) => c.slice(0, -1))], (r) => (r === 0 ? colors.dim : plain), '  ');
    out.push(keys[0]!);
    out.push(colors.dim(`      ${header[header.length - 1]}`));
    cells.forEach((row, i) => {
      out.push(keys[i + 1]!);
      for (const line of wrapWords(row[row.length - 1]!, 6, 6, columns)) out.push(`      ${line}`);
    });
  }
  if (shown.length < resolved.length) {
    const hidden = resolved.length - shown.length;
    out.push(colors.dim(`  … ${plural(hidden, 'more row')}: --table full prints them all (or --format json, --format markdown).`));
  }
}
