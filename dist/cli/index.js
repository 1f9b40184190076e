#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./src/cli/compile-cache.ts






// The CLI's code (dist/cli/process-io.js, a classic script: scripts/bundle-to-script.mjs) is
// compiled with V8's code cache: the first run keeps on disk the code V8 compiled for it (the
// functions the run used too), the next ones start from it instead of parsing and compiling
// ~800 KB again — most of what a one-file run (a pre-commit hook) spent on loading the CLI, on
// every Node version (Node 20 has no module.enableCompileCache).
//
// The cache goes in the user's own cache directory ($XDG_CACHE_HOME, else ~/.cache; on Windows
// %LOCALAPPDATA%), never in the working directory or the repository being linted: code loaded from
// a cache is code that runs, so only the user may be able to write there. One entry per Node
// version and architecture, holding the script it was compiled from (see cachedCode).
// NODE_DISABLE_COMPILE_CACHE=1 turns it off, and NODE_COMPILE_CACHE=dir (Node's own
// setting, absolute) chooses another directory. A cache that cannot be read or written is only
// slower: the run is the same.
/** The directory the CLI caches compiled code in, or undefined when there is no safe one. */
function compileCacheDirectory(env, platform = process.platform, home = safeHomedir()) {
    const paths = platform === 'win32' ? external_node_path_namespaceObject.win32 : external_node_path_namespaceObject.posix;
    const chosen = env['NODE_COMPILE_CACHE'];
    if (chosen)
        return paths.isAbsolute(chosen) ? chosen : undefined;
    const xdg = env['XDG_CACHE_HOME'];
    // A relative XDG_CACHE_HOME is to be ignored (XDG Base Directory spec): it would be the working directory's.
    const base = platform === 'win32' ? env['LOCALAPPDATA'] : xdg && paths.isAbsolute(xdg) ? xdg : home && paths.join(home, '.cache');
    if (!base || !paths.isAbsolute(base))
        return undefined;
    return paths.join(base, 'imagevector-lint', 'compile-cache');
}
/** This Node's cache entry for the CLI, or undefined when caching is off or impossible here. */
function compileCacheFile(env) {
    if (env['NODE_DISABLE_COMPILE_CACHE'])
        return undefined;
    const directory = compileCacheDirectory(env);
    return directory === undefined ? undefined : external_node_path_namespaceObject.join(directory, `cli-${process.version}-${process.arch}.v8cache`);
}
/**
 * Runs the CLI's script (`file`), compiled from the code cache when its entry is for this very
 * script; when it is not, the entry is written as the process exits after a lint (exit code 0 or
 * 1), so that it holds the code the lint compiled.
 */
function runCachedScript(file, env) {
    const bytes = external_node_fs_namespaceObject.readFileSync(file);
    const entry = compileCacheFile(env);
    const cachedData = entry === undefined ? undefined : cachedCode(entry, bytes);
    const script = new external_node_vm_namespaceObject.Script(bytes.toString('utf8'), { filename: file, cachedData });
    if (entry !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
        process.once('exit', (code) => {
            if (code === 0 || code === 1)
                writeEntry(entry, bytes, script);
        });
    }
    script.runInThisContext()((0,external_node_url_namespaceObject.pathToFileURL)(file).href, external_node_module_namespaceObject.createRequire);
}
// An entry: the script's length (4 bytes, big-endian), the script itself, then V8's data. It is
// used only when the script in it is byte for byte the one to run (V8 itself checks only the
// length, and its own version and flags): a comparison costs far less than hashing would, and
// cannot collide.
/** V8's data in the entry, if the entry is for exactly `script`. */
function cachedCode(entry, script) {
    let data;
    try {
        data = external_node_fs_namespaceObject.readFileSync(entry);
    }
    catch {
        return undefined;
    }
    const length = script.length;
    if (data.length <= 4 + length || data.readUInt32BE(0) !== length || !data.subarray(4, 4 + length).equals(script))
        return undefined;
    return data.subarray(4 + length);
}
/** Writes the entry whole or not at all: a concurrent run reads either. */
function writeEntry(entry, bytes, script) {
    const directory = external_node_path_namespaceObject.dirname(entry);
    const temporary = external_node_path_namespaceObject.join(directory, `.${external_node_path_namespaceObject.basename(entry)}.${process.pid}.tmp`);
    try {
        const header = Buffer.alloc(4);
        header.writeUInt32BE(bytes.length, 0);
        const data = Buffer.concat([header, bytes, script.createCachedData()]);
        external_node_fs_namespaceObject.mkdirSync(directory, { recursive: true, mode: 0o700 });
        external_node_fs_namespaceObject.writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
        external_node_fs_namespaceObject.renameSync(temporary, entry);
    }
    catch {
        try {
            external_node_fs_namespaceObject.rmSync(temporary, { force: true });
        }
        catch {
            // Nothing was written, or it cannot be removed either.
        }
    }
}
function safeHomedir() {
    try {
        return external_node_os_namespaceObject.homedir();
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts



// The CLI's entry (dist/cli/index.js): it runs the CLI itself, dist/cli/process-io.js (the
// bundle of process-io.ts made a classic script by scripts/build-cli.mjs), compiled from V8's
// code cache when it can (compile-cache.ts says why and where).
runCachedScript(external_node_path_namespaceObject.join(external_node_path_namespaceObject.dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), 'process-io.js'), process.env);

