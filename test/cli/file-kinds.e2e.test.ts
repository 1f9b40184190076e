import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Files are read for what they are: the BUILT command line (dist/cli/index.js)
// classifies each plain file argument by content, exactly as discovery does
// (base vector, overwrite, ConfigMap / Helm-embedded overwrite, component
// overwrite), walks directory arguments like the repository root, and skips
// YAML that is no image vector (pre-commit passes every changed YAML file).
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const docs = (name: string) => fs.readFileSync(path.join(root, 'test/fixtures/gardener-docs', name), 'utf8');

function run(args: string[], cwd: string, input = '') {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '100' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(r: { stdout: string }) {
  return JSON.parse(r.stdout) as {
    findings: { rule: string; file: string; line: number; column: number; message: string; severity: string }[];
    files: { path: string; kind: string }[];
  };
}

let tmp: string;
function write(name: string, content: string): string {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return name;
}

const base = `images:
- name: pause-container
  repository: registry.k8s.io/pause
  tag: "3.10"
- name: etcd
  repository: quay.io/coreos/etcd
  tag: v3.5.0
`;
const componentTypo = `components:
- name: etcd-drud
  imageVectorOverwrite: |
    images:
    - name: etcd-wrapper
      repository: registry.example.com/mirror/etcd-wrapper
      tag: v0.5.1
`;
const configMapTypo = docs('configmap-overwrite.yaml').replace('name: pause-container', 'name: pause-containr');
const workflow = `name: CI
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
    - uses: actions/checkout@v4
`;
// A kustomization has an \`images\` list too, of another tool: not an image vector.
const kustomization = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
images:
- name: calico/node
  newName: quay.io/calico/node
  newTag: v3.29.3
`;

beforeAll(() => {
  expect(fs.existsSync(cli), `${cli} is missing: run npm run build`).toBe(true);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-kinds-'));
});

describe('plain file arguments are read for what they are (built CLI)', () => {
  it('a component overwrite with the typo etcd-drud is a component overwrite: unknown-component, exit 1', () => {
    const r = run(['--format', 'json', write('comp.yaml', componentTypo)], tmp);
    expect(r.code).toBe(1);
    const report = json(r);
    expect(report.files).toEqual([expect.objectContaining({ path: 'comp.yaml', kind: 'components' })]);
    const found = report.findings.filter((f) => f.rule === 'unknown-component');
    expect(found).toEqual([expect.objectContaining({ file: 'comp.yaml', line: 2, column: 9, severity: 'error' })]);
    expect(found[0]!.message).toMatch(/did you mean `etcd-druid`/);
  });

  it('a ConfigMap overwrite as the second plain argument is an overwrite: pause-containr is unknown-image', () => {
    const r = run(['--format', 'json', write('images.yaml', base), write('configmap.yaml', configMapTypo)], tmp);
    expect(r.code).toBe(1);
    const report = json(r);
    expect(report.files.map((f) => [f.path, f.kind])).toEqual([
      ['images.yaml', 'base'],
      ['configmap.yaml', 'overwrite'],
    ]);
    const found = report.findings.filter((f) => f.rule === 'unknown-image');
    expect(found).toEqual([expect.objectContaining({ file: 'configmap.yaml', line: 9, column: 13, severity: 'error' })]);
    expect(found[0]!.message).toMatch(/did you mean `pause-container`/);
  });

  it('Helm values with imageVectorOverwrite are an overwrite, and a clean one passes', () => {
    const values = 'replicas: 1\nimageVectorOverwrite: |\n  images:\n  - name: etcd\n    repository: registry.example.com/mirror/etcd\n    tag: v3.5.0\n';
    const r = run(['--format', 'json', write('base/images.yaml', base), write('values.yaml', values)], tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(json(r).files.map((f) => f.kind)).toEqual(['base', 'overwrite']);
  });

  it('--overwrite and --components still force the kind', () => {
    const r = run(['--format', 'json', write('a/images.yaml', base), '--overwrite', write('a/plain.yaml', base.replace('etcd\n', 'etcd-main\n'))], tmp);
    const report = json(r);
    expect(report.files.map((f) => [f.path, f.kind])).toEqual([
      ['a/images.yaml', 'base'],
      ['a/plain.yaml', 'overwrite'],
    ]);
    expect(report.findings.filter((f) => f.rule === 'unknown-image').map((f) => f.file)).toEqual(['a/plain.yaml']);
  });

  it('standard input is read for what it is too', () => {
    const r = run(['--format', 'json', '-'], tmp, componentTypo);
    expect(r.code).toBe(1);
    expect(json(r).files).toEqual([expect.objectContaining({ path: '<stdin>', kind: 'components' })]);
  });

  it('YAML that is no image vector (a workflow, a kustomization) is skipped with one notice, exit 0, as pre-commit passes it', () => {
    const files = [write('.github/workflows/ci.yaml', workflow), write('kustomization.yaml', kustomization)];
    const r = run(files, tmp);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'imagevector-lint: skipped 2 files that are not an image vector (read by content, as in a directory): .github/workflows/ci.yaml, kustomization.yaml\n',
    );
    // Together with a vector: the vector is linted, the others skipped.
    const mixed = run(['--format', 'json', ...files, write('gap/configmap.yaml', configMapTypo), 'images.yaml'], tmp);
    expect(mixed.code).toBe(1);
    expect(json(mixed).files.map((f) => f.path)).toEqual(['gap/configmap.yaml', 'images.yaml']);
    // --quiet: findings only, no notice.
    expect(run(['--quiet', ...files], tmp)).toEqual({ code: 0, stdout: expect.any(String), stderr: '' });
  });

  it('a vector gone wrong is still linted, not skipped: broken YAML under images, images that is no list', () => {
    const broken = run([write('broken/images.yaml', 'images:\n- name: a\n  repository: [\n')], tmp);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/yaml-syntax/);
    const map = run([write('broken/map.yaml', 'images:\n  name: a\n')], tmp);
    expect(map.code).toBe(1);
    expect(map.stdout).toMatch(/`images` must be a list/);
  });
});

describe('directory arguments are walked like the repository root (built CLI)', () => {
  it('finds every vector below by content, skipping hidden folders, node_modules and YAML of other tools', () => {
    const dir = 'repo';
    write(`${dir}/imagevector/images.yaml`, base);
    write(`${dir}/charts/overwrite/configmap.yaml`, configMapTypo);
    write(`${dir}/dev/comp.yaml`, componentTypo);
    write(`${dir}/.github/workflows/images.yaml`, base.replace('pause-container', 'hidden-image'));
    write(`${dir}/node_modules/x/images.yaml`, base);
    write(`${dir}/kustomization.yaml`, kustomization);
    write(`${dir}/notes.txt`, base);
    const r = run(['--format', 'json', dir], tmp);
    expect(r.code).toBe(1);
    const report = json(r);
    expect(report.files.map((f) => [f.path, f.kind]).sort()).toEqual([
      ['repo/charts/overwrite/configmap.yaml', 'overwrite'],
      ['repo/dev/comp.yaml', 'components'],
      ['repo/imagevector/images.yaml', 'base'],
    ]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.file}`).sort()).toEqual([
      'unknown-component repo/dev/comp.yaml',
      'unknown-image repo/charts/overwrite/configmap.yaml',
    ]);
    // The same as running in the directory with no arguments (discovery).
    const inside = json(run(['--format', 'json'], path.join(tmp, dir)));
    expect(inside.files.map((f) => `repo/${f.path}`).sort()).toEqual(report.files.map((f) => f.path).sort());
  });

  it('a directory outside the working directory is walked too, with paths as given', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-kinds-out-'));
    fs.mkdirSync(path.join(outside, 'v'));
    fs.writeFileSync(path.join(outside, 'v/images.yaml'), base);
    const r = run(['--format', 'json', outside], tmp);
    expect(r.stderr).toBe('');
    expect(json(r).files).toEqual([expect.objectContaining({ path: path.join(outside, 'v/images.yaml'), kind: 'base' })]);
  });

  it('a directory without vectors says so and passes', () => {
    write('novectors/kustomization.yaml', kustomization);
    const r = run(['novectors'], tmp);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('imagevector-lint: no image vectors found in novectors.\n');
  });
});
