import { canonicalComponentField, canonicalImageSourceField } from '../reading/field-names.js';
import type { YamlMapping, YamlNode } from '../yaml/index.js';

// The schema rule's fast path. Nearly every image vector has the plainest
// shape the image-vector schema allows: a mapping of `images` (and maybe
// `caBundle`), each entry a mapping of known fields holding scalars, a
// non-empty name, architectures a list of strings. Telling that from the tree
// in one walk saves building the document's Gardener view and validating it.
// Sound, not complete: true means the validator would accept the document
// (test/engine/vector-shape.property.test.ts compares the two); anything less
// plain (merge keys, a key written twice, a field in the wrong place, any
// error) is false and goes to the validator, which finds what is wrong.

/** Whether `root` certainly passes the image-vector schema as the schema rule applies it (see gardenerView). */
export function plainValidVector(root: YamlNode): boolean {
  if (root.kind !== 'mapping') return false;
  let images: YamlNode | undefined;
  let caBundle: YamlNode | undefined;
  for (const pair of root.pairs) {
    const key = pair.key;
    if (key.kind !== 'scalar') return false;
    const name = key.value.goString;
    // Only a plain `<<` is a merge key; a quoted one is the key `<<`, dropped like any unknown key.
    if (name === '<<') return false;
    const lower = name.toLowerCase();
    if (lower === 'images') {
      if (images !== undefined) return false;
      images = pair.value;
    } else if (lower === 'cabundle') {
      if (caBundle !== undefined) return false;
      caBundle = pair.value;
    } else if (lower === 'components') return false;
  }
  if (images === undefined) return false;
  if (caBundle !== undefined && !plainCaBundle(caBundle)) return false;
  if (images.kind === 'scalar') return images.value.type === 'null';
  if (images.kind !== 'sequence') return false;
  for (const item of images.items) if (item.kind !== 'mapping' || !plainEntry(item)) return false;
  return true;
}

function plainCaBundle(node: YamlNode): boolean {
  if (node.kind === 'scalar') return node.value.type === 'null';
  if (node.kind !== 'mapping') return false;
  let inline = false;
  for (const pair of node.pairs) {
    if (pair.key.kind !== 'scalar' || pair.key.value.goString === '<<') return false;
    if (pair.key.value.goString.toLowerCase() !== 'inline') continue;
    if (inline || pair.value.kind !== 'scalar') return false;
    inline = true;
  }
  return true;
}

/** Fields whose value may be a string or null (any scalar); the metadata fields take anything. */
const SCALAR_FIELDS: ReadonlySet<string> = new Set(['repository', 'tag', 'ref', 'runtimeVersion', 'targetVersion', 'version']);
const ANY_VALUE: ReadonlySet<string> = new Set(['sourceRepository', 'labels', 'resourceId']);

function plainEntry(entry: YamlMapping): boolean {
  const pairs = entry.pairs;
  // Few keys: a bit per field tells one written twice.
  let seen = 0;
  let named = false;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const key = pair.key;
    if (key.kind !== 'scalar') return false;
    const written = key.value.goString;
    if (written === '<<') return false;
    const field = canonicalImageSourceField(written);
    if (field === undefined) {
      // Dropped by Gardener, unless it is a component's field (the validator then refuses it).
      if (canonicalComponentField(written) !== undefined) return false;
      continue;
    }
    const bit = 1 << FIELD_BITS.get(field)!;
    if (seen & bit) return false;
    seen |= bit;
    const value = pair.value;
    if (ANY_VALUE.has(field)) continue;
    if (field === 'name') {
      if (value.kind !== 'scalar' || value.value.type === 'null' || value.value.goString.length === 0) return false;
      named = true;
    } else if (SCALAR_FIELDS.has(field)) {
      if (value.kind !== 'scalar') return false;
    } else if (field === 'architectures') {
      if (value.kind === 'scalar') {
        if (value.value.type !== 'null') return false;
      } else if (value.kind === 'sequence') {
        for (const item of value.items) if (item.kind !== 'scalar' || item.value.type === 'null') return false;
      } else return false;
    } else return false;
  }
  return named;
}

const FIELD_BITS = new Map<string, number>(
  ['name', 'sourceRepository', 'repository', 'tag', 'ref', 'runtimeVersion', 'targetVersion', 'version', 'architectures', 'labels', 'resourceId'].map(
    (field, i) => [field, i],
  ),
);
