import { IMAGE_SOURCE_FIELDS, type EntryOrigin, type ImageSource, type ImageSourceField, type ImageVector, type SourcePosition } from '../types.js';
import { embeddedOffsetMapper, type YamlMapping, type YamlNode } from '../yaml/index.js';
import { canonicalImageSourceField, IS_STRING_FIELD } from './field-names.js';
import { gardenerPairs, isMapping, isScalar, mappingValue, type VectorDocument } from './vector-document.js';

/**
 * Reads the entries of an image vector as Gardener receives them: keys
 * matched case-insensitively (the last of several wins), scalars turned into
 * the strings Go formats (`tag: 3.10` becomes "3.1"), null meaning "not set".
 * Structural problems are left to the schema rule; this reader takes what it
 * can so the other rules still see the entries.
 */
export function readImageVector(doc: VectorDocument): ImageVector {
  const vector: ImageVector = { file: doc.file, kind: doc.component ? 'components' : doc.kind, images: [] };
  if (!isMapping(doc.root)) return vector;
  const images = mappingValue(doc.root, 'images');
  if (images?.kind === 'sequence') {
    images.items.forEach((item, index) => {
      if (isMapping(item)) vector.images.push(readImageSource(doc, item, index));
    });
  }
  const caBundle = mappingValue(doc.root, 'caBundle');
  if (isMapping(caBundle)) {
    const inline = mappingValue(caBundle, 'inline');
    if (isScalar(inline) && inline.value.type !== 'null') {
      // Where the PEM text itself begins (the line after `|` for a block scalar),
      // so "line N of the bundle" lands on the right line of the file.
      const start = embeddedOffsetMapper(doc.source, inline)(0);
      vector.caBundle = { inline: inline.value.goString, position: doc.position(start) };
    }
  }
  return vector;
}

function readImageSource(doc: VectorDocument, item: YamlMapping, index: number): ImageSource {
  // The offsets of each field's key and value, as [field, key, value] triples in the order Gardener applies them.
  const offsets: number[] = [];
  const entry: ImageSource = { name: '', origin: new EntryPlace(doc, item.start, index, offsets) };
  for (const pair of gardenerPairs(item)) {
    if (!isScalar(pair.key)) continue;
    const field = canonicalImageSourceField(pair.key.value.goString);
    if (!field) {
      // Dropped by Gardener, kept as what the 2018 author meant (see ImageSource.versions).
      if (pair.key.value.goString.toLowerCase() === 'versions' && isScalar(pair.value) && pair.value.value.type !== 'null') {
        entry.versions = pair.value.value.goString;
      }
      continue;
    }
    offsets.push(FIELD_INDEX.get(field)!, pair.key.start, pair.value.start);
    assignField(entry, field, pair.value);
  }
  return entry;
}

const FIELD_INDEX = new Map<ImageSourceField, number>(IMAGE_SOURCE_FIELDS.map((field, i) => [field, i]));

/**
 * Where an entry was written. Line and column come from the offsets only
 * when asked for (a finding, a row of the resolved table): many entries are
 * never pointed at, and a position costs a line search and an object, up to
 * 23 times an entry. Holds the document's position mapping, not its tree.
 */
class EntryPlace implements EntryOrigin {
  readonly kind: EntryOrigin['kind'];
  readonly file: string;
  readonly component: string | undefined;
  private readonly toPosition: (offset: number) => SourcePosition;
  private at: SourcePosition | undefined;
  private fieldsAt: Partial<Record<ImageSourceField, SourcePosition>> | undefined;
  private keysAt: Partial<Record<ImageSourceField, SourcePosition>> | undefined;

  constructor(
    doc: VectorDocument,
    private readonly start: number,
    readonly index: number,
    /** [field index, key offset, value offset] per pair Gardener applies, in its order. */
    private readonly offsets: readonly number[],
  ) {
    this.kind = doc.component ? 'components' : doc.kind;
    this.file = doc.file;
    this.component = doc.component;
    this.toPosition = doc.position;
  }

  get position(): SourcePosition {
    return (this.at ??= this.toPosition(this.start));
  }

  get fields(): Partial<Record<ImageSourceField, SourcePosition>> {
    return (this.fieldsAt ??= this.positions(2));
  }

  get keys(): Partial<Record<ImageSourceField, SourcePosition>> {
    return (this.keysAt ??= this.positions(1));
  }

  /** The position of each field's value (`slot` 2) or key (1), assigned in the order Gardener applies the pairs (the last wins). */
  private positions(slot: 1 | 2): Partial<Record<ImageSourceField, SourcePosition>> {
    const out: Partial<Record<ImageSourceField, SourcePosition>> = {};
    const offsets = this.offsets;
    for (let i = 0; i < offsets.length; i += 3) out[IMAGE_SOURCE_FIELDS[offsets[i]!]!] = this.toPosition(offsets[i + slot]!);
    return out;
  }
}

function assignField(entry: ImageSource, field: ImageSourceField, value: YamlNode): void {
  if (field === 'architectures') {
    if (value.kind === 'sequence') {
      entry.architectures = value.items.map((item) => (isScalar(item) ? item.value.goString : ''));
    } else if (isScalar(value) && value.value.type === 'null') {
      delete entry.architectures;
    }
    return;
  }
  if (!IS_STRING_FIELD.has(field) || !isScalar(value)) return;
  // JSON null sets Gardener's *string fields to nil (unset) and leaves the
  // plain string `name` untouched.
  if (value.value.type === 'null') {
    if (field !== 'name') delete entry[field as Exclude<typeof field, 'name' | 'sourceRepository' | 'labels' | 'resourceId' | 'architectures'>];
    return;
  }
  const text = value.value.goString;
  switch (field) {
    case 'name':
      entry.name = text;
      break;
    case 'repository':
      entry.repository = text;
      break;
    case 'tag':
      entry.tag = text;
      break;
    case 'ref':
      entry.ref = text;
      break;
    case 'runtimeVersion':
      entry.runtimeVersion = text;
      break;
    case 'targetVersion':
      entry.targetVersion = text;
      break;
    case 'version':
      entry.version = text;
      break;
    default:
      break;
  }
}
