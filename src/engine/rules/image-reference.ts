import { checkRef, checkRepository, checkTag } from '../image-reference.js';
import { allEntries, fieldPosition } from './entry-nodes.js';
import type { Rule } from './rule.js';

const CHECKS = [
  ['repository', checkRepository],
  ['tag', checkTag],
  ['ref', checkRef],
] as const;

export const imageReference: Rule = {
  id: 'image-reference',
  defaultSeverity: 'error',
  description: 'A repository, tag, digest or ref that is not a valid OCI image reference; the pull fails in the cluster.',
  check(context) {
    for (const source of allEntries(context)) {
      for (const [field, checkField] of CHECKS) {
        const value = source[field];
        if (value === undefined || value === '') continue;
        const result = checkField(value);
        if (result.ok) continue;
        const position = fieldPosition(source, field);
        context.report({
          file: source.origin.file,
          position,
          message: `\`${field}: ${JSON.stringify(value)}\` of \`${source.name || '(unnamed)'}\` is not a valid image ${field === 'ref' ? 'reference' : field} (at character ${result.offset + 1}): ${result.reason}`,
        });
      }
    }
  },
};
