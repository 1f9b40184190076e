import { allEntries, fieldPosition } from './entry-nodes.js';
import type { Rule } from './rule.js';

export const imageSource: Rule = {
  id: 'image-source',
  defaultSeverity: 'error',
  description: 'Where the image comes from, as Gardener validates it: ref or repository, never both, nothing empty.',
  check(context) {
    for (const source of allEntries(context)) {
      const file = source.origin.file;
      const name = source.name || '(unnamed)';
      if (source.ref === undefined && source.repository === undefined) {
        // Overwrites too: Gardener validates an overwrite file (and each
        // component's string) on its own, before merging it.
        const what = source.origin.kind === 'base' ? 'the vector' : 'the whole overwrite, before merging it';
        context.report({
          file,
          position: source.origin.position,
          message: `Image \`${name}\` has neither \`repository\` nor \`ref\`: Gardener rejects ${what} ("either image ref or repository+tag is required"). Add \`repository:\` (and \`tag:\`) or \`ref:\`, even when only the tag should change.`,
        });
      }
      if (source.ref !== undefined) {
        if (source.ref === '') {
          context.report({ file, position: fieldPosition(source, 'ref'), message: `\`ref\` of \`${name}\` is empty: Gardener rejects the vector. Give the full reference or remove the key.` });
        }
        for (const field of ['repository', 'tag'] as const) {
          if (source[field] === undefined) continue;
          context.report({
            file,
            position: fieldPosition(source, field),
            message: `\`${field}\` together with \`ref\` in \`${name}\`: Gardener rejects the vector ("cannot specify ${field} when ref is set"). Keep either \`ref\` or \`repository\`/\`tag\`.`,
          });
        }
        continue;
      }
      for (const field of ['repository', 'tag'] as const) {
        if (source[field] !== '') continue;
        context.report({
          file,
          position: fieldPosition(source, field),
          message: `\`${field}\` of \`${name}\` is empty: Gardener rejects the vector ("${field === 'tag' ? 'image tag' : 'repository'} must not be empty if specified"). Set it or remove the key.`,
        });
      }
    }
  },
};
