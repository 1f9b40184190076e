import { mergeKey } from '../analysis/merge.js';
import { isLegacyVector } from '../analysis/vector-group.js';
import type { ImageSource } from '../types.js';
import { where } from './entry-nodes.js';
import type { Report, Rule } from './rule.js';
import { FindingCap } from './finding-cap.js';

export const duplicateEntry: Rule = {
  id: 'duplicate-entry',
  defaultSeverity: 'error',
  description: 'Two entries of one file with the same merge key (name, runtimeVersion, targetVersion, architectures).',
  check(context) {
    for (const { vector } of context.vectors) {
      const first = new Map<string, ImageSource>();
      // One cap per image name, reported in the order the names first come.
      const caps = new Map<string, FindingCap>();
      const report = (r: Report, name: string) => {
        let cap = caps.get(name);
        if (!cap) caps.set(name, (cap = new FindingCap()));
        cap.add(r);
      };
      for (const source of vector.images) {
        const key = mergeKey(source);
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, source);
          continue;
        }
        // The 2018 `versions` told these entries apart; Gardener drops it, and
        // unknown-field reports that once per entry: the same cause, not a second error.
        if (source.versions !== undefined && earlier.versions !== undefined && source.versions !== earlier.versions) continue;
        const differs = (['tag', 'repository', 'ref', 'version'] as const).filter((f) => source[f] !== earlier[f]);
        if (differs.length === 0) {
          report({
            file: source.origin.file,
            position: source.origin.position,
            message: `Redundant copy of the entry at ${where(earlier, source)} (\`${source.name}\`): the same merge key and the same image. Gardener keeps both or merges them, and resolves alike either way; remove this one.`,
          }, source.name);
          continue;
        }
        const legacy = differs.includes('version') && isLegacyVector(vector.images)
          ? ' Their `version` values differ, but Gardener never selects by `version` (see legacy-version-constraint).'
          : '';
        report({
          file: source.origin.file,
          position: source.origin.position,
          message: `Same merge key as the entry at ${where(earlier, source)} (name \`${source.name}\`, runtimeVersion, targetVersion and architectures) but a different ${differs.join(', ')}. Without an overwrite Gardener keeps both and the first wins every tie; with an overwrite configured (even an empty one) it merges this entry into the first. The same file resolves differently — remove one, or give them different constraints.${legacy}`,
        }, source.name);
      }
      for (const [name, cap] of caps) cap.flush(context.report.bind(context), name, (n) => `And ${n.toLocaleString('en-US')} more entries of \`${name}\` that repeat an earlier entry's merge key`);
    }
  },
};
