import { COMPONENT_FIELDS, canonicalComponentField, canonicalImageSourceField } from '../reading/field-names.js';
import { didYouMean } from '../reading/did-you-mean.js';
import { isMapping, mappingValue, type VectorDocument } from '../reading/vector-document.js';
import { IMAGE_SOURCE_FIELDS } from '../types.js';
import { isMergeKey, type YamlMapping, type YamlPair } from '../yaml/index.js';
import { forEachEntryNode, WRITTEN } from './entry-nodes.js';
import { replacement } from './fix.js';
import type { Rule, RuleContext } from './rule.js';

/** Keys with a story: fields of older Gardener versions, or fields in the wrong place. */
const SPECIAL_KEYS = new Map<string, string>(Object.entries({
  versions:
    '`versions` was the runtime constraint of the 2018 format; Gardener has read `runtimeVersion` (and `targetVersion`) since 2019 and drops `versions` silently, so entries of one image that differ only in it share one merge key and the first always wins. Rename it to `runtimeVersion` or `targetVersion`.',
  caBundle:
    '`caBundle` belongs at the top level of the vector, next to `images`, not inside an image entry; Gardener ignores it here. Move it up.',
}));

export const unknownField: Rule = {
  id: 'unknown-field',
  defaultSeverity: 'error',
  description: 'A key Gardener does not know; it drops it silently, so a typo (`architecture`, `targetVersions`) loses the setting.',
  check(context) {
    forEachEntryNode(context, (doc, entry) => {
      checkKeys(context, doc, entry, IMAGE_SOURCE_FIELDS, isImageSourceField, 'an image entry');
    }, WRITTEN.OTHER_KEY);
    for (const { doc } of context.vectors) {
      if (!isMapping(doc.root) || mappingValue(doc.root, 'images') === undefined) continue;
      checkKeys(context, doc, doc.root, ['images', 'caBundle'], (k) => ['images', 'cabundle'].includes(k.toLowerCase()), 'the vector');
      const caBundle = mappingValue(doc.root, 'caBundle');
      if (isMapping(caBundle)) checkKeys(context, doc, caBundle, ['inline'], (k) => k.toLowerCase() === 'inline', '`caBundle`');
    }
    for (const { doc } of context.components) {
      if (!isMapping(doc.root)) continue;
      const list = mappingValue(doc.root, 'components');
      if (list === undefined) continue;
      checkKeys(context, doc, doc.root, ['components'], (k) => k.toLowerCase() === 'components', 'the component overwrite file');
      if (list.kind !== 'sequence') continue;
      for (const item of list.items) {
        if (isMapping(item)) checkKeys(context, doc, item, COMPONENT_FIELDS, (k) => canonicalComponentField(k) !== undefined, 'a component');
      }
    }
  },
};

const isImageSourceField = (key: string) => canonicalImageSourceField(key) !== undefined;

function checkKeys(
  context: RuleContext,
  doc: VectorDocument,
  mapping: YamlMapping,
  known: readonly string[],
  isKnown: (key: string) => boolean,
  where: string,
): void {
  for (const pair of mapping.pairs) {
    if (pair.key.kind !== 'scalar' || isMergeKey(pair.key)) continue;
    const key = pair.key.value.goString;
    if (isKnown(key)) continue;
    const position = doc.position(pair.key.start);
    // A Map, not an object: keys such as `__proto__` or `constructor` must not reach Object.prototype.
    const special = where === 'an image entry' ? SPECIAL_KEYS.get(key) : undefined;
    const suggestion = didYouMean(key, known);
    if (special) {
      context.report({ file: doc.file, position, message: special });
    } else if (suggestion) {
      const fix = renameKey(context, doc, pair, suggestion);
      context.report({
        ...(fix ? { fix } : {}),
        file: doc.file,
        position,
        message: `Unknown key \`${key}\` in ${where}: did you mean \`${suggestion}\`? Gardener drops unknown keys silently, so this setting has no effect.`,
      });
    } else {
      context.report({
        file: doc.file,
        position,
        severity: 'warning',
        message: `Unknown key \`${key}\` in ${where}: Gardener ignores it (known keys: ${known.join(', ')}). Remove it, or keep it only as documentation.`,
      });
    }
  }
}

/**
 * The rename a did-you-mean suggests. `architecture: amd64` becomes `architectures: [amd64]`:
 * Gardener reads `architectures` as a list, and a lone scalar there would fail the whole vector.
 */
function renameKey(context: RuleContext, doc: VectorDocument, pair: YamlPair, suggestion: string) {
  const { key, value } = pair;
  const description = `rename to \`${suggestion}\``;
  if (suggestion === 'architectures' && value.kind === 'scalar' && value.style === 'plain' && /^[A-Za-z0-9._-]+$/.test(value.text)) {
    const sameLine = doc.position(key.start).line === doc.position(value.end).line;
    if (!sameLine) return undefined;
    const between = doc.source.slice(key.end, value.start);
    return replacement(context, doc, key.start, value.end, `${suggestion}${between}[${value.text}]`, `${description} and make the value a list`);
  }
  return replacement(context, doc, key.start, key.end, suggestion, description);
}
