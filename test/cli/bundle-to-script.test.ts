import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script without types
import { bundleToScript } from '../../scripts/bundle-to-script.mjs';

// The CLI's bundle as the classic script the code cache compiles (scripts/build-cli.mjs): ncc's
// ES module, with its one import of createRequire and its uses of import.meta.url, becomes a
// strict function of both; any other module syntax fails the build instead of running otherwise.

const IMPORT = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";';
const convert = (code: string): string => (bundleToScript as (code: string) => string)(code);

describe('bundleToScript', () => {
  it('passes import.meta.url and createRequire in, and keeps the code strict', () => {
    const script = convert(`${IMPORT}\nconst fs = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");\nresult.url = import.meta.url; result.strict = this === undefined; result.fs = typeof fs.readFileSync;\n`);
    const result: Record<string, unknown> = {};
    (globalThis as { result?: unknown }).result = result;
    try {
      const run = runInThisContext(script) as (url: string, createRequire: unknown) => void;
      run.call(undefined, 'file:///x/process-io.js', (url: string) => {
        result.requiredFrom = url;
        return () => ({ readFileSync: () => '' });
      });
    } finally {
      delete (globalThis as { result?: unknown }).result;
    }
    expect(result).toEqual({ url: 'file:///x/process-io.js', strict: true, fs: 'function', requiredFrom: 'file:///x/process-io.js' });
  });

  it.each([
    ['another import', `${IMPORT}\nimport * as fs from "node:fs";\n`, /an import declaration \(line 2\)/],
    ['an export', 'const a = 1;\nexport { a };\n', /an export \(line 2\)/],
    ['a dynamic import', 'const m = () => import("./x.js");\n', /a dynamic import\(\)/],
    ['import.meta beyond its url', 'const d = import.meta.dirname;\n', /import\.meta other than/],
  ])('refuses %s', (_what, code, message) => {
    expect(() => convert(code)).toThrow(message);
  });
});
