import nodeModule from 'node:module';

// node:crypto is loaded only for a SARIF report (the other formats never hash).
// (nodeModule.createRequire, not a named import: the bundler would rewrite that call away.)
let crypto: typeof import('node:crypto') | undefined;
const createHash = (algorithm: string) => (crypto ??= nodeModule.createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
import { isAbsolute, relative, sep } from 'node:path';
import type { Finding, LintResult, Severity } from '../engine/types.js';
import { normalizeMessageForFingerprint } from '../engine/baseline.js';
import { sortFindings } from './json.js';
import { neutralizeWorkflowCommands } from './workflow-commands.js';

// SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif).
//
// What GitHub reads (docs.github.com, "SARIF support for code scanning"): `version` 2.1.0 and
// `runs`; per run `tool.driver.name` (+ version, informationUri, rules); per rule `id`,
// `shortDescription.text`, `fullDescription.text`, `help`, `helpUri`,
// `defaultConfiguration.level`; per result `ruleId`, `ruleIndex`, `level`, `message.text`,
// `locations[0].physicalLocation.artifactLocation.uri` (relative to the repository root,
// `uriBaseId` "%SRCROOT%") with `region.startLine` (startColumn/endLine/endColumn optional),
// and `partialFingerprints`. GitHub's limits: 20 runs per file, 25 000 results per run (only
// 5 000 shown), 25 000 rules per run, 1 000 locations per result, 10 MB gzip-compressed upload.
// One finding gives one result with one location, so only the result count could ever matter.
//
// Fingerprints. GitHub matches results of successive uploads by `partialFingerprints`; the
// upload action computes `primaryLocationLineHash` from the source line only when the SARIF
// file has none. A finding of this linter is about an entry, not about the text of one line,
// so we set `primaryLocationLineHash` ourselves: sha256 over rule id, file and the message with
// line and column numbers blanked, then ":" and an occurrence counter for identical ones
// (the same scheme as CodeQL's `<hash>:<n>`). Moving an entry, or editing lines above it, keeps
// the alert; changing what is wrong (another version, another image) makes a new one.

export interface SarifRuleInfo {
  id: string;
  /** `error`, `warning`, `notice` or `off` (the rule's configured or default severity). */
  severity: string;
  description: string;
  helpUri: string;
}

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
  rules: SarifRuleInfo[];
}

export interface SarifOptions {
  /** Absolute file paths under this directory (the repository root) are made relative to it. */
  root?: string;
}

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

function ruleLevel(severity: string): { level: SarifLevel; enabled?: false } {
  if (severity === 'error' || severity === 'warning') return { level: severity };
  if (severity === 'notice' || severity === 'note') return { level: 'note' };
  if (severity === 'off' || severity === 'none') return { level: 'none', enabled: false };
  return { level: 'warning' };
}

/**
 * A relative URI with forward slashes (each segment percent-encoded) when the path is relative
 * or under `root`; otherwise a `file://` URI. `uriBaseId` is set only for relative ones.
 */
export function artifactLocation(file: string, root?: string): { uri: string; uriBaseId?: string } {
  let path = file;
  if (isAbsolute(path) && root !== undefined) {
    const rel = relative(root, path);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) path = rel.split(sep).join('/');
  }
  path = path.replace(/\\/g, '/');
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  if (isAbsolute(path) || /^[A-Za-z]:\//.test(path)) {
    const abs = path.startsWith('/') ? path : `/${path}`;
    return { uri: `file://${encode(abs)}` };
  }
  while (path.startsWith('./')) path = path.slice(2);
  return { uri: encode(path), uriBaseId: SRCROOT };
}

export { normalizeMessageForFingerprint };

function fingerprintKey(finding: Finding, uri: string): string {
  return [finding.rule, uri, normalizeMessageForFingerprint(finding.message)].join('\u0000');
}

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

function region(finding: Finding): SarifRegion {
  const out: SarifRegion = { startLine: Math.max(1, finding.line) };
  if (finding.column >= 1) out.startColumn = finding.column;
  if (finding.endLine !== undefined && finding.endLine >= out.startLine) out.endLine = finding.endLine;
  if (finding.endColumn !== undefined && finding.endColumn >= 1) out.endColumn = finding.endColumn;
  return out;
}

export function toSarif(result: LintResult, tool: SarifTool, options: SarifOptions = {}): object {
  // Rules: the tool's, in its order, then any rule a finding names that the tool did not list.
  const rules = tool.rules.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description}\n\n${rule.helpUri}`, markdown: `${rule.description}\n\n[Documentation](${rule.helpUri})` },
    helpUri: rule.helpUri,
    defaultConfiguration: ruleLevel(rule.severity),
  }));
  const index = new Map<string, number>();
  rules.forEach((rule, i) => {
    if (!index.has(rule.id)) index.set(rule.id, i);
  });
  const findings = sortFindings(result.findings);
  for (const id of [...new Set(findings.map((f) => f.rule))].sort()) {
    if (index.has(id)) continue;
    index.set(id, rules.length);
    rules.push({
      id,
      name: id,
      shortDescription: { text: id },
      fullDescription: { text: id },
      help: { text: tool.informationUri, markdown: `[Documentation](${tool.informationUri})` },
      helpUri: tool.informationUri,
      defaultConfiguration: { level: 'warning' },
    });
  }

  const occurrences = new Map<string, number>();
  const results = findings.map((finding) => {
    const location = artifactLocation(finding.file, options.root);
    const key = fingerprintKey(finding, location.uri);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    const hash = createHash('sha256').update(key).digest('hex');
    return {
      ruleId: finding.rule,
      ruleIndex: index.get(finding.rule) as number,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(finding) } }],
      partialFingerprints: { primaryLocationLineHash: `${hash}:${occurrence}` },
      // Compared with a base commit: whether the change introduced the result.
      ...(finding.new !== undefined ? { baselineState: finding.new ? 'new' : 'unchanged' } : {}),
    };
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(SEMVER.test(tool.version) ? { semanticVersion: tool.version } : {}),
            informationUri: tool.informationUri,
            rules,
          },
        },
        results,
      },
    ],
  };
}

/** The SARIF log, pretty-printed (2 spaces), without a final newline; `##[` written `\u0023#[` (see formatJson). */
export function formatSarif(result: LintResult, tool: SarifTool, options: SarifOptions = {}): string {
  return neutralizeWorkflowCommands(JSON.stringify(toSarif(result, tool, options), null, 2));
}
