import { parseConstraint } from './constraint/index.js';
import { ALL_RELEASES, fromVersionIntervals, intersectSets, isEmptySet, setsEqual, toVersionIntervals, type ReleaseSet } from './constraint/release-set.js';
import { release, type Release } from './constraint/version.js';
import type { LintConfig, ResolvedRow } from './types.js';

// The versions a range is about: Kubernetes versions. Every range the change
// rules and the change table talk about is clipped to them, so that an image
// version written into targetVersion (`5.3.x`, `>= 6.1`) produces no
// "lost" or "changed" region for versions Kubernetes never had: that mistake
// is unsatisfiable-constraint's finding, and only its. The resolved table is
// clipped the same way (clipRowsToKubernetes), so no report shows a row for
// versions Kubernetes never had.

/** Kubernetes releases are 1.x.y. */
export const KUBERNETES_RELEASES: ReleaseSet = Object.freeze([Object.freeze({ lo: release(1, 0, 0), hi: release(2, 0, 0) })]);

/** The configured `kubernetesVersions` (when valid), else every 1.x release. */
export function kubernetesDomain(config: Pick<LintConfig, 'kubernetesVersions'>): ReleaseSet {
  const text = config.kubernetesVersions;
  if (text === undefined) return KUBERNETES_RELEASES;
  // The change table clips every region: the configured text is parsed once, not per region.
  if (lastDomain?.text !== text) {
    const parsed = parseConstraint(text);
    lastDomain = { text, domain: parsed.ok ? parsed.releases : KUBERNETES_RELEASES };
  }
  return lastDomain.domain;
}

let lastDomain: { text: string; domain: ReleaseSet } | undefined;

/**
 * `set` clipped to the domain, for display: empty when it holds no
 * Kubernetes version; the full range (no constraint) stays the full range.
 * With the default domain (1.x), an interval reaching 2.0 is shown open
 * (`>= 1.34`, not `>= 1.34, < 2.0`) and one starting at 1.0 from zero
 * (`< 1.22`): within Kubernetes versions they mean the same.
 */
export function clipToKubernetes(set: ReleaseSet, config: Pick<LintConfig, 'kubernetesVersions'>): ReleaseSet {
  if (setsEqual(set, ALL_RELEASES)) return set;
  return clipToDomain(set, kubernetesDomain(config));
}

/** {@link clipToKubernetes} with the domain already known ({@link kubernetesDomain}). */
export function clipToDomain(set: ReleaseSet, domain: ReleaseSet): ReleaseSet {
  if (setsEqual(set, ALL_RELEASES)) return set;
  const clipped = intersectSets(set, domain);
  if (isEmptySet(clipped) || domain !== KUBERNETES_RELEASES) return clipped;
  const out: Array<{ lo: Release; hi: Release | null }> = clipped.map((interval) => ({ ...interval }));
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first.lo.major === 1n && first.lo.minor === 0n && first.lo.patch === 0n) first.lo = ALL_RELEASES[0]!.lo;
  if (last.hi !== null && last.hi.major === 2n && last.hi.minor === 0n && last.hi.patch === 0n) last.hi = null;
  return out;
}

/**
 * The resolved table within Kubernetes versions: each constrained axis of a
 * row clipped like the change table's (an unconstrained axis, the full range,
 * stays "any"); a row left with no Kubernetes version goes to `outside`, with
 * empty ranges (its entry is unsatisfiable-constraint's finding): the image is
 * still there, it resolves for no Kubernetes version.
 */
export function clipRowsToKubernetes(
  rows: readonly ResolvedRow[],
  config: Pick<LintConfig, 'kubernetesVersions'>,
): { rows: ResolvedRow[]; outside: ResolvedRow[] } {
  const out: ResolvedRow[] = [];
  const outside: ResolvedRow[] = [];
  for (const row of rows) {
    const runtime = clipToKubernetes(fromVersionIntervals(row.runtimeVersion), config);
    const target = clipToKubernetes(fromVersionIntervals(row.targetVersion), config);
    if (isEmptySet(runtime) || isEmptySet(target)) outside.push({ ...row, runtimeVersion: [], targetVersion: [] });
    else out.push({ ...row, runtimeVersion: toVersionIntervals(runtime), targetVersion: toVersionIntervals(target) });
  }
  return { rows: out, outside };
}
