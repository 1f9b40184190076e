import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, lint, matchesConstraint, resolve } from '../../src/index.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('the package root (library API)', () => {
  it('matchesConstraint normalizes like Gardener and throws on an invalid constraint', () => {
    expect(matchesConstraint('>= 1.31, < 1.34', 'v1.33.2')).toBe(true);
    expect(matchesConstraint('1.20.x', 'v1.20.3-rc.1+k3s1')).toBe(true);
    expect(matchesConstraint('< 1.34', '1.34.0')).toBe(false);
    expect(() => matchesConstraint('>=1.2<2', '1.2.0')).toThrow(/improper constraint/);
  });
  it('lint and resolve work on texts', () => {
    const input = { path: 'images.yaml', kind: 'base' as const, content: 'images:\n- name: a\n  repository: r\n  tag: v1\n  targetVersion: ">= 1.30"\n' };
    expect(lint([input], defaultConfig()).findings).toEqual([]);
    expect(resolve([input], defaultConfig()).map((row) => [row.architecture, row.imageString, row.targetVersion])).toEqual([
      ['amd64', 'r:v1', [{ lo: '1.30.0', hi: null }]],
      ['arm64', 'r:v1', [{ lo: '1.30.0', hi: null }]],
    ]);
  });
  it('is importable by its package name from the built lib/ (package.json "exports")', () => {
    const script = "import('imagevector-lint').then((m) => console.log(m.matchesConstraint('>= 1.30', 'v1.31.0'), typeof m.lint))";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('true function');
  });
});
