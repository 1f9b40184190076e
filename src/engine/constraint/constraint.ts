// Masterminds semver v3.5.0 constraints (`NewConstraint` + `Check`), exact,
// evaluated on releases as unions of half-open intervals.
//
// Reference: docs in /work/shared/reference/masterminds-constraints.md (§2 grammar,
// §3 semantics, §5.3 release table). The library's regular expressions are
// not used: `VALID` takes exponential time in a backtracking engine, and even
// `RANGE`/`FIND` are quadratic on long inputs. Instead:
//   * `RANGE` (hyphen ranges) is found by a linear scan that reproduces Go's
//     leftmost-first `FindAllStringSubmatch` (see `findHyphenRanges`);
//   * the rewrite replaces the first occurrence of each match text in turn, as
//     `strings.Replace(o, m, t, 1)` does (see `rewriteHyphenRanges`);
//   * `VALID` + `FIND` + `ATOM` are replaced by the linear scanner of §2.3.
// Everything is linear in the length of the constraint (plus sorting the
// intervals of the result).

import {
  isIdentChar,
  mastermindsNewVersion,
  normalizeVersion,
  parseCandidateVersion,
  release,
  splitVersionLiteral,
  UINT64_MAX,
  type Release,
  type VersionParts,
} from './version.js';
import {
  ALL_RELEASES,
  complementSet,
  EMPTY_SET,
  intersectSets,
  normalizeSet,
  setContains,
  type ReleaseInterval,
  type ReleaseSet,
} from './release-set.js';

export interface ConstraintAtom {
  /** As written: '', '=', '!=', '>', '<', '>=', '=>', '<=', '=<', '~', '~>', '^' (hyphen ranges give '>=' and '<='). */
  operator: string;
  /** The version text as written, e.g. `1.24`, `v1.2.x`, `1.33-0`. */
  version: string;
  /** P0 (`*`, `x.…`), P1 (`1`, `1.x`), P2 (`1.2`, `1.2.x`), P3 (`1.2.3`). */
  precision: 0 | 1 | 2 | 3;
  /** The version carries a prerelease (`-…`). */
  prerelease: boolean;
  fromHyphenRange: boolean;
  /** Span in the original constraint string (hyphen atoms: the span of A resp. B). */
  start: number;
  end: number;
}

export type ParsedConstraint =
  | { ok: true; text: string; releases: ReleaseSet; alternatives: ConstraintAtom[][] }
  | { ok: false; text: string; error: string; offset: number };

// ---------------------------------------------------------------------------
// Character classes (Go's `\s` is exactly [\t\n\f\r ]).

function isWS(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}

/** `[0-9|x|X|\*]`: a constraint version component character (the `|` is literal). */
function isCvNum(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || c === 'x' || c === 'X' || c === '*' || c === '|');
}

function isX(s: string | undefined): boolean {
  return s === 'x' || s === 'X' || s === '*';
}

// ---------------------------------------------------------------------------
// The CV language as a DFA (used backwards to find every suffix of a run that
// is a whole CV, in linear time).
//
// CV = v?([0-9|xX*]+)(\.[0-9|xX*]+)?(\.[0-9|xX*]+)?(-(I+(\.I+)*))?(\+(I+(\.I+)*))?

const S_START = 0;
const S_V = 1;
const S_MAJOR = 2;
const S_DOT1 = 3;
const S_MINOR = 4;
const S_DOT2 = 5;
const S_PATCH = 6;
const S_PRE0 = 7;
const S_PRE = 8;
const S_META0 = 9;
const S_META = 10;
const N_STATES = 11;
const ACCEPTING = (1 << S_MAJOR) | (1 << S_MINOR) | (1 << S_PATCH) | (1 << S_PRE) | (1 << S_META);

function cvStep(state: number, c: string): number {
  const num = isCvNum(c);
  const ident = isIdentChar(c);
  switch (state) {
    case S_START:
      return c === 'v' ? S_V : num ? S_MAJOR : -1;
    case S_V:
      return num ? S_MAJOR : -1;
    case S_MAJOR:
    case S_MINOR:
    case S_PATCH:
      if (num) return state;
      if (c === '.' && state !== S_PATCH) return state === S_MAJOR ? S_DOT1 : S_DOT2;
      if (c === '-') return S_PRE0;
      if (c === '+') return S_META0;
      return -1;
    case S_DOT1:
      return num ? S_MINOR : -1;
    case S_DOT2:
      return num ? S_PATCH : -1;
    case S_PRE0:
      return ident ? S_PRE : -1;
    case S_PRE:
      return ident ? S_PRE : c === '.' ? S_PRE0 : c === '+' ? S_META0 : -1;
    case S_META0:
      return ident ? S_META : -1;
    case S_META:
      return ident ? S_META : c === '.' ? S_META0 : -1;
    default:
      return -1;
  }
}

/** For a character: the set (bitmask) of states from which reading it lands in `target`. */
const backCache = new Map<string, Int32Array>();
function backStep(c: string, target: number): number {
  let table = backCache.get(c);
  if (!table) {
    table = new Int32Array(N_STATES);
    for (let s = 0; s < N_STATES; s++) table[s] = cvStep(s, c);
    if (backCache.size < 512) backCache.set(c, table);
  }
  let out = 0;
  for (let s = 0; s < N_STATES; s++) {
    const t = table[s]!;
    if (t >= 0 && (target >> t) & 1) out |= 1 << s;
  }
  return out;
}

/** Whole-string CV check; `prefixEnd` receives the end of the longest CV prefix (0 if none). */
function isCv(s: string, prefixEnd?: { index: number; stuck: number }): boolean {
  let state = S_START;
  let best = 0;
  let i = 0;
  for (; i < s.length; i++) {
    state = cvStep(state, s[i]!);
    if (state < 0) break;
    if ((ACCEPTING >> state) & 1) best = i + 1;
  }
  if (prefixEnd) {
    prefixEnd.index = best;
    prefixEnd.stuck = i;
  }
  return state >= 0 && i === s.length && ((ACCEPTING >> state) & 1) === 1;
}

/** Perl/RE2 leftmost-first match of CV at `r` with nothing constraining what follows: all-greedy. Returns the end, or -1. */
function greedyCvEnd(text: string, r: number): number {
  let i = r;
  if (text[i] === 'v') {
    if (!isCvNum(text[i + 1])) return -1;
    i++;
  }
  if (!isCvNum(text[i])) return -1;
  while (isCvNum(text[i])) i++;
  for (let k = 0; k < 2; k++) {
    if (text[i] === '.' && isCvNum(text[i + 1])) {
      i++;
      while (isCvNum(text[i])) i++;
    } else break;
  }
  for (const lead of ['-', '+']) {
    if (text[i] === lead && isIdentChar(text[i + 1])) {
      i++;
      for (;;) {
        while (isIdentChar(text[i])) i++;
        if (text[i] === '.' && isIdentChar(text[i + 1])) {
          i++;
          continue;
        }
        break;
      }
    }
  }
  return i;
}

// ---------------------------------------------------------------------------
// Step 1: hyphen ranges. RANGE = \s*(CV)\s+-\s+(CV)\s*  (unanchored, FindAll)

interface RangeMatch {
  /** match text [start, end) in the original */
  start: number;
  end: number;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Go's `constraintRangeRegex.FindAllStringSubmatch(s, -1)`, linear time.
 *
 * A match whose A starts at q exists iff (1) s[q..w) is a whole CV, where w is
 * the first whitespace after q (A cannot contain whitespace and must be
 * followed by it), and (2) after w come whitespace, '-', whitespace and a CV.
 * B is then the all-greedy CV (nothing after it can fail), followed by the
 * greedy `\s*`. The leftmost match takes the smallest such q; it starts at the
 * beginning of the whitespace run before q (the leading `\s*`), but not before
 * the search position.
 */
function findHyphenRanges(text: string): RangeMatch[] {
  const n = text.length;
  if (text.indexOf('-') < 0) return [];
  // cvSuffix[q]: text[q..w) is a whole CV (backward DFA per run).
  const cvSuffix = new Uint8Array(n);
  const runEnd = new Int32Array(n);
  let acc = ACCEPTING;
  let w = n;
  for (let i = n - 1; i >= 0; i--) {
    const c = text[i]!;
    if (isWS(c)) {
      acc = ACCEPTING;
      w = i;
      continue;
    }
    runEnd[i] = w;
    acc = acc === 0 ? 0 : backStep(c, acc);
    cvSuffix[i] = (acc >> S_START) & 1;
  }
  // tail(w): w is the end of a run; after it: \s+ - \s+ CV. Returns [bStart, bEnd] or undefined.
  const tailCache = new Map<number, [number, number] | null>();
  const tail = (w0: number): [number, number] | null => {
    const cached = tailCache.get(w0);
    if (cached !== undefined) return cached;
    let result: [number, number] | null = null;
    let j = w0;
    if (j < n && isWS(text[j])) {
      while (j < n && isWS(text[j])) j++;
      if (text[j] === '-' && isWS(text[j + 1])) {
        j++;
        while (j < n && isWS(text[j])) j++;
        const bEnd = greedyCvEnd(text, j);
        if (bEnd > j) result = [j, bEnd];
      }
    }
    tailCache.set(w0, result);
    return result;
  };

  const out: RangeMatch[] = [];
  let pos = 0;
  let q = 0;
  while (q < n) {
    if (isWS(text[q])) {
      q++;
      continue;
    }
    const w0 = runEnd[q]!;
    const t = tail(w0);
    if (!t) {
      q = w0;
      continue;
    }
    if (!cvSuffix[q]) {
      q++;
      continue;
    }
    let start = q;
    while (start > pos && isWS(text[start - 1])) start--;
    let end = t[1];
    while (end < n && isWS(text[end])) end++;
    out.push({ start, end, aStart: q, aEnd: w0, bStart: t[0], bEnd: t[1] });
    pos = end;
    q = end;
  }
  return out;
}

/**
 * The constraint after `rewriteRange`, with provenance for every character:
 * `orig[i]` is the position in the original string it stands for, `rep[i]` the
 * index of the hyphen range whose replacement produced it (-1 if copied), and
 * `role[i]` which part of `>= A, <= B ` it is.
 */
interface Rewritten {
  text: string;
  /** null: nothing was rewritten (identity) */
  orig: Int32Array | null;
  rep: Int32Array | null;
  role: Uint8Array | null;
  ranges: RangeMatch[];
}

const ROLE_COPY = 0;
const ROLE_GE = 1;
const ROLE_A = 2;
const ROLE_LE = 3;
const ROLE_B = 4;
const ROLE_PUNCT = 5;

function replacementPieces(m: RangeMatch, text: string): { s: string; role: number; orig: (k: number) => number }[] {
  const a = text.slice(m.aStart, m.aEnd);
  const b = text.slice(m.bStart, m.bEnd);
  return [
    { s: '>=', role: ROLE_GE, orig: () => m.aStart },
    { s: ' ', role: ROLE_PUNCT, orig: () => m.aStart },
    { s: a, role: ROLE_A, orig: (k) => m.aStart + k },
    { s: ', ', role: ROLE_PUNCT, orig: () => m.aEnd },
    { s: '<=', role: ROLE_LE, orig: () => m.bStart },
    { s: ' ', role: ROLE_PUNCT, orig: () => m.bStart },
    { s: b, role: ROLE_B, orig: (k) => m.bStart + k },
    // v3.2.1+ (and v3.5.0) append a space; Debian's 3.2.0 does not (§2.8, §7).
    { s: ' ', role: ROLE_PUNCT, orig: () => m.bEnd },
  ];
}

/**
 * `rewriteRange` of v3.5.0: for each match m (in order) the *first occurrence*
 * of m's text in the current string is replaced by `>= A, <= B `.
 *
 * Normally that first occurrence is the match itself ("natural" position),
 * and the result is built here in linear time. Go can replace at an earlier
 * place only when some match is directly followed by a '-' of the original
 * (`1 - 2 - 3`, `1 - 2- 3`): then a replacement's trailing space, that '-' and
 * the text after it can spell a later match's text. (Proof sketch: an earlier
 * occurrence lying in original text between matches would itself have been
 * found by FindAll; so it overlaps a replacement, whose only whitespace that
 * can precede a '-' is its trailing space.)
 *
 * Such constraints are always invalid in Go, whatever the replacement order,
 * and `directlyFollowedByDash` reports them. Proof: call D the '-' characters
 * of the original that are preceded by whitespace in the current string. A
 * '-' of D can never be part of a valid alternative (an atom, operator or
 * version never starts with '-'). Every match's own ' - ' is in D at the
 * start, so |D| ≥ K (K = number of matches). Each replacement removes exactly
 * one element of D (the ' - ' of the text it replaces: `>= A, <= B ` has no
 * whitespace before a '-') and can add at most one (the character after it,
 * now preceded by the trailing space). Let j be the first match directly
 * followed by a '-' g; matches 1..j are replaced at their natural positions
 * (there is no earlier such '-'), and g, which lies outside every match, is in
 * D after step j (it was preceded by whitespace already, or the trailing space
 * now precedes it). So |D| ≥ K - j + 1 after step j and ≥ 1 after step K.
 */
function rewriteHyphenRanges(text: string): Rewritten & { directlyFollowedByDash: boolean } {
  const ranges = findHyphenRanges(text);
  const n = text.length;
  if (ranges.length === 0) return { text, orig: null, rep: null, role: null, ranges, directlyFollowedByDash: false };
  const directlyFollowedByDash = ranges.some((m) => text[m.end] === '-');
  const allPieces = ranges.map((m) => replacementPieces(m, text));
  let len = n;
  ranges.forEach((m, id) => {
    for (const piece of allPieces[id]!) len += piece.s.length;
    len -= m.end - m.start;
  });
  const orig = new Int32Array(len + 1);
  const rep = new Int32Array(len + 1).fill(-1);
  const role = new Uint8Array(len + 1);
  const parts: string[] = [];
  let o = 0;
  let from = 0;
  const copy = (a: number, b: number): void => {
    parts.push(text.slice(a, b));
    for (let i = a; i < b; i++) orig[o++] = i;
  };
  ranges.forEach((m, id) => {
    copy(from, m.start);
    for (const piece of allPieces[id]!) {
      parts.push(piece.s);
      for (let k = 0; k < piece.s.length; k++) {
        orig[o] = piece.orig(k);
        rep[o] = id;
        role[o] = piece.role;
        o++;
      }
    }
    from = m.end;
  });
  copy(from, n);
  orig[o] = n;
  return { text: parts.join(''), orig, rep, role, ranges, directlyFollowedByDash };
}

// ---------------------------------------------------------------------------
// Steps 2–5: split at "||", validate and tokenize each alternative (§2.3
// scanner), expand and parse each atom's version.

const OPERATORS = ['!=', '>=', '=>', '<=', '=<', '~>', '=', '>', '<', '~', '^'] as const;
const OP_CHARS = '=<>!~^';

interface ScannedAtom {
  op: string;
  opStart: number;
  cvStart: number;
  cvEnd: number;
}

type ScanResult = { ok: true; atoms: ScannedAtom[] } | { ok: false; reason: string; pos: number };

function describeChar(c: string): string {
  const code = c.codePointAt(0)!;
  const names: Record<string, string> = { '\v': '\\v (vertical tab)', '\u00a0': 'U+00A0 (no-break space)' };
  if (names[c]) return names[c]!;
  if (code < 0x20 || code === 0x7f || code > 0x7e) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${c}'`;
}

function isSpaceLike(c: string): boolean {
  // Characters people take for whitespace that Go's \s does not include.
  return c === '\v' || /\s/u.test(c);
}

/** Explains why `run` (the non-separator text after an operator) is not a version. */
function explainBadRun(alt: string, opStart: number, op: string, cvStart: number, run: string): { reason: string; pos: number } {
  if (run[0] === '-') {
    return {
      reason: `'${run}' is not a version (a hyphen range "A - B" needs whitespace on both sides of '-', and cannot be chained or follow an operator)`,
      pos: cvStart,
    };
  }
  if (OP_CHARS.includes(run[0]!)) {
    let k = 0;
    while (k < run.length && OP_CHARS.includes(run[k]!)) k++;
    const written = alt.slice(opStart, cvStart + k);
    return {
      reason: `'${written}' is not an operator (operators: = != > < >= => <= =< ~ ~> ^, written without spaces inside)`,
      pos: op === '' ? cvStart : opStart,
    };
  }
  const prefix = { index: 0, stuck: 0 };
  isCv(run, prefix);
  const bad = run[prefix.stuck];
  const badPos = cvStart + prefix.stuck;
  if (prefix.index > 0 && prefix.index === prefix.stuck && bad !== undefined && OP_CHARS.includes(bad)) {
    const first = alt.slice(opStart, cvStart + prefix.index);
    let k = prefix.index;
    while (k < run.length && !isSpaceLike(run[k]!)) k++;
    return { reason: `no separator between '${first}' and '${run.slice(prefix.index, k)}' (separate atoms with a space or a comma)`, pos: badPos };
  }
  if (run[0] === 'V') return { reason: `'${run}': the 'v' prefix must be lowercase`, pos: cvStart };
  if (run.startsWith('vv')) return { reason: `'${run}': only one 'v' prefix is allowed`, pos: cvStart };
  if (bad !== undefined && isSpaceLike(bad)) {
    return {
      reason: `${describeChar(bad)} is not whitespace for Masterminds (only space, tab, newline, carriage return and form feed separate atoms)`,
      pos: badPos,
    };
  }
  if (bad === undefined) {
    const last = run[run.length - 1];
    const what = last === '-' ? 'an empty prerelease' : last === '+' ? 'empty build metadata' : last === '.' ? 'an empty component' : 'an incomplete version';
    return { reason: `'${run}' has ${what}`, pos: cvStart + run.length - 1 };
  }
  const parts = splitVersionLiteral(run.slice(0, prefix.index), isCvNum);
  if (bad === '.' && parts?.patch !== undefined && parts.pre === undefined && parts.meta === undefined) {
    return { reason: `'${run}' has more than three components`, pos: badPos };
  }
  if (bad === '|' || run.includes('|')) {
    return { reason: `'${run}' is not a version (a single '|' is not an operator; OR is '||')`, pos: badPos };
  }
  return { reason: `'${run}' is not a version (unexpected ${describeChar(bad)})`, pos: badPos };
}

/** §2.3: accepts exactly what VALID accepts, returns the atoms FIND returns. */
function scanAlternative(alt: string, index: number, count: number): ScanResult {
  const n = alt.length;
  const atoms: ScannedAtom[] = [];
  let i = 0;
  let afterComma = -1;
  for (;;) {
    while (i < n && isWS(alt[i])) i++;
    const opStart = i;
    let op = '';
    for (const candidate of OPERATORS) {
      if (alt.startsWith(candidate, i)) {
        op = candidate;
        break;
      }
    }
    i += op.length;
    while (i < n && isWS(alt[i])) i++;
    const cvStart = i;
    let j = i;
    while (j < n && !isWS(alt[j]) && alt[j] !== ',') j++;
    const run = alt.slice(i, j);
    if (run === '') {
      if (op !== '') return { ok: false, reason: `'${op}' is not followed by a version`, pos: opStart };
      if (atoms.length === 0 && afterComma < 0) {
        if (i < n) return { ok: false, reason: 'leading comma', pos: i };
        const reason = count === 1 ? 'empty constraint' : index > 0 ? "empty alternative after '||'" : "empty alternative before '||'";
        return { ok: false, reason, pos: 0 };
      }
      if (i < n) return { ok: false, reason: 'doubled comma (a comma must be followed by an atom)', pos: i };
      return { ok: false, reason: 'trailing comma (a comma must be followed by an atom)', pos: afterComma };
    }
    if (!isCv(run)) {
      const e = explainBadRun(alt, opStart, op, cvStart, run);
      return { ok: false, reason: e.reason, pos: e.pos };
    }
    atoms.push({ op, opStart, cvStart, cvEnd: j });
    i = j;
    const k = i;
    while (i < n && isWS(alt[i])) i++;
    if (i === n) return { ok: true, atoms };
    if (alt[i] === ',') {
      afterComma = i;
      i++;
      continue;
    }
    if (i === k) return { ok: false, reason: 'missing separator', pos: i }; // unreachable: runs end at a separator
    afterComma = -1;
  }
}

interface ExpandedAtom {
  precision: 0 | 1 | 2 | 3;
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string;
}

type ExpandResult = { ok: true; atom: ExpandedAtom } | { ok: false; reason: string; index: number };

/** §2.4: the partial-version expansion of `parseConstraint`, then `NewVersion`. */
function expandVersion(cv: string): ExpandResult {
  const parts = splitVersionLiteral(cv, isCvNum) as VersionParts; // validated by the scanner
  const pre = parts.pre === undefined ? '' : `-${parts.pre}`;
  let precision: 0 | 1 | 2 | 3;
  let ver: string;
  if (isX(parts.major)) {
    precision = 0;
    ver = `0.0.0${pre}`;
  } else if (parts.minor === undefined || isX(parts.minor)) {
    precision = 1;
    ver = `${parts.major}.0.0${pre}`;
  } else if (parts.patch === undefined || isX(parts.patch)) {
    precision = 2;
    ver = `${parts.major}.${parts.minor}.0${pre}`;
  } else {
    precision = 3;
    ver = cv;
  }
  const r = mastermindsNewVersion(ver);
  if (r.ok) {
    const v = r.version;
    return { ok: true, atom: { precision, major: v.major, minor: v.minor, patch: v.patch, pre: v.pre } };
  }
  // Explain in terms of what was written.
  const off = parts.v ? 1 : 0;
  const comps: [string | undefined, number][] = [
    [parts.major, off],
    [parts.minor, off + parts.major.length + 1],
    [parts.patch, off + parts.major.length + 1 + (parts.minor?.length ?? 0) + 1],
  ];
  for (const [c, index] of comps.slice(0, precision)) {
    if (c === undefined) continue;
    if (!/^[0-9]+$/.test(c)) {
      const hint = c.includes('|') ? " (a single '|' is not an operator; OR is '||')" : '';
      return { ok: false, reason: `'${c}' is neither a number nor a single wildcard x, X or *${hint}`, index };
    }
    if (BigInt(c) > UINT64_MAX) return { ok: false, reason: `${c} exceeds the uint64 maximum ${UINT64_MAX}`, index };
  }
  // A prerelease problem: point at the identifier (ver and cv differ before the '-').
  const inVer = ver.indexOf('-');
  const inCv = cv.indexOf('-');
  const index = inVer >= 0 && inCv >= 0 && r.index > inVer ? inCv + (r.index - inVer) : Math.max(inCv + 1, 0);
  return { ok: false, reason: r.reason, index };
}

// ---------------------------------------------------------------------------
// §5.3: the releases one atom matches.

function iv(lo: Release, hi: Release | null): ReleaseInterval {
  return { lo, hi };
}

function atomReleases(op: string, a: ExpandedAtom): ReleaseSet {
  const { precision: P, major: M, minor: m, patch: p } = a;
  const pre = a.pre !== '';
  const zero = release(0, 0, 0);
  const t = release(M, m, p);
  const nextMajor = release(M + 1n, 0, 0);
  const nextMinor = release(M, m + 1n, 0);
  const nextPatch = release(M, m, p + 1n);
  const set = (...xs: ReleaseInterval[]): ReleaseSet => normalizeSet(xs);
  switch (op) {
    case '':
    case '=':
      if (P === 0) return ALL_RELEASES;
      if (P === 1) return set(iv(release(M, 0, 0), nextMajor));
      if (P === 2) return set(iv(release(M, m, 0), nextMinor));
      return pre ? EMPTY_SET : set(iv(t, nextPatch));
    case '~':
    case '~>':
      if (P === 0) return ALL_RELEASES;
      if (P === 1) return set(iv(release(M, 0, 0), nextMajor));
      if (P === 2) return set(iv(release(M, m, 0), nextMinor));
      return M === 0n && m === 0n && p === 0n ? ALL_RELEASES : set(iv(t, nextMinor));
    case '^':
      if (P === 0) return set(iv(zero, release(0, 0, 1)));
      if (P === 1 || M > 0n) return set(iv(t, nextMajor));
      if (P === 2 || m > 0n) return set(iv(t, nextMinor));
      return set(iv(t, nextPatch));
    case '>=':
    case '=>':
      return set(iv(t, null));
    case '>':
      if (P === 0) return pre ? ALL_RELEASES : set(iv(release(0, 0, 1), null));
      if (P === 1) return set(iv(nextMajor, null));
      if (P === 2) return set(iv(nextMinor, null));
      return set(iv(pre ? t : nextPatch, null));
    case '<':
      return set(iv(zero, t));
    case '<=':
    case '=<':
      if (P === 0) return set(iv(zero, release(0, 1, 0)));
      if (P === 1) return set(iv(zero, nextMajor));
      if (P === 2) return set(iv(zero, nextMinor));
      return set(iv(zero, pre ? t : nextPatch));
    case '!=':
      if (P === 0) return pre ? ALL_RELEASES : set(iv(release(0, 0, 1), null));
      if (P === 1) return complementSet(set(iv(t, nextMajor)));
      if (P === 2) return pre ? ALL_RELEASES : complementSet(set(iv(t, nextMinor)));
      return pre ? ALL_RELEASES : complementSet(set(iv(t, nextPatch)));
    default:
      throw new Error(`unknown operator ${JSON.stringify(op)}`);
  }
}

// ---------------------------------------------------------------------------

const QUOTE_LIMIT = 120;

/** Go's %q, roughly; long texts are shortened. */
function quote(s: string): string {
  if (s.length <= QUOTE_LIMIT) return JSON.stringify(s);
  return `${JSON.stringify(s.slice(0, QUOTE_LIMIT - 20))}… (${s.length} characters)`;
}

function parseUncached(text: string): ParsedConstraint {
  const rw = rewriteHyphenRanges(text);
  const s = rw.text;
  const rewrote = rw.ranges.length > 0;
  const clamp = (p: number): number => Math.min(Math.max(p, 0), s.length);
  const mapPos = (p: number): number => (rw.orig ? rw.orig[clamp(p)]! : clamp(p));
  const repAt = (p: number): number => (rw.rep ? rw.rep[p]! : -1);
  const roleAt = (p: number): number => (rw.role ? rw.role[p]! : ROLE_COPY);

  const alternatives: ConstraintAtom[][] = [];
  const pieces: ReleaseInterval[] = [];
  const alts = s.split('||');
  let base = 0;
  for (let k = 0; k < alts.length; k++) {
    const alt = alts[k]!;
    const scan = scanAlternative(alt, k, alts.length);
    const afterRewrite = (from: number, to: number): string => {
      for (let i = from; i < to; i++) if (repAt(i) >= 0) return ' (after rewriting hyphen ranges "A - B" to ">= A, <= B ")';
      return '';
    };
    if (!scan.ok) {
      let hint = '';
      const near = base + scan.pos;
      if (rewrote) {
        const touch = (i: number): boolean => i >= base && i < base + alt.length && repAt(i) >= 0;
        if (touch(near - 1) || touch(near)) {
          hint = '; a hyphen range must start its alternative or follow a comma, and cannot follow an operator';
        }
      }
      return {
        ok: false,
        text,
        error: `improper constraint: ${quote(alt)}${afterRewrite(base, base + alt.length)}: ${scan.reason}${hint}`,
        offset: mapPos(near),
      };
    }
    const atoms: ConstraintAtom[] = [];
    let altSet: ReleaseSet = ALL_RELEASES;
    for (const sa of scan.atoms) {
      const cv = alt.slice(sa.cvStart, sa.cvEnd);
      const ex = expandVersion(cv);
      const absOp = base + sa.opStart;
      const absCv = base + sa.cvStart;
      const absEnd = base + sa.cvEnd;
      if (!ex.ok) {
        return {
          ok: false,
          text,
          error: `constraint parser error: ${quote(alt.slice(sa.opStart, sa.cvEnd))}${afterRewrite(absOp, absEnd)}: ${ex.reason}`,
          offset: mapPos(absCv + ex.index),
        };
      }
      // A hyphen atom: the operator and the version come from one replacement, in place.
      const id = repAt(absOp);
      let fromHyphenRange = false;
      let start = mapPos(absOp);
      let end = mapPos(absEnd - 1) + 1;
      if (id >= 0 && (sa.op === '>=' || sa.op === '<=')) {
        const m = rw.ranges[id]!;
        const isLow = sa.op === '>=' && roleAt(absOp) === ROLE_GE;
        const isHigh = sa.op === '<=' && roleAt(absOp) === ROLE_LE;
        const want = isLow ? ROLE_A : ROLE_B;
        const len = isLow ? m.aEnd - m.aStart : m.bEnd - m.bStart;
        if ((isLow || isHigh) && absEnd - absCv === len) {
          let same = true;
          for (let i = absCv; i < absEnd && same; i++) same = repAt(i) === id && roleAt(i) === want;
          if (same) {
            fromHyphenRange = true;
            start = isLow ? m.aStart : m.bStart;
            end = isLow ? m.aEnd : m.bEnd;
          }
        }
      }
      atoms.push(
        Object.freeze({
          operator: sa.op,
          version: cv,
          precision: ex.atom.precision,
          prerelease: ex.atom.pre !== '',
          fromHyphenRange,
          start,
          end,
        }) as ConstraintAtom,
      );
      if (altSet.length > 0) altSet = intersectSets(altSet, atomReleases(sa.op, ex.atom));
    }
    alternatives.push(Object.freeze(atoms) as ConstraintAtom[]);
    for (const it of altSet) pieces.push(it);
    base += alt.length + 2;
  }
  if (rw.directlyFollowedByDash) {
    // Unreachable (see rewriteHyphenRanges): the scan above has already failed.
    return { ok: false, text, error: 'improper constraint: a hyphen range is directly followed by \'-\'', offset: rw.ranges.find((m) => text[m.end] === '-')?.end ?? 0 };
  }
  return { ok: true, text, releases: normalizeSet(pieces), alternatives: Object.freeze(alternatives) as ConstraintAtom[][] };
}

const CACHE_LIMIT = 10_000;
const cache = new Map<string, ParsedConstraint>();

/** `semver.NewConstraint` of v3.5.0, evaluated to the set of releases it matches. Memoized. */
export function parseConstraint(text: string): ParsedConstraint {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = Object.freeze(parseUncached(text)) as ParsedConstraint;
  // Dropping everything when full keeps this O(1) (deleting the oldest entry
  // of a Map one by one is not, in V8) and is harmless for a memo.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

/**
 * Gardener's `CheckVersionMeetsConstraint(version, constraint)`: the constraint
 * is parsed first (an invalid one throws even if the version is invalid too),
 * then `NewVersion(Normalize(version))` (throws if invalid), then `Check`.
 */
export function matchesConstraint(constraint: string, version: string): boolean {
  const c = parseConstraint(constraint);
  if (!c.ok) throw new Error(c.error);
  const v = parseCandidateVersion(version);
  if (v === undefined) {
    throw new Error(`invalid semantic version: ${quote(version)} (normalized: ${quote(normalizeVersion(version))})`);
  }
  return setContains(c.releases, v);
}

const EXACT = /^(v?[0-9]+\.[0-9]+\.[0-9]+|=)/;

/** Gardener's score regex `^(v?[0-9]+\.[0-9]+\.[0-9]+|=)`: an "exact" constraint scores 2 instead of 1. */
export function isExactConstraint(constraint: string): boolean {
  return EXACT.test(constraint);
}
