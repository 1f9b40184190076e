import { formatIntervalList } from '../engine/constraint/format.js';
import type { ResolvedChange } from '../engine/changes.js';
import type { VersionInterval } from '../engine/types.js';
import { codeSpan, escapeTableCell } from './markdown-escape.js';
import { neutralizeWorkflowCommandsInMarkdown } from './workflow-commands.js';

// What a change does to the resolved image table, as a GitHub-flavoured
// Markdown table: one row per changed region. Every text from the linted files
// goes through escapeTableCell or codeSpan.

export interface ChangesTableOptions {
  /** Rows shown at most; the rest is counted in a "… N more rows" line. Default: all. */
  maxRows?: number;
}

const KIND_LABEL: Record<ResolvedChange['kind'], string> = {
  changed: '🔄 changed',
  added: '➕ resolves now',
  removed: '➖ no longer resolves',
};

const HEADER = ['Change', 'Image', 'Arch', 'Runtime', 'Target', 'Before', 'After', 'Source'] as const;

function versions(intervals: readonly VersionInterval[]): string {
  const any = intervals.length === 1 && intervals[0]!.lo === '0.0.0' && intervals[0]!.hi === null;
  return any ? 'any' : formatIntervalList(intervals);
}

function kindLabel(change: ResolvedChange): string {
  if (change.wholeImage && change.kind === 'added') return '🆕 new image';
  if (change.wholeImage && change.kind === 'removed') return '🗑️ image removed';
  return KIND_LABEL[change.kind];
}

function row(change: ResolvedChange): string {
  const source = codeSpan(`${change.source.file}:${change.source.line}`);
  const image =
    change.component === undefined
      ? escapeTableCell(change.image)
      : `${escapeTableCell(change.image)} (component ${escapeTableCell(change.component)})`;
  const cells = [
    kindLabel(change),
    image,
    escapeTableCell(change.architecture),
    escapeTableCell(versions(change.runtimeVersion)),
    escapeTableCell(versions(change.targetVersion)),
    change.before === undefined ? '–' : codeSpan(change.before),
    change.after === undefined ? '–' : codeSpan(change.after),
    source,
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * Rows that differ only in the architecture become one row naming all of them
 * (`amd64, arm64`), in the order of first appearance.
 */
export function joinArchitectures(changes: readonly ResolvedChange[]): ResolvedChange[] {
  const rows = new Map<string, ResolvedChange>();
  for (const change of changes) {
    const key = JSON.stringify([
      change.kind,
      change.wholeImage,
      change.image,
      change.component ?? null,
      change.runtimeVersion,
      change.targetVersion,
      change.before ?? null,
      change.after ?? null,
      change.source.file,
      change.source.line,
    ]);
    const row = rows.get(key);
    if (!row) rows.set(key, { ...change });
    else if (!row.architecture.split(', ').includes(change.architecture)) row.architecture += `, ${change.architecture}`;
  }
  return [...rows.values()];
}

/**
 * `| Change | Image | Arch | Runtime | Target | Before | After | Source |`, one row per region
 * (architectures joined). `''` when nothing changed.
 */
export function renderChangesTable(all: readonly ResolvedChange[], options: ChangesTableOptions = {}): string {
  const changes = joinArchitectures(all);
  if (changes.length === 0) return '';
  const max = options.maxRows === undefined ? changes.length : Math.max(0, Math.min(changes.length, Math.floor(options.maxRows)));
  const hidden = changes.length - max;
  const more = `… ${hidden} more ${hidden === 1 ? 'row' : 'rows'}`;
  if (max === 0) return more;
  const lines = [
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...changes.slice(0, max).map(row),
  ];
  return neutralizeWorkflowCommandsInMarkdown(hidden > 0 ? `${lines.join('\n')}\n\n${more}` : lines.join('\n'));
}

/** One line: how many regions (rows of the changes table) changed, appeared, vanished. */
export function renderChangesSummary(all: readonly ResolvedChange[]): string {
  const changes = joinArchitectures(all);
  if (changes.length === 0) return 'No change to the resolved images.';
  const count = (kind: ResolvedChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const parts: string[] = [];
  const changed = count('changed');
  const removed = count('removed');
  const added = count('added');
  if (changed > 0) parts.push(`${changed} changed`);
  if (removed > 0) parts.push(`${removed} no longer resolving`);
  if (added > 0) parts.push(`${added} resolving now`);
  return `${changes.length} resolved ${changes.length === 1 ? 'region' : 'regions'} ${changes.length === 1 ? 'differs' : 'differ'} from the base: ${parts.join(', ')}.`;
}
