import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { EVERYTHING, type ChangeScope } from '../../src/workspace/change-scope.js';
import { onTouchedLine } from '../../src/workspace/lint-run.js';

const gap: Finding = {
  rule: 'version-gap',
  severity: 'error',
  message: 'No entry of `etcd` matches targetVersion 1.21.x …',
  file: 'images.yaml',
  line: 5,
  column: 18,
  alsoAt: [{ file: 'images.yaml', line: 9, column: 18 }],
};
const scope = (lines: number[]): ChangeScope => ({
  everything: false,
  files: new Set(['images.yaml']),
  lines: new Map([['images.yaml', new Set(lines)]]),
  alwaysReported: new Set(),
});

describe('onTouchedLine', () => {
  it('moves a finding to the other border when the change touched that one and not its own line', () => {
    expect(onTouchedLine(scope([9]), gap)).toMatchObject({ line: 9, column: 18, alsoAt: [{ file: 'images.yaml', line: 5, column: 18 }] });
  });
  it('keeps it where it is when its own line was touched, when neither was, or without a comparison', () => {
    expect(onTouchedLine(scope([5, 9]), gap)).toBe(gap);
    expect(onTouchedLine(scope([7]), gap)).toBe(gap);
    expect(onTouchedLine(EVERYTHING, gap)).toBe(gap);
    const plain = { ...gap, alsoAt: undefined };
    expect(onTouchedLine(scope([9]), plain)).toBe(plain);
  });
});
