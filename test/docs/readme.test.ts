import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGE_RULES } from '../../src/engine/changes.js';
import { ALL_RULES, CONFIG_RULE } from '../../src/engine/rules/registry.js';

const root = path.resolve(import.meta.dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('starts with the two quick-start commands', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'));
    const block = quickStart.slice(quickStart.indexOf('```sh'), quickStart.indexOf('```', quickStart.indexOf('```sh') + 5));
    expect(block).toMatch(/^npm ci && npm start/m);
    expect(block).toMatch(/^npm test/m);
  });
  it('lists every rule with its default severity', () => {
    for (const rule of [...ALL_RULES, CONFIG_RULE, ...CHANGE_RULES]) {
      expect(readme).toContain(`| [\`${rule.id}\`](docs/rules.md#${rule.id}) | ${rule.defaultSeverity} |`);
    }
  });
  it('documents every input and output of action.yml', () => {
    const action = fs.readFileSync(path.join(root, 'action.yml'), 'utf8');
    const section = (name: string) => action.slice(action.indexOf(`${name}:\n`), action.indexOf('\n\n', action.indexOf(`${name}:\n`)) + 1 || undefined);
    const names = (text: string) => [...text.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!);
    const inputs = names(section('inputs'));
    const outputs = names(section('outputs'));
    expect(inputs.length).toBeGreaterThanOrEqual(14);
    expect(outputs.length).toBeGreaterThanOrEqual(6);
    for (const input of inputs) expect(readme).toContain(`| \`${input}\` |`);
    for (const output of outputs) expect(readme).toMatch(new RegExp(`\`${output}\``));
  });
});
