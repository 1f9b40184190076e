import type { ReadVector } from './rules/rule.js';
import type { Finding, ImageSource } from './types.js';

// The structured identity of findings whose rule does not name an image and
// region itself (schema, field and constraint rules …): the entry the finding
// points into, by its image name, and the field (`tag`, `targetVersion` …),
// with the message.
// Never an index or a line: comments and blank lines above, or unrelated
// entries moved, leave it alone (engine/baseline.ts). Pure.

/** Sets `keyPath` on each finding without an `image` that points into an entry of a vector. */
export function withKeyPaths(findings: Finding[], vectors: readonly ReadVector[]): Finding[] {
  // Most clusters have no finding to place: no index of their entries then (it sorted every entry of every file).
  if (!findings.some((finding) => finding.image === undefined && finding.keyPath === undefined)) return findings;
  const byFile = new Map<string, ImageSource[]>();
  for (const { vector } of vectors) {
    for (const source of vector.images) {
      const list = byFile.get(source.origin.file) ?? [];
      list.push(source);
      byFile.set(source.origin.file, list);
    }
  }
  for (const list of byFile.values()) list.sort((a, b) => a.origin.position.offset - b.origin.position.offset);
  for (const finding of findings) {
    if (finding.image !== undefined || finding.keyPath !== undefined) continue;
    const entry = entryAt(byFile.get(finding.file) ?? [], finding.line, finding.column);
    if (entry) finding.keyPath = keyPath(entry, finding.line);
  }
  return findings;
}

function before(a: { line: number; column: number }, line: number, column: number): boolean {
  return a.line < line || (a.line === line && a.column <= column);
}

/**
 * The entry whose lines hold the position: the last one starting at or before it, up to the next one (the last: up to its last field).
 * `entries` are sorted by position, so those starting at or before it are a prefix: a binary search finds its end.
 */
function entryAt(entries: readonly ImageSource[], line: number, column: number): ImageSource | undefined {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(entries[mid]!.origin.position, line, column)) lo = mid + 1;
    else hi = mid;
  }
  const found = lo > 0 ? entries[lo - 1] : undefined;
  const next = entries[lo];
  if (!found) return undefined;
  if (next) return line < next.origin.position.line || (line === next.origin.position.line && column < next.origin.position.column) ? found : undefined;
  const lines = [...Object.values(found.origin.fields), ...Object.values(found.origin.keys)].map((p) => p!.line);
  return line <= Math.max(found.origin.position.line, ...lines) ? found : undefined;
}

function keyPath(entry: ImageSource, line: number): string {
  const { fields, keys } = entry.origin;
  const field =
    (Object.keys(fields) as Array<keyof typeof fields>).find((f) => fields[f]!.line === line) ??
    (Object.keys(keys) as Array<keyof typeof keys>).find((f) => keys[f]!.line === line) ??
    (entry.origin.position.line === line ? 'entry' : 'inside');
  // The image name, not the constraints: a respelt constraint (`>=1.25` for `>= 1.25`) keeps its
  // findings; the message (with the constraint in it where it matters) tells entries apart.
  const component = entry.origin.component !== undefined ? `component ${entry.origin.component} ` : '';
  return `${component}images[name=${entry.name}].${field}`;
}
