import { didYouMean } from '../reading/did-you-mean.js';
import type { Rule } from './rule.js';

/** The components Gardener has ever looked up in IMAGEVECTOR_OVERWRITE_COMPONENTS. */
const COMPONENTS_GARDENER_READS = ['etcd-druid'];

export const unknownComponent: Rule = {
  id: 'unknown-component',
  defaultSeverity: 'error',
  description: 'A component overwrite for a component that does not exist; Gardener does not check, so a typo silently does nothing.',
  check(context) {
    // Most clusters hold no component overwrite: no set of every base image name seen so far (that grows with the run) per cluster.
    if (context.components.length === 0) return;
    const known = new Set([
      ...context.baseImageNames,
      ...context.config.components,
      ...Object.keys(context.config.componentVectors),
      ...COMPONENTS_GARDENER_READS,
    ]);
    for (const { doc, items } of context.components) {
      for (const item of items) {
        if (item.name === '' || known.has(item.name)) continue;
        const guess = didYouMean(item.name, known);
        context.report({
          file: doc.file,
          position: item.namePosition,
          // The component is the identity: a did-you-mean that changes with other names is not a new finding.
          about: { image: `component ${item.name}`, region: 'unknown' },
          message: `Unknown component \`${item.name}\`${guess ? `: did you mean \`${guess}\`?` : '.'} Gardener does not check component names, so this overwrite silently does nothing. Known: the base vector's image names${context.config.components.length ? ', the configured `components`' : ''} and ${COMPONENTS_GARDENER_READS.join(', ')}.`,
        });
      }
    }
  },
};
