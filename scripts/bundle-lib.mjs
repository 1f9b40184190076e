#!/usr/bin/env node
// Last step of `npm run build`: the library entry (package.json "exports": lib/index.js) becomes
// one ES module bundle, like the CLI and the action, so the package needs no runtime
// dependencies (js-yaml and ajv are inside, as they are in dist/). tsc has written lib/ (the
// JavaScript and the declarations); ncc bundles the library's source, src/index.ts, exactly as
// it bundles the CLI (bundling tsc's lib/index.js instead leaves js-yaml's require() outside),
// then every .js under lib/ is replaced by that bundle: what a consumer gets is lib/index.js
// and the .d.ts files its types refer to.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = join(root, 'lib');
const out = mkdtempSync(join(tmpdir(), 'ivl-lib-'));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const result = spawnSync(process.execPath, [ncc, 'build', join(root, 'src', 'index.ts'), '-o', out, '--target', 'es2022', '--quiet'], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('bundle-lib: ncc could not bundle src/index.ts');
  process.exit(1);
}
for (const entry of readdirSync(lib, { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith('.js')) rmSync(join(entry.parentPath ?? entry.path, entry.name));
}
copyFileSync(join(out, 'index.js'), join(lib, 'index.js'));
rmSync(out, { recursive: true, force: true });
console.log('bundle-lib: lib/index.js is one bundle (no runtime dependencies).');
