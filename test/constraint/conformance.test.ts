// Every fixture pair (constraint × version) against the Go oracle's answers.
// See test/fixtures/masterminds/README.md for provenance.
import { describe, expect, it } from 'vitest';
import { matchesConstraint, parseCandidateVersion, parseConstraint, setContains, setsEqual } from '../../src/engine/constraint/index.js';
import { decodeBits, loadConformance } from './fixtures.js';

const fx = loadConformance();
const versions = fx.versions;
const releases = versions.map((v) => parseCandidateVersion(v));

type Outcome = 'error' | boolean;

function oracleOutcome(ok: 0 | 1, bits: boolean[], i: number): Outcome {
  if (!ok || !fx.versionOk[i]) return 'error';
  return bits[i]!;
}

function viaMatches(constraint: string, version: string): Outcome {
  try {
    return matchesConstraint(constraint, version);
  } catch {
    return 'error';
  }
}

function checkAll(rows: [string, 0 | 1, string][]): string[] {
  // Millions of expected throws: stack traces would dominate the run time.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return checkRows(rows);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function checkRows(rows: [string, 0 | 1, string][]): string[] {
  const problems: string[] = [];
  for (const [constraint, ok, b64] of rows) {
    const parsed = parseConstraint(constraint);
    if (parsed.ok !== (ok === 1)) {
      problems.push(`${JSON.stringify(constraint)}: ok ${parsed.ok}, oracle ${ok === 1}`);
      continue;
    }
    const bits = ok ? decodeBits(b64, versions.length) : [];
    versions.forEach((version, i) => {
      const want = oracleOutcome(ok, bits, i);
      const got = viaMatches(constraint, version);
      if (got !== want) problems.push(`${JSON.stringify(constraint)} / ${JSON.stringify(version)}: matchesConstraint ${got}, oracle ${want}`);
      if (parsed.ok && releases[i] !== undefined) {
        const inSet = setContains(parsed.releases, releases[i]!);
        if (inSet !== want) problems.push(`${JSON.stringify(constraint)} / ${JSON.stringify(version)}: setContains ${inSet}, oracle ${want}`);
      }
    });
  }
  return problems;
}

describe('Masterminds oracle fixtures', () => {
  it('are the expected, non-trivial set', () => {
    expect(fx.oracle).toMatch(/3\.2\.0/);
    expect(fx.cases.length).toBeGreaterThan(15_000);
    expect(fx.cases.filter((c) => c[1]).length).toBeGreaterThan(5_000);
    expect(fx.cases.filter((c) => !c[1]).length).toBeGreaterThan(5_000);
    expect(fx.versions.length).toBe(fx.versionOk.length);
    expect(fx.corpus.length).toBeGreaterThan(20);
  });

  it('candidate versions: Gardener accepts exactly the ones the oracle accepts', () => {
    const problems = versions.filter((v, i) => (parseCandidateVersion(v) !== undefined) !== (fx.versionOk[i] === 1));
    expect(problems).toEqual([]);
  });

  it('every constraint × version pair agrees (ok, match, and the interval set)', () => {
    const problems = checkAll(fx.cases);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(problems.length).toBe(0);
  });

  it('v3.5.0 overrides: ranges followed by another atom agree with the oracle on their v3.5.0 rewrite', () => {
    expect(fx.v35.length).toBeGreaterThan(100);
    const problems = checkAll(fx.v35.map(([c, , ok, b]) => [c, ok, b]));
    expect(problems.slice(0, 20)).toEqual([]);
    expect(problems.length).toBe(0);
  });

  it('the v3.5.0 rewrite of an override parses to the same releases as the original (the rewrite is the only difference)', () => {
    const problems: string[] = [];
    for (const [c, rewritten] of fx.v35) {
      const a = parseConstraint(c);
      const b = parseConstraint(rewritten);
      if (a.ok !== b.ok) problems.push(`${JSON.stringify(c)} vs ${JSON.stringify(rewritten)}: ok ${a.ok} / ${b.ok}`);
      if (a.ok && b.ok && !setsEqual(a.releases, b.releases)) problems.push(`${JSON.stringify(c)}: releases differ from its rewrite`);
    }
    expect(problems).toEqual([]);
  });

  it('excluded (not oracle-checkable) constraints: each has a range directly followed by "-", so v3.5.0 rejects it', () => {
    // Port of Go's constraintRangeRegex (\s = [\t\n\f\r ]); fine on these short strings.
    const ws = '[\\t\\n\\f\\r ]';
    const cv =
      'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
    const range = new RegExp(`${ws}*(${cv})${ws}+-${ws}+(${cv})${ws}*`, 'g');
    expect(fx.excluded.length).toBeGreaterThan(0);
    for (const s of fx.excluded) {
      // The premise of the proof in rewriteHyphenRanges (constraint.ts) …
      expect([...s.matchAll(range)].some((m) => s[m.index + m[0].length] === '-')).toBe(true);
      // … and its conclusion.
      expect(parseConstraint(s).ok).toBe(false);
    }
  });

  it("the corpus's constraint strings are all covered and agree", () => {
    const byConstraint = new Map(fx.cases.map((c) => [c[0], c]));
    for (const s of fx.corpus) expect(byConstraint.has(s) || fx.v35.some((v) => v[0] === s)).toBe(true);
  });
});
