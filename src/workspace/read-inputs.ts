import * as path from 'node:path';
import type { LintInput, PendingInput } from '../engine/types.js';
import { readConfined, realRoot } from './confined-file.js';
import type { VectorFile } from './file-discovery.js';

// The files' bytes for the engine, which checks encoding and binary content
// itself. Each read is confined to the repository (see confined-file.ts): a
// file that may not or cannot be read becomes an `unreadable-file` finding at
// that file, never a read outside or a silent pass.

export function readInputs(workspace: string, files: readonly VectorFile[], maxFileBytes: number): LintInput[] {
  const root = realRoot(workspace);
  return files.map((file) => readInput(root, file.path, file.kind, maxFileBytes));
}

/**
 * The same, each file read when the engine gets to it (see lintStream): a run
 * holds the bytes of the files it is linting, not of all. The workspace's real
 * path is taken once, now.
 */
export function pendingInputs(workspace: string, files: readonly VectorFile[], maxFileBytes: number): PendingInput[] {
  const root = realRoot(workspace);
  return files.map((file) => ({ path: file.path, kind: file.kind, read: () => readInput(root, file.path, file.kind, maxFileBytes) }));
}

/** One repository-relative file, confined to `root` (a real path). */
export function readInput(root: string, file: string, kind: LintInput['kind'], maxFileBytes: number): LintInput {
  const read = readConfined(path.join(root, file), { root, maxBytes: maxFileBytes });
  if (read.ok) return { path: file, kind, content: read.content };
  return { path: file, kind, content: new Uint8Array(0), unreadable: read.message };
}
