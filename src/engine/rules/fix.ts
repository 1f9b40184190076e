import type { FindingFix } from '../types.js';
import type { ParsedFile } from '../reading/read-file.js';
import type { VectorDocument } from '../reading/vector-document.js';
import { clusterMemo } from './cluster-memo.js';
import type { RuleContext } from './rule.js';

/**
 * A fix that replaces the document text [start, end) with `text`, or undefined when the
 * document is not the file's own text: a vector embedded in a string (a ConfigMap value,
 * a Helm string) maps its offsets into the file, but a replacement there would need the
 * outer string's escaping, so no fix is offered.
 */
export function replacement(context: RuleContext, doc: VectorDocument, start: number, end: number, text: string, description: string): FindingFix | undefined {
  const file = fileOf(context.files, doc);
  if (file?.text === undefined || file.text !== doc.source) return undefined;
  const from = doc.position(start);
  const to = doc.position(end);
  return { description, start: { line: from.line, column: from.column }, end: { line: to.line, column: to.column }, text };
}

/** The files by path and kind, once per cluster (a scan per fix is quadratic in a run of many files with many findings). */
const filesByPathAndKind = clusterMemo((files: RuleContext['files']): Map<string, ParsedFile> => {
  const index = new Map<string, ParsedFile>();
  // The first file of a path and kind, as a scan finds it.
  for (const f of files) {
    const key = `${f.kind}\u0000${f.path}`;
    if (!index.has(key)) index.set(key, f);
  }
  return index;
});

function fileOf(files: RuleContext['files'], doc: VectorDocument): ParsedFile | undefined {
  return filesByPathAndKind(files).get(`${doc.kind}\u0000${doc.file}`);
}
