import { describe, expect, it } from 'vitest';
import { ANNOTATION_LIMIT, planAnnotations } from '../../src/action/annotations.js';
import { EVERYTHING, type ChangeScope } from '../../src/workspace/change-scope.js';
import type { Finding, Severity } from '../../src/engine/types.js';

function finding(severity: Severity, file: string, line: number, rule = 'version-gap'): Finding {
  return { rule, severity, message: `${severity} at ${file}:${line}`, file, line, column: 5 };
}

const scope: ChangeScope = {
  everything: false,
  files: new Set(['changed.yaml']),
  lines: new Map([['changed.yaml', new Set([40])]]),
  alwaysReported: new Set(['coverage-lost']),
};

describe('planAnnotations', () => {
  it('annotates every finding when within the limits, errors first', () => {
    const plan = planAnnotations([finding('notice', 'a.yaml', 1), finding('warning', 'a.yaml', 2), finding('error', 'a.yaml', 3)], EVERYTHING, 'the job summary');
    expect(plan.annotations.map((a) => a.severity)).toEqual(['error', 'warning', 'notice']);
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
    expect(plan.annotations[0]!.properties).toEqual({ title: 'version-gap', file: 'a.yaml', startLine: 3, startColumn: 5 });
  });

  it('keeps at most 10 of each kind, the changed lines and files first, and says how many more there are', () => {
    const findings: Finding[] = [];
    for (let i = 1; i <= 12; i++) findings.push(finding('error', 'other.yaml', i));
    findings.push(finding('error', 'changed.yaml', 7));
    findings.push(finding('error', 'changed.yaml', 40));
    findings.push(finding('error', 'z.yaml', 1, 'coverage-lost'));
    for (let i = 1; i <= 11; i++) findings.push(finding('warning', 'other.yaml', i));
    for (let i = 1; i <= 3; i++) findings.push(finding('notice', 'other.yaml', i));

    const plan = planAnnotations(findings, scope, 'the job summary (https://example/run)');
    const errors = plan.annotations.filter((a) => a.severity === 'error');
    const warnings = plan.annotations.filter((a) => a.severity === 'warning');
    const notices = plan.annotations.filter((a) => a.severity === 'notice');
    expect(errors).toHaveLength(ANNOTATION_LIMIT);
    expect(warnings).toHaveLength(ANNOTATION_LIMIT);
    expect(notices).toHaveLength(4);
    // Changed line and change rule first, then the changed file, then the rest by file and line.
    expect(errors.slice(0, 3).map((a) => `${a.properties.file}:${a.properties.startLine}`)).toEqual(['changed.yaml:40', 'z.yaml:1', 'changed.yaml:7']);
    expect(errors[3]!.properties.file).toBe('other.yaml');
    expect(plan.omitted).toEqual({ error: 5, warning: 1, notice: 0 });
    const last = plan.annotations[plan.annotations.length - 1]!;
    expect(last.severity).toBe('notice');
    expect(last.properties.file).toBeUndefined();
    expect(last.message).toBe(
      '6 more findings (5 errors, 1 warning) not shown as annotations: GitHub shows at most 10 of each kind per step. All findings are listed in the job summary (https://example/run).',
    );
    // Order of emission: all errors, then warnings, then notices.
    const order = plan.annotations.map((a) => a.severity);
    expect(order.indexOf('warning')).toBe(ANNOTATION_LIMIT);
    expect(order.lastIndexOf('error')).toBeLessThan(order.indexOf('warning'));
  });

  it('gives the closing notice one of the ten notice slots', () => {
    const notices = Array.from({ length: 10 }, (_, i) => finding('notice', 'n.yaml', i + 1));
    const fits = planAnnotations(notices, EVERYTHING, 'x');
    expect(fits.annotations).toHaveLength(10);
    const more = planAnnotations([...notices, finding('notice', 'n.yaml', 11)], EVERYTHING, 'x');
    expect(more.annotations).toHaveLength(10);
    expect(more.omitted.notice).toBe(2);
    expect(more.annotations[9]!.message).toMatch(/^2 more findings \(2 notices\)/);
  });

  it('leaves one error slot to the failure message when the step will fail', () => {
    const errors = Array.from({ length: 10 }, (_, i) => finding('error', 'e.yaml', i + 1));
    expect(planAnnotations(errors, EVERYTHING, 'x').annotations).toHaveLength(10);
    const plan = planAnnotations(errors, EVERYTHING, 'x', { reserveError: true });
    expect(plan.annotations.filter((a) => a.severity === 'error')).toHaveLength(9);
    expect(plan.omitted.error).toBe(1);
    expect(plan.annotations[9]!.message).toMatch(/^1 more finding \(1 error\)/);
  });
});
