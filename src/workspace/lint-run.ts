import { lint, lintStream } from '../engine/lint.js';
import { readInput } from '../engine/clusters.js';
import type { Finding, LintConfig, LintInput, LintResult, PendingInput, ResolvedRow } from '../engine/types.js';
import { classifyAgainstBase, compareToBase, type BaseComparison, type CompareOptions } from './base-comparison.js';
import { fromFolder, openBaseRevision, type BaseRevision, type RevisionFileReader, type RevisionTreeLister } from './base-revision.js';
import { EVERYTHING, isInScope, type ChangeScope } from './change-scope.js';
import type { PatternSets } from './file-discovery.js';

// One lint run, the same for the action and the command line: lint the head,
// compare it with the base commit when there is one, and split the findings
// into what the change is answerable for and the rest. The adapters only
// gather the inputs (discovery, configuration) and present the result.

/** new: what the change introduces (the default); changed: findings in changed files and what the change breaks; all. */
export const REPORT_MODES = ['new', 'changed', 'all'] as const;
export type ReportMode = (typeof REPORT_MODES)[number];

export interface BaseCommit {
  sha: string;
  /** Where to read files when git has not got the commit (the action: the contents API). */
  fallback?: RevisionFileReader;
  maxFallbackFiles?: number;
  /** Lists the commit's files for the fallback in one request (the action: the git trees API). */
  listTree?: RevisionTreeLister;
  /** Try `git fetch` when the commit is missing (the action in a shallow checkout; never a local run). */
  fetch: boolean;
  /** The workspace's folder inside the repository (`git rev-parse --show-prefix`): input paths are relative to it. */
  folder?: string;
  /** Why the commit may be unreadable, for the note when it is (e.g. "not in the checkout, and no token for the API"). */
  unreadableHint: string;
}

export interface OpenedBase {
  revision?: BaseRevision;
  /** Why there is no comparison, when there is none. */
  note?: string;
}

export interface OpenBaseContext {
  /** Root of the git working tree (or the folder of it that input paths are relative to, with `folder`). */
  workspace: string;
  /** Why there is no base commit, when there is none and that is worth saying. */
  noBaseNote?: string;
  log: (message: string) => void;
  warn: (message: string) => void;
}

/** The base commit, opened once (the action reads its configuration from it with `config-from: base`). */
export async function openBase(base: BaseCommit | undefined, context: OpenBaseContext): Promise<OpenedBase> {
  if (!base) return { note: context.noBaseNote };
  const short = base.sha.slice(0, 12);
  try {
    const revision = await openBaseRevision({
      workspace: context.workspace,
      sha: base.sha,
      fallback: base.fallback,
      maxFallbackFiles: base.maxFallbackFiles ?? 0,
      listTree: base.listTree,
      fetch: base.fetch,
      log: context.log,
      warn: context.warn,
    });
    if (revision) return { revision: fromFolder(revision, base.folder ?? '') };
    const note = `The base commit ${short} could not be read (${base.unreadableHint}): every file counts as changed.`;
    context.warn(note);
    return { note };
  } catch (error) {
    const note = `Could not read the base commit ${short}: ${(error as Error).message}. Every file counts as changed.`;
    context.warn(note);
    return { note };
  }
}

export interface LintRunOptions {
  /** The folder input paths are relative to. */
  workspace: string;
  /** The head's files; pending ones are read as the run gets to them (all at once when there is a base to compare with). */
  headInputs: readonly (LintInput | PendingInput)[];
  config: LintConfig;
  /** Findings about the configuration file (rule `config`). */
  configFindings: readonly Finding[];
  /** Configuration file relative to the workspace, and its bytes when it exists (a change to it puts every file in scope). */
  configFile: string;
  configContent?: Uint8Array;
  patterns: PatternSets;
  /** True when the vectors were found by content (then deleted vectors are found by content too). */
  byContent: boolean;
  /** Files named without wildcards that are not in the checkout: deleted vectors, when the base has them. */
  missing?: CompareOptions['missing'];
  /** Files discovery leaves out (see exclusions.ts). */
  exclude?: CompareOptions['exclude'];
  base: OpenedBase;
  report: ReportMode;
  warn: (message: string) => void;
  /**
   * Takes the resolved rows as the run gives them, when nothing else needs
   * them (no base to compare with): the head's `resolved` is then empty, and
   * the run keeps no row.
   */
  onRows?: (rows: readonly ResolvedRow[]) => void;
}

export interface LintRun {
  head: LintResult;
  comparison?: BaseComparison;
  /** Why there is no comparison, when there is none. */
  baseNote?: string;
  /** Configuration findings, the head's findings and the comparison's, in that order. */
  all: Finding[];
  scope: ChangeScope;
  /** Findings the run reports: new ones (`report: new`), those in what the change touches (`changed`), or all. */
  reported: Finding[];
  /** The others: already at the base commit (`new`), in files the change does not touch (`changed`). */
  unreported: Finding[];
}

export async function runLint(options: LintRunOptions): Promise<LintRun> {
  const { revision } = options.base;
  let head: LintResult;
  let headInputs: readonly (LintInput | PendingInput)[] = options.headInputs;
  if (options.onRows && !revision) head = { ...lintStream(headInputs, options.config, options.onRows), resolved: [] };
  else {
    // The comparison reads the head's bytes (line diffs, vanished files): every file read once, up front.
    if (revision) headInputs = headInputs.map(readInput);
    head = lint(headInputs, options.config);
  }
  const { comparison, note } = await compare(options, head, headInputs as LintInput[]);
  const scope = comparison?.scope ?? EVERYTHING;
  const found = [...options.configFindings, ...head.findings, ...(comparison?.findings ?? [])];
  // Each finding is new or was already at the base (by fingerprint, not line numbers).
  const all = comparison ? classifyAgainstBase(comparison, found).map((f) => onTouchedLine(scope, f)) : found;
  const mode = options.report;
  const isReported = (f: Finding) => (mode === 'all' ? true : mode === 'changed' ? isInScope(scope, f) : f.new !== false);
  const reported: Finding[] = [];
  const unreported: Finding[] = [];
  for (const finding of all) (isReported(finding) ? reported : unreported).push(finding);
  return { head, comparison, baseNote: note, all, scope, reported, unreported };
}

/**
 * A finding about several places (the two borders of a gap) moved to the
 * first of its other places the change touched, when it did not touch the
 * finding's own line: the annotation then shows in the diff.
 */
export function onTouchedLine(scope: ChangeScope, finding: Finding): Finding {
  if (!finding.alsoAt || scope.everything) return finding;
  const touched = (file: string, line: number) => scope.lines.get(file)?.has(line) === true;
  if (touched(finding.file, finding.line)) return finding;
  const other = finding.alsoAt.find((a) => touched(a.file, a.line));
  if (!other) return finding;
  const alsoAt = [{ file: finding.file, line: finding.line, column: finding.column }, ...finding.alsoAt.filter((a) => a !== other)];
  return { ...finding, file: other.file, line: other.line, column: other.column, alsoAt };
}

async function compare(options: LintRunOptions, head: LintResult, headInputs: LintInput[]): Promise<{ comparison?: BaseComparison; note?: string }> {
  const { revision } = options.base;
  if (!revision) return { note: options.base.note };
  try {
    const comparison = await compareToBase({
      revision,
      workspace: options.workspace,
      patterns: options.patterns,
      byContent: options.byContent,
      config: options.config,
      configFile: options.configFile,
      configContent: options.configContent,
      headInputs,
      head,
      missing: options.missing,
      exclude: options.exclude,
    });
    for (const warning of comparison.warnings) options.warn(warning);
    return { comparison };
  } catch (error) {
    const note = `Could not compare with the base commit ${revision.sha.slice(0, 12)}: ${(error as Error).message}. Every file counts as changed.`;
    options.warn(note);
    return { note };
  }
}
