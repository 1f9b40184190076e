import * as fs from 'node:fs';
import * as path from 'node:path';
import { findVectorFiles } from '../workspace/file-discovery.js';
import { parseConstraint } from '../engine/constraint/index.js';
import { defaultConfig, parseConfig } from '../engine/config.js';
import { lint } from '../engine/lint.js';
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
  stdin: () => string;
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
  let loaded: ReturnType<typeof loadConfig>;
  try {
    loaded = loadConfig(settings, io);
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

function loadConfig(settings: CliSettings, io: CliIO): { config: LintConfig; findings: Finding[] } {
  let config = defaultConfig();
  const findings: Finding[] = [];
  const explicit = settings.config !== undefined;
  const configPath = path.resolve(io.cwd, settings.config ?? '.imagevector-lint.yaml');
  if (explicit || fs.existsSync(configPath)) {
    const text = readText(configPath, 'configuration');
    const shown = relative(io.cwd, configPath);
    const parsed = parseConfig(text, shown, [...ALL_RULES.map((r) => r.id), 'coverage-lost', 'tag-style-changed']);
    config = parsed.config;
    findings.push(...parsed.findings);
    for (const [component, file] of Object.entries(parsed.componentVectorPaths)) {
      const absolute = path.resolve(path.dirname(configPath), file);
      config.componentVectors[component] = {
        path: relative(io.cwd, absolute),
        kind: 'base',
        content: readBytes(absolute, `image vector of component ${component}`),
      };
    }
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
        inputs.push({ path: relative(io.cwd, absolute), kind, content: readBytes(absolute, 'file') });
      }
    }
  }
  if (settings.files.length === 0 && settings.overwrites.length === 0 && settings.components.length === 0) {
    const discovery = await findVectorFiles(io.cwd, { files: [], overwrite: [], components: [] }, config.maxFileBytes);
    for (const warning of discovery.warnings) io.stderr(`imagevector-lint: ${warning}\n`);
    if (discovery.files.length === 0) {
      throw new InputError('no image vectors found in this directory. Name the files: imagevector-lint images.yaml --overwrite overwrite.yaml');
    }
    for (const file of discovery.files) {
      inputs.push({ path: file.path, kind: file.kind, content: readBytes(path.join(io.cwd, file.path), 'file') });
    }
  }
  return inputs;
}

function readBytes(absolute: string, what: string): Uint8Array {
  try {
    const stat = fs.statSync(absolute);
    if (stat.isDirectory()) throw new InputError(`${what} ${absolute} is a directory; name the YAML files in it.`);
    return fs.readFileSync(absolute);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${what} ${absolute}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

function readText(absolute: string, what: string): string {
  return Buffer.from(readBytes(absolute, what)).toString('utf8');
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
