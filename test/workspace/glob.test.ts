import { describe, expect, it } from 'vitest';
import { globToRegExp, selectPaths, staticPrefix } from '../../src/workspace/glob.js';

const PATHS = [
  'imagevector/containers.yaml',
  'imagevector/charts.yaml',
  'imagevector/sub/extra.yml',
  'charts/images.yaml',
  'example/provider-local/images.yaml',
  'docs/images.md',
  'a[b].yaml',
];

describe('glob', () => {
  it('matches * within one folder and ** across folders', () => {
    expect(selectPaths(PATHS, ['imagevector/*.yaml'])).toEqual(['imagevector/charts.yaml', 'imagevector/containers.yaml']);
    expect(selectPaths(PATHS, ['imagevector/**/*.{yaml,yml}'])).toEqual([
      'imagevector/charts.yaml',
      'imagevector/containers.yaml',
      'imagevector/sub/extra.yml',
    ]);
    expect(selectPaths(PATHS, ['**/images.yaml'])).toEqual(['charts/images.yaml', 'example/provider-local/images.yaml']);
  });

  it('applies ! exclusions in order, and ./ and trailing / forms', () => {
    expect(selectPaths(PATHS, ['./imagevector/', '!**/charts.yaml'])).toEqual(['imagevector/containers.yaml', 'imagevector/sub/extra.yml']);
  });

  it('supports ?, character classes and escapes', () => {
    expect(globToRegExp('imagevector/c?arts.yaml').test('imagevector/charts.yaml')).toBe(true);
    expect(globToRegExp('imagevector/[a-c]*.yaml').test('imagevector/containers.yaml')).toBe(true);
    expect(globToRegExp('imagevector/[!c]*.yaml').test('imagevector/containers.yaml')).toBe(false);
    expect(globToRegExp('a\\[b\\].yaml').test('a[b].yaml')).toBe(true);
    expect(globToRegExp('*.yaml').test('imagevector/charts.yaml')).toBe(false);
  });

  it('treats regular-expression characters literally', () => {
    expect(globToRegExp('a+b.yaml').test('a+b.yaml')).toBe(true);
    expect(globToRegExp('a+b.yaml').test('aab.yaml')).toBe(false);
    expect(globToRegExp('x.yaml').test('xyyaml')).toBe(false);
  });

  it('knows the folder below which matches lie', () => {
    expect(staticPrefix('imagevector/**/*.yaml')).toBe('imagevector');
    expect(staticPrefix('**/images.yaml')).toBe('');
    expect(staticPrefix('./charts/x/*.yaml')).toBe('charts/x');
  });
});
