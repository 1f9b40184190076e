#!/usr/bin/env node
// The action's bundle (dist/index.js and the chunks it imports on demand), a step of `npm run build`.
//
// ncc resolves imports through the "paths" of a tsconfig.json; it reads the one in the working
// directory unless TS_NODE_PROJECT names another, by absolute path. The action's
// (src/action/tsconfig.json) maps @actions/http-client to src/action/http-client-on-demand.ts,
// so that @actions/core's import of it (and of undici through it) costs nothing until a request
// is made. Only the action's bundle gets that mapping: the CLI's and the benchmark's bare bundle
// of @actions/core + @actions/github are built with the root tsconfig.json.
//
// `--license '[name].licenses.txt'`: one license file per chunk (one name for all would keep
// only the last chunk's); scripts/finish-dist.mjs merges them into dist/licenses.txt.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// ncc leaves the files of an earlier build: a chunk that is no longer emitted would stay in dist/.
const dist = join(root, 'dist');
for (const file of existsSync(dist) ? readdirSync(dist) : []) if (/^(\d+\.)?index\.js$|\.licenses\.txt$/.test(file)) rmSync(join(dist, file));
const result = spawnSync(
  process.execPath,
  [ncc, 'build', join(root, 'src', 'action', 'index.ts'), '-o', join(root, 'dist'), '--target', 'es2022', '--license', '[name].licenses.txt'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: join(root, 'src', 'action', 'tsconfig.json') } },
);
if (result.status !== 0) {
  console.error('build-action: ncc could not bundle src/action/index.ts');
  process.exit(1);
}
