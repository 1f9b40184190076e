import type { Rule } from './rule.js';

export const analysisLimit: Rule = {
  id: 'analysis-limit',
  defaultSeverity: 'error',
  description:
    'An image whose entries split the Kubernetes version plane into more pieces than the linter resolves exactly: it was not checked (the other images were).',
  check(context) {
    for (const group of context.groups) {
      for (const image of group.images) {
        if (!image.limit) continue;
        const first = image.entries[0]!.contributors[0]!;
        const { entries, budget, architecture } = image.limit;
        context.report({
          file: first.origin.file,
          position: first.origin.fields.name ?? first.origin.position,
          about: { image: image.name, architecture },
          message: `Image \`${image.name}\`: its ${entries.toLocaleString('en-US')} entries split the Kubernetes version plane (runtimeVersion × targetVersion) on ${architecture} into more pieces than imagevector-lint resolves exactly (a budget of ${budget.toLocaleString('en-US')} units), so none of its entries was checked for overlaps, gaps or shadowing. Simplify the constraints: give its entries disjoint ranges on one axis (runtimeVersion or targetVersion) rather than ranges nested on both, or split it into fewer entries.`,
        });
      }
    }
  },
};
