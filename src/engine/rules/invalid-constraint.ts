import { parseConstraint } from '../constraint/index.js';
import { writtenConstraints } from './constraint-fields.js';
import { fieldPosition } from './entry-nodes.js';
import type { Rule } from './rule.js';

export const invalidConstraint: Rule = {
  id: 'invalid-constraint',
  defaultSeverity: 'error',
  description: 'A runtimeVersion or targetVersion that Masterminds semver v3 cannot parse; Gardener rejects the whole vector.',
  check(context) {
    for (const { source, field, text } of writtenConstraints(context)) {
      const parsed = parseConstraint(text);
      if (parsed.ok) continue;
      const consequence =
        field === 'version'
          ? 'It is meant as a Kubernetes version constraint but cannot be one.'
          : 'Gardener rejects the whole vector when it reads it.';
      context.report({
        file: source.origin.file,
        position: fieldPosition(source, field),
        message: `\`${field}: ${JSON.stringify(text)}\` is not a valid constraint: ${parsed.error} (at character ${parsed.offset + 1}). ${consequence} Valid forms: ">= 1.30", "1.33.x", ">= 1.31, < 1.34", "1.29.x || 1.30.x".`,
      });
    }
  },
};
