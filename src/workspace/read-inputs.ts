import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintInput } from '../engine/types.js';
import type { VectorFile } from './file-discovery.js';

// The files' bytes for the engine, which checks size, encoding and binary
// content itself. A file over the size limit is read only one byte past it:
// enough for the engine to say it is too large, without loading all of it.

export function readInputs(workspace: string, files: readonly VectorFile[], maxFileBytes: number): LintInput[] {
  return files.map((file) => ({
    path: file.path,
    kind: file.kind,
    content: readAtMost(path.join(workspace, file.path), maxFileBytes + 1),
  }));
}

function readAtMost(absolute: string, limit: number): Uint8Array {
  const fd = fs.openSync(absolute, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, limit));
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, read);
  } finally {
    fs.closeSync(fd);
  }
}
