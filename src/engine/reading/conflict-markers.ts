import type { SourcePosition } from '../types.js';

// Merge-conflict markers left in a file (`<<<<<<< ours`, `=======`,
// `>>>>>>> theirs`, and diff3's `||||||| base`): git writes them at the start
// of a line, seven characters long. A file with them is not YAML, and the
// parser's own message ("a multiline key may not be an implicit key") hides
// the cause, so the yaml-syntax rule names them.

const MARKER = /^(<{7}|>{7}|\|{7})(?:[ \t].*)?$|^={7}[ \t]*$/;

export interface ConflictMarkers {
  /** The first marker's position. */
  position: SourcePosition;
  /** 1-based lines of every marker, in order. */
  lines: number[];
}

/** The conflict markers in `text`, or undefined when there is none (an opening `<<<<<<<` is required). */
export function findConflictMarkers(text: string): ConflictMarkers | undefined {
  const lines: number[] = [];
  let opened = false;
  let offset = 0;
  let first: SourcePosition | undefined;
  const split = text.split('\n');
  for (let i = 0; i < split.length; i++) {
    const line = split[i]!.replace(/\r$/, '');
    if (MARKER.test(line)) {
      if (line.startsWith('<<<<<<<')) opened = true;
      if (opened) {
        lines.push(i + 1);
        first ??= { line: i + 1, column: 1, offset };
      }
    }
    offset += split[i]!.length + 1;
  }
  return first && opened ? { position: first, lines } : undefined;
}
