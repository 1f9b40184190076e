import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Runs the BUILT command line (dist/cli/index.js) as a user would. CI builds
// dist/ before the tests and fails when the committed bundle is stale.
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');

function run(args: string[], options: { cwd?: string; input?: string; node?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(options.node ?? process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '100', ...options.env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let tmp: string;
function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

beforeAll(() => {
  expect(fs.existsSync(cli), `${cli} is missing: run npm run build`).toBe(true);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-cli-'));
});

const gapped = `images:
- name: etcd
  repository: quay.io/coreos/etcd
  tag: v3.4.0
  targetVersion: "1.20.x"
- name: etcd
  repository: quay.io/coreos/etcd
  tag: v3.5.0
  targetVersion: ">= 1.22"
`;

describe('imagevector-lint (built CLI)', () => {
  it('npm start: the bundled example is clean, with the resolved table', () => {
    const r = run([
      '--config', 'examples/.imagevector-lint.yaml', 'examples/images.yaml',
      '--overwrite', 'examples/images-overwrite.yaml', '--components', 'examples/components-overwrite.yaml',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ no problems');
    expect(r.stdout).toMatch(/pause-container\s+amd64, arm64\s+any\s+examples\/images-overwrite\.yaml:5\n\s+registry\.example\.com\/mirror\/pause:3\.10\n/);
  });

  it('exits 1 on an error finding and points at the line', () => {
    const file = write('gap/images.yaml', gapped);
    const r = run([file, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toEqual([
      // At the targetVersion value of the entry whose range ends where the gap starts.
      expect.objectContaining({ rule: 'version-gap', severity: 'error', line: 5, column: 18 }),
    ]);
    expect(report.findings[0].message).toContain('1.21.x (1.21.0 ≤ v < 1.22.0)');
    expect(report.resolved).toContainEqual(
      expect.objectContaining({
        image: 'etcd',
        architecture: 'arm64',
        targetVersion: [{ lo: '1.22.0', hi: null }],
        imageString: 'quay.io/coreos/etcd:v3.5.0',
        source: expect.objectContaining({ line: 6, kind: 'base' }),
      }),
    );
  });

  it('honours --fail-level and --kubernetes-versions', () => {
    const file = write('warn/images.yaml', 'images:\n- name: a\n  repository: r\n  tag: 1.2\n');
    expect(run([file]).code).toBe(0);
    expect(run([file, '--fail-level', 'warning']).code).toBe(1);
    const gap = write('domain/images.yaml', 'images:\n- name: a\n  repository: r\n  tag: v1\n  targetVersion: ">= 1.31"\n');
    expect(run([gap]).code).toBe(0);
    const r = run([gap, '--kubernetes-versions', '>= 1.30']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1.30.x');
    expect(run([gap, '--fail-level', 'never', '--kubernetes-versions', '>= 1.30']).code).toBe(0);
  });

  it('writes SARIF and Markdown', () => {
    const file = write('fmt/images.yaml', gapped);
    const sarif = JSON.parse(run([file, '--format', 'sarif']).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'version-gap', level: 'error' });
    const md = run([file, '--format', 'markdown']).stdout;
    expect(md).toContain('version-gap');
    expect(md).toContain('|');
  });

  it('reads standard input with -', () => {
    const r = run(['-', '--format', 'json'], { input: gapped });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].file).toBe('<stdin>');
  });

  it('finds vectors by content when no file is named', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-discover-'));
    fs.mkdirSync(path.join(dir, 'imagevector'));
    fs.writeFileSync(path.join(dir, 'imagevector/containers.yaml'), gapped);
    fs.writeFileSync(path.join(dir, 'values.yaml'), 'replicas: 3\n');
    const r = run(['--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].file).toBe('imagevector/containers.yaml');
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-empty-'));
    const none = run([], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no image vectors found/);
  });

  describe('bad input: a clear message, exit 1 or 2, never a stack trace', () => {
    const cases: [string, string | Buffer, RegExp, number?][] = [
      ['malformed.yaml', 'images:\n  - name: a\n   bad: [\n', /yaml-syntax/],
      // Named files are read for what they are: an empty file or a scalar is no image vector, skipped with a notice (see file-kinds.e2e.test.ts).
      ['empty.yaml', '', /skipped 1 file that is not an image vector/, 0],
      ['scalar.yaml', 'just a string\n', /skipped 1 file that is not an image vector/, 0],
      ['images-map.yaml', 'images:\n  name: a\n', /`images` must be a list/],
      ['binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
      ['latin1.yaml', Buffer.from('images:\n- name: caf\xe9\n', 'latin1'), /UTF-8/],
      ['alias-bomb.yaml', bomb(), /alias|limit/i],
      ['deep.yaml', `images: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /depth|nest|limit/i],
      // Unknown keys without a likely meaning are warnings: exit 0 at the default fail level, but reported.
      ['proto.yaml', 'images:\n- name: a\n  repository: r\n  __proto__: {polluted: true}\n  constructor: x\n', /Unknown key `__proto__`[^]*Unknown key `constructor`/, 0],
    ];
    it.each(cases)('%s', (name, content, expected, code = 1) => {
      const file = write(`bad/${name}`, content);
      const r = run([file]);
      expect(r.code).toBe(code);
      expect(r.stdout + r.stderr).toMatch(expected);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
    it('a 50 MiB file is refused by size, quickly', () => {
      const file = path.join(tmp, 'big.yaml');
      const line = '- name: a\n  repository: r\n';
      fs.writeFileSync(file, `images:\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}`);
      const r = run([file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/MiB/);
    });
    it('usage errors exit 2', () => {
      expect(run(['--format', 'xml']).code).toBe(2);
      expect(run(['--bogus']).stderr).toMatch(/Unknown option/);
      expect(run([path.join(tmp, 'missing.yaml')]).stderr).toMatch(/no such file/);
      expect(run(['--kubernetes-versions', '>= 1.30 &&', 'examples/images.yaml']).code).toBe(2);
    });
    it('a broken configuration is a finding', () => {
      const config = write('cfg/.imagevector-lint.yaml', 'rules:\n  version-gapp: error\n');
      const r = run(['--config', config, 'examples/images.yaml']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/Unknown rule `version-gapp`/);
    });
  });

  it('--output to a folder that does not exist, or cannot be written: a clear message, exit 2', () => {
    const file = write('out/images.yaml', gapped);
    const missing = run([file, '--output', '/nonexistent/dir/report.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('imagevector-lint: cannot write /nonexistent/dir/report.txt: no such directory /nonexistent/dir\n');
    const dir = run([file, '--output', tmp]);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toMatch(/^imagevector-lint: cannot write .+: it is a directory\n$/);
    const written = run([file, '--output', path.join(tmp, 'out/report.json'), '--format', 'json']);
    expect(written.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'out/report.json'), 'utf8')).findings).toHaveLength(1);
  });

  it('--quiet prints the findings only; COLUMNS sets the width', () => {
    const file = write('quiet/images.yaml', gapped);
    const r = run([file, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^.*images\.yaml\n {2}5:18 {2}error {2}No entry of `etcd`/);
    expect(r.stdout).not.toMatch(/✖|Resolved images/);
    expect(run(['examples/images.yaml', '-q']).stdout).toBe('');
    for (const columns of ['60', '100', '140']) {
      const lines = run([file], { env: { COLUMNS: columns } }).stdout.split('\n');
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(Number(columns));
    }
  });

  it('never modifies the files it reads', () => {
    const file = write('ro/images.yaml', gapped);
    const before = fs.statSync(file).mtimeMs;
    run([file]);
    expect(fs.readFileSync(file, 'utf8')).toBe(gapped);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });
});

function bomb(): string {
  let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  return `${text}images:\n- name: *a9\n  repository: r\n`;
}
