import { didYouMean } from '../reading/did-you-mean.js';
import { readImageVector } from '../reading/image-source-reader.js';
import { readFile } from '../reading/read-file.js';
import type { Rule } from './rule.js';

export const unknownImage: Rule = {
  id: 'unknown-image',
  defaultSeverity: 'error',
  description: 'An overwrite (or component overwrite) names an image the base vector does not have: it adds an image nobody looks up.',
  check(context) {
    const componentNames = new Map<string, Set<string>>();
    for (const [component, input] of Object.entries(context.config.componentVectors)) {
      const parsed = readFile({ ...input, kind: 'base' }, context.config);
      componentNames.set(component, new Set(parsed.documents.flatMap((doc) => readImageVector(doc).images.map((i) => i.name))));
    }
    for (const { vector, alone, extension } of context.vectors) {
      // An overwrite for another extension whose vector is not known names that extension's images.
      if (alone) continue;
      for (const source of vector.images) {
        let known: ReadonlySet<string> | undefined;
        let against = '';
        if (source.origin.kind === 'overwrite' && extension) {
          known = extension.images;
          against = `the image vector of extension \`${extension.name}\` (\`extensionVectors\`)`;
        } else if (source.origin.kind === 'overwrite' && context.baseImageNames.size > 0) {
          known = context.baseImageNames;
          against = 'the base image vector';
        } else if (source.origin.kind === 'components' && source.origin.component !== undefined) {
          known = componentNames.get(source.origin.component);
          against = `the image vector of component \`${source.origin.component}\``;
        }
        if (!known || known.has(source.name)) continue;
        const guess = didYouMean(source.name, known);
        context.report({
          file: source.origin.file,
          position: source.origin.fields.name ?? source.origin.position,
          message: `Image \`${source.name}\` is not in ${against}${guess ? `: did you mean \`${guess}\`?` : '.'} Gardener appends it and never looks it up, so the overwrite changes nothing.`,
        });
      }
    }
  },
};
