import { didYouMean } from '../reading/did-you-mean.js';
import { allEntries, fieldPosition } from './entry-nodes.js';
import type { Rule } from './rule.js';

export const unknownArchitecture: Rule = {
  id: 'unknown-architecture',
  defaultSeverity: 'error',
  description: 'An architecture outside the allowed list (default amd64, arm64), or an empty list that matches none.',
  check(context) {
    const allowed = context.config.architectures;
    for (const source of allEntries(context)) {
      if (source.architectures === undefined) continue;
      const position = fieldPosition(source, 'architectures');
      if (source.architectures.length === 0) {
        context.report({
          file: source.origin.file,
          position,
          message: `\`architectures: []\` matches no architecture: Gardener never selects this entry of \`${source.name}\` (an absent list means ${allowed.join(' and ')}). Remove the key or name the architectures.`,
        });
        continue;
      }
      for (const arch of source.architectures) {
        if (allowed.includes(arch)) continue;
        const guess = didYouMean(arch, allowed);
        context.report({
          file: source.origin.file,
          position,
          message: `Unknown architecture \`${arch}\` in \`${source.name}\`${guess ? `: did you mean \`${guess}\`?` : '.'} Allowed: ${allowed.join(', ')} (configure \`architectures\` to allow more). No worker pool asks for it, so this entry never serves one.`,
        });
      }
    }
  },
};
