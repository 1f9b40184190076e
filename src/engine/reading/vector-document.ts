import type { SourcePosition, VectorKind } from '../types.js';
import { effectivePairs, isMergeKey, type YamlMapping, type YamlNode, type YamlPair, type YamlScalar } from '../yaml/index.js';

/**
 * One image vector (or component overwrite list) found in a file. A file may
 * hold it directly, or embed it where operators keep it: a ConfigMap data
 * value, a Helm values field (`imageVectorOverwrite`, as a string or a
 * mapping), or a component's `imageVectorOverwrite` string. Node offsets refer
 * to the text the nodes were parsed from; `position` maps them into the outer
 * file so every finding points at a line the user can open.
 */
export interface VectorDocument {
  file: string;
  kind: VectorKind;
  /** Where in the file the vector was found, for messages ("ConfigMap data key images_overwrite.yaml"). */
  container: string;
  /** The vector's top-level node (normally a mapping with `images:` or `components:`). */
  root: YamlNode | null;
  /** The text the nodes' offsets refer to: the file, or the string the vector was embedded in. */
  source: string;
  position(offset: number): SourcePosition;
  /** Set for the embedded vector of a component overwrite. */
  component?: string;
  /** Set for an overwrite in a ControllerDeployment's values: the extension (deployment name) it configures. */
  extension?: string;
}

/**
 * The pairs of a mapping in the order Gardener applies them. go-yaml v2
 * resolves `<<` merges and keeps the last of identical keys; sigs.k8s.io/yaml
 * then re-encodes the map as JSON, whose keys encoding/json sorts byte-wise,
 * and decodes it matching fields case-insensitively. So among spellings of
 * one field (`Tag`, `tag`) the one that sorts last wins, whatever the file
 * order. Applying these pairs in order reproduces that.
 */
export function gardenerPairs(mapping: YamlMapping): YamlPair[] {
  // The common case (scalar keys, no `<<`, no key written twice): the pairs in
  // byte order of their keys, by insertion sort (entries have a handful of keys);
  // anything else goes through effectivePairs.
  const pairs = mapping.pairs;
  if (pairs.length > 16) return largeGardenerPairs(mapping);
  const out: YamlPair[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as YamlPair;
    const key = pair.key;
    if (key.kind !== 'scalar' || (key.text === '<<' && isMergeKey(key))) return sortedByKey(effectivePairs(mapping));
    const name = key.value.goString;
    out.push(pair);
    let j = i;
    for (; j > 0; j--) {
      const before = out[j - 1] as YamlPair;
      const other = (before.key as YamlScalar).value.goString;
      if (other === name) return sortedByKey(effectivePairs(mapping));
      if (other < name) break;
      out[j] = before;
    }
    out[j] = pair;
  }
  return out;
}

/** gardenerPairs for a mapping of many keys: a set for duplicates, one sort. */
function largeGardenerPairs(mapping: YamlMapping): YamlPair[] {
  let plain = true;
  const seen = new Set<string>();
  for (const pair of mapping.pairs) {
    if (pair.key.kind !== 'scalar' || isMergeKey(pair.key) || seen.has(pair.key.value.goString)) {
      plain = false;
      break;
    }
    seen.add(pair.key.value.goString);
  }
  return sortedByKey(plain ? [...mapping.pairs] : effectivePairs(mapping));
}

function sortedByKey(pairs: YamlPair[]): YamlPair[] {
  return pairs.sort((a, b) => {
    const ka = a.key.kind === 'scalar' ? a.key.value.goString : '';
    const kb = b.key.kind === 'scalar' ? b.key.value.goString : '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** The value Gardener reads for a key (matched case-insensitively; the spelling that sorts last wins). */
export function mappingValue(mapping: YamlMapping, key: string): YamlNode | undefined {
  const wanted = key.toLowerCase();
  let found: YamlPair | undefined;
  for (const pair of mapping.pairs) {
    if (pair.key.kind !== 'scalar' || pair.key.value.goString.toLowerCase() !== wanted) continue;
    if (!found || pair.key.value.goString >= (found.key as YamlScalar).value.goString) found = pair;
  }
  if (found) return found.value;
  // Only when the key is not written directly can it come from a `<<` merge.
  if (!mapping.pairs.some((pair) => isMergeKey(pair.key))) return undefined;
  for (const pair of gardenerPairs(mapping)) {
    if (pair.key.kind === 'scalar' && pair.key.value.goString.toLowerCase() === wanted) found = pair;
  }
  return found?.value;
}

export function isMapping(node: YamlNode | null | undefined): node is YamlMapping {
  return node?.kind === 'mapping';
}

export function isScalar(node: YamlNode | null | undefined): node is YamlScalar {
  return node?.kind === 'scalar';
}

/** The string a key or scalar value holds for Gardener, or undefined for collections. */
export function scalarString(node: YamlNode | null | undefined): string | undefined {
  return isScalar(node) ? node.value.goString : undefined;
}
