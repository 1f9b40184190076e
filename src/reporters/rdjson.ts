import type { Finding, LintResult, Severity } from '../engine/types.js';
import { sortFindings } from './json.js';
import type { SarifTool } from './sarif.js';
import { neutralizeWorkflowCommands } from './workflow-commands.js';

// `--format rdjson`: reviewdog's Diagnostic JSON format (reviewdog proto/rdf/reviewdog.proto,
// JSON schema proto/rdf/jsonschema/DiagnosticResult.json), for `reviewdog -f=rdjson`.
// One diagnostic per finding, with the rule as `code` (and its documentation as `code.url`),
// and a `suggestions` entry where the fix is mechanical (Finding.fix): reviewdog offers it as
// a suggested change on the pull request.
//
// Positions: lines are 1-based; reviewdog's columns count UTF-8 bytes, the engine's count
// UTF-16 code units, so columns are converted with the line's text where the caller supplies
// it (`lineText`). Ranges are end-exclusive in both.

export interface RdjsonOptions {
  /** The text of a line of a file (1-based), to count columns in UTF-8 bytes. */
  lineText?: (file: string, line: number) => string | undefined;
}

interface RdPosition {
  line: number;
  column: number;
}

const UTF8 = new TextEncoder();
const SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', notice: 'INFO' };

export function toRdjson(result: LintResult, tool: SarifTool, options: RdjsonOptions = {}): object {
  const docs = new Map(tool.rules.map((rule) => [rule.id, rule.helpUri]));
  const position = (file: string, line: number, column: number): RdPosition => {
    const at = { line: Math.max(1, line), column: Math.max(1, column) };
    const text = options.lineText?.(file, at.line);
    if (text === undefined || at.column - 1 > text.length) return at;
    return { line: at.line, column: UTF8.encode(text.slice(0, at.column - 1)).length + 1 };
  };
  const diagnostics = sortFindings(result.findings).map((finding: Finding) => {
    const start = position(finding.file, finding.line, finding.column);
    const range: { start: RdPosition; end?: RdPosition } = { start };
    if (finding.endLine !== undefined && finding.endColumn !== undefined && finding.endLine >= start.line) {
      range.end = position(finding.file, finding.endLine, finding.endColumn);
    }
    const { fix } = finding;
    return {
      message: finding.message,
      location: { path: finding.file, range },
      severity: SEVERITY[finding.severity],
      code: { value: finding.rule, url: docs.get(finding.rule) ?? tool.informationUri },
      ...(fix
        ? {
            suggestions: [
              {
                range: { start: position(finding.file, fix.start.line, fix.start.column), end: position(finding.file, fix.end.line, fix.end.column) },
                text: fix.text,
              },
            ],
          }
        : {}),
    };
  });
  return { source: { name: tool.name, url: tool.informationUri }, diagnostics };
}

/** The DiagnosticResult, pretty-printed, without a final newline; workflow commands neutralised (see formatJson). */
export function formatRdjson(result: LintResult, tool: SarifTool, options: RdjsonOptions = {}): string {
  return neutralizeWorkflowCommands(JSON.stringify(toRdjson(result, tool, options), null, 2));
}
