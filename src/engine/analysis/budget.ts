/**
 * A bound on the work of resolving one image exactly. Resolution is linear
 * when one Kubernetes axis is constrained, but with both constrained every
 * runtime cell is swept over the entries matching it, and the rules then walk
 * each entry over the columns it spans: entries nested on both axes (every
 * runtime column different) make both quadratic. The budget counts those
 * units — entries swept per runtime cell, segments kept per column, columns
 * each entry spans — over all architectures of an image; past it the image is
 * not resolved (the analysis-limit rule says so) and the others still are.
 *
 * The real vectors stay far below it: the busiest image of the corpus and of
 * the real pull requests in test/fixtures (cloud-controller-manager, 9 entries)
 * needs 288 units. 2,000,000 units are reached by about 350 entries nested on
 * both axes, which lint in a few CPU seconds.
 */
export const ANALYSIS_BUDGET = 2_000_000;

/** The work left for one image; `spend` throws {@link BudgetExceeded} once it is used up. */
export class AnalysisBudget {
  used = 0;
  /** The architecture being resolved (the analysis-limit rule names the one where the budget ran out). */
  architecture = '';
  constructor(readonly limit: number = ANALYSIS_BUDGET) {}
  /** The whole budget again, for the next image. */
  reset(): void {
    this.used = 0;
    this.architecture = '';
  }
  spend(units: number): void {
    this.used += units;
    if (this.used > this.limit) throw new BudgetExceeded(this.limit);
  }
}

export class BudgetExceeded extends Error {
  constructor(readonly limit: number) {
    super(`analysis budget of ${limit} exceeded`);
  }
}
