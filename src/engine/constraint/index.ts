// The Masterminds v3.5.0 constraint engine: releases, release-interval sets,
// and the constraint parser/evaluator.

export {
  type Release,
  release,
  compareReleases,
  formatRelease,
  parseRelease,
  normalizeVersion,
  parseCandidateVersion,
  ZERO_RELEASE,
  UINT64_MAX,
} from './version.js';
export {
  type ReleaseInterval,
  type ReleaseSet,
  EMPTY_SET,
  ALL_RELEASES,
  normalizeSet,
  unionSets,
  intersectSets,
  subtractSets,
  complementSet,
  setContains,
  setsEqual,
  isEmptySet,
  toVersionIntervals,
  fromVersionIntervals,
  successor,
} from './release-set.js';
export {
  type ConstraintAtom,
  type ParsedConstraint,
  parseConstraint,
  matchesConstraint,
  isExactConstraint,
} from './constraint.js';
export * from './format.js';
