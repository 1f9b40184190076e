// Small, test-only models of how GitHub (cmark-gfm) reads our Markdown, used to check that
// hostile text cannot break a table row or escape a code span.

/**
 * The cell delimiters of a GFM table row. cmark-gfm scans a cell as
 * `(escaped_char | [^|\r\n])+` with re2c's longest match, so a `|` right after a backslash
 * always belongs to the cell; every other `|` separates cells.
 */
export function countCellDelimiters(row: string): number {
  let count = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '|' && row[i - 1] !== '\\') count++;
  }
  return count;
}

function isPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && /^[!-/:-@[-`{-~]$/.test(ch);
}

/**
 * Replaces every CommonMark code span by `⟦code⟧` and returns the rest: an opening backtick run
 * is closed by the next run of exactly the same length; an unclosed run is literal text, and so
 * is a backslash-escaped backtick.
 */
export function stripCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\' && isPunctuation(text[i + 1])) {
      // A backslash escape (outside code spans): the escaped character is literal.
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      out += text[i];
      i++;
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    // Look for a closing run of exactly n backticks.
    let j = i + n;
    let close = -1;
    while (j < text.length) {
      if (text[j] === '`') {
        let m = 0;
        while (text[j + m] === '`') m++;
        if (m === n) {
          close = j;
          break;
        }
        j += m;
      } else j++;
    }
    if (close < 0) {
      out += '`'.repeat(n);
      i += n;
    } else {
      out += '⟦code⟧';
      i = close + n;
    }
  }
  return out;
}

/** The content of every code span in `text` (after CommonMark's one-space stripping). */
export function codeSpanContents(text: string): string[] {
  const contents: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\' && isPunctuation(text[i + 1])) {
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    let j = i + n;
    let close = -1;
    while (j < text.length) {
      if (text[j] === '`') {
        let m = 0;
        while (text[j + m] === '`') m++;
        if (m === n) {
          close = j;
          break;
        }
        j += m;
      } else j++;
    }
    if (close < 0) {
      i += n;
      continue;
    }
    let content = text.slice(i + n, close);
    if (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') content = content.slice(1, -1);
    contents.push(content);
    i = close + n;
  }
  return contents;
}
