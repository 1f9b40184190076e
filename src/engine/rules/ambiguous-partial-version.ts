import { parseConstraint, type ConstraintAtom } from '../constraint/index.js';
import { writtenConstraints } from './constraint-fields.js';
import { fieldPosition } from './entry-nodes.js';
import type { Rule } from './rule.js';

// Gardener switched from Masterminds semver v1 to v3 in v1.81. A partial
// version (`1.24`, `1.6`) without a wildcard meant the full version `.0` in
// v1 and the whole block in v3 for these operators; `>=` and `<` and
// wildcards (`1.20.x`) mean the same in both.
const CHANGED_OPERATORS = new Set(['', '=', '<=', '=<', '>', '!=']);

function suggestion(atom: ConstraintAtom): { v1: string; v3: string; write: string } {
  const v = atom.version.replace(/^v/, '');
  const parts = v.split(/[-+]/)[0]!.split('.');
  const major = BigInt(parts[0]!);
  const minor = parts.length > 1 ? BigInt(parts[1]!) : undefined;
  const full = minor === undefined ? `${major}.0.0` : `${major}.${minor}.0`;
  const next = minor === undefined ? `${major + 1n}` : `${major}.${minor + 1n}`;
  const block = minor === undefined ? `${major}.x` : `${major}.${minor}.x`;
  switch (atom.operator) {
    case '<=':
    case '=<':
      return { v1: `<= ${full}`, v3: `< ${next}`, write: `\`< ${next}\` (all of ${block}) or \`<= ${full}\`` };
    case '>':
      return { v1: `> ${full}`, v3: `>= ${next}`, write: `\`>= ${next}\` or \`> ${full}\`` };
    case '!=':
      return { v1: `!= ${full}`, v3: `not ${block}`, write: `\`!= ${block}\` or \`!= ${full}\`` };
    default:
      return { v1: `= ${full}`, v3: block, write: `\`${block}\` or \`= ${full}\`` };
  }
}

export const ambiguousPartialVersion: Rule = {
  id: 'ambiguous-partial-version',
  defaultSeverity: 'warning',
  description: 'A partial version (`1.24`, `<= 1.20`, `> 1.16`) whose meaning changed when Gardener moved from semver v1 to v3 (v1.81).',
  check(context) {
    for (const { source, field, text } of writtenConstraints(context)) {
      const parsed = parseConstraint(text);
      if (!parsed.ok) continue;
      // An AND written with a space: Masterminds v3 reads it, semver v1 split only on commas.
      if (parsed.alternatives.some((atoms) => atoms.some((atom, i) => i > 0 && !atom.fromHyphenRange && !text.slice(atoms[i - 1]!.end, atom.start).includes(',')))) {
        const fixed = parsed.alternatives.map((atoms) => joinAtoms(text, atoms)).join(' || ');
        context.report({
          file: source.origin.file,
          position: fieldPosition(source, field),
          message: `\`${text.trim()}\` in ${field} joins conditions with a space: Masterminds semver v3 (Gardener since v1.81) reads that as AND, but Gardener before v1.81 (semver v1 splits only on commas) rejects the constraint and with it the whole vector. Write \`${fixed}\`, which both read alike.`,
        });
      }
      for (const atom of parsed.alternatives.flat()) {
        if (atom.fromHyphenRange || (atom.precision !== 1 && atom.precision !== 2)) continue;
        if (/[xX*]/.test(atom.version) || !CHANGED_OPERATORS.has(atom.operator)) continue;
        const { v1, v3, write } = suggestion(atom);
        const written = text.slice(atom.start, atom.end).trim();
        context.report({
          file: source.origin.file,
          position: fieldPosition(source, field),
          message: `\`${written}\` in ${field} meant \`${v1}\` before Gardener v1.81 (semver v1) and means \`${v3}\` since (semver v3). Write ${write} so the range says which you mean.`,
        });
      }
    }
  },
};

/** The atoms of one alternative joined with commas (a hyphen range stays as written). */
function joinAtoms(text: string, atoms: readonly ConstraintAtom[]): string {
  const parts: string[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    const next = atoms[i + 1];
    if (next?.fromHyphenRange && atom.fromHyphenRange) {
      parts.push(text.slice(atom.start, next.end).trim());
      i++;
      continue;
    }
    parts.push(text.slice(atom.start, atom.end).trim());
  }
  return parts.join(', ');
}
