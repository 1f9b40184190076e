import { describe, expect, it } from 'vitest';
import { defaultConfig, mergeConfig, parseConfig } from '../../src/engine/config.js';
import { compareWithBase, diffResolved } from '../../src/engine/changes.js';
import { lint } from '../../src/engine/lint.js';
import { ALL_RULES } from '../../src/engine/rules/registry.js';
import type { LintConfig, LintInput, LintResult } from '../../src/engine/types.js';

// Every name a file can give (image, component, field, configuration key, rule id, component
// vector) is looked up somewhere; a plain object would answer `constructor`, `__proto__`,
// `toString` … from Object.prototype. Each such name must behave exactly like an ordinary one.

export const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
/**
 * An ordinary name for a prototype name: as long (no column differs), the same first character
 * (it sorts where the other does among the fixtures' names), near no known name.
 */
function ordinaryFor(name: string): string {
  return name[0] + 'qz'.repeat(name.length).slice(0, name.length - 1);
}

function placeholder(value: unknown, name: string): unknown {
  // Names of the same length keep every column; cut the ordinary name to the prototype name's.
  return JSON.parse(JSON.stringify(value).split(name).join('NAME'));
}

interface Scenario {
  title: string;
  run(name: string): unknown;
  /** What the result must hold, so that the case is not vacuous; default the name (`NAME`). */
  mustContain?: string;
}

const knownRules = [...ALL_RULES.map((r) => r.id), 'coverage-lost', 'tag-style-changed'];

function lintWith(inputs: LintInput[], config: Partial<LintConfig> = {}): LintResult {
  return lint(inputs, mergeConfig(defaultConfig(), config));
}

const base = (content: string): LintInput => ({ path: 'images.yaml', kind: 'base', content });

const SCENARIOS: Scenario[] = [
  {
    title: 'image name (base, duplicate, overwrite)',
    run: (name) =>
      lintWith([
        base(
          `images:\n- name: ${name}\n  repository: r\n  tag: v1\n  targetVersion: "< 1.30"\n` +
            `- name: ${name}\n  repository: r\n  tag: v2\n  targetVersion: "< 1.31"\n- name: ${name}\n  repository: r\n  tag: v1\n  targetVersion: "< 1.30"\n`,
        ),
        { path: 'overwrite.yaml', kind: 'overwrite', content: `images:\n- name: ${name}\n  repository: o\n  tag: v3\n` },
      ]),
  },
  {
    title: 'image name only in an overwrite',
    run: (name) =>
      lintWith([
        base('images:\n- name: a\n  repository: r\n  tag: v1\n'),
        { path: 'overwrite.yaml', kind: 'overwrite', content: `images:\n- name: ${name}\n  repository: o\n  tag: v3\n` },
      ]),
  },
  {
    title: 'component name (unknown)',
    run: (name) =>
      lintWith([
        {
          path: 'components.yaml',
          kind: 'components',
          content: `components:\n- name: ${name}\n  imageVectorOverwrite: |\n    images:\n    - name: ${name}\n      repository: r\n      tag: v1\n`,
        },
      ]),
  },
  {
    title: 'component name (configured in components and componentVectors)',
    run: (name) =>
      lintWith(
        [
          {
            path: 'components.yaml',
            kind: 'components',
            content: `components:\n- name: ${name}\n  imageVectorOverwrite: |\n    images:\n    - name: x\n      repository: r\n      tag: v1\n`,
          },
        ],
        {
          components: [name],
          componentVectors: Object.fromEntries([[name, { path: 'own.yaml', kind: 'base', content: 'images:\n- name: y\n  repository: r\n' }]]),
        },
      ),
  },
  {
    title: 'component vector for a component that has no overwrite',
    run: (name) =>
      lintWith([base('images:\n- name: a\n  repository: r\n  tag: 3.10\n')], {
        componentVectors: Object.fromEntries([[name, { path: 'own.yaml', kind: 'base', content: `images:\n- name: ${name}\n  repository: r\n` }]]),
      }),
    mustContain: 'yaml-type-trap',
  },
  {
    title: 'field name in an entry, in a component item and at the top',
    run: (name) =>
      lintWith([
        base(`images:\n- name: a\n  repository: r\n  tag: v1\n  ${name}: x\n${name}: y\n`),
        {
          path: 'components.yaml',
          kind: 'components',
          content: `components:\n- name: etcd-druid\n  ${name}: z\n  imageVectorOverwrite: |\n    images: []\n`,
        },
      ]),
  },
  {
    title: 'label name, architecture and ConfigMap data key',
    run: (name) =>
      lintWith(
        [
          base(`images:\n- name: a\n  repository: r\n  tag: v1\n  architectures: [${name}]\n  labels:\n  - name: ${name}\n    value: x\n`),
          {
            path: 'configmap.yaml',
            kind: 'overwrite',
            content: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  ${name}: |\n    images:\n    - name: a\n      repository: r\n      tag: v2\n`,
          },
        ],
        { architectures: ['amd64', name] },
      ),
  },
  {
    title: 'digest algorithm in a tag and a ref',
    run: (name) =>
      lintWith([
        base(
          `images:\n- name: a\n  repository: r\n  tag: ${name}:0123\n- name: b\n  repository: r\n  tag: v1@${name}:0123\n` +
            `- name: c\n  ref: r@${name}:0123\n`,
        ),
      ]),
  },
  {
    title: 'image name in a comparison with the base',
    run: (name) => {
      const config = mergeConfig(defaultConfig(), {});
      const before = [base(`images:\n- name: ${name}\n  repository: r\n  tag: v1\n  targetVersion: "< 1.30"\n- name: a\n  repository: r\n  tag: v1\n`)];
      const after = [base(`images:\n- name: ${name}\n  repository: r\n  tag: sha256:${'0'.repeat(64)}\n  targetVersion: "< 1.29"\n`)];
      const [b, h] = [lint(before, config), lint(after, config)];
      return { changes: diffResolved(b.resolved, h.resolved), findings: compareWithBase(b, h, config, after) };
    },
  },
  {
    title: 'rule id in a suppression',
    run: (name) => lintWith([base(`images:\n- name: a\n  repository: r\n  tag: 3.10 # imagevector-lint disable-line ${name}\n`)]),
    // The finding stays: the suppression names another rule.
    mustContain: 'yaml-type-trap',
  },
  {
    title: 'rule id in the configuration',
    run: (name) => {
      const parsed = parseConfig(`rules:\n  ${name}: error\n  version-overlap: warning\n`, '.imagevector-lint.yaml', knownRules);
      return { parsed, result: lintWith([base('images:\n- name: a\n  repository: r\n  tag: 3.10\n')], parsed.config) };
    },
  },
  {
    title: 'configuration key, components and componentVectors',
    run: (name) => {
      const parsed = parseConfig(
        `${name}: 1\ncomponents: [${name}]\ncomponentVectors:\n  ${name}: charts/own.yaml\n`,
        '.imagevector-lint.yaml',
        knownRules,
      );
      return { findings: parsed.findings, components: parsed.config.components, paths: Object.entries(parsed.componentVectorPaths) };
    },
  },
];

describe('Object.prototype member names behave like ordinary names', () => {
  for (const scenario of SCENARIOS) {
    describe(scenario.title, () => {
      for (const name of PROTOTYPE_NAMES) {
        it(name, () => {
          const ordinary = ordinaryFor(name);
          const got = placeholder(scenario.run(name), name);
          const expected = placeholder(scenario.run(ordinary), ordinary);
          expect(got).toEqual(expected);
          expect(JSON.stringify(expected)).toContain(scenario.mustContain ?? 'NAME');
        });
      }
    });
  }

  it('an unknown component named after a prototype member is a finding', () => {
    for (const name of PROTOTYPE_NAMES) {
      const result = SCENARIOS[2]!.run(name) as LintResult;
      expect(result.findings.filter((f) => f.rule === 'unknown-component').map((f) => f.message)).toEqual([
        expect.stringContaining(`Unknown component \`${name}\``),
      ]);
    }
  });

  it('an unknown rule or configuration key named after a prototype member is a finding', () => {
    for (const name of PROTOTYPE_NAMES) {
      const parsed = parseConfig(`${name}: 1\nrules:\n  ${name}: error\n`, 'c.yaml', knownRules);
      expect(parsed.findings.map((f) => f.message)).toEqual([
        expect.stringContaining(`Unknown configuration key \`${name}\``),
        expect.stringContaining(`Unknown rule \`${name}\``),
      ]);
      expect(Object.getPrototypeOf(parsed.config.rules)).toBe(null);
      expect(Object.keys(parsed.config.rules)).toEqual([]);
    }
  });
});
