import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImageVector } from '../../src/engine/reading/image-source-reader.js';
import { readFile } from '../../src/engine/reading/read-file.js';
import { defaultConfig } from '../../src/engine/config.js';
import { entryNodes, WRITTEN } from '../../src/engine/rules/entry-nodes.js';
import { fieldCase } from '../../src/engine/rules/field-case.js';
import type { Report, RuleContext } from '../../src/engine/rules/rule.js';
import { unknownField } from '../../src/engine/rules/unknown-field.js';
import { yamlDuplicateKey } from '../../src/engine/rules/yaml-duplicate-key.js';
import { yamlTypeTrap } from '../../src/engine/rules/yaml-type-trap.js';

// The rules on what was written visit only the entries whose WRITTEN marks
// concern them (entry-nodes.ts). Sound means they find exactly what they find
// visiting every entry: checked on generated entries that mix the plain form
// with every way out of it, against the same rules run with every entry
// marked with everything (the walk of every entry, as before the marks).

const KEYS = ['name', 'Name', 'repository', 'tag', 'Tag', 'TAG', 'ref', 'targetVersion', 'targetversion', 'architectures', 'labels', 'unknown', 'versions', '"tag"', '<<', '"<<"', '1', '[a]'];
const VALUES = [
  'pause', '"x"', "'y'", '~', '', '3.10', '1', '0x1F', 'true', 'yes', '1.5e3', '[amd64]', '[amd64, 1]', '[a, [b]]', '[]', '{a: 1}', '{a: 1, A: 2}', '{}',
  '*anchor', '*defaults', '[{name: x, name: y}]', '"3.10"',
];
const RULES = [unknownField, fieldCase, yamlTypeTrap, yamlDuplicateKey];
const PREFIX = 'x: &anchor v\nd: &defaults {tag: 3.10, architectures: [1]}\nimages:\n';
const FIRST_ENTRY_LINE = 4;

const entry = fc.oneof(
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)), { minLength: 1, maxLength: 6 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)), { minLength: 0, maxLength: 2 })
      .map((extra): [string, string][] => [['name', 'pause'], ['repository', 'example.org/pause'], ['tag', '"3.10"'], ...extra]),
  },
);

const entryText = (pairs: [string, string][]) => pairs.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}\n`).join('');

function contextOf(text: string, report: RuleContext['report']): RuleContext | undefined {
  const parsed = readFile({ path: 'base-1.yaml', kind: 'base', content: text }, { maxFileBytes: 1 << 20 });
  const doc = parsed.documents[0];
  if (parsed.problems.length > 0 || doc === undefined) return undefined;
  return {
    config: defaultConfig(),
    files: [parsed],
    documents: parsed.documents,
    vectors: [{ doc, vector: readImageVector(doc) }],
    components: [],
    groups: [],
    resolved: [],
    baseImageNames: new Set(),
    report,
  };
}

function marksOf(text: string): number | undefined {
  const context = contextOf(text, () => undefined);
  return context && entryNodes(context)[0]?.marks;
}

/** The reports of the four rules; `everything`: every entry marked with every mark, so each rule walks every entry. */
function reportsOf(text: string, everything: boolean): Report[] | undefined {
  const reports: Report[] = [];
  const context = contextOf(text, (r) => reports.push(r));
  if (context === undefined) return undefined;
  if (everything) for (const node of entryNodes(context)) node.marks = ALL_MARKS;
  for (const rule of RULES) rule.check(context);
  return reports;
}

const ALL_MARKS = Object.values(WRITTEN).reduce((a, b) => a | b, 0);

describe('WRITTEN marks of image entries', () => {
  it('the rules find with the marks what they find walking every entry', () => {
    const seen = { plain: 0, found: 0 };
    fc.assert(
      fc.property(entry, (pairs) => {
        const text = PREFIX + entryText(pairs);
        const expected = reportsOf(text, true);
        if (expected === undefined) return;
        if (marksOf(text) === 0) seen.plain++;
        if (expected.some((r) => r.position.line >= FIRST_ENTRY_LINE)) seen.found++;
        expect(reportsOf(text, false), text).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    // The generator reaches both sides: plain entries and entries with findings.
    expect(seen.plain).toBeGreaterThan(20);
    expect(seen.found).toBeGreaterThan(50);
  });

  it('marks each way out of the plain form', () => {
    const marks = (entry: string) => marksOf(`${PREFIX}  - name: a\n${entry}`);
    expect(marks('    repository: r\n    tag: "3.10"\n    architectures: [amd64]\n')).toBe(0);
    expect(marks('    Tag: v1\n')).toBe(WRITTEN.OTHER_KEY);
    expect(marks('    other: v1\n')).toBe(WRITTEN.OTHER_KEY);
    expect(marks('    <<: *defaults\n')).toBe(WRITTEN.OTHER_KEY | WRITTEN.NESTED);
    expect(marks('    tag: a\n    tag: b\n')).toBe(WRITTEN.REPEATED);
    expect(marks('    tag: 3.10\n')).toBe(WRITTEN.TYPED);
    expect(marks('    architectures: [amd64, 1]\n')).toBe(WRITTEN.TYPED);
    expect(marks('    labels: 1\n')).toBe(0);
    expect(marks('    labels: [{name: a}]\n')).toBe(WRITTEN.NESTED);
    expect(marks('    labels: {a: 1}\n')).toBe(WRITTEN.NESTED);
  });
});
