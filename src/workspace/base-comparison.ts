import * as path from 'node:path';
import * as fs from 'node:fs';
import { CHANGE_RULES, compareWithBase, diffResolved, type ResolvedChange } from '../engine/changes.js';
import { lint } from '../engine/lint.js';
import type { Finding, LintConfig, LintInput, LintResult } from '../engine/types.js';
import type { BaseRevision } from './base-revision.js';
import { CONFIG_RULE } from '../engine/rules/registry.js';
import type { ChangeScope } from './change-scope.js';
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

  for (const input of headInputs) {
    const before = await revision.read(input.path);
    if (before) baseInputs.push({ path: input.path, kind: input.kind, content: before });
    if (!before || !sameBytes(before, input.content)) {
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
    changes: diffResolved(base.resolved, options.head.resolved),
    findings: compareWithBase(base, options.head, config, headInputs),
    scope,
  };
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
