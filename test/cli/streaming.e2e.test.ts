import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/engine/config.js';
import { lintTogether } from '../../src/engine/lint.js';
import type { LintInput } from '../../src/engine/types.js';
import { formatJson } from '../../src/reporters/json.js';

// The built CLI writes the JSON report as the run goes (rows per cluster of
// files, read lazily): the bytes must be those of formatting one lint of
// everything, and a report written over one of its own inputs must still be
// the report of what the file held.

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');

function run(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const entry = (name: string, tag: string, extra = '') => `- name: ${name}\n  repository: registry.example/${name}\n  tag: ${tag}\n${extra}`;
const FILES: [string, LintInput['kind'], string][] = [
  ['a.yaml', 'base', `images:\n${entry('etcd', 'v1', '  targetVersion: ">= 1.27"\n')}${entry('etcd', 'v0', '  targetVersion: "< 1.28"\n')}`],
  ['b.yaml', 'base', `images:\n${entry('vpn', 'v1')}${entry('pause', '3.10')}`],
  ['c.yaml', 'base', `images:\n${entry('coredns', 'v1')}${entry('etcd', 'v3', '  targetVersion: "1.x"\n')}`],
  ['o.yaml', 'overwrite', `images:\n${entry('vpn', 'v2')}${entry('pause', 'v2', '  architectures: [arm64]\n')}${entry('nope', 'v1')}`],
];

let dir: string;
beforeAll(() => {
  expect(fs.existsSync(cli), `${cli} is missing: run npm run build`).toBe(true);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-stream-'));
  for (const [name, , content] of FILES) fs.writeFileSync(path.join(dir, name), content);
});

describe('the JSON report, written as the run goes', () => {
  it('is byte for byte the report of one lint of everything', () => {
    const r = run(dir, ['a.yaml', 'b.yaml', 'c.yaml', '--overwrite', 'o.yaml', '--format', 'json', '--fail-level', 'never']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = lintTogether(FILES.map(([p, kind, content]) => ({ path: p, kind, content })), defaultConfig());
    expect(expected.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['unknown-image', 'yaml-type-trap']));
    expect(r.stdout).toBe(`${formatJson(expected)}\n`);
  });

  it('over one of its own inputs: the file is read before it is overwritten', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-stream-self-'));
    for (const [name, , content] of FILES) fs.writeFileSync(path.join(work, name), content);
    const elsewhere = run(work, ['a.yaml', 'b.yaml', '--format', 'json', '--output', 'report.json', '--fail-level', 'never']);
    expect(elsewhere.code).toBe(0);
    const over = run(work, ['a.yaml', 'b.yaml', '--format', 'json', '--output', 'b.yaml', '--fail-level', 'never']);
    expect(over.code).toBe(0);
    expect(fs.readFileSync(path.join(work, 'b.yaml'), 'utf8')).toBe(fs.readFileSync(path.join(work, 'report.json'), 'utf8'));
  });

  it('a report that cannot be written is a message and exit 2, before any file is linted', () => {
    const r = run(dir, ['a.yaml', '--format', 'json', '--output', 'no/such/dir/report.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write no\/such\/dir\/report\.json: no such directory/);
  });
});
