import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// What the built CLI loads of Node's own modules: node:tty (and node:net with it) only when a text
// report asks whether standard output is a terminal; a JSON report to a file (a pre-commit hook,
// an editor) never needs it.

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-start-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
fs.writeFileSync(path.join(tmp, 'images.yaml'), 'images:\n- name: a\n  repository: r.io/a\n  tag: "v1"\n');
const hook = path.join(tmp, 'loaded.cjs');
fs.writeFileSync(hook, "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED, process.moduleLoadList.join('\\n')));\n");

/** The built-in modules a run of the CLI loaded. */
function loaded(args: string[]): string[] {
  const file = path.join(tmp, 'loaded.txt');
  const result = spawnSync(process.execPath, ['--require', hook, cli, ...args], { cwd: tmp, env: { ...process.env, LOADED: file }, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return fs.readFileSync(file, 'utf8').split('\n').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
}

describe('the built CLI at start', () => {
  it('a JSON report to a file loads neither node:tty nor node:net', () => {
    const modules = loaded(['--format', 'json', '--output', 'report.json', 'images.yaml']);
    expect(modules).toContain('fs');
    expect(modules.filter((m) => m === 'tty' || m === 'net')).toEqual([]);
  });

  it('a text report asks whether standard output is a terminal', () => {
    expect(loaded(['images.yaml'])).toContain('tty');
  });
});
