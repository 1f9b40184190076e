import { isAliasTarget, isMergeKey, type YamlNode } from '../yaml/index.js';
import type { VectorDocument } from '../reading/vector-document.js';
import { entryNodes, WRITTEN } from './entry-nodes.js';
import type { Rule, RuleContext } from './rule.js';

export const yamlDuplicateKey: Rule = {
  id: 'yaml-duplicate-key',
  defaultSeverity: 'error',
  description: 'A mapping sets the same key twice; Gardener silently keeps the last value.',
  check(context) {
    // Image entries whose keys are distinct fields and whose values hold no
    // collections (nearly all) have no key to repeat: not walked into.
    const seen = new Set<YamlNode>();
    for (const entry of entryNodes(context)) {
      if ((entry.marks & (WRITTEN.OTHER_KEY | WRITTEN.REPEATED | WRITTEN.NESTED)) === 0) seen.add(entry.node);
    }
    for (const doc of context.documents) if (doc.root) walk(context, doc, doc.root, seen, 0);
  },
};

/** `seen`: collections already walked (or known to hold no repeated key). */
function walk(context: RuleContext, doc: VectorDocument, node: YamlNode, seen: Set<YamlNode>, depth: number): void {
  // A collection an alias refers to may appear in many places: visit it once
  // (this also bounds alias bombs). Any other node has one place only.
  if (node.kind === 'scalar' || depth > 64 || seen.has(node)) return;
  if (isAliasTarget(node)) seen.add(node);
  // Scalars (most values) are not walked into: no call for them.
  if (node.kind === 'sequence') {
    for (const item of node.items) if (item.kind !== 'scalar') walk(context, doc, item, seen, depth + 1);
    return;
  }
  if (node.kind !== 'mapping') return;
  // Small mappings (nearly all of them) are compared pairwise; a Map per
  // mapping would be most of this rule's cost on large vectors.
  if (node.pairs.length <= 12 && !hasCollision(node)) {
    for (const pair of node.pairs) if (pair.value.kind !== 'scalar') walk(context, doc, pair.value, seen, depth + 1);
    return;
  }
  const first = new Map<string, YamlNode>();
  for (const pair of node.pairs) {
    if (pair.key.kind === 'scalar' && !isMergeKey(pair.key)) {
      const key = pair.key.value.goString;
      // encoding/json fills a struct field from any key that matches it
      // case-insensitively, so `tag` and `Tag` (or `images` and `Images`) collide as well.
      const identity = key.toLowerCase();
      const earlier = first.get(identity);
      if (earlier && earlier.kind === 'scalar') {
        const at = doc.position(earlier.start);
        const same = earlier.kind === 'scalar' && earlier.value.goString === key;
        context.report({
          file: doc.file,
          position: doc.position(pair.key.start),
          message: same
            ? `Duplicate key \`${key}\` (first on line ${at.line}): Gardener keeps only this last value and drops the first without a word. Remove one of them.`
            : `\`${key}\` sets the same field as \`${earlier.value.goString}\` on line ${at.line} (Gardener matches keys case-insensitively and applies them in byte order of their spelling, so \`${key > earlier.value.goString ? key : earlier.value.goString}\` wins, whatever the order in the file). Remove one of them.`,
        });
      } else first.set(identity, pair.key);
    }
    walk(context, doc, pair.value, seen, depth + 1);
  }
}

function hasCollision(node: Extract<YamlNode, { kind: 'mapping' }>): boolean {
  const { pairs } = node;
  for (let i = 1; i < pairs.length; i++) {
    const a = pairs[i]!.key;
    if (a.kind !== 'scalar') continue;
    for (let j = 0; j < i; j++) {
      const b = pairs[j]!.key;
      if (b.kind !== 'scalar') continue;
      const x = a.value.goString;
      const y = b.value.goString;
      if (x.length === y.length && (x.charCodeAt(0) | 32) === (y.charCodeAt(0) | 32) && x.toLowerCase() === y.toLowerCase()) return true;
    }
  }
  return false;
}
