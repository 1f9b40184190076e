import type { ResolvedChange } from '../engine/changes.js';
import type { Finding, LintResult, ResolvedRow, Severity, VectorKind, VersionInterval } from '../engine/types.js';
import { neutralizeWorkflowCommands } from './workflow-commands.js';

/**
 * The JSON report (`--format json`). Stable: fields are only ever added, and `version` changes
 * when anything is removed or changes meaning. The keys come in the order the report is written
 * while the run goes (the rows as each cluster of files is linted, what needs every file last):
 * a JSON reader does not depend on it.
 *
 * ```
 * {
 *   "version": 1,
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
 *   "summary": { "errors": 1, "warnings": 0, "notices": 2 },
 *   "changes": [                          // only when compared with a base commit: what the
 *     {                                   // change does to the resolved image table
 *       "kind": "changed",                // "changed" | "added" | "removed"
 *       "wholeImage": false,              // added/removed: the image did not exist on the other side
 *       "image": "etcd", "architecture": "amd64",   // "component": "…" for component overwrites
 *       "runtimeVersion": [...], "targetVersion": [...],
 *       "before": "…:v3.5.9", "after": "…:v3.5.10", // image strings at the base and at the head
 *       "source": { "file": "…", "line": 3, "column": 3, "kind": "base" }
 *     }
 *   ]
 * }
 * ```
 */
export interface JsonReport {
  version: 1;
  resolved: JsonResolvedRow[];
  files: JsonFile[];
  findings: JsonFinding[];
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
  // The order the report is written in (see JsonReportStream): the rows as the run gives them, what needs every file last.
  const report: JsonReport = {
    version: 1,
    resolved: result.resolved.map(jsonRow),
    files: result.files.map(jsonFile),
    findings: sortFindings(result.findings).map(jsonFinding),
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

/** What the rows of one winning entry share in their text (the engine's rows of an entry share their source object). */
interface EntryText {
  image: string;
  imageString: string;
  file: string;
  line: number;
  column: number;
  kind: string;
  component: string | undefined;
  /** `    {\n      "image": …,\n      "architecture": ` */
  head: string;
  /** `,\n      "imageString": …,\n      "source": {…}` (without the closing brace of the row) */
  tail: string;
}

/**
 * The texts of the last few sources written (no WeakMap: tens of thousands of
 * ephemeron keys cost the garbage collector more than the text saves): the
 * rows of an entry come close together, one per architecture and region.
 */
const RECENT = 8;
const recentSources: (object | undefined)[] = new Array(RECENT).fill(undefined);
const recentTexts: (EntryText | undefined)[] = new Array(RECENT).fill(undefined);
let recentNext = 0;

const ANY_VERSION_TEXT = '[\n        {\n          "lo": "0.0.0",\n          "hi": null\n        }\n      ]';

/**
 * `jsonRow(row)` as an element of the resolved list (JSON.stringify with 2
 * spaces, 4 spaces in), neutralised (see workflow-commands.ts), written
 * directly: no intermediate object, and what the rows of one entry share
 * (image, image string, source) written once per entry. Anything unusual (a
 * value JSON.stringify would write otherwise) goes through JSON.stringify
 * itself.
 *
 * Each string is neutralised alone, which is the same as neutralising the
 * row: both patterns run over spaces and ignorable characters only, and a
 * string's quotes are neither, so no match crosses a quote (the keys and
 * the punctuation between the strings hold no ':' followed by ':' and no '#').
 */
export function rowText(row: ResolvedRow): string {
  const source = row.source;
  const runtime = intervalsText(row.runtimeVersion);
  const target = intervalsText(row.targetVersion);
  if (typeof source !== 'object' || source === null || runtime === undefined || target === undefined || typeof row.architecture !== 'string') return generalRowText(row);
  let at = recentSources.indexOf(source);
  let shared = at < 0 ? undefined : recentTexts[at];
  if (
    shared === undefined ||
    shared.image !== row.image ||
    shared.imageString !== row.imageString ||
    shared.file !== source.file ||
    shared.line !== source.line ||
    shared.column !== source.column ||
    shared.kind !== source.kind ||
    shared.component !== source.component
  ) {
    shared = entryText(row);
    if (shared === undefined) return generalRowText(row);
    if (at < 0) {
      at = recentNext;
      recentNext = (recentNext + 1) % RECENT;
      recentSources[at] = source;
    }
    recentTexts[at] = shared;
  }
  return `${shared.head}${architectureText(row.architecture)},\n      "runtimeVersion": ${runtime},\n      "targetVersion": ${target}${shared.tail}${row.disallowedRegistry ? ',\n      "disallowedRegistry": true\n    }' : '\n    }'}`;
}

function generalRowText(row: ResolvedRow): string {
  return neutralizeWorkflowCommands(elements([jsonRow(row)]));
}

// The last two architectures' texts (the rows of an image alternate between a few: amd64 and arm64 nearly always).
let architectureA = '';
let architectureAText = '""';
let architectureB = '';
let architectureBText = '""';

function architectureText(architecture: string): string {
  if (architecture === architectureA) return architectureAText;
  if (architecture === architectureB) return architectureBText;
  architectureB = architectureA;
  architectureBText = architectureAText;
  architectureA = architecture;
  return (architectureAText = stringText(architecture));
}

// The last file's text (the entries of a file come together).
let lastFile = '';
let lastFileText = '""';

function fileText(file: string): string {
  if (file !== lastFile) {
    lastFileText = stringText(file);
    lastFile = file;
  }
  return lastFileText;
}

/** What JSON.stringify escapes (quote, backslash, controls) or checks (surrogates, which it escapes when alone). */
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it, neutralised (quoted as it is when nothing needs escaping: several times faster). */
function stringText(value: string): string {
  return neutralizeWorkflowCommands(NEEDS_ESCAPING.test(value) ? JSON.stringify(value) : `"${value}"`);
}

function entryText(row: ResolvedRow): EntryText | undefined {
  const { file, line, column, kind, component } = row.source;
  if (typeof row.image !== 'string' || typeof row.imageString !== 'string' || typeof file !== 'string' || typeof kind !== 'string') return undefined;
  // A finite number's text is JSON.stringify's (-0 included: both write 0).
  if (!Number.isFinite(line) || !Number.isFinite(column) || (component !== undefined && typeof component !== 'string')) return undefined;
  return {
    image: row.image,
    imageString: row.imageString,
    file,
    line,
    column,
    kind,
    component,
    head: `    {\n      "image": ${stringText(row.image)},\n      "architecture": `,
    tail:
      `,\n      "imageString": ${stringText(row.imageString)},\n      "source": {\n        "file": ${fileText(file)},\n        "line": ${line},` +
      `\n        "column": ${column},\n        "kind": ${stringText(kind)}${component === undefined ? '' : `,\n        "component": ${stringText(component)}`}\n      }`,
  };
}

/** A row's version list as JSON.stringify writes it 6 spaces in; undefined for anything but strings and null. */
function intervalsText(intervals: readonly VersionInterval[]): string | undefined {
  if (!Array.isArray(intervals)) return undefined;
  if (intervals.length === 0) return '[]';
  if (intervals.length === 1) {
    const { lo, hi } = intervals[0]!;
    if (lo === '0.0.0' && hi === null) return ANY_VERSION_TEXT;
  }
  let text = '[';
  for (let i = 0; i < intervals.length; i++) {
    const { lo, hi } = intervals[i]!;
    if (typeof lo !== 'string' || (hi !== null && typeof hi !== 'string')) return undefined;
    text += `${i === 0 ? '' : ','}\n        {\n          "lo": ${stringText(lo)},\n          "hi": ${hi === null ? 'null' : stringText(hi)}\n        }`;
  }
  return `${text}\n      ]`;
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

/** Elements per piece of the report. */
const ELEMENTS_PER_CHUNK = 1000;

/**
 * formatJson's text in pieces, for writing a report of any size (one string
 * holds at most 2^29 characters, and a whole report in memory is several
 * times the size of the results): the same bytes as JSON.stringify with
 * 2-space indentation, a thousand elements at a time.
 */
export function* formatJsonChunks(result: LintResult, options: JsonReportOptions = {}): Generator<string> {
  const pieces: string[] = [];
  const stream = new JsonReportStream((text) => pieces.push(text));
  for (let i = 0; i < result.resolved.length; i += ELEMENTS_PER_CHUNK) {
    stream.rows(result.resolved.slice(i, i + ELEMENTS_PER_CHUNK));
    yield* pieces.splice(0);
  }
  for (const piece of stream.endPieces(result, options)) yield piece;
}

/**
 * The JSON report written as the run goes: the resolved rows as each cluster
 * of files gives them (a run that writes them holds none), then, once every
 * file is linted, the files, the findings (sorted) and the summary. That is
 * why the resolved table comes before the findings in the report. Each piece
 * is whole lines, neutralised alone (the same as neutralising the report).
 */
export class JsonReportStream {
  private opened = false;

  constructor(private readonly write: (text: string) => void) {}

  /** Rows of the resolved table, in its order. */
  rows(rows: readonly ResolvedRow[]): void {
    for (let i = 0; i < rows.length; i += ELEMENTS_PER_CHUNK) {
      // Each row's text is neutralised already (see rowText); what joins them holds no ':' or '#'.
      let text = this.opened ? ',\n' : '{\n  "version": 1,\n  "resolved": [\n';
      const end = Math.min(rows.length, i + ELEMENTS_PER_CHUNK);
      for (let j = i; j < end; j++) text += j === i ? rowText(rows[j]!) : `,\n${rowText(rows[j]!)}`;
      this.write(text);
      this.opened = true;
    }
  }

  /** The rest of the report (the rows of `result.resolved` too, if any were not written yet). */
  end(result: Omit<LintResult, 'resolved'> & { resolved?: readonly ResolvedRow[] }, options: JsonReportOptions = {}): void {
    for (const piece of this.endPieces(result, options)) this.write(piece);
  }

  *endPieces(result: Omit<LintResult, 'resolved'> & { resolved?: readonly ResolvedRow[] }, options: JsonReportOptions): Generator<string> {
    if (result.resolved && result.resolved.length > 0) this.rows(result.resolved);
    yield neutralizeWorkflowCommands(this.opened ? '\n  ],\n' : '{\n  "version": 1,\n  "resolved": [],\n');
    this.opened = true;
    yield* list('files', result.files, jsonFile, false);
    yield* list('findings', sortFindings(result.findings), jsonFinding, false);
    const tail: Record<string, unknown> = { summary: summarize(result.findings) };
    if (options.changes) tail.changes = options.changes.map(jsonChange);
    // Nested one level in the report: JSON.stringify of an object with those keys, without its braces.
    const text = JSON.stringify(tail, null, 2);
    yield neutralizeWorkflowCommands(`${text.slice(2, -2)}\n}`);
  }
}

/** `"key": [ … ]` one level into the report, a thousand elements a piece. */
function* list<T>(key: string, items: readonly T[], map: (item: T) => unknown, last: boolean): Generator<string> {
  const comma = last ? '' : ',';
  if (items.length === 0) {
    yield `  ${JSON.stringify(key)}: []${comma}\n`;
    return;
  }
  let head = `  ${JSON.stringify(key)}: [\n`;
  for (let i = 0; i < items.length; i += ELEMENTS_PER_CHUNK) {
    const text = elements(items.slice(i, i + ELEMENTS_PER_CHUNK).map(map));
    yield neutralizeWorkflowCommands(`${head}${text}${i + ELEMENTS_PER_CHUNK < items.length ? ',\n' : `\n  ]${comma}\n`}`);
    head = '';
  }
}

/**
 * Elements of a list two levels into the report (4 spaces in), comma-separated, by
 * JSON.stringify itself: the list nested in a list, without the two outer brackets.
 */
function elements(values: readonly unknown[]): string {
  const text = JSON.stringify([values], null, 2);
  // `[\n  [\n` … `\n  ]\n]`
  return text.slice(6, -6);
}
