import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/engine/config.js';
import { configSchema } from '../../src/engine/schema/config-schema.js';
import { knownRuleIds } from '../../src/workspace/config-loader.js';

// The configuration's JSON Schema is the one the linter validates with
// (parseConfig compiles configSchema), and the one the build writes to
// schema/imagevector-lint.schema.json: the examples the product documents
// must pass both, and what the schema rejects parseConfig reports.

const root = path.resolve(import.meta.dirname, '../..');
const schema = configSchema(knownRuleIds());
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const parse = (text: string) => parseConfig(text, '.imagevector-lint.yaml', knownRuleIds());

/** The YAML blocks of the README's configuration section. */
function readmeConfigExamples(): string[] {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('## Configuration: `.imagevector-lint.yaml`');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```yaml\n([^]*?)```/g)].map((m) => m[1]!).filter((block) => /^[a-zA-Z]+:/m.test(block) && !/^\s*#\s*imagevector-lint/m.test(block));
}

describe('the configuration schema', () => {
  it('is valid JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('is what the build writes to schema/imagevector-lint.schema.json', () => {
    const written = JSON.parse(fs.readFileSync(path.join(root, 'schema/imagevector-lint.schema.json'), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  const examples: [string, string][] = [
    ['examples/.imagevector-lint.yaml', fs.readFileSync(path.join(root, 'examples/.imagevector-lint.yaml'), 'utf8')],
    ...readmeConfigExamples().map((text, i): [string, string] => [`README configuration example ${i + 1}`, text]),
  ];
  it('the README has a configuration example with every key', () => {
    const keys = Object.keys(schema.properties);
    const documented = readmeConfigExamples().join('\n');
    for (const key of keys) expect(documented, key).toMatch(new RegExp(`^${key}:`, 'm'));
  });
  it.each(examples)('%s is valid against the schema and gives parseConfig no finding', (_name, text) => {
    const { load } = { load: parse(text) };
    expect(validate(toData(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(load.findings).toEqual([]);
  });

  it.each([
    ['architectures: []', 'architectures'],
    ['architectures: amd64', 'architectures'],
    ['components: etcd-druid', 'components'],
    ['componentVectors: [a]', 'componentVectors'],
    ['extensionVectors: { provider-aws: 3 }', 'extensionVectors'],
    ['registries: { allowed: [] }', 'registries'],
    ['registries: { allowed: [r], denied: [x] }', 'registries.denied'],
    ['ignore: [../x/**]', 'ignore'],
    ['ignore: ["/abs/**"]', 'ignore'],
    ['ignore: dev-setup', 'ignore'],
    ['maxFileBytes: 0', 'maxFileBytes'],
    ['maxFileBytes: "1k"', 'maxFileBytes'],
    ['rules: { version-gap: fatal }', 'version-gap'],
    ['rules: [version-gap]', 'rules'],
    ['kubernetesVersion: ">= 1.30"', 'kubernetesVersion'],
  ])('what the schema rejects parseConfig reports: %s', (text, about) => {
    expect(validate(toData(text))).toBe(false);
    const { findings } = parse(`${text}\n`);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((f) => f.message).join('\n')).toContain(`\`${about}\``);
  });
});

describe('did-you-mean for configuration keys, at the key', () => {
  it('kubernetesVersion → kubernetesVersions, at its own line and column', () => {
    const { findings } = parse('architectures: [amd64]\n  # comment\nkubernetesVersion: ">= 1.30"\n');
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'config', line: 3, column: 1, message: expect.stringMatching(/^Unknown configuration key `kubernetesVersion`: did you mean `kubernetesVersions`\?/) }),
    ]);
  });
  it('a rule id version-overlapp → version-overlap, at the rule key', () => {
    const { findings, config } = parse('rules:\n  version-gap: warning\n  version-overlapp: error\n');
    expect(findings).toEqual([
      expect.objectContaining({ line: 3, column: 3, message: expect.stringMatching(/^Unknown rule `version-overlapp` in `rules`: did you mean `version-overlap`\?/) }),
    ]);
    // The rest of the configuration still applies.
    expect(config.rules['version-gap']).toBe('warning');
  });
  it('a key nothing resembles gets no guess', () => {
    const { findings } = parse('zzz: 1\n');
    expect(findings[0]!.message).toMatch(/^Unknown configuration key `zzz`\. Known keys: rules, /);
  });
  it('a bad level is reported at the value', () => {
    const { findings } = parse('rules:\n  version-gap: fatal\n');
    expect(findings).toEqual([expect.objectContaining({ line: 2, column: 16, message: 'Rule `version-gap`: level must be one of error, warning, notice, off, not "fatal".' })]);
  });
});

function toData(text: string): unknown {
  // The schema validates what YAML gives (an editor's view); parse with the engine's reader.
  return parseYamlPlain(text);
}

import { parseYaml, toPlainValue } from '../../src/engine/yaml/index.js';
function parseYamlPlain(text: string): unknown {
  const yaml = parseYaml(text);
  return toPlainValue(yaml.documents[0] ?? null) ?? null;
}
