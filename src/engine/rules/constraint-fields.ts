import type { ImageSource } from '../types.js';
import { isLegacyVector } from '../analysis/vector-group.js';
import { clusterMemo } from './cluster-memo.js';
import type { RuleContext } from './rule.js';

export type ConstraintField = 'runtimeVersion' | 'targetVersion' | 'version';

export interface WrittenConstraint {
  source: ImageSource;
  field: ConstraintField;
  text: string;
}

const LEGACY_FIELDS: readonly ConstraintField[] = ['runtimeVersion', 'targetVersion', 'version'];
const FIELDS: readonly ConstraintField[] = ['runtimeVersion', 'targetVersion'];

/**
 * Every version constraint written in the linted vectors: runtimeVersion and
 * targetVersion, and `version` where a vector uses it as the legacy
 * constraint.
 */
export function writtenConstraints(context: RuleContext): readonly WrittenConstraint[] {
  return constraintsOf(context.vectors);
}

/** Computed once per cluster (its rules share their `vectors`). */
const constraintsOf = clusterMemo((vectors: RuleContext['vectors']): readonly WrittenConstraint[] => {
  const out: WrittenConstraint[] = [];
  for (const { vector } of vectors) {
    const fields = isLegacyVector(vector.images) ? LEGACY_FIELDS : FIELDS;
    for (const source of vector.images) {
      for (const field of fields) {
        const text = source[field];
        if (text === undefined) continue;
        // No position: it is looked up when a finding is reported (fieldPosition).
        out.push({ source, field, text });
      }
    }
  }
  return out;
});
