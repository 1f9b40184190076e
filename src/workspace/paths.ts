import fs from 'node:fs';
import path from 'node:path';

// Small path and file-type questions that discovery, the config loader and the
// CLI's argument handling all ask. A path that cannot be stat'ed is neither.

/** A path with `/` separators, as the action's inputs, globs and reports write them. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Whether the path (following links) is a directory. */
export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Whether the path (following links) is a regular file. */
export function isRegularFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
