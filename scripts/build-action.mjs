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
//
// A fresh runner compiles dist/index.js on every run (no code cache survives it), so the file is
// made cheap to read and compile:
//   - `-m`: ncc minifies it with terser (no compression: white space and comments go, local names
//     are shortened; function and class names are kept, `keep_fnames`/`keep_classnames`), 898 KiB
//     → 394 KiB, ~35 million fewer instructions at start (valgrind --tool=cachegrind on the
//     benchmark's action case, 3 % of the run). ncc leaves the chunks as they are.
//   - every file is rewritten to ASCII (scripts/ascii-bundle.mjs: non-ASCII characters become \u
//     escapes where that means the same), so that Node and V8 read it one byte per character
//     instead of decoding it to UTF-16.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiBundle } from './ascii-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// ncc leaves the files of an earlier build: a chunk that is no longer emitted would stay in dist/.
const dist = join(root, 'dist');
for (const file of existsSync(dist) ? readdirSync(dist) : []) if (/^(\d+\.)?index\.js$|\.licenses\.txt$/.test(file)) rmSync(join(dist, file));
const result = spawnSync(
  process.execPath,
  [ncc, 'build', join(root, 'src', 'action', 'index.ts'), '-o', join(root, 'dist'), '--target', 'es2022', '--license', '[name].licenses.txt', '-m'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: join(root, 'src', 'action', 'tsconfig.json') } },
);
if (result.status !== 0) {
  console.error('build-action: ncc could not bundle src/action/index.ts');
  process.exit(1);
}
for (const file of readdirSync(dist).filter((f) => /^(\d+\.)?index\.js$/.test(f))) {
  const path = join(dist, file);
  try {
    writeFileSync(path, asciiBundle(readFileSync(path, 'utf8'), `dist/${file}`));
  } catch (error) {
    console.error(`build-action: ${error.message}`);
    process.exit(1);
  }
}
