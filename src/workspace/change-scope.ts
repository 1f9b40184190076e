import type { Finding } from '../engine/types.js';

// What a pull request (or push) changed, as far as findings care: which files
// and which of their lines. Without a base commit everything counts as changed.

export interface ChangeScope {
  /** True when there is nothing to compare with (or the configuration changed): all counts as changed. */
  everything: boolean;
  /** Files whose content differs from the base (added files included). */
  files: ReadonlySet<string>;
  /** Changed line numbers (1-based) in the head version, per changed file. */
  lines: ReadonlyMap<string, ReadonlySet<number>>;
  /** Rules whose findings are always reported: about the change itself, or the configuration. */
  alwaysReported: ReadonlySet<string>;
}

export const EVERYTHING: ChangeScope = {
  everything: true,
  files: new Set(),
  lines: new Map(),
  alwaysReported: new Set(),
};

/** 0: on a changed line, 1: in a changed file, 2: elsewhere. */
export function changeRank(scope: ChangeScope, finding: Finding): 0 | 1 | 2 {
  if (scope.alwaysReported.has(finding.rule)) return 0;
  if (scope.everything) return 1;
  if (scope.lines.get(finding.file)?.has(finding.line)) return 0;
  return scope.files.has(finding.file) ? 1 : 2;
}

export function isInScope(scope: ChangeScope, finding: Finding): boolean {
  return changeRank(scope, finding) < 2;
}
