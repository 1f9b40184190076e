import { ambiguousPartialVersion } from './ambiguous-partial-version.js';
import { analysisLimit } from './analysis-limit.js';
import { caBundle } from './ca-bundle.js';
import { disallowedRegistry } from './disallowed-registry.js';
import { duplicateComponent } from './duplicate-component.js';
import { duplicateEntry } from './duplicate-entry.js';
import { fieldCase } from './field-case.js';
import { imageReference } from './image-reference.js';
import { imageSource } from './image-source.js';
import { invalidConstraint } from './invalid-constraint.js';
import { legacyVersionConstraint } from './legacy-version-constraint.js';
import { overwritePartial } from './overwrite-partial.js';
import { overwriteWithoutEffect } from './overwrite-without-effect.js';
import type { Rule } from './rule.js';
import { schema } from './schema.js';
import { shadowedEntry } from './shadowed-entry.js';
import { templateSkipped } from './template-skipped.js';
import { unknownArchitecture } from './unknown-architecture.js';
import { unknownComponent } from './unknown-component.js';
import { unknownField } from './unknown-field.js';
import { unknownImage } from './unknown-image.js';
import { unreadableFile } from './unreadable-file.js';
import { unsatisfiableConstraint } from './unsatisfiable-constraint.js';
import { versionGap } from './version-gap.js';
import { versionOverlap } from './version-overlap.js';
import { yamlDuplicateKey } from './yaml-duplicate-key.js';
import { yamlSyntax } from './yaml-syntax.js';
import { yamlTypeTrap } from './yaml-type-trap.js';

export const DOCS_URL = 'https://github.com/imagevector-lint/imagevector-lint/blob/main/docs/rules.md';

/** The rules `lint` runs, in the order of the documentation. */
export const ALL_RULES: readonly Rule[] = [
  unreadableFile,
  yamlSyntax,
  templateSkipped,
  yamlDuplicateKey,
  yamlTypeTrap,
  schema,
  unknownField,
  fieldCase,
  invalidConstraint,
  unsatisfiableConstraint,
  ambiguousPartialVersion,
  legacyVersionConstraint,
  imageSource,
  imageReference,
  unknownArchitecture,
  duplicateEntry,
  caBundle,
  analysisLimit,
  versionOverlap,
  versionGap,
  shadowedEntry,
  overwriteWithoutEffect,
  overwritePartial,
  unknownImage,
  unknownComponent,
  duplicateComponent,
  disallowedRegistry,
];

/** What reporters and docs need to know of a rule. */
export interface RuleMeta {
  id: string;
  defaultSeverity: Rule['defaultSeverity'];
  description: string;
  docsUrl: string;
}

export function ruleMeta(rule: Pick<Rule, 'id' | 'defaultSeverity' | 'description'>): RuleMeta {
  return { id: rule.id, defaultSeverity: rule.defaultSeverity, description: rule.description, docsUrl: `${DOCS_URL}#${rule.id}` };
}

/** The `config` pseudo-rule: problems in `.imagevector-lint.yaml`. */
export const CONFIG_RULE = ruleMeta({
  id: 'config',
  defaultSeverity: 'error',
  description: 'The configuration file `.imagevector-lint.yaml` is invalid.',
});

/** The `unused-suppression` pseudo-rule: inline directives that name an unknown rule or silence nothing (the engine checks them after the rules). */
export const UNUSED_SUPPRESSION_RULE = ruleMeta({
  id: 'unused-suppression',
  defaultSeverity: 'warning',
  description: 'An inline `# imagevector-lint disable-…` directive that names an unknown rule (with did-you-mean) or silences no finding.',
});
