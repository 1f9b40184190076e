import { describe, expect, it } from 'vitest';
import { formatText, sanitizeForTerminal } from '../../src/reporters/text.js';
import { finding, row, sampleResult } from './fixtures.js';

const ESC = '\u001b';

describe('formatText', () => {
  it('groups findings by file, aligns them, sums up and prints the resolved table', () => {
    expect(formatText(sampleResult(), { color: false })).toBe(
      [
        'components.yaml',
        '  2:9  notice  Component etcd-drud is unknown.  unknown-component',
        '',
        'images.yaml',
        '  4:10  error    Tag "v1:2" is not a valid tag.                          image-reference',
        '  12:5  warning  No etcd image for target 1.21.x (1.21.0 ≤ v < 1.22.0).  version-gap',
        '',
        'Not analysed',
        '  charts/templated.yaml  contains unrendered Helm template expressions',
        '',
        '✖ 1 error, 1 warning, 1 notice',
        '',
        'Resolved images (2)',
        '  image  architecture  runtime           target         image string                                                  source',
        '  etcd   amd64         any               1.27.x–1.29.x  europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.9   images.yaml:2',
        '  etcd   arm64         < 1.27 ∪ >= 1.30  any            europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.10  components.yaml:7 (component etcd-druid)',
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
    expect(text).toContain('  1:3  error  bad\\u001b[2J next line   x');
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
