import type { Rule } from './rule.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'The YAML does not parse (or exceeds the nesting and alias limits); Gardener cannot read the vector.',
  check(context) {
    for (const file of context.files) {
      for (const problem of file.problems) {
        if (problem.kind === 'unreadable') continue;
        const what = problem.kind === 'limit' ? 'YAML limit exceeded' : 'YAML syntax error';
        context.report({
          file: file.path,
          position: problem.position,
          message: `${what}: ${problem.message}. Gardener cannot read this vector; nothing in it was checked further.`,
        });
      }
    }
  },
};
