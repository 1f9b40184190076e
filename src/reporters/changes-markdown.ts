import { formatIntervalList } from '../engine/constraint/format.js';
import { fromVersionIntervals, setsEqual, toVersionIntervals, unionSets } from '../engine/constraint/release-set.js';
import type { ResolvedChange } from '../engine/changes.js';
import { changedParts, referenceChange } from '../engine/reference-change.js';
import type { VersionInterval } from '../engine/types.js';
import { codeSpan, escapeTableCell } from './markdown-escape.js';
import { neutralizeWorkflowCommandsInMarkdown } from './workflow-commands.js';

// What a change does to the resolved image table, as a reviewer reads it in
// five seconds (the way Renovate shows dependency updates): one row per image
// and Kubernetes range, identical rows merged (architectures joined, ranges
// joined when the change is the same), one table per vector file, and only the
// part of the reference that changed, with a flag where it deserves a look
// (lower tag, other registry or repository, tag ↔ digest). The architecture
// and runtime columns appear only when they say something. Every text from
// the linted files goes through escapeTableCell or codeSpan.

export interface ChangesTableOptions {
  /** Rows shown at most (over all files); the rest is counted in a "… N more rows" line. Default: all. */
  maxRows?: number;
}

/** One row of the table: changes that read the same, merged. */
export interface ChangeRow {
  file: string;
  kind: ResolvedChange['kind'];
  wholeImage: boolean;
  image: string;
  component?: string;
  architectures: string[];
  runtimeVersion: VersionInterval[];
  targetVersion: VersionInterval[];
  before?: string;
  after?: string;
}

function isAny(intervals: readonly VersionInterval[]): boolean {
  return intervals.length === 1 && intervals[0]!.lo === '0.0.0' && intervals[0]!.hi === null;
}

function versions(intervals: readonly VersionInterval[]): string {
  return isAny(intervals) ? 'any' : formatIntervalList(intervals);
}

/**
 * Changes that differ only in the architecture become one row naming all of
 * them; then rows that differ only in the target range (same image, same
 * change, same architectures and runtime) become one row with the ranges
 * joined. The order is that of first appearance.
 */
export function changeRows(changes: readonly ResolvedChange[]): ChangeRow[] {
  const byArch = new Map<string, ChangeRow>();
  for (const c of changes) {
    const key = JSON.stringify([c.source.file, c.kind, c.wholeImage, c.image, c.component ?? null, c.runtimeVersion, c.targetVersion, c.before ?? null, c.after ?? null]);
    const row = byArch.get(key);
    if (row) {
      if (!row.architectures.includes(c.architecture)) row.architectures.push(c.architecture);
      continue;
    }
    const out: ChangeRow = {
      file: c.source.file,
      kind: c.kind,
      wholeImage: c.wholeImage,
      image: c.image,
      architectures: [c.architecture],
      runtimeVersion: c.runtimeVersion,
      targetVersion: c.targetVersion,
    };
    if (c.component !== undefined) out.component = c.component;
    if (c.before !== undefined) out.before = c.before;
    if (c.after !== undefined) out.after = c.after;
    byArch.set(key, out);
  }
  const byRange = new Map<string, ChangeRow>();
  for (const row of byArch.values()) {
    const key = JSON.stringify([row.file, row.kind, row.wholeImage, row.image, row.component ?? null, row.architectures, row.runtimeVersion, row.before ?? null, row.after ?? null]);
    const existing = byRange.get(key);
    if (!existing) {
      byRange.set(key, { ...row });
      continue;
    }
    const a = fromVersionIntervals(existing.targetVersion);
    const joined = unionSets(a, fromVersionIntervals(row.targetVersion));
    if (!setsEqual(a, joined)) existing.targetVersion = toVersionIntervals(joined);
  }
  return [...byRange.values()];
}

/** Flags of a changed reference: what a reviewer should look at. */
export function changeFlags(before: string, after: string): string[] {
  const c = referenceChange(before, after);
  const flags: string[] = [];
  if (c.lowerTag) flags.push('lower tag');
  if (c.registryChanged) flags.push('other registry');
  else if (c.repositoryChanged) flags.push('other repository');
  if (c.tagDigestSwitch) flags.push('tag ↔ digest');
  return flags;
}

function changeCell(row: ChangeRow): string {
  if (row.kind === 'changed' && row.before !== undefined && row.after !== undefined) {
    const parts = changedParts(row.before, row.after);
    const flags = changeFlags(row.before, row.after);
    return `${codeSpan(parts.before)} → ${codeSpan(parts.after)}${flags.length > 0 ? ` ⚠️ ${flags.join(', ')}` : ''}`;
  }
  if (row.kind === 'added') return `${row.wholeImage ? '🆕 new image' : '➕ resolves now'}: ${codeSpan(row.after ?? '')}`;
  return `${row.wholeImage ? '🗑️ image removed' : '⚠️ no longer resolves'} (was ${codeSpan(shortReference(row.before ?? ''))})`;
}

/** The tag (or digest) of a reference, when there is one; else the whole reference. */
function shortReference(reference: string): string {
  const parts = changedParts(reference, reference);
  return parts.before === '' ? reference : parts.before;
}

function imageCell(row: ChangeRow): string {
  const name = escapeTableCell(row.image);
  return row.component === undefined ? name : `${name} (component ${escapeTableCell(row.component)})`;
}

/** The vector files of the rows, in order of first appearance. */
function files(rows: readonly ChangeRow[]): string[] {
  return [...new Set(rows.map((r) => r.file))];
}

/**
 * `| Image | Kubernetes | Change |`, plus `Arch` when the rows' architectures
 * differ and `Runtime` when some row constrains the runtime version; one
 * table per vector file (each under its path) when there are several. `''`
 * when nothing changed.
 */
export function renderChangesTable(changes: readonly ResolvedChange[], options: ChangesTableOptions = {}): string {
  const rows = changeRows(changes);
  if (rows.length === 0) return '';
  const max = options.maxRows === undefined ? rows.length : Math.max(0, Math.min(rows.length, Math.floor(options.maxRows)));
  const hidden = rows.length - max;
  const more = `… ${hidden} more ${hidden === 1 ? 'row' : 'rows'}`;
  if (max === 0) return more;
  const withArch = new Set(rows.map((r) => r.architectures.join(', '))).size > 1;
  const withRuntime = rows.some((r) => !isAny(r.runtimeVersion));
  const header = ['Image', ...(withArch ? ['Arch'] : []), ...(withRuntime ? ['Runtime'] : []), 'Kubernetes', 'Change'];
  const shown = rows.slice(0, max);
  const grouped = files(rows).length > 1;
  const tables: string[] = [];
  for (const file of files(shown)) {
    const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of shown.filter((r) => r.file === file)) {
      const cells = [
        imageCell(row),
        ...(withArch ? [escapeTableCell(row.architectures.join(', '))] : []),
        ...(withRuntime ? [escapeTableCell(versions(row.runtimeVersion))] : []),
        escapeTableCell(versions(row.targetVersion)),
        changeCell(row),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    tables.push(grouped ? `${codeSpan(file, { inTable: false })}\n\n${lines.join('\n')}` : lines.join('\n'));
  }
  const text = tables.join('\n\n');
  return neutralizeWorkflowCommandsInMarkdown(hidden > 0 ? `${text}\n\n${more}` : text);
}

/** Number of rows renderChangesTable shows for these changes. */
export function countChangeRows(changes: readonly ResolvedChange[]): number {
  return changeRows(changes).length;
}

/** One line: how many images changed, and in which file when there is one. */
export function renderChangesSummary(changes: readonly ResolvedChange[]): string {
  const rows = changeRows(changes);
  if (rows.length === 0) return 'No change to the resolved images.';
  const images = new Set(rows.map((r) => `${r.component ?? ''}\u0000${r.image}`)).size;
  const where = files(rows);
  const inFiles = where.length === 1 ? ` in ${codeSpan(where[0]!, { inTable: false })}` : ` in ${where.length} vector files`;
  const what = `${images} ${images === 1 ? 'image resolves' : 'images resolve'} differently${inFiles}`;
  return rows.length === images ? `${what}:` : `${what} (${rows.length} ${rows.length === 1 ? 'row' : 'rows'}):`;
}

/** What a comparison with the base commit tells the reader, as the reporters need it. */
export interface BaseComparisonView {
  sha: string;
  changes: readonly ResolvedChange[];
  /** The configuration changed: every file counts as changed. */
  everything: boolean;
  /** Vector files whose content differs from the base. */
  changedFiles: number;
}

/** "Compared with the base commit `0123456789ab`: 1 vector file changed." */
export function renderComparedWith(view: BaseComparisonView): string {
  const n = view.changedFiles;
  const changed = view.everything
    ? 'the configuration changed, so every file counts as changed'
    : `${n} vector ${n === 1 ? 'file' : 'files'} changed`;
  return `Compared with the base commit ${codeSpan(view.sha.slice(0, 12), { inTable: false })}: ${changed}.`;
}

/** The heading, the one-line summary and the table (at most `maxRows` rows) of what the change does: the job summary's section and the CLI's. */
export function renderChangesSection(changes: readonly ResolvedChange[], options: ChangesTableOptions = {}): string {
  return (
    `#### What this change does to the resolved images\n\n${renderChangesSummary(changes)}` +
    (changes.length > 0 ? `\n\n${renderChangesTable(changes, options)}` : '')
  );
}
