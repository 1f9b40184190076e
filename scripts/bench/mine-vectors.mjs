#!/usr/bin/env node
// Distinct real image vectors from the history of git repositories.
//
//   node scripts/bench/mine-vectors.mjs OUT_DIR GIT_DIR [GIT_DIR …]
//
// Writes every distinct blob that any commit of any ref of each repository
// (branches, tags and, in a mirror, refs/pull/*/head) holds at a path named
// `images.yaml` into OUT_DIR, one file per blob:
// `<repository>-<blob>-images.yaml`. A GIT_DIR may be a bare mirror
// or a work tree. Blobs are looked up by id, so a file that several commits
// share is written once; files that are not an image vector (no top-level
// `images:` key) are left out, as the benchmark's real-files case does, and so
// are blobs a partial clone does not hold.
//
// Used by `node scripts/bench.mjs --real-git GIT_DIR[,GIT_DIR…]`, so that its
// real-files case runs on distinct vectors from Gardener's history instead of
// the shared corpus repeated. Prints how many files it wrote.

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every distinct blob that was ever written at a path named `images.yaml` in
 * `gitDir`, from the changes of all commits of all refs (root commits and
 * merges against each parent included). Not `rev-list --objects`: it names a
 * blob by one path only, and misses a vector whose blob also sits elsewhere.
 */
function vectorBlobs(gitDir) {
  const listed = spawnSync(
    'git',
    ['--git-dir', gitDir, 'log', '--all', '-m', '--root', '--raw', '--no-abbrev', '--no-renames', '--format=', '--', ':(glob)**/images.yaml'],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  if (listed.status !== 0) throw new Error(`git log in ${gitDir}: ${listed.stderr.trim() || `exit ${listed.status}`}`);
  const blobs = new Set();
  for (const line of listed.stdout.split('\n')) {
    // :100644 100644 <old> <new> M\tpath
    if (!line.startsWith(':')) continue;
    const id = line.slice(0, line.indexOf('\t')).split(' ')[3];
    if (id && !/^0+$/.test(id)) blobs.add(id);
  }
  return [...blobs].map((id) => ({ id }));
}

/** The git directory of a work tree, or the directory itself when it is bare. */
function gitDirOf(dir) {
  const r = spawnSync('git', ['-C', dir, 'rev-parse', '--git-dir'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${dir} is not a git repository: ${r.stderr.trim()}`);
  return resolve(dir, r.stdout.trim());
}

/** A short name for a repository: `gardener+gardener/repo` → `gardener+gardener`. */
function repositoryName(dir) {
  const name = basename(resolve(dir));
  return name === 'repo' || name === '.git' ? basename(resolve(dir, '..')) : name.replace(/\.git$/, '');
}

export function mineVectors(outDir, dirs) {
  mkdirSync(outDir, { recursive: true });
  const names = [];
  for (const dir of dirs) {
    const gitDir = gitDirOf(dir);
    const repository = repositoryName(dir);
    const blobs = vectorBlobs(gitDir);
    // One `git cat-file --batch` for all blobs of a repository.
    const batch = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
      input: blobs.map((b) => b.id).join('\n') + '\n',
      maxBuffer: 1 << 30,
    });
    if (batch.status !== 0) throw new Error(`git cat-file in ${gitDir}: ${batch.stderr.toString().trim()}`);
    const out = batch.stdout;
    let at = 0;
    for (const { id } of blobs) {
      const headerEnd = out.indexOf(10, at);
      const [, type, size] = out.subarray(at, headerEnd).toString('latin1').split(' ');
      if (type === 'missing') {
        // Not in a partial clone: skipped.
        at = headerEnd + 1;
        continue;
      }
      const start = headerEnd + 1;
      const content = out.subarray(start, start + Number(size));
      at = start + Number(size) + 1;
      if (type !== 'blob' || !/^images:/m.test(content.toString('utf8'))) continue;
      const name = `${repository}-${id.slice(0, 12)}-images.yaml`;
      writeFileSync(join(outDir, name), content);
      names.push(name);
    }
  }
  return names.sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [outDir, ...dirs] = process.argv.slice(2);
  if (!outDir || dirs.length === 0) {
    console.error('usage: node scripts/bench/mine-vectors.mjs OUT_DIR GIT_DIR [GIT_DIR …]');
    process.exit(2);
  }
  try {
    console.log(`${mineVectors(outDir, dirs).length} distinct image vectors written to ${outDir}`);
  } catch (error) {
    console.error(`mine-vectors: ${error.message}`);
    process.exit(2);
  }
}
