import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGE_RULES } from '../../src/engine/changes.js';
import { ALL_RULES, CONFIG_RULE, UNUSED_SUPPRESSION_RULE } from '../../src/engine/rules/registry.js';

// docs/rules.md is what every finding links to (`docs/rules.md#<rule-id>`):
// it must have one section per rule, headed exactly `## <rule-id>`, in the
// order of the registry, with the default severity the code uses.

const DOC_PATH = new URL('../../docs/rules.md', import.meta.url);
const doc = readFileSync(DOC_PATH, 'utf8');

/** The `##` sections of the introduction, which document no rule. */
const INTRO_HEADINGS = ['Severities', 'Configuring rules', 'Suppressing single findings', 'Summary'];

const SEVERITIES = ['error', 'warning', 'notice'] as const;

/** Every rule id a finding can carry, in the order of the documentation. */
const documented: ReadonlyArray<{ id: string; defaultSeverity: string }> = [...ALL_RULES, CONFIG_RULE, UNUSED_SUPPRESSION_RULE, ...CHANGE_RULES];
const ids = documented.map((rule) => rule.id);

interface Section {
  heading: string;
  body: string;
}

/** The `## ` sections, outside fenced code blocks. */
function sections(markdown: string): Section[] {
  const out: Section[] = [];
  let current: Section | undefined;
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = !fenced && /^## (.*)$/.exec(line);
    if (heading) {
      current = { heading: heading[1]!, body: '' };
      out.push(current);
    } else if (current) {
      current.body += `${line}\n`;
    }
  }
  return out;
}

const all = sections(doc);
const ruleSections = all.filter((s) => !INTRO_HEADINGS.includes(s.heading));
const sectionOf = (id: string) => ruleSections.find((s) => s.heading === id);

/** GitHub's anchor for a heading. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

describe('docs/rules.md', () => {
  it('documents the two rules that compare with the base commit', () => {
    expect(ids).toContain('coverage-lost');
    expect(ids).toContain('tag-style-changed');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a `## <id>` section for every rule, in registry order, then config and the change rules', () => {
    expect(ruleSections.map((s) => s.heading)).toEqual(ids);
  });

  it('documents no rule id that does not exist', () => {
    const unknown = ruleSections.map((s) => s.heading).filter((heading) => !ids.includes(heading));
    expect(unknown).toEqual([]);
  });

  it('keeps the introduction before the rule sections', () => {
    const headings = all.map((s) => s.heading);
    expect(headings.slice(0, INTRO_HEADINGS.length)).toEqual(INTRO_HEADINGS);
  });

  describe.each(documented.map((rule) => [rule.id, rule] as const))('## %s', (id, rule) => {
    const section = () => {
      const found = sectionOf(id);
      if (!found) throw new Error(`no section "## ${id}"`);
      return found.body;
    };

    it('has exactly one section', () => {
      expect(ruleSections.filter((s) => s.heading === id)).toHaveLength(1);
    });

    it('explains why and shows a bad example and its fix in YAML', () => {
      const body = section();
      expect(body).toContain('**Why**');
      expect(body).toContain('**Bad**');
      expect(body).toContain('**Fix**');
      const bad = body.indexOf('**Bad**');
      const fix = body.indexOf('**Fix**');
      expect(bad).toBeLessThan(fix);
      expect(body.slice(bad, fix)).toContain('```yaml');
      expect(body.slice(fix)).toContain('```yaml');
    });

    it(`states the default severity ${rule.defaultSeverity}`, () => {
      const stated = [...section().matchAll(/^\*\*Default severity:?\*\*:?\s*`?([a-z]+)`?/gm)].map((m) => m[1]);
      expect(stated).toEqual([rule.defaultSeverity]);
      expect(SEVERITIES).toContain(rule.defaultSeverity);
    });
  });

  it('lists every rule once in the summary table, linked to its section, with its default severity', () => {
    const summary = all.find((s) => s.heading === 'Summary');
    expect(summary).toBeDefined();
    const rows = [...summary!.body.matchAll(/^\|\s*\[([^\]]+)\]\(#([^)]+)\)\s*\|\s*`?([a-z]+)`?\s*\|/gm)].map((m) => ({
      id: m[1]!,
      target: m[2]!,
      severity: m[3]!,
    }));
    expect(rows.map((r) => r.id)).toEqual(ids);
    for (const row of rows) {
      expect(row.target).toBe(row.id);
      expect(row.severity).toBe(documented.find((rule) => rule.id === row.id)!.defaultSeverity);
    }
  });

  it('links only to sections that exist', () => {
    const anchors = new Set(all.map((s) => anchor(s.heading)));
    const links = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });
});
