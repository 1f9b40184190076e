// The library API of imagevector-lint: the same engine the CLI and the
// GitHub Action run. Pure functions, no I/O.
export { matchesConstraint, parseConstraint } from './engine/constraint/index.js';
export type { ParsedConstraint, ConstraintAtom } from './engine/constraint/index.js';
export { lint } from './engine/lint.js';
export { defaultConfig, mergeConfig, parseConfig } from './engine/config.js';
export { classifyVectorText } from './engine/discover.js';
export { mergeImageVectors, mergeKey } from './engine/analysis/merge.js';
export { findImageIndex, toImageString } from './engine/analysis/find-image.js';
export { ALL_RULES } from './engine/rules/registry.js';
export { formatJson, formatSarif, formatText, renderMarkdownReport } from './reporters/index.js';
export type * from './engine/types.js';

import { lint } from './engine/lint.js';
import type { LintConfig, LintInput, ResolvedRow } from './engine/types.js';

/** The resolved image table alone: which image Gardener picks for which versions and architectures. */
export function resolve(inputs: readonly LintInput[], config: LintConfig): ResolvedRow[] {
  return lint(inputs, config, []).resolved;
}
