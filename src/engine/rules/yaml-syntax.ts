import { findConflictMarkers } from '../reading/conflict-markers.js';
import type { Rule } from './rule.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'The YAML does not parse (or exceeds the nesting and alias limits): Gardener cannot read the vector (error); or the vector cannot reach Gardener (a ConfigMap data value that is not a string); or a later YAML document holds a vector Gardener never reads (warning).',
  check(context) {
    for (const file of context.files) {
      const markers = file.problems.some((p) => p.kind === 'syntax') && file.text !== undefined ? findConflictMarkers(file.text) : undefined;
      if (markers) {
        // One finding for the cause: the parser's errors are its consequences.
        const shown = markers.lines.slice(0, 6).join(', ') + (markers.lines.length > 6 ? ', …' : '');
        context.report({
          file: file.path,
          position: markers.position,
          message:
            `Merge-conflict markers committed (\`<<<<<<<\`, \`=======\`, \`>>>>>>>\` on lines ${shown}): the file is not YAML, ` +
            'so Gardener cannot read this vector; nothing in it was checked further. Resolve the conflict and remove the markers.',
        });
      }
      for (const problem of file.problems) {
        if (markers && problem.kind === 'syntax') continue;
        if (problem.kind === 'unreadable') continue;
        if (problem.kind === 'ignored') {
          context.report({ file: file.path, position: problem.position, severity: 'warning', message: `Ignored: ${problem.message}.` });
          continue;
        }
        if (problem.kind === 'structure') {
          context.report({ file: file.path, position: problem.position, message: `Cannot reach Gardener: ${problem.message}.` });
          continue;
        }
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
