import { describe, expect, it } from 'vitest';
import { changedLines } from '../../src/workspace/line-diff.js';

describe('changedLines', () => {
  it('finds modified and inserted lines of the new text', () => {
    const before = 'a\nb\nc\nd\n';
    expect([...changedLines(before, 'a\nB\nc\nd\n')]).toEqual([2]);
    expect([...changedLines(before, 'a\nb\nx\ny\nc\nd\n')]).toEqual([3, 4]);
    expect([...changedLines(before, 'a\nc\nd\n')]).toEqual([]);
    expect([...changedLines('', 'a\nb\n')]).toEqual([1, 2]);
    expect([...changedLines(before, before)]).toEqual([]);
  });

  it('aligns moved blocks by the longest common subsequence', () => {
    const before = ['x', 'a', 'b', 'c', 'y'].join('\n');
    const after = ['x', 'b', 'c', 'a', 'y'].join('\n');
    expect([...changedLines(before, after)]).toEqual([4]);
  });

  it('ignores CRLF versus LF', () => {
    expect([...changedLines('a\r\nb\r\n', 'a\nb\n')]).toEqual([]);
  });
});
