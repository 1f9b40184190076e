import type { Finding, LintConfig, LintInput, RuleLevel } from './types.js';
import { parseConstraint } from './constraint/index.js';
import { parseYaml, toPlainValue, LineIndex, type YamlNode, type YamlPair } from './yaml/index.js';
import * as precompiled from './schema/validators.generated.js';
import { didYouMean } from './reading/did-you-mean.js';
import { CONFIG_KEYS, expectedValue, RULE_LEVELS } from './schema/config-schema.js';
import { emptyRecord, recordOf } from './records.js';

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

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
  if (base.extensionVectors || overrides.extensionVectors) {
    merged.extensionVectors = recordOf([...Object.entries(base.extensionVectors ?? {}), ...Object.entries(overrides.extensionVectors ?? {})]);
  }
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const LEVELS: readonly RuleLevel[] = RULE_LEVELS;

export interface ParsedConfig {
  config: LintConfig;
  findings: Finding[];
  /** Paths of component vectors (relative to the config file's folder) that the adapter must read. */
  componentVectorPaths: Record<string, string>;
  /** Paths of extension vectors (relative to the config file's folder), by ControllerDeployment name. */
  extensionVectorPaths: Record<string, string>;
}

interface SchemaError {
  instancePath: string;
  propertyName?: string;
  keyword: string;
  params: Record<string, unknown>;
}
/**
 * The configuration schema's validator (schema/config-schema.ts with the
 * product's rule ids), precompiled at build time like the schema rule's
 * (scripts/generate-validators.mjs): the exact schema the build ships.
 */
const validateConfig = (precompiled as unknown as { config: ((data: unknown) => boolean) & { errors?: SchemaError[] | null } }).config;

/**
 * Reads `.imagevector-lint.yaml`:
 *
 *   rules: { version-overlap: error, legacy-version-constraint: off }
 *   architectures: [amd64, arm64]
 *   kubernetesVersions: ">= 1.30"
 *   components: [etcd-druid]
 *   componentVectors: { etcd-druid: charts/etcd-druid/images.yaml }
 *
 * The structure is checked with the JSON Schema the build ships
 * (schema/imagevector-lint.schema.json, from schema/config-schema.ts); a
 * misspelt key or rule id gets a did-you-mean at the key itself. Problems
 * become findings of the rule `config` (never exceptions).
 */
export function parseConfig(text: string, file: string, knownRules: readonly string[]): ParsedConfig {
  const config = defaultConfig();
  const findings: Finding[] = [];
  const componentVectorPaths = emptyRecord<string>();
  const extensionVectorPaths = emptyRecord<string>();
  const parsed = (): ParsedConfig => ({ config, findings, componentVectorPaths, extensionVectorPaths });
  const lines = new LineIndex(text);
  const problem = (message: string, offset = 0) => {
    const at = lines.position(offset);
    findings.push({ rule: 'config', severity: 'error', message, file, line: at.line, column: at.column });
  };
  const yaml = parseYaml(text);
  if (yaml.problem) {
    problem(`The configuration is not valid YAML: ${yaml.problem.message}.`, yaml.problem.offset);
    return parsed();
  }
  const root = yaml.documents[0] ?? null;
  const value = toPlainValue(root);
  if (value === null || value === undefined) return parsed();
  if (typeof value !== 'object' || Array.isArray(value) || root?.kind !== 'mapping') {
    problem(`The configuration must be a mapping (${CONFIG_KEYS.join(', ')}).`);
    return parsed();
  }
  const pairOf = (mapping: YamlNode | undefined, key: string): YamlPair | undefined =>
    mapping?.kind === 'mapping' ? mapping.pairs.find((p) => p.key.kind === 'scalar' && p.key.text === key) : undefined;
  const data = value as Record<string, unknown>;

  // Structure: the shipped schema decides, one finding per key at most.
  const bad = new Set<string>();
  const unknownRules = new Set<string>();
  if (!validateConfig(data)) {
    for (const error of validateConfig.errors ?? []) {
      const [key, sub] = error.instancePath.split('/').slice(1).map(unescapePointer);
      if (error.keyword === 'additionalProperties' && key === undefined) {
        const name = String((error.params as { additionalProperty: string }).additionalProperty);
        const guess = didYouMean(name, CONFIG_KEYS);
        problem(
          `Unknown configuration key \`${name}\`${guess ? `: did you mean \`${guess}\`?` : '.'} Known keys: ${CONFIG_KEYS.join(', ')}.`,
          pairOf(root, name)?.key.start,
        );
        continue;
      }
      if (key === undefined || bad.has(key)) continue;
      // A rule id the schema does not list: ajv reports the name's own error (with propertyName), then propertyNames.
      const propertyName = error.propertyName ?? (error.keyword === 'propertyNames' ? (error.params as { propertyName?: string }).propertyName : undefined);
      if (key === 'rules' && sub === undefined && propertyName !== undefined) {
        const rule = String(propertyName);
        if (unknownRules.has(rule)) continue;
        unknownRules.add(rule);
        const guess = didYouMean(rule, knownRules);
        problem(
          `Unknown rule \`${rule}\` in \`rules\`${guess ? `: did you mean \`${guess}\`?` : '.'} See docs/rules.md for the rule ids.`,
          pairOf(pairOf(root, 'rules')?.value, rule)?.key.start,
        );
        continue;
      }
      if (key === 'rules' && sub !== undefined && error.instancePath.split('/').length === 3) {
        if (error.keyword === 'enum' && knownRules.includes(sub)) {
          problem(`Rule \`${sub}\`: level must be one of ${LEVELS.join(', ')}, not ${JSON.stringify((data.rules as Record<string, unknown>)[sub])}.`, pairOf(pairOf(root, 'rules')?.value, sub)?.value.start);
        }
        continue;
      }
      if (key === 'registries' && error.keyword === 'additionalProperties' && sub === undefined) {
        const name = String((error.params as { additionalProperty: string }).additionalProperty);
        problem(`Unknown key \`registries.${name}\`; the only key is \`allowed\`.`, pairOf(pairOf(root, 'registries')?.value, name)?.key.start);
        continue;
      }
      bad.add(key);
      problem(expectedValue(key), pairOf(root, key)?.value.start);
    }
  }
  const ok = (key: string) => data[key] !== undefined && !bad.has(key);

  if (ok('rules')) {
    for (const [rule, level] of Object.entries(data.rules as Record<string, unknown>)) {
      if (!knownRules.includes(rule) || !(level === false || LEVELS.includes(level as RuleLevel))) continue;
      config.rules[rule] = level === false ? 'off' : (level as RuleLevel);
    }
  }
  if (ok('architectures')) config.architectures = data.architectures as string[];
  if (ok('kubernetesVersions')) {
    // The text as written: an unquoted `1.30` is the number 1.3 in YAML.
    const node = pairOf(root, 'kubernetesVersions')?.value;
    const range = node?.kind === 'scalar' ? node.text : String(data.kubernetesVersions);
    const constraint = parseConstraint(range);
    if (!constraint.ok) problem(`\`kubernetesVersions\` is not a valid constraint: ${constraint.error}.`, node?.start);
    else config.kubernetesVersions = range;
  }
  if (ok('components')) config.components = data.components as string[];
  // Not Object.assign: it would set the prototype for a component named `__proto__`.
  if (ok('componentVectors')) for (const [name, path] of Object.entries(data.componentVectors as Record<string, string>)) componentVectorPaths[name] = path;
  if (ok('extensionVectors')) for (const [name, path] of Object.entries(data.extensionVectors as Record<string, string>)) extensionVectorPaths[name] = path;
  if (ok('registries')) config.registries = { allowed: [...(data.registries as { allowed: string[] }).allowed] };
  if (ok('ignore')) config.ignore = (data.ignore as string[]).map((glob) => glob.trim());
  if (ok('maxFileBytes')) config.maxFileBytes = data.maxFileBytes as number;
  return parsed();
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Attaches the component vectors an adapter has read. */
export function withComponentVectors(config: LintConfig, vectors: Record<string, LintInput>): LintConfig {
  return { ...config, componentVectors: recordOf([...Object.entries(config.componentVectors), ...Object.entries(vectors)]) };
}

/** Attaches the extension vectors an adapter has read. */
export function withExtensionVectors(config: LintConfig, vectors: Record<string, LintInput>): LintConfig {
  return { ...config, extensionVectors: recordOf([...Object.entries(config.extensionVectors ?? {}), ...Object.entries(vectors)]) };
}
