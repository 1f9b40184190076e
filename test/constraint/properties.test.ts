// Generated constraints: the parsed structure and the interval set against a
// brute-force model — a direct port of Masterminds' check functions
// (constraints.go: constraintTildeOrEqual, constraintTilde, constraintCaret,
// constraintGreaterThan, …) applied atom by atom to every version of a small
// universe. The model knows the structure it generated; it does not use the
// parser under test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  intersectSets,
  parseConstraint,
  release,
  setContains,
  setsEqual,
  unionSets,
  type Release,
} from '../../src/engine/constraint/index.js';

// ---------------------------------------------------------------------------
// The model (Go semantics on parsed versions).

interface GoVersion {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string;
}

interface GoConstraint {
  con: GoVersion;
  op: string;
  dirty: boolean;
  minorDirty: boolean;
  patchDirty: boolean;
}

const isX = (s: string | undefined): boolean => s === 'x' || s === 'X' || s === '*';

/** parseConstraint's expansion, for the (always valid) versions generated below. */
function expand(op: string, text: string): GoConstraint {
  let s = text.startsWith('v') ? text.slice(1) : text;
  const plus = s.indexOf('+');
  if (plus >= 0) s = s.slice(0, plus);
  const dash = s.indexOf('-');
  const pre = dash >= 0 ? s.slice(dash + 1) : '';
  if (dash >= 0) s = s.slice(0, dash);
  const [a, b, c] = s.split('.');
  const v = (M: string, m: string, p: string): GoVersion => ({ major: BigInt(M), minor: BigInt(m), patch: BigInt(p), pre });
  if (isX(a)) return { op, con: v('0', '0', '0'), dirty: true, minorDirty: false, patchDirty: false };
  if (b === undefined || isX(b)) return { op, con: v(a!, '0', '0'), dirty: true, minorDirty: true, patchDirty: false };
  if (c === undefined || isX(c)) return { op, con: v(a!, b, '0'), dirty: true, minorDirty: false, patchDirty: true };
  return { op, con: v(a!, b, c), dirty: false, minorDirty: false, patchDirty: false };
}

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return o !== '' ? -1 : 1;
  if (o === '') return 1;
  const sNum = /^[0-9]+$/.test(s);
  const oNum = /^[0-9]+$/.test(o);
  if (!sNum && !oNum) return s > o ? 1 : -1;
  if (!oNum) return -1;
  if (!sNum) return 1;
  return BigInt(s) > BigInt(o) ? 1 : -1;
}

function comparePrerelease(v: string, o: string): number {
  const sp = v.split('.');
  const op = o.split('.');
  for (let i = 0; i < Math.max(sp.length, op.length); i++) {
    const d = comparePrePart(sp[i] ?? '', op[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

function compare(v: GoVersion, o: GoVersion): number {
  for (const k of ['major', 'minor', 'patch'] as const) {
    if (v[k] !== o[k]) return v[k] < o[k] ? -1 : 1;
  }
  if (v.pre === '' && o.pre === '') return 0;
  if (v.pre === '') return 1;
  if (o.pre === '') return -1;
  return comparePrerelease(v.pre, o.pre);
}

function tilde(v: GoVersion, c: GoConstraint): boolean {
  if (v.pre !== '' && c.con.pre === '') return false;
  if (compare(v, c.con) < 0) return false;
  if (c.con.major === 0n && c.con.minor === 0n && c.con.patch === 0n && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== c.con.major) return false;
  if (v.minor !== c.con.minor && !c.minorDirty) return false;
  return true;
}

function check(v: GoVersion, c: GoConstraint): boolean {
  const gate = v.pre !== '' && c.con.pre === '';
  switch (c.op) {
    case '':
    case '=':
      if (gate) return false;
      return c.dirty ? tilde(v, c) : compare(v, c.con) === 0;
    case '~':
    case '~>':
      return tilde(v, c);
    case '^': {
      if (gate) return false;
      if (compare(v, c.con) < 0) return false;
      if (c.con.major > 0n || c.minorDirty) return v.major === c.con.major;
      if (v.major > 0n) return false;
      if (c.con.minor > 0n || c.patchDirty) return v.minor === c.con.minor;
      if (v.minor > 0n) return false;
      return v.patch === c.con.patch;
    }
    case '>':
      if (gate) return false;
      if (!c.dirty) return compare(v, c.con) === 1;
      if (v.major > c.con.major) return true;
      if (v.major < c.con.major) return false;
      if (c.minorDirty) return false;
      if (c.patchDirty) return v.minor > c.con.minor;
      return compare(v, c.con) === 1;
    case '<':
      return !gate && compare(v, c.con) < 0;
    case '>=':
    case '=>':
      return !gate && compare(v, c.con) >= 0;
    case '<=':
    case '=<':
      if (gate) return false;
      if (!c.dirty) return compare(v, c.con) <= 0;
      if (v.major > c.con.major) return false;
      if (v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty) return false;
      return true;
    case '!=':
      if (c.dirty) {
        if (gate) return false;
        if (c.con.major !== v.major) return true;
        if (c.con.minor !== v.minor && !c.minorDirty) return true;
        if (c.minorDirty) return false;
        if (c.con.patch !== v.patch && !c.patchDirty) return true;
        if (c.patchDirty) {
          if (v.pre !== '' || c.con.pre !== '') return comparePrerelease(v.pre, c.con.pre) !== 0;
          return false;
        }
      }
      return compare(v, c.con) !== 0;
    default:
      throw new Error(`op ${c.op}`);
  }
}

// ---------------------------------------------------------------------------
// Generated constraints with their expected structure.

interface ExpectedAtom {
  operator: string;
  version: string;
  fromHyphenRange: boolean;
  start: number;
  end: number;
}

interface Piece {
  kind: 'atom' | 'range';
  text: string;
  /** atoms relative to the piece start */
  atoms: ExpectedAtom[];
}

interface Generated {
  text: string;
  alternatives: ExpectedAtom[][];
}

const OPS = ['', '=', '!=', '>', '<', '>=', '=>', '<=', '=<', '~', '~>', '^'];
const wild = fc.constantFrom('x', 'X', '*');
const small = (max: number): fc.Arbitrary<string> => fc.integer({ min: 0, max }).map(String);
const preArb = fc.constantFrom('0', 'rc.1', 'alpha', 'beta.2', '0abc', '-', 'a-b', '1.2');
const metaArb = fc.constantFrom('meta', 'build.1', '001', 'k3s1');

const majorArb = fc.oneof(small(3), fc.constant('1'));
const minorArb = fc.oneof(small(7), small(46));
const versionArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.oneof(
      // P0, possibly with ignored components after the wildcard
      fc.tuple(wild, fc.option(fc.constantFrom('.33.1', '.x', '.1', '.*.*'), { nil: undefined })).map(([w, t]) => w + (t ?? '')),
      // P1
      fc.tuple(majorArb, fc.option(fc.tuple(wild, fc.option(fc.constantFrom('.5', '.x', '.1x', '.|'), { nil: undefined })), { nil: undefined })).map(
        ([M, rest]) => (rest ? `${M}.${rest[0]}${rest[1] ?? ''}` : M),
      ),
      // P2
      fc.tuple(majorArb, minorArb, fc.option(wild, { nil: undefined })).map(([M, m, w]) => (w ? `${M}.${m}.${w}` : `${M}.${m}`)),
      // P3
      fc.tuple(majorArb, minorArb, small(9)).map(([M, m, p]) => `${M}.${m}.${p}`),
    ),
    fc.option(preArb, { nil: undefined, freq: 3 }),
    fc.option(metaArb, { nil: undefined, freq: 4 }),
  )
  .map(([v, core, pre, meta]) => `${v ? 'v' : ''}${core}${pre !== undefined ? `-${pre}` : ''}${meta !== undefined ? `+${meta}` : ''}`);

const opWs = fc.constantFrom('', '', ' ', '  ', '\t', '\n');
const dashWs = fc.constantFrom(' ', '  ', '\t', '\n', ' \r');

const simpleAtom: fc.Arbitrary<Piece> = fc.tuple(fc.constantFrom(...OPS), opWs, versionArb).map(([op, ws, version]) => {
  const w = op === '' ? '' : ws;
  const text = op + w + version;
  return { kind: 'atom', text, atoms: [{ operator: op, version, fromHyphenRange: false, start: 0, end: text.length }] };
});

const rangeAtom: fc.Arbitrary<Piece> = fc.tuple(versionArb, dashWs, dashWs, versionArb).map(([a, w1, w2, b]) => {
  const text = `${a}${w1}-${w2}${b}`;
  const bStart = a.length + w1.length + 1 + w2.length;
  return {
    kind: 'range',
    text,
    atoms: [
      { operator: '>=', version: a, fromHyphenRange: true, start: 0, end: a.length },
      { operator: '<=', version: b, fromHyphenRange: true, start: bStart, end: bStart + b.length },
    ],
  };
});

const wsSep = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n');
const commaSep = fc.constantFrom(',', ', ', ' ,', ' , ', ',\t', '\n,\n');

/** One alternative: a hyphen range may open it, follow a comma, or follow another range after whitespace. */
const alternativeArb: fc.Arbitrary<{ text: string; atoms: ExpectedAtom[]; startsWithRange: boolean; endsWithRange: boolean }> = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: simpleAtom }, { weight: 1, arbitrary: rangeAtom }), wsSep, commaSep, fc.boolean()), {
    minLength: 1,
    maxLength: 4,
  })
  .map((items) => {
    let text = '';
    const atoms: ExpectedAtom[] = [];
    let prev: Piece | undefined;
    for (const [piece, ws, comma, preferComma] of items) {
      if (prev) {
        const needComma = piece.kind === 'range' && prev.kind !== 'range';
        text += needComma || preferComma ? comma : ws;
      }
      const base = text.length;
      text += piece.text;
      for (const a of piece.atoms) atoms.push({ ...a, start: a.start + base, end: a.end + base });
      prev = piece;
    }
    return { text, atoms, startsWithRange: items[0]![0].kind === 'range', endsWithRange: prev!.kind === 'range' };
  });

const orSep = fc.constantFrom(' || ', '||', ' ||', '|| ', '\t||\n', '  ||  ');

const constraintArb: fc.Arbitrary<Generated> = fc
  .array(fc.tuple(alternativeArb, orSep), { minLength: 1, maxLength: 3 })
  .map((alts) => {
    let text = '';
    const alternatives: ExpectedAtom[][] = [];
    alts.forEach(([alt, sep], k) => {
      if (k > 0) {
        let s: string = sep;
        // A bare '||' next to a hyphen range is absorbed by the range's version (§2.8),
        // and one after a version ending in '|' (`1.x.|`) would read as '|||'.
        const prev = alts[k - 1]![0];
        if ((prev.endsWithRange || prev.text.endsWith('|')) && !/^\s/.test(s)) s = ` ${s}`;
        if (alt.startsWithRange && !/\s$/.test(s)) s = `${s} `;
        text += s;
      }
      const base = text.length;
      text += alt.text;
      alternatives.push(alt.atoms.map((a) => ({ ...a, start: a.start + base, end: a.end + base })));
    });
    return { text, alternatives };
  });

// Every version 0–2 . 0–5 . 0–7 and 1.0.0–1.45.5, plus a few beyond.
const universe: Release[] = [];
for (let a = 0; a <= 2; a++) for (let b = 0; b <= 5; b++) for (let c = 0; c <= 7; c++) universe.push(release(a, b, c));
for (let b = 6; b <= 45; b++) for (let c = 0; c <= 5; c++) universe.push(release(1, b, c));
universe.push(release(3, 0, 0), release(4, 7, 1), release(10, 0, 0), release(0, 46, 0), release(1, 46, 9));

function modelMatches(g: Generated, r: Release): boolean {
  const v: GoVersion = { major: r.major, minor: r.minor, patch: r.patch, pre: '' };
  return g.alternatives.some((alt) => alt.every((a) => check(v, expand(a.operator, a.version))));
}

function precisionOf(version: string): number {
  const c = expand('', version);
  return !c.dirty ? 3 : c.patchDirty ? 2 : c.minorDirty ? 1 : 0;
}

describe('generated constraints vs the brute-force model', () => {
  it('structure (atoms, operators, spans) and releases agree on every version of the universe', () => {
    fc.assert(
      fc.property(constraintArb, (g) => {
        const p = parseConstraint(g.text);
        if (!p.ok) throw new Error(`${JSON.stringify(g.text)} rejected: ${p.error}`);
        expect(
          p.alternatives.map((alt) => alt.map((a) => ({ operator: a.operator, version: a.version, fromHyphenRange: a.fromHyphenRange, start: a.start, end: a.end }))),
        ).toEqual(g.alternatives);
        for (const alt of p.alternatives) {
          for (const a of alt) {
            expect(a.precision).toBe(precisionOf(a.version));
            expect(a.prerelease).toBe(expand('', a.version).con.pre !== '');
          }
        }
        for (const r of universe) {
          if (setContains(p.releases, r) !== modelMatches(g, r)) {
            throw new Error(`${JSON.stringify(g.text)} on ${r.major}.${r.minor}.${r.patch}: set ${!modelMatches(g, r)}, model ${modelMatches(g, r)}`);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('|| is union and , is intersection', () => {
    fc.assert(
      fc.property(alternativeArb, alternativeArb, (a, b) => {
        const pa = parseConstraint(a.text);
        const pb = parseConstraint(b.text);
        const or = parseConstraint(`${a.text} || ${b.text}`);
        const and = parseConstraint(`${a.text}, ${b.text}`);
        if (!pa.ok || !pb.ok || !or.ok || !and.ok) throw new Error(`rejected: ${a.text} / ${b.text}`);
        expect(setsEqual(or.releases, unionSets(pa.releases, pb.releases))).toBe(true);
        expect(setsEqual(and.releases, intersectSets(pa.releases, pb.releases))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('any string', () => {
  const alphabet = [...'0123456789.xX*|v-+ ,<>=!~^\tabV\n\u000b\u00a0'];
  const anyConstraint = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((cs) => cs.join(''));
  it('parses without throwing; spans point into the text; results are memoized', () => {
    fc.assert(
      fc.property(anyConstraint, (s) => {
        const p = parseConstraint(s);
        expect(parseConstraint(s)).toBe(p);
        expect(p.text).toBe(s);
        if (!p.ok) {
          expect(p.offset).toBeGreaterThanOrEqual(0);
          expect(p.offset).toBeLessThanOrEqual(s.length);
          expect(p.error).toMatch(/^(improper constraint|constraint parser error): /);
          return;
        }
        expect(p.alternatives.length).toBeGreaterThan(0);
        for (const alt of p.alternatives) {
          expect(alt.length).toBeGreaterThan(0);
          for (const a of alt) {
            const span = s.slice(a.start, a.end);
            if (a.fromHyphenRange) expect(span).toBe(a.version);
            else {
              expect(span.startsWith(a.operator)).toBe(true);
              expect(span.endsWith(a.version)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
