// Turns the CLI's ncc bundle (an ES module) into the classic script dist/cli/index.js runs with
// V8's code cache (src/cli/compile-cache.ts): a function expression
//
//   (function (__ivl_import_meta_url, __WEBPACK_EXTERNAL_createRequire) { "use strict"; …bundle… })
//
// that index.js calls with the bundle's own file URL and node:module's createRequire. ncc's ES
// module output reaches Node's built-ins through one import of createRequire and
// `createRequire(import.meta.url)(…)`; nothing else of the module syntax may be in it (no other
// import or export, no import(), no other use of import.meta): anything else fails the build here
// (a top-level await fails build-cli.mjs's compile of the script), rather than run differently.
// "use strict": an ES module's code is strict.

const IMPORT = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";';
export const META_URL = '__ivl_import_meta_url';

/** The script for `code`, an ncc ES module bundle; throws when it uses other module syntax. */
export function bundleToScript(code) {
  const newline = code.indexOf('\n');
  const first = newline < 0 ? code : code.slice(0, newline);
  const body = first.trim() === IMPORT ? code.slice(newline + 1) : code;
  const converted = body.split('import.meta.url').join(META_URL);
  const problems = [
    [/^\s*import\s*[\w{*'"]/m, 'an import declaration'],
    [/^\s*export\b/m, 'an export'],
    [/\bimport\s*\(/, 'a dynamic import()'],
    [/\bimport\s*\.\s*meta\b/, 'import.meta other than import.meta.url'],
  ];
  for (const [pattern, what] of problems) {
    const match = pattern.exec(converted);
    if (match) {
      const line = converted.slice(0, match.index).split('\n').length + (body === code ? 0 : 1);
      throw new Error(`the bundle has ${what} (line ${line}): it cannot run as a classic script`);
    }
  }
  return `(function (${META_URL}, __WEBPACK_EXTERNAL_createRequire) {"use strict";\n${converted}\n})\n`;
}
