import * as path from 'node:path';
import * as fs from 'node:fs';
import { CHANGE_RULES, compareWithBase, diffResolved, type ResolvedChange } from '../engine/changes.js';
import { classifyFindings } from '../engine/baseline.js';
import { lint } from '../engine/lint.js';
import type { Finding, LintConfig, LintInput, LintResult } from '../engine/types.js';
import type { BaseRevision } from './base-revision.js';
import { CONFIG_RULE } from '../engine/rules/registry.js';
import type { ChangeScope } from './change-scope.js';
import type { BaseComparisonView } from '../reporters/changes-markdown.js';
import { classifyText, SKIPPED_DIRS, type PatternSets } from './file-discovery.js';
import { selectPaths } from './glob.js';
import { changedLines } from './line-diff.js';

// The same vectors at the base commit: linted with the head's configuration,
// so that the difference is what the change to the vectors does.

export interface BaseComparison {
  sha: string;
  via: BaseRevision['via'];
  result: LintResult;
  changes: ResolvedChange[];
  /** coverage-lost, tag-style-changed. */
  findings: Finding[];
  scope: ChangeScope;
  /**
   * Changed vector files that do not parse (or cannot be read) at the head:
   * not compared with the base (no rows gone, no coverage lost for their
   * images): their own error is the one thing to fix.
   */
  notCompared: string[];
  /** What the comparison could not do completely (e.g. deleted files left unread through the API). */
  warnings: string[];
}

/** What the reporters show of a comparison. */
export function comparisonView(comparison: BaseComparison): BaseComparisonView {
  return {
    sha: comparison.sha,
    changes: comparison.changes,
    everything: comparison.scope.everything,
    changedFiles: comparison.scope.files.size,
  };
}

export interface CompareOptions {
  revision: BaseRevision;
  workspace: string;
  patterns: PatternSets;
  byContent: boolean;
  config: LintConfig;
  configFile: string;
  configContent?: Uint8Array;
  headInputs: LintInput[];
  head: LintResult;
  /** Files named by patterns without wildcards that are not in the checkout: deleted vectors, when the base has them. */
  missing?: readonly { path: string; kind: LintInput['kind'] }[];
  /** Files the head's discovery leaves out (ignore:, ! lines, .gitignore): not deleted vectors when they vanish either. */
  exclude?: (file: string) => boolean;
}

/** Files deleted since the base that may have been vectors: read at most this many. */
const MAX_DELETED_CANDIDATES = 200;

export async function compareToBase(options: CompareOptions): Promise<BaseComparison> {
  const { revision, headInputs, config } = options;
  const baseInputs: LintInput[] = [];
  const files = new Set<string>();
  const lines = new Map<string, Set<number>>();

  const unreadable = new Set(
    options.head.findings.filter((f) => UNREADABLE_RULES.has(f.rule) && f.severity === 'error').map((f) => f.file),
  );
  const notCompared: string[] = [];
  for (const input of headInputs) {
    const before = await revision.read(input.path);
    const changed = !before || !sameBytes(before, input.content);
    if (changed && unreadable.has(input.path)) notCompared.push(input.path);
    else if (before) baseInputs.push({ path: input.path, kind: input.kind, content: before });
    if (changed) {
      files.add(input.path);
      lines.set(input.path, changedLines(before ? decode(before) : '', decode(input.content)));
    }
  }
  const warnings: string[] = [];
  baseInputs.push(...(await deletedVectors(options, warnings)));

  const configBefore = await revision.read(options.configFile);
  const configChanged = !sameOptional(configBefore, options.configContent);

  const base = lint(baseInputs, config);
  const scope: ChangeScope = {
    everything: configChanged,
    files,
    lines,
    alwaysReported: new Set([...CHANGE_RULES.map((r) => r.id), CONFIG_RULE.id]),
  };
  return {
    sha: revision.sha,
    via: revision.via,
    result: base,
    changes: diffResolved(base.resolved, options.head.resolved, config, { base: base.unresolved, head: options.head.unresolved }),
    findings: compareWithBase(base, options.head, config, headInputs),
    scope,
    notCompared,
    warnings,
  };
}

/** Rules whose error means the file was not read as a vector at all. */
const UNREADABLE_RULES = new Set(['yaml-syntax', 'unreadable-file']);

/**
 * Each finding marked `new` (the base commit had no finding with its
 * fingerprint) or not. The rules that need the base are about the change
 * itself: always new. Configuration findings stay unmarked (they are about
 * the run, not the vectors). A new version-gap that coverage-lost explains
 * is dropped, and so is coverage-lost that a new unsatisfiable-constraint of
 * the same image explains.
 */
export function classifyAgainstBase(comparison: Pick<BaseComparison, 'result'>, findings: readonly Finding[]): Finding[] {
  const changeRules = new Set(CHANGE_RULES.map((r) => r.id));
  const vectorFindings = findings.filter((f) => f.rule !== CONFIG_RULE.id && !changeRules.has(f.rule));
  const classified = classifyFindings(vectorFindings, comparison.result.findings);
  const byObject = new Map(vectorFindings.map((f, i) => [f, classified[i]!]));
  const marked = findings.map((f) => byObject.get(f) ?? (changeRules.has(f.rule) ? { ...f, new: true } : f));
  return withoutCascades(marked);
}

/**
 * One region, one finding: a new version-gap of an image and architecture
 * that also lost coverage in this change is the same problem, and
 * coverage-lost says more (what resolved there before, and that it is new).
 */
function withoutCascades(findings: readonly Finding[]): Finding[] {
  const lost = new Set(
    findings.filter((f) => f.rule === 'coverage-lost' && f.image !== undefined).map((f) => `${f.image}\u0000${f.architecture ?? ''}`),
  );
  // An entry whose constraint matches no Kubernetes version (an image version in targetVersion)
  // is why its image lost coverage: unsatisfiable-constraint is the finding, and only it.
  const unsatisfiable = new Set(findings.filter((f) => f.rule === 'unsatisfiable-constraint' && f.new === true).map((f) => f.image));
  return findings.filter(
    (f) =>
      !(f.rule === 'version-gap' && f.new === true && lost.has(`${f.image ?? ''}\u0000${f.architecture ?? ''}`)) &&
      !(f.rule === 'coverage-lost' && f.image !== undefined && unsatisfiable.has(f.image)),
  );
}

/** Vectors that existed at the base and are gone now (a deleted file loses its coverage too). */
async function deletedVectors(options: CompareOptions, warnings: string[]): Promise<LintInput[]> {
  const { revision, workspace, patterns } = options;
  const out: LintInput[] = [];
  const taken = new Set<string>();
  // Named files that are gone: read whatever the listing says (none, or an incomplete one).
  if (!revision.paths || revision.partial) {
    for (const file of options.missing ?? []) {
      const content = await revision.read(file.path);
      taken.add(file.path);
      if (content) out.push({ path: file.path, kind: file.kind, content });
    }
    if (!revision.paths) return out;
  }
  const present = new Set(options.headInputs.map((i) => i.path));
  const gone = revision.paths.filter((p) => !taken.has(p) && !present.has(p) && !fs.existsSync(path.join(workspace, p)) && !(options.exclude?.(p) ?? false));
  if (!options.byContent) {
    const kinds: Array<[LintInput['kind'], readonly string[]]> = [
      ['components', patterns.components],
      ['overwrite', patterns.overwrite],
      ['base', patterns.files],
    ];
    for (const [kind, list] of kinds) {
      if (list.length === 0) continue;
      for (const file of selectPaths(gone, list)) {
        if (taken.has(file)) continue;
        taken.add(file);
        const content = await revision.read(file);
        if (content) out.push({ path: file, kind, content });
      }
    }
    return out;
  }
  let candidates = gone
    .filter((p) => /\.ya?ml$/i.test(p))
    .filter((p) => !p.split('/').slice(0, -1).some((dir) => SKIPPED_DIRS.has(dir) || dir.startsWith('.')));
  if (revision.via === 'api') {
    // Each read is a request: files named like vectors first, and one read kept for the configuration.
    candidates = [...candidates.filter((p) => VECTOR_LIKE.test(p)), ...candidates.filter((p) => !VECTOR_LIKE.test(p))];
    const room = Math.max(0, Math.min(MAX_DELETED_CANDIDATES, revision.readsLeft() - 1));
    if (candidates.length > room) {
      warnings.push(
        `${candidates.length - room} of the ${candidates.length} YAML files deleted by this change were not read at the base commit: through the API each is a request, and the action reads at most ${room} more. If one was a vector, name the vectors with \`files\` to compare them.`,
      );
      candidates = candidates.slice(0, room);
    }
  } else {
    candidates = candidates.slice(0, MAX_DELETED_CANDIDATES);
  }
  for (const file of candidates) {
    const content = await revision.read(file);
    if (!content) continue;
    const kind = classifyText(decode(content), file);
    if (!kind) continue;
    if (kind === 'overwrite' && patterns.overwrite.length > 0) continue;
    if (kind === 'components' && patterns.components.length > 0) continue;
    out.push({ path: file, kind, content });
  }
  return out;
}

/** Paths that look like an image vector (Gardener's names: imagevector/images.yaml, charts/images.yaml, containers.yaml, …). */
const VECTOR_LIKE = /image|vector|container|chart|component|overwrite/i;

function decode(content: Uint8Array | string): string {
  return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
}

function sameBytes(a: Uint8Array, b: Uint8Array | string): boolean {
  const other = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  return Buffer.from(a).equals(Buffer.from(other));
}

function sameOptional(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b) return !a && !b;
  return sameBytes(a, b);
}
