import type { Rule } from './rule.js';

export const templateSkipped: Rule = {
  id: 'template-skipped',
  defaultSeverity: 'notice',
  description: 'A Go or Helm template (`{{ … }}`) is not YAML until rendered; it was skipped, not judged.',
  check(context) {
    for (const file of context.files) {
      if (!file.skipped) continue;
      context.report({
        file: file.path,
        position: { line: 1, column: 1, offset: 0 },
        message: `Skipped: ${file.skipped}. Lint the rendered output instead (e.g. \`helm template … | imagevector-lint -\`), or exclude the file.`,
      });
    }
  },
};
