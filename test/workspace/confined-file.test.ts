import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfined, realRoot } from '../../src/workspace/confined-file.js';
import { findVectorFiles } from '../../src/workspace/file-discovery.js';
import { readInputs } from '../../src/workspace/read-inputs.js';

const VECTOR = 'images:\n  - name: pause\n    repository: registry.k8s.io/pause\n    tag: "3.10"\n';
const SECRET = 'images:\n  - name: s3cr3t-outside-content\n    repository: r/x\n    tag: v1\n';

/** A repository folder and a file outside it. */
function setup(): { repo: string; outside: string } {
  const top = mkdtempSync(join(tmpdir(), 'ivl-conf-'));
  const repo = join(top, 'repo');
  mkdirSync(join(repo, 'imagevector'), { recursive: true });
  writeFileSync(join(repo, 'imagevector', 'containers.yaml'), VECTOR);
  const outside = join(top, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.yaml'), SECRET);
  return { repo, outside };
}

describe('readConfined', () => {
  const { repo, outside } = setup();
  const root = realRoot(repo);
  symlinkSync(join(outside, 'secret.yaml'), join(repo, 'imagevector', 'out.yaml'));
  symlinkSync('containers.yaml', join(repo, 'imagevector', 'in.yaml'));
  symlinkSync('missing.yaml', join(repo, 'imagevector', 'broken.yaml'));
  symlinkSync('/dev/zero', join(repo, 'imagevector', 'zero.yaml'));
  symlinkSync(outside, join(repo, 'linked'));
  execFileSync('mkfifo', [join(repo, 'imagevector', 'fifo.yaml')]);
  writeFileSync(join(repo, 'big.yaml'), 'x'.repeat(2000));
  mkdirSync(join(repo, '.git'));
  writeFileSync(join(repo, '.git', 'config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
  symlinkSync('../.git/config', join(repo, 'imagevector', 'git.yaml'));

  const cases: Array<[string, string, RegExp | null]> = [
    ['a regular file', 'imagevector/containers.yaml', null],
    ['a link inside the repository', 'imagevector/in.yaml', null],
    ['a link to an outside file', 'imagevector/out.yaml', /^it points outside the repository/],
    ['a file below a linked folder', 'linked/secret.yaml', /^it points outside the repository/],
    ['a link to /dev/zero', 'imagevector/zero.yaml', /^it points outside the repository/],
    ['a broken link', 'imagevector/broken.yaml', /^it is a symbolic link to a file that does not exist$/],
    ['a FIFO (without blocking)', 'imagevector/fifo.yaml', /^it is a named pipe \(FIFO\), not a regular file$/],
    ['a directory', 'imagevector', /^it is a directory/],
    ['a file over the limit', 'big.yaml', /^file is .*; the limit is/],
    ['a missing file', 'nope.yaml', /^no such file$/],
    ['a file in .git (the checkout keeps the token in .git/config)', '.git/config', /^it lies in the repository's \.git folder/],
    ['a link into .git', 'imagevector/git.yaml', /^it lies in the repository's \.git folder/],
  ];
  it.each(cases)('%s', (_name, file, refused) => {
    const read = readConfined(join(root, file), { root, maxBytes: 1000 });
    if (refused === null) {
      expect(read.ok).toBe(true);
    } else {
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.message).toMatch(refused);
        expect(read.message).not.toContain(outside);
      }
    }
  });

  it('without a root (a file the user named), reads outside files and devices, bounded', () => {
    expect(readConfined(join(repo, 'imagevector', 'out.yaml'), { maxBytes: 1000 })).toMatchObject({ ok: true });
    const zero = readConfined('/dev/zero', { maxBytes: 5000, special: true });
    expect(zero).toMatchObject({ ok: false, refusal: 'too-large' });
  });

  it('without a root, tells the same refusals apart as with one (opened as named, no real path taken)', () => {
    const dir = join(repo, 'imagevector');
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    const named = (file: string) => readConfined(join(dir, file), { maxBytes: 1000 });
    expect(named('containers.yaml')).toMatchObject({ ok: true, regular: true });
    expect(named('in.yaml')).toMatchObject({ ok: true, regular: true });
    expect(named('broken.yaml')).toMatchObject({ ok: false, refusal: 'broken-link', message: 'it is a symbolic link to a file that does not exist' });
    expect(named('loop-a.yaml')).toMatchObject({ ok: false, refusal: 'broken-link', message: 'it is a symbolic link that loops' });
    expect(named('nope.yaml')).toMatchObject({ ok: false, refusal: 'missing' });
    expect(named('containers.yaml/x')).toMatchObject({ ok: false, refusal: 'missing' });
    expect(named('fifo.yaml')).toMatchObject({ ok: false, refusal: 'not-regular' });
    expect(readConfined(dir, { maxBytes: 1000 })).toMatchObject({ ok: false, refusal: 'directory' });
    expect(readConfined(join(repo, 'big.yaml'), { maxBytes: 1000 })).toMatchObject({ ok: false, refusal: 'too-large' });
    const content = named('containers.yaml');
    expect(content.ok && Buffer.from(content.content).toString('utf8')).toBe(VECTOR);
  });

  it('readInputs turns every refusal into an input the engine reports, with no outside content', () => {
    const inputs = readInputs(repo, [
      { path: 'imagevector/out.yaml', kind: 'base' },
      { path: 'imagevector/zero.yaml', kind: 'base' },
      { path: 'imagevector/fifo.yaml', kind: 'base' },
    ], 1 << 20);
    for (const input of inputs) {
      expect(input.unreadable).toBeTruthy();
      expect(input.content).toHaveLength(0);
    }
  });
});

describe('findVectorFiles confined', () => {
  it('lists a linked vector under a glob (reading it is refused later), never a linked folder under a glob prefix', async () => {
    const { repo, outside } = setup();
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'imagevector', 'out.yaml'));
    symlinkSync(outside, join(repo, 'charts'));
    const found = await findVectorFiles(repo, { files: ['imagevector/*.yaml', 'charts/**/*.yaml'], overwrite: [], components: [] }, 1 << 20);
    expect(found.files.map((f) => f.path)).toEqual(['imagevector/containers.yaml', 'imagevector/out.yaml']);
    expect(found.warnings).toContain("'charts' points outside the repository (a symbolic link); the files below it were not read.");
  });

  it('by content: skips a linked outside file and a FIFO, and warns about a file name that is not UTF-8', async () => {
    const { repo, outside } = setup();
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'imagevector', 'out.yaml'));
    execFileSync('mkfifo', [join(repo, 'imagevector', 'fifo.yaml')]);
    writeFileSync(Buffer.concat([Buffer.from(join(repo, 'imagevector') + '/'), Buffer.from([0xff, 0xfe]), Buffer.from('.yaml')]), VECTOR);
    const found = await findVectorFiles(repo, { files: [], overwrite: [], components: [] }, 1 << 20);
    expect(found.files.map((f) => f.path)).toEqual(['imagevector/containers.yaml']);
    expect(found.warnings).toEqual([expect.stringMatching(/^Skipped 'imagevector\/\uFFFD\uFFFD\.yaml': its name is not valid UTF-8/)]);
  });
});
