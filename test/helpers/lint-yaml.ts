import { defaultConfig, mergeConfig } from '../../src/engine/config.js';
import { lint } from '../../src/engine/lint.js';
import type { Finding, LintConfig, LintInput, LintResult } from '../../src/engine/types.js';

export interface Files {
  base?: string | string[];
  overwrite?: string | string[];
  components?: string | string[];
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Lints YAML texts given inline; files are named base-1.yaml, overwrite-1.yaml, components-1.yaml. */
export function lintYaml(files: Files, config: Partial<LintConfig> = {}): LintResult {
  const inputs: LintInput[] = [];
  for (const kind of ['base', 'overwrite', 'components'] as const) {
    list(files[kind]).forEach((content, i) => inputs.push({ path: `${kind}-${i + 1}.yaml`, kind, content }));
  }
  return lint(inputs, mergeConfig(defaultConfig(), config));
}

/** The findings of one rule, as `file:line:column` plus the message. */
export function findingsOf(result: LintResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

export function at(finding: Finding | undefined): string {
  return finding ? `${finding.file}:${finding.line}:${finding.column}` : '(none)';
}

/** Strips the common indentation of a template literal, so fixtures read like files. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}
