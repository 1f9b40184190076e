import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyContent, findByContent, findVectorFiles, isBrokenVector } from '../workspace/file-discovery.js';
import { parseConstraint } from '../engine/constraint/index.js';
import { defaultConfig } from '../engine/config.js';
import { isInsideRoot, readConfined, realRoot, type ConfinedRead } from '../workspace/confined-file.js';
import { Exclusions } from '../workspace/exclusions.js';
import { loadConfigFile } from '../workspace/config-loader.js';
import { git } from '../workspace/git-helper.js';
import { KeptBytes, pendingInputs, readOnce } from '../workspace/read-inputs.js';
import { comparisonView } from '../workspace/base-comparison.js';
import { openBase, runLint, type LintRun } from '../workspace/lint-run.js';
import type { Finding, LintConfig, LintInput, LintResult, PendingInput, VectorKind } from '../engine/types.js';
import { readInput } from '../engine/clusters.js';
import { formatCheckstyle, formatGithub, formatJsonChunks, formatRdjson, formatSarif, formatText, renderMarkdownReport } from '../reporters/index.js';
import { JsonReportStream } from '../reporters/json.js';
import { sarifTool } from '../reporters/sarif-tool.js';
import { parseCliArgs, USAGE, UsageError, type CliSettings, type Terminal } from './args.js';
import { VERSION } from './version.js';
import { isDirectory, toPosix } from '../workspace/paths.js';

export interface CliIO {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input as bytes: the engine checks its encoding like any file's. */
  stdin: () => Uint8Array | string;
  /** Whether standard output is a terminal, and its width: asked only when the report needs them. */
  terminal: Terminal;
}

/** Runs the CLI; returns the exit code (0 clean, 1 findings at the fail level, 2 usage or I/O error). */
export async function runCli(io: CliIO): Promise<number> {
  let settings: CliSettings;
  try {
    settings = parseCliArgs(io.argv, io.env, io.terminal);
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
  const exclusions = new Exclusions({
    workspace: io.cwd,
    ignore: { patterns: config.ignore ?? [], folder: path.dirname(loaded.absolute), file: loaded.file },
    gitignore: true,
    gitRoot: await gitTopLevel(io.cwd),
  });
  const inputs = await collectInputs(settings, config, io, exclusions);
  const resolved = settings.base === undefined ? undefined : await resolveBase(settings.base, io.cwd);
  const warn = (message: string) => io.stderr(`imagevector-lint: ${message}\n`);
  const base = await openBase(resolved && { sha: resolved.sha, fetch: false, unreadableHint: 'git cannot read it here', folder: resolved.folder }, {
    workspace: io.cwd,
    log: () => {},
    warn,
  });
  // reviewdog's columns are bytes of the lines: rdjson reads every file's text; the others read each file when the run gets to it.
  // So does a run writing its report over one of its inputs (the file is read before it is overwritten).
  const target = settings.output === undefined ? undefined : path.resolve(io.cwd, settings.output);
  const eager = settings.format === 'rdjson' || inputs.inputs.some((input) => target !== undefined && path.resolve(io.cwd, input.path) === target);
  const headInputs = eager ? inputs.inputs.map(readInput) : inputs.inputs;
  // JSON without a base to compare with: the rows are written as the run gives them, and not kept.
  const streaming = settings.format === 'json' && !base.revision;
  const report = streaming ? openReport(settings, io) : undefined;
  const json = report && new JsonReportStream(report.write);
  const run = await runLint({
    workspace: io.cwd,
    headInputs,
    config,
    configFindings,
    configFile: loaded.file,
    configContent: loaded.content,
    patterns: { files: [], overwrite: [], components: [] },
    byContent: inputs.byContent,
    exclude: (file) => exclusions.excluded(file) !== undefined,
    base,
    report: settings.report,
    warn,
    onRows: json ? (rows) => json.rows(rows) : rowsUnused(settings.format) && !base.revision ? () => {} : undefined,
  });
  if (report && json) {
    try {
      json.end({ ...run.head, findings: run.reported });
      report.write('\n');
    } finally {
      report.close();
    }
  } else writeReport(format(run, settings, config, io.cwd, headInputs as LintInput[]), settings, io);
  return exitCode(run.reported, settings.failLevel);
}

/** Formats that report findings only: the resolved rows need not be kept for them. */
function rowsUnused(format: CliSettings['format']): boolean {
  return format === 'sarif' || format === 'checkstyle' || format === 'rdjson' || format === 'github';
}

/** The report to standard output or to --output, with a message a user can act on when that fails. */
function writeReport(report: string | Iterable<string>, settings: CliSettings, io: CliIO): void {
  // A report may come in pieces (JSON: any size, never one string of it all).
  const pieces = typeof report === 'string' ? [report] : report;
  const out = openReport(settings, io);
  try {
    for (const piece of pieces) out.write(piece);
  } finally {
    out.close();
  }
}

/** Where the report goes, piece by piece: standard output, or the --output file (opened now). */
function openReport(settings: CliSettings, io: CliIO): { write: (text: string) => void; close: () => void } {
  if (!settings.output) return { write: (text) => io.stdout(text), close: () => {} };
  const shown = settings.output;
  const target = path.resolve(io.cwd, shown);
  let fd: number;
  try {
    fd = fs.openSync(target, 'w');
  } catch (error) {
    throw writeError(error, target, shown);
  }
  return {
    write: (text) => {
      try {
        fs.writeSync(fd, text);
      } catch (error) {
        throw writeError(error, target, shown);
      }
    },
    close: () => fs.closeSync(fd),
  };
}

function writeError(error: unknown, target: string, shown: string): InputError {
  {
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
    return new InputError(`cannot write ${shown}: ${why}`);
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
  /** The configuration file's absolute path (its folder is what `ignore:` globs are relative to). */
  absolute: string;
  content?: Uint8Array;
}

async function loadConfig(settings: CliSettings, io: CliIO): Promise<LoadedConfig> {
  let config = defaultConfig();
  const findings: Finding[] = [];
  const explicit = settings.config !== undefined;
  const configPath = path.resolve(io.cwd, settings.config ?? '.imagevector-lint.yaml');
  if (explicit) readNamedFile(configPath, configPath, 'base', config.maxFileBytes, 'configuration'); // the user's file: a missing one is a usage error
  const shown = relative(io.cwd, configPath);
  // No default configuration: nothing to read, and no need to ask git for the repository (a process spawn).
  if (!explicit && !pathExists(configPath)) return withKubernetesVersions({ config, findings, file: shown, absolute: configPath }, settings);
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
  return withKubernetesVersions({ config, findings, file: shown, absolute: configPath, content: loaded.content }, settings);
}

function withKubernetesVersions(loaded: LoadedConfig, settings: CliSettings): LoadedConfig {
  if (settings.kubernetesVersions !== undefined) {
    const parsed = parseConstraint(settings.kubernetesVersions);
    if (!parsed.ok) throw new UsageError(`--kubernetes-versions is not a valid constraint: ${parsed.error}.`);
    loaded.config.kubernetesVersions = settings.kubernetesVersions;
  }
  return loaded;
}

/** Whether anything (a file, a directory, a link, even a dangling one) is at `absolute`. */
function pathExists(absolute: string): boolean {
  try {
    fs.lstatSync(absolute);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

async function collectInputs(
  settings: CliSettings,
  config: LintConfig,
  io: CliIO,
  exclusions: Exclusions,
): Promise<{ inputs: (LintInput | PendingInput)[]; byContent: boolean }> {
  const inputs: (LintInput | PendingInput)[] = [];
  const notVectors: string[] = [];
  const notice = (message: string) => {
    if (!settings.quiet) io.stderr(`imagevector-lint: ${message}\n`);
  };
  // Plain arguments are read for what they are, exactly as discovery reads the repository (see namedInput).
  const kept = new KeptBytes();
  for (const file of settings.files) {
    if (file === '-') {
      const content = io.stdin();
      inputs.push({ path: '<stdin>', kind: kindOrBase(classifyContent(content, '<stdin>', config.maxFileBytes)), content });
      continue;
    }
    const absolute = path.resolve(io.cwd, file);
    // The project's `ignore:` applies to a named file too (pre-commit names every changed file); .gitignore does not.
    const ignored = exclusions.ignoredByConfig(toPosix(path.relative(io.cwd, absolute)));
    if (ignored) {
      notice(`skipped ${relative(io.cwd, absolute)}: ${ignored}.`);
      continue;
    }
    if (isDirectory(absolute)) {
      inputs.push(...(await directoryInputs(absolute, config, io, exclusions, kept)));
      continue;
    }
    const input = namedInput(absolute, relative(io.cwd, absolute), config.maxFileBytes, kept);
    if (input) inputs.push(input);
    else notVectors.push(relative(io.cwd, absolute));
  }
  // --overwrite and --components force the kind.
  const forced: [VectorKind, string[]][] = [
    ['overwrite', settings.overwrites],
    ['components', settings.components],
  ];
  for (const [kind, files] of forced) {
    for (const file of files) {
      if (file === '-') inputs.push({ path: '<stdin>', kind, content: io.stdin() });
      else {
        const absolute = path.resolve(io.cwd, file);
        inputs.push(readNamedFile(absolute, relative(io.cwd, absolute), kind, config.maxFileBytes));
      }
    }
  }
  if (notVectors.length > 0) {
    // Like a linter handed a file of another language (pre-commit passes every changed YAML file): skipped, said once, not a failure.
    const n = notVectors.length;
    notice(`skipped ${n} ${n === 1 ? 'file that is' : 'files that are'} not an image vector (read by content, as in a directory): ${notVectors.join(', ')}`);
  }
  if (settings.files.length > 0 || settings.overwrites.length > 0 || settings.components.length > 0) return { inputs, byContent: false };
  const discovery = await findVectorFiles(io.cwd, { files: [], overwrite: [], components: [] }, config.maxFileBytes, exclusions, kept);
  for (const warning of discovery.warnings) io.stderr(`imagevector-lint: ${warning}\n`);
  if (discovery.files.length === 0) {
    throw new InputError('no image vectors found in this directory. Name the files: imagevector-lint images.yaml --overwrite overwrite.yaml');
  }
  // Found in the directory, not named by the user: confined to it like the action's reads.
  return { inputs: pendingInputs(io.cwd, discovery.files, config.maxFileBytes, kept), byContent: true };
}

/**
 * A plain file argument, read for what it is: a base vector, an overwrite (a
 * ConfigMap or Helm values with imageVectorOverwrite too) or a component
 * overwrite, by the same content test as discovery. A file that is no image
 * vector is undefined (skipped). Linted as a base vector, so that its problem
 * is reported rather than skipped: one that cannot be decoded, a vector gone
 * wrong (see isBrokenVector), and a pipe.
 */
function namedInput(absolute: string, shown: string, maxBytes: number, kept: KeptBytes): LintInput | PendingInput | undefined {
  // Read once: the bytes that tell its kind are the ones linted, unless the run has kept too many already (see KeptBytes).
  const read = readConfined(absolute, { maxBytes, special: true });
  const input = namedFileInput(read, absolute, shown, 'base', 'file');
  if (input.unreadable !== undefined) return input;
  const kind = classifyContent(input.content, shown, maxBytes);
  const regular = read.ok && read.regular;
  if (kind === undefined && regular && !isBrokenVector(decodeText(input.content))) return undefined;
  const vectorKind = kindOrBase(kind);
  // A pipe can be read only once: its bytes are kept whatever their size.
  if (!regular) return { ...input, kind: vectorKind };
  const reread = () => readNamedFile(absolute, shown, vectorKind, maxBytes);
  if (kept.take(input.content)) return readOnce({ ...input, kind: vectorKind }, reread);
  return { path: shown, kind: vectorKind, read: reread };
}

function decodeText(content: Uint8Array | string): string {
  return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
}

function kindOrBase(kind: VectorKind | 'unreadable' | undefined): VectorKind {
  return kind === undefined || kind === 'unreadable' ? 'base' : kind;
}

/**
 * A directory argument, walked like the repository root: every YAML file in
 * it whose content is an image vector (hidden folders, node_modules and vendor
 * skipped), each read confined to that directory.
 */
async function directoryInputs(absolute: string, config: LintConfig, io: CliIO, exclusions: Exclusions, kept: KeptBytes): Promise<PendingInput[]> {
  const warnings: string[] = [];
  const cwd = realRoot(io.cwd);
  const real = realRoot(absolute);
  // Inside the working directory: paths as discovery gives them. Elsewhere (the user's own folder): walked from there.
  const inside = isInsideRoot(cwd, real);
  const workspace = inside ? io.cwd : absolute;
  const prefix = inside ? toPosix(path.relative(cwd, real)) : '';
  // Outside: that folder's own .gitignore files (the configuration's globs cannot reach it).
  const excluding = inside ? exclusions : new Exclusions({ workspace: absolute, gitignore: true, gitRoot: await gitTopLevel(absolute) });
  const found = findByContent(workspace, prefix, config.maxFileBytes, warnings, excluding, kept);
  for (const warning of warnings) io.stderr(`imagevector-lint: ${warning}\n`);
  const shown = relative(io.cwd, absolute);
  if (found.files.length === 0) io.stderr(`imagevector-lint: no image vectors found in ${shown}.\n`);
  const inputs = pendingInputs(workspace, found.files, config.maxFileBytes, kept);
  if (inside) return inputs;
  return inputs.map((input) => {
    const shown = relative(io.cwd, path.join(absolute, input.path));
    return { path: shown, kind: input.kind, read: () => ({ ...input.read(), path: shown }) };
  });
}




/**
 * A file named on the command line: the user's, anywhere, a pipe too (`<(…)`),
 * but read at most the size limit (a larger one is an unreadable-file finding).
 */
function readNamedFile(absolute: string, shown: string, kind: VectorKind, maxBytes: number, what = 'file'): LintInput {
  return namedFileInput(readConfined(absolute, { maxBytes, special: true }), absolute, shown, kind, what);
}

function namedFileInput(read: ConfinedRead, absolute: string, shown: string, kind: VectorKind, what: string): LintInput {
  if (read.ok) return { path: shown, kind, content: read.content };
  if (read.refusal === 'directory') throw new InputError(`${what} ${absolute} is a directory; name the YAML files in it.`);
  if (read.refusal === 'too-large') return { path: shown, kind, content: new Uint8Array(0), unreadable: read.message };
  throw new InputError(`cannot read ${what} ${absolute}: ${read.message}`);
}

/**
 * The git top level above `dir` (the nearest folder with a `.git`), if any:
 * found on the file system, since a plain run starts no git process.
 */
async function gitTopLevel(dir: string): Promise<string | undefined> {
  for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
    if (pathExists(path.join(folder, '.git'))) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
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

function format(run: LintRun, settings: CliSettings, config: LintConfig, cwd: string, inputs: readonly LintInput[]): string | Iterable<string> {
  const result: LintResult = { ...run.head, findings: run.reported };
  const base = run.comparison && comparisonView(run.comparison);
  const notes = unreportedNote(run, settings.report);
  switch (settings.format) {
    case 'json':
      return withNewline(formatJsonChunks(result, base ? { changes: base.changes } : {}));
    case 'markdown':
      return `${renderMarkdownReport(result, { title: 'imagevector-lint', maxChars: 1_000_000, base, notes })}\n`;
    case 'sarif':
      return `${formatSarif(result, sarifTool(config), { root: cwd })}\n`;
    case 'github':
      return formatGithub(result);
    case 'rdjson':
      return `${formatRdjson(result, sarifTool(config), { lineText: lineTexts(inputs) })}\n`;
    case 'checkstyle':
      return `${formatCheckstyle(result)}\n`;
    default:
      return formatText(result, { color: settings.color, cwd, width: settings.width, quiet: settings.quiet, table: settings.table, base, notes });
  }
}

/** The lines of the files read, decoded as UTF-8 (for reviewdog's byte columns), split lazily. */
function lineTexts(inputs: readonly LintInput[]): (file: string, line: number) => string | undefined {
  const content = new Map(inputs.map((input) => [input.path, input.content]));
  const split = new Map<string, string[]>();
  return (file, line) => {
    let lines = split.get(file);
    if (!lines) {
      const bytes = content.get(file);
      if (bytes === undefined) return undefined;
      const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
      lines = text.split(/\r\n|\n|\r/);
      split.set(file, lines);
    }
    return lines[line - 1];
  };
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

function unreportedNote(run: LintRun, mode: CliSettings['report']): string[] {
  const n = run.unreported.length;
  if (n === 0) return [];
  const where = mode === 'new' ? 'already at the base commit' : 'in files this change does not touch';
  return [`${n} ${n === 1 ? 'finding' : 'findings'} ${where}: not shown and not failing (--report all shows them).`];
}

export { InputError };
