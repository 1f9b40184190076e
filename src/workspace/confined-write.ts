import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isInsideRoot, realRoot } from './confined-file.js';

// Report files written into the checkout (SARIF, the JSON report). The pull
// request controls the checkout: a report path it planted as a symbolic link
// (`results.sarif -> /home/runner/.bashrc`), or a folder on the way that links
// elsewhere, must not redirect the write. The file is written whole to a
// temporary file in the same folder and renamed over the target: a reader
// never sees half a report, and a link in the target's place is never followed.

/** Writes `text` to `file`, which must lie inside `root` with no link on the way. Throws with a message otherwise. */
export function writeConfined(file: string, text: string, root: string): void {
  const realRootPath = realRoot(root);
  const absolute = path.resolve(file);
  const lexicalRoot = path.resolve(root);
  const relative = path.relative(lexicalRoot, absolute);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new Error(`it is outside ${lexicalRoot}; the action writes reports only inside it`);
  }
  // Each folder on the way: created when missing, refused when it is a link or not a folder.
  let dir = realRootPath;
  const parts = relative.split(path.sep);
  for (const part of parts.slice(0, -1)) {
    dir = path.join(dir, part);
    const stat = lstatOrUndefined(dir);
    if (stat === undefined) fs.mkdirSync(dir);
    else if (stat.isSymbolicLink()) throw new Error(`${path.relative(realRootPath, dir)} is a symbolic link; the action does not write through links`);
    else if (!stat.isDirectory()) throw new Error(`${path.relative(realRootPath, dir)} is not a folder`);
  }
  if (!isInsideRoot(realRootPath, fs.realpathSync(dir))) throw new Error(`it is outside ${lexicalRoot}`);
  const target = path.join(dir, parts[parts.length - 1]!);
  const existing = lstatOrUndefined(target);
  if (existing?.isSymbolicLink()) throw new Error('a symbolic link is in its place (not overwritten, and not followed)');
  if (existing && !existing.isFile()) throw new Error('something other than a regular file is in its place');
  const temporary = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temporary, text, { flag: 'wx', mode: 0o644 });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

function lstatOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
