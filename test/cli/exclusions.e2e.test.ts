import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Exclusions through the BUILT command line: the configuration's `ignore:`
// globs leave files out of discovery, directory arguments and named files
// (pre-commit names every changed file); .gitignore leaves files out of what
// the linter finds by walking, but not a file the user names.
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '100' },
    timeout: 60_000,
  });
  const report = result.stdout ? (JSON.parse(result.stdout) as { files: { path: string }[]; findings: { rule: string; file: string; line: number; column: number; message: string }[] }) : undefined;
  return { code: result.status, stderr: result.stderr, files: (report?.files ?? []).map((f) => f.path).sort(), findings: report?.findings ?? [] };
}

const vector = (name: string) => `images:\n- name: ${name}\n  repository: registry.example.com/${name}\n  tag: v1.0.0\n`;
const gapped = `images:
- name: kind-node
  repository: kindest/node
  tag: v1.20.0
  targetVersion: "1.20.x"
- name: kind-node
  repository: kindest/node
  tag: v1.22.0
  targetVersion: ">= 1.22"
`;

function repository(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-excl-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  return dir;
}

beforeAll(() => {
  expect(fs.existsSync(cli), `${cli} is missing: run npm run build`).toBe(true);
});

describe('ignore: in .imagevector-lint.yaml (built CLI)', () => {
  const files = {
    '.imagevector-lint.yaml': 'ignore:\n  - dev-setup/**\n  - "**/testdata"\n',
    'imagevector/images.yaml': vector('gardenlet'),
    'dev-setup/kind/images.yaml': gapped,
    'pkg/x/testdata/images.yaml': gapped,
  };

  it('leaves the globs out of discovery (a folder glob: everything below it)', () => {
    const dir = repository(files);
    const r = run([], dir);
    expect(r.files).toEqual(['imagevector/images.yaml']);
    expect(r.code).toBe(0);
    // Without the key the gaps are found: the test can fail.
    fs.writeFileSync(path.join(dir, '.imagevector-lint.yaml'), 'rules: {}\n');
    expect(run([], dir)).toMatchObject({ code: 1, files: ['dev-setup/kind/images.yaml', 'imagevector/images.yaml', 'pkg/x/testdata/images.yaml'] });
  });

  it('applies to a directory argument and to named files too, with a notice for each', () => {
    const dir = repository(files);
    expect(run(['.'], dir).files).toEqual(['imagevector/images.yaml']);
    const named = run(['imagevector/images.yaml', 'dev-setup/kind/images.yaml'], dir);
    expect(named.code).toBe(0);
    expect(named.files).toEqual(['imagevector/images.yaml']);
    expect(named.stderr).toBe('imagevector-lint: skipped dev-setup/kind/images.yaml: it matches `ignore: dev-setup/**` in .imagevector-lint.yaml.\n');
  });

  it('a glob that leaves the repository, or not a list, is a config finding at the key', () => {
    const dir = repository({ ...files, '.imagevector-lint.yaml': 'architectures: [amd64]\nignore:\n  - ../other/**\n' });
    const r = run([], dir);
    expect(r.code).toBe(1);
    const config = r.findings.filter((f) => f.rule === 'config');
    expect(config).toEqual([expect.objectContaining({ rule: 'config', file: '.imagevector-lint.yaml', line: 3 })]);
    expect(config[0]!.message).toMatch(/^`ignore` must be a list of globs of files not to lint, relative to this file's folder, without a leading \/ or ! and without '\.\.'/);
  });
});

describe('.gitignore (built CLI)', () => {
  const files = {
    '.gitignore': '/build/\n*.generated.yaml\n!keep.generated.yaml\n',
    'imagevector/images.yaml': vector('gardenlet'),
    'build/images.yaml': gapped,
    'charts/images.generated.yaml': gapped,
    'charts/keep.generated.yaml': vector('kept'),
    'charts/sub/.gitignore': 'local/\n',
    'charts/sub/local/images.yaml': gapped,
  };

  it('leaves ignored files and folders out of discovery, nested .gitignore files and negation included', () => {
    const dir = repository(files);
    const r = run([], dir);
    expect(r.files).toEqual(['charts/keep.generated.yaml', 'imagevector/images.yaml']);
    expect(r.code).toBe(0);
  });

  it('applies in a subfolder (the .gitignore above it too) and to directory arguments', () => {
    const dir = repository(files);
    expect(run([], path.join(dir, 'charts')).files).toEqual(['keep.generated.yaml']);
    expect(run(['charts'], dir).files).toEqual(['charts/keep.generated.yaml']);
  });

  it('a file the user names is linted even though git ignores it', () => {
    const dir = repository(files);
    const r = run(['build/images.yaml'], dir);
    expect(r.files).toEqual(['build/images.yaml']);
    expect(r.code).toBe(1);
  });
});
