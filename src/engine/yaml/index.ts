// The position-keeping YAML layer: what Gardener's reader (sigs.k8s.io/yaml
// over go-yaml v2) sees, with every node's place in the source.

export { decodeSource, forbiddenCharacter, formatByteSize, LineIndex, type DecodeResult } from './source-text.js';
export {
  DEFAULT_MAX_ALIAS_EXPANSIONS,
  DEFAULT_MAX_DEPTH,
  MAX_EXPANDED_DEPTH,
  effectivePairs,
  isAliasTarget,
  isMergeKey,
  parseYaml,
  parseYamlOnEvents,
  toPlainValue,
  visitNodes,
  YamlValueError,
  type ScalarStyle,
  type ValueLimits,
  type YamlDocuments,
  type YamlLimits,
  type YamlMapping,
  type YamlNode,
  type YamlPair,
  type YamlProblem,
  type YamlScalar,
  type YamlSequence,
} from './yaml-tree.js';
export { formatFloat32, goMapKey, normalizeTag, resolveGoScalar, type GoScalar } from './go-yaml-scalar.js';
export { embeddedOffsetMapper } from './embedded-scalar.js';
