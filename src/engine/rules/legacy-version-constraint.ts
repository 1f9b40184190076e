import { isLegacyVector } from '../analysis/vector-group.js';
import type { Rule } from './rule.js';

export const legacyVersionConstraint: Rule = {
  id: 'legacy-version-constraint',
  defaultSeverity: 'warning',
  description: '`version` used as the Kubernetes constraint, as Gardener\'s old docs showed; Gardener never selects by it.',
  check(context) {
    for (const { vector } of context.vectors) {
      if (!isLegacyVector(vector.images)) continue;
      for (const source of vector.images) {
        if (source.version === undefined) continue;
        context.report({
          file: source.origin.file,
          position: source.origin.fields.version ?? source.origin.position,
          message: `\`version: ${JSON.stringify(source.version)}\` is written as a Kubernetes version constraint (the form of Gardener's old image vector docs), but Gardener reads \`version\` only as a label: entries of \`${source.name}\` that differ only in \`version\` share one merge key and the first always wins. Rename it to \`targetVersion\` (the Kubernetes version the image acts on) or \`runtimeVersion\` (the one it runs on).`,
        });
      }
    }
  },
};
