import type { ParsedFile } from './reading/read-file.js';
import type { Finding } from './types.js';

// Inline suppression, eslint style, in the YAML file itself:
//   # imagevector-lint disable-next-line version-overlap, legacy-version-constraint
//   tag: 3.10   # imagevector-lint disable-line yaml-type-trap
// Without rule ids the comment silences every rule on that line.
const DIRECTIVE = /#\s*imagevector-lint\s+(disable-next-line|disable-line)\b([^\n]*)/;

interface Suppressions {
  /** line → rule ids (empty set = all rules) */
  byLine: Map<number, Set<string>>;
}

function collect(text: string): Suppressions {
  const byLine = new Map<number, Set<string>>();
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.includes('imagevector-lint')) return;
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const target = match[1] === 'disable-next-line' ? index + 2 : index + 1;
    // `-- reason` ends the rule list, as in eslint directives.
    const rules = match[2]!
      .split(/\s--(?:\s|$)/)[0]!
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r.length > 0);
    const set = byLine.get(target) ?? new Set<string>();
    if (rules.length === 0) set.add('*');
    for (const rule of rules) set.add(rule);
    byLine.set(target, set);
  });
  return { byLine };
}

export function applySuppressions(findings: Finding[], files: readonly ParsedFile[]): Finding[] {
  const byFile = new Map<string, Suppressions>();
  for (const file of files) {
    if (file.text !== undefined && file.text.includes('imagevector-lint')) byFile.set(file.path, collect(file.text));
  }
  if (byFile.size === 0) return findings;
  return findings.filter((finding) => {
    const rules = byFile.get(finding.file)?.byLine.get(finding.line);
    return !(rules && (rules.has('*') || rules.has(finding.rule)));
  });
}
