import { intersectSets, isEmptySet, parseConstraint, release, type ReleaseSet } from '../constraint/index.js';
import { writtenConstraints } from './constraint-fields.js';
import { fieldPosition } from './entry-nodes.js';
import type { Rule } from './rule.js';

/** Kubernetes versions are 1.x.y. */
const KUBERNETES_RELEASES = [{ lo: release(1, 0, 0), hi: release(2, 0, 0) }];

// Parsed constraints are shared (parseConstraint memoizes): each set is judged once.
const judged = new WeakMap<ReleaseSet, boolean>();

function unsatisfiable(releases: ReleaseSet): boolean {
  let empty = judged.get(releases);
  if (empty === undefined) judged.set(releases, (empty = isEmptySet(intersectSets(releases, KUBERNETES_RELEASES))));
  return empty;
}

export const unsatisfiableConstraint: Rule = {
  id: 'unsatisfiable-constraint',
  defaultSeverity: 'error',
  description: 'A valid constraint that matches no Kubernetes version (1.x), e.g. the image\'s own version written into targetVersion.',
  check(context) {
    for (const { source, field, text } of writtenConstraints(context)) {
      const parsed = parseConstraint(text);
      if (!parsed.ok || !unsatisfiable(parsed.releases)) continue;
      const empty = isEmptySet(parsed.releases);
      context.report({
        file: source.origin.file,
        position: fieldPosition(source, field),
        about: { image: source.origin.component !== undefined ? `${source.name} of component ${source.origin.component}` : source.name, region: `${field}: ${text}` },
        message: empty
          ? `\`${field}: ${JSON.stringify(text)}\` matches no version at all: this entry is never selected. Check the bounds (e.g. ">= 1.34, < 1.30" is empty).`
          : `\`${field}: ${JSON.stringify(text)}\` matches no Kubernetes version (1.x): it looks like the image's own version. ${field} is the Kubernetes version the image ${field === 'runtimeVersion' ? 'runs on' : 'acts on'}; put the image version into \`tag\`.`,
      });
    }
  },
};
