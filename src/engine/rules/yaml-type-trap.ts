import { STRING_FIELDS, canonicalImageSourceField } from '../reading/field-names.js';
import { effectivePairs, isMergeKey, type YamlMapping, type YamlPair, type YamlScalar } from '../yaml/index.js';
import { forEachEntryNode } from './entry-nodes.js';
import { replacement } from './fix.js';
import type { Rule } from './rule.js';

const TYPE_NAMES = { int: 'an integer', float: 'a number', bool: 'a boolean' } as const;

export const yamlTypeTrap: Rule = {
  id: 'yaml-type-trap',
  defaultSeverity: 'error',
  description: 'An unquoted value that YAML reads as a number or boolean where Gardener expects a string (`tag: 3.10` becomes "3.1").',
  check(context) {
    // A value merged in (`<<: *defaults`) is reported once, where it was written.
    const seen = new Set<YamlScalar>();
    forEachEntryNode(context, (doc, entry) => {
      for (const pair of pairsAsRead(entry)) {
        if (pair.key.kind !== 'scalar') continue;
        const field = canonicalImageSourceField(pair.key.value.goString);
        if (!field) continue;
        const scalars: YamlScalar[] = [];
        if (STRING_FIELDS.includes(field) && pair.value.kind === 'scalar') scalars.push(pair.value);
        if (field === 'architectures' && pair.value.kind === 'sequence') {
          for (const item of pair.value.items) if (item.kind === 'scalar') scalars.push(item);
        }
        for (const scalar of scalars) {
          if (scalar.style !== 'plain' || seen.has(scalar)) continue;
          seen.add(scalar);
          const { type, goString } = scalar.value;
          if (type !== 'int' && type !== 'float' && type !== 'bool') continue;
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
        }
      }
    });
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
