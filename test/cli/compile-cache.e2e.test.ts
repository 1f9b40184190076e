import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDirectory } from '../../src/cli/compile-cache.js';
import { NODE24, NODE24_PLATFORM } from '../action/support/run-action.js';

// The CLI's compile cache (Node ≥ 22.1): in the user's cache directory, never in the repository
// being linted, and nothing at all on Node 20.

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const vector = 'images:\n- name: a\n  repository: r.io/a\n  tag: "v1"\n';

/** Runs the built CLI in a fresh repository with its own home; returns the files it left there. */
function run(node: string, env: Record<string, string> = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-cache-'));
  const repo = path.join(tmp, 'repo');
  const home = path.join(tmp, 'home');
  fs.mkdirSync(repo);
  fs.mkdirSync(home);
  fs.writeFileSync(path.join(repo, 'images.yaml'), vector);
  const base = { ...process.env };
  for (const key of ['XDG_CACHE_HOME', 'NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE', 'LOCALAPPDATA']) delete base[key];
  const result = spawnSync(node, [cli, '--format', 'json', 'images.yaml'], { cwd: repo, env: { ...base, HOME: home, ...env }, encoding: 'utf8' });
  const list = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).sort() : []);
  const files = { repo: list(repo), home: list(home), tmp: list(tmp) };
  fs.rmSync(tmp, { recursive: true, force: true });
  return { result, files, tmp };
}

describe('compileCacheDirectory', () => {
  it("is the user's cache directory, never a relative one", () => {
    expect(compileCacheDirectory({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u')).toBe('/x/cache/imagevector-lint/compile-cache');
    expect(compileCacheDirectory({}, 'linux', '/home/u')).toBe('/home/u/.cache/imagevector-lint/compile-cache');
    expect(compileCacheDirectory({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/u')).toBe('/home/u/.cache/imagevector-lint/compile-cache');
    expect(compileCacheDirectory({ XDG_CACHE_HOME: 'cache' }, 'linux', '')).toBeUndefined();
    expect(compileCacheDirectory({}, 'darwin', 'relative/home')).toBeUndefined();
    expect(compileCacheDirectory({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u')).toBe('C:\\Users\\u\\AppData\\Local\\imagevector-lint\\compile-cache');
    expect(compileCacheDirectory({}, 'win32', 'C:\\Users\\u')).toBeUndefined();
  });
});

describe('the built CLI and the compile cache', () => {
  it.runIf(NODE24_PLATFORM)("Node 24: caches in ~/.cache/imagevector-lint, writes nothing into the repository, and the next run's report is the same", () => {
    const first = run(NODE24);
    expect(first.result.status, first.result.stderr).toBe(0);
    expect(first.files.repo).toEqual(['images.yaml']);
    expect(first.files.home.some((f) => f.startsWith(path.join('.cache', 'imagevector-lint', 'compile-cache', 'v24')))).toBe(true);
    const xdg = run(NODE24, { XDG_CACHE_HOME: '/nonexistent-and-unwritable/cache' });
    expect(xdg.result.status, xdg.result.stderr).toBe(0);
    expect(xdg.result.stdout).toBe(first.result.stdout);
    expect(xdg.files.home).toEqual([]);
    const off = run(NODE24, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(off.result.stdout).toBe(first.result.stdout);
    expect(off.files.home).toEqual([]);
  });

  it('Node 20 (no module.enableCompileCache): no cache anywhere', () => {
    const r = run(process.execPath);
    expect(r.result.status, r.result.stderr).toBe(0);
    expect(r.files.tmp).toEqual(['home', 'repo', path.join('repo', 'images.yaml')]);
  });
});
