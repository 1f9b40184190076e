import type { Report } from './rule.js';
import type { Severity } from '../types.js';

/**
 * How many findings of one rule one image gets: a crafted vector with
 * thousands of entries of one image would otherwise yield one finding (about
 * a kilobyte) per entry. Real vectors stay well below it.
 */
export const FINDINGS_PER_IMAGE = 20;

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/**
 * Collects one image's findings of one rule and reports the first
 * {@link FINDINGS_PER_IMAGE} in the order they came; the rest become one
 * finding at the first one left out, counting them (`rest(n)` says what they
 * are), with the highest severity among them. Deterministic: the order is the
 * rule's own.
 */
export class FindingCap {
  private readonly kept: Report[] = [];
  private first: Report | undefined;
  private left = 0;
  private severity: Severity | undefined;
  /** Whether the caller may skip building a message: the next report would only be counted. */
  get full(): boolean {
    return this.kept.length >= FINDINGS_PER_IMAGE;
  }
  add(report: Report): void {
    if (!this.full) {
      this.kept.push(report);
      return;
    }
    this.count(report, report.severity);
  }
  /** Counts a finding left out without its message (`at` gives its place, used for the first only). */
  count(at: Pick<Report, 'file' | 'position'> & Partial<Report>, severity: Severity | undefined): void {
    if (this.left === 0) this.first = { ...at, message: '' };
    this.left++;
    if (severity !== undefined && (this.severity === undefined || RANK[severity] > RANK[this.severity])) this.severity = severity;
  }
  /**
   * Reports what was kept, and the count of the rest. The count's identity
   * across commits is the image and the rule, not the number: a vector whose
   * count changes from 2,979 to 2,980 has no new finding to show.
   */
  flush(report: (r: Report) => void, image: string, rest: (n: number) => string): void {
    for (const r of this.kept) report(r);
    if (this.left > 0 && this.first) {
      const { file, position } = this.first;
      report({
        file,
        position,
        about: { image, region: 'the findings past the cap, counted' },
        ...(this.severity ? { severity: this.severity } : {}),
        message: `${rest(this.left)} (not listed one by one: imagevector-lint reports at most ${FINDINGS_PER_IMAGE} findings of a rule per image).`,
      });
    }
  }
}
