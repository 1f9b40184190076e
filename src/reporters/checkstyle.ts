import type { LintResult, Severity } from '../engine/types.js';
import { sortFindings } from './json.js';
import { neutralizeWorkflowCommandsInXml } from './workflow-commands.js';

// `--format checkstyle`: Checkstyle's XML report, which Jenkins (warnings-ng), reviewdog
// (`-f=checkstyle`), GitLab converters and many CI dashboards read:
//
//   <checkstyle version="4.3">
//     <file name="imagevector/images.yaml">
//       <error line="12" column="5" severity="error" message="…" source="imagevector-lint.version-gap"/>
//     </file>
//   </checkstyle>
//
// One <file> per file with findings, in path order. Attribute values are escaped for XML 1.0:
// the five markup characters as entities, tab and line breaks as character references (an
// attribute value's line breaks would otherwise be normalised to spaces), and characters XML
// 1.0 does not allow at all (other controls, lone surrogates, U+FFFE/U+FFFF) written visibly as
// `\uXXXX`, since no reference can carry them.

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'info' };

// Not allowed in XML 1.0 documents (Char production): C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXmlAttribute(value: string): string {
  return value
    .replace(FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export function formatCheckstyle(result: LintResult): string {
  const byFile = new Map<string, string[]>();
  for (const f of sortFindings(result.findings)) {
    const attributes = [
      ['line', String(Math.max(1, f.line))],
      ['column', String(Math.max(1, f.column))],
      ['severity', SEVERITY[f.severity]],
      ['message', f.message],
      ['source', `imagevector-lint.${f.rule}`],
    ];
    const element = `    <error ${attributes.map(([k, v]) => `${k}="${escapeXmlAttribute(v as string)}"`).join(' ')}/>`;
    const list = byFile.get(f.file);
    if (list) list.push(element);
    else byFile.set(f.file, [element]);
  }
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const [file, errors] of byFile) lines.push(`  <file name="${escapeXmlAttribute(file)}">`, ...errors, '  </file>');
  lines.push('</checkstyle>');
  return neutralizeWorkflowCommandsInXml(lines.join('\n'));
}
