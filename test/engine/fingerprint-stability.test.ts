import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyFindings } from '../../src/engine/baseline.js';
import { defaultConfig, mergeConfig } from '../../src/engine/config.js';
import { lint } from '../../src/engine/lint.js';
import type { Finding, LintInput } from '../../src/engine/types.js';

// Every rule's findings keep their identity when only line numbers change: comments and blank
// lines inserted above, unrelated entries reordered. The fixture (test/fixtures/fingerprints/)
// makes 22 rules fire at once; the shifted head must classify every finding `existing`, and a
// copy of each problem under other image names must classify as `new`.

const read = (name: string) => readFileSync(new URL(`../fixtures/fingerprints/${name}`, import.meta.url), 'utf8');
const config = mergeConfig(defaultConfig(), { registries: { allowed: ['r.example', 'europe-docker.pkg.dev'] } });
const RULES = [
  'ambiguous-partial-version', 'disallowed-registry', 'duplicate-component', 'duplicate-entry', 'field-case', 'image-reference',
  'image-source', 'invalid-constraint', 'overwrite-partial', 'schema', 'shadowed-entry', 'unknown-architecture', 'unknown-component',
  'unknown-field', 'unknown-image', 'unsatisfiable-constraint', 'unused-suppression', 'version-gap', 'version-overlap',
  'yaml-duplicate-key', 'yaml-type-trap',
];

function inputs(base: string, overwrite: string, components: string): LintInput[] {
  return [
    { path: 'imagevector/images.yaml', kind: 'base', content: base },
    { path: 'imagevector/overwrite.yaml', kind: 'overwrite', content: overwrite },
    { path: 'imagevector/components.yaml', kind: 'components', content: components },
  ];
}

/** The `- name:` entries of a vector (after its first line `images:`). */
function entries(vector: string): { head: string; items: string[] } {
  const [head, ...rest] = vector.split(/\n(?=- name: )/);
  return { head: head!, items: rest.map((e) => (e.endsWith('\n') ? e : `${e}\n`)) };
}

/** The same vector with comments and blank lines above and between, and its first entry (`clean`) moved to the end. */
function shifted(vector: string): string {
  const { head, items } = entries(vector);
  const [first, ...others] = items;
  return `# Moved around: nothing here changes what Gardener resolves.\n\n${head}\n# a comment\n\n${others.map((e) => `${e}\n# between entries\n`).join('')}${first}`;
}

const base = { base: read('base.yaml'), overwrite: read('overwrite.yaml'), components: read('components.yaml') };
const before = lint(inputs(base.base, base.overwrite, base.components), config).findings;

describe('fingerprints survive moved lines', () => {
  it('the fixture makes every listed rule fire', () => {
    expect([...new Set(before.map((f) => f.rule))].sort()).toEqual(RULES);
  });

  it('comments and blank lines above, unrelated entries reordered: every finding is existing', () => {
    const head = lint(inputs(shifted(base.base), `# shifted\n\n${base.overwrite}`, `# shifted\n\n${base.components}`), config).findings;
    expect(head.length).toBe(before.length);
    expect(head.some((f, i) => f.line !== before[i]!.line)).toBe(true);
    const classified = classifyFindings(head, before);
    expect(classified.filter((f) => f.new).map((f: Finding) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('the same problems under other names, added: new, for every rule; the old ones stay existing', () => {
    const copy = (vector: string, suffix: string) =>
      entries(vector)
        .items.filter((e) => !e.startsWith('- name: clean\n'))
        .map((e) => e.replace(/^- name: (\S+)/, `- name: $1${suffix}`))
        .join('');
    const headBase = `${shifted(base.base)}${copy(base.base, '-copy')}`;
    const headOverwrite = `${base.overwrite}${copy(base.overwrite, '-copy')}`;
    const headComponents = base.components.replace(/\n$/, '') + '\n' + base.components.split('\n').slice(1).join('\n').replace(/- name: (\S+)/g, '- name: $1-copy');
    const head = lint(inputs(headBase, headOverwrite, headComponents), config).findings;
    const classified = classifyFindings(head, before);
    const old = classified.filter((f) => !f.new);
    expect(old.length).toBe(before.length);
    const fresh = new Set(classified.filter((f) => f.new).map((f) => f.rule));
    // unused-suppression is about the one directive, which was not copied.
    expect(RULES.filter((r) => !fresh.has(r) && r !== 'unused-suppression')).toEqual([]);
  });
});

describe('structured identity', () => {
  it('every finding about an entry names it by image and field (or image and region), never by line', () => {
    const unnamed = before.filter((f) => f.image === undefined && f.keyPath === undefined).map((f) => f.rule);
    // Component findings are about the component (`image: component <name>`).
    expect(unnamed).toEqual([]);
    for (const f of before) expect(`${f.keyPath ?? ''}${f.region ?? ''}`).not.toMatch(/\bline\b|:\d+:\d+/);
    expect(before.find((f) => f.rule === 'image-reference')!.keyPath).toBe('images[name=image-reference].tag');
  });

  it('the same message on another entry is a new finding, not the old one moved', () => {
    const vector = (name: string) => `images:\n- name: a\n  repository: r.example/a\n  tag: v1\n- name: b\n  repository: r.example/b\n  tag: v1\n`.replace(`name: ${name}\n  repository: r.example/${name}\n  tag: v1`, `name: ${name}\n  repository: r.example/${name}\n  tag: v1\n  targetVersion: ">= 1.x.y.z"`);
    const at = (name: string) => lint([{ path: 'images.yaml', kind: 'base', content: vector(name) }], config).findings.filter((f) => f.rule === 'invalid-constraint');
    const [a] = at('a');
    const [b] = at('b');
    expect(a!.message.replace('`a`', '`b`')).toBe(b!.message.replace('`a`', '`b`'));
    expect(classifyFindings(at('b'), at('a')).map((f) => f.new)).toEqual([true]);
    expect(classifyFindings(at('a'), at('a')).map((f) => f.new)).toEqual([false]);
  });
});

describe('the count past the per-image finding cap', () => {
  // 30 or 31 copies of one merge key: 20 duplicate-entry findings are listed, the rest counted
  // in one finding whose number changes with the vector; its identity must not.
  const vector = (copies: number) =>
    `images:\n${Array.from({ length: copies }, (_, i) => `- name: same\n  repository: r.example/same\n  tag: v1.${i}.0\n`).join('')}`;
  const run = (copies: number) => lint([{ path: 'images.yaml', kind: 'base', content: vector(copies) }], defaultConfig()).findings;

  it('keeps its identity when only the number changes', () => {
    const base = run(30);
    const head = run(31);
    const counted = (findings: Finding[]) => findings.filter((f) => f.rule === 'duplicate-entry' && f.message.startsWith('And '));
    expect(counted(base)).toHaveLength(1);
    expect(counted(head)).toHaveLength(1);
    expect(counted(base)[0]!.message).not.toBe(counted(head)[0]!.message);
    const classified = classifyFindings(head, base);
    expect(counted(classified)[0]!.new).toBe(false);
  });
});
