import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, mergeConfig, parseConfig, withComponentVectors } from '../engine/config.js';
import { parseConstraint } from '../engine/constraint/index.js';
import { CHANGE_RULES } from '../engine/changes.js';
import { ALL_RULES, CONFIG_RULE } from '../engine/rules/registry.js';
import type { Finding, LintConfig, LintInput } from '../engine/types.js';
import type { ActionSettings } from './settings.js';

// The configuration: `.imagevector-lint.yaml` when present (or the file the
// `config` input names), then the inputs that override it.

export interface LoadedConfig {
  config: LintConfig;
  /** Problems in the configuration file, as findings of the `config` rule. */
  findings: Finding[];
  /** The file's bytes, when it exists (to tell whether a change touched it). */
  content?: Uint8Array;
}

export function knownRuleIds(): string[] {
  return [...new Set([...ALL_RULES.map((r) => r.id), ...CHANGE_RULES.map((r) => r.id), CONFIG_RULE.id])];
}

export function loadConfig(settings: Pick<ActionSettings, 'workspace' | 'configFile' | 'configRequired' | 'kubernetesVersions'>): LoadedConfig {
  let config = defaultConfig();
  const findings: Finding[] = [];
  let content: Uint8Array | undefined;

  const absolute = path.join(settings.workspace, settings.configFile);
  if (fs.existsSync(absolute)) {
    content = new Uint8Array(fs.readFileSync(absolute));
    const parsed = parseConfig(Buffer.from(content).toString('utf8'), settings.configFile, knownRuleIds());
    config = parsed.config;
    findings.push(...parsed.findings);
    const vectors: Record<string, LintInput> = {};
    for (const [component, relative] of Object.entries(parsed.componentVectorPaths)) {
      const file = path.posix.normalize(path.posix.join(path.posix.dirname(settings.configFile), relative));
      const target = path.join(settings.workspace, file);
      if (file.startsWith('../') || !fs.existsSync(target)) {
        findings.push({
          rule: CONFIG_RULE.id,
          severity: 'error',
          message: `componentVectors.${component}: ${relative} is not a file in the repository.`,
          file: settings.configFile,
          line: 1,
          column: 1,
        });
        continue;
      }
      vectors[component] = { path: file, kind: 'base', content: new Uint8Array(fs.readFileSync(target)) };
    }
    config = withComponentVectors(config, vectors);
  } else if (settings.configRequired) {
    throw new Error(`Input 'config' names ${settings.configFile}, which is not a file in the repository.`);
  }

  if (settings.kubernetesVersions !== undefined) {
    const parsed = parseConstraint(settings.kubernetesVersions);
    if (!parsed.ok) {
      throw new Error(`Input 'kubernetes-versions' is '${settings.kubernetesVersions}', not a valid constraint: ${parsed.error}.`);
    }
    config = mergeConfig(config, { kubernetesVersions: settings.kubernetesVersions });
  }
  return { config, findings, content };
}
