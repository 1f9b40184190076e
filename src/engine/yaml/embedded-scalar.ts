// Positions inside YAML that is held in a string scalar.
//
// A component overwrite file carries an image vector as a string
// (`imageVectorOverwrite: |` block scalar, sometimes a quoted string). The
// caller parses `scalar.text` on its own; this maps offsets in that decoded
// string back to offsets in the outer file.

import type { YamlScalar } from './yaml-tree.js';

/**
 * Returns a function from an offset in `scalar.text` to an offset in `source`
 * (the outer file's text, which `scalar` was parsed from).
 *
 * - Literal block scalars (`|`, `|-`, `|+`, `|2`, CRLF line breaks): exact.
 *   Every line of the decoded text is one source line with the block's
 *   indentation removed, so offsets map line by line.
 * - Folded block scalars, quoted and multi-line plain scalars: decoded and
 *   source text are aligned character by character. Every non-blank
 *   character maps exactly (escape sequences map to their backslash, `''` to
 *   its first quote); blanks created by folding or escapes map to the source
 *   position where they arose (the line break that became a space, for
 *   instance), so a position is at worst a few columns off on the right line.
 *   An offset at the end of the text maps to the end of the content.
 */
export function embeddedOffsetMapper(source: string, scalar: YamlScalar): (innerOffset: number) => number {
  const text = scalar.text;
  if (scalar.style === 'literal') return literalMapper(source, scalar);
  const map = alignMapper(source, scalar);
  return (inner: number) => {
    const i = inner < 0 ? 0 : inner > text.length ? text.length : Math.floor(inner);
    return map[i] as number;
  };
}

/** Offset of the first content line of a block scalar (the line after its header). */
function blockContentStart(source: string, scalar: YamlScalar): number {
  let i = scalar.start;
  while (i < scalar.end) {
    const c = source.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (c === 0x0d) return source.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    i++;
  }
  return scalar.end;
}

function literalMapper(source: string, scalar: YamlScalar): (innerOffset: number) => number {
  const text = scalar.text;
  // Source lines of the content: start offset and length without the line break.
  const srcStarts: number[] = [];
  const srcLengths: number[] = [];
  let i = blockContentStart(source, scalar);
  const end = scalar.end;
  while (i < end) {
    let j = i;
    while (j < end && source.charCodeAt(j) !== 0x0a && source.charCodeAt(j) !== 0x0d) j++;
    srcStarts.push(i);
    srcLengths.push(j - i);
    if (source.charCodeAt(j) === 0x0d && source.charCodeAt(j + 1) === 0x0a) j++;
    i = j + 1;
  }
  // Decoded lines.
  const decStarts: number[] = [0];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) decStarts.push(k + 1);
  // The block's indentation: what a content line lost.
  let indent = 0;
  for (let k = 0; k < decStarts.length && k < srcStarts.length; k++) {
    const decLength = (k + 1 < decStarts.length ? (decStarts[k + 1] as number) - 1 : text.length) - (decStarts[k] as number);
    if (decLength > 0) {
      indent = Math.max(0, (srcLengths[k] as number) - decLength);
      break;
    }
  }
  return (inner: number) => {
    const o = inner < 0 ? 0 : inner > text.length ? text.length : Math.floor(inner);
    let lo = 0;
    let hi = decStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((decStarts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    if (lo >= srcStarts.length) return end;
    const column = o - (decStarts[lo] as number);
    const length = srcLengths[lo] as number;
    const at = Math.min(indent, length) + column;
    return (srcStarts[lo] as number) + Math.min(at, length);
  };
}

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Escape sequence length in a double-quoted scalar, starting at the backslash. */
function escapeLength(source: string, at: number): number {
  switch (source.charCodeAt(at + 1)) {
    case 0x78: // x
      return 4;
    case 0x75: // u
      return 6;
    case 0x55: // U
      return 10;
    default:
      return 2;
  }
}

function alignMapper(source: string, scalar: YamlScalar): Int32Array {
  const text = scalar.text;
  const map = new Int32Array(text.length + 1);
  let p: number;
  let end: number;
  const double = scalar.style === 'double-quoted';
  const single = scalar.style === 'single-quoted';
  if (double || single) {
    p = scalar.start + 1;
    end = Math.max(p, scalar.end - 1);
  } else if (scalar.style === 'folded') {
    p = blockContentStart(source, scalar);
    end = scalar.end;
  } else {
    p = scalar.start;
    end = scalar.end;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isBlank(c)) {
      // Skip what folding removed: blanks, line breaks, indentation, escaped line breaks.
      while (p < end) {
        const s = source.charCodeAt(p);
        if (isBlank(s)) p++;
        else if (double && s === 0x5c && (source.charCodeAt(p + 1) === 0x0a || source.charCodeAt(p + 1) === 0x0d)) p += 2;
        else break;
      }
    }
    const s = source.charCodeAt(p);
    if (p >= end) map[i] = end;
    else if (s === c) {
      map[i] = p;
      p += single && c === 0x27 && source.charCodeAt(p + 1) === 0x27 ? 2 : 1;
    } else if (double && s === 0x5c) {
      map[i] = p;
      p += escapeLength(source, p);
    } else {
      // A blank made by folding (or a character we cannot pair): stay here.
      map[i] = p;
    }
  }
  map[text.length] = end;
  return map;
}
