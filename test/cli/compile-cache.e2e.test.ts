import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCacheDirectory } from '../../src/cli/compile-cache.js';
import { NODE24, NODE24_PLATFORM } from '../action/support/run-action.js';

// The CLI's code cache (src/cli/compile-cache.ts), on Node 20 and Node 24: in the user's cache
// directory, never in the repository being linted; used by the next run (not written again);
// only for the very code it was made from, so that another build never runs from it.

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist/cli');
const vector = 'images:\n- name: a\n  repository: r.io/a\n  tag: "v1"\n';
const CACHE = path.join('.cache', 'imagevector-lint', 'compile-cache');

const temporaries: string[] = [];
afterEach(() => {
  for (const dir of temporaries.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh repository with one vector, and a home of its own. */
function sandbox() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-cache-'));
  temporaries.push(tmp);
  const repo = path.join(tmp, 'repo');
  const home = path.join(tmp, 'home');
  fs.mkdirSync(repo);
  fs.mkdirSync(home);
  fs.writeFileSync(path.join(repo, 'images.yaml'), vector);
  const list = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).sort() : []);
  const entries = () => list(path.join(home, CACHE)).filter((f) => f.startsWith('cli-'));
  const stat = (name: string) => fs.statSync(path.join(home, CACHE, name));
  /** Runs the built CLI (or the one in `cli`) there. */
  const run = (node: string, env: Record<string, string> = {}, args = ['--format', 'json', 'images.yaml'], cli = dist) => {
    const base = { ...process.env };
    for (const key of ['XDG_CACHE_HOME', 'NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE', 'LOCALAPPDATA']) delete base[key];
    return spawnSync(node, [path.join(cli, 'index.js'), ...args], { cwd: repo, env: { ...base, HOME: home, ...env }, encoding: 'utf8' });
  };
  return { tmp, repo, home, list, entries, stat, run };
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
    // Node's own setting chooses the directory, if absolute.
    expect(compileCacheDirectory({ NODE_COMPILE_CACHE: '/c', XDG_CACHE_HOME: '/x' }, 'linux', '/home/u')).toBe('/c');
    expect(compileCacheDirectory({ NODE_COMPILE_CACHE: 'c' }, 'linux', '/home/u')).toBeUndefined();
  });
});

const nodes: [string, string, boolean][] = [
  ['Node 20', process.execPath, true],
  ['Node 24', NODE24, NODE24_PLATFORM],
];

describe.each(nodes)('the built CLI and its code cache (%s)', (_name, node, available) => {
  it.runIf(available)("caches in ~/.cache/imagevector-lint, writes nothing into the repository, and the next run uses the entry", () => {
    const box = sandbox();
    const first = box.run(node);
    expect(first.status, first.stderr).toBe(0);
    expect(box.list(box.repo)).toEqual(['images.yaml']);
    const entries = box.entries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/^cli-v\d+\.\d+\.\d+-\w+\.v8cache$/);
    const written = box.stat(entries[0]!);
    expect(written.mode & 0o077).toBe(0);
    // Accepted by V8: a rejected or missing entry would be written again.
    const second = box.run(node);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(box.entries()).toEqual(entries);
    const again = box.stat(entries[0]!);
    expect([again.ino, again.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
  });

  it.runIf(available)('an unwritable cache directory or NODE_DISABLE_COMPILE_CACHE give the same report and write nothing', () => {
    const box = sandbox();
    const plain = box.run(node, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(plain.status, plain.stderr).toBe(0);
    expect(box.list(box.home)).toEqual([]);
    const unwritable = box.run(node, { XDG_CACHE_HOME: '/nonexistent-and-unwritable/cache' });
    expect(unwritable.status, unwritable.stderr).toBe(0);
    expect(unwritable.stdout).toBe(plain.stdout);
    expect(box.list(box.home)).toEqual([]);
    // A run that is no lint (a usage error) leaves no entry: it would hold little of the CLI's code.
    const usage = box.run(node, {}, ['--format', 'nonsense', 'images.yaml']);
    expect(usage.status).toBe(2);
    expect(box.entries()).toEqual([]);
  });

  it.runIf(available)('another build of the CLI (the same length, other code) runs its own code, and replaces the entry', () => {
    const box = sandbox();
    const copy = path.join(box.tmp, 'cli');
    fs.cpSync(dist, copy, { recursive: true });
    const markdown = ['--format', 'markdown', 'images.yaml'];
    const before = box.run(node, {}, markdown, copy);
    expect(before.status, before.stderr).toBe(0);
    const [entry] = box.entries();
    const old = box.stat(entry!);
    // The report's title, one letter, same length: V8 alone (it checks the length) would take the old entry.
    const file = path.join(copy, 'process-io.js');
    const code = fs.readFileSync(file, 'utf8');
    const title = "title: 'imagevector-lint'";
    expect(code.split(title)).toHaveLength(2);
    fs.writeFileSync(file, code.replace(title, "title: 'imagevector-linT'"));
    const after = box.run(node, {}, markdown, copy);
    expect(after.status, after.stderr).toBe(0);
    expect(before.stdout).not.toContain('imagevector-linT');
    expect(after.stdout).toBe(before.stdout.replace('imagevector-lint', 'imagevector-linT'));
    expect(box.entries()).toEqual([entry]);
    const now = box.stat(entry!);
    expect([now.ino, now.mtimeMs]).not.toEqual([old.ino, old.mtimeMs]);
    // And the next run of it takes the new entry.
    const next = box.run(node, {}, markdown, copy);
    expect(next.stdout).toBe(after.stdout);
    const same = box.stat(entry!);
    expect([same.ino, same.mtimeMs]).toEqual([now.ino, now.mtimeMs]);
  });
});
