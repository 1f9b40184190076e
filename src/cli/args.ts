import { parseArgs } from 'node:util';
import { REPORT_MODES, type ReportMode } from '../workspace/lint-run.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif', 'github', 'rdjson', 'checkstyle'] as const;
export type Format = (typeof FORMATS)[number];
export const FAIL_LEVELS = ['error', 'warning', 'never'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

/** The command line, parsed once into typed settings. */
export interface CliSettings {
  files: string[];
  overwrites: string[];
  components: string[];
  config?: string;
  kubernetesVersions?: string;
  format: Format;
  failLevel: FailLevel;
  output?: string;
  /** A git revision to compare with (the change table, coverage-lost, tag-style-changed). */
  base?: string;
  report: ReportMode;
  /** Findings only: no summary line, no tables. */
  quiet: boolean;
  /** The resolved table in text output: cut when long (default), in full, or not at all. */
  table: TableMode;
  /** Terminal columns for text output. */
  width: number;
  color: boolean;
  help: boolean;
  version: boolean;
}

export const TABLE_MODES = ['short', 'full', 'none'] as const;
export type TableMode = (typeof TABLE_MODES)[number];

export class UsageError extends Error {}

export const USAGE = `Usage: imagevector-lint [files…] [options]

Lints Gardener image vectors and prints the resolved image table.
Each file is read for what it is (base vector, overwrite, component overwrite);
a directory is searched like the current one; YAML that is no image vector is
skipped. With no files, finds image vectors in the current directory by content.
A file named "-" is read from standard input.

Options:
  --overwrite FILE            an overwrite vector (IMAGEVECTOR_OVERWRITE); repeatable
  --components FILE           a component overwrite file (IMAGEVECTOR_OVERWRITE_COMPONENTS); repeatable
  --config FILE               configuration (default: .imagevector-lint.yaml if present)
  --kubernetes-versions RANGE Kubernetes versions the vectors must serve, e.g. ">= 1.30"
  --format FORMAT             text (default), json, markdown, sarif, github (workflow commands:
                              annotations in a GitHub Actions step), rdjson (reviewdog, with
                              suggested fixes) or checkstyle (XML)
  --fail-level LEVEL          exit 1 on findings at or above: error (default), warning, never
  --base REF                  compare with a git revision (origin/master, $PULL_BASE_SHA, HEAD~1):
                              what the change does to the resolved images, coverage-lost, tag-style-changed
  --report MODE               with --base: new (default: the findings the change introduces),
                              changed (findings in changed files) or all
  --quiet                     text: findings only, no summary line and no tables
  --table MODE                text: the resolved image table short (default: cut when long), full or none
  --output FILE               write the report to FILE instead of standard output
  --no-color                  plain text output
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 no findings at the fail level, 1 findings at or above it, 2 usage or I/O error.`;

/**
 * Standard output's terminal, asked only by a text report (the only one with colour and a width):
 * knowing costs loading node:tty, which a run writing JSON to a file has no use for.
 */
export interface Terminal {
  isTTY: () => boolean;
  /** The terminal's width, when standard output is one. */
  columns: () => number | undefined;
}

export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv, terminal: Terminal): CliSettings {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        overwrite: { type: 'string', multiple: true },
        components: { type: 'string', multiple: true },
        config: { type: 'string' },
        'kubernetes-versions': { type: 'string' },
        format: { type: 'string' },
        'fail-level': { type: 'string' },
        output: { type: 'string' },
        base: { type: 'string' },
        report: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        table: { type: 'string' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'.`);
  const failLevel = (values['fail-level'] ?? 'error') as FailLevel;
  if (!FAIL_LEVELS.includes(failLevel)) {
    throw new UsageError(`--fail-level must be one of ${FAIL_LEVELS.join(', ')}, not '${values['fail-level']}'.`);
  }
  const report = choice('--report', REPORT_MODES, values.report, 'new');
  const table = choice('--table', TABLE_MODES, values.table, 'short');
  if (values.base !== undefined && values.base.trim() === '') throw new UsageError('--base needs a git revision, e.g. origin/master or HEAD~1.');
  const settings: CliSettings = {
    files: positionals,
    overwrites: values.overwrite ?? [],
    components: values.components ?? [],
    format,
    failLevel,
    report,
    quiet: values.quiet ?? false,
    table,
    width: terminalWidth(env, format === 'text' ? terminal.columns() : undefined),
    color: values.color ?? (!values['no-color'] && env.NO_COLOR === undefined && format === 'text' && terminal.isTTY()),
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (values.config !== undefined) settings.config = values.config;
  if (values['kubernetes-versions'] !== undefined) settings.kubernetesVersions = values['kubernetes-versions'];
  if (values.output !== undefined) settings.output = values.output;
  if (values.base !== undefined) settings.base = values.base;
  return settings;
}

function choice<T extends string>(name: string, choices: readonly T[], value: string | undefined, fallback: T): T {
  if (value === undefined) return fallback;
  const found = choices.find((c) => c === value);
  if (!found) throw new UsageError(`${name} must be one of ${choices.join(', ')}, not '${value}'.`);
  return found;
}

/** COLUMNS when set, else the terminal's width, else 100; at least 40 (narrower would not be legible). */
export function terminalWidth(env: NodeJS.ProcessEnv, terminalColumns: number | undefined): number {
  const fromEnv = Number(env.COLUMNS);
  const columns = env.COLUMNS !== undefined && Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : terminalColumns;
  return columns === undefined || !Number.isInteger(columns) || columns <= 0 ? 100 : Math.min(Math.max(columns, 40), 1000);
}
