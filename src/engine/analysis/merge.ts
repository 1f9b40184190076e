import type { ImageSource } from '../types.js';

/**
 * An entry of the vector Gardener selects from: after `MergeImageVectors`, an
 * entry may combine a base entry with the overwrite entries merged into it.
 */
export interface VectorEntry {
  /** The fields Gardener sees after merging. */
  source: ImageSource;
  /** The entries written in files that make up this one: the first where it appeared, then those merged into it. */
  contributors: ImageSource[];
}

/**
 * Gardener's merge key (`computeKey`): name, the runtime and target
 * constraint strings compared literally (absent and "" are the same), and the
 * architectures concatenated in order (absent differs from `[]`).
 */
export function mergeKey(source: ImageSource): string {
  const architectures = source.architectures === undefined ? '\u0000absent' : source.architectures.join('');
  return `${source.name}\u0001${source.runtimeVersion ?? ''}\u0001${source.targetVersion ?? ''}\u0001${architectures}`;
}

/** Gardener's `mergeImageSources`: the override's fields win where set. */
export function mergeImageSources(old: ImageSource, override: ImageSource): ImageSource {
  const merged: ImageSource = { name: override.name, origin: override.origin };
  let repository = override.repository ?? old.repository;
  let tag = override.tag ?? old.tag;
  let version = override.version ?? old.version;
  if (version === undefined && tag !== undefined) version = old.tag;
  let ref = override.ref;
  if (ref === undefined && override.repository === undefined) ref = old.ref;
  if (ref !== undefined) {
    repository = undefined;
    tag = undefined;
  }
  const runtimeVersion = override.runtimeVersion ?? old.runtimeVersion;
  const targetVersion = override.targetVersion ?? old.targetVersion;
  const architectures = override.architectures ?? old.architectures;
  if (repository !== undefined) merged.repository = repository;
  if (tag !== undefined) merged.tag = tag;
  if (version !== undefined) merged.version = version;
  if (ref !== undefined) merged.ref = ref;
  if (runtimeVersion !== undefined) merged.runtimeVersion = runtimeVersion;
  if (targetVersion !== undefined) merged.targetVersion = targetVersion;
  if (architectures !== undefined) merged.architectures = architectures;
  // Not Gardener's (it drops the field): kept so the intended reading survives a merge.
  const versions = override.versions ?? old.versions;
  if (versions !== undefined) merged.versions = versions;
  return merged;
}

/**
 * Gardener's `MergeImageVectors`. Entries whose key was seen merge into the
 * earlier entry; others are appended. Gardener merges only when an overwrite
 * is configured (even an empty one): without one, duplicate keys in a base
 * file stay separate entries, and the first wins ties.
 */
export function mergeImageVectors(vectors: readonly (readonly ImageSource[])[], merging: boolean): VectorEntry[] {
  const out: VectorEntry[] = [];
  const indexByKey = new Map<string, number>();
  for (const vector of vectors) {
    for (const source of vector) {
      if (merging) {
        const key = mergeKey(source);
        const index = indexByKey.get(key);
        if (index !== undefined) {
          const entry = out[index]!;
          entry.source = mergeImageSources(entry.source, source);
          entry.contributors.push(source);
          continue;
        }
        indexByKey.set(key, out.length);
      }
      out.push({ source, contributors: [source] });
    }
  }
  return out;
}
