import { intersectSets, isEmptySet, parseConstraint, type ReleaseSet } from '../constraint/index.js';
import { regionsByWinner, winsOf, type ArchitectureResolution, type Region } from '../analysis/resolution.js';
import type { LintConfig } from '../types.js';

/** The configured `kubernetesVersions` as releases, or undefined when none (or an invalid one) is configured. */
export function kubernetesDomain(config: LintConfig): ReleaseSet | undefined {
  if (config.kubernetesVersions === undefined) return undefined;
  const parsed = parseConstraint(config.kubernetesVersions);
  return parsed.ok ? parsed.releases : undefined;
}

/**
 * The part of a region inside the Kubernetes versions that matter: the
 * domain cuts each axis the image constrains (an unconstrained axis is one
 * cell that every version falls into). Undefined when nothing is left.
 */
export function regionInDomain(
  resolution: Pick<ArchitectureResolution, 'runtimeConstrained' | 'targetConstrained'>,
  region: Region,
  domain: ReleaseSet | undefined,
): Region | undefined {
  if (!domain) return region;
  const runtime = resolution.runtimeConstrained ? intersectSets(region.runtime, domain) : region.runtime;
  const target = resolution.targetConstrained ? intersectSets(region.target, domain) : region.target;
  if (isEmptySet(runtime) || isEmptySet(target)) return undefined;
  return { runtime, target };
}

/** Whether the candidate at `position` wins some cell inside the domain, on any architecture. */
export function winsInDomain(
  resolutions: readonly ArchitectureResolution[],
  position: number,
  domain: ReleaseSet | undefined,
): boolean {
  for (const resolution of resolutions) {
    if (winsOf(resolution, position) === 0) continue;
    if (!domain) return true;
    const regions = regionsByWinner(resolution, (winner) => (winner === position ? 1 : null));
    if (regions.some(({ region }) => regionInDomain(resolution, region, domain))) return true;
  }
  return false;
}
