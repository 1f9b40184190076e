import * as path from 'node:path';
import type { LintInput, PendingInput } from '../engine/types.js';
import { readConfined, realRoot } from './confined-file.js';
import type { VectorFile } from './file-discovery.js';

// The files' bytes for the engine, which checks encoding and binary content
// itself. Each read is confined to the repository (see confined-file.ts): a
// file that may not or cannot be read becomes an `unreadable-file` finding at
// that file, never a read outside or a silent pass.

/** With `kept`, a file discovery kept the bytes of is not read again (the bytes classified are the bytes linted). */
export function readInputs(workspace: string, files: readonly VectorFile[], maxFileBytes: number, kept?: KeptBytes): LintInput[] {
  const root = realRoot(workspace);
  return files.map((file) => keptOrRead(root, file, maxFileBytes, kept));
}

/**
 * The same, each file read when the engine gets to it (see lintStream): a run
 * holds the bytes of the files it is linting, not of all. The workspace's real
 * path is taken once, now. With `kept`, a file discovery kept the bytes of
 * is not read again.
 */
export function pendingInputs(workspace: string, files: readonly VectorFile[], maxFileBytes: number, kept?: KeptBytes): PendingInput[] {
  const root = realRoot(workspace);
  return files.map((file) => ({
    path: file.path,
    kind: file.kind,
    read: () => keptOrRead(root, file, maxFileBytes, kept),
  }));
}

/** The bytes discovery read to learn the file's kind, when it kept them (see findByContent); else read now. */
function keptOrRead(root: string, file: VectorFile, maxFileBytes: number, kept: KeptBytes | undefined): LintInput {
  const content = kept?.claim(path.join(root, file.path));
  return content === undefined ? readInput(root, file.path, file.kind, maxFileBytes) : { path: file.path, kind: file.kind, content };
}

/** One repository-relative file, confined to `root` (a real path). */
export function readInput(root: string, file: string, kind: LintInput['kind'], maxFileBytes: number): LintInput {
  const read = readConfined(path.join(root, file), { root, maxBytes: maxFileBytes });
  if (read.ok) return { path: file, kind, content: read.content };
  return { path: file, kind, content: new Uint8Array(0), unreadable: read.message };
}

/**
 * How many bytes of files read to learn their kind may be kept for their lint
 * (each file then read once), in all. A run over more files than that reads
 * the rest again when their turn comes: it never holds all of a large run's
 * files (see lintStream). What is kept adds to the run's peak memory (it is
 * held from the start), so the budget is small: 1,000 real vectors (~7 MiB)
 * are read once; a run of 100k entries (~30 MiB) keeps its first 16 MiB.
 */
export const KEPT_BYTES = 16 * 1024 * 1024;

/**
 * What a run keeps of the files it read to learn their kinds, for their lint,
 * within KEPT_BYTES in all: by real path (discovery's), or counted only (take).
 */
export class KeptBytes {
  private left: number;
  private readonly byPath = new Map<string, Uint8Array>();

  constructor(budget = KEPT_BYTES) {
    this.left = budget;
  }

  /** Whether `content` may be kept: counts it when it may. */
  take(content: Uint8Array | string): boolean {
    const size = typeof content === 'string' ? content.length * 3 : content.byteLength;
    if (size > this.left) return false;
    this.left -= size;
    return true;
  }

  /** Keeps the bytes of the file at `file` (an absolute path below a real root), if they may be kept. */
  keep(file: string, content: Uint8Array): void {
    if (!this.byPath.has(file) && this.take(content)) this.byPath.set(file, content);
  }

  /** The kept bytes of `file`, handed out once (then no longer kept). */
  claim(file: string): Uint8Array | undefined {
    const content = this.byPath.get(file);
    if (content !== undefined) this.byPath.delete(file);
    return content;
  }
}

/**
 * A pending input that hands out `input` (read already) the first time it is
 * read, and lets go of it; any later read calls `reread`.
 */
export function readOnce(input: LintInput, reread: () => LintInput): PendingInput {
  let kept: LintInput | undefined = input;
  return {
    path: input.path,
    kind: input.kind,
    read: () => {
      const first = kept;
      kept = undefined;
      return first ?? reread();
    },
  };
}
