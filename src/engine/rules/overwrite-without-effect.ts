import { parseConstraint, setsEqual } from '../constraint/index.js';
import type { VectorEntry } from '../analysis/merge.js';
import type { ImageSource } from '../types.js';
import { where } from './entry-nodes.js';
import { kubernetesDomain, winsInDomain } from './kubernetes-domain.js';
import { winnersInstead } from './shadowed-entry.js';
import type { Rule } from './rule.js';

export const overwriteWithoutEffect: Rule = {
  id: 'overwrite-without-effect',
  defaultSeverity: 'error',
  description: 'An overwrite entry that replaces no base entry (its merge key differs) and is never selected: it silently changes nothing.',
  check(context) {
    const domain = kubernetesDomain(context.config);
    for (const group of context.groups) {
      if (!group.merged) continue;
      for (const image of group.images) {
        // Only images with an entry that an overwrite appended can have such an entry.
        if (image.entries.every((e) => e.contributors[0]!.origin.kind === 'base')) continue;
        const baseOfName = image.entries.filter((e) => e.contributors[0]!.origin.kind === 'base');
        if (baseOfName.length === 0) continue; // unknown-image reports names the base lacks
        image.candidates.forEach((candidate, position) => {
          const entry = image.entries[candidate.index]!;
          const written = entry.contributors[0]!;
          if (written.origin.kind === 'base') return;
          // Selected only outside the configured Kubernetes versions counts as no effect.
          if (winsInDomain(image.resolutions, position, domain)) return;
          const outside = domain !== undefined && winsInDomain(image.resolutions, position, undefined);
          const near = nearMiss(written, baseOfName);
          const hint = near
            ? ` It was probably meant to replace the entry at ${where(near.entry.contributors[0]!, written)}, whose key differs only ${near.why}; Gardener compares the key strings literally. Copy that entry's runtimeVersion, targetVersion and architectures exactly.`
            : ' Give it the runtimeVersion, targetVersion and architectures of the base entry it should replace, exactly as written there.';
          context.report({
            file: written.origin.file,
            position: written.origin.position,
            message: `This overwrite of \`${image.name}\` replaces no base entry (no entry has the same name, runtimeVersion, targetVersion and architectures), so Gardener appends it — and never selects it${outside ? ` for the configured Kubernetes versions (${context.config.kubernetesVersions}; it is selected only outside them)` : `: ${winnersInstead(image, position)}`}.${hint}`,
          });
        });
      }
    }
  },
};

/** A base entry whose key differs from the overwrite's only in spelling. */
function nearMiss(overwrite: ImageSource, bases: readonly VectorEntry[]): { entry: VectorEntry; why: string } | undefined {
  for (const entry of bases) {
    const base = entry.contributors[0]!;
    const reasons: string[] = [];
    let same = true;
    for (const field of ['runtimeVersion', 'targetVersion'] as const) {
      const a = overwrite[field] ?? '';
      const b = base[field] ?? '';
      if (a === b) continue;
      if (a.replace(/\s+/g, '') === b.replace(/\s+/g, '')) reasons.push(`in the spacing of ${field} (${JSON.stringify(a)} vs ${JSON.stringify(b)})`);
      else if (equivalent(a, b)) reasons.push(`in how ${field} is written (${JSON.stringify(a)} vs ${JSON.stringify(b)} match the same versions)`);
      else same = false;
    }
    const oa = overwrite.architectures;
    const ba = base.architectures;
    if ((oa ?? []).join() !== (ba ?? []).join() || (oa === undefined) !== (ba === undefined)) {
      if (oa && ba && [...oa].sort().join() === [...ba].sort().join()) reasons.push(`in the order of architectures ([${oa.join(', ')}] vs [${ba.join(', ')}])`);
      else same = false;
    }
    if (same && reasons.length > 0) return { entry, why: reasons.join(' and ') };
  }
  return undefined;
}

function equivalent(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const pa = parseConstraint(a);
  const pb = parseConstraint(b);
  return pa.ok && pb.ok && setsEqual(pa.releases, pb.releases);
}
