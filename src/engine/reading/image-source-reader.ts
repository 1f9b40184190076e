import type { EntryOrigin, ImageSource, ImageSourceField, ImageVector, SourcePosition } from '../types.js';
import { embeddedOffsetMapper, type YamlMapping, type YamlNode } from '../yaml/index.js';
import { canonicalImageSourceField, STRING_FIELDS } from './field-names.js';
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
  const entry: ImageSource = { name: '', origin: new EntryPlace(doc, item, index) };
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
    assignField(entry, field, pair.value);
  }
  return entry;
}

/**
 * Where an entry was written. Line and column come from the source only
 * when asked for (a finding, a row of the resolved table): most entries of
 * a large run are never pointed at, and their positions cost a line search
 * and an object each, eleven times an entry.
 */
class EntryPlace implements EntryOrigin {
  readonly kind: EntryOrigin['kind'];
  readonly file: string;
  readonly component: string | undefined;
  private at: SourcePosition | undefined;
  private fieldsAt: Partial<Record<ImageSourceField, SourcePosition>> | undefined;
  private keysAt: Partial<Record<ImageSourceField, SourcePosition>> | undefined;

  constructor(
    private readonly doc: VectorDocument,
    private readonly item: YamlMapping,
    readonly index: number,
  ) {
    this.kind = doc.component ? 'components' : doc.kind;
    this.file = doc.file;
    this.component = doc.component;
  }

  get position(): SourcePosition {
    return (this.at ??= this.doc.position(this.item.start));
  }

  get fields(): Partial<Record<ImageSourceField, SourcePosition>> {
    if (this.fieldsAt === undefined) this.place();
    return this.fieldsAt!;
  }

  get keys(): Partial<Record<ImageSourceField, SourcePosition>> {
    if (this.keysAt === undefined) this.place();
    return this.keysAt!;
  }

  /** The positions of the fields' values and keys, of the pairs Gardener applies, in the order it applies them. */
  private place(): void {
    const fields: Partial<Record<ImageSourceField, SourcePosition>> = {};
    const keys: Partial<Record<ImageSourceField, SourcePosition>> = {};
    for (const pair of gardenerPairs(this.item)) {
      if (!isScalar(pair.key)) continue;
      const field = canonicalImageSourceField(pair.key.value.goString);
      if (!field) continue;
      fields[field] = this.doc.position(pair.value.start);
      keys[field] = this.doc.position(pair.key.start);
    }
    this.fieldsAt = fields;
    this.keysAt = keys;
  }
}

const IS_STRING_FIELD: ReadonlySet<ImageSourceField> = new Set(STRING_FIELDS);

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
