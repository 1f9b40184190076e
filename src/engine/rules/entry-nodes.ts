import { canonicalImageSourceField, IS_STRING_FIELD } from '../reading/field-names.js';
import { IMAGE_SOURCE_FIELDS, type ImageSource, type ImageSourceField, type SourcePosition } from '../types.js';
import type { YamlMapping, YamlScalar } from '../yaml/index.js';
import { isMapping, mappingValue, type VectorDocument } from '../reading/vector-document.js';
import { clusterMemo } from './cluster-memo.js';
import type { RuleContext } from './rule.js';

/**
 * What an entry's mapping shows as written, beyond the plainest form (every
 * key a field in its canonical spelling, written once; every value a scalar
 * or a list of scalars that YAML reads as a string). Found in one walk of
 * each entry, shared by the rules that look at what was written: each visits
 * only the entries whose marks concern it, so the plain entries (nearly all)
 * cost them nothing.
 */
export const WRITTEN = {
  /** A key that is not a field in its canonical spelling: unknown, in another case, not a scalar, or a merge key (`<<`). */
  OTHER_KEY: 1,
  /** A field set by two keys (the same key twice, or two spellings of one field). */
  REPEATED: 2,
  /** A plain scalar that YAML reads as a number or boolean, as a string field's value or an item of `architectures`. */
  TYPED: 4,
  /** A value holding collections: a mapping, or a list with a mapping or list in it. */
  NESTED: 8,
} as const;

/** An image entry as written: its mapping, its document, its index in `images`, and its WRITTEN marks. */
export interface EntryNode {
  doc: VectorDocument;
  node: YamlMapping;
  index: number;
  marks: number;
}

/** The mapping of every image entry of the cluster's vectors, in their order, walked once for the rules of a cluster. */
export function entryNodes(context: RuleContext): readonly EntryNode[] {
  return nodesOf(context.vectors);
}

const nodesOf = clusterMemo((vectors: RuleContext['vectors']): readonly EntryNode[] => {
  const out: EntryNode[] = [];
  for (const { doc } of vectors) {
    if (!isMapping(doc.root)) continue;
    const images = mappingValue(doc.root, 'images');
    if (images?.kind !== 'sequence') continue;
    const items = images.items;
    for (let index = 0; index < items.length; index++) {
      const node = items[index]!;
      if (node.kind === 'mapping') out.push({ doc, node, index, marks: writtenMarks(node) });
    }
  }
  return out;
});

/** Bits of IMAGE_SOURCE_FIELDS, to tell a field set twice. */
const FIELD_BIT = new Map<string, number>(IMAGE_SOURCE_FIELDS.map((field, i) => [field, 1 << i]));

function writtenMarks(entry: YamlMapping): number {
  let marks = 0;
  let seen = 0;
  for (const { key, value } of entry.pairs) {
    if (key.kind !== 'scalar') {
      marks |= WRITTEN.OTHER_KEY;
      continue;
    }
    const written = key.value.goString;
    let fieldBit = FIELD_BIT.get(written);
    let field: ImageSourceField | undefined = written as ImageSourceField;
    if (fieldBit === undefined) {
      marks |= WRITTEN.OTHER_KEY;
      field = canonicalImageSourceField(written);
      if (field !== undefined) fieldBit = FIELD_BIT.get(field)!;
    }
    if (fieldBit !== undefined) {
      if (seen & fieldBit) marks |= WRITTEN.REPEATED;
      seen |= fieldBit;
    }
    if (value.kind === 'scalar') {
      if (value.style === 'plain' && isTyped(value) && field !== undefined && IS_STRING_FIELD.has(field)) marks |= WRITTEN.TYPED;
    } else if (value.kind === 'mapping') {
      marks |= WRITTEN.NESTED;
    } else {
      for (const item of value.items) {
        if (item.kind !== 'scalar') marks |= WRITTEN.NESTED;
        else if (field === 'architectures' && item.style === 'plain' && isTyped(item)) marks |= WRITTEN.TYPED;
      }
    }
  }
  return marks;
}

function isTyped(scalar: YamlScalar): boolean {
  const type = scalar.value.type;
  return type === 'int' || type === 'float' || type === 'bool';
}

/**
 * The YAML mapping of each image entry, with its document, for rules that
 * look at what was written; with `only` (WRITTEN marks, or-ed), just the
 * entries with one of them: an entry without them holds nothing for the rule.
 */
export function forEachEntryNode(
  context: RuleContext,
  visit: (doc: VectorDocument, entry: YamlMapping, index: number) => void,
  only?: number,
): void {
  for (const entry of entryNodes(context)) {
    if (only === undefined || (entry.marks & only) !== 0) visit(entry.doc, entry.node, entry.index);
  }
}

/**
 * Every entry read, across base, overwrite and component vectors: one array,
 * built once for the rules of a cluster (a generator per rule cost more than
 * the rules' own checks of most entries).
 */
export function allEntries(context: RuleContext): readonly ImageSource[] {
  return entriesOf(context.vectors);
}

const entriesOf = clusterMemo((vectors: RuleContext['vectors']): readonly ImageSource[] => {
  const out: ImageSource[] = [];
  for (const { vector } of vectors) for (const source of vector.images) out.push(source);
  return out;
});

/** Where a field's value was written, or the entry itself when the field is absent. */
export function fieldPosition(source: ImageSource, field: keyof ImageSource['origin']['fields']): SourcePosition {
  return source.origin.fields[field] ?? source.origin.position;
}

/** `file:line` of an entry, for messages that name another entry. */
export function where(source: ImageSource, relativeTo?: ImageSource): string {
  const { file, position } = source.origin;
  return relativeTo && relativeTo.origin.file === file ? `line ${position.line}` : `${file}:${position.line}`;
}

