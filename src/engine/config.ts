import type { Finding, LintConfig, LintInput, RuleLevel } from './types.js';
import { parseConstraint } from './constraint/index.js';
import { parseYaml, toPlainValue, LineIndex } from './yaml/index.js';
import { emptyRecord, recordOf } from './records.js';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export function defaultConfig(): LintConfig {
  return {
    // Keyed by names from the configuration file: no prototype (see records.ts).
    rules: emptyRecord(),
    architectures: ['amd64', 'arm64'],
    components: [],
    componentVectors: emptyRecord(),
    ignore: [],
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  };
}

/** Later values win; rule levels are combined key by key. */
export function mergeConfig(base: LintConfig, overrides: Partial<LintConfig>): LintConfig {
  const merged: LintConfig = { ...base, ...stripUndefined(overrides) };
  merged.rules = recordOf([...Object.entries(base.rules), ...Object.entries(overrides.rules ?? {})]);
  merged.componentVectors = recordOf([...Object.entries(base.componentVectors), ...Object.entries(overrides.componentVectors ?? {})]);
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const LEVELS: readonly RuleLevel[] = ['error', 'warning', 'notice', 'off'];
const KNOWN_KEYS = ['rules', 'architectures', 'kubernetesVersions', 'components', 'componentVectors', 'registries', 'ignore', 'maxFileBytes'];

export interface ParsedConfig {
  config: LintConfig;
  findings: Finding[];
  /** Paths of component vectors (relative to the config file's folder) that the adapter must read. */
  componentVectorPaths: Record<string, string>;
}

/**
 * Reads `.imagevector-lint.yaml`:
 *
 *   rules: { version-overlap: error, legacy-version-constraint: off }
 *   architectures: [amd64, arm64]
 *   kubernetesVersions: ">= 1.30"
 *   components: [etcd-druid]
 *   componentVectors: { etcd-druid: charts/etcd-druid/images.yaml }
 *
 * Problems become findings of the rule `config` (never exceptions).
 */
export function parseConfig(text: string, file: string, knownRules: readonly string[]): ParsedConfig {
  const config = defaultConfig();
  const findings: Finding[] = [];
  const componentVectorPaths = emptyRecord<string>();
  const lines = new LineIndex(text);
  const problem = (message: string, offset = 0) => {
    const at = lines.position(offset);
    findings.push({ rule: 'config', severity: 'error', message, file, line: at.line, column: at.column });
  };
  const yaml = parseYaml(text);
  if (yaml.problem) {
    problem(`The configuration is not valid YAML: ${yaml.problem.message}.`, yaml.problem.offset);
    return { config, findings, componentVectorPaths };
  }
  const root = yaml.documents[0] ?? null;
  const value = toPlainValue(root);
  if (value === null || value === undefined) return { config, findings, componentVectorPaths };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problem('The configuration must be a mapping (rules, architectures, kubernetesVersions, components, componentVectors).');
    return { config, findings, componentVectorPaths };
  }
  const offsetOf = (key: string): number => {
    if (root?.kind !== 'mapping') return 0;
    const pair = root.pairs.find((p) => p.key.kind === 'scalar' && p.key.text === key);
    return pair ? pair.value.start : 0;
  };
  const data = value as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.includes(key)) problem(`Unknown configuration key \`${key}\`; known keys: ${KNOWN_KEYS.join(', ')}.`, offsetOf(key));
  }
  if (data.rules !== undefined) {
    if (!isRecord(data.rules)) problem('`rules` must map rule ids to error, warning, notice or off.', offsetOf('rules'));
    else {
      for (const [rule, level] of Object.entries(data.rules)) {
        if (!knownRules.includes(rule)) {
          problem(`Unknown rule \`${rule}\` in \`rules\`; see docs/rules.md for the rule ids.`, offsetOf('rules'));
        } else if (level === false) {
          // YAML 1.1 (Gardener's dialect) reads an unquoted `off` as false.
          config.rules[rule] = 'off';
        } else if (typeof level !== 'string' || !LEVELS.includes(level as RuleLevel)) {
          problem(`Rule \`${rule}\`: level must be one of ${LEVELS.join(', ')}, not ${JSON.stringify(level)}.`, offsetOf('rules'));
        } else config.rules[rule] = level as RuleLevel;
      }
    }
  }
  if (data.architectures !== undefined) {
    if (!isStringList(data.architectures) || data.architectures.length === 0) {
      problem('`architectures` must be a non-empty list of names, e.g. [amd64, arm64].', offsetOf('architectures'));
    } else config.architectures = data.architectures;
  }
  if (data.kubernetesVersions !== undefined) {
    // The text as written: an unquoted `1.30` is the number 1.3 in YAML.
    const node = root?.kind === 'mapping' ? root.pairs.find((p) => p.key.kind === 'scalar' && p.key.text === 'kubernetesVersions')?.value : undefined;
    const range = node?.kind === 'scalar' ? node.text : String(data.kubernetesVersions);
    const parsed = parseConstraint(range);
    if (!parsed.ok) problem(`\`kubernetesVersions\` is not a valid constraint: ${parsed.error}.`, offsetOf('kubernetesVersions'));
    else config.kubernetesVersions = range;
  }
  if (data.components !== undefined) {
    if (!isStringList(data.components)) problem('`components` must be a list of component names.', offsetOf('components'));
    else config.components = data.components;
  }
  if (data.componentVectors !== undefined) {
    if (!isRecord(data.componentVectors) || !Object.values(data.componentVectors).every((v) => typeof v === 'string')) {
      problem('`componentVectors` must map component names to image vector paths.', offsetOf('componentVectors'));
    } else {
      // Not Object.assign: it would set the prototype for a component named `__proto__`.
      for (const [component, file] of Object.entries(data.componentVectors)) componentVectorPaths[component] = file as string;
    }
  }
  if (data.registries !== undefined) {
    const registries = data.registries;
    const allowed = isRecord(registries) ? registries.allowed : undefined;
    if (!isRecord(registries) || !isStringList(allowed) || allowed.length === 0 || allowed.some((a) => a.trim() === '')) {
      problem('`registries` must be a mapping with `allowed`: a non-empty list of registry hosts or host/path prefixes, e.g. { allowed: [registry.example.com/mirror] }.', offsetOf('registries'));
    } else {
      for (const key of Object.keys(registries)) {
        if (key !== 'allowed') problem(`Unknown key \`registries.${key}\`; the only key is \`allowed\`.`, offsetOf('registries'));
      }
      config.registries = { allowed: [...allowed] };
    }
  }
  if (data.ignore !== undefined) {
    const globs = data.ignore;
    if (!isStringList(globs) || globs.some((g) => g.trim() === '')) {
      problem('`ignore` must be a list of globs of files not to lint, relative to this file, e.g. [dev-setup/**, "**/testdata/**"].', offsetOf('ignore'));
    } else {
      const outside = globs.find((g) => g.startsWith('/') || g.startsWith('!') || g.split('/').includes('..'));
      if (outside !== undefined) {
        problem(`\`ignore\`: '${outside}' must be a glob relative to this file's folder, without a leading / or !, and without '..'.`, offsetOf('ignore'));
      } else config.ignore = globs.map((g) => g.trim());
    }
  }
  if (data.maxFileBytes !== undefined) {
    if (typeof data.maxFileBytes !== 'number' || !(data.maxFileBytes > 0)) {
      problem('`maxFileBytes` must be a positive number of bytes.', offsetOf('maxFileBytes'));
    } else config.maxFileBytes = data.maxFileBytes;
  }
  return { config, findings, componentVectorPaths };
}

/** Attaches the component vectors an adapter has read. */
export function withComponentVectors(config: LintConfig, vectors: Record<string, LintInput>): LintConfig {
  return { ...config, componentVectors: recordOf([...Object.entries(config.componentVectors), ...Object.entries(vectors)]) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
