import type { ImageSource, SourcePosition } from '../types.js';
import { isLegacyVector } from '../analysis/vector-group.js';
import type { RuleContext } from './rule.js';

export type ConstraintField = 'runtimeVersion' | 'targetVersion' | 'version';

export interface WrittenConstraint {
  source: ImageSource;
  field: ConstraintField;
  text: string;
  position: SourcePosition;
}

/**
 * Every version constraint written in the linted vectors: runtimeVersion and
 * targetVersion, and `version` where a vector uses it as the legacy
 * constraint.
 */
export function* writtenConstraints(context: RuleContext): Generator<WrittenConstraint> {
  for (const { vector } of context.vectors) {
    const legacy = isLegacyVector(vector.images);
    for (const source of vector.images) {
      const fields: ConstraintField[] = legacy ? ['runtimeVersion', 'targetVersion', 'version'] : ['runtimeVersion', 'targetVersion'];
      for (const field of fields) {
        const text = source[field];
        if (text === undefined) continue;
        yield { source, field, text, position: source.origin.fields[field] ?? source.origin.position };
      }
    }
  }
}
