// Escaping for GitHub-flavoured Markdown (pull-request comments, job summaries).
//
// Everything that reaches a comment from a pull request — image names, tags,
// repositories, file paths, and the messages that quote them — is attacker-
// controlled. In a table cell it must not:
//   - end the cell or the row: `|` becomes `\|` (GFM splits rows before any
//     inline parsing, even inside code spans; a pipe preceded by a backslash
//     does not split), `\` becomes `\\` (so that the user's own `\` cannot turn
//     our `\|` into `\\|`), and every line break becomes a space;
//   - render HTML: `<`, `>` and `&` become `&lt;`, `&gt;`, `&amp;` (so `<script>`,
//     `<img onerror>`, `<details>` and entity tricks stay text);
//   - render Markdown: `` ` * _ [ ] ~ $ `` are backslash-escaped, so no links
//     (`[x](javascript:…)`), images, emphasis, strike-through or math;
//   - notify anyone: `@` is followed by a zero-width space, written as the
//     character reference `&#8203;`. GitHub finds @mentions (and e-mail
//     autolinks) in the text of the rendered HTML (its html-pipeline
//     MentionFilter walks the text nodes), where `@&#8203;octocat` has become
//     "@", U+200B, "octocat": the name no longer follows the `@`, so nobody is
//     pinged, and the text still looks like `@octocat`. A backslash escape
//     (`\@`) or `&#64;` would not help: both are decoded to a plain `@` in the
//     rendered text, before mentions are looked for. (Renovate neutralises
//     mentions in release notes the same way.) The reference is used rather than
//     the raw character so that it survives tools that strip invisible
//     characters and stays visible in the comment's source. `#123` and `GH-123`
//     get the same treatment so that a comment does not cross-reference issues;
//   - hide or reorder text: control characters and bidirectional overrides
//     become U+FFFD.
// Inside a code span nothing is rendered and nobody is mentioned, so only the
// fence, line breaks and (in tables) `|` need care; see codeSpan. Neither form
// leaves a workflow command (`##[…`, `::…` at a line start) in the source: see
// workflow-commands.ts.

import { containsCommandPrefix, neutralizeWorkflowCommandsInMarkdown } from './workflow-commands.js';

/** Zero-width space as a character reference. */
export const ZERO_WIDTH_SPACE = '&#8203;';

const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
// C0 and C1 controls (line breaks are handled above) and the bidirectional embedding,
// override and isolate controls, which can make text display differently from what it is.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function flatten(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '\uFFFD');
}

const BACKSLASHED = new Set(['\\', '|', '`', '*', '_', '[', ']', '~', '$']);

function isDigitAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 0x30 && c <= 0x39;
}

/**
 * Text for a GFM table cell (also fine for headings and paragraphs): one line, no HTML, no
 * Markdown, no mentions or issue references; it renders as the original text.
 */
export function escapeTableCell(text: string): string {
  const flat = flatten(text);
  let out = '';
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i] as string;
    switch (ch) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '@':
        out += `@${ZERO_WIDTH_SPACE}`;
        break;
      case '#':
        out += isDigitAt(flat, i + 1) ? `#${ZERO_WIDTH_SPACE}` : '#';
        break;
      case '-':
        // GH-123 is an issue reference too.
        out += i >= 2 && flat.slice(i - 2, i).toLowerCase() === 'gh' && isDigitAt(flat, i + 1) ? `${ZERO_WIDTH_SPACE}-` : '-';
        break;
      default:
        out += BACKSLASHED.has(ch) ? `\\${ch}` : ch;
    }
  }
  // `[` is escaped already, so only a leading `::` is left: `\::`, wherever the text ends up.
  return neutralizeWorkflowCommandsInMarkdown(out);
}

/**
 * A CommonMark code span showing `text` literally. The fence is one backtick longer than the
 * longest run of backticks inside, and a space pads both ends when the text starts or ends with
 * a backtick (or with spaces on both ends, which CommonMark would otherwise strip).
 *
 * With `inTable` (the default) every `|` is written `\|`: GFM splits table rows before it parses
 * code spans, so a bare pipe would end the cell even here; the table parser removes the
 * backslash again, and the span shows `|`. Outside tables pass `{ inTable: false }`, or the
 * backslashes would show.
 *
 * Text holding a workflow command (`##[`) cannot be a code span (the runner would read it in
 * the Markdown source, and an escape would show): it becomes `<code>` with the text escaped
 * as in escapeTableCell, which renders the same.
 *
 * Returns `''` for empty text (CommonMark has no empty code span).
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let content = flatten(text);
  if (content.length === 0) return '';
  // (A code span starts with a backtick, so `::` inside is never at a line start.)
  if (containsCommandPrefix(content)) return `<code>${escapeTableCell(content)}</code>`;
  if (options.inTable ?? true) content = content.replace(/\|/g, '\\|');
  let longest = 0;
  let run = 0;
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) === 0x60) {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  const fence = '`'.repeat(longest + 1);
  const pad =
    content.startsWith('`') ||
    content.endsWith('`') ||
    (content.startsWith(' ') && content.endsWith(' ') && content.trim().length > 0);
  return pad ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}
