import { canonicalComponentField, canonicalImageSourceField } from '../reading/field-names.js';
import { isMapping, mappingValue, type VectorDocument } from '../reading/vector-document.js';
import * as precompiled from '../schema/validators.generated.js';
import { effectivePairs, isMergeKey, type YamlMapping, type YamlNode, type YamlPair } from '../yaml/index.js';
import type { Rule } from './rule.js';
import { plainValidVector } from './vector-shape.js';

/** What the rule reads of an ajv error. */
interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

// ajv's standalone code for the product's schemas, generated at build time
// (scripts/generate-validators.mjs): no schema is compiled when the linter runs.
export const validators = precompiled as { vector: Validator; components: Validator };

const MAX_ERRORS_PER_DOCUMENT = 100;
const METADATA = new Set(['labels', 'resourceId', 'sourceRepository']);

export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  description: 'The structure Gardener unmarshals into: types, required fields, lists where lists belong.',
  check(context) {
    for (const doc of context.documents) {
      const isComponents = doc.kind === 'components';
      if (doc.root === null) {
        context.report({
          file: doc.file,
          position: doc.position(0),
          message: isComponents
            ? 'The component overwrite file is empty: it needs `components:` with a list of `{name, imageVectorOverwrite}`.'
            : 'The image vector is empty: it needs `images:` with a list of entries. Gardener reads it as a vector with no images.',
        });
        continue;
      }
      // A base vector with `images:` null serves nothing (an overwrite may be empty on purpose).
      if (doc.kind === 'base' && isMapping(doc.root)) {
        const images = mappingValue(doc.root, 'images');
        if (images?.kind === 'scalar' && images.value.type === 'null') {
          context.report({
            file: doc.file,
            position: doc.position(images.start),
            message: '`images` is empty (null): Gardener reads a vector with no images, so every lookup of this vector fails. List the entries, or write `images: []` if no image is meant.',
          });
          continue;
        }
      }
      // The plainest vectors (nearly all) are told valid from the tree itself: see vector-shape.ts.
      if (!isComponents && plainValidVector(doc.root)) continue;
      const validate = isComponents ? validators.components : validators.vector;
      if (validate(gardenerView(doc.root))) continue;
      for (const error of (validate.errors ?? []).slice(0, MAX_ERRORS_PER_DOCUMENT)) {
        const node = nodeAt(doc.root, error.instancePath);
        context.report({ file: doc.file, position: doc.position(node.start), message: describe(error, doc) });
      }
    }
  },
};

/**
 * The document as Gardener's decoder sees it: known keys in their canonical
 * case, unknown keys dropped (the unknown-field rule reports them), every
 * scalar the string Go receives (type traps are the yaml-type-trap rule's).
 */
export function gardenerView(node: YamlNode, depth = 0): unknown {
  if (node.kind === 'scalar') return node.value.type === 'null' ? null : node.value.goString;
  if (depth > 6) return {};
  if (node.kind === 'sequence') return node.items.map((item) => gardenerView(item, depth + 1));
  // Down to the entries every key is a canonical field name, so a plain object
  // is safe (and far faster to fill and validate than a prototype-less one,
  // which V8 keeps as a dictionary); deeper keys are the user's, `__proto__` too.
  const out: Record<string, unknown> = depth <= 2 ? {} : Object.create(null);
  for (const pair of pairsAsRead(node)) {
    if (pair.key.kind !== 'scalar') continue;
    const key = canonicalKey(pair.key.value.goString, depth);
    if (key === undefined) continue;
    // Metadata may hold anything (Gardener drops it): not copied, which at
    // 100k entries with labels saves millions of short-lived objects.
    out[key] = depth === 2 && METADATA.has(key) ? true : gardenerView(pair.value, depth + 1);
  }
  return out;
}

/** A mapping's pairs with merge keys (`<<: *defaults`) applied, as Gardener's decoder applies them. */
function pairsAsRead(node: YamlMapping): readonly YamlPair[] {
  if (!node.pairs.some((pair) => isMergeKey(pair.key))) return node.pairs;
  try {
    return effectivePairs(node);
  } catch {
    return node.pairs; // an invalid merge is yaml-syntax's finding
  }
}

// depth 0: the document; depth 2: an entry (images[i] / components[i]); depth 1 below caBundle.
function canonicalKey(key: string, depth: number): string | undefined {
  const lower = key.toLowerCase();
  if (depth === 0) return ['images', 'cabundle', 'components'].includes(lower) ? { images: 'images', cabundle: 'caBundle', components: 'components' }[lower] : undefined;
  if (depth === 1) return lower === 'inline' ? 'inline' : undefined;
  if (depth === 2) return canonicalImageSourceField(key) ?? canonicalComponentField(key);
  return key;
}

function nodeAt(root: YamlNode, instancePath: string): YamlNode {
  let node = root;
  for (const raw of instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    let next: YamlNode | undefined;
    if (node.kind === 'sequence') next = node.items[Number(segment)];
    else if (isMapping(node)) next = mappingValue(node, segment);
    if (!next) break;
    node = next;
  }
  return node;
}

function describe(error: SchemaError, doc: VectorDocument): string {
  const path = error.instancePath.split('/').slice(1);
  const field = path.filter((p) => !/^\d+$/.test(p)).pop();
  const subject = field ? `\`${field}\`` : 'The document';
  const inWhat = doc.container === 'the file' ? '' : ` (in ${doc.container})`;
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const hints: Record<string, string> = {
        images: 'an image vector needs `images:` with a list of entries',
        components: 'a component overwrite file needs `components:` with a list of `{name, imageVectorOverwrite}`',
        name: 'Gardener rejects an entry without a name',
        imageVectorOverwrite: 'without it the component overwrite changes nothing',
      };
      return `Missing \`${missing}\`${inWhat}: ${hints[missing] ?? 'it is required'}.`;
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type).replace(',null', '');
      const words: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'a string' };
      const example = field === 'architectures' ? ' (e.g. `architectures: [amd64]`)' : field === 'imageVectorOverwrite' ? ' (write the vector as a `|` block string)' : '';
      return `${subject} must be ${words[expected] ?? expected}${example}${inWhat}; Gardener fails to read the vector otherwise.`;
    }
    case 'minLength':
      return `${subject} must not be empty${inWhat}: Gardener rejects the vector.`;
    default:
      return `${subject} ${error.message ?? 'is invalid'}${inWhat}.`;
  }
}
