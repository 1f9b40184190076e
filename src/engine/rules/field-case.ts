import { canonicalComponentField, canonicalImageSourceField } from '../reading/field-names.js';
import { isMapping, mappingValue } from '../reading/vector-document.js';
import { forEachEntryNode, WRITTEN } from './entry-nodes.js';
import type { Rule } from './rule.js';

export const fieldCase: Rule = {
  id: 'field-case',
  defaultSeverity: 'warning',
  description: 'A key written in another case than the canonical one; Gardener matches it case-insensitively, other tools do not.',
  check(context) {
    const report = (file: string, position: { line: number; column: number; offset: number }, written: string, canonical: string) =>
      context.report({
        file,
        position,
        message: `\`${written}\` is read as \`${canonical}\` (Gardener matches keys case-insensitively), but tools and people search for \`${canonical}\`. Write \`${canonical}\`.`,
      });
    forEachEntryNode(context, (doc, entry) => {
      for (const pair of entry.pairs) {
        if (pair.key.kind !== 'scalar') continue;
        const key = pair.key.value.goString;
        const canonical = canonicalImageSourceField(key);
        if (canonical && canonical !== key) report(doc.file, doc.position(pair.key.start), key, canonical);
      }
    }, WRITTEN.OTHER_KEY);
    for (const { doc } of context.components) {
      if (!isMapping(doc.root)) continue;
      const list = mappingValue(doc.root, 'components');
      if (list?.kind !== 'sequence') continue;
      for (const item of list.items) {
        if (!isMapping(item)) continue;
        for (const pair of item.pairs) {
          if (pair.key.kind !== 'scalar') continue;
          const key = pair.key.value.goString;
          const canonical = canonicalComponentField(key);
          if (canonical && canonical !== key) report(doc.file, doc.position(pair.key.start), key, canonical);
        }
      }
    }
  },
};
