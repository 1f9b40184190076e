// Rewrites a bundle so that it holds only ASCII characters, with the same meaning: every other
// character becomes a \uXXXX escape (scripts/build-action.mjs runs it over the action's files).
//
// Why: a source file with one character beyond Latin-1 (a '≤' in a message) is decoded by Node
// into a two-byte string, and V8 scans it as UTF-16; an ASCII file is decoded and scanned as
// one byte per character. On the action's bundle that is ~7 million instructions of a cold start
// (valgrind --tool=cachegrind, scripts/bench.mjs's action case).
//
// Where an escape means the same character:
//   - string literals, untagged template literals (the cooked text; a tagged template sees the raw
//     text, where an escape is not the character: refused), regular expression literals (with and
//     without the u or v flag, a \uXXXX pair of surrogates is the one code point they form);
//   - comments (anything goes) and identifiers (an escape names the same identifier; an astral
//     character, which would need \u{…}, is refused).
// Anything else (a non-ASCII space or line break between tokens, a character right after a
// backslash, whose escape would change what the backslash escapes) is refused: the build fails,
// naming the line, rather than ship a bundle whose meaning might differ.
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/g;
const HAS_NON_ASCII = /[^\x00-\x7f]/;
const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `code` with every non-ASCII character escaped; throws (naming `name` and the line) where an escape could change the meaning. */
export function asciiBundle(code, name = 'bundle') {
  if (!HAS_NON_ASCII.test(code)) return code;
  const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const fail = (at, why) => {
    const { line, character } = file.getLineAndCharacterOfPosition(at);
    throw new Error(`${name}:${line + 1}:${character + 1}: ${why}; write it as a \\u escape in the source`);
  };
  if (file.parseDiagnostics?.length) fail(file.parseDiagnostics[0].start ?? 0, `does not parse (${ts.flattenDiagnosticMessageText(file.parseDiagnostics[0].messageText, ' ')})`);
  /** [start, end, kind] of the tokens where an escape keeps the meaning; they do not overlap. */
  const spans = [];
  const visit = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.RegularExpressionLiteral:
        spans.push([node.getStart(file), node.end, 'literal']);
        return;
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateHead:
      case ts.SyntaxKind.TemplateMiddle:
      case ts.SyntaxKind.TemplateTail: {
        const start = node.getStart(file);
        const template = node.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ? node : node.kind === ts.SyntaxKind.TemplateHead ? node.parent : node.parent.parent;
        const tagged = ts.isTaggedTemplateExpression(template.parent);
        spans.push([start, node.end, tagged ? 'tagged template' : 'literal']);
        return;
      }
      case ts.SyntaxKind.Identifier:
      case ts.SyntaxKind.PrivateIdentifier:
        spans.push([node.getStart(file), node.end, 'identifier']);
        return;
      default:
        ts.forEachChild(node, visit);
    }
  };
  visit(file);
  spans.sort((a, b) => a[0] - b[0]);
  // Between those tokens there are only punctuators, keywords, numbers, white space and comments
  // (every string, template and regular expression is a token above): there `//` and `/*` start comments.
  const comments = [];
  const gapComments = (from, to) => {
    for (let i = from; i < to - 1; i++) {
      if (code[i] !== '/') continue;
      if (code[i + 1] === '/') {
        const end = code.slice(i).search(/[\n\r\u2028\u2029]/);
        comments.push([i, end < 0 ? code.length : i + end, 'comment']);
        i = end < 0 ? code.length : i + end;
      } else if (code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2);
        if (end < 0) fail(i, 'an unterminated comment');
        comments.push([i, end + 2, 'comment']);
        i = end + 1;
      }
    }
  };
  let previous = 0;
  for (const [start, end] of spans) {
    gapComments(previous, start);
    previous = end;
  }
  gapComments(previous, code.length);
  const all = [...spans, ...comments].sort((a, b) => a[0] - b[0]);
  const spanAt = (i) => {
    let lo = 0;
    let hi = all.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid][1] <= i) lo = mid + 1;
      else if (all[mid][0] > i) hi = mid - 1;
      else return all[mid];
    }
    return undefined;
  };
  let out = '';
  let done = 0;
  for (const match of code.matchAll(NON_ASCII)) {
    const i = match.index;
    const point = code.codePointAt(i);
    const what = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
    const span = spanAt(i);
    if (!span) fail(i, `${what} is outside a literal, a comment and an identifier`);
    if (span[2] === 'tagged template') fail(i, `${what} in a tagged template (its tag sees the raw text, not the character)`);
    if (span[2] === 'identifier' && point > 0xffff) fail(i, `${what}, an astral character, in an identifier`);
    if (span[2] === 'literal') {
      let backslashes = 0;
      for (let k = i - 1; k >= span[0] && code[k] === '\\'; k--) backslashes++;
      if (backslashes % 2 === 1) fail(i, `${what} right after a backslash`);
    }
    out += code.slice(done, i) + escape(match[0]);
    done = i + 1;
  }
  return out + code.slice(done);
}
