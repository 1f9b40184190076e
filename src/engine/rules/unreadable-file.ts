import type { Rule } from './rule.js';

export const unreadableFile: Rule = {
  id: 'unreadable-file',
  defaultSeverity: 'error',
  description: 'The file cannot be read as text: binary, not UTF-8, larger than the limit, or not a regular file inside the repository.',
  check(context) {
    for (const file of context.files) {
      for (const problem of file.problems) {
        if (problem.kind !== 'unreadable') continue;
        context.report({
          file: file.path,
          position: problem.position,
          message: problem.refused
            ? `Cannot lint this file: ${problem.message}.`
            : `Cannot lint this file: ${problem.message}. Gardener would fail to read it too.`,
        });
      }
    }
  },
};
