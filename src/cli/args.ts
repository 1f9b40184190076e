import { parseArgs } from 'node:util';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
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
  color: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: imagevector-lint [files…] [options]

Lints Gardener image vectors and prints the resolved image table.
With no files, finds image vectors in the current directory by content.
A file named "-" is read from standard input.

Options:
  --overwrite FILE            an overwrite vector (IMAGEVECTOR_OVERWRITE); repeatable
  --components FILE           a component overwrite file (IMAGEVECTOR_OVERWRITE_COMPONENTS); repeatable
  --config FILE               configuration (default: .imagevector-lint.yaml if present)
  --kubernetes-versions RANGE Kubernetes versions the vectors must serve, e.g. ">= 1.30"
  --format FORMAT             text (default), json, markdown or sarif
  --fail-level LEVEL          exit 1 on findings at or above: error (default), warning, never
  --output FILE               write the report to FILE instead of standard output
  --no-color                  plain text output
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 no findings at the fail level, 1 findings at or above it, 2 usage or I/O error.`;

export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv, isTTY: boolean): CliSettings {
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
  const settings: CliSettings = {
    files: positionals,
    overwrites: values.overwrite ?? [],
    components: values.components ?? [],
    format,
    failLevel,
    color: values.color ?? (!values['no-color'] && isTTY && env.NO_COLOR === undefined && format === 'text'),
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (values.config !== undefined) settings.config = values.config;
  if (values['kubernetes-versions'] !== undefined) settings.kubernetesVersions = values['kubernetes-versions'];
  if (values.output !== undefined) settings.output = values.output;
  return settings;
}
