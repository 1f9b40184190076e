import type { ResolvedChange } from '../engine/changes.js';
import type { Finding, LintResult, Severity, VectorKind, VersionInterval } from '../engine/types.js';
import { neutralizeWorkflowCommands } from './workflow-commands.js';

/**
 * The JSON report (`--format json`). Stable: fields are only ever added, and `version` changes
 * when anything is removed or changes meaning.
 *
 * ```
 * {
 *   "version": 1,
 *   "findings": [                         // sorted by file, line, column, rule (then severity, message)
 *     {
 *       "rule": "version-gap",            // rule id
 *       "severity": "error",              // "error" | "warning" | "notice"
 *       "file": "imagevector/images.yaml",// path as given to the linter
 *       "line": 12, "column": 5,          // 1-based
 *       "endLine": 12, "endColumn": 30,   // optional, 1-based
 *       "message": "…",
 *       "new": true                       // only when compared with a base commit: true when
 *                                         // the change introduced it, false when the base had it
 *     }
 *   ],
 *   "changes": [                          // only when compared with a base commit: what the
 *     {                                   // change does to the resolved image table
 *       "kind": "changed",                // "changed" | "added" | "removed"
 *       "wholeImage": false,              // added/removed: the image did not exist on the other side
 *       "image": "etcd", "architecture": "amd64",   // "component": "…" for component overwrites
 *       "runtimeVersion": [...], "targetVersion": [...],
 *       "before": "…:v3.5.9", "after": "…:v3.5.10", // image strings at the base and at the head
 *       "source": { "file": "…", "line": 3, "column": 3, "kind": "base" }
 *     }
 *   ],
 *   "resolved": [                         // the resolved image table, in the engine's order
 *     {
 *       "image": "etcd",                  // image name
 *       "architecture": "amd64",
 *       "runtimeVersion": [{ "lo": "1.27.0", "hi": "1.30.0" }],  // half-open [lo, hi); hi null = unbounded
 *       "targetVersion": [{ "lo": "0.0.0", "hi": null }],        // [0.0.0, null) = any version
 *       "imageString": "europe-docker.pkg.dev/…/etcd:v3.5.9",    // what Gardener deploys
 *       "source": {
 *         "file": "imagevector/images.yaml", "line": 3, "column": 3,
 *         "kind": "base",                 // "base" | "overwrite" | "components"
 *         "component": "etcd-druid"       // only for entries of a component overwrite
 *       },
 *       "disallowedRegistry": true        // only with registries.allowed, for an image from elsewhere
 *     }
 *   ],
 *   "files": [                            // every input file, in input order
 *     { "path": "imagevector/images.yaml", "kind": "base", "entries": 42,
 *       "skipped": "…" }                  // only when the file was not analysed, and why
 *   ],
 *   "summary": { "errors": 1, "warnings": 0, "notices": 2 }
 * }
 * ```
 */
export interface JsonReport {
  version: 1;
  findings: JsonFinding[];
  resolved: JsonResolvedRow[];
  files: JsonFile[];
  summary: Summary;
  changes?: JsonChange[];
}

export interface JsonChange {
  kind: 'changed' | 'added' | 'removed';
  wholeImage: boolean;
  image: string;
  architecture: string;
  component?: string;
  runtimeVersion: VersionInterval[];
  targetVersion: VersionInterval[];
  before?: string;
  after?: string;
  source: JsonResolvedRow['source'];
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  new?: boolean;
}

export interface JsonResolvedRow {
  image: string;
  architecture: string;
  runtimeVersion: VersionInterval[];
  targetVersion: VersionInterval[];
  imageString: string;
  source: { file: string; line: number; column: number; kind: VectorKind; component?: string };
  /** Only when `registries.allowed` is configured and the image comes from elsewhere. */
  disallowedRegistry?: true;
}

export interface JsonFile {
  path: string;
  kind: VectorKind;
  entries: number;
  skipped?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  notices: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, notices: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
    else summary.notices++;
  }
  return summary;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** File, line, column, rule, then severity and message, so that the order is total. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareStrings(a.message, b.message)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** The full range [0.0.0, ∞): the entry does not constrain this version. */
export function isAnyVersion(intervals: readonly VersionInterval[]): boolean {
  return intervals.length === 1 && intervals[0]?.lo === '0.0.0' && intervals[0].hi === null;
}

export function toJsonReport(result: LintResult, options: JsonReportOptions = {}): JsonReport {
  const report: JsonReport = {
    version: 1,
    findings: sortFindings(result.findings).map(jsonFinding),
    resolved: result.resolved.map(jsonRow),
    files: result.files.map(jsonFile),
    summary: summarize(result.findings),
  };
  if (options.changes) report.changes = options.changes.map(jsonChange);
  return report;
}

function jsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
    ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
    message: f.message,
    ...(f.new !== undefined ? { new: f.new } : {}),
  };
}

function jsonRow(row: LintResult['resolved'][number]): JsonResolvedRow {
  const source: JsonResolvedRow['source'] = {
    file: row.source.file,
    line: row.source.line,
    column: row.source.column,
    kind: row.source.kind,
  };
  if (row.source.component !== undefined) source.component = row.source.component;
  const out: JsonResolvedRow = {
    image: row.image,
    architecture: row.architecture,
    runtimeVersion: row.runtimeVersion.map(({ lo, hi }) => ({ lo, hi })),
    targetVersion: row.targetVersion.map(({ lo, hi }) => ({ lo, hi })),
    imageString: row.imageString,
    source,
  };
  if (row.disallowedRegistry) out.disallowedRegistry = true;
  return out;
}

function jsonFile(file: LintResult['files'][number]): JsonFile {
  const out: JsonFile = { path: file.path, kind: file.kind, entries: file.entries };
  if (file.skipped !== undefined) out.skipped = file.skipped;
  return out;
}

function jsonChange(c: ResolvedChange): JsonChange {
  const out: JsonChange = {
    kind: c.kind,
    wholeImage: c.wholeImage,
    image: c.image,
    architecture: c.architecture,
    runtimeVersion: c.runtimeVersion.map(({ lo, hi }) => ({ lo, hi })),
    targetVersion: c.targetVersion.map(({ lo, hi }) => ({ lo, hi })),
    source: {
      file: c.source.file,
      line: c.source.line,
      column: c.source.column,
      kind: c.source.kind,
      ...(c.source.component !== undefined ? { component: c.source.component } : {}),
    },
  };
  if (c.component !== undefined) out.component = c.component;
  if (c.before !== undefined) out.before = c.before;
  if (c.after !== undefined) out.after = c.after;
  return out;
}

export interface JsonReportOptions {
  /** The comparison with a base commit, when there was one: becomes `changes`. */
  changes?: readonly ResolvedChange[];
}

/**
 * The JSON report, pretty-printed (2 spaces), without a final newline (as JSON.stringify).
 * `##[` in a string is written `\u0023#[` (the same string to a parser, no workflow command
 * to the runner when the report is printed).
 */
export function formatJson(result: LintResult, options: JsonReportOptions = {}): string {
  let out = '';
  for (const chunk of formatJsonChunks(result, options)) out += chunk;
  return out;
}

/** Elements per chunk of formatJsonChunks. */
const ELEMENTS_PER_CHUNK = 1000;

/**
 * formatJson's text in pieces, for writing a report of any size (one string
 * holds at most 2^29 characters, and a whole report in memory is several
 * times the size of the results): the same bytes, produced as JSON.stringify
 * with 2-space indentation lays them out, a few hundred elements at a time.
 * Each piece is whole lines, so neutralising it alone is neutralising it in
 * the report.
 */
export function* formatJsonChunks(result: LintResult, options: JsonReportOptions = {}): Generator<string> {
  const fields: Array<[string, unknown]> = [
    ['version', 1],
    ['findings', { items: sortFindings(result.findings), map: jsonFinding }],
    ['resolved', { items: result.resolved, map: jsonRow }],
    ['files', { items: result.files, map: jsonFile }],
    ['summary', summarize(result.findings)],
  ];
  if (options.changes) fields.push(['changes', { items: options.changes, map: jsonChange }]);
  let head = '{\n';
  for (let f = 0; f < fields.length; f++) {
    const [key, value] = fields[f]!;
    const comma = f < fields.length - 1 ? ',' : '';
    head += `  ${JSON.stringify(key)}: `;
    if (!isList(value)) {
      head += `${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
      continue;
    }
    if (value.items.length === 0) {
      head += `[]${comma}\n`;
      continue;
    }
    yield neutralizeWorkflowCommands(`${head}[\n`);
    head = '';
    for (let i = 0; i < value.items.length; i += ELEMENTS_PER_CHUNK) {
      let chunk = '';
      const end = Math.min(value.items.length, i + ELEMENTS_PER_CHUNK);
      for (let j = i; j < end; j++) {
        chunk += `    ${indent(JSON.stringify((value.map as (item: unknown) => unknown)(value.items[j]), null, 2), '    ')}${j < value.items.length - 1 ? ',' : ''}\n`;
      }
      yield neutralizeWorkflowCommands(chunk);
    }
    head = `  ]${comma}\n`;
  }
  yield neutralizeWorkflowCommands(`${head}}`);
}

interface List {
  items: readonly unknown[];
  map: (item: never) => unknown;
}

function isList(value: unknown): value is List {
  return typeof value === 'object' && value !== null && 'items' in value && 'map' in value;
}

/** JSON.stringify's output nested one level deeper: its text holds no raw line break but its own. */
function indent(json: string, by: string): string {
  return json.includes('\n') ? json.split('\n').join(`\n${by}`) : json;
}
