import * as module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

// Node ≥ 22.1 can keep the code it compiled for a module on disk and reuse it in the next process
// (module.enableCompileCache): most of what a one-file run spends on loading the CLI's bundle.
// The cache goes in the user's own cache directory ($XDG_CACHE_HOME, else ~/.cache; on Windows
// %LOCALAPPDATA%), never in the working directory or the repository being linted: code loaded from
// a cache is code that runs, so only the user may be able to write there. Node checks each entry
// against the module's source and its own version. NODE_DISABLE_COMPILE_CACHE=1 turns it off, and
// NODE_COMPILE_CACHE=dir (Node's own setting) chooses another directory. Older Node: nothing.

type EnableCompileCache = (directory: string) => unknown;

/** The directory the CLI caches compiled code in, or undefined when there is no safe one. */
export function compileCacheDirectory(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: string = safeHomedir()): string | undefined {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const xdg = env['XDG_CACHE_HOME'];
  // A relative XDG_CACHE_HOME is to be ignored (XDG Base Directory spec): it would be the working directory's.
  const base = platform === 'win32' ? env['LOCALAPPDATA'] : xdg && paths.isAbsolute(xdg) ? xdg : home && paths.join(home, '.cache');
  if (!base || !paths.isAbsolute(base)) return undefined;
  return paths.join(base, 'imagevector-lint', 'compile-cache');
}

/** Turns Node's compile cache on for what the process loads next (the CLI's bundle). */
export function enableCompileCache(env: NodeJS.ProcessEnv): void {
  const enable = (module as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (typeof enable !== 'function' || env['NODE_COMPILE_CACHE']) return;
  const directory = compileCacheDirectory(env);
  if (directory === undefined) return;
  try {
    enable(directory);
  } catch {
    // A cache that cannot be written is only slower.
  }
}

function safeHomedir(): string {
  try {
    return os.homedir();
  } catch {
    return '';
  }
}
