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
  baseInputs.push(...(await deletedVectors(options)));

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
    changes: diffResolved(base.resolved, options.head.resolved, config),
    findings: compareWithBase(base, options.head, config, headInputs),
    scope,
    notCompared,
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
async function deletedVectors(options: CompareOptions): Promise<LintInput[]> {
  const { revision, workspace, patterns } = options;
  if (!revision.paths) {
    // The API lists no tree: only the files the patterns name are known to be gone.
    const out: LintInput[] = [];
    for (const file of options.missing ?? []) {
      const content = await revision.read(file.path);
      if (content) out.push({ path: file.path, kind: file.kind, content });
    }
    return out;
  }
  const present = new Set(options.headInputs.map((i) => i.path));
  const gone = revision.paths.filter((p) => !present.has(p) && !fs.existsSync(path.join(workspace, p)));
  const out: LintInput[] = [];
  if (!options.byContent) {
    const kinds: Array<[LintInput['kind'], readonly string[]]> = [
      ['components', patterns.components],
      ['overwrite', patterns.overwrite],
      ['base', patterns.files],
    ];
    const taken = new Set<string>();
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
  const candidates = gone
    .filter((p) => /\.ya?ml$/i.test(p))
    .filter((p) => !p.split('/').slice(0, -1).some((dir) => SKIPPED_DIRS.has(dir) || dir.startsWith('.')))
    .slice(0, MAX_DELETED_CANDIDATES);
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
