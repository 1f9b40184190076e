import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatByteSize } from '../engine/yaml/index.js';

// Every file the linter reads goes through here. A pull request controls every
// file in the checkout, symbolic links included: a read follows a link only
// when its real path stays inside the repository, opens only regular files
// (never a FIFO, a device or a directory) and reads at most the size limit.

/** Why a file could not be read; `message` completes "Cannot lint this file: …" and names nothing outside. */
export type ReadRefusal =
  | 'missing'
  | 'broken-link'
  | 'outside'
  | 'directory'
  | 'not-regular'
  | 'too-large'
  | 'error';

export type ConfinedRead =
  /** `regular`: a regular file (not a pipe or device read with `special`), as its open descriptor said. */
  | { ok: true; content: Uint8Array; regular: boolean }
  | { ok: false; refusal: ReadRefusal; message: string };

/** The repository root as the reads compare against it: its real path (the checkout itself may be a link). */
export function realRoot(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}

export function isInsideRoot(realRootPath: string, real: string): boolean {
  if (real === realRootPath) return true;
  const rel = path.relative(realRootPath, real);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

export interface ReadOptions {
  /** Refuse a file whose real path lies outside this folder (a real path: see realRoot). Undefined: the user's own file, anywhere. */
  root?: string;
  /** Read at most this many bytes; a larger file is refused as too large. */
  maxBytes: number;
  /** Also read a named pipe or a device (the user's own `<(…)` on the command line), still bounded. */
  special?: boolean;
}

/** The bytes of `file` (absolute), or why not. Never throws, never blocks on a FIFO, never reads past the limit. */
export function readConfined(file: string, options: ReadOptions): ConfinedRead {
  const resolved = resolveConfined(file, options.root);
  if (!resolved.ok) return resolved;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    // O_NOFOLLOW: a confined read opens the real path, which a link swapped in since must not redirect.
    // The user's own file (no root) is opened as named: links followed, no real path needed.
    const nofollow = options.root === undefined ? 0 : (fs.constants.O_NOFOLLOW ?? 0);
    const flags = options.special ? fs.constants.O_RDONLY : fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | nofollow;
    fd = fs.openSync(resolved.real, flags);
  } catch (error) {
    return openFailure(error, file);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, refusal: 'directory', message: 'it is a directory, not a file' };
    const regular = stat.isFile();
    if (!regular && !options.special) return { ok: false, refusal: 'not-regular', message: `it is ${specialKind(stat)}, not a regular file` };
    if (regular && stat.size > options.maxBytes) return tooLarge(stat.size, options.maxBytes);
    // One byte more than the limit tells a file that grew since fstat (or a pipe that goes on).
    const expected = regular ? stat.size : Math.min(options.maxBytes, 1 << 20);
    // Not zero-filled, not from the shared pool: only the bytes read are handed out.
    let buffer = Buffer.allocUnsafeSlow(Math.min(expected, options.maxBytes) + 1);
    let read = 0;
    for (;;) {
      if (read === buffer.length) {
        if (regular || buffer.length > options.maxBytes) break;
        const grown = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, options.maxBytes + 1));
        buffer.copy(grown, 0, 0, read);
        buffer = grown;
      }
      const n = fs.readSync(fd, buffer, read, buffer.length - read, null);
      if (n === 0) break;
      read += n;
    }
    if (read > options.maxBytes) return tooLarge(regular ? read : undefined, options.maxBytes);
    return { ok: true, content: new Uint8Array(buffer.buffer, buffer.byteOffset, read), regular };
  } catch (error) {
    return failure(error);
  } finally {
    fs.closeSync(fd);
  }
}

/** The real path of `file` when it may be read (inside `root`, when given); the link's target is never named. */
export function resolveConfined(file: string, root: string | undefined): { ok: true; real: string } | { ok: false; refusal: ReadRefusal; message: string } {
  // The user's own file may be anywhere: nothing to compare, so no real path to take (open follows the links).
  if (root === undefined) return { ok: true, real: file };
  let real: string;
  try {
    // The native realpath(3): one call, not an lstat per path component in JavaScript.
    real = fs.realpathSync.native(file);
  } catch (error) {
    return openFailure(error, file);
  }
  if (!isInsideRoot(root, real)) {
    return {
      ok: false,
      refusal: 'outside',
      message: 'it points outside the repository (a symbolic link, or a link in its folders); the linter reads only files inside the repository',
    };
  }
  // The git folder is no part of the repository's content: actions/checkout keeps the token in .git/config.
  if (isInsideRoot(path.join(root, '.git'), real)) {
    return { ok: false, refusal: 'outside', message: "it lies in the repository's .git folder, which the linter never reads" };
  }
  return { ok: true, real };
}

/** Why `file` could not be resolved or opened: a link to nothing is told apart from a missing file. */
function openFailure(error: unknown, file: string): { ok: false; refusal: ReadRefusal; message: string } {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isSymlink(file)) {
    return { ok: false, refusal: 'broken-link', message: 'it is a symbolic link to a file that does not exist' };
  }
  return failure(error);
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function specialKind(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

/** `size` undefined: a stream that goes on past the limit. */
function tooLarge(size: number | undefined, maxBytes: number): ConfinedRead {
  return {
    ok: false,
    refusal: 'too-large',
    message:
      `file is ${size === undefined ? `larger than ${formatByteSize(maxBytes)}` : formatByteSize(size)}; the limit is ${formatByteSize(maxBytes)} ` +
      '(raise it with `maxFileBytes` in .imagevector-lint.yaml if the file is really meant to be that large)',
  };
}

function failure(error: unknown): { ok: false; refusal: ReadRefusal; message: string } {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { ok: false, refusal: 'missing', message: 'no such file' };
  if (code === 'ENOTDIR') return { ok: false, refusal: 'missing', message: 'no such file (a part of its path is not a folder)' };
  if (code === 'ELOOP') return { ok: false, refusal: 'broken-link', message: 'it is a symbolic link that loops' };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, refusal: 'error', message: 'permission denied' };
  if (code === 'EISDIR') return { ok: false, refusal: 'directory', message: 'it is a directory, not a file' };
  return { ok: false, refusal: 'error', message: code ? `cannot be read (${code})` : 'cannot be read' };
}
