import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withKeyPaths } from '../../src/engine/finding-identity.js';
import type { ReadVector } from '../../src/engine/rules/rule.js';
import type { Finding, ImageSource, SourcePosition } from '../../src/engine/types.js';

// withKeyPaths finds each finding's entry by binary search (a scan per finding
// was quadratic: 20,000 type traps in one file took seconds). Checked against
// the scan it replaced, on entries in one file at increasing positions.

const at = (line: number, column: number): SourcePosition => ({ line, column, offset: line * 1000 + column });

/** The scan withKeyPaths used before: the last entry at or before the position, bounded by the next. */
function scanEntry(entries: readonly ImageSource[], line: number, column: number): ImageSource | undefined {
  const before = (a: SourcePosition) => a.line < line || (a.line === line && a.column <= column);
  let found: ImageSource | undefined;
  let next: ImageSource | undefined;
  for (const entry of entries) {
    if (before(entry.origin.position)) found = entry;
    else {
      next = entry;
      break;
    }
  }
  if (!found) return undefined;
  if (next) return line < next.origin.position.line || (line === next.origin.position.line && column < next.origin.position.column) ? found : undefined;
  const lines = [...Object.values(found.origin.fields), ...Object.values(found.origin.keys)].map((p) => p!.line);
  return line <= Math.max(found.origin.position.line, ...lines) ? found : undefined;
}

describe('withKeyPaths', () => {
  it('names the entry a scan over the file would (property)', () => {
    fc.assert(
      fc.property(
        // Entry starts as (line gap, column); a field on the entry's line or a later one.
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 3 }), column: fc.integer({ min: 1, max: 4 }), tagLines: fc.integer({ min: 0, max: 2 }) }), { maxLength: 30 }),
        fc.array(fc.record({ line: fc.integer({ min: 0, max: 80 }), column: fc.integer({ min: 1, max: 6 }) }), { maxLength: 30 }),
        (layout, spots) => {
          let line = 1;
          let column = 1;
          const images: ImageSource[] = layout.map((e, index) => {
            if (e.gap > 0) {
              line += e.gap;
              column = e.column;
            } else column += e.column; // several entries on one line (a flow sequence)
            return {
              name: `image-${index}`,
              tag: 'v1',
              origin: { kind: 'base', file: 'images.yaml', index, position: at(line, column), fields: { tag: at(line + e.tagLines, column + 5) }, keys: { tag: at(line + e.tagLines, column) } },
            };
          });
          const vectors = [{ doc: {} as ReadVector['doc'], vector: { file: 'images.yaml', kind: 'base', images } }] as ReadVector[];
          const findings: Finding[] = spots.map((s) => ({ rule: 'schema', severity: 'error', message: 'm', file: 'images.yaml', line: s.line, column: s.column }));
          withKeyPaths(findings, vectors);
          for (const finding of findings) {
            const entry = scanEntry(images, finding.line, finding.column);
            expect(finding.keyPath === undefined).toBe(entry === undefined);
            if (entry) expect(finding.keyPath).toMatch(new RegExp(`^images\\[name=${entry.name}\\]\\.`));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
