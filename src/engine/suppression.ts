import { didYouMean } from './reading/did-you-mean.js';
import type { ParsedFile } from './reading/read-file.js';
import type { Finding } from './types.js';

// Inline suppression, eslint style, in the YAML file itself:
//   # imagevector-lint disable-next-line version-overlap, legacy-version-constraint
//   tag: 3.10   # imagevector-lint disable-line yaml-type-trap
//   # imagevector-lint disable-file version-overlap
// Without rule ids the comment silences every rule on that line (or file).
// A directive that names an unknown rule, or silences nothing, is itself a
// finding of `unused-suppression`: stale directives hide the next real problem.
const DIRECTIVE = /#\s*imagevector-lint\s+(disable-next-line|disable-line|disable-file)\b([^\n]*)/;

export const UNUSED_SUPPRESSION = 'unused-suppression';

interface Directive {
  /** The line the directive itself is on (1-based) and its column. */
  line: number;
  column: number;
  /** The line it silences; 0 for the whole file. */
  target: number;
  /** Rule ids ('*' = all), each with whether it silenced a finding. */
  rules: Map<string, boolean>;
}

function collect(text: string): Directive[] {
  const directives: Directive[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.includes('imagevector-lint')) return;
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const target = match[1] === 'disable-file' ? 0 : match[1] === 'disable-next-line' ? index + 2 : index + 1;
    // `-- reason` ends the rule list, as in eslint directives.
    const ids = match[2]!
      .split(/\s--(?:\s|$)/)[0]!
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r.length > 0);
    const rules = new Map<string, boolean>();
    if (ids.length === 0) rules.set('*', false);
    for (const id of ids) rules.set(id, false);
    directives.push({ line: index + 1, column: match.index + 1, target, rules });
  });
  return directives;
}

/**
 * Drops the findings a directive silences, and reports the directives that
 * name an unknown rule or silence nothing (`knownRules`: every rule id a
 * finding can carry; `enabled`: whether `unused-suppression` runs).
 */
export function applySuppressions(
  findings: Finding[],
  files: readonly ParsedFile[],
  knownRules: readonly string[],
  unused: { severity: Finding['severity'] } | undefined,
): Finding[] {
  const byFile = new Map<string, Directive[]>();
  for (const file of files) {
    if (file.text !== undefined && file.text.includes('imagevector-lint')) byFile.set(file.path, collect(file.text));
  }
  if (byFile.size === 0) return findings;
  const kept = findings.filter((finding) => {
    const directives = byFile.get(finding.file);
    if (!directives) return true;
    let silenced = false;
    for (const directive of directives) {
      if (directive.target !== 0 && directive.target !== finding.line) continue;
      for (const id of [finding.rule, '*']) {
        if (directive.rules.has(id)) {
          directive.rules.set(id, true);
          silenced = true;
        }
      }
    }
    return !silenced;
  });
  if (!unused) return kept;
  for (const [file, directives] of byFile) {
    for (const directive of directives) {
      for (const [id, used] of directive.rules) {
        if (used) continue;
        const at = { rule: UNUSED_SUPPRESSION, severity: unused.severity, file, line: directive.line, column: directive.column };
        if (id !== '*' && !knownRules.includes(id)) {
          const guess = didYouMean(id, knownRules);
          kept.push({ ...at, message: `The directive names \`${id}\`, which is not a rule${guess ? `: did you mean \`${guess}\`?` : '; see docs/rules.md for the rule ids.'} It silences nothing.` });
        } else {
          const what = id === '*' ? 'every rule' : `\`${id}\``;
          const where = directive.target === 0 ? 'in this file' : `on line ${directive.target}`;
          kept.push({ ...at, message: `This directive silences ${what} ${where}, but there is no such finding there: remove it, so it cannot hide a later one.` });
        }
      }
    }
  }
  return kept;
}
