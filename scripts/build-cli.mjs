#!/usr/bin/env node
// The CLI's bundles, a step of `npm run build`:
//   dist/cli/index.js       src/cli/index.ts: runs ./process-io.js, compiled from V8's code cache
//                           when it can (src/cli/compile-cache.ts says why and where);
//   dist/cli/process-io.js  src/cli/process-io.ts: the CLI, an ncc bundle made a classic script
//                           (scripts/bundle-to-script.mjs), which is what vm.Script can cache.
// Two ncc bundles, not one with a chunk. The second bundle is built elsewhere and copied in; the
// .js files of an earlier build are removed first (ncc leaves them).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { bundleToScript } from './bundle-to-script.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const out = join(root, 'dist', 'cli');

function bundle(entry, outDir) {
  const result = spawnSync(process.execPath, [ncc, 'build', join(root, entry), '-o', outDir, '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build-cli: ncc could not bundle ${entry}`);
    process.exit(1);
  }
  const extra = readdirSync(outDir).filter((f) => f.endsWith('.js') && f !== 'index.js');
  if (extra.length > 0) {
    console.error(`build-cli: ${entry} must be one file, ncc emitted chunks too: ${extra.join(', ')}`);
    process.exit(1);
  }
}

for (const file of existsSync(out) ? readdirSync(out) : []) if (file.endsWith('.js')) rmSync(join(out, file));
bundle('src/cli/index.ts', out);
const tmp = mkdtempSync(join(tmpdir(), 'ivl-cli-'));
try {
  bundle('src/cli/process-io.ts', tmp);
  let script;
  try {
    script = bundleToScript(readFileSync(join(tmp, 'index.js'), 'utf8'));
    new Script(script, { filename: 'process-io.js' }); // a syntax error (a top-level await) fails here, not at a user's
  } catch (error) {
    console.error(`build-cli: src/cli/process-io.ts: ${error.message}`);
    process.exit(1);
  }
  writeFileSync(join(out, 'process-io.js'), script);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (!existsSync(join(out, 'process-io.js'))) process.exit(1);
