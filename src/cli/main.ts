import * as fs from 'node:fs';
import * as path from 'node:path';
import { findVectorFiles } from '../workspace/file-discovery.js';
import { parseConstraint } from '../engine/constraint/index.js';
import { defaultConfig } from '../engine/config.js';
import { readConfined, realRoot } from '../workspace/confined-file.js';
import { loadConfigFile } from '../workspace/config-loader.js';
import { git } from '../workspace/git-helper.js';
import { readInputs } from '../workspace/read-inputs.js';
import { comparisonView } from '../workspace/base-comparison.js';
import { openBase, runLint, type LintRun } from '../workspace/lint-run.js';
import type { Finding, LintConfig, LintInput, LintResult, VectorKind } from '../engine/types.js';
import { formatJson, formatSarif, formatText, renderMarkdownReport } from '../reporters/index.js';
import { sarifTool } from '../reporters/sarif-tool.js';
import { parseCliArgs, USAGE, UsageError, type CliSettings } from './args.js';
import { VERSION } from './version.js';

export interface CliIO {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input as bytes: the engine checks its encoding like any file's. */
  stdin: () => Uint8Array | string;
  isTTY: boolean;
  /** The terminal's width, when standard output is one. */
  columns?: number;
}

/** Runs the CLI; returns the exit code (0 clean, 1 findings at the fail level, 2 usage or I/O error). */
export async function runCli(io: CliIO): Promise<number> {
  let settings: CliSettings;
  try {
    settings = parseCliArgs(io.argv, io.env, io.isTTY, io.columns);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`imagevector-lint: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (settings.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (settings.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  let loaded: Awaited<ReturnType<typeof loadConfig>>;
  try {
    loaded = await loadConfig(settings, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`imagevector-lint: ${error.message}\n`);
    return 2;
  }
  const { config, findings: configFindings } = loaded;
  const inputs = await collectInputs(settings, config, io);
  const resolved = settings.base === undefined ? undefined : await resolveBase(settings.base, io.cwd);
  const warn = (message: string) => io.stderr(`imagevector-lint: ${message}\n`);
  const base = await openBase(resolved && { sha: resolved.sha, fetch: false, unreadableHint: 'git cannot read it here', folder: resolved.folder }, {
    workspace: io.cwd,
    log: () => {},
    warn,
  });
  const run = await runLint({
    workspace: io.cwd,
    headInputs: inputs.inputs,
    config,
    configFindings,
    configFile: loaded.file,
    configContent: loaded.content,
    patterns: { files: [], overwrite: [], components: [] },
    byContent: inputs.byContent,
    base,
    report: settings.report,
    warn,
  });
  const report = format(run, settings, config, io.cwd);
  writeReport(report, settings, io);
  return exitCode(run.reported, settings.failLevel);
}

/** The report to standard output or to --output, with a message a user can act on when that fails. */
function writeReport(report: string, settings: CliSettings, io: CliIO): void {
  if (!settings.output) {
    io.stdout(report);
    return;
  }
  const target = path.resolve(io.cwd, settings.output);
  try {
    fs.writeFileSync(target, report);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `no such directory ${path.dirname(target)}`
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : code === 'ENOTDIR'
              ? `${path.dirname(target)} is not a directory`
              : (error as Error).message;
    throw new InputError(`cannot write ${settings.output}: ${why}`);
  }
}

/** The commit a revision names, and where the current directory is inside the repository. */
async function resolveBase(ref: string, cwd: string): Promise<{ sha: string; folder: string }> {
  const inRepo = await git(cwd, ['rev-parse', '--show-prefix'], 10_000);
  if (!inRepo.ok) throw new InputError(`--base needs a git repository, and ${cwd} is not in one.`);
  if (ref.startsWith('-')) throw new InputError(`--base '${ref}' is not a git revision.`);
  const resolved = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], 10_000);
  if (!resolved.ok) {
    throw new InputError(`--base '${ref}' is not a commit in this repository (a shallow clone may need: git fetch origin ${ref}).`);
  }
  return { sha: resolved.stdout.toString('utf8').trim(), folder: inRepo.stdout.toString('utf8').trim() };
}

export function exitCode(findings: readonly Finding[], failLevel: CliSettings['failLevel']): number {
  if (failLevel === 'never') return 0;
  const failing = failLevel === 'warning' ? ['error', 'warning'] : ['error'];
  return findings.some((f) => failing.includes(f.severity)) ? 1 : 0;
}

class InputError extends Error {}

/**
 * The configuration (src/workspace/config-loader.ts). A file named with
 * --config is the user's and may lie anywhere; the paths inside it
 * (componentVectors) stay in its repository: its git top level, or the
 * working directory. The default `.imagevector-lint.yaml` is the checkout's
 * and is confined like them.
 */
interface LoadedConfig {
  config: LintConfig;
  findings: Finding[];
  /** The configuration file, relative to the current directory, and its bytes when it exists. */
  file: string;
  content?: Uint8Array;
}

async function loadConfig(settings: CliSettings, io: CliIO): Promise<LoadedConfig> {
  let config = defaultConfig();
  const findings: Finding[] = [];
  const explicit = settings.config !== undefined;
  const configPath = path.resolve(io.cwd, settings.config ?? '.imagevector-lint.yaml');
  if (explicit) readNamedFile(configPath, configPath, 'base', config.maxFileBytes, 'configuration'); // the user's file: a missing one is a usage error
  const shown = relative(io.cwd, configPath);
  const loaded = await loadConfigFile({
    file: configPath,
    shown,
    root: await repositoryRoot(explicit ? path.dirname(configPath) : io.cwd, io.cwd),
    confineFile: !explicit,
    show: (absolute) => relative(io.cwd, absolute),
  });
  if (!loaded.missing) {
    config = loaded.config;
    findings.push(...loaded.findings);
  }
  if (settings.kubernetesVersions !== undefined) {
    const parsed = parseConstraint(settings.kubernetesVersions);
    if (!parsed.ok) throw new UsageError(`--kubernetes-versions is not a valid constraint: ${parsed.error}.`);
    config.kubernetesVersions = settings.kubernetesVersions;
  }
  return { config, findings, file: shown, content: loaded.content };
}

async function collectInputs(settings: CliSettings, config: LintConfig, io: CliIO): Promise<{ inputs: LintInput[]; byContent: boolean }> {
  const named: [VectorKind, string[]][] = [
    ['base', settings.files],
    ['overwrite', settings.overwrites],
    ['components', settings.components],
  ];
  const inputs: LintInput[] = [];
  let byContent = false;
  for (const [kind, files] of named) {
    for (const file of files) {
      if (file === '-') inputs.push({ path: '<stdin>', kind, content: io.stdin() });
      else {
        const absolute = path.resolve(io.cwd, file);
        inputs.push(readNamedFile(absolute, relative(io.cwd, absolute), kind, config.maxFileBytes));
      }
    }
  }
  if (settings.files.length === 0 && settings.overwrites.length === 0 && settings.components.length === 0) {
    const discovery = await findVectorFiles(io.cwd, { files: [], overwrite: [], components: [] }, config.maxFileBytes);
    byContent = true;
    for (const warning of discovery.warnings) io.stderr(`imagevector-lint: ${warning}\n`);
    if (discovery.files.length === 0) {
      throw new InputError('no image vectors found in this directory. Name the files: imagevector-lint images.yaml --overwrite overwrite.yaml');
    }
    // Found in the directory, not named by the user: confined to it like the action's reads.
    for (const input of readInputs(io.cwd, discovery.files, config.maxFileBytes)) inputs.push(input);
  }
  return { inputs, byContent };
}

/**
 * A file named on the command line: the user's, anywhere, a pipe too (`<(…)`),
 * but read at most the size limit (a larger one is an unreadable-file finding).
 */
function readNamedFile(absolute: string, shown: string, kind: VectorKind, maxBytes: number, what = 'file'): LintInput {
  const read = readConfined(absolute, { maxBytes, special: true });
  if (read.ok) return { path: shown, kind, content: read.content };
  if (read.refusal === 'directory') throw new InputError(`${what} ${absolute} is a directory; name the YAML files in it.`);
  if (read.refusal === 'too-large') return { path: shown, kind, content: new Uint8Array(0), unreadable: read.message };
  throw new InputError(`cannot read ${what} ${absolute}: ${read.message}`);
}

/** The repository a configuration belongs to: the git top level of `dir`, or else the working directory. */
async function repositoryRoot(dir: string, cwd: string): Promise<string> {
  const top = await git(dir, ['rev-parse', '--show-toplevel'], 10_000);
  const found = top.ok ? top.stdout.toString('utf8').trim() : '';
  return realRoot(found !== '' ? found : cwd);
}

function relative(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute);
  return (rel.startsWith('..') ? absolute : rel).split(path.sep).join('/');
}

function format(run: LintRun, settings: CliSettings, config: LintConfig, cwd: string): string {
  const result: LintResult = { ...run.head, findings: run.reported };
  const base = run.comparison && comparisonView(run.comparison);
  const notes = unreportedNote(run, settings.report);
  switch (settings.format) {
    case 'json':
      return `${formatJson(result, base ? { changes: base.changes } : {})}\n`;
    case 'markdown':
      return `${renderMarkdownReport(result, { title: 'imagevector-lint', maxChars: 1_000_000, base, notes })}\n`;
    case 'sarif':
      return `${formatSarif(result, sarifTool(config), { root: cwd })}\n`;
    default:
      return formatText(result, { color: settings.color, cwd, width: settings.width, quiet: settings.quiet, table: settings.table, base, notes });
  }
}

function unreportedNote(run: LintRun, mode: CliSettings['report']): string[] {
  const n = run.unreported.length;
  if (n === 0) return [];
  const where = mode === 'new' ? 'already at the base commit' : 'in files this change does not touch';
  return [`${n} ${n === 1 ? 'finding' : 'findings'} ${where}: not shown and not failing (--report all shows them).`];
}

export { InputError };
