import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

// The hook of .pre-commit-hooks.yaml run by pre-commit itself (Debian's `pre-commit`) on a
// temporary git repository, offline: the hook definition is used as written (id, entry,
// `language: node`, files, require_serial), and pre-commit installs the package into its node
// environment from the packed tarball of this checkout (`additional_dependencies`), which needs
// no registry since the package has no dependencies. A commit with a version gap is blocked,
// a clean one passes.

const root = path.resolve(import.meta.dirname, '../..');
const PRE_COMMIT = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const SKIPPED = PRE_COMMIT ? '' : ' [SKIPPED: pre-commit is not installed; apt-get install pre-commit]';
const npmCli = process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : undefined;

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
  [key: string]: unknown;
}
const hooks = load(fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('.pre-commit-hooks.yaml', () => {
  it('defines the imagevector-lint hook for YAML files, run once with all of them', () => {
    expect(hooks.map((h) => h.id)).toEqual(['imagevector-lint']);
    const hook = hooks[0]!;
    expect(hook).toMatchObject({ entry: 'imagevector-lint', language: 'node', require_serial: true });
    const files = new RegExp(hook.files);
    for (const name of ['images.yaml', 'imagevector/containers.yaml', 'charts/images.yml']) expect(files.test(name), name).toBe(true);
    for (const name of ['main.go', 'images.yaml.bak', 'README.md']) expect(files.test(name), name).toBe(false);
    // pre-commit's `entry` is the package's bin.
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
  });
});

describe('the hook run by pre-commit', () => {
  let repo: string;
  let env: NodeJS.ProcessEnv;
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8', env, timeout: 600_000 });

  beforeAll(() => {
    if (!PRE_COMMIT) return;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-pre-commit-'));
    const [command, prefix] = npmCli ? [process.execPath, [npmCli]] : ['npm', []];
    const packed = spawnSync(command, [...prefix, 'pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: root, encoding: 'utf8', timeout: 180_000 });
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = path.join(tmp, JSON.parse(packed.stdout)[0].filename);
    repo = path.join(tmp, 'repo');
    fs.mkdirSync(repo);
    fs.mkdirSync(path.join(tmp, 'cache'));
    env = {
      PATH: process.env.PATH ?? '',
      HOME: tmp,
      PRE_COMMIT_HOME: path.join(tmp, 'pre-commit'),
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      NO_COLOR: '1',
      // pre-commit's npm installs the placeholder package and the tarball: offline, no cache.
      npm_config_offline: 'true',
      npm_config_cache: path.join(tmp, 'cache'),
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    expect(git('init', '-q', '-b', 'main').status).toBe(0);
    // The real hook definition; only where the package comes from is added.
    const config = { repos: [{ repo: 'local', hooks: [{ ...hooks[0]!, additional_dependencies: [tarball] }] }] };
    fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'), JSON.stringify(config, null, 2));
    const install = spawnSync('pre-commit', ['install'], { cwd: repo, encoding: 'utf8', env, timeout: 120_000 });
    expect(install.status, install.stdout + install.stderr).toBe(0);
  });

  it(`blocks a commit that leaves a version gap, and passes the fixed one${SKIPPED}`, { skip: !PRE_COMMIT, timeout: 600_000 }, () => {
    const gapped = 'images:\n- name: etcd\n  repository: registry.example.com/etcd\n  tag: v3.5.0\n  targetVersion: "< 1.30"\n- name: etcd\n  repository: registry.example.com/etcd\n  tag: v3.6.0\n  targetVersion: ">= 1.31"\n';
    fs.writeFileSync(path.join(repo, 'images.yaml'), gapped);
    fs.writeFileSync(path.join(repo, 'kustomization.yaml'), 'resources: [deployment.yaml]\n');
    git('add', '.');
    const bad = git('commit', '-q', '-m', 'gap');
    const output = bad.stdout + bad.stderr;
    expect(output).toMatch(/imagevector-lint\.+Failed/);
    expect(output).toContain('version-gap');
    expect(output).toContain('images.yaml');
    expect(bad.status).not.toBe(0);
    expect(git('rev-parse', '--verify', '-q', 'HEAD').status).not.toBe(0); // nothing committed

    fs.writeFileSync(path.join(repo, 'images.yaml'), gapped.replace('"< 1.30"', '"< 1.31"'));
    git('add', '.');
    const good = git('commit', '-q', '-m', 'no gap');
    expect(good.stdout + good.stderr).toMatch(/imagevector-lint\.+Passed/);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(git('log', '--format=%s').stdout.trim()).toBe('no gap');

    // A commit without YAML does not run it at all.
    fs.writeFileSync(path.join(repo, 'README.md'), 'x\n');
    git('add', '.');
    const other = git('commit', '-q', '-m', 'docs');
    expect(other.status).toBe(0);
    expect(other.stdout + other.stderr).toMatch(/imagevector-lint\.+\(no files to check\)Skipped/);
  });
});
