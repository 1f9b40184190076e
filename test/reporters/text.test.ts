import { describe, expect, it } from 'vitest';
import { formatText, sanitizeForTerminal } from '../../src/reporters/text.js';
import { ANY, finding, row, sampleResult } from './fixtures.js';

const ESC = '\u001b';

describe('formatText', () => {
  it('groups findings by file, one entry each (not padded to the longest message), sums up and prints the resolved table', () => {
    expect(formatText(sampleResult(), { color: false })).toBe(
      [
        'components.yaml',
        '  2:9  notice  Component etcd-drud is unknown.  unknown-component',
        '',
        'images.yaml',
        '  4:10  error    Tag "v1:2" is not a valid tag.  image-reference',
        '  12:5  warning  No etcd image for target 1.21.x (1.21.0 ≤ v < 1.22.0).  version-gap',
        '',
        'Not analysed',
        '  charts/templated.yaml  contains unrendered Helm template expressions',
        '',
        '✖ 1 error, 1 warning, 1 notice',
        '',
        'Resolved images (2 rows)',
        // Too wide for 100 columns: the image string goes under its row.
        '  image  architecture  runtime           target         source',
        '      image string',
        '  etcd   amd64         any               1.27.x–1.29.x  images.yaml:2',
        '      europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.9',
        '  etcd   arm64         < 1.27 ∪ >= 1.30  any            components.yaml:7 (component etcd-druid)',
        '      europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.10',
        '',
      ].join('\n'),
    );
    // Wide enough: one line a row, the image string last.
    expect(formatText(sampleResult(), { color: false, width: 160 }).split('\n').slice(-4, -1)).toEqual([
      '  image  architecture  runtime           target         source                                    image string',
      '  etcd   amd64         any               1.27.x–1.29.x  images.yaml:2                             europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.9',
      '  etcd   arm64         < 1.27 ∪ >= 1.30  any            components.yaml:7 (component etcd-druid)  europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.10',
    ]);
  });

  it('wraps a long message to the width, continuation lines under the message; a word longer than a line is cut', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const long = 'x'.repeat(150);
    const result = { findings: [finding({ rule: 'version-gap', line: 123, message: `${words} ${long}` })], resolved: [], files: [] };
    for (const width of [40, 60, 100]) {
      const lines = formatText(result, { color: false, width }).split('\n');
      for (const line of lines) expect([...line].length, `${width}: ${line}`).toBeLessThanOrEqual(width);
      const entry = lines.slice(1, lines.indexOf(''));
      expect(entry[0]).toMatch(/^ {2}123:3 {2}error {2}word0 word1 /);
      // Every word survives, in order, and the rule id ends the entry.
      expect(entry.map((l) => l.trim()).join(' ')).toContain(words);
      expect(entry.join('').replace(/\s/g, '')).toContain(`${words.replace(/ /g, '')}${long}version-gap`);
      expect(entry[entry.length - 1]).toMatch(/version-gap$/);
      const indent = width >= 60 ? 16 : 4; // under the message when that leaves two thirds of the line
      for (const line of entry.slice(1)) expect(line.startsWith(' '.repeat(indent)) && line[indent] !== ' ').toBe(true);
    }
  });

  it('--quiet: findings only; nothing at all when clean', () => {
    const text = formatText(sampleResult(), { color: false, quiet: true });
    expect(text).toContain('  4:10  error    Tag "v1:2" is not a valid tag.  image-reference');
    expect(text).not.toContain('✖');
    expect(text).not.toContain('Resolved images');
    expect(text).not.toContain('Not analysed');
    expect(formatText({ ...sampleResult(), findings: [] }, { color: false, quiet: true })).toBe('');
  });

  it('cuts a long resolved table and says how to get all of it; full and none', () => {
    const resolved = Array.from({ length: 45 }, (_, i) => row({ image: `image-${String(i).padStart(2, '0')}`, source: { file: 'images.yaml', line: i + 2, column: 3, kind: 'base' } }));
    const result = { findings: [], resolved, files: [] };
    const short = formatText(result, { color: false });
    expect(short).toContain('Resolved images (45 rows; architectures amd64; source images.yaml)');
    expect(short).toContain('image-19');
    expect(short).not.toContain('image-20');
    expect(short).toContain('  … 25 more rows: --table full prints them all (or --format json, --format markdown).');
    const full = formatText(result, { color: false, table: 'full' });
    expect(full).toContain('image-44');
    expect(full).not.toContain('more rows');
    expect(formatText(result, { color: false, table: 'none' })).toBe('✔ no problems\n');
  });

  it('formats 200,000 findings without exhausting the stack', () => {
    const findings = Array.from({ length: 200_000 }, (_, i) => finding({ rule: 'x', line: i + 1 }));
    const text = formatText({ findings, resolved: [], files: [] }, { color: false });
    expect(text.split('\n').length).toBeGreaterThan(200_000);
  });

  it('shows what the change does against a base commit, wrapped', () => {
    const change = {
      kind: 'changed' as const,
      wholeImage: false,
      image: 'vpn-client',
      architecture: 'amd64',
      runtimeVersion: ANY,
      targetVersion: [{ lo: '1.30.0', hi: null }],
      before: 'europe-docker.pkg.dev/gardener-project/releases/gardener/vpn-client:v0.51.0',
      after: 'europe-docker.pkg.dev/gardener-project/releases/gardener/vpn-client:0.52.0',
      source: { file: 'imagevector/containers.yaml', line: 17, column: 3, kind: 'base' as const },
    };
    const text = formatText(
      { findings: [], resolved: [], files: [] },
      { color: false, base: { sha: '0123456789abcdef', changes: [change, { ...change, architecture: 'arm64' }], everything: false, changedFiles: 1 } },
    );
    expect(text).toBe(
      [
        '✔ no problems',
        '',
        'Compared with 0123456789ab: 1 vector file changed.',
        // The rows of the Markdown change table: architectures joined, only what changed.
        '  changed  vpn-client  amd64, arm64  target >= 1.30  imagevector/containers.yaml',
        '      :v0.51.0 → :0.52.0',
        '',
      ].join('\n'),
    );
  });

  it('says "no problems" for a clean result', () => {
    expect(formatText({ findings: [], resolved: [], files: [] }, { color: false })).toBe('✔ no problems\n');
  });

  it('pluralises and lists only the non-zero counts', () => {
    const result = {
      findings: [finding({ rule: 'a', line: 1, severity: 'warning' }), finding({ rule: 'b', line: 2, severity: 'warning' })],
      resolved: [],
      files: [],
    };
    const lines = formatText(result, { color: false }).split('\n');
    expect(lines).toContain('✖ 2 warnings');
  });

  it('colours severities, file names and the summary only when asked', () => {
    const colored = formatText(sampleResult(), { color: true });
    expect(colored).toContain(`${ESC}[4mimages.yaml${ESC}[24m`);
    expect(colored).toContain(`${ESC}[31merror${ESC}[39m    `);
    expect(colored).toContain(`${ESC}[33mwarning${ESC}[39m`);
    expect(colored).toContain(`${ESC}[2mimage-reference${ESC}[22m`);
    expect(colored).toContain(`${ESC}[1m${ESC}[31m✖ 1 error, 1 warning, 1 notice${ESC}[39m${ESC}[22m`);
    // Without the escapes, the coloured text is the plain text.
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(formatText(sampleResult(), { color: false }));
    expect(formatText(sampleResult(), { color: false })).not.toContain(ESC);
  });

  it('shows absolute paths under cwd relative to it', () => {
    const result = {
      findings: [finding({ rule: 'x', line: 1, file: '/repo/imagevector/images.yaml' })],
      resolved: [row({ image: 'a', source: { file: '/repo/imagevector/images.yaml', line: 5, column: 3, kind: 'base' as const } })],
      files: [],
    };
    const text = formatText(result, { color: false, cwd: '/repo' });
    expect(text.split('\n')[0]).toBe('imagevector/images.yaml');
    expect(text).toContain('imagevector/images.yaml:5');
    expect(formatText(result, { color: false, cwd: '/elsewhere' }).split('\n')[0]).toBe('/repo/imagevector/images.yaml');
  });

  it('cannot be steered by control characters in the input', () => {
    const result = {
      findings: [finding({ rule: 'x', line: 1, message: `bad${ESC}[2J\nnext line\r` })],
      resolved: [row({ image: `img${ESC}]0;title\u0007`, imageString: 'r/x:1\u202Eevil' })],
      files: [],
    };
    const text = formatText(result, { color: false });
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\u0007');
    expect(text).not.toContain('\u202E');
    expect(text).toContain('  1:3  error  bad\\u001b[2J next line  x');
    expect(text).toContain('img\\u001b]0;title\\u0007');
    expect(text).toContain('r/x:1\\u202eevil');
  });
});

describe('sanitizeForTerminal', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['a\nb\tc', 'a b c'],
    [`${ESC}[31m`, '\\u001b[31m'],
    ['\u0000\u009b', '\\u0000\\u009b'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });
});
