#!/usr/bin/env node
// Generates the Masterminds conformance fixtures in test/fixtures/masterminds/
// by asking the Go oracle (/work/shared/tools/masterminds-oracle, built
// against Debian's Masterminds/semver 3.2.0) what Gardener's
// CheckVersionMeetsConstraint answers.
//
//   node scripts/generate-masterminds-fixtures.mjs /path/to/bin/semver-oracle
//
// Deterministic: the same oracle gives byte-identical output. The tests read
// the committed JSON and never need Go.
//
// Output: test/fixtures/masterminds/conformance.json
//   versions:   the candidate versions (shared by all cases)
//   versionOk:  1 if Gardener accepts the candidate version, else 0
//   cases:      [constraint, ok, matches] — ok: the constraint parses;
//               matches: base64 bitset over `versions` (bit i = byte i>>3,
//               bit i&7) of the versions that match ("" when !ok)
//   v35:        constraints on which Debian 3.2.0 and v3.5.0 differ by design
//               (a hyphen range followed by something other than ',', '||' or
//               the end), evaluated by the oracle on their v3.5.0 rewrite
//               (which contains no further hyphen range, so NewConstraint's
//               own rewrite is the identity there):
//               [constraint, rewrittenByV35, ok, matches]
//   excluded:   such constraints whose v3.5.0 rewrite still contains a hyphen
//               range (the oracle cannot evaluate them); not oracle-checked.

import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as yaml from 'js-yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const oraclePath = process.argv[2];
const corpusDir = process.argv[3] ?? '/work/shared/corpus';
if (!oraclePath) {
  console.error('usage: node scripts/generate-masterminds-fixtures.mjs <semver-oracle> [corpus-dir]');
  process.exit(2);
}

// ---------------------------------------------------------------------------
// Deterministic PRNG (mulberry32).
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(0x5eed2026);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;

// ---------------------------------------------------------------------------
// Candidate versions: Kubernetes-like 1.10.0–1.40.x, small ones for partial
// semantics, Gardener's normalized forms, invalid ones.
const versions = [];
for (let minor = 9; minor <= 41; minor++) for (const patch of [0, 1, 3, 10]) versions.push(`1.${minor}.${patch}`);
versions.push(
  '0.0.0', '0.0.1', '0.0.3', '0.0.4', '0.0.9', '0.1.0', '0.1.5', '0.2.0', '0.2.3', '0.2.9', '0.3.0', '0.9.0',
  '1.0.0', '1.0.1', '1.1.0', '1.2.0', '1.2.2', '1.2.3', '1.2.4', '1.2.7', '1.2.9', '1.3.0', '1.4.0', '1.4.5', '1.4.6',
  '1.5.0', '1.6.0', '1.7.0', '1.8.0', '2.0.0', '2.0.1', '2.1.0', '2.5.0', '3.0.0', '3.0.1', '3.1.0', '5.0.0', '7.0.0',
  '10.0.0', '12.1.0',
  '18446744073709551615.0.0', '18446744073709551615.18446744073709551615.18446744073709551615', '1.18446744073709551615.0',
  // Gardener's Normalize at work
  'v1.20.0', 'v1.33.2', '1.20', '1.33', '1', 'v1.20', '1.33.0-rc.1', '1.34.0-rc.1', 'v1.31.1+k3s1', '1.33.5~patched',
  '1.33.0-0', '1.28.3-rc.1', '01.33.0', '1.2v0.1', 'vv1.20', 'v1.35.0-alpha.1+meta', '1.30.0+meta',
  // invalid candidates
  '', ' 1.20.0', '1.20.0 ', '1.20.0.1', 'V1.20.0', 'abc', '99999999999999999999.0.0', '1..2', '.1.2', '1.2.', 'x', '1.x',
);

// ---------------------------------------------------------------------------
// Constraints.
const constraints = [];
const add = (c) => constraints.push(c);

const OPS = ['', '=', '!=', '>', '<', '>=', '=>', '<=', '=<', '~', '~>', '^'];
const PARTIALS = [
  '*', 'x', 'X', 'v*', 'vx', '*-0', 'x-rc.1', 'x.33.1', 'x.x', '*.*.*',
  '0', '1', '2', '1.x', '1.X', '1.*', '1-0', '1.x-0', '0.x', 'v1', 'v1.x',
  '0.0', '0.2', '1.2', '1.20', '1.28', '1.33', '1.35', '1.2.x', '1.2.X', '1.2.*', '1.33-0', '1.33.x-0', '1.33-rc.1',
  '1.x.5', '1.x.1x', '1.x.|', 'v1.2', 'v1.2.x', '1.2+meta', '1.2-0+meta',
  '0.0.0', '0.0.3', '0.2.3', '1.2.3', '1.2.0', '1.20.0', '1.33.0', '1.33.5', 'v1.2.3', '1.2.3-rc.1', '1.2.3-0',
  '1.2.3+meta', '1.2.3-beta.2+meta.1', '1.2.3-0abc', '1.2.3--', '01.2', '1.02.3', '001.002.003',
  '18446744073709551615', '18446744073709551615.18446744073709551615', '18446744073709551615.18446744073709551615.18446744073709551615',
  '18446744073709551616', '1.18446744073709551616', '1.2.18446744073709551616', '0.0.18446744073709551615',
  // invalid versions
  'xx', '**', '1|2', '1.2x', '1.2.x|', '1.2.3-01', '1.2.3-beta.01', 'V1.2', 'vv1.2', '1.2.3.4', '1.2.3-', '1.2.3+', 'a', '1.a',
  '1..2', '-1', '1.-2',
];
const SPACES = ['', ' ', '  ', '\t', '\n'];

// Every operator × every version literal, with and without space.
for (const op of OPS) for (const v of PARTIALS) for (const sp of op === '' ? [''] : ['', ' ']) add(`${op}${sp}${v}`);
// Odd spacing around single atoms.
for (const op of ['>=', '~', '!=', '']) {
  for (const v of ['1.2', '1.20.x', '1.2.3']) {
    for (const sp of SPACES) {
      add(`${sp}${op}${sp}${v}${sp}`);
      add(`${op}${sp}${v}\r`);
      add(`\f${op}${v}`);
    }
  }
}

// Conjunctions and disjunctions from the grammar.
const SEPS = [' ', ',', ', ', ' ,', ' , ', '  ', '\t', '\n', ',\t', ' || ', '||', ' ||', '|| ', '\t||\n'];
const VALID_VERS = PARTIALS.filter((v) => !/^(xx|\*\*|1\|2|1\.2x|1\.2\.x\||1\.2\.3-0?1|1\.2\.3-beta\.01|V|vv|1\.2\.3\.4|1\.2\.3[-+]$|a|1\.a|1\.\.2|-1|1\.-2)/.test(v));
const KVERS = ['1.10', '1.16', '1.19', '1.20', '1.20.x', '1.21', '1.24', '1.27', '1.28.x', '1.30', '1.31', '1.33', '1.33-0', '1.34', '1.35', '1.36', '1.40', '1.20.5', '1.33.0', '1.33.0-rc.1'];
for (let i = 0; i < 2500; i++) {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let k = 0; k < n; k++) {
    if (k > 0) s += pick(SEPS);
    s += pick(OPS) + (chance(0.5) ? ' ' : '') + (chance(0.6) ? pick(KVERS) : pick(VALID_VERS));
  }
  add(s);
}
for (const a of ['>= 1.20', '>=1.20', '< 1.30', '~1.2', '1.2.x', '!= 1.25', '^1.2.3', '> 1']) {
  for (const b of ['< 1.30', '<1.25.3', '>= 1.21', '!= 1.22', '1.28.x', '~1.24', '=< 1.26', '=> 1.23']) {
    for (const sep of SEPS) add(`${a}${sep}${b}`);
  }
}

// Hyphen ranges in every position.
const RANGE_ENDS = ['1', '1.2', '1.2.3', '1.30', '1.33', '1.x', '*', 'v1.2', '1.2-0', '1.2.3-rc.1', '1.2+meta', '2', '2.0', '3.0', '1.4.5', '1.20.x', '0', '0.0.0', '01.2', '1|2', '18446744073709551616', 'xx'];
for (const a of RANGE_ENDS) for (const b of RANGE_ENDS) add(`${a} - ${b}`);
const RANGE_FORMS = [
  'A - B', 'A  -  B', 'A\t-\nB', ' A - B ', 'A -B', 'A- B', 'A-B', 'A -  B', '>=A - B', '>= A - B', '~A - B', 'A - B - C',
  'A - B, C', 'A - B ,C', 'C, A - B', 'C ,A - B', 'C,A - B', 'A - B || C', 'C || A - B', 'C||A - B', 'A - B||C',
  'C A - B', 'C  A - B', 'A - B C', 'A - B >= C', 'A - B, >= C', 'A - B || >= C', 'A - B, C - D', 'A - B || C - D',
  'A - B,C - D', 'A - B C - D', 'A - B\tC', 'A - B\n, C', 'A - B\v', 'A - B\u00a0C', 'A\u00a0- B', 'A -\u00a0B',
  'A - B - C - D', 'A - B - C D', 'x A - B', '!A - B',
];
const RANGE_TRIPLES = [
  ['1.0', '2.0', '1.5'], ['2.0', '3.0', '1.0'], ['1.30', '1.33', '1.31'], ['1', '2', '3'], ['1.2', '1.4.5', '1.3'],
  ['1.20', '1.25', '1.40'], ['1.2.3', '1.4', '2'], ['0', '1||2', '3'], ['1', '2', '2'],
];
for (const [a, b, c] of RANGE_TRIPLES) {
  for (const f of RANGE_FORMS) add(f.replace('A', a).replace('B', b).replace('C', c).replace('D', '1.36'));
}
for (const s of ['1||2 - 3', '1 - 2||3', '1 || 2 - 3', '1|| 2 - 3', '1 ||2 - 3', '0 - 1||2 - 3 a2 - 3', '0 - 1 - 1 - 1 X',
  '1 - 2 - 3 2 - 3', '1 - 2 - 3 - 4', '1 - 2 - 3 - 4 - 2 - 3 - 5', '1.2 - *', '* - 1.2', 'x - x', '1.x - 2.x', '1.2 - 1.4 || 2.0 - 2.2']) add(s);

// Whitespace variants of valid constraints: Go whitespace and look-alikes.
const ODD_WS = ['\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', '  ', '\r\n'];
for (const base of ['>= 1.31 < 1.34', '>= 1.16, < 1.19', '1.29.x || 1.30.x', '1.30 - 1.33', '>= 1.2', '!= 1.33']) {
  for (const ws of ODD_WS) {
    add(base.split(' ').join(ws));
    add(ws + base);
    add(base + ws);
  }
}

// The invalid forms of §2.9 (and friends).
for (const s of [
  '', ' ', '\t', '\n', '||', ' || ', '>= 1.2 ||', '|| >= 1.2', '1||||2', '1 | 2', '1|2', '1 ||| 2', '1|||2', '|1', '1|',
  '==1', '>>1', '<>1', '!1', '!', '~=1', '^=1', '> =1.2', '~ >1.2', '= =1', '>= =1', '=>=1', '<==1', '!==1', '~~1', '^^1',
  '>=1.2<2', '>=1.2>1', '1.2>=1', '>= 1.2,, < 2', ',1', '1,', ',', ' , ', '1,,2', '1 ,, 2', '>= 1.2 && < 2', '>= 1.2; < 2',
  '>= 1.2 AND < 2', 'and', '1.2.3.4', '>= 1.2.3.4', 'V1.2', 'vv1.2', 'v 1.2', 'v', 'v.1', '1.2.3-', '1.2.3+', '1.2.3-+m',
  '1.2.3-a..b', '1.2.3+a..b', '1.', '.1', '1..2', 'xx', '**', '1.2x', '1.2.x|', '1.2.3-01', '1.2.3-beta.01', '>=', '<', '~',
  '^', '=', '!=', '>= ', '1.2 >=', '1.2, >=', 'latest', 'stable', '1.2.3 - ', ' - 1.2', '-', ' - ', '1.2 -', '- 1.2',
  '>= 1.2 <', '< 1.2 ||| > 2', '1.2.3||', '||1.2.3', '1.20.x ||| 1.21.x', '(1.2)', '[1.2, 2)', '1.2 ~ 2', '*.1', '1.*.3',
  '1.2.*.4', '1.2.3-a.b.c+d.e.f', '1.2.3+build-1.2', '1.2.3-alpha_1', '1.2.3-Ä', 'ü', '1.2.3\u0000', '\u00001',
]) add(s);

// Pathological input for backtracking engines (the Go oracle is linear).
for (const k of [1, 2, 3, 5, 10, 50, 2000]) add('1' + '  1'.repeat(k) + ' !');
add('1' + '  1'.repeat(500));
add('>= 1.2' + ', >= 1.2'.repeat(300));
add('1.2.3' + ' || 1.2.3'.repeat(100));

// Random token-level strings (valid and not).
const TOKENS = ['>=', '<=', '>', '<', '=', '!=', '~', '~>', '^', '=>', '=<', '==', '!', '1', '2', '1.2', '1.20', '1.33', '1.2.3',
  'x', '*', 'X', 'v', '1.x', '-0', '-rc.1', '+m', '.', ',', ' ', ' ', ' ', '  ', '\t', '\n', '||', '|', ' - ', '-', '0', '01',
  '18446744073709551616', 'a', 'V', '\v', '\u00a0'];
for (let i = 0; i < 4000; i++) {
  const n = 1 + Math.floor(rand() * 7);
  let s = '';
  for (let k = 0; k < n; k++) s += pick(TOKENS);
  add(s);
}
// Random structured strings: atoms, separators and hyphen ranges anywhere.
const R_OPS = ['', '', '', '>=', '<=', '>', '<', '=', '!=', '~', '~>', '^', '=>', '=<'];
const R_VERS = ['1', '2', '3', '0', '1.2', '1.20', '1.2.3', '0.0', '0.1', 'x', '*', '1.x', '2.x', '1.2-0', '0.0.0', '1.2.3-rc.1',
  '2.0', 'v1.2', '1||2', '0.0.1', '1.2.x', '3.0.1', '1.33', '1.33-0', '1.28.x', '1.40'];
const R_SEPS = [' ', ', ', ',', ' || ', '||', ' - ', ' - ', ' - ', '  ', '\t', ' -  ', '- ', ' -', ' ,', '\n'];
for (let i = 0; i < 6000; i++) {
  const n = 1 + Math.floor(rand() * 5);
  let s = '';
  for (let k = 0; k < n; k++) s += (k ? pick(R_SEPS) : '') + pick(R_OPS) + (chance(0.2) ? ' ' : '') + pick(R_VERS);
  add(s);
}

// Random valid-leaning Kubernetes constraints: ranges first or after ',' / ' || '.
const K_PARTS = ['1.10', '1.16', '1.19', '1.20', '1.20.x', '1.21', '1.24.3', '1.27', '1.28.x', '1.30', '1.31', '1.33', '1.33-0',
  '1.34', '1.35.2', '1.36', '1.40', '1', '1.x', 'v1.25', '1.26.0-rc.1', '1.29.x-0', '1.32.1+meta'];
for (let i = 0; i < 3000; i++) {
  const alts = 1 + Math.floor(rand() * 3);
  const out = [];
  for (let a = 0; a < alts; a++) {
    const atoms = 1 + Math.floor(rand() * 3);
    let s = '';
    for (let k = 0; k < atoms; k++) {
      const range = chance(0.3);
      const sep = k === 0 ? '' : range ? pick([', ', ',', ' , ']) : pick([' ', ', ', ',', '\t', '  ']);
      s += sep + (range ? `${pick(K_PARTS)}${pick([' ', '  ', '\t'])}-${pick([' ', '\n'])}${pick(K_PARTS)}` : `${pick(R_OPS)}${pick(['', ' '])}${pick(K_PARTS)}`);
    }
    out.push(s);
  }
  add(out.join(pick([' || ', ' ||\t', '\n|| '])));
}

// Random character-level strings.
const ALPHABET = '0123456789.xX*|v-+ ,<>=!~^\tab\n';
for (let i = 0; i < 3000; i++) {
  const n = 1 + Math.floor(rand() * 10);
  let s = '';
  for (let k = 0; k < n; k++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  add(s);
}

// Every constraint-like value of the corpus (runtimeVersion, targetVersion, version, 2018's versions).
const corpusFiles = [];
const walk = (d) => {
  for (const e of readdirSync(d).sort()) {
    const p = join(d, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.yaml') || p.endsWith('.yml')) corpusFiles.push(p);
  }
};
walk(corpusDir);
const corpusValues = new Set();
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (/^(runtimeVersion|targetVersion|version|versions)$/i.test(k) && (typeof v === 'string' || typeof v === 'number')) {
        corpusValues.add(String(v));
      }
      visit(v);
    }
    return;
  }
  if (typeof node === 'string' && /\n/.test(node) && /(images|components):/.test(node)) {
    try {
      yaml.loadAll(node, visit);
    } catch {
      /* not YAML */
    }
  }
};
for (const f of corpusFiles) {
  try {
    yaml.loadAll(readFileSync(f, 'utf8'), visit);
  } catch (e) {
    console.error(`skipping ${relative(corpusDir, f)}: ${e.message}`);
  }
}
const corpusList = [...corpusValues].sort();
corpusList.forEach(add);

// Gardener's strings and the reference's tables.
for (const s of ['>= 1.35', '1.34.x', '>= 1.31 < 1.34', '< 1.34', '>= 1.36', '1.20.x', '>= 1.21', '< 1.33-0', '>= 1.33-0',
  '~ 1.28.x-0', '1.29.x || 1.30.x', '!= 1.33', '1.30 - 1.33', '^*', '> *', '<= *', '!= *', '~0.0.0', '~0.0', 'x.33.1', '> 1.2',
  '<= 1.2', '< 1.x', '!= 1.2', '!= 1.2-rc.1', '= 1.2.3-rc.1', '< 1.33-0', '~ 1.28.x-0', '1.20.x', '1|| 2 - 3',
  '18446744073709551615', '18446744073709551616']) add(s);

// Deduplicate, keep first-seen order.
const seen = new Set();
const all = constraints.filter((c) => {
  if (seen.has(c) || /[\ud800-\udfff]/.test(c)) return false;
  seen.add(c);
  return true;
});

// ---------------------------------------------------------------------------
// Where Debian 3.2.0 and v3.5.0 differ (§2.8, §7): rewriteRange, ported
// literally with Go's \s = [\t\n\f\r ].
const WS = '[\\t\\n\\f\\r ]';
const CV = 'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const RANGE = new RegExp(`${WS}*(${CV})${WS}+-${WS}+(${CV})${WS}*`, 'g');
function rangeMatches(s) {
  if (!s.includes('-')) return [];
  return [...s.matchAll(RANGE)];
}
function rewrite(s, trailingSpace) {
  let o = s;
  for (const m of rangeMatches(s)) {
    const t = `>= ${m[1]}, <= ${m[11]}${trailingSpace ? ' ' : ''}`;
    o = o.replace(m[0], () => t);
  }
  return o;
}
/** 3.2.0 glues what follows a range onto B; v3.5.0 separates it. Same outcome iff every range is followed by ',', '||' or the end. */
function differsFromV35(s) {
  return rangeMatches(s).some((m) => {
    const end = m.index + m[0].length;
    return end < s.length && s[end] !== ',' && !s.startsWith('||', end);
  });
}

// ---------------------------------------------------------------------------
// Oracle.
async function ask(pairs) {
  const child = spawn(oraclePath, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const out = [];
  let buf = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      out.push(JSON.parse(buf.slice(0, i)));
      buf = buf.slice(i + 1);
    }
  });
  const done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`oracle exited with ${code}`))));
  });
  const chunks = [];
  for (const [constraint, version] of pairs) chunks.push(JSON.stringify({ constraint, version }));
  child.stdin.end(chunks.join('\n') + '\n');
  await done;
  if (out.length !== pairs.length) throw new Error(`oracle answered ${out.length} of ${pairs.length}`);
  out.forEach((r, i) => {
    if (r.constraint !== pairs[i][0] || r.version !== pairs[i][1]) throw new Error(`oracle answer ${i} out of order`);
    if (r.error && r.error.startsWith('oracle:')) throw new Error(`oracle failure on ${JSON.stringify(pairs[i])}: ${r.error}`);
  });
  return out;
}

async function evaluate(list) {
  // Phase 1: constraint validity (with a valid version).
  const probe = await ask(list.map((c) => [c, '1.0.0']));
  const valid = list.filter((_, i) => probe[i].ok);
  // Phase 2: the full matrix for valid constraints.
  const res = await ask(valid.flatMap((c) => versions.map((v) => [c, v])));
  const table = new Map();
  valid.forEach((c, i) => table.set(c, res.slice(i * versions.length, (i + 1) * versions.length)));
  return { probe, table };
}

function bits(rows) {
  const b = Buffer.alloc(Math.ceil(versions.length / 8));
  rows.forEach((r, i) => {
    if (r.ok && r.match) b[i >> 3] |= 1 << (i & 7);
  });
  return b.toString('base64');
}

const main = async () => {
  const versionProbe = await ask(versions.map((v) => ['*', v]));
  const versionOk = versionProbe.map((r) => (r.ok ? 1 : 0));

  const kept = all.filter((c) => !differsFromV35(c));
  const differing = all.filter((c) => differsFromV35(c));

  const { probe, table } = await evaluate(kept);
  const cases = kept.map((c, i) => {
    if (!probe[i].ok) return [c, 0, ''];
    const rows = table.get(c);
    rows.forEach((r, k) => {
      if (r.ok !== Boolean(versionOk[k])) throw new Error(`version validity differs for ${JSON.stringify(c)} / ${JSON.stringify(versions[k])}`);
    });
    return [c, 1, bits(rows)];
  });

  // v3.5.0 overrides: the oracle on the v3.5.0 rewrite, when that rewrite holds no further range.
  const v35 = [];
  const excluded = [];
  const rewrites = [];
  for (const c of differing) {
    const r = rewrite(c, true);
    if (rangeMatches(r).length > 0) excluded.push(c);
    else rewrites.push([c, r]);
  }
  const ev = await evaluate(rewrites.map(([, r]) => r));
  rewrites.forEach(([c, r], i) => {
    v35.push(ev.probe[i].ok ? [c, r, 1, bits(ev.table.get(r))] : [c, r, 0, '']);
  });

  const out = {
    description: 'Masterminds semver conformance fixtures; see README.md. Generated by scripts/generate-masterminds-fixtures.mjs.',
    oracle: (await new Promise((resolve) => {
      const p = spawn(oraclePath, ['-version']);
      let s = '';
      p.stdout.on('data', (d) => (s += d));
      p.on('close', () => resolve(s.trim()));
    })),
    corpus: corpusList,
    versions,
    versionOk,
    cases,
    v35,
    excluded,
  };
  const dir = join(root, 'test/fixtures/masterminds');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'conformance.json');
  // One case per line keeps diffs readable.
  const lines = [
    '{',
    `"description": ${JSON.stringify(out.description)},`,
    `"oracle": ${JSON.stringify(out.oracle)},`,
    `"corpus": ${JSON.stringify(out.corpus)},`,
    `"versions": ${JSON.stringify(out.versions)},`,
    `"versionOk": ${JSON.stringify(out.versionOk)},`,
    `"excluded": ${JSON.stringify(out.excluded)},`,
    '"v35": [',
    out.v35.map((x) => JSON.stringify(x)).join(',\n'),
    '],',
    '"cases": [',
    out.cases.map((x) => JSON.stringify(x)).join(',\n'),
    ']',
    '}',
  ];
  writeFileSync(file, lines.join('\n') + '\n');
  const valid = cases.filter((c) => c[1]).length;
  const v35valid = v35.filter((c) => c[2]).length;
  console.log(
    `${relative(root, file)}: oracle ${out.oracle}; ${versions.length} versions (${versionOk.filter(Boolean).length} valid); ` +
      `${cases.length} constraints (${valid} valid, ${cases.length - valid} invalid) = ${cases.length * versions.length} pairs; ` +
      `v35 overrides: ${v35.length} (${v35valid} valid); excluded: ${excluded.length}; corpus strings: ${corpusList.length}`,
  );
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
