import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApiStandIn } from '../action/support/github-api.js';
import { assertBundleIsFresh, git, makeRepository, OWNER, pullRequestPayload, REPO, ROOT, runAction, TOKEN, type ActionRun } from '../action/support/run-action.js';

// `--base REF` on the built CLI against the built action on the same pull request (the
// Gardener-layout fixture: base and head commits): one code path, so the change table and the
// coverage-lost rows are the same bytes in the CLI's Markdown as in the action's job summary.

const cli = path.join(ROOT, 'dist/cli/index.js');

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The Markdown section that starts with `heading`, up to the next heading or collapsed block. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  expect(start, `no "${heading}" in:\n${markdown}`).toBeGreaterThanOrEqual(0);
  const rest = markdown.slice(start + heading.length);
  const end = rest.search(/\n\n(####|<details>|<sub>)/);
  return heading + (end < 0 ? rest : rest.slice(0, end));
}

function rowsOf(markdown: string, rule: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('|') && line.includes(`\`${rule}\``));
}

const standIn = new GitHubApiStandIn(OWNER, REPO, TOKEN);
let apiUrl = '';
const ws = makeRepository(['gardener/base', 'gardener/head']);
let action: ActionRun;

beforeAll(async () => {
  assertBundleIsFresh();
  apiUrl = await standIn.start();
  action = await runAction({
    workspace: ws.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload({ number: 5, baseSha: ws.commits[0]!, headSha: ws.commits[1]!, fork: false }),
    inputs: { comment: 'off' },
    apiUrl,
  });
  expect(action.code, action.stdout + action.stderr).toBe(1);
});
afterAll(async () => {
  await standIn.stop();
});

describe('imagevector-lint --base (built CLI)', () => {
  it('reproduces the action’s change table and coverage-lost findings byte for byte in Markdown', () => {
    const r = run(['--base', 'HEAD~1', '--format', 'markdown'], ws.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const heading = '#### What this change does to the resolved images';
    const changes = section(r.stdout, heading);
    expect(changes).toContain('| etcd | arm64 | any | `:v3.5.26` → `:v3.5.27` |');
    expect(changes).toBe(section(action.summary, heading));
    const lost = rowsOf(r.stdout, 'coverage-lost');
    expect(lost.length).toBeGreaterThan(0);
    expect(lost).toEqual(rowsOf(action.summary, 'coverage-lost'));
    expect(rowsOf(r.stdout, 'tag-style-changed')).toEqual(rowsOf(action.summary, 'tag-style-changed'));
    expect(r.stdout).toContain(`Compared with the base commit \`${ws.commits[0]!.slice(0, 12)}\`: 1 vector file changed.`);
  });

  it('gives the same findings and changes as the action’s JSON report', () => {
    const r = run(['--base', ws.commits[0]!, '--format', 'json'], ws.dir);
    expect(r.code).toBe(1);
    const cliReport = JSON.parse(r.stdout);
    const actionReport = JSON.parse(action.jsonReport!);
    expect(cliReport.changes.length).toBeGreaterThan(0);
    expect(cliReport.changes).toEqual(actionReport.changes);
    // The action's JSON report holds every finding; the CLI reports those the change introduces (report: new).
    expect(cliReport.findings.every((f: { new?: boolean }) => f.new === true)).toBe(true);
    const rules = (report: { findings: Array<{ rule: string }> }) => report.findings.map((f) => f.rule);
    expect(rules(cliReport)).toEqual(expect.arrayContaining(['coverage-lost', 'tag-style-changed', 'invalid-constraint']));
    expect(rules(actionReport)).toEqual(expect.arrayContaining(rules(cliReport)));
  });

  it('shows the comparison in text, and only the change’s findings unless --report all', () => {
    const r = run(['--base', 'HEAD~1'], ws.dir, { COLUMNS: '100' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`Compared with ${ws.commits[0]!.slice(0, 12)}: 1 vector file changed\\.`));
    expect(r.stdout).toContain('  changed  etcd  arm64  target any  imagevector/containers.yaml\n      :v3.5.26 → :v3.5.27\n');
    expect(r.stdout).toContain('coverage-lost');
    expect(r.stdout).not.toContain('imagevector/charts.yaml\n');
    expect(r.stdout).toMatch(/1 finding already at the base commit: not shown and not failing \(--report all shows them\)\./);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    const all = run(['--base', 'HEAD~1', '--report', 'all'], ws.dir);
    expect(all.stdout).toContain('imagevector/charts.yaml\n');
  });

  it('works from a folder of the repository (paths relative to it)', () => {
    const r = run(['--base', 'HEAD~1', '--format', 'json', '--config', '../.imagevector-lint.yaml', 'containers.yaml'], path.join(ws.dir, 'imagevector'));
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('coverage-lost');
    expect(report.findings.every((f: { file: string }) => f.file === 'containers.yaml')).toBe(true);
    expect(report.changes.some((c: { kind: string; image: string }) => c.kind === 'changed' && c.image === 'etcd')).toBe(true);
  });

  it('compared with itself: no change, nothing reported, exit 0 (--report all: the head’s own errors)', () => {
    const r = run(['--base', 'HEAD', '--format', 'markdown'], ws.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No change to the resolved images.');
    expect(r.stdout).toMatch(/\d+ findings already at the base commit/);
    expect(run(['--base', 'HEAD', '--report', 'all'], ws.dir).code).toBe(1);
    const clean = makeRepository(['gardener/base']);
    const same = run(['--base', 'HEAD', '--format', 'markdown'], clean.dir);
    expect(same.stdout).toContain('No change to the resolved images.');
    expect(same.code).toBe(0);
    expect(git(clean.dir, ['status', '--porcelain'])).toBe('');
  });

  it('a revision that is not a commit, or no repository, is a clear usage error (exit 2)', () => {
    const bad = run(['--base', 'no-such-branch'], ws.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--base 'no-such-branch' is not a commit in this repository/);
    const option = run(['--base', '--output=/tmp/x'], ws.dir);
    expect(option.code).toBe(2);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-nogit-'));
    fs.writeFileSync(path.join(outside, 'images.yaml'), 'images:\n- name: a\n  repository: r\n  tag: v1\n');
    const none = run(['--base', 'HEAD', 'images.yaml'], outside, { GIT_CEILING_DIRECTORIES: os.tmpdir() });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--base needs a git repository/);
    expect(none.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
