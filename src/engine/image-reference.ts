// The OCI distribution reference grammar (github.com/distribution/reference),
// written as a hand-made, single-pass scanner so that hostile input (a 100 kB
// string, long runs of separators…) costs linear time and never backtracks.
//
//   reference        := name [ ":" tag ] [ "@" digest ]
//   name             := [ domain "/" ] remote-name
//   domain           := host [ ":" port ]
//   host             := domain-name | "[" ipv6 "]"
//   domain-name      := domain-label ( "." domain-label )*
//   domain-label     := [A-Za-z0-9] | [A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]
//   port             := [0-9]+
//   ipv6             := [A-Fa-f0-9:]+
//   remote-name      := path-component ( "/" path-component )*     (at most 255 characters)
//   path-component   := alnum ( separator alnum )*
//   alnum            := [a-z0-9]+
//   separator        := "." | "_" | "__" | "-"+
//   tag              := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
//   digest           := algorithm ":" hex
//   algorithm        := [A-Za-z][A-Za-z0-9]* ( [-_+.] [A-Za-z][A-Za-z0-9]* )*
//
// As in the Go package, the first segment of a name is a domain only when it
// reads as one and a "/" follows; otherwise it is a path component. Digests
// are then checked the way github.com/opencontainers/go-digest does: only the
// registered algorithms sha256 (64 hex digits), sha384 (96) and sha512 (128),
// lowercase hex only.
//
// Gardener's own twist: the `tag` field may hold a digest (`sha256:<hex>`, joined
// to the repository with "@") or `<tag>@<digest>` (joined with ":").

export type ReferenceCheck = { ok: true } | { ok: false; reason: string; offset: number };

type Fail = { ok: false; reason: string; offset: number };

const OK: ReferenceCheck = { ok: true };

/** Longest repository path (without the registry host), as in distribution/reference. */
export const MAX_PATH_LENGTH = 255;
/** Longest tag. */
export const MAX_TAG_LENGTH = 128;

// A Map: the algorithm is the user's text (`constructor:…` must not find Object).
const DIGEST_HEX_LENGTH = new Map<string, number>([
  ['sha256', 64],
  ['sha384', 96],
  ['sha512', 128],
]);

function fail(offset: number, reason: string): Fail {
  return { ok: false, reason, offset };
}

// Character classes on UTF-16 code units ----------------------------------------------------------

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isLowerAlnum(c: number): boolean {
  return isLower(c) || isDigit(c);
}
function isAlnum(c: number): boolean {
  return isLower(c) || isUpper(c) || isDigit(c);
}
function isWordChar(c: number): boolean {
  return isAlnum(c) || c === 0x5f; // _
}
function isLowerHex(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66);
}
function isUpperHex(c: number): boolean {
  return c >= 0x41 && c <= 0x46;
}

const SLASH = 0x2f;
const COLON = 0x3a;
const AT = 0x40;
const DOT = 0x2e;
const UNDERSCORE = 0x5f;
const DASH = 0x2d;

/** A short, printable description of the character at `i`. */
function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  if (cp === undefined) return 'the end';
  if (cp === 0x20) return 'a space';
  if (cp > 0x20 && cp < 0x7f) return `'${String.fromCodePoint(cp)}'`;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Quote a part of the input without ever echoing a huge string back. */
function snippet(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

// Domain ------------------------------------------------------------------------------------------

/** Checks `s[start, end)` as `host[:port]`; `null` when it is one. */
function checkDomain(s: string, start: number, end: number): Fail | null {
  let i = start;
  if (i >= end) return fail(i, 'the registry host is empty');
  if (s.charCodeAt(i) === 0x5b /* [ */) {
    i++;
    const first = i;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (isDigit(c) || (c >= 0x61 && c <= 0x66) || isUpperHex(c) || c === COLON) i++;
      else break;
    }
    if (i === first) return fail(i, 'an IPv6 registry address between "[" and "]" is empty');
    if (i >= end || s.charCodeAt(i) !== 0x5d /* ] */) {
      return fail(i, `${charAt(s, i)} is not allowed in an IPv6 registry address; write it as hex digits and ':' between '[' and ']' (zone ids are not supported)`);
    }
    i++;
  } else {
    for (;;) {
      const labelStart = i;
      if (i >= end || !isAlnum(s.charCodeAt(i))) {
        if (i < end && s.charCodeAt(i) === DASH) return fail(i, "a registry host label cannot start with '-'");
        if (i < end && s.charCodeAt(i) !== DOT && s.charCodeAt(i) !== COLON) {
          return fail(i, `${charAt(s, i)} is not allowed in a registry host; use letters, digits, '-' and '.'`);
        }
        return fail(i, "the registry host has an empty label; remove the extra '.'");
      }
      while (i < end && (isAlnum(s.charCodeAt(i)) || s.charCodeAt(i) === DASH)) i++;
      if (s.charCodeAt(i - 1) === DASH) {
        let dash = i - 1;
        while (dash > labelStart && s.charCodeAt(dash - 1) === DASH) dash--;
        return fail(dash, "a registry host label cannot end with '-'");
      }
      if (i < end && s.charCodeAt(i) === DOT) {
        i++;
        continue;
      }
      break;
    }
  }
  if (i < end && s.charCodeAt(i) === COLON) {
    i++;
    const portStart = i;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
    if (i === portStart) {
      return fail(i, i < end ? `the registry port after ':' must be digits, not ${charAt(s, i)}` : "the registry port after ':' is empty");
    }
  }
  if (i < end) {
    return fail(i, `${charAt(s, i)} is not allowed in a registry host; use letters, digits, '-', '.' and an optional ':port'`);
  }
  return null;
}

/** Whether a first segment is meant as a registry host (used only to choose the better error). */
function looksLikeHost(s: string, start: number, end: number): boolean {
  if (start < end && s.charCodeAt(start) === 0x5b) return true;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === DOT || c === COLON) return true;
  }
  return s.slice(start, end) === 'localhost';
}

// Path --------------------------------------------------------------------------------------------

type Scan = { ok: true; end: number } | Fail;

/**
 * Scans a remote-name from `start`. It ends at `end`, or (when `stopAtTagOrDigest`) at a ':'
 * or '@' that follows a complete component. Linear: every character is looked at once.
 */
function scanPath(s: string, start: number, end: number, stopAtTagOrDigest: boolean): Scan {
  let i = start;
  for (;;) {
    // One path component.
    if (i >= end) {
      if (i === 0) return fail(i, 'the image path is empty');
      return fail(i - 1, "the repository ends with '/'; remove the trailing '/' (or add the image path after it)");
    }
    const first = s.charCodeAt(i);
    if (!isLowerAlnum(first)) {
      if (stopAtTagOrDigest && i > start && (first === COLON || first === AT)) {
        return fail(i - 1, "the image path ends with '/'; remove the trailing '/'");
      }
      if (first === SLASH) {
        return i === 0
          ? fail(i, "the repository starts with '/'; remove the leading '/'")
          : fail(i, "the repository has an empty path component ('//'); remove the extra '/'");
      }
      if (isUpper(first)) return upperFail(s, i);
      if (first === DOT || first === UNDERSCORE || first === DASH) {
        return fail(i, `a path component cannot start with ${charAt(s, i)}; start it with a lowercase letter or digit`);
      }
      return invalidPathChar(s, i);
    }
    for (;;) {
      while (i < end && isLowerAlnum(s.charCodeAt(i))) i++;
      if (i >= end) return { ok: true, end: i };
      const c = s.charCodeAt(i);
      if (c === DOT || c === UNDERSCORE || c === DASH) {
        const sepStart = i;
        if (c === DOT) i++;
        else if (c === UNDERSCORE) {
          i++;
          if (i < end && s.charCodeAt(i) === UNDERSCORE) i++;
        } else {
          while (i < end && s.charCodeAt(i) === DASH) i++;
        }
        const next = i < end ? s.charCodeAt(i) : -1;
        if (isLowerAlnum(next)) continue;
        if (next === -1 || next === SLASH || (stopAtTagOrDigest && (next === COLON || next === AT))) {
          return fail(sepStart, `a path component cannot end with ${charAt(s, sepStart)}; remove it or add a letter or digit after it`);
        }
        if (next === DOT || next === UNDERSCORE || next === DASH) {
          return fail(i, "invalid separator in the image path: use one '.', one or two '_', or a run of '-' between lowercase letters or digits");
        }
        if (isUpper(next)) return upperFail(s, i);
        return invalidPathChar(s, i);
      }
      if (c === SLASH) {
        i++;
        break; // next component
      }
      if (stopAtTagOrDigest && (c === COLON || c === AT)) return { ok: true, end: i };
      if (isUpper(c)) return upperFail(s, i);
      return invalidPathChar(s, i);
    }
  }
}

function upperFail(s: string, i: number): Fail {
  return fail(i, `the image path must be lowercase (found ${charAt(s, i)}; only the registry host may use uppercase); write it in lowercase`);
}

function invalidPathChar(s: string, i: number): Fail {
  if (s.charCodeAt(i) === COLON) {
    return fail(i, "':' is only allowed for the registry port in the first segment (e.g. 'localhost:5000/image') or before a tag");
  }
  return fail(i, `${charAt(s, i)} is not allowed in an image path; use lowercase letters, digits, '.', '_', '-' and '/'`);
}

// Name --------------------------------------------------------------------------------------------

/**
 * Parses a name at the start of `s` (up to `end`) and hands the rest to `rest(nameEnd, pathStart)`.
 * Both readings of the first segment (registry host or first path component) are tried; the
 * check succeeds when one does. Otherwise the error that explains the input best is returned.
 */
function checkName(
  s: string,
  end: number,
  stopAtTagOrDigest: boolean,
  rest: (nameEnd: number) => ReferenceCheck,
): ReferenceCheck {
  const slash = s.indexOf('/');
  const withLength = (scan: Scan, pathStart: number): ReferenceCheck => {
    if (!scan.ok) return scan;
    if (scan.end - pathStart > MAX_PATH_LENGTH) {
      return fail(pathStart + MAX_PATH_LENGTH, `the image path is ${scan.end - pathStart} characters long; at most ${MAX_PATH_LENGTH} are allowed`);
    }
    return rest(scan.end);
  };

  if (slash < 0 || slash >= end) return withLength(scanPath(s, 0, end, stopAtTagOrDigest), 0);

  const domainFail = checkDomain(s, 0, slash);
  let hostReading: ReferenceCheck | undefined;
  if (domainFail === null) {
    hostReading = withLength(scanPath(s, slash + 1, end, stopAtTagOrDigest), slash + 1);
    if (hostReading.ok) return hostReading;
  }
  const pathReading = withLength(scanPath(s, 0, end, stopAtTagOrDigest), 0);
  if (pathReading.ok) return pathReading;
  if (hostReading !== undefined && !hostReading.ok) {
    return hostReading.offset >= pathReading.offset ? hostReading : pathReading;
  }
  // The first segment is not a host. If it is not a path component either, explain it as a
  // host when it looks like one (has '.', ':', '[' or is localhost).
  if (domainFail !== null && pathReading.offset <= slash && looksLikeHost(s, 0, slash)) return domainFail;
  return pathReading;
}

// Tags and digests --------------------------------------------------------------------------------

function checkPlainTag(s: string, start: number, end: number): ReferenceCheck {
  if (start >= end) return fail(start, `the tag is empty`);
  const first = s.charCodeAt(start);
  if (!isWordChar(first)) {
    if (first === DOT || first === DASH) {
      return fail(start, `a tag cannot start with ${charAt(s, start)}; start it with a letter, digit or '_'`);
    }
    return fail(start, `${charAt(s, start)} is not allowed in a tag; use letters, digits, '_', '.' and '-'`);
  }
  let i = start + 1;
  const limit = Math.min(end, start + MAX_TAG_LENGTH);
  while (i < limit) {
    const c = s.charCodeAt(i);
    if (!(isWordChar(c) || c === DOT || c === DASH)) {
      return fail(i, `${charAt(s, i)} is not allowed in a tag; use letters, digits, '_', '.' and '-'`);
    }
    i++;
  }
  if (end - start > MAX_TAG_LENGTH) {
    return fail(start + MAX_TAG_LENGTH, `the tag is ${end - start} characters long; at most ${MAX_TAG_LENGTH} are allowed`);
  }
  return OK;
}

function checkDigestAt(s: string, start: number, end: number): ReferenceCheck {
  if (start >= end) return fail(start, "the digest is empty; expected 'sha256:' followed by 64 lowercase hex digits");
  // Algorithm.
  let i = start;
  for (;;) {
    const c = i < end ? s.charCodeAt(i) : -1;
    if (!(isLower(c) || isUpper(c))) {
      return fail(i, i < end
        ? `${charAt(s, i)} is not allowed here: a digest algorithm component starts with a letter (expected e.g. 'sha256:<hex>')`
        : "the digest has no ':'; expected 'algorithm:hex', e.g. 'sha256:' followed by 64 lowercase hex digits");
    }
    i++;
    while (i < end && isAlnum(s.charCodeAt(i))) i++;
    const sep = i < end ? s.charCodeAt(i) : -1;
    if (sep === DASH || sep === UNDERSCORE || sep === 0x2b /* + */ || sep === DOT) {
      i++;
      continue;
    }
    if (sep === COLON) break;
    return fail(i, i < end
      ? `${charAt(s, i)} is not allowed in a digest algorithm; expected 'algorithm:hex', e.g. 'sha256:<64 hex digits>'`
      : "the digest has no ':'; expected 'algorithm:hex', e.g. 'sha256:' followed by 64 lowercase hex digits");
  }
  const algorithm = s.slice(start, i);
  const expected = DIGEST_HEX_LENGTH.get(algorithm);
  if (expected === undefined) {
    const lower = algorithm.toLowerCase();
    const hint = DIGEST_HEX_LENGTH.has(lower) ? `write it in lowercase: '${lower}'` : 'use sha256 (or sha384, sha512)';
    return fail(start, `unsupported digest algorithm '${snippet(algorithm)}'; ${hint}`);
  }
  const hexStart = i + 1;
  let j = hexStart;
  while (j < end) {
    const c = s.charCodeAt(j);
    if (!isLowerHex(c)) {
      if (isUpperHex(c)) return fail(j, `digest hex digits must be lowercase (found ${charAt(s, j)}); write the digest in lowercase`);
      return fail(j, `${charAt(s, j)} is not a hex digit; a ${algorithm} digest is ${expected} lowercase hex digits`);
    }
    j++;
    if (j - hexStart > expected) {
      return fail(hexStart + expected, `the ${algorithm} digest has ${end - hexStart} hex digits; it needs exactly ${expected}`);
    }
  }
  const count = end - hexStart;
  if (count < expected) {
    return fail(end, count === 0
      ? `the ${algorithm} digest has no hex digits after ':'; it needs exactly ${expected}`
      : `the ${algorithm} digest has ${count} hex digits; it needs exactly ${expected}`);
  }
  return OK;
}

// Public API --------------------------------------------------------------------------------------

/** A digest `algorithm:hex`: sha256 with 64, sha384 with 96, sha512 with 128 lowercase hex digits. */
export function checkDigest(digest: string): ReferenceCheck {
  return checkDigestAt(digest, 0, digest.length);
}

/**
 * The `tag` field of an image source: a tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`), a digest
 * `sha256:<64 hex>` (Gardener writes `repository@sha256:…`), or `<tag>@<digest>`
 * (Gardener writes `repository:<tag>@<digest>`).
 */
export function checkTag(tag: string): ReferenceCheck {
  if (tag.length === 0) return fail(0, "the tag is empty; set a tag such as 'v1.2.3' or remove the field");
  const at = tag.indexOf('@');
  if (at >= 0) {
    if (at === 0) {
      return fail(0, "nothing before '@'; write the digest alone ('sha256:…') or as '<tag>@sha256:…'");
    }
    const head = checkPlainTag(tag, 0, at);
    if (!head.ok) return head;
    return checkDigestAt(tag, at + 1, tag.length);
  }
  const colon = tag.indexOf(':');
  if (colon >= 0) {
    const algorithm = tag.slice(0, colon);
    if (algorithm === 'sha256') return checkDigestAt(tag, 0, tag.length);
    if (DIGEST_HEX_LENGTH.has(algorithm.toLowerCase())) {
      return fail(0, algorithm === 'SHA256' || algorithm.toLowerCase() === 'sha256'
        ? "write the digest algorithm in lowercase ('sha256:'): Gardener joins the repository with '@' only for tags starting with 'sha256:'"
        : `Gardener joins the repository with '@' only for tags starting with 'sha256:', so this gives 'repository:${algorithm}:…', which is not a valid image; use ref ('repository@${algorithm}:…') or the tag '<tag>@${algorithm}:…'`);
    }
  }
  return checkPlainTag(tag, 0, tag.length);
}

/** The `repository` field: `[domain/]path` without tag or digest. */
export function checkRepository(repository: string): ReferenceCheck {
  if (repository.length === 0) return fail(0, "the repository is empty; write the image's repository, e.g. 'registry.k8s.io/pause'");
  return checkName(repository, repository.length, true, (nameEnd) => {
    if (nameEnd >= repository.length) return OK;
    const rest = repository.slice(nameEnd + 1);
    if (repository.charCodeAt(nameEnd) === AT) {
      return fail(nameEnd, `the repository contains a digest ('@${snippet(rest, 80)}'); move it into the tag field (tag: "${snippet(rest, 80)}") or write the whole image as ref`);
    }
    // ':' after the path: a tag, unless more path follows.
    if (rest.includes('/')) return invalidPathChar(repository, nameEnd);
    return fail(nameEnd, `the repository contains a tag (':${snippet(rest, 80)}'); move ':${snippet(rest, 80)}' into the tag field (tag: "${snippet(rest, 80)}")` +
      (/^[0-9]+$/.test(rest) ? ` — or, if it is a registry port, add the image path after it ('${snippet(repository)}/<image>')` : ''));
  });
}

/** A full reference `name[:tag][@digest]`, as in the `ref` field. */
export function checkRef(ref: string): ReferenceCheck {
  if (ref.length === 0) return fail(0, "the ref is empty; write a full image reference, e.g. 'registry.k8s.io/pause:3.9'");
  const at = ref.indexOf('@');
  const nameAndTagEnd = at < 0 ? ref.length : at;
  return checkName(ref, nameAndTagEnd, true, (nameEnd) => {
    let i = nameEnd;
    if (i < nameAndTagEnd && ref.charCodeAt(i) === COLON) {
      const tag = checkPlainTag(ref, i + 1, nameAndTagEnd);
      if (!tag.ok) return tag;
      i = nameAndTagEnd;
    }
    if (i < nameAndTagEnd) return invalidPathChar(ref, i);
    if (at < 0) return OK;
    return checkDigestAt(ref, at + 1, ref.length);
  });
}

export type TagStyle = 'v-prefixed' | 'plain' | 'digest' | 'tag+digest' | 'none';

/** How a tag is written; a change of style in a pull request is worth a second look. */
export function tagStyle(tag: string | undefined): TagStyle {
  if (tag === undefined || tag.length === 0) return 'none';
  if (tag.includes('@')) return 'tag+digest';
  if (/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:/.test(tag)) return 'digest';
  if (/^v[0-9]/.test(tag)) return 'v-prefixed';
  return 'plain';
}

