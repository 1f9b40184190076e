import type * as core from '@actions/core';
import * as log from './log.js';
import type { Finding, Severity } from '../engine/types.js';
import { changeRank, type ChangeScope } from '../workspace/change-scope.js';

// Findings as workflow-command annotations. GitHub keeps at most 10 error, 10
// warning and 10 notice annotations per step and drops the rest without a word,
// so the most important go first: within each severity, new findings on lines
// the change touched, then the other new findings, then the rest (each part by
// change scope: changed lines, changed files, elsewhere). One closing notice
// says how many more there are and where they are listed. Nothing is dropped
// silently.

export const ANNOTATION_LIMIT = 10;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export interface Annotation {
  severity: Severity;
  message: string;
  properties: core.AnnotationProperties;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings not annotated, per severity. */
  omitted: Record<Severity, number>;
}

/**
 * `reserveError`: the step will fail, and core.setFailed writes one more error
 * annotation at the end: it gets one of the ten error slots.
 */
export function planAnnotations(
  findings: readonly Finding[],
  scope: ChangeScope,
  whereToLook: string,
  options: { reserveError?: boolean } = {},
): AnnotationPlan {
  const bySeverity = new Map<Severity, Finding[]>(SEVERITIES.map((s) => [s, []]));
  for (const finding of findings) bySeverity.get(finding.severity)?.push(finding);
  for (const list of bySeverity.values()) list.sort((a, b) => compareImportance(scope, a, b));

  const count = (s: Severity) => bySeverity.get(s)!.length;
  const errorSlots = options.reserveError ? ANNOTATION_LIMIT - 1 : ANNOTATION_LIMIT;
  const overflowOutsideNotices = count('error') > errorSlots || count('warning') > ANNOTATION_LIMIT;
  // The closing notice takes one of the ten notice slots.
  const noticeSlots = overflowOutsideNotices || count('notice') > ANNOTATION_LIMIT ? ANNOTATION_LIMIT - 1 : ANNOTATION_LIMIT;

  const annotations: Annotation[] = [];
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const severity of SEVERITIES) {
    const list = bySeverity.get(severity)!;
    const slots = severity === 'notice' ? noticeSlots : severity === 'error' ? errorSlots : ANNOTATION_LIMIT;
    for (const finding of list.slice(0, slots)) annotations.push(toAnnotation(finding));
    omitted[severity] = Math.max(0, list.length - slots);
  }
  const total = omitted.error + omitted.warning + omitted.notice;
  if (total > 0) {
    const parts = SEVERITIES.filter((s) => omitted[s] > 0).map((s) => plural(omitted[s], s));
    annotations.push({
      severity: 'notice',
      message:
        `${plural(total, 'more finding')} (${parts.join(', ')}) not shown as annotations: ` +
        `GitHub shows at most ${ANNOTATION_LIMIT} of each kind per step. All findings are listed in ${whereToLook}.`,
      properties: { title: 'imagevector-lint: more findings' },
    });
  }
  return { annotations, omitted };
}

export function emitAnnotations(plan: AnnotationPlan): void {
  for (const { severity, message, properties } of plan.annotations) {
    if (severity === 'error') log.error(message, properties);
    else if (severity === 'warning') log.warning(message, properties);
    else log.notice(message, properties);
  }
}

function toAnnotation(finding: Finding): Annotation {
  return {
    severity: finding.severity,
    message: finding.message,
    properties: {
      title: finding.rule,
      file: finding.file,
      startLine: Math.max(1, finding.line),
      startColumn: Math.max(1, finding.column),
    },
  };
}

/** 0: new and on a touched line, 1: new elsewhere, 2: pre-existing. A finding not classified (no base) counts as new. */
export function annotationRank(scope: ChangeScope, finding: Finding): 0 | 1 | 2 {
  if (finding.new === false) return 2;
  return scope.lines.get(finding.file)?.has(finding.line) ? 0 : 1;
}

function compareImportance(scope: ChangeScope, a: Finding, b: Finding): number {
  return (
    annotationRank(scope, a) - annotationRank(scope, b) ||
    changeRank(scope, a) - changeRank(scope, b) ||
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule, b.rule)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
