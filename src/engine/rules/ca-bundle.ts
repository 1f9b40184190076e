import { checkCaBundle } from '../ca-bundle.js';
import type { Rule } from './rule.js';

export const caBundle: Rule = {
  id: 'ca-bundle',
  defaultSeverity: 'error',
  description: '`caBundle.inline` that is not a PEM certificate or has expired (error), or expires within 30 days (warning).',
  check(context) {
    const now = context.config.now ?? new Date();
    for (const { vector } of context.vectors) {
      if (!vector.caBundle) continue;
      const { inline, position } = vector.caBundle;
      const result = checkCaBundle(inline, now);
      if (!result.ok) {
        context.report({
          file: vector.file,
          position: { ...position, line: position.line + Math.max(0, result.line - 1) },
          message: `\`caBundle.inline\`: ${result.reason}. Gardener rejects the vector. Replace it with a valid, current PEM certificate.`,
        });
      } else if (result.expiresSoon) {
        context.report({
          file: vector.file,
          position,
          severity: 'warning',
          message: `\`caBundle.inline\` (${result.subject}) expires on ${result.notAfter.toISOString().slice(0, 10)}, within 30 days; Gardener will reject the vector after that. Renew it.`,
        });
      }
    }
  },
};
