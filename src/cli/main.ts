import * as fs from 'node:fs';
import * as path from 'node:path';
import { findVectorFiles } from '../workspace/file-discovery.js';
import { parseConstraint } from '../engine/constraint/index.js';
import { defaultConfig } from '../engine/config.js';
import { lint } from '../engine/lint.js';
import { readConfined, realRoot } from '../workspace/confined-file.js';
import { loadConfigFile } from '../workspace/config-loader.js';
import { git } from '../workspace/git-helper.js';
import { readInputs } from '../workspace/read-inputs.js';
import { ALL_RULES, CONFIG_RULE, ruleMeta } from '../engine/rules/registry.js';
import type { Finding, LintConfig, LintInput, LintResult, VectorKind } from '../engine/types.js';
import { formatJson, formatSarif, formatText, renderMarkdownReport } from '../reporters/index.js';
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
}

/** Runs the CLI; returns the exit code (0 clean, 1 findings at the fail level, 2 usage or I/O error). */
export async function runCli(io: CliIO): Promise<number> {
  let settings: CliSettings;
  try {
    settings = parseCliArgs(io.argv, io.env, io.isTTY);
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
  const result = lint(inputs, config);
  result.findings.unshift(...configFindings);
  const report = format(result, settings, io.cwd);
  if (settings.output) fs.writeFileSync(path.resolve(io.cwd, settings.output), report);
  else io.stdout(report);
  return exitCode(result.findings, settings.failLevel);
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
async function loadConfig(settings: CliSettings, io: CliIO): Promise<{ config: LintConfig; findings: Finding[] }> {
  let config = defaultConfig();
  const findings: Finding[] = [];
  const explicit = settings.config !== undefined;
  const configPath = path.resolve(io.cwd, settings.config ?? '.imagevector-lint.yaml');
  if (explicit) readNamedFile(configPath, configPath, 'base', config.maxFileBytes, 'configuration'); // the user's file: a missing one is a usage error
  const loaded = await loadConfigFile({
    file: configPath,
    shown: relative(io.cwd, configPath),
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
  return { config, findings };
}

async function collectInputs(settings: CliSettings, config: LintConfig, io: CliIO): Promise<LintInput[]> {
  const named: [VectorKind, string[]][] = [
    ['base', settings.files],
    ['overwrite', settings.overwrites],
    ['components', settings.components],
  ];
  const inputs: LintInput[] = [];
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
    for (const warning of discovery.warnings) io.stderr(`imagevector-lint: ${warning}\n`);
    if (discovery.files.length === 0) {
      throw new InputError('no image vectors found in this directory. Name the files: imagevector-lint images.yaml --overwrite overwrite.yaml');
    }
    // Found in the directory, not named by the user: confined to it like the action's reads.
    inputs.push(...readInputs(io.cwd, discovery.files, config.maxFileBytes));
  }
  return inputs;
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

function format(result: LintResult, settings: CliSettings, cwd: string): string {
  switch (settings.format) {
    case 'json':
      return `${formatJson(result)}\n`;
    case 'markdown':
      return `${renderMarkdownReport(result, { title: 'imagevector-lint', maxChars: 1_000_000 })}\n`;
    case 'sarif':
      return `${formatSarif(result, {
        name: 'imagevector-lint',
        version: VERSION,
        informationUri: 'https://github.com/imagevector-lint/imagevector-lint',
        rules: [...ALL_RULES.map(ruleMeta), CONFIG_RULE].map((r) => ({ id: r.id, severity: r.defaultSeverity, description: r.description, helpUri: r.docsUrl })),
      })}\n`;
    default:
      return formatText(result, { color: settings.color, cwd });
  }
}

export { InputError };
