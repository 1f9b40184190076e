import type { ResolvedRow, VersionInterval } from '../engine/types.js';

// Presentation of the resolved table shared by the text and Markdown
// reporters. The engine gives one row per architecture; people read a row
// that holds for amd64 and arm64 alike more easily as one row.

function intervalsKey(intervals: readonly VersionInterval[]): string {
  return intervals.map((i) => `${i.lo}-${i.hi ?? ''}`).join(',');
}

/** Rows identical but for the architecture become one row, architectures joined with ", ". */
export function mergeArchitectures(rows: readonly ResolvedRow[]): ResolvedRow[] {
  const merged = new Map<string, ResolvedRow>();
  for (const row of rows) {
    const key = [
      row.image,
      intervalsKey(row.runtimeVersion),
      intervalsKey(row.targetVersion),
      row.imageString,
      row.source.file,
      row.source.line,
      row.source.component ?? '',
    ].join('\u0000');
    const existing = merged.get(key);
    if (existing) existing.architecture += `, ${row.architecture}`;
    else merged.set(key, { ...row, source: { ...row.source } });
  }
  return [...merged.values()];
}

/** Whether no row constrains the runtime version (then the column says nothing). */
export function runtimeUnconstrained(rows: readonly ResolvedRow[]): boolean {
  return rows.every((row) => row.runtimeVersion.length === 1 && row.runtimeVersion[0]!.lo === '0.0.0' && row.runtimeVersion[0]!.hi === null);
}
