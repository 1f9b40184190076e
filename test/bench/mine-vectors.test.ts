import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script of the benchmark, without declarations
import { mineVectors } from '../../scripts/bench/mine-vectors.mjs';

// The benchmark's real-files case on Gardener's history (--real-git): every
// distinct images.yaml blob of every ref, once; files that are not vectors out.

const work = mkdtempSync(join(tmpdir(), 'mine-vectors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

const v1 = 'images:\n- name: a\n  repository: r/a\n  tag: "1"\n';
const v2 = 'images:\n- name: a\n  repository: r/a\n  tag: "2"\n';
const v3 = 'images:\n- name: b\n  repository: r/b\n';

describe('mine-vectors', () => {
  it('writes each distinct images.yaml blob of all refs once, and nothing else', () => {
    const repo = join(work, 'gardener');
    mkdirSync(join(repo, 'charts'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'charts/images.yaml'), v1);
    writeFileSync(join(repo, 'other.yaml'), v2); // not named images.yaml
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'one');
    writeFileSync(join(repo, 'charts/images.yaml'), v2);
    mkdirSync(join(repo, 'test'));
    writeFileSync(join(repo, 'test/images.yaml'), v1); // the same blob as commit one's
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'two');
    git(repo, 'checkout', '-q', '-b', 'topic');
    writeFileSync(join(repo, 'charts/images.yaml'), v3);
    writeFileSync(join(repo, '.github-images.yaml'), 'on: push\n'); // not a vector
    mkdirSync(join(repo, 'ci'));
    writeFileSync(join(repo, 'ci/images.yaml'), 'jobs: {}\n'); // named so, but no images: key
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'three');
    git(repo, 'checkout', '-q', 'main');
    const bare = join(work, 'mirror.git');
    git(work, 'clone', '-q', '--mirror', repo, bare);

    for (const source of [repo, bare]) {
      const out = join(work, `out-${source === repo ? 'tree' : 'bare'}`);
      const names: string[] = mineVectors(out, [source]);
      expect(names).toEqual(readdirSync(out).sort());
      const contents = names.map((n) => readFileSync(join(out, n), 'utf8')).sort();
      expect(contents).toEqual([v1, v2, v3].sort());
      for (const n of names) expect(n).toMatch(/^(gardener|mirror)-[0-9a-f]{12}-images\.yaml$/);
    }
  });

  it('says which directory is not a repository', () => {
    const plain = join(work, 'plain');
    mkdirSync(plain);
    expect(() => mineVectors(join(work, 'x'), [plain])).toThrow(/plain is not a git repository/);
  });
});
