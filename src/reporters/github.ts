import type { Finding, LintResult, Severity } from '../engine/types.js';
import { sortFindings } from './json.js';
import { containsCommandPrefix, neutralizeWorkflowCommands } from './workflow-commands.js';

// `--format github`: one workflow command per finding (`::error file=…,line=…::message`), for a
// workflow step that runs the CLI itself (the action writes its own annotations). GitHub shows
// them as annotations on the pull request's files.
//
// The command line is built exactly as @actions/core's Command.toString does (command.ts:
// properties in the order of toCommandProperties — title, file, line, endLine, col, endColumn —
// values through toCommandValue and escapeProperty, the message through escapeData), so the
// runner decodes the same values the action's annotations carry. Before escaping, the message
// and the title (text from the user's files) go through neutralizeWorkflowCommands: no image
// name can smuggle a `##[…]` or `::…::` command into an annotation. A file path must decode to
// the file, so it is only escaped, except when it holds `##[` (the form the runner looks for
// anywhere in a line): then it is neutralised too, and the annotation names a path that does
// not exist rather than print a command.

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** @actions/core utils.ts toCommandValue. */
function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return input as string;
  return JSON.stringify(input);
}

/** @actions/core command.ts escapeData. */
export function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core command.ts escapeProperty. */
export function escapeProperty(s: unknown): string {
  return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** @actions/core command.ts Command.toString: empty values are left out. */
export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  let line = `::${command}`;
  const set = Object.entries(properties).filter(([, value]) => value !== undefined && value !== '' && value !== 0);
  if (set.length > 0) line += ` ${set.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`;
  return `${line}::${escapeData(message)}`;
}

export function findingCommand(finding: Finding): string {
  const line = Math.max(1, finding.line);
  return workflowCommand(
    COMMAND[finding.severity],
    {
      title: neutralizeWorkflowCommands(`imagevector-lint: ${finding.rule}`),
      file: annotationFile(finding.file),
      line,
      endLine: finding.endLine !== undefined && finding.endLine >= line ? finding.endLine : undefined,
      col: Math.max(1, finding.column),
      endColumn: finding.endLine !== undefined && finding.endColumn !== undefined && finding.endColumn >= 1 ? finding.endColumn : undefined,
    },
    neutralizeWorkflowCommands(finding.message),
  );
}

/** One command per finding, errors first (GitHub shows the first 10 of each kind per step), each line ending with "\n". */
export function formatGithub(result: LintResult): string {
  const findings = sortFindings(result.findings).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return findings.map((f) => `${findingCommand(f)}\n`).join('');
}

/** The `file` property: the path as is, unless it holds the `##[` command prefix. */
export function annotationFile(file: string): string {
  return containsCommandPrefix(file) ? neutralizeWorkflowCommands(file) : file;
}
