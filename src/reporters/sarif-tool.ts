import { CHANGE_RULES } from '../engine/changes.js';
import { ALL_RULES, CONFIG_RULE, ruleMeta } from '../engine/rules/registry.js';
import type { LintConfig } from '../engine/types.js';
import { VERSION } from '../cli/version.js';
import type { SarifTool } from './sarif.js';

// The tool a SARIF log names: every rule, with the severity this configuration gives it.
// The same for the action's SARIF file and the command line's --format sarif.

export function sarifTool(config: LintConfig): SarifTool {
  const rules = [...ALL_RULES.map(ruleMeta), ...CHANGE_RULES.map(ruleMeta), CONFIG_RULE];
  return {
    name: 'imagevector-lint',
    version: VERSION,
    informationUri: 'https://github.com/imagevector-lint/imagevector-lint',
    rules: rules.map((r) => ({
      id: r.id,
      severity: config.rules[r.id] ?? r.defaultSeverity,
      description: r.description,
      helpUri: r.docsUrl,
    })),
  };
}
