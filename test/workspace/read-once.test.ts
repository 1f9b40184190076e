import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { findVectorFiles } from '../../src/workspace/file-discovery.js';
import { KeptBytes, pendingInputs, readInputs, readOnce } from '../../src/workspace/read-inputs.js';
import type { LintInput } from '../../src/engine/types.js';

// A file is read once: the bytes read to learn its kind are the ones linted
// (within the run's budget of kept bytes, see KeptBytes).

const VECTOR = 'images:\n  - name: pause\n    repository: registry.k8s.io/pause\n    tag: "3.10"\n';
const OVERWRITE = 'images:\n  - name: pause\n    repository: registry.k8s.io/pause\n    tag: "3.11"\n';
const none = { files: [], overwrite: [], components: [] };

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(join(tmpdir(), 'ivl-once-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(dirname(join(dir, file)), { recursive: true });
    fs.writeFileSync(join(dir, file), text);
  }
  return dir;
}

function text(input: LintInput): string {
  return typeof input.content === 'string' ? input.content : Buffer.from(input.content).toString('utf8');
}

describe('discovery keeps what it read for the lint', () => {
  it('hands out the bytes it classified (the file changed since is not read again), once', async () => {
    const dir = tree({ 'imagevector/images.yaml': VECTOR, 'charts/values.yaml': 'replicas: 1\n' });
    const kept = new KeptBytes();
    const found = await findVectorFiles(dir, none, 1 << 20, undefined, kept);
    fs.writeFileSync(join(dir, 'imagevector/images.yaml'), OVERWRITE);
    const [input] = pendingInputs(dir, found.files, 1 << 20, kept);
    expect(text(input!.read())).toBe(VECTOR);
    // Handed out once: a second read is a read of the file.
    expect(text(input!.read())).toBe(OVERWRITE);
  });

  it('the action reads all at once (readInputs): the bytes it classified, then what it could not keep', async () => {
    const dir = tree({ 'a.yaml': VECTOR, 'b.yaml': VECTOR });
    const kept = new KeptBytes(VECTOR.length);
    const found = await findVectorFiles(dir, none, 1 << 20, undefined, kept);
    fs.writeFileSync(join(dir, 'a.yaml'), OVERWRITE);
    fs.writeFileSync(join(dir, 'b.yaml'), OVERWRITE);
    expect(readInputs(dir, found.files, 1 << 20, kept).map(text)).toEqual([VECTOR, OVERWRITE]);
    // Handed out once: a second run of the same files reads them.
    expect(readInputs(dir, found.files, 1 << 20, kept).map(text)).toEqual([OVERWRITE, OVERWRITE]);
  });

  it('reads again what the budget could not keep, and what was found without one', async () => {
    const dir = tree({ 'a.yaml': VECTOR, 'b.yaml': VECTOR });
    const kept = new KeptBytes(VECTOR.length);
    const found = await findVectorFiles(dir, none, 1 << 20, undefined, kept);
    fs.writeFileSync(join(dir, 'a.yaml'), OVERWRITE);
    fs.writeFileSync(join(dir, 'b.yaml'), OVERWRITE);
    const inputs = pendingInputs(dir, found.files, 1 << 20, kept);
    expect(inputs.map((i) => text(i.read()))).toEqual([VECTOR, OVERWRITE]);
    const plain = pendingInputs(dir, (await findVectorFiles(dir, none, 1 << 20)).files, 1 << 20);
    expect(plain.map((i) => text(i.read()))).toEqual([OVERWRITE, OVERWRITE]);
  });

  it('keeps files by their real path: two folders with the same relative names get their own bytes', async () => {
    const a = tree({ 'images.yaml': VECTOR });
    const b = tree({ 'images.yaml': OVERWRITE });
    const kept = new KeptBytes();
    const inA = (await findVectorFiles(a, none, 1 << 20, undefined, kept)).files;
    const inB = (await findVectorFiles(b, none, 1 << 20, undefined, kept)).files;
    const [fromB] = pendingInputs(b, inB, 1 << 20, kept);
    const [fromA] = pendingInputs(a, inA, 1 << 20, kept);
    expect(text(fromB!.read())).toBe(OVERWRITE);
    expect(text(fromA!.read())).toBe(VECTOR);
  });

  it('counts what it keeps against the budget', () => {
    const kept = new KeptBytes(10);
    expect(kept.take(new Uint8Array(6))).toBe(true);
    expect(kept.take(new Uint8Array(5))).toBe(false);
    expect(kept.take(new Uint8Array(4))).toBe(true);
    expect(kept.take(new Uint8Array(1))).toBe(false);
  });

  it('readOnce gives the input read already, then reads again', () => {
    let reads = 0;
    const input = readOnce({ path: 'a.yaml', kind: 'base', content: 'first' }, () => ({ path: 'a.yaml', kind: 'base', content: `again ${++reads}` }));
    expect(input).toMatchObject({ path: 'a.yaml', kind: 'base' });
    expect(input.read().content).toBe('first');
    expect(input.read().content).toBe('again 1');
  });
});

describe('the CLI reads each file once', () => {
  const opened: string[] = [];
  const original = fs.openSync;
  beforeEach(() => {
    opened.length = 0;
    fs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
      opened.push(String(file));
      return (original as (...args: unknown[]) => number)(file, ...rest);
    }) as typeof fs.openSync;
    syncBuiltinESMExports();
  });
  afterEach(() => {
    fs.openSync = original;
    syncBuiltinESMExports();
  });

  async function run(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli({
      argv: ['--format', 'json', '--fail-level', 'never', ...argv],
      env: {},
      cwd,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      stdin: () => new Uint8Array(0),
      terminal: { isTTY: () => false, columns: () => undefined },
    });
    return { code, stdout, stderr };
  }

  const opensOf = (dir: string, file: string) => opened.filter((p) => fs.realpathSync(dir) + '/' + file === p || join(dir, file) === p).length;

  it('named files: each vector opened once, and linted as read', async () => {
    const dir = tree({ 'images.yaml': VECTOR, 'images-overwrite.yaml': OVERWRITE, 'values.yaml': 'replicas: 1\n' });
    const result = await run(dir, ['images.yaml', 'images-overwrite.yaml', 'values.yaml']);
    expect(result.code).toBe(0);
    expect(opensOf(dir, 'images.yaml')).toBe(1);
    expect(opensOf(dir, 'images-overwrite.yaml')).toBe(1);
    expect(opensOf(dir, 'values.yaml')).toBe(1);
    const report = JSON.parse(result.stdout) as { files: { path: string; kind: string; entries: number }[] };
    expect(report.files).toEqual([
      { path: 'images.yaml', kind: 'base', entries: 1 },
      { path: 'images-overwrite.yaml', kind: 'overwrite', entries: 1 },
    ]);
  });

  it('a directory, or none (found by content): each vector opened once', async () => {
    const dir = tree({ 'imagevector/images.yaml': VECTOR, 'charts/images-overwrite.yaml': OVERWRITE });
    for (const argv of [['imagevector', 'charts'], []]) {
      opened.length = 0;
      const result = await run(dir, argv);
      expect(result.code).toBe(0);
      expect(opensOf(dir, 'imagevector/images.yaml')).toBe(1);
      expect(opensOf(dir, 'charts/images-overwrite.yaml')).toBe(1);
      expect((JSON.parse(result.stdout) as { files: unknown[] }).files).toHaveLength(2);
    }
  });
});
