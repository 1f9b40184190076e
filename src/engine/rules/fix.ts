import type { FindingFix } from '../types.js';
import type { VectorDocument } from '../reading/vector-document.js';
import type { RuleContext } from './rule.js';

/**
 * A fix that replaces the document text [start, end) with `text`, or undefined when the
 * document is not the file's own text: a vector embedded in a string (a ConfigMap value,
 * a Helm string) maps its offsets into the file, but a replacement there would need the
 * outer string's escaping, so no fix is offered.
 */
export function replacement(context: RuleContext, doc: VectorDocument, start: number, end: number, text: string, description: string): FindingFix | undefined {
  const file = context.files.find((f) => f.path === doc.file && f.kind === doc.kind);
  if (file?.text === undefined || file.text !== doc.source) return undefined;
  const from = doc.position(start);
  const to = doc.position(end);
  return { description, start: { line: from.line, column: from.column }, end: { line: to.line, column: to.column }, text };
}
