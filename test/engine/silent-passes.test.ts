import { describe, expect, it } from 'vitest';
import { at, findingsOf, lintYaml } from '../helpers/lint-yaml.js';

// Inputs that used to pass without a word although Gardener gets something
// else than what the file seems to say.

describe('no silent passes in the engine', () => {
  it('a base vector with `images:` null is a schema finding; `images: []` and an empty overwrite are taken as meant', () => {
    const nullImages = lintYaml({ base: 'images:\n' });
    expect(findingsOf(nullImages, 'schema').map((f) => [at(f), f.message])).toEqual([
      [expect.stringMatching(/^base-1\.yaml:1:/), expect.stringMatching(/^`images` is empty \(null\): Gardener reads a vector with no images/)],
    ]);
    expect(findingsOf(lintYaml({ base: 'images: ~\n' }), 'schema')).toHaveLength(1);
    expect(findingsOf(lintYaml({ base: 'images: []\n' }), 'schema')).toEqual([]);
    expect(findingsOf(lintYaml({ overwrite: 'images:\n' }), 'schema')).toEqual([]);
  });

  it('a type trap that arrives through a merge key is reported once, where it was written', () => {
    const text = [
      'defaults: &b',
      '  repository: r/x',
      '  tag: 3.10',
      'images:',
      '  - <<: *b',
      '    name: one',
      '  - <<: *b',
      '    name: two',
      '',
    ].join('\n');
    const result = lintYaml({ base: text });
    const traps = findingsOf(result, 'yaml-type-trap');
    expect(traps.map(at)).toEqual(['base-1.yaml:3:8']);
    expect(traps[0]!.message).toContain('Gardener receives "3.1"');
    // The merged name is seen too: no false "Missing `name`".
    expect(findingsOf(result, 'schema')).toEqual([]);
  });

  it('a key written after the merge wins over the merged one (no trap when it is quoted)', () => {
    const text = 'defaults: &b\n  repository: r/x\n  tag: 3.10\nimages:\n  - <<: *b\n    name: one\n    tag: "3.10"\n';
    expect(findingsOf(lintYaml({ base: text }), 'yaml-type-trap')).toEqual([]);
  });
});
