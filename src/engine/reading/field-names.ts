import { IMAGE_SOURCE_FIELDS, type ImageSourceField } from '../types.js';

// Gardener decodes with encoding/json after converting YAML to JSON, and
// encoding/json matches object keys to struct fields case-insensitively
// (an exact match first). So `TargetVersion:` is read as `targetVersion`.

const canonicalByLowerCase = new Map<string, ImageSourceField>(
  IMAGE_SOURCE_FIELDS.map((field) => [field.toLowerCase(), field]),
);

/** The field Gardener would fill for this key, or undefined if it drops the key. */
const canonical = new Set<string>(IMAGE_SOURCE_FIELDS);

export function canonicalImageSourceField(key: string): ImageSourceField | undefined {
  // Exact spelling first: it is by far the common case and needs no lower-casing.
  if (canonical.has(key)) return key as ImageSourceField;
  return canonicalByLowerCase.get(key.toLowerCase());
}

export const COMPONENT_FIELDS = ['name', 'imageVectorOverwrite'] as const;
export type ComponentField = (typeof COMPONENT_FIELDS)[number];

export function canonicalComponentField(key: string): ComponentField | undefined {
  const lower = key.toLowerCase();
  return COMPONENT_FIELDS.find((field) => field.toLowerCase() === lower);
}

/** Fields that Gardener's validation and merging act on (the rest is metadata). */
const NON_STRING_FIELDS: readonly ImageSourceField[] = ['architectures', 'labels', 'resourceId'];
export const STRING_FIELDS: readonly ImageSourceField[] = IMAGE_SOURCE_FIELDS.filter((field) => !NON_STRING_FIELDS.includes(field));

/** Whether Gardener reads the field as a string (every field but architectures, labels and resourceId). */
export const IS_STRING_FIELD: ReadonlySet<ImageSourceField> = new Set(STRING_FIELDS);
