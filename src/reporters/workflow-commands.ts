// Workflow commands hidden in data. The Actions runner reads every line a step
// prints (stdout and stderr) and executes two forms of command
// (actions/runner, src/Runner.Common/ActionCommand.cs):
//   - `::name props::data` when the line, after TrimStart(), starts with `::`
//     (TryParseV2: `message.TrimStart().StartsWith("::")`);
//   - `##[name props]data` anywhere in the line (TryParse: `message.IndexOf("##[")`).
// An image named `::stop-commands::x` in a report printed by a workflow step
// would stop the runner from honouring the job's own commands, `##[add-mask]x`
// would hide text from the log, `##[set-output name=x]y` would set an output.
//
// Both comparisons are .NET's culture-sensitive defaults (no StringComparison),
// which with ICU skip "ignorable" characters (zero-width space, soft hyphen,
// joiners, controls): `:\u200B:` and `#\u00AD#[` may match as well. So the
// patterns below allow those characters in between and in front, and the
// neutralised forms insert a visible, non-ignorable character (a backslash):
//   - text and JSON: the first `:` or `#` becomes `\u003a` / `\u0023`. In a
//     terminal that reads as an escape (as sanitizeForTerminal shows control
//     characters); inside a JSON string it is a valid escape of the same
//     character, so a JSON parser reads back exactly the original string;
//   - Markdown: a backslash escape (`\::x`, `#\#[`), which renders as the
//     original text.
// Reporters run the helper over their whole output (it is idempotent and a
// no-op on text without such patterns); codeSpan avoids the pattern itself,
// since a backslash inside a code span would show.

// What .NET's TrimStart() removes (Char.IsWhiteSpace) plus what JavaScript's \s
// knows; and characters ICU's collation ignores (controls, format characters,
// default-ignorable code points).
const SPACE = String.raw`\s\u0085`;
const IGNORABLE = String.raw`\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}`;
// A line of the runner: it splits on \r and \n; the Unicode separators count too, to be safe.
const LINE_BREAK = /(\r\n|[\n\r\v\f\u0085\u2028\u2029])/u;
// The patterns with IGNORABLE are built on first use: V8 parses a /u pattern when it is made, and
// the \p{…} classes cost ~7 million instructions of ICU work (~1 % of the action's cold start),
// which a run whose texts hold no candidate (see nextCandidate) never needs.
const lazy = (make: () => RegExp): (() => RegExp) => {
  let made: RegExp | undefined;
  return () => (made ??= make());
};
const LINE_START = lazy(() => new RegExp(String.raw`^([${SPACE}${IGNORABLE}]*):(?=[${IGNORABLE}]*:)`, 'u'));
const PREFIX = lazy(() => new RegExp(String.raw`#(?=[${IGNORABLE}]*#[${IGNORABLE}]*\[)`, 'gu'));

function lines(text: string): string[] {
  // Odd indices of the split are the captured line breaks.
  return text.split(LINE_BREAK).filter((_, i) => i % 2 === 0);
}

function holdsPrefix(line: string): boolean {
  const prefix = PREFIX();
  prefix.lastIndex = 0;
  return prefix.test(line);
}

/** Whether a line of `text` holds `##[` (the form the runner finds anywhere in a line). */
export function containsCommandPrefix(text: string): boolean {
  // Every match holds a '#'.
  return text.includes('#') && lines(text).some(holdsPrefix);
}

/** Whether the runner would take some line of `text` as a workflow command (either form). */
export function containsWorkflowCommand(text: string): boolean {
  // A `##[` match holds a '#', a `::` match a ':'.
  if (!text.includes(':') && !text.includes('#')) return false;
  return lines(text).some((line) => holdsPrefix(line) || LINE_START().test(line));
}

// Candidates anywhere in the text, a superset of what the line patterns find: a
// `:` followed (ignorables between) by `:`, a `#` by `#[`. Ignorables include
// line breaks, so a candidate may cross a line; the line patterns decide.
// Sticky: tried only where nextCandidate finds the mark (a Unicode-aware scan of the whole text
// cost 0.3 s of a 100k-entry JSON report).
const COLON_CANDIDATE = lazy(() => new RegExp(String.raw`:(?=[${IGNORABLE}]*:)`, 'uy'));
const HASH_CANDIDATE = lazy(() => new RegExp(String.raw`#(?=[${IGNORABLE}]*#[${IGNORABLE}]*\[)`, 'uy'));
const CANDIDATES: ReadonlyArray<readonly [string, () => RegExp]> = [[':', COLON_CANDIDATE], ['#', HASH_CANDIDATE]];

/**
 * Where the next match of `pattern` (which starts with `mark`) is, at or after `from`; -1 if none.
 * Both patterns need the mark followed by an ignorable character or the mark again: a printable
 * ASCII character other than the mark (nearly every place: `": "`, `"#1"`) rules a place out
 * without running the pattern.
 */
function nextCandidate(text: string, mark: string, candidate: () => RegExp, from: number): number {
  const code = mark.charCodeAt(0);
  for (let i = text.indexOf(mark, from); i !== -1; i = text.indexOf(mark, i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0x20 && next <= 0x7e && next !== code) continue;
    const pattern = candidate();
    pattern.lastIndex = i;
    if (pattern.test(text)) return i;
  }
  return -1;
}
const BREAK_CHAR = /[\n\r\v\f\u0085\u2028\u2029]/;

function neutralizeLine(line: string, colon: string, hash: string): string {
  return line.replace(LINE_START(), (_, lead: string) => `${lead}${colon}`).replace(PREFIX(), hash);
}

/**
 * Rewrites only the lines that hold a candidate: every line a pattern matches
 * holds one, and a line without one is left as it is, so the result is the
 * same as rewriting every line, without splitting a large report into lines.
 */
function neutralize(text: string, colon: string, hash: string): string {
  if (!text.includes(':') && !text.includes('#')) return text;
  // Made at the first candidate: nearly every text has none (an image string's ':' before its tag).
  let starts: Set<number> | undefined;
  for (const [mark, pattern] of CANDIDATES) {
    // One visit per line: after a candidate the search goes on at the next line.
    let previousEnd = 0;
    for (let at = nextCandidate(text, mark, pattern, 0); at !== -1; at = nextCandidate(text, mark, pattern, previousEnd)) {
      (starts ??= new Set()).add(lineStart(text, at, previousEnd));
      previousEnd = lineEnd(text, at);
    }
  }
  if (starts === undefined) return text;
  let out = '';
  let done = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    const end = lineEnd(text, start);
    out += text.slice(done, start) + neutralizeLine(text.slice(start, end), colon, hash);
    done = end;
  }
  return out + text.slice(done);
}

/** Where the line holding `at` starts (the line breaks of LINE_BREAK: \r\n counts as one). */
function lineStart(text: string, at: number, notBefore: number): number {
  let i = at;
  while (i > notBefore && !BREAK_CHAR.test(text[i - 1]!)) i--;
  return i;
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !BREAK_CHAR.test(text[i]!)) i++;
  return i;
}

/**
 * Plain text (terminal output, log lines) or JSON text: `::` at a line start and `##[` anywhere
 * get their first character written as `\u003a` / `\u0023`. Applied to JSON.stringify output
 * the result is still valid JSON and parses to the same value (`:` and `#` occur only inside
 * strings there, where `\u003a` is the same character; a JSON line never starts with `::`).
 */
export function neutralizeWorkflowCommands(text: string): string {
  return neutralize(text, '\\u003a', '\\u0023');
}

/**
 * Markdown source (comments, job summaries, `--format markdown`): a backslash escape, which
 * renders as the original character; the source holds neither `::` at a line start nor `##[`.
 * Not for the inside of code spans (the backslash would show): codeSpan takes care of those.
 */
export function neutralizeWorkflowCommandsInMarkdown(text: string): string {
  return neutralize(text, '\\:', '#\\');
}

/**
 * XML text (`--format checkstyle`): character references, which an XML parser reads back as
 * the original characters; the source holds neither `::` at a line start nor `##[`.
 */
export function neutralizeWorkflowCommandsInXml(text: string): string {
  return neutralize(text, '&#58;', '&#35;');
}
