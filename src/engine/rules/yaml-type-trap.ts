import { IS_STRING_FIELD, canonicalImageSourceField } from '../reading/field-names.js';
import type { VectorDocument } from '../reading/vector-document.js';
import type { ImageSourceField } from '../types.js';
import { effectivePairs, isMergeKey, type YamlMapping, type YamlPair, type YamlScalar } from '../yaml/index.js';
import { forEachEntryNode, WRITTEN } from './entry-nodes.js';
import { replacement } from './fix.js';
import type { Rule } from './rule.js';

const TYPE_NAMES = { int: 'an integer', float: 'a number', bool: 'a boolean' } as const;

export const yamlTypeTrap: Rule = {
  id: 'yaml-type-trap',
  defaultSeverity: 'error',
  description: 'An unquoted value that YAML reads as a number or boolean where Gardener expects a string (`tag: 3.10` becomes "3.1").',
  check(context) {
    // A value merged in (`<<: *defaults`), or an alias of one, is reported once, where it was written.
    const seen = new Set<YamlScalar>();
    const visit = (doc: VectorDocument, field: ImageSourceField, scalar: YamlScalar) => {
      if (scalar.style !== 'plain') return;
      const { type, goString } = scalar.value;
      if (type !== 'int' && type !== 'float' && type !== 'bool') return;
      if (seen.has(scalar)) return;
      seen.add(scalar);
      const changed = goString !== scalar.text;
      const fix = replacement(context, doc, scalar.start, scalar.end, `"${scalar.text}"`, 'quote the value');
      context.report({
        ...(fix ? { fix } : {}),
        file: doc.file,
        position: doc.position(scalar.start),
        severity: changed ? 'error' : 'warning',
        message: changed
          ? `\`${field}: ${scalar.text}\` is ${TYPE_NAMES[type]} in YAML: Gardener receives ${JSON.stringify(goString)}, not ${JSON.stringify(scalar.text)}. Quote it: \`${field}: "${scalar.text}"\`.`
          : `\`${field}: ${scalar.text}\` is ${TYPE_NAMES[type]} in YAML; Gardener happens to receive ${JSON.stringify(goString)}, but a later edit (e.g. a trailing zero) would change it. Quote it: \`${field}: "${scalar.text}"\`.`,
      });
    };
    forEachEntryNode(context, (doc, entry) => {
      for (const pair of pairsAsRead(entry)) {
        if (pair.key.kind !== 'scalar') continue;
        const field = canonicalImageSourceField(pair.key.value.goString);
        if (!field) continue;
        const value = pair.value;
        if (value.kind === 'scalar') {
          if (IS_STRING_FIELD.has(field)) visit(doc, field, value);
        } else if (field === 'architectures' && value.kind === 'sequence') {
          for (const item of value.items) if (item.kind === 'scalar') visit(doc, field, item);
        }
      }
      // A trap written in the entry, or one a merge key (an other key) may bring in.
    }, WRITTEN.TYPED | WRITTEN.OTHER_KEY);
  },
};

/** The entry's pairs as Gardener gets them: merge keys applied (a trap may arrive through `<<`). */
function pairsAsRead(entry: YamlMapping): readonly YamlPair[] {
  if (!entry.pairs.some((pair) => isMergeKey(pair.key))) return entry.pairs;
  try {
    return effectivePairs(entry);
  } catch {
    return entry.pairs; // an invalid merge is yaml-syntax's finding
  }
}
