import * as path from 'node:path';
import { mergeConfig } from '../engine/config.js';
import { parseConstraint } from '../engine/constraint/index.js';
import { CONFIG_RULE } from '../engine/rules/registry.js';
import type { Finding, LintConfig } from '../engine/types.js';
import { realRoot } from '../workspace/confined-file.js';
import { loadConfigFile, type ConfigFileReader } from '../workspace/config-loader.js';
import type { ActionSettings } from './settings.js';

// The configuration: `.imagevector-lint.yaml` when present (or the file the
// `config` input names), confined to the repository (src/workspace/config-loader.ts),
// then the inputs that override it.

export interface LoadedConfig {
  config: LintConfig;
  /** Problems in the configuration file, as findings of the `config` rule. */
  findings: Finding[];
  /** The file's bytes, when it exists (to tell whether a change touched it). */
  content?: Uint8Array;
}

export async function loadConfig(
  settings: Pick<ActionSettings, 'workspace' | 'configFile' | 'configRequired' | 'kubernetesVersions'>,
  read?: ConfigFileReader,
): Promise<LoadedConfig> {
  const root = realRoot(settings.workspace);
  const loaded = await loadConfigFile({
    file: path.join(root, settings.configFile),
    shown: settings.configFile,
    root,
    confineFile: true,
    read,
  });
  let config = loaded.config;
  const findings = loaded.findings;
  if (loaded.missing && settings.configRequired) {
    // A finding, not an abort: a pull request may delete the file, and the verdict must still be posted.
    findings.push({
      rule: CONFIG_RULE.id,
      severity: 'error',
      message: `Input 'config' names ${settings.configFile}, which is not a file in the repository.`,
      file: settings.configFile,
      line: 1,
      column: 1,
    });
  }

  if (settings.kubernetesVersions !== undefined) {
    const parsed = parseConstraint(settings.kubernetesVersions);
    if (!parsed.ok) {
      throw new Error(`Input 'kubernetes-versions' is '${settings.kubernetesVersions}', not a valid constraint: ${parsed.error}.`);
    }
    config = mergeConfig(config, { kubernetesVersions: settings.kubernetesVersions });
  }
  return { config, findings, content: loaded.content };
}
