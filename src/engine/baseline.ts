import type { Finding } from './types.js';

// New or pre-existing: each head finding is matched against the findings at
// the base commit by a fingerprint that survives edits elsewhere in the file.
// The fingerprint is the rule, the file's identity (a moved vector keeps its
// base path), and what the finding is about: the image, architecture and
// version region when the rule says so (Finding.image, .architecture,
// .region); else, for a finding inside an entry, the entry's image name and
// the field (Finding.keyPath, engine/finding-identity.ts) with the
// message; else (file-level findings) the message alone; messages always with
// line and column references blanked. Line
// numbers are never part of it: a one-line bump above an old warning moves
// the warning, it does not make it new. Pure: no I/O.

/** The message with line and column references blanked, so that a moved finding keeps its identity. */
export function normalizeMessageForFingerprint(message: string): string {
  return message
    .replace(/\b(lines?|columns?|col|ln)(\s*)\d+(?:\s*(?:[-–,:]|and|to)\s*\d+)*/gi, '$1$2#')
    .replace(/(\.(?:ya?ml|json|txt)):\d+(?::\d+)?/gi, '$1:#')
    .replace(/\bL\d+(?:C\d+)?\b/g, 'L#');
}

/**
 * The identity of a finding across commits. `file` is the path to use for it
 * (the base path of a renamed file, when the caller knows one).
 */
export function findingFingerprint(finding: Finding, file: string = finding.file): string {
  const about =
    finding.image !== undefined
      ? ['image', finding.image, finding.architecture ?? '', finding.region ?? '']
      : finding.keyPath !== undefined
        ? ['entry', finding.keyPath, normalizeMessageForFingerprint(finding.message)]
        : ['message', normalizeMessageForFingerprint(finding.message)];
  return [finding.rule, file, ...about].join('\u0000');
}

/**
 * Marks each head finding `new: true` (the base had no finding with its
 * fingerprint, counted: two identical findings where the base had one make
 * one new) or `new: false`. Returns new objects; the input is not changed.
 * `baseFileOf` maps a head path to its path at the base (renamed vectors).
 */
export function classifyFindings(
  head: readonly Finding[],
  base: readonly Finding[],
  baseFileOf: (headFile: string) => string = (f) => f,
): Finding[] {
  const available = new Map<string, number>();
  for (const finding of base) {
    const key = findingFingerprint(finding);
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  return head.map((finding) => {
    const key = findingFingerprint(finding, baseFileOf(finding.file));
    const left = available.get(key) ?? 0;
    if (left > 0) available.set(key, left - 1);
    return { ...finding, new: left === 0 };
  });
}
