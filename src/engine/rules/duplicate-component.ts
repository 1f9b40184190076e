import type { Rule } from './rule.js';

export const duplicateComponent: Rule = {
  id: 'duplicate-component',
  defaultSeverity: 'warning',
  description: 'The same component twice in a component overwrite file; Gardener keeps only the last.',
  check(context) {
    for (const { doc, items } of context.components) {
      const first = new Map<string, number>();
      for (const item of items) {
        const line = first.get(item.name);
        if (line === undefined) {
          first.set(item.name, item.namePosition.line);
          continue;
        }
        context.report({
          file: doc.file,
          position: item.namePosition,
          about: { image: `component ${item.name}`, region: 'listed again' },
          message: `Component \`${item.name}\` is listed again (first on line ${line}): Gardener reads the components into a map and keeps only this last one, dropping the first overwrite. Merge them into one entry.`,
        });
      }
    }
  },
};
