import { describe, expect, it } from 'vitest';
import { at, findingsOf, lintYaml } from '../helpers/lint-yaml.js';

const trap = 'images:\n- name: a\n  repository: r\n  tag: 3.10';

describe('suppression hygiene', () => {
  it('a directive that silences a finding is used: no report', () => {
    const r = lintYaml({ base: `${trap}  # imagevector-lint disable-line yaml-type-trap\n` });
    expect(findingsOf(r, 'yaml-type-trap')).toEqual([]);
    expect(findingsOf(r, 'unused-suppression')).toEqual([]);
  });
  it('an unknown rule id: a finding with did-you-mean, and the finding stays', () => {
    const r = lintYaml({ base: `${trap}  # imagevector-lint disable-line yaml-type-trapp\n` });
    expect(findingsOf(r, 'yaml-type-trap')).toHaveLength(1);
    const f = findingsOf(r, 'unused-suppression');
    expect(f.map(at)).toEqual(['base-1.yaml:4:14']);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toMatch(/did you mean `yaml-type-trap`\?/);
  });
  it('an unused directive is a warning', () => {
    const r = lintYaml({ base: 'images:\n# imagevector-lint disable-next-line version-overlap\n- name: a\n  repository: r\n' });
    const f = findingsOf(r, 'unused-suppression');
    expect(f.map(at)).toEqual(['base-1.yaml:2:1']);
    expect(f[0]!.message).toMatch(/silences `version-overlap` on line 3, but there is no such finding/);
  });
  it('disable-file silences the rule everywhere in the file', () => {
    const r = lintYaml({ base: `# imagevector-lint disable-file yaml-type-trap\n${trap}\n- name: b\n  repository: r\n  tag: 1.20\n` });
    expect(findingsOf(r, 'yaml-type-trap')).toEqual([]);
    expect(findingsOf(r, 'unused-suppression')).toEqual([]);
  });
  it('can be switched off', () => {
    const r = lintYaml({ base: 'images:\n- name: a  # imagevector-lint disable-line nope\n  repository: r\n' }, { rules: { 'unused-suppression': 'off' } });
    expect(findingsOf(r, 'unused-suppression')).toEqual([]);
  });
});
