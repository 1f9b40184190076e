import { isExactConstraint, matchesConstraint } from '../constraint/index.js';
import type { ImageSource } from '../types.js';

// Gardener's `FindImage`, entry by entry, for the library API and as the
// brute-force reference the exact resolution is tested against.

export const DEFAULT_ARCHITECTURES = ['amd64', 'arm64'] as const;
export const DEFAULT_DESIRED_ARCHITECTURE = 'amd64';

export interface FindOptions {
  runtimeVersion?: string;
  targetVersion?: string;
  architecture?: string;
}

/** Score of a version constraint: 0 when either side is absent, 2 for "exact" constraint strings, else 1; undefined = no match. */
export function versionScore(constraint: string | undefined, version: string | undefined): number | undefined {
  if (constraint === undefined || version === undefined) return 0;
  if (!matchesConstraint(constraint, version)) return undefined;
  return isExactConstraint(constraint) ? 2 : 1;
}

/** Architecture score: 2 for a single-element list that names it, 1 for a longer list, undefined = no match. */
export function architectureScore(architectures: readonly string[] | undefined, desired: string | undefined): number | undefined {
  const list = architectures ?? DEFAULT_ARCHITECTURES;
  const wanted = desired ?? DEFAULT_DESIRED_ARCHITECTURE;
  if (!list.includes(wanted)) return undefined;
  return list.length === 1 ? 2 : 1;
}

/** The score Gardener gives the entry, or undefined if it does not match. Throws on an invalid constraint or version, as Gardener errors. */
export function matchScore(source: ImageSource, name: string, options: FindOptions): number | undefined {
  if (source.name !== name) return undefined;
  const runtime = versionScore(source.runtimeVersion, options.runtimeVersion);
  if (runtime === undefined) return undefined;
  const target = versionScore(source.targetVersion, options.targetVersion);
  if (target === undefined) return undefined;
  const architecture = architectureScore(source.architectures, options.architecture);
  if (architecture === undefined) return undefined;
  return runtime + target + architecture;
}

/** The index of the entry Gardener picks: the highest score, the first on a tie; -1 when none matches. */
export function findImageIndex(vector: readonly ImageSource[], name: string, options: FindOptions = {}): number {
  let best = -1;
  let bestScore = -1;
  vector.forEach((source, index) => {
    const score = matchScore(source, name, options);
    if (score !== undefined && (best === -1 || score > bestScore)) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** Gardener's `ToImage(targetVersion)` + `String()`. */
export function toImageString(source: Pick<ImageSource, 'ref' | 'repository' | 'tag'>, targetVersion?: string): string {
  if (source.ref !== undefined) return source.ref;
  if (source.repository === undefined) return '';
  let tag = source.tag;
  if (tag === undefined && targetVersion !== undefined) tag = `v${targetVersion.replace(/^v+/, '')}`;
  if (tag === undefined) return source.repository;
  return source.repository + (tag.startsWith('sha256:') ? '@' : ':') + tag;
}
