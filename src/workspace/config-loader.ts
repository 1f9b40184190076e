import * as path from 'node:path';
import { CHANGE_RULES } from '../engine/changes.js';
import { DEFAULT_MAX_FILE_BYTES, defaultConfig, parseConfig, withComponentVectors, withExtensionVectors } from '../engine/config.js';
import { ALL_RULES, CONFIG_RULE, UNUSED_SUPPRESSION_RULE } from '../engine/rules/registry.js';
import type { Finding, LintConfig, LintInput } from '../engine/types.js';
import { decodeSource } from '../engine/yaml/index.js';
import type { BaseRevision } from './base-revision.js';
import { readConfined, type ConfinedRead } from './confined-file.js';
import { toPosix } from './paths.js';

// `.imagevector-lint.yaml` and the component vectors it names, for both
// adapters. The file is the pull request's as much as any vector: the paths it
// names (componentVectors) stay inside its repository, whatever they say
// (absolute, `../`, an in-repository link to an outside file); every problem
// is a finding of the `config` rule at the file, never an exception.

/** Reads one file: `root` set, refuses what lies outside it (real paths). The disk by default; the base revision for `config-from: base`. */
export type ConfigFileReader = (absolute: string, options: { root?: string; maxBytes: number }) => Promise<ConfinedRead>;

export interface ConfigLocation {
  /** Absolute path of the configuration file. */
  file: string;
  /** The file as findings name it. */
  shown: string;
  /** Real path of the configuration's repository: component vectors must stay inside it. */
  root: string;
  /** The configuration file must lie inside `root` too (false: a file the user named on the command line). */
  confineFile: boolean;
  /** How a component vector's path appears in findings (default: relative to `root`). */
  show?: (absolute: string) => string;
  read?: ConfigFileReader;
}

export interface LoadedConfigFile {
  config: LintConfig;
  /** Problems of the file and of the vectors it names, as findings of the `config` rule. */
  findings: Finding[];
  /** The file's bytes, when it was read (to tell whether a change touched it). */
  content?: Uint8Array;
  /** The file does not exist (the adapter decides whether that is an error). */
  missing: boolean;
}

/** The largest configuration file read (its own `maxFileBytes` applies to the vectors only). */
const MAX_CONFIG_BYTES = DEFAULT_MAX_FILE_BYTES;

export function knownRuleIds(): string[] {
  return [...new Set([...ALL_RULES.map((r) => r.id), ...CHANGE_RULES.map((r) => r.id), CONFIG_RULE.id, UNUSED_SUPPRESSION_RULE.id])];
}

const diskReader: ConfigFileReader = async (absolute, options) => readConfined(absolute, options);

export async function loadConfigFile(location: ConfigLocation): Promise<LoadedConfigFile> {
  const read = location.read ?? diskReader;
  const show = location.show ?? ((absolute: string) => toPosix(path.relative(location.root, absolute)));
  const findings: Finding[] = [];
  const problem = (message: string): void => {
    findings.push({ rule: CONFIG_RULE.id, severity: 'error', message, file: location.shown, line: 1, column: 1 });
  };

  const file = await read(location.file, { root: location.confineFile ? location.root : undefined, maxBytes: MAX_CONFIG_BYTES });
  if (!file.ok) {
    if (file.refusal === 'missing') return { config: defaultConfig(), findings, missing: true };
    problem(`Cannot read the configuration: ${file.message}. The defaults apply until it is fixed.`);
    return { config: defaultConfig(), findings, missing: false };
  }
  const content = file.content;
  const decoded = decodeSource(content, MAX_CONFIG_BYTES);
  if (!decoded.ok) {
    problem(`Cannot read the configuration: ${decoded.problem}. The defaults apply until it is fixed.`);
    return { config: defaultConfig(), findings, content, missing: false };
  }
  const parsed = parseConfig(decoded.text, location.shown, knownRuleIds());
  findings.push(...parsed.findings);
  let config = parsed.config;

  // The vectors the configuration names, each read confined to the repository.
  const readVectors = async (key: string, paths: Record<string, string>): Promise<Record<string, LintInput>> => {
    const vectors: Record<string, LintInput> = Object.create(null) as Record<string, LintInput>;
    for (const [name, relative] of Object.entries(paths)) {
      const absolute = path.resolve(path.dirname(location.file), relative);
      const vector = await read(absolute, { root: location.root, maxBytes: config.maxFileBytes });
      if (vector.ok) {
        vectors[name] = { path: show(absolute), kind: 'base', content: vector.content };
      } else if (vector.refusal === 'missing') {
        problem(`${key}.${name}: ${relative} is not a file in the repository.`);
      } else {
        problem(`${key}.${name}: cannot read ${relative}: ${vector.message}.`);
      }
    }
    return vectors;
  };
  config = withComponentVectors(config, await readVectors('componentVectors', parsed.componentVectorPaths));
  const extensions = await readVectors('extensionVectors', parsed.extensionVectorPaths);
  if (Object.keys(extensions).length > 0) config = withExtensionVectors(config, extensions);
  return { config, findings, content, missing: false };
}

/**
 * Reads the configuration and its component vectors from the base commit
 * (`config-from: base`): what the pull request changes does not decide the
 * check. A symbolic link at the base is never followed.
 */
export function revisionConfigReader(revision: BaseRevision, root: string): ConfigFileReader {
  return async (absolute, options) => {
    const rel = path.relative(root, absolute);
    if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
      return { ok: false, refusal: 'outside', message: 'it points outside the repository; the linter reads only files inside the repository' };
    }
    const file = toPosix(rel);
    if (revision.isSymlink(file)) {
      return { ok: false, refusal: 'outside', message: 'at the base commit it is a symbolic link, which the linter does not follow' };
    }
    let content: Uint8Array | undefined;
    try {
      content = await revision.read(file);
    } catch (error) {
      return { ok: false, refusal: 'error', message: (error as Error).message };
    }
    if (!content) return { ok: false, refusal: 'missing', message: 'no such file at the base commit' };
    if (content.byteLength > options.maxBytes) {
      return { ok: false, refusal: 'too-large', message: `file is larger than the limit of ${options.maxBytes} bytes at the base commit` };
    }
    return { ok: true, content, regular: true };
  };
}

