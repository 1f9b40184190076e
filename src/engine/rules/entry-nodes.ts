import type { ImageSource, SourcePosition } from '../types.js';
import type { YamlMapping } from '../yaml/index.js';
import { isMapping, mappingValue, type VectorDocument } from '../reading/vector-document.js';
import type { RuleContext } from './rule.js';

/** The YAML mapping of each image entry, with its document, for rules that look at what was written. */
export function forEachEntryNode(
  context: RuleContext,
  visit: (doc: VectorDocument, entry: YamlMapping, index: number) => void,
): void {
  for (const { doc } of context.vectors) {
    if (!isMapping(doc.root)) continue;
    const images = mappingValue(doc.root, 'images');
    if (images?.kind !== 'sequence') continue;
    images.items.forEach((item, index) => {
      if (isMapping(item)) visit(doc, item, index);
    });
  }
}

/** Computed once per cluster (its rules share their `vectors`). */
const entriesOf = new WeakMap<RuleContext['vectors'], readonly ImageSource[]>();

/**
 * Every entry read, across base, overwrite and component vectors: one array,
 * built once for the rules of a cluster (a generator per rule cost more than
 * the rules' own checks of most entries).
 */
export function allEntries(context: RuleContext): readonly ImageSource[] {
  const known = entriesOf.get(context.vectors);
  if (known !== undefined) return known;
  const out: ImageSource[] = [];
  for (const { vector } of context.vectors) for (const source of vector.images) out.push(source);
  entriesOf.set(context.vectors, out);
  return out;
}

/** Where a field's value was written, or the entry itself when the field is absent. */
export function fieldPosition(source: ImageSource, field: keyof ImageSource['origin']['fields']): SourcePosition {
  return source.origin.fields[field] ?? source.origin.position;
}

/** `file:line` of an entry, for messages that name another entry. */
export function where(source: ImageSource, relativeTo?: ImageSource): string {
  const { file, position } = source.origin;
  return relativeTo && relativeTo.origin.file === file ? `line ${position.line}` : `${file}:${position.line}`;
}

