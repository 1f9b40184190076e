#!/usr/bin/env node
// The CLI's bundles, a step of `npm run build`:
//   dist/cli/index.js       src/cli/index.ts: turns on Node's compile cache (Node ≥ 22.1), then
//                           imports ./process-io.js (src/cli/compile-cache.ts says why and where);
//   dist/cli/process-io.js  src/cli/process-io.ts: the CLI.
// Two ncc bundles, not one with a chunk: Node 20 loads the CLI's code ~50 ms slower from an ncc
// chunk than from a bundle. The second bundle is built elsewhere and copied in; the .js files of an
// earlier build are removed first (ncc leaves them).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  copyFileSync(join(tmp, 'index.js'), join(out, 'process-io.js'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (!existsSync(join(out, 'process-io.js'))) process.exit(1);
