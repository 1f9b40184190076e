// Turning file bytes into text, and text offsets into line/column positions.

import type { SourcePosition } from '../types.js';

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: string; offset: number };

const MIB = 1024 * 1024;

/** One decoder for every file: decode() without `stream` starts afresh each call. */
const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** `52.4 MiB`, `20 MiB`, `512 KiB`, `100 bytes`. */
export function formatByteSize(bytes: number): string {
  const trim = (n: number) => n.toFixed(1).replace(/\.0$/, '');
  if (bytes >= MIB) return `${trim(bytes / MIB)} MiB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

function tooLarge(size: number, maxBytes: number): DecodeResult {
  return {
    ok: false,
    problem:
      `file is ${formatByteSize(size)}; the limit is ${formatByteSize(maxBytes)} ` +
      '(raise it with `maxFileBytes` in .imagevector-lint.yaml if the file is really meant to be that large)',
    offset: 0,
  };
}

/**
 * Decodes a file for the YAML reader.
 *
 * - Larger than `maxBytes` → refused before anything else is looked at.
 * - A UTF-32 or UTF-16 byte order mark → refused with the encoding named
 *   (the linter reads UTF-8; re-save the file as UTF-8).
 * - A NUL byte → "binary file". Invalid UTF-8 → "not valid UTF-8 at byte N".
 * - A UTF-8 byte order mark is dropped: offsets count from the first
 *   character after it, so the first key is at line 1, column 1.
 *
 * `offset` of a refusal is an offset into the text that could be decoded
 * before the problem (0 when nothing could); the message names the byte.
 * Strings are taken as already decoded (only the size, NUL and BOM checks
 * apply; the size counts UTF-8 bytes).
 */
export function decodeSource(content: Uint8Array | string, maxBytes: number): DecodeResult {
  if (typeof content === 'string') return decodeString(content, maxBytes);
  const size = content.byteLength;
  if (size > maxBytes) return tooLarge(size, maxBytes);
  const bom = byteOrderMark(content);
  if (bom) {
    return {
      ok: false,
      problem: `file is encoded as ${bom} (byte order mark ${hexBytes(content, bom.startsWith('UTF-32') ? 4 : 2)}); the linter reads UTF-8: save the file as UTF-8`,
      offset: 0,
    };
  }
  const nul = content.indexOf(0);
  // Validate the bytes before the NUL first: an encoding error earlier in the
  // file is the better message.
  const checked = nul === -1 ? content : content.subarray(0, nul);
  let text: string;
  try {
    text = FATAL_UTF8.decode(checked);
  } catch {
    const at = firstInvalidUtf8(checked);
    const prefix = new TextDecoder('utf-8').decode(checked.subarray(0, at));
    const where = describeEnd(prefix);
    return { ok: false, problem: `not valid UTF-8 at byte ${at} (${where}); save the file as UTF-8`, offset: stripBom(prefix).length };
  }
  if (nul !== -1) {
    return {
      ok: false,
      problem: `binary file: it holds a NUL byte at byte ${nul} (${describeEnd(text)}); an image vector is a text file`,
      offset: stripBom(text).length,
    };
  }
  // TextDecoder already dropped a leading UTF-8 BOM.
  return { ok: true, text };
}

function decodeString(content: string, maxBytes: number): DecodeResult {
  // UTF-8 needs at least one byte per UTF-16 code unit: skip counting when
  // the length alone already exceeds the limit.
  if (content.length > maxBytes) return tooLarge(Buffer.byteLength(content, 'utf8'), maxBytes);
  const size = Buffer.byteLength(content, 'utf8');
  if (size > maxBytes) return tooLarge(size, maxBytes);
  const text = stripBom(content);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    return { ok: false, problem: `binary file: it holds a NUL character (${describeEnd(text.slice(0, nul))}); an image vector is a text file`, offset: nul };
  }
  return { ok: true, text };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function byteOrderMark(b: Uint8Array): string | undefined {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32LE';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32BE';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

function hexBytes(b: Uint8Array, n: number): string {
  return Array.from(b.subarray(0, n), (x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/** "line L, column C" of the end of `prefix` (where the next character would go). */
function describeEnd(prefix: string): string {
  const text = stripBom(prefix);
  const at = new LineIndex(text).position(text.length);
  return `line ${at.line}, column ${at.column}`;
}

/** A code unit other than LF and printable ASCII. */
const UNUSUAL = /[^\n\x20-\x7e]/;

/**
 * The offset of the first character go-yaml's reader refuses (readerc.go),
 * or -1: everything but TAB, LF, CR, 0x20-0x7E, NEL, 0xA0-0xD7FF,
 * 0xE000-0xFFFD and 0x10000-0x10FFFF (a surrogate pair is fine; a lone
 * surrogate is refused). This runs over every character of every file.
 */
export function forbiddenCharacter(text: string): number {
  // Most files are printable ASCII and line feeds: one native class scan
  // says so (about twice as fast as the loop below, a little faster than
  // the one regex of the refused set).
  if (!UNUSUAL.test(text)) return -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0x20) {
      if (c === 0x0a || c === 0x0d || c === 0x09) continue;
      return i;
    }
    if (c < 0xa0) {
      if (c === 0x85) continue;
      return i;
    }
    if (c < 0xd800) continue;
    if (c < 0xdc00) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (c < 0xe000 || c === 0xfffe || c === 0xffff) return i;
  }
  return -1;
}

/** Byte index of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let width: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      width = 2;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      width = 3;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      width = 4;
      min = 0x10000;
    } else return i;
    if (i + width > n) return i;
    let cp = c & (0xff >> (width + 1));
    for (let k = 1; k < width; k++) {
      const t = b[i + k] as number;
      if ((t & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (t & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += width;
  }
  return n;
}

/**
 * Maps offsets in a text to 1-based lines and columns. Line breaks are `\n`,
 * `\r\n` and a lone `\r`. Columns count UTF-16 code units from the line start,
 * plus one (a character outside the BMP counts two; a tab counts one), which is
 * what editors' and GitHub's annotation columns mean for JavaScript strings.
 * Lookups are a binary search over the line starts.
 */
export class LineIndex {
  private readonly starts: number[];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    const starts = [0];
    if (text.indexOf('\r') === -1) {
      let i = text.indexOf('\n');
      while (i !== -1) {
        starts.push(i + 1);
        i = text.indexOf('\n', i + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) starts.push(i + 1);
        else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** Number of lines (a text ending with a line break has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where a 1-based line starts (clamped to the text). */
  lineStart(line: number): number {
    if (line <= 1) return 0;
    if (line > this.starts.length) return this.length;
    return this.starts[line - 1] as number;
  }

  /** 1-based line and column of a 0-based offset (clamped to the text). */
  position(offset: number): SourcePosition {
    const at = offset < 0 ? 0 : offset > this.length ? this.length : Math.floor(offset);
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] as number) + 1, offset: at };
  }
}
