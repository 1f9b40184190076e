import type { LintInput } from '../engine/types.js';
import { decodeSource } from '../engine/yaml/index.js';
import type { BaseRevision } from './base-revision.js';
import { realRoot } from './confined-file.js';
import { classifyText, type Discovery, type PatternSets } from './file-discovery.js';
import { readInput } from './read-inputs.js';

// Found by content, a vector that became unreadable (re-saved as UTF-16, grown
// past the limit, replaced by a link to a broken or outside file) is no vector
// any more, and would drop out of the check: a silent pass. A file that was a
// vector at the base and cannot be read at the head is linted anyway, as what
// it was: the engine reports it as unreadable-file, the comparison as
// coverage-lost.

/** Unreadable files read at the base, at most (each may be an API request). */
const MAX_CANDIDATES = 50;

export async function vanishedVectors(
  revision: BaseRevision,
  discovery: Discovery,
  patterns: PatternSets,
  workspace: string,
  maxFileBytes: number,
): Promise<LintInput[]> {
  if (!discovery.byContent) return []; // named files are all read (and reported) already
  const root = realRoot(workspace);
  const out: LintInput[] = [];
  for (const file of discovery.unreadable.slice(0, MAX_CANDIDATES)) {
    const before = await revision.read(file);
    if (!before) continue;
    const decoded = decodeSource(before, maxFileBytes);
    if (!decoded.ok) continue;
    const kind = classifyText(decoded.text, file);
    if (!kind) continue;
    if (kind === 'overwrite' && patterns.overwrite.length > 0) continue;
    if (kind === 'components' && patterns.components.length > 0) continue;
    out.push(readInput(root, file, kind, maxFileBytes));
  }
  return out;
}
