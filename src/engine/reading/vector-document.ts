import type { SourcePosition, VectorKind } from '../types.js';
import type { YamlMapping, YamlNode, YamlScalar } from '../yaml/index.js';

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
}

/** The value of a mapping key, matched case-insensitively as Gardener does (last one wins). */
export function mappingValue(mapping: YamlMapping, key: string): YamlNode | undefined {
  const wanted = key.toLowerCase();
  let found: YamlNode | undefined;
  for (const pair of mapping.pairs) {
    if (pair.key.kind === 'scalar' && pair.key.value.goString.toLowerCase() === wanted) found = pair.value;
  }
  return found;
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
