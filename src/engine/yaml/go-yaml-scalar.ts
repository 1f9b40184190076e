// What Gardener receives for a YAML scalar.
//
// Gardener reads image vectors with sigs.k8s.io/yaml: its fork of go-yaml v2
// (goyaml.v2/resolve.go, decode.go) decodes the document into interface{}
// values with YAML 1.1 resolution, `convertToJSONableObject` (yaml.go) turns
// numbers and booleans that land in a Go `string` field back into text, and
// encoding/json fills the structs. This module restates those rules:
//
// - Only untagged plain scalars are resolved implicitly. Quoted and block
//   scalars are strings (decode.go: `n.tag == "" && !n.implicit` → !!str).
// - resolve() dispatches on the first character (resolveTable): `+ -` sign,
//   digits, `yYnNtTfFoO~` map lookup, `.` float. Anything else is a string.
// - The map: y Y yes Yes YES true True TRUE on On ON → true; n N no No NO
//   false False FALSE off Off OFF → false; "" ~ null Null NULL → null;
//   .nan .NaN .NAN; [+].inf .Inf .INF; -.inf -.Inf -.INF.
// - Sign/digit: a timestamp (YYYY-…) stays a string; else underscores are
//   removed and strconv.ParseInt(s, 0, 64) (base prefixes 0x 0o 0b, a leading
//   0 means octal), then ParseUint, then the yamlStyleFloat regex with
//   ParseFloat; an out-of-range float is NOT a float (it stays a string).
// - `.` first: strconv.ParseFloat on the raw text.
// - sigs.k8s.io/yaml writes an int with strconv.FormatInt/FormatUint, a float
//   with strconv.FormatFloat(f, 'g', -1, 32) (a float32 rendering!), a bool as
//   "true"/"false"; null leaves the field unset ("").
//
// Every function here is pure and allocation-light: a 100k-entry vector
// resolves well over a million scalars.

import type { ScalarStyle } from './yaml-tree.js';

export interface GoScalar {
  type: 'string' | 'int' | 'float' | 'bool' | 'null';
  /**
   * The string sigs.k8s.io/yaml hands to a Go `string` field: the text for
   * strings; strconv.FormatInt / FormatUint for ints; strconv.FormatFloat(f,
   * 'g', -1, 32) for floats; "true"/"false" for bools; '' for null.
   */
  goString: string;
  /**
   * Set when go-yaml refuses the scalar, which makes Gardener's whole read
   * fail: an explicit tag the text does not fit (`!!int v1`: "cannot decode
   * !!str `v1` as a !!int") or invalid `!!binary` data.
   */
  error?: string;
}

const LONG_TAG_PREFIX = 'tag:yaml.org,2002:';
export const STR_TAG = LONG_TAG_PREFIX + 'str';
export const INT_TAG = LONG_TAG_PREFIX + 'int';
export const FLOAT_TAG = LONG_TAG_PREFIX + 'float';
export const BOOL_TAG = LONG_TAG_PREFIX + 'bool';
export const NULL_TAG = LONG_TAG_PREFIX + 'null';
export const TIMESTAMP_TAG = LONG_TAG_PREFIX + 'timestamp';
export const BINARY_TAG = LONG_TAG_PREFIX + 'binary';
export const MERGE_TAG = LONG_TAG_PREFIX + 'merge';

/**
 * The long form of a tag as written: `!!int` → `tag:yaml.org,2002:int`,
 * `!<x>` → `x`; `!`, `!local` and long tags stay as they are. (Tag handles
 * declared with %TAG are expanded by the tree builder before this.)
 */
export function normalizeTag(tag: string | undefined): string {
  if (!tag) return '';
  if (tag.charCodeAt(0) !== 0x21 /* ! */) return tag;
  if (tag.length > 1 && tag.charCodeAt(1) === 0x21) return LONG_TAG_PREFIX + tag.slice(2);
  if (tag.length > 2 && tag.charCodeAt(1) === 0x3c /* < */ && tag.charCodeAt(tag.length - 1) === 0x3e) {
    return tag.slice(2, -1);
  }
  return tag;
}

function shortTag(tag: string): string {
  return tag.startsWith(LONG_TAG_PREFIX) ? '!!' + tag.slice(LONG_TAG_PREFIX.length) : tag;
}

/** go-yaml v2 resolveMap: exact spellings only (`yES` is a string). */
const RESOLVE_MAP = new Map<string, GoScalar>();
for (const [words, type, goString] of [
  [['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'], 'bool', 'true'],
  [['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'], 'bool', 'false'],
  [['', '~', 'null', 'Null', 'NULL'], 'null', ''],
  [['.nan', '.NaN', '.NAN'], 'float', 'NaN'],
  [['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'], 'float', '+Inf'],
  [['-.inf', '-.Inf', '-.INF'], 'float', '-Inf'],
] as const) {
  for (const word of words) RESOLVE_MAP.set(word, Object.freeze({ type, goString }) as GoScalar);
}

// resolveTable hints, indexed by char code.
const HINT_SIGN = 1;
const HINT_DIGIT = 2;
const HINT_MAP = 3;
const HINT_DOT = 4;
const HINTS = new Uint8Array(128);
HINTS[0x2b] = HINT_SIGN;
HINTS[0x2d] = HINT_SIGN;
for (let c = 0x30; c <= 0x39; c++) HINTS[c] = HINT_DIGIT;
for (const ch of 'yYnNtTfFoO~') HINTS[ch.charCodeAt(0)] = HINT_MAP;
HINTS[0x2e] = HINT_DOT;

/** The resolved Go value, before it is turned into a string. */
interface Resolved {
  tag: 'str' | 'int' | 'float' | 'bool' | 'null' | 'timestamp';
  /** int: exact value; float: float64 value. */
  int?: bigint;
  float?: number;
  /** For map hits the ready result. */
  fixed?: GoScalar;
}

const STRING_RESOLVED: Resolved = { tag: 'str' };
const TIMESTAMP_RESOLVED: Resolved = { tag: 'timestamp' };

/**
 * Resolves a scalar the way go-yaml v2 does and returns what a Go `string`
 * field receives through sigs.k8s.io/yaml.
 *
 * `tag` may be short (`!!int`), verbatim (`!<tag:yaml.org,2002:int>`) or long.
 */
export function resolveGoScalar(text: string, style: ScalarStyle, tag?: string): GoScalar {
  const longTag = normalizeTag(tag);
  if (longTag === '') {
    if (style !== 'plain') return stringScalar(text);
    const resolved = resolvePlain(text, '');
    return resolved === STRING_RESOLVED || resolved === TIMESTAMP_RESOLVED ? stringScalar(text) : fromResolved(text, resolved);
  }
  if (longTag === BINARY_TAG) return decodeBinary(text);
  if (!isResolvableTag(longTag)) {
    // `!`, `!local`, `!!map` on a scalar, `!!merge`: go-yaml keeps the text.
    return { type: 'string', goString: text };
  }
  if (longTag === STR_TAG) return { type: 'string', goString: text };
  const resolved = resolvePlain(text, longTag);
  const wanted = longTag.slice(LONG_TAG_PREFIX.length);
  if (resolved.tag === wanted) return fromResolved(text, resolved);
  if (wanted === 'float' && resolved.tag === 'int') {
    // decode.go: an !!int value under !!float becomes float64(v).
    return { type: 'float', goString: formatFloat32(Number(resolved.int)) };
  }
  const result = fromResolved(text, resolved);
  const got = resolved.tag === 'str' ? '!!str' : '!!' + resolved.tag;
  return { ...result, error: `cannot decode ${got} \`${text}\` as a ${shortTag(longTag)}` };
}

function stringScalar(text: string): GoScalar {
  return { type: 'string', goString: text };
}

function isResolvableTag(tag: string): boolean {
  return (
    tag === STR_TAG ||
    tag === INT_TAG ||
    tag === FLOAT_TAG ||
    tag === BOOL_TAG ||
    tag === NULL_TAG ||
    tag === TIMESTAMP_TAG
  );
}

function fromResolved(text: string, resolved: Resolved): GoScalar {
  if (resolved.fixed !== undefined) return resolved.fixed;
  switch (resolved.tag) {
    case 'str':
    case 'timestamp':
      // A timestamp decoded into interface{} stays its text (decode.go).
      return { type: 'string', goString: text };
    case 'int':
      return { type: 'int', goString: (resolved.int as bigint).toString() };
    default:
      return { type: 'float', goString: formatFloat32(resolved.float as number) };
  }
}

/** go-yaml v2 resolve() for a scalar with no tag or a resolvable tag (not !!str). */
function resolvePlain(text: string, longTag: string): Resolved {
  const first = text.length === 0 ? -1 : text.charCodeAt(0);
  const hint = first === -1 ? HINT_MAP /* 'N': looked up in the map */ : first < 128 ? HINTS[first] : 0;
  if (hint === 0) return STRING_RESOLVED;
  // Every word of the map is at most six characters long.
  if (text.length <= 6) {
    const fixed = RESOLVE_MAP.get(text);
    if (fixed !== undefined) return { tag: fixed.type as Resolved['tag'], fixed };
  }
  if (hint === HINT_MAP) return STRING_RESOLVED;
  if (hint === HINT_DOT) {
    const f = goParseFloat(text);
    return f === undefined ? STRING_RESOLVED : { tag: 'float', float: f };
  }
  // Sign or digit: timestamp, int, uint, float.
  if ((longTag === '' || longTag === TIMESTAMP_TAG) && isTimestamp(text)) return TIMESTAMP_RESOLVED;
  const plain = text.indexOf('_') === -1 ? text : text.replace(/_/g, '');
  const int = goParseInt(plain);
  if (int.ok) return { tag: 'int', int: int.value };
  if (isYamlStyleFloat(plain)) {
    const f = goParseFloat(plain);
    if (f !== undefined) return { tag: 'float', float: f };
  }
  // The sigs.k8s.io fork keeps integers beyond 64 bits as *big.Int.
  if (int.range) return { tag: 'int', int: int.value };
  return STRING_RESOLVED;
}

// ---------------------------------------------------------------------------
// strconv.ParseInt(s, 0, 64) / ParseUint(s, 0, 64), combined.

interface ParsedInt {
  /** Parses as int64 or uint64. */
  ok: boolean;
  /** Syntactically an integer but beyond 64 bits (strconv.ErrRange). */
  range: boolean;
  value: bigint;
}

const INT64_MIN = -(1n << 63n);
const UINT64_MAX = (1n << 64n) - 1n;
const NOT_INT: ParsedInt = { ok: false, range: false, value: 0n };

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return lower - 0x61 + 10;
  return 99;
}

/**
 * ParseInt(s, 0, 64), falling back to ParseUint(s, 0, 64) as resolve() does.
 * Base 0: `0x`/`0X` hex, `0b` binary, `0o` octal, a leading `0` octal
 * (so `08` is not an int: it becomes the float 8), else decimal. `s` has no
 * underscores here (resolve() removed them).
 */
function goParseInt(s: string): ParsedInt {
  let i = 0;
  let neg = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 0x2b || c0 === 0x2d) {
    neg = c0 === 0x2d;
    i = 1;
  }
  if (i >= s.length) return NOT_INT;
  let base = 10;
  if (s.charCodeAt(i) === 0x30) {
    const p = s.charCodeAt(i + 1) | 0x20;
    if (s.length - i >= 3 && p === 0x62 /* b */) {
      base = 2;
      i += 2;
    } else if (s.length - i >= 3 && p === 0x6f /* o */) {
      base = 8;
      i += 2;
    } else if (s.length - i >= 3 && p === 0x78 /* x */) {
      base = 16;
      i += 2;
    } else {
      base = 8;
      i += 1;
    }
  }
  // Small decimal numbers (the common case) without BigInt parsing cost.
  let small = 0;
  let useSmall = true;
  for (let j = i; j < s.length; j++) {
    const d = digitValue(s.charCodeAt(j));
    if (d >= base) return NOT_INT;
    if (useSmall) {
      small = small * base + d;
      if (small > Number.MAX_SAFE_INTEGER / 16) useSmall = false;
    }
  }
  let magnitude: bigint;
  if (useSmall) magnitude = BigInt(small);
  else {
    const digits = s.slice(i);
    magnitude =
      digits === '' ? 0n : base === 10 ? BigInt(digits) : BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '0b') + digits);
  }
  const value = neg ? -magnitude : magnitude;
  // ParseInt (signed range), else ParseUint (no sign allowed).
  if (value >= INT64_MIN && value < 1n << 63n) return { ok: true, range: false, value };
  if (c0 !== 0x2b && c0 !== 0x2d && value <= UINT64_MAX) return { ok: true, range: false, value };
  // ParseUint rejects any sign with a syntax error, not a range error; the
  // fork's big.Int fallback only runs after a range error.
  return c0 === 0x2b || c0 === 0x2d ? NOT_INT : { ok: false, range: true, value };
}

/** yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ */
function isYamlStyleFloat(s: string): boolean {
  let i = 0;
  const n = s.length;
  let c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) i++;
  const intStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  if (i === intStart) {
    // \.[0-9]+
    if (s.charCodeAt(i) !== 0x2e) return false;
    i++;
    const fracStart = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === fracStart) return false;
  } else if (s.charCodeAt(i) === 0x2e) {
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
  }
  return isExponentOrEnd(s, i);
}

/** Whether `s` from `i` on is empty or an exponent `e`/`E` [sign] digits, as both float grammars end. */
function isExponentOrEnd(s: string, start: number): boolean {
  const n = s.length;
  let i = start;
  if (i === n) return true;
  let c = s.charCodeAt(i);
  if (c !== 0x65 && c !== 0x45) return false;
  i++;
  c = s.charCodeAt(i);
  if (c === 0x2b || c === 0x2d) i++;
  const expStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  return i > expStart && i === n;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * strconv.ParseFloat(s, 64) for the decimal forms resolve() can pass it (the
 * text starts with a sign, a digit or `.`): returns undefined on a syntax error
 * and on overflow (ErrRange; resolve() then keeps the string). Underflow is
 * not an error in Go (1e-400 → 0). Underscores are allowed between digits as
 * in Go literals (`.5_0` → 0.5).
 */
function goParseFloat(s: string): number | undefined {
  let t = s;
  if (t.indexOf('_') !== -1) {
    if (!underscoreOK(t)) return undefined;
    t = t.replace(/_/g, '');
  }
  // Go's readFloat for base 10: [sign] digits [. digits] [e [sign] digits],
  // at least one mantissa digit. Hex floats and Inf/NaN cannot start with
  // `.`, a digit other than 0x…, or reach here through yamlStyleFloat.
  if (!isGoDecimalFloat(t)) {
    // Hex float literals (0x1p-2) and inf/infinity/nan spellings are also
    // accepted by ParseFloat; only the `.`-hint path could see them, and a
    // text starting with `.` can be neither.
    return undefined;
  }
  const value = Number(t);
  if (!Number.isFinite(value)) return undefined;
  return value;
}

function isGoDecimalFloat(s: string): boolean {
  let i = 0;
  const n = s.length;
  let c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) i++;
  let digits = 0;
  while (i < n && isDigit(s.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (s.charCodeAt(i) === 0x2e) {
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return false;
  return isExponentOrEnd(s, i);
}

/** strconv's underscoreOK: underscores only between digits (or after a base prefix). */
function underscoreOK(input: string): boolean {
  let s = input;
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes((s[1] as string).toLowerCase())) {
    i = 2;
    saw = '0';
    hex = (s[1] as string).toLowerCase() === 'x';
  }
  for (; i < s.length; i++) {
    const ch = s[i] as string;
    if ((ch >= '0' && ch <= '9') || (hex && /[a-fA-F]/.test(ch))) {
      saw = '0';
      continue;
    }
    if (ch === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

// ---------------------------------------------------------------------------
// Timestamps (only the explicit !!timestamp tag needs the answer: an untagged
// timestamp and a failed int/float parse both end as the same string).
// go-yaml v2 parseTimestamp: four digits and '-', then time.Parse with
// "2006-1-2T15:4:5.999999999Z07:00" (also lower-case t),
// "2006-1-2 15:4:5.999999999" and "2006-1-2".

const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$/;

function isTimestamp(s: string): boolean {
  // Quick check: resolve() only tries values that start with YYYY-.
  if (s.length < 8 || s.charCodeAt(4) !== 0x2d) return false;
  const m = TIMESTAMP.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return false;
  const hour = Number(m[4] ?? m[7] ?? 0);
  const minute = Number(m[5] ?? m[8] ?? 0);
  const second = Number(m[6] ?? m[9] ?? 0);
  return hour < 24 && minute < 60 && second < 60;
}

// ---------------------------------------------------------------------------
// !!binary: base64.StdEncoding.DecodeString (padding required; CR and LF are
// ignored), then Go's string(bytes).

function decodeBinary(text: string): GoScalar {
  const compact = text.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) {
    return { type: 'string', goString: text, error: '!!binary value contains invalid base64 data' };
  }
  const bytes = Buffer.from(compact, 'base64');
  return { type: 'string', goString: new TextDecoder('utf-8').decode(bytes) };
}

// ---------------------------------------------------------------------------
// strconv.FormatFloat(f, 'g', -1, 32)

const formatCache = new Map<number, string>();

/**
 * strconv.FormatFloat(f, 'g', -1, 32), as sigs.k8s.io/yaml writes a YAML
 * float into a Go string field: f is first rounded to float32 (Math.fround),
 * then the shortest decimal that reads back as the same float32 is printed;
 * %e form when the decimal exponent is < -4 or >= 6 (Go uses precision 6 for
 * that decision in shortest mode, whatever the digit count), with at least
 * two exponent digits: 1e+06, 1.6777216e+07, 1e-05. Infinities print as
 * "+Inf"/"-Inf", NaN as "NaN", negative zero as "-0".
 */
export function formatFloat32(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  const v = Math.fround(f);
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const cached = formatCache.get(v);
  if (cached !== undefined) return cached;
  const neg = v < 0;
  const { digits, exp10 } = shortestFloat32(neg ? -v : v);
  // digits: significant digits without trailing zeros; value = 0.d1d2… × 10^(exp10 + 1)
  // Go's decimal point position dp = exp10 + 1; exponent x = dp - 1 = exp10.
  const x = exp10;
  let out: string;
  if (x < -4 || x >= 6) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ax = Math.abs(x);
    out = mant + 'e' + (x < 0 ? '-' : '+') + (ax < 10 ? '0' + ax : String(ax));
  } else if (x < 0) {
    out = '0.' + '0'.repeat(-x - 1) + digits;
  } else if (digits.length <= x + 1) {
    out = digits + '0'.repeat(x + 1 - digits.length);
  } else {
    out = digits.slice(0, x + 1) + '.' + digits.slice(x + 1);
  }
  if (neg) out = '-' + out;
  if (formatCache.size > 4096) formatCache.clear();
  formatCache.set(v, out);
  return out;
}

const f32View = new DataView(new ArrayBuffer(4));

/**
 * The shortest decimal (significant digits, decimal exponent of the first
 * digit) that rounds to the float32 `v` (> 0, finite), choosing the one
 * closest to `v` among equally short candidates (ties: even last digit), as
 * Go's Ryū implementation does. Exact: BigInt arithmetic on the rounding
 * interval, inclusive when the mantissa is even (round-half-even reads the
 * boundary back as `v`).
 */
function shortestFloat32(v: number): { digits: string; exp10: number } {
  f32View.setFloat32(0, v);
  const bits = f32View.getUint32(0);
  const biased = (bits >>> 23) & 0xff;
  const fraction = bits & 0x7fffff;
  const mant = biased === 0 ? fraction : fraction | 0x800000;
  const exp2 = biased === 0 ? -149 : biased - 150;
  // Work in integers scaled by 2^s2: V = v × 2^s2, and the half gaps to the
  // neighbouring float32 values (the lower one is half as wide at a power of two).
  const s2 = Math.max(0, 2 - exp2);
  const V = BigInt(mant) << BigInt(exp2 + s2);
  const halfUp = 1n << BigInt(exp2 - 1 + s2);
  const halfDown = fraction === 0 && biased > 1 ? 1n << BigInt(exp2 - 2 + s2) : halfUp;
  const inclusive = mant % 2 === 0;
  const one = 1n << BigInt(s2); // 1.0 scaled

  // Decimal exponent x of v: 10^x <= v < 10^(x+1).
  const cmpPow10 = (e: number): number => {
    const lhs = e >= 0 ? V : V * 10n ** BigInt(-e);
    const rhs = e >= 0 ? one * 10n ** BigInt(e) : one;
    return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
  };
  let x = Math.floor(Math.log10(v));
  while (cmpPow10(x) < 0) x--;
  while (cmpPow10(x + 1) >= 0) x++;

  for (let p = 1; p <= 9; p++) {
    const k = x - p + 1; // candidates n × 10^k with p digits
    const scale = k < 0 ? 10n ** BigInt(-k) : 1n;
    const step = k >= 0 ? one * 10n ** BigInt(k) : one;
    const target = V * scale;
    const lo = (V - halfDown) * scale;
    const hi = (V + halfUp) * scale;
    const n0 = target / step; // floor: the grid points around v are n0 and n0 + 1
    let best: bigint | undefined;
    let bestDist = 0n;
    for (const n of [n0, n0 + 1n]) {
      if (n <= 0n) continue;
      const c = n * step;
      if (inclusive ? c < lo || c > hi : c <= lo || c >= hi) continue;
      const dist = c > target ? c - target : target - c;
      if (best === undefined || dist < bestDist || (dist === bestDist && n % 2n === 0n)) {
        best = n;
        bestDist = dist;
      }
    }
    if (best !== undefined) {
      const all = best.toString();
      // n0 + 1 may be 10^p (one digit more): the exponent moves up.
      const exp10 = k + all.length - 1;
      const digits = all.replace(/0+$/, '');
      return { digits, exp10 };
    }
  }
  // Unreachable: nine significant digits always identify a float32.
  const [m, e] = v.toExponential(8).split('e') as [string, string];
  return { digits: m.replace('.', '').replace(/0+$/, ''), exp10: Number(e) };
}

/**
 * The map key sigs.k8s.io/yaml makes of a scalar key (convertToJSONableObject):
 * strings as they are, ints with strconv.Itoa, floats with FormatFloat(…, 32)
 * except that infinities and NaN become ".inf", "-.inf" and ".nan", bools
 * "true"/"false". A null key, or an int beyond int64 (uint64, big.Int), makes
 * sigs.k8s.io/yaml fail ("unsupported map key"): undefined.
 */
export function goMapKey(value: GoScalar): string | undefined {
  switch (value.type) {
    case 'null':
      return undefined;
    case 'float':
      if (value.goString === '+Inf') return '.inf';
      if (value.goString === '-Inf') return '-.inf';
      if (value.goString === 'NaN') return '.nan';
      return value.goString;
    case 'int': {
      const n = BigInt(value.goString);
      return n >= INT64_MIN && n < 1n << 63n ? value.goString : undefined;
    }
    default:
      return value.goString;
  }
}

