import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The built CLI on a checkout it must not trust (the README's fork recipe runs
// it on a pull request's files): paths from a configuration file stay in its
// repository; files named on the command line are the user's.
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const SECRET = 'S3CRET-cli-outside-51ab';
const VECTOR = 'images:\n  - name: pause\n    repository: registry.k8s.io/pause\n    tag: "3.10"\n';

function run(args: string[], cwd: string, input: string | Buffer = '') {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });
  return { code: result.status, out: `${result.stdout}\n${result.stderr}` };
}

let outside: string;
beforeAll(() => {
  expect(fs.existsSync(cli), `${cli} is missing: run npm run build`).toBe(true);
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-cli-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.yaml'), `images:\n  - name: ${SECRET}\n    repository: r/x\n    tag: v1\n`);
  fs.writeFileSync(path.join(outside, 'config.yaml'), `${SECRET}: 1\n`);
});

function checkout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-cli-repo-'));
  fs.mkdirSync(path.join(dir, 'imagevector'));
  fs.writeFileSync(path.join(dir, 'imagevector/images.yaml'), VECTOR);
  spawnSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

describe('imagevector-lint (built CLI) on an untrusted checkout', () => {
  it('componentVectors pointing outside (absolute, ../, an in-repository link) are config findings', () => {
    const dir = checkout();
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'druid.yaml'));
    const up = path.relative(dir, path.join(outside, 'secret.yaml'));
    fs.writeFileSync(path.join(dir, '.imagevector-lint.yaml'), `componentVectors:\n  abs: ${path.join(outside, 'secret.yaml')}\n  up: ${up}\n  link: druid.yaml\n`);
    const r = run(['--format', 'json', 'imagevector/images.yaml'], dir);
    expect(r.code).toBe(1);
    for (const name of ['abs', 'up', 'link']) expect(r.out).toMatch(new RegExp(`componentVectors\\.${name}: cannot read .*: it points outside the repository`));
    expect(r.out).not.toContain(SECRET);
  });

  it('--config names the user\'s own file anywhere; its componentVectors stay in its repository', () => {
    const dir = checkout();
    const config = path.join(outside, 'cfg.yaml');
    fs.writeFileSync(config, `componentVectors:\n  abs: ${path.join(outside, 'secret.yaml')}\n`);
    const r = run(['--config', config, 'imagevector/images.yaml'], dir);
    expect(r.code).toBe(1);
    // Text output wraps long messages: read it as one line.
    expect(r.out.replace(/\n +/g, ' ')).toMatch(/componentVectors\.abs: cannot read .*points outside the repository/);
    expect(r.out).not.toContain(SECRET);
  });

  it('a default configuration linked outside, and discovered vectors linked outside or to /dev/zero: refused', () => {
    const dir = checkout();
    fs.symlinkSync(path.join(outside, 'config.yaml'), path.join(dir, '.imagevector-lint.yaml'));
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'imagevector/out.yaml'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'imagevector/zero.yaml'));
    const r = run([], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Cannot read the configuration: it points outside the repository/);
    expect(r.out).not.toContain(SECRET);
    expect(r.out).not.toContain('Unknown configuration key');
  });

  it('a file named on the command line may be anywhere, and is read bounded (/dev/zero ends as a finding)', () => {
    const dir = checkout();
    fs.writeFileSync(path.join(dir, '.imagevector-lint.yaml'), 'maxFileBytes: 1000\n');
    const r = run([path.join(outside, 'secret.yaml'), '/dev/zero'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(SECRET); // the user's own file: linted
    expect(r.out).toMatch(/\/dev\/zero[\s\S]*Cannot lint this file: file is larger than 1000 bytes/);
  });

  it('a configuration that is a directory: a finding for the default file, a usage error for --config', () => {
    const dir = checkout();
    fs.mkdirSync(path.join(dir, '.imagevector-lint.yaml'));
    const found = run([], dir);
    expect(found.code).toBe(1);
    expect(found.out).toMatch(/Cannot read the configuration: it is a directory/);
    const named = run(['--config', '.imagevector-lint.yaml', 'imagevector/images.yaml'], dir);
    expect(named.code).toBe(2);
    expect(named.out).toMatch(/configuration .*\.imagevector-lint\.yaml is a directory/);
    expect(`${found.out}${named.out}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('invalid UTF-8 on standard input is a finding, not silently replaced', () => {
    const dir = checkout();
    const r = run(['-'], dir, Buffer.concat([Buffer.from('images:\n- name: '), Buffer.from([0xff]), Buffer.from('\n  repository: r\n  tag: v1\n')]));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/<stdin>[\s\S]*Cannot lint this file: not valid UTF-8 at byte 16/);
  });
});
