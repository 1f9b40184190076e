(function (__ivl_import_meta_url, __WEBPACK_EXTERNAL_createRequire) {"use strict";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    // Every cached result is an object, so one read both tells a hit and
    //   fetches it, where `in` and then a read hashed the path twice.
    const cached = cache[path]

    if (cached) {
      return cached
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 103:
/***/ ((__unused_webpack_module, exports) => {

/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	var _options$implicit, _options$matchByTagPr, _options$implicitFirs, _options$represent, _options$representTag;
	return {
		tagName,
		nodeKind: "scalar",
		implicit: (_options$implicit = options.implicit) !== null && _options$implicit !== void 0 ? _options$implicit : false,
		matchByTagPrefix: (_options$matchByTagPr = options.matchByTagPrefix) !== null && _options$matchByTagPr !== void 0 ? _options$matchByTagPr : false,
		implicitFirstChars: (_options$implicitFirs = options.implicitFirstChars) !== null && _options$implicitFirs !== void 0 ? _options$implicitFirs : null,
		resolve: options.resolve,
		identify: options.identify,
		represent: (_options$represent = options.represent) !== null && _options$represent !== void 0 ? _options$represent : ((data) => String(data)),
		representTagName: (_options$representTag = options.representTagName) !== null && _options$representTag !== void 0 ? _options$representTag : (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	var _options$matchByTagPr2, _options$finalize, _options$represent2, _options$representTag2;
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: (_options$matchByTagPr2 = options.matchByTagPrefix) !== null && _options$matchByTagPr2 !== void 0 ? _options$matchByTagPr2 : false,
		create: options.create,
		addItem: options.addItem,
		finalize: (_options$finalize = options.finalize) !== null && _options$finalize !== void 0 ? _options$finalize : ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: (_options$represent2 = options.represent) !== null && _options$represent2 !== void 0 ? _options$represent2 : ((data) => data),
		representTagName: (_options$representTag2 = options.representTagName) !== null && _options$representTag2 !== void 0 ? _options$representTag2 : (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	var _options$matchByTagPr3, _options$finalize2, _options$represent3, _options$representTag3;
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: (_options$matchByTagPr3 = options.matchByTagPrefix) !== null && _options$matchByTagPr3 !== void 0 ? _options$matchByTagPr3 : false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: (_options$finalize2 = options.finalize) !== null && _options$finalize2 !== void 0 ? _options$finalize2 : ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: (_options$represent3 = options.represent) !== null && _options$represent3 !== void 0 ? _options$represent3 : ((data) => data),
		representTagName: (_options$representTag3 = options.representTagName) !== null && _options$representTag3 !== void 0 ? _options$representTag3 : (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/typeof.js
function _typeof(o) {
	"@babel/helpers - typeof";
	return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof(o);
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/toPrimitive.js
function toPrimitive(t, r) {
	if ("object" != _typeof(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/toPropertyKey.js
function toPropertyKey(t) {
	var i = toPrimitive(t, "string");
	return "symbol" == _typeof(i) ? i : i + "";
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/defineProperty.js
function _defineProperty(e, r, t) {
	return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
		value: t,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[r] = t, e;
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/objectSpread2.js
function ownKeys(e, r) {
	var t = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var o = Object.getOwnPropertySymbols(e);
		r && (o = o.filter(function(r) {
			return Object.getOwnPropertyDescriptor(e, r).enumerable;
		})), t.push.apply(t, o);
	}
	return t;
}
function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	constructor(tags) {
		_defineProperty(this, "tags", void 0);
		_defineProperty(
			this,
			/** @internal */
			"implicitScalarTags",
			void 0
		);
		_defineProperty(
			this,
			/**
			* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
			* the resolvers that may match that key, in schema order; a key absent from
			* the map uses
			* {@link Schema.implicitScalarAnyFirstChar}
			* (resolvers that declared no first-char constraint, so they apply to any
			* first character).
			*/
			"implicitScalarByFirstChar",
			void 0
		);
		_defineProperty(this, "implicitScalarAnyFirstChar", void 0);
		_defineProperty(
			this,
			/**
			* The default scalar tag (`!!str`), resolved once so the composer's fallback
			* for unresolved plain scalars avoids a keyed lookup per scalar.
			*
			* @internal
			*/
			"defaultScalarTag",
			void 0
		);
		_defineProperty(
			this,
			/**
			* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
			* value is identified by its default tag, the tag is implicit and not
			* printed. Undefined if the schema does not define them (then such values
			* can't be dumped).
			*
			* @internal
			*/
			"defaultSequenceTag",
			void 0
		);
		_defineProperty(
			this,
			/** @internal */
			"defaultMappingTag",
			void 0
		);
		_defineProperty(this, "exact", void 0);
		_defineProperty(this, "prefix", void 0);
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		var _this$implicitScalarB;
		const candidates = (_this$implicitScalarB = this.implicitScalarByFirstChar.get(source.charAt(0))) !== null && _this$implicitScalarB !== void 0 ? _this$implicitScalarB : this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags(_objectSpread2(_objectSpread2({}, intYaml11Tag), {}, { resolve: (source, isExplicit, tagName) => {
	const result = intYaml11Tag.resolve(source, isExplicit, tagName);
	return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
} }), _objectSpread2(_objectSpread2({}, floatYaml11Tag), {}, { resolve: (source, isExplicit, tagName) => {
	const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
	return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
} }));
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_SNIPPET_OPTIONS), options);
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		_defineProperty(this, "reason", void 0);
		_defineProperty(this, "mark", void 0);
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	var _ref, _tagHandlers$handle;
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode((_ref = (_tagHandlers$handle = tagHandlers === null || tagHandlers === void 0 ? void 0 : tagHandlers[handle]) !== null && _tagHandlers$handle !== void 0 ? _tagHandlers$handle : DEFAULT_TAG_HANDLERS[handle]) !== null && _ref !== void 0 ? _ref : handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		var _state$schema$lookupM;
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = (_state$schema$lookupM = state.schema.lookupMappingTag(tagName)) !== null && _state$schema$lookupM !== void 0 ? _state$schema$lookupM : state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		var _frame$overridable;
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		(_frame$overridable = frame.overridable) !== null && _frame$overridable !== void 0 || (frame.overridable = /* @__PURE__ */ new Set());
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	var _frame$overridable2, _frame$overridable3;
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !((_frame$overridable2 = frame.overridable) === null || _frame$overridable2 === void 0 ? void 0 : _frame$overridable2.has(key))) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	(_frame$overridable3 = frame.overridable) === null || _frame$overridable3 === void 0 || _frame$overridable3.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_CONSTRUCTOR_OPTIONS), options), {}, {
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	});
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			var _state$events$fallbac;
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && ((_state$events$fallbac = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac === void 0 ? void 0 : _state$events$fallbac.type) === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					var _state$events$fallbac2;
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && ((_state$events$fallbac2 = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac2 === void 0 ? void 0 : _state$events$fallbac2.type) === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if ((documentEvent === null || documentEvent === void 0 ? void 0 : documentEvent.type) === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), options), {}, {
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	});
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), DEFAULT_CONSTRUCTOR_OPTIONS);
function loadDocuments(input, options = {}) {
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_LOAD_OPTIONS), options);
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), _objectSpread2(_objectSpread2({}, pick(opts, CONSTRUCTOR_OPT_KEYS)), {}, { source }));
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	var _options$noRefs, _options$skipInvalid;
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: (_options$noRefs = options.noRefs) !== null && _options$noRefs !== void 0 ? _options$noRefs : false,
		skipInvalid: (_options$skipInvalid = options.skipInvalid) !== null && _options$skipInvalid !== void 0 ? _options$skipInvalid : false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), options);
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return _objectSpread2(_objectSpread2({}, opts), {}, {
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	});
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	var _ctx$compact;
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = (_ctx$compact = ctx.compact) !== null && _ctx$compact !== void 0 ? _ctx$compact : false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && (parent === null || parent === void 0 ? void 0 : parent.kind) === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), {}, {
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
});
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_DUMP_OPTIONS), options);
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, _objectSpread2(_objectSpread2({}, pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS))), {}, { schema: opts.schema }));
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = -1;
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion
exports.CHOMPING_CLIP = CHOMPING_CLIP;
exports.CHOMPING_KEEP = CHOMPING_KEEP;
exports.CHOMPING_MODE = CHOMPING_MODE;
exports.CHOMPING_STRIP = CHOMPING_STRIP;
exports.COLLECTION_STYLE = COLLECTION_STYLE;
exports.COLLECTION_STYLE_BLOCK = COLLECTION_STYLE_BLOCK;
exports.COLLECTION_STYLE_FLOW = COLLECTION_STYLE_FLOW;
exports.CORE_SCHEMA = CORE_SCHEMA;
exports.DEFAULT_SCALAR_STYLE_RULES = DEFAULT_SCALAR_STYLE_RULES;
exports.DUMP_SCHEMA = DUMP_SCHEMA;
exports.EVENT_ALIAS = EVENT_ALIAS;
exports.EVENT_DOCUMENT = EVENT_DOCUMENT;
exports.EVENT_ID = EVENT_ID;
exports.EVENT_MAPPING = EVENT_MAPPING;
exports.EVENT_POP = EVENT_POP;
exports.EVENT_SCALAR = EVENT_SCALAR;
exports.EVENT_SEQUENCE = EVENT_SEQUENCE;
exports.FAILSAFE_SCHEMA = FAILSAFE_SCHEMA;
exports.JSON_SCHEMA = JSON_SCHEMA;
exports.NOT_RESOLVED = NOT_RESOLVED;
exports.SCALAR_STYLE = SCALAR_STYLE;
exports.SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE_DOUBLE_QUOTED;
exports.SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE_FOLDED_BLOCK;
exports.SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE_LITERAL_BLOCK;
exports.SCALAR_STYLE_PLAIN = SCALAR_STYLE_PLAIN;
exports.SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE_SINGLE_QUOTED;
exports.Schema = Schema;
exports.VISIT_BREAK = VISIT_BREAK;
exports.VISIT_SKIP = VISIT_SKIP;
exports.YAML11_SCHEMA = YAML11_SCHEMA;
exports.YAMLException = YAMLException;
exports.binaryTag = binaryTag;
exports.boolCoreTag = boolCoreTag;
exports.boolJsonTag = boolJsonTag;
exports.boolYaml11Tag = boolYaml11Tag;
exports.constructFromEvents = constructFromEvents;
exports.defineMappingTag = defineMappingTag;
exports.defineScalarTag = defineScalarTag;
exports.defineSequenceTag = defineSequenceTag;
exports.dump = dump;
exports.eventsToAst = eventsToAst;
exports.floatCoreTag = floatCoreTag;
exports.floatJsonTag = floatJsonTag;
exports.floatYaml11Tag = floatYaml11Tag;
exports.getScalarValue = getScalarValue;
exports.intCoreTag = intCoreTag;
exports.intJsonTag = intJsonTag;
exports.intYaml11Tag = intYaml11Tag;
exports.jsToAst = jsToAst;
exports.legacyMapTag = legacyMapTag;
exports.load = load;
exports.loadAll = loadAll;
exports.mapTag = mapTag;
exports.mergeTag = mergeTag;
exports.nullCoreTag = nullCoreTag;
exports.nullJsonTag = nullJsonTag;
exports.nullYaml11Tag = nullYaml11Tag;
exports.omapTag = omapTag;
exports.pairsTag = pairsTag;
exports.parseEvents = parseEvents;
exports.present = present;
exports.realMapTag = realMapTag;
exports.seqTag = seqTag;
exports.setTag = setTag;
exports.strTag = strTag;
exports.timestampTag = timestampTag;
exports.visit = visit;

//# sourceMappingURL=js-yaml.cjs.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', __ivl_import_meta_url).pathname.slice(__ivl_import_meta_url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// NAMESPACE OBJECT: ./src/engine/schema/validators.generated.ts
var validators_generated_namespaceObject = {};
__nccwpck_require__.r(validators_generated_namespaceObject);
__nccwpck_require__.d(validators_generated_namespaceObject, {
  components: () => (components),
  config: () => (config),
  vector: () => (vector)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__ivl_import_meta_url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__ivl_import_meta_url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
;// CONCATENATED MODULE: ./src/reporters/workflow-commands.ts
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
const SPACE = String.raw `\s\u0085`;
const IGNORABLE = String.raw `\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}`;
// A line of the runner: it splits on \r and \n; the Unicode separators count too, to be safe.
const LINE_BREAK = /(\r\n|[\n\r\v\f\u0085\u2028\u2029])/u;
// The patterns with IGNORABLE are built on first use: V8 parses a /u pattern when it is made, and
// the \p{…} classes cost ~7 million instructions of ICU work (~1 % of the action's cold start),
// which a run whose texts hold no candidate (see nextCandidate) never needs.
const lazy = (make) => {
    let made;
    return () => (made ??= make());
};
const LINE_START = lazy(() => new RegExp(String.raw `^([${SPACE}${IGNORABLE}]*):(?=[${IGNORABLE}]*:)`, 'u'));
const PREFIX = lazy(() => new RegExp(String.raw `#(?=[${IGNORABLE}]*#[${IGNORABLE}]*\[)`, 'gu'));
function lines(text) {
    // Odd indices of the split are the captured line breaks.
    return text.split(LINE_BREAK).filter((_, i) => i % 2 === 0);
}
function holdsPrefix(line) {
    const prefix = PREFIX();
    prefix.lastIndex = 0;
    return prefix.test(line);
}
/** Whether a line of `text` holds `##[` (the form the runner finds anywhere in a line). */
function containsCommandPrefix(text) {
    // Every match holds a '#'.
    return text.includes('#') && lines(text).some(holdsPrefix);
}
/** Whether the runner would take some line of `text` as a workflow command (either form). */
function containsWorkflowCommand(text) {
    // A `##[` match holds a '#', a `::` match a ':'.
    if (!text.includes(':') && !text.includes('#'))
        return false;
    return lines(text).some((line) => holdsPrefix(line) || LINE_START().test(line));
}
// Candidates anywhere in the text, a superset of what the line patterns find: a
// `:` followed (ignorables between) by `:`, a `#` by `#[`. Ignorables include
// line breaks, so a candidate may cross a line; the line patterns decide.
// Sticky: tried only where nextCandidate finds the mark (a Unicode-aware scan of the whole text
// cost 0.3 s of a 100k-entry JSON report).
const COLON_CANDIDATE = lazy(() => new RegExp(String.raw `:(?=[${IGNORABLE}]*:)`, 'uy'));
const HASH_CANDIDATE = lazy(() => new RegExp(String.raw `#(?=[${IGNORABLE}]*#[${IGNORABLE}]*\[)`, 'uy'));
const CANDIDATES = [[':', COLON_CANDIDATE], ['#', HASH_CANDIDATE]];
/**
 * Where the next match of `pattern` (which starts with `mark`) is, at or after `from`; -1 if none.
 * Both patterns need the mark followed by an ignorable character or the mark again: a printable
 * ASCII character other than the mark (nearly every place: `": "`, `"#1"`) rules a place out
 * without running the pattern.
 */
function nextCandidate(text, mark, candidate, from) {
    const code = mark.charCodeAt(0);
    for (let i = text.indexOf(mark, from); i !== -1; i = text.indexOf(mark, i + 1)) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0x20 && next <= 0x7e && next !== code)
            continue;
        const pattern = candidate();
        pattern.lastIndex = i;
        if (pattern.test(text))
            return i;
    }
    return -1;
}
const BREAK_CHAR = /[\n\r\v\f\u0085\u2028\u2029]/;
function neutralizeLine(line, colon, hash) {
    return line.replace(LINE_START(), (_, lead) => `${lead}${colon}`).replace(PREFIX(), hash);
}
/**
 * Rewrites only the lines that hold a candidate: every line a pattern matches
 * holds one, and a line without one is left as it is, so the result is the
 * same as rewriting every line, without splitting a large report into lines.
 */
function neutralize(text, colon, hash) {
    if (!text.includes(':') && !text.includes('#'))
        return text;
    // Made at the first candidate: nearly every text has none (an image string's ':' before its tag).
    let starts;
    for (const [mark, pattern] of CANDIDATES) {
        // One visit per line: after a candidate the search goes on at the next line.
        let previousEnd = 0;
        for (let at = nextCandidate(text, mark, pattern, 0); at !== -1; at = nextCandidate(text, mark, pattern, previousEnd)) {
            (starts ??= new Set()).add(lineStart(text, at, previousEnd));
            previousEnd = lineEnd(text, at);
        }
    }
    if (starts === undefined)
        return text;
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
function lineStart(text, at, notBefore) {
    let i = at;
    while (i > notBefore && !BREAK_CHAR.test(text[i - 1]))
        i--;
    return i;
}
function lineEnd(text, from) {
    let i = from;
    while (i < text.length && !BREAK_CHAR.test(text[i]))
        i++;
    return i;
}
/**
 * Plain text (terminal output, log lines) or JSON text: `::` at a line start and `##[` anywhere
 * get their first character written as `\u003a` / `\u0023`. Applied to JSON.stringify output
 * the result is still valid JSON and parses to the same value (`:` and `#` occur only inside
 * strings there, where `\u003a` is the same character; a JSON line never starts with `::`).
 */
function neutralizeWorkflowCommands(text) {
    return neutralize(text, '\\u003a', '\\u0023');
}
/**
 * Markdown source (comments, job summaries, `--format markdown`): a backslash escape, which
 * renders as the original character; the source holds neither `::` at a line start nor `##[`.
 * Not for the inside of code spans (the backslash would show): codeSpan takes care of those.
 */
function workflow_commands_neutralizeWorkflowCommandsInMarkdown(text) {
    return neutralize(text, '\\:', '#\\');
}
/**
 * XML text (`--format checkstyle`): character references, which an XML parser reads back as
 * the original characters; the source holds neither `::` at a line start nor `##[`.
 */
function neutralizeWorkflowCommandsInXml(text) {
    return neutralize(text, '&#58;', '&#35;');
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__ivl_import_meta_url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/engine/discover.ts
// Finding vectors by content, for runs that name no files. Cheap text tests
// first (this runs over every YAML file in a repository), no parsing.
const IMAGES_LIST = /^images:[ \t]*(#.*)?\r?\n(?:[ \t]*(#.*)?\r?\n)*[ \t]*- /m;
const COMPONENTS_LIST = /^components:[ \t]*(#.*)?\r?\n(?:[ \t]*(#.*)?\r?\n)*[ \t]*- +name:/m;
const ENTRY_FIELDS = /^[ \t-]*(repository|ref|tag|runtimeVersion|targetVersion):/m;
const EMBEDDED_OVERWRITE = /^[ \t]*imageVectorOverwrite:/m;
const EMBEDDED_COMPONENTS = /^[ \t]*componentImageVectorOverwrites?:/m;
/**
 * Tells whether a YAML text is a base vector, an overwrite, or a component
 * overwrite file. A vector is "overwrite" when its path or its shape says so
 * (a ConfigMap, Helm values with `imageVectorOverwrite`).
 */
function classifyVectorText(text, path = '') {
    // Each pattern needs a word that indexOf finds far faster than a multi-line
    // regex scans a file that lacks it (most files lack most of them).
    const components = text.includes('components:');
    const overwrite = text.includes('imageVectorOverwrite');
    if (components && overwrite && COMPONENTS_LIST.test(text) && /imageVectorOverwrite:/.test(text))
        return 'components';
    if (text.includes('mponentImageVectorOverwrite') && EMBEDDED_COMPONENTS.test(text))
        return 'components';
    if (overwrite && EMBEDDED_OVERWRITE.test(text))
        return 'overwrite';
    const configMap = text.includes('ConfigMap');
    if (text.includes('images:') && IMAGES_LIST.test(text) && ENTRY_FIELDS.test(text)) {
        if (/overwrite|override/i.test(path) || (configMap && /^kind:[ \t]*ConfigMap/m.test(text)))
            return 'overwrite';
        return 'base';
    }
    if (configMap && /^kind:[ \t]*ConfigMap/m.test(text) && /^[ \t]+images:[ \t]*$/m.test(text) && ENTRY_FIELDS.test(text))
        return 'overwrite';
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/yaml/source-text.ts
// Turning file bytes into text, and text offsets into line/column positions.
const MIB = 1024 * 1024;
/** One decoder for every file: decode() without `stream` starts afresh each call. */
const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** `52.4 MiB`, `20 MiB`, `512 KiB`, `100 bytes`. */
function formatByteSize(bytes) {
    const trim = (n) => n.toFixed(1).replace(/\.0$/, '');
    if (bytes >= MIB)
        return `${trim(bytes / MIB)} MiB`;
    if (bytes >= 1024)
        return `${trim(bytes / 1024)} KiB`;
    return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}
function tooLarge(size, maxBytes) {
    return {
        ok: false,
        problem: `file is ${formatByteSize(size)}; the limit is ${formatByteSize(maxBytes)} ` +
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
function decodeSource(content, maxBytes) {
    if (typeof content === 'string')
        return decodeString(content, maxBytes);
    const size = content.byteLength;
    if (size > maxBytes)
        return tooLarge(size, maxBytes);
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
    let text;
    try {
        text = FATAL_UTF8.decode(checked);
    }
    catch {
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
function decodeString(content, maxBytes) {
    // UTF-8 needs at least one byte per UTF-16 code unit: skip counting when
    // the length alone already exceeds the limit.
    if (content.length > maxBytes)
        return tooLarge(Buffer.byteLength(content, 'utf8'), maxBytes);
    const size = Buffer.byteLength(content, 'utf8');
    if (size > maxBytes)
        return tooLarge(size, maxBytes);
    const text = stripBom(content);
    const nul = text.indexOf('\0');
    if (nul !== -1) {
        return { ok: false, problem: `binary file: it holds a NUL character (${describeEnd(text.slice(0, nul))}); an image vector is a text file`, offset: nul };
    }
    return { ok: true, text };
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function byteOrderMark(b) {
    if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
        return 'UTF-32LE';
    if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
        return 'UTF-32BE';
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
        return 'UTF-16LE';
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
        return 'UTF-16BE';
    return undefined;
}
function hexBytes(b, n) {
    return Array.from(b.subarray(0, n), (x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}
/** "line L, column C" of the end of `prefix` (where the next character would go). */
function describeEnd(prefix) {
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
function forbiddenCharacter(text) {
    // Most files are printable ASCII and line feeds: one native class scan
    // says so (about twice as fast as the loop below, a little faster than
    // the one regex of the refused set).
    if (!UNUSUAL.test(text))
        return -1;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x20 && c < 0x7f)
            continue;
        if (c < 0x20) {
            if (c === 0x0a || c === 0x0d || c === 0x09)
                continue;
            return i;
        }
        if (c < 0xa0) {
            if (c === 0x85)
                continue;
            return i;
        }
        if (c < 0xd800)
            continue;
        if (c < 0xdc00) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                i++;
                continue;
            }
            return i;
        }
        if (c < 0xe000 || c === 0xfffe || c === 0xffff)
            return i;
    }
    return -1;
}
/** Byte index of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b) {
    let i = 0;
    const n = b.length;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let width;
        let min;
        if (c >= 0xc2 && c <= 0xdf) {
            width = 2;
            min = 0x80;
        }
        else if (c >= 0xe0 && c <= 0xef) {
            width = 3;
            min = 0x800;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            width = 4;
            min = 0x10000;
        }
        else
            return i;
        if (i + width > n)
            return i;
        let cp = c & (0xff >> (width + 1));
        for (let k = 1; k < width; k++) {
            const t = b[i + k];
            if ((t & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (t & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
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
class LineIndex {
    starts;
    length;
    constructor(text) {
        this.length = text.length;
        const starts = [0];
        if (text.indexOf('\r') === -1) {
            let i = text.indexOf('\n');
            while (i !== -1) {
                starts.push(i + 1);
                i = text.indexOf('\n', i + 1);
            }
        }
        else {
            for (let i = 0; i < text.length; i++) {
                const c = text.charCodeAt(i);
                if (c === 0x0a)
                    starts.push(i + 1);
                else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)
                    starts.push(i + 1);
            }
        }
        this.starts = starts;
    }
    /** Number of lines (a text ending with a line break has an empty last line). */
    get lineCount() {
        return this.starts.length;
    }
    /** Offset where a 1-based line starts (clamped to the text). */
    lineStart(line) {
        if (line <= 1)
            return 0;
        if (line > this.starts.length)
            return this.length;
        return this.starts[line - 1];
    }
    /** 1-based line and column of a 0-based offset (clamped to the text). */
    position(offset) {
        const at = offset < 0 ? 0 : offset > this.length ? this.length : Math.floor(offset);
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= at)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: at - starts[lo] + 1, offset: at };
    }
}

;// CONCATENATED MODULE: ./src/engine/yaml/js-yaml-fast.ts

// js-yaml's CommonJS build, explicitly. `import 'js-yaml'` resolves to its ES
// module build, which parses real vectors 2.2–2.5× slower (an object spread
// each time the parser state is built) with byte-identical results. A
// require() takes the package's "require" condition: the fast build of the
// same version. In the ncc bundles `require` is the bundler's (which then
// bundles that build); in Node's ES modules (lib/, tests) it is created.
const load = undefined;
const jsYaml = __nccwpck_require__(103);

;// CONCATENATED MODULE: ./src/engine/yaml/go-yaml-scalar.ts
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
const LONG_TAG_PREFIX = 'tag:yaml.org,2002:';
const STR_TAG = LONG_TAG_PREFIX + 'str';
const INT_TAG = LONG_TAG_PREFIX + 'int';
const FLOAT_TAG = LONG_TAG_PREFIX + 'float';
const BOOL_TAG = LONG_TAG_PREFIX + 'bool';
const NULL_TAG = LONG_TAG_PREFIX + 'null';
const TIMESTAMP_TAG = LONG_TAG_PREFIX + 'timestamp';
const BINARY_TAG = LONG_TAG_PREFIX + 'binary';
const MERGE_TAG = LONG_TAG_PREFIX + 'merge';
/**
 * The long form of a tag as written: `!!int` → `tag:yaml.org,2002:int`,
 * `!<x>` → `x`; `!`, `!local` and long tags stay as they are. (Tag handles
 * declared with %TAG are expanded by the tree builder before this.)
 */
function normalizeTag(tag) {
    if (!tag)
        return '';
    if (tag.charCodeAt(0) !== 0x21 /* ! */)
        return tag;
    if (tag.length > 1 && tag.charCodeAt(1) === 0x21)
        return LONG_TAG_PREFIX + tag.slice(2);
    if (tag.length > 2 && tag.charCodeAt(1) === 0x3c /* < */ && tag.charCodeAt(tag.length - 1) === 0x3e) {
        return tag.slice(2, -1);
    }
    return tag;
}
function shortTag(tag) {
    return tag.startsWith(LONG_TAG_PREFIX) ? '!!' + tag.slice(LONG_TAG_PREFIX.length) : tag;
}
/** go-yaml v2 resolveMap: exact spellings only (`yES` is a string). */
const RESOLVE_MAP = new Map();
for (const [words, type, goString] of [
    [['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'], 'bool', 'true'],
    [['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'], 'bool', 'false'],
    [['', '~', 'null', 'Null', 'NULL'], 'null', ''],
    [['.nan', '.NaN', '.NAN'], 'float', 'NaN'],
    [['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'], 'float', '+Inf'],
    [['-.inf', '-.Inf', '-.INF'], 'float', '-Inf'],
]) {
    for (const word of words)
        RESOLVE_MAP.set(word, Object.freeze({ type, goString }));
}
// resolveTable hints, indexed by char code.
const HINT_SIGN = 1;
const HINT_DIGIT = 2;
const HINT_MAP = 3;
const HINT_DOT = 4;
const HINTS = new Uint8Array(128);
HINTS[0x2b] = HINT_SIGN;
HINTS[0x2d] = HINT_SIGN;
for (let c = 0x30; c <= 0x39; c++)
    HINTS[c] = HINT_DIGIT;
for (const ch of 'yYnNtTfFoO~')
    HINTS[ch.charCodeAt(0)] = HINT_MAP;
HINTS[0x2e] = HINT_DOT;
const STRING_RESOLVED = { tag: 'str' };
const TIMESTAMP_RESOLVED = { tag: 'timestamp' };
/**
 * Resolves a scalar the way go-yaml v2 does and returns what a Go `string`
 * field receives through sigs.k8s.io/yaml.
 *
 * `tag` may be short (`!!int`), verbatim (`!<tag:yaml.org,2002:int>`) or long.
 */
function resolveGoScalar(text, style, tag) {
    const longTag = normalizeTag(tag);
    if (longTag === '') {
        if (style !== 'plain')
            return stringScalar(text);
        const resolved = resolvePlain(text, '');
        return resolved === STRING_RESOLVED || resolved === TIMESTAMP_RESOLVED ? stringScalar(text) : fromResolved(text, resolved);
    }
    if (longTag === BINARY_TAG)
        return decodeBinary(text);
    if (!isResolvableTag(longTag)) {
        // `!`, `!local`, `!!map` on a scalar, `!!merge`: go-yaml keeps the text.
        return { type: 'string', goString: text };
    }
    if (longTag === STR_TAG)
        return { type: 'string', goString: text };
    const resolved = resolvePlain(text, longTag);
    const wanted = longTag.slice(LONG_TAG_PREFIX.length);
    if (resolved.tag === wanted)
        return fromResolved(text, resolved);
    if (wanted === 'float' && resolved.tag === 'int') {
        // decode.go: an !!int value under !!float becomes float64(v).
        return { type: 'float', goString: formatFloat32(Number(resolved.int)) };
    }
    const result = fromResolved(text, resolved);
    const got = resolved.tag === 'str' ? '!!str' : '!!' + resolved.tag;
    return { ...result, error: `cannot decode ${got} \`${text}\` as a ${shortTag(longTag)}` };
}
function stringScalar(text) {
    return { type: 'string', goString: text };
}
function isResolvableTag(tag) {
    return (tag === STR_TAG ||
        tag === INT_TAG ||
        tag === FLOAT_TAG ||
        tag === BOOL_TAG ||
        tag === NULL_TAG ||
        tag === TIMESTAMP_TAG);
}
function fromResolved(text, resolved) {
    if (resolved.fixed !== undefined)
        return resolved.fixed;
    switch (resolved.tag) {
        case 'str':
        case 'timestamp':
            // A timestamp decoded into interface{} stays its text (decode.go).
            return { type: 'string', goString: text };
        case 'int':
            return { type: 'int', goString: resolved.int.toString() };
        default:
            return { type: 'float', goString: formatFloat32(resolved.float) };
    }
}
/** go-yaml v2 resolve() for a scalar with no tag or a resolvable tag (not !!str). */
function resolvePlain(text, longTag) {
    const first = text.length === 0 ? -1 : text.charCodeAt(0);
    const hint = first === -1 ? HINT_MAP /* 'N': looked up in the map */ : first < 128 ? HINTS[first] : 0;
    if (hint === 0)
        return STRING_RESOLVED;
    // Every word of the map is at most six characters long.
    if (text.length <= 6) {
        const fixed = RESOLVE_MAP.get(text);
        if (fixed !== undefined)
            return { tag: fixed.type, fixed };
    }
    if (hint === HINT_MAP)
        return STRING_RESOLVED;
    if (hint === HINT_DOT) {
        const f = goParseFloat(text);
        return f === undefined ? STRING_RESOLVED : { tag: 'float', float: f };
    }
    // Sign or digit: timestamp, int, uint, float.
    if ((longTag === '' || longTag === TIMESTAMP_TAG) && isTimestamp(text))
        return TIMESTAMP_RESOLVED;
    const plain = text.indexOf('_') === -1 ? text : text.replace(/_/g, '');
    const int = goParseInt(plain);
    if (int.ok)
        return { tag: 'int', int: int.value };
    if (isYamlStyleFloat(plain)) {
        const f = goParseFloat(plain);
        if (f !== undefined)
            return { tag: 'float', float: f };
    }
    // The sigs.k8s.io fork keeps integers beyond 64 bits as *big.Int.
    if (int.range)
        return { tag: 'int', int: int.value };
    return STRING_RESOLVED;
}
const INT64_MIN = -(1n << 63n);
const UINT64_MAX = (1n << 64n) - 1n;
const NOT_INT = { ok: false, range: false, value: 0n };
function digitValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a)
        return lower - 0x61 + 10;
    return 99;
}
/**
 * ParseInt(s, 0, 64), falling back to ParseUint(s, 0, 64) as resolve() does.
 * Base 0: `0x`/`0X` hex, `0b` binary, `0o` octal, a leading `0` octal
 * (so `08` is not an int: it becomes the float 8), else decimal. `s` has no
 * underscores here (resolve() removed them).
 */
function goParseInt(s) {
    let i = 0;
    let neg = false;
    const c0 = s.charCodeAt(0);
    if (c0 === 0x2b || c0 === 0x2d) {
        neg = c0 === 0x2d;
        i = 1;
    }
    if (i >= s.length)
        return NOT_INT;
    let base = 10;
    if (s.charCodeAt(i) === 0x30) {
        const p = s.charCodeAt(i + 1) | 0x20;
        if (s.length - i >= 3 && p === 0x62 /* b */) {
            base = 2;
            i += 2;
        }
        else if (s.length - i >= 3 && p === 0x6f /* o */) {
            base = 8;
            i += 2;
        }
        else if (s.length - i >= 3 && p === 0x78 /* x */) {
            base = 16;
            i += 2;
        }
        else {
            base = 8;
            i += 1;
        }
    }
    // Small decimal numbers (the common case) without BigInt parsing cost.
    let small = 0;
    let useSmall = true;
    for (let j = i; j < s.length; j++) {
        const d = digitValue(s.charCodeAt(j));
        if (d >= base)
            return NOT_INT;
        if (useSmall) {
            small = small * base + d;
            if (small > Number.MAX_SAFE_INTEGER / 16)
                useSmall = false;
        }
    }
    let magnitude;
    if (useSmall)
        magnitude = BigInt(small);
    else {
        const digits = s.slice(i);
        magnitude =
            digits === '' ? 0n : base === 10 ? BigInt(digits) : BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '0b') + digits);
    }
    const value = neg ? -magnitude : magnitude;
    // ParseInt (signed range), else ParseUint (no sign allowed).
    if (value >= INT64_MIN && value < 1n << 63n)
        return { ok: true, range: false, value };
    if (c0 !== 0x2b && c0 !== 0x2d && value <= UINT64_MAX)
        return { ok: true, range: false, value };
    // ParseUint rejects any sign with a syntax error, not a range error; the
    // fork's big.Int fallback only runs after a range error.
    return c0 === 0x2b || c0 === 0x2d ? NOT_INT : { ok: false, range: true, value };
}
/** yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ */
function isYamlStyleFloat(s) {
    let i = 0;
    const n = s.length;
    let c = s.charCodeAt(0);
    if (c === 0x2b || c === 0x2d)
        i++;
    const intStart = i;
    while (i < n && isDigit(s.charCodeAt(i)))
        i++;
    if (i === intStart) {
        // \.[0-9]+
        if (s.charCodeAt(i) !== 0x2e)
            return false;
        i++;
        const fracStart = i;
        while (i < n && isDigit(s.charCodeAt(i)))
            i++;
        if (i === fracStart)
            return false;
    }
    else if (s.charCodeAt(i) === 0x2e) {
        i++;
        while (i < n && isDigit(s.charCodeAt(i)))
            i++;
    }
    return isExponentOrEnd(s, i);
}
/** Whether `s` from `i` on is empty or an exponent `e`/`E` [sign] digits, as both float grammars end. */
function isExponentOrEnd(s, start) {
    const n = s.length;
    let i = start;
    if (i === n)
        return true;
    let c = s.charCodeAt(i);
    if (c !== 0x65 && c !== 0x45)
        return false;
    i++;
    c = s.charCodeAt(i);
    if (c === 0x2b || c === 0x2d)
        i++;
    const expStart = i;
    while (i < n && isDigit(s.charCodeAt(i)))
        i++;
    return i > expStart && i === n;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
/**
 * strconv.ParseFloat(s, 64) for the decimal forms resolve() can pass it (the
 * text starts with a sign, a digit or `.`): returns undefined on a syntax error
 * and on overflow (ErrRange; resolve() then keeps the string). Underflow is
 * not an error in Go (1e-400 → 0). Underscores are allowed between digits as
 * in Go literals (`.5_0` → 0.5).
 */
function goParseFloat(s) {
    let t = s;
    if (t.indexOf('_') !== -1) {
        if (!underscoreOK(t))
            return undefined;
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
    if (!Number.isFinite(value))
        return undefined;
    return value;
}
function isGoDecimalFloat(s) {
    let i = 0;
    const n = s.length;
    let c = s.charCodeAt(0);
    if (c === 0x2b || c === 0x2d)
        i++;
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
    if (digits === 0)
        return false;
    return isExponentOrEnd(s, i);
}
/** strconv's underscoreOK: underscores only between digits (or after a base prefix). */
function underscoreOK(input) {
    let s = input;
    let saw = '^';
    let i = 0;
    if (s.length >= 1 && (s[0] === '-' || s[0] === '+'))
        s = s.slice(1);
    let hex = false;
    if (s.length >= 2 && s[0] === '0' && 'box'.includes(s[1].toLowerCase())) {
        i = 2;
        saw = '0';
        hex = s[1].toLowerCase() === 'x';
    }
    for (; i < s.length; i++) {
        const ch = s[i];
        if ((ch >= '0' && ch <= '9') || (hex && /[a-fA-F]/.test(ch))) {
            saw = '0';
            continue;
        }
        if (ch === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw === '_')
            return false;
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
function isTimestamp(s) {
    // Quick check: resolve() only tries values that start with YYYY-.
    if (s.length < 8 || s.charCodeAt(4) !== 0x2d)
        return false;
    const m = TIMESTAMP.exec(s);
    if (!m)
        return false;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1)
        return false;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > days)
        return false;
    const hour = Number(m[4] ?? m[7] ?? 0);
    const minute = Number(m[5] ?? m[8] ?? 0);
    const second = Number(m[6] ?? m[9] ?? 0);
    return hour < 24 && minute < 60 && second < 60;
}
// ---------------------------------------------------------------------------
// !!binary: base64.StdEncoding.DecodeString (padding required; CR and LF are
// ignored), then Go's string(bytes).
function decodeBinary(text) {
    const compact = text.replace(/[\r\n]/g, '');
    if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) {
        return { type: 'string', goString: text, error: '!!binary value contains invalid base64 data' };
    }
    const bytes = Buffer.from(compact, 'base64');
    return { type: 'string', goString: new TextDecoder('utf-8').decode(bytes) };
}
// ---------------------------------------------------------------------------
// strconv.FormatFloat(f, 'g', -1, 32)
const formatCache = new Map();
/**
 * strconv.FormatFloat(f, 'g', -1, 32), as sigs.k8s.io/yaml writes a YAML
 * float into a Go string field: f is first rounded to float32 (Math.fround),
 * then the shortest decimal that reads back as the same float32 is printed;
 * %e form when the decimal exponent is < -4 or >= 6 (Go uses precision 6 for
 * that decision in shortest mode, whatever the digit count), with at least
 * two exponent digits: 1e+06, 1.6777216e+07, 1e-05. Infinities print as
 * "+Inf"/"-Inf", NaN as "NaN", negative zero as "-0".
 */
function formatFloat32(f) {
    if (Number.isNaN(f))
        return 'NaN';
    const v = Math.fround(f);
    if (v === Infinity)
        return '+Inf';
    if (v === -Infinity)
        return '-Inf';
    if (v === 0)
        return Object.is(v, -0) ? '-0' : '0';
    const cached = formatCache.get(v);
    if (cached !== undefined)
        return cached;
    const neg = v < 0;
    const { digits, exp10 } = shortestFloat32(neg ? -v : v);
    // digits: significant digits without trailing zeros; value = 0.d1d2… × 10^(exp10 + 1)
    // Go's decimal point position dp = exp10 + 1; exponent x = dp - 1 = exp10.
    const x = exp10;
    let out;
    if (x < -4 || x >= 6) {
        const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
        const ax = Math.abs(x);
        out = mant + 'e' + (x < 0 ? '-' : '+') + (ax < 10 ? '0' + ax : String(ax));
    }
    else if (x < 0) {
        out = '0.' + '0'.repeat(-x - 1) + digits;
    }
    else if (digits.length <= x + 1) {
        out = digits + '0'.repeat(x + 1 - digits.length);
    }
    else {
        out = digits.slice(0, x + 1) + '.' + digits.slice(x + 1);
    }
    if (neg)
        out = '-' + out;
    if (formatCache.size > 4096)
        formatCache.clear();
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
function shortestFloat32(v) {
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
    const cmpPow10 = (e) => {
        const lhs = e >= 0 ? V : V * 10n ** BigInt(-e);
        const rhs = e >= 0 ? one * 10n ** BigInt(e) : one;
        return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
    };
    let x = Math.floor(Math.log10(v));
    while (cmpPow10(x) < 0)
        x--;
    while (cmpPow10(x + 1) >= 0)
        x++;
    for (let p = 1; p <= 9; p++) {
        const k = x - p + 1; // candidates n × 10^k with p digits
        const scale = k < 0 ? 10n ** BigInt(-k) : 1n;
        const step = k >= 0 ? one * 10n ** BigInt(k) : one;
        const target = V * scale;
        const lo = (V - halfDown) * scale;
        const hi = (V + halfUp) * scale;
        const n0 = target / step; // floor: the grid points around v are n0 and n0 + 1
        let best;
        let bestDist = 0n;
        for (const n of [n0, n0 + 1n]) {
            if (n <= 0n)
                continue;
            const c = n * step;
            if (inclusive ? c < lo || c > hi : c <= lo || c >= hi)
                continue;
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
    const [m, e] = v.toExponential(8).split('e');
    return { digits: m.replace('.', '').replace(/0+$/, ''), exp10: Number(e) };
}
/**
 * The map key sigs.k8s.io/yaml makes of a scalar key (convertToJSONableObject):
 * strings as they are, ints with strconv.Itoa, floats with FormatFloat(…, 32)
 * except that infinities and NaN become ".inf", "-.inf" and ".nan", bools
 * "true"/"false". A null key, or an int beyond int64 (uint64, big.Int), makes
 * sigs.k8s.io/yaml fail ("unsupported map key"): undefined.
 */
function goMapKey(value) {
    switch (value.type) {
        case 'null':
            return undefined;
        case 'float':
            if (value.goString === '+Inf')
                return '.inf';
            if (value.goString === '-Inf')
                return '-.inf';
            if (value.goString === 'NaN')
                return '.nan';
            return value.goString;
        case 'int': {
            const n = BigInt(value.goString);
            return n >= INT64_MIN && n < 1n << 63n ? value.goString : undefined;
        }
        default:
            return value.goString;
    }
}

;// CONCATENATED MODULE: ./src/engine/yaml/alias-targets.ts
// Nodes some alias (`*name`) refers to, shared by the readers that build
// trees and the walks that count alias expansions.
const aliasTargets = new WeakSet();

;// CONCATENATED MODULE: ./src/engine/yaml/block-reader.ts
// A direct reader for the block YAML that image vectors are written in.
//
// js-yaml's event parser costs about as much as the whole benchmark floor:
// it builds an event object per node, runs a regex per plain scalar and
// spreads its state. Real vectors use a small part of YAML: block mappings
// and sequences, plain and quoted scalars, comments and `---`. This module
// reads exactly that part in one pass over the text (charCodeAt only) and
// builds the very tree the event path builds (yaml-tree.ts): same nodes,
// offsets, texts, styles, values and cursor rules for empty scalars.
//
// It never decides anything it is not sure of. Whatever lies outside its
// part of YAML, or would be an error, a limit or a go-yaml refusal (tabs, a
// lone CR, tags, flow mappings, flow sequences beyond one line of simple
// items, nested anchors, aliases inside anchored nodes, unknown aliases,
// block scalar indentation indicators, directives, `...`, explicit keys,
// odd indentation, null or merge keys, deep nesting), makes it give up (`undefined`) and the caller parses the
// whole stream on the event path as before, so every problem keeps its
// message and offset. The scanning rules restate js-yaml 5's readPlainScalar,
// readSingleQuotedScalar, readDoubleQuotedScalar, readBlockMapping and
// readBlockSequence for this subset; decoding of anything but a one-line
// unescaped scalar is js-yaml's own getScalarValue().



const { getScalarValue } = jsYaml;
/** Longer plain key texts are not shared (as in yaml-tree.ts). */
const MAX_SHARED_TEXT = 64;
/** Collections nested deeper than this are left to the event path (its maxDepth counts differently). */
const MAX_NESTING = 40;
// js-yaml's SCALAR_STYLE numbers.
const STYLE_PLAIN = 1;
const STYLE_SINGLE = 2;
const STYLE_DOUBLE = 3;
const STYLE_LITERAL = 4;
const STYLE_FOLDED = 5;
// js-yaml's CHOMPING_MODE numbers.
const CHOMP_CLIP = 1;
const CHOMP_STRIP = 2;
const CHOMP_KEEP = 3;
/** Thrown to give up; caught by readBlockYaml. */
const GIVE_UP = Symbol('give up');
function giveUp() {
    throw GIVE_UP;
}
const block_reader_SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
function isEol(c) {
    return c === LF || c === CR;
}
/** White space, a line break or the end of the text (NaN). */
function isWsEolOrEnd(c) {
    return c === block_reader_SPACE || c === 0x09 || c === LF || c === CR || c !== c;
}
function isHex(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
/** js-yaml's isSimpleEscape: the characters after `\` that stand for one character. */
function isSimpleEscape(c) {
    return (c === 0x30 || c === 0x61 || c === 0x62 || c === 0x74 || c === 0x09 || c === 0x6e || c === 0x76 || c === 0x66 ||
        c === 0x72 || c === 0x65 || c === 0x20 || c === 0x22 || c === 0x2f || c === 0x5c || c === 0x4e || c === 0x5f ||
        c === 0x4c || c === 0x50);
}
/**
 * Characters that cannot start a plain scalar in block context, or that
 * start what this reader leaves to the event path: `#` `&` `*` `!` `|` `>`
 * `'` `"` `%` `@` `` ` `` and the flow indicators `, [ ] { }`.
 */
function isSpecialStart(c) {
    return (c === HASH || c === 0x26 || c === 0x2a || c === 0x21 || c === 0x7c || c === 0x3e || c === SQUOTE || c === DQUOTE ||
        c === 0x25 || c === 0x40 || c === 0x60 || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d);
}
/**
 * Reads a YAML stream of the supported subset into the tree parseYaml()
 * returns, or gives up (`undefined`). Call it only on text that passed the
 * control-character check. `maxDepth` is parseYaml's nesting limit.
 */
function readBlockYaml(text, maxDepth, maxAliasExpansions = 10_000) {
    if (maxDepth < 50 || text.indexOf('\t') !== -1 || text.charCodeAt(0) === 0xfeff)
        return undefined;
    for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 2)) {
        if (text.charCodeAt(i + 1) !== LF)
            return undefined; // a lone CR: left to the event path
    }
    try {
        return { documents: new BlockReader(text, Math.min(MAX_NESTING, maxDepth - 4), maxAliasExpansions).read() };
    }
    catch (error) {
        if (error === GIVE_UP)
            return undefined;
        throw error;
    }
}
class BlockReader {
    src;
    maxNesting;
    maxAliasExpansions;
    n;
    /** Position of the next content (after next()). */
    pos = 0;
    /** Offset where the line of `pos` starts. */
    lineStart = 0;
    /** next() crossed a line break. */
    newLine = false;
    /** next() reached the end of the text. */
    eof = false;
    /** next() stopped at `---` or `...` at the start of a line. */
    marker = false;
    /** End of the last token consumed, as TreeBuilder keeps it (for empty scalars). */
    cursor = 0;
    depth = 0;
    strings = new Map();
    /**
     * A direct-mapped cache in front of `strings`, hashed from the length and
     * two characters and checked in place (startsWith): a repeated key costs
     * no slice and no string hash.
     */
    cachedKeys = new Array(256).fill(undefined);
    cachedValues = new Array(256).fill(undefined);
    // The key found by keyAt().
    keyStart = 0;
    keyEnd = 0;
    keyStyle = STYLE_PLAIN;
    keySimple = true;
    // Anchors of the current document, with the number of nodes under each.
    // An alias to a node that holds an alias, or inside an anchored node, is
    // left to the event path: every expansion is then the anchored size.
    anchors = new Map();
    openAnchors = 0;
    /** Nodes built in the current document (TreeBuilder's `size` without expansions). */
    size = 0;
    derefs = 0;
    addedNodes = 0;
    constructor(src, maxNesting, maxAliasExpansions) {
        this.src = src;
        this.maxNesting = maxNesting;
        this.maxAliasExpansions = maxAliasExpansions;
        this.n = src.length;
    }
    read() {
        const documents = [];
        this.next(0);
        this.newLine = true;
        while (!this.eof) {
            this.anchors = new Map();
            this.size = 0;
            this.derefs = 0;
            this.addedNodes = 0;
            if (this.marker) {
                if (this.src.charCodeAt(this.pos) !== DASH)
                    giveUp(); // `...`
                this.next(this.pos + 3);
                if (!this.newLine && !this.eof)
                    giveUp(); // content on the `---` line
            }
            if (this.eof || this.marker) {
                documents.push(null);
                continue;
            }
            if (this.pos !== this.lineStart)
                giveUp(); // an indented root: js-yaml counts its indentation oddly
            documents.push(this.node(-1, true));
            if (!this.eof && !this.marker)
                giveUp();
        }
        return documents;
    }
    /**
     * Moves to the next content from `p`: skips spaces, comments and line
     * breaks, and sets pos, lineStart, newLine, eof and marker.
     */
    next(p, crossed = false) {
        const src = this.src;
        const n = this.n;
        let newLine = crossed;
        for (;;) {
            let c = src.charCodeAt(p);
            while (c === block_reader_SPACE)
                c = src.charCodeAt(++p);
            if (c === HASH) {
                if (p > 0 && !isWsEolOrEnd(src.charCodeAt(p - 1)))
                    giveUp(); // `"a"#b`: not a comment
                while (p < n && !isEol(c))
                    c = src.charCodeAt(++p);
            }
            if (p >= n) {
                this.pos = n;
                this.newLine = newLine;
                this.eof = true;
                this.marker = false;
                return;
            }
            if (c === LF)
                p++;
            else if (c === CR)
                p += 2; // always CRLF here (readBlockYaml)
            else
                break;
            newLine = true;
            this.lineStart = p;
        }
        this.pos = p;
        this.newLine = newLine;
        this.eof = false;
        this.marker = p === this.lineStart && this.isDocumentMarker(p);
        if (p === this.lineStart && src.charCodeAt(p) === 0xfeff)
            giveUp();
    }
    /** `---` or `...` followed by white space, a line break or the end. */
    isDocumentMarker(p) {
        const src = this.src;
        const c = src.charCodeAt(p);
        return (c === DASH || c === 0x2e) && src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === c && isWsEolOrEnd(src.charCodeAt(p + 3));
    }
    /**
     * The node at pos (content, not a marker). `parentIndent` is js-yaml's
     * parentIndent (continuation lines of a scalar need more); collections
     * are allowed at the start of a line and after `- `, not after `key: `.
     */
    node(parentIndent, collections) {
        const src = this.src;
        const p = this.pos;
        const c = src.charCodeAt(p);
        if (collections) {
            if (c === DASH && isWsEolOrEnd(src.charCodeAt(p + 1)))
                return this.sequence(p - this.lineStart);
            const colon = this.keyAt(p);
            if (colon >= 0)
                return this.mapping(p - this.lineStart, colon);
        }
        if (c === 0x5b)
            return this.flowSequence();
        return this.scalarNode(parentIndent + 1);
    }
    enter() {
        if (++this.depth > this.maxNesting)
            giveUp();
    }
    /** A mapping at pos, whose first key keyAt() found (its `:` at `firstColon`). */
    mapping(indent, firstColon) {
        this.enter();
        const src = this.src;
        const start = this.pos;
        const node = { kind: 'mapping', start, end: start, pairs: [], flow: false, tag: undefined };
        this.size++;
        if (start > this.cursor)
            this.cursor = start;
        const pairs = node.pairs;
        let colon = firstColon;
        for (;;) {
            const key = this.keyScalar();
            this.next(colon + 1);
            let value;
            if (!this.newLine && !this.eof) {
                const c = src.charCodeAt(this.pos);
                value = c === 0x26 ? this.anchored(indent, true) : c === 0x2a ? this.alias() : this.node(indent, false);
            }
            else if (this.eof || this.marker || this.pos - this.lineStart < indent) {
                value = this.emptyScalar();
            }
            else if (this.pos - this.lineStart === indent) {
                const p = this.pos;
                value = src.charCodeAt(p) === DASH && isWsEolOrEnd(src.charCodeAt(p + 1)) ? this.sequence(indent) : this.emptyScalar();
            }
            else {
                value = this.node(indent, true);
            }
            pairs.push({ key, value });
            // pos is at the next content.
            if (this.eof || this.marker)
                break;
            if (!this.newLine)
                giveUp(); // more on the line of the value
            const col = this.pos - this.lineStart;
            if (col < indent)
                break;
            if (col > indent)
                giveUp(); // "bad indentation of a mapping entry"
            colon = this.keyAt(this.pos);
            if (colon < 0)
                giveUp(); // `- x` or a non-key at the mapping's indentation
        }
        node.end = this.cursor;
        node.pairs = pairs.slice();
        this.depth--;
        return node;
    }
    sequence(indent) {
        this.enter();
        const src = this.src;
        const start = this.pos;
        const node = { kind: 'sequence', start, end: start, items: [], flow: false, tag: undefined };
        this.size++;
        if (start > this.cursor)
            this.cursor = start;
        const items = node.items;
        for (;;) {
            // pos is at a `-` followed by white space, a line break or the end.
            this.next(this.pos + 1);
            if (this.eof || this.marker || (this.newLine && this.pos - this.lineStart <= indent)) {
                items.push(this.emptyScalar());
            }
            else {
                const c = src.charCodeAt(this.pos);
                items.push(!this.newLine && c === 0x26 ? this.anchored(indent, false) : !this.newLine && c === 0x2a ? this.alias() : this.node(indent, true));
            }
            if (this.eof || this.marker)
                break;
            if (!this.newLine)
                giveUp();
            const col = this.pos - this.lineStart;
            if (col < indent)
                break;
            if (col > indent)
                giveUp(); // "bad indentation of a sequence entry"
            const p = this.pos;
            if (!(src.charCodeAt(p) === DASH && isWsEolOrEnd(src.charCodeAt(p + 1))))
                break;
        }
        node.end = this.cursor;
        node.items = items.slice();
        this.depth--;
        return node;
    }
    /**
     * Whether a mapping key starts at `p`: a one-line scalar followed by
     * optional spaces and `:` with white space, a line break or the end after
     * it. Returns the offset of the `:` (and keeps the key's extent), or -1.
     */
    keyAt(p) {
        const src = this.src;
        const n = this.n;
        const c = src.charCodeAt(p);
        let i;
        if (c === SQUOTE || c === DQUOTE) {
            i = p + 1;
            let simple = true;
            for (;;) {
                if (i >= n)
                    return -1;
                const d = src.charCodeAt(i);
                if (d === c) {
                    if (c === SQUOTE && src.charCodeAt(i + 1) === SQUOTE) {
                        simple = false;
                        i += 2;
                        continue;
                    }
                    break;
                }
                if (isEol(d))
                    return -1;
                if (d === BACKSLASH && c === DQUOTE) {
                    simple = false;
                    i = this.escape(i);
                    if (i < 0)
                        return -1;
                    continue;
                }
                i++;
            }
            this.keyStart = p + 1;
            this.keyEnd = i;
            this.keyStyle = c === SQUOTE ? STYLE_SINGLE : STYLE_DOUBLE;
            this.keySimple = simple;
            i++;
            while (src.charCodeAt(i) === block_reader_SPACE)
                i++;
            return src.charCodeAt(i) === COLON && isWsEolOrEnd(src.charCodeAt(i + 1)) ? i : -1;
        }
        if (!this.canStartPlain(p))
            return -1;
        let end = p;
        for (i = p; i < n; i++) {
            const d = src.charCodeAt(i);
            if (d === COLON) {
                if (isWsEolOrEnd(src.charCodeAt(i + 1))) {
                    this.keyStart = p;
                    this.keyEnd = end;
                    this.keyStyle = STYLE_PLAIN;
                    this.keySimple = true;
                    return i;
                }
            }
            else if (d === HASH) {
                if (src.charCodeAt(i - 1) === block_reader_SPACE)
                    return -1;
            }
            else if (isEol(d))
                return -1;
            if (d !== block_reader_SPACE)
                end = i + 1;
        }
        return -1;
    }
    /** Plain scalars may start here (js-yaml's canStartPlainScalar, block context); `? ` and `: ` are left to the event path. */
    canStartPlain(p) {
        const src = this.src;
        const c = src.charCodeAt(p);
        if (isWsEolOrEnd(c) || isSpecialStart(c))
            return false;
        if (c === DASH || c === 0x3f || c === COLON)
            return !isWsEolOrEnd(src.charCodeAt(p + 1));
        return true;
    }
    /**
     * Checks the escape at `i` (a backslash inside a double-quoted scalar) on
     * one line; returns the offset after it, or -1 for an escaped line break.
     * Gives up on an escape js-yaml refuses.
     */
    escape(i) {
        const src = this.src;
        const e = src.charCodeAt(i + 1);
        if (isEol(e))
            return -1;
        if (isSimpleEscape(e))
            return i + 2;
        const hexLength = e === 0x78 ? 2 : e === 0x75 ? 4 : e === 0x55 ? 8 : 0;
        if (hexLength === 0)
            giveUp(); // "unknown escape sequence"
        for (let k = 2; k < 2 + hexLength; k++)
            if (!isHex(src.charCodeAt(i + k)))
                giveUp();
        return i + 2 + hexLength;
    }
    /** The key keyAt() found, as a scalar node (pos is then just before the `:`). */
    keyScalar() {
        const src = this.src;
        const start = this.keyStart;
        const end = this.keyEnd;
        let node;
        if (this.keyStyle === STYLE_PLAIN) {
            const length = end - start;
            const slot = (length * 31 + src.charCodeAt(start) * 7 + src.charCodeAt(end - 1)) & 255;
            const cached = this.cachedKeys[slot];
            let text;
            let value;
            if (cached !== undefined && cached.length === length && src.startsWith(cached, start)) {
                text = cached;
                value = this.cachedValues[slot];
            }
            else if (length <= MAX_SHARED_TEXT) {
                text = src.slice(start, end);
                const shared = this.strings.get(text);
                if (shared !== undefined) {
                    value = shared;
                    text = shared.goString;
                }
                else {
                    value = resolveGoScalar(text, 'plain');
                    if (value.type === 'string')
                        this.strings.set(text, value);
                }
                if (value.type === 'string') {
                    this.cachedKeys[slot] = text;
                    this.cachedValues[slot] = value;
                }
            }
            else {
                text = src.slice(start, end);
                value = resolveGoScalar(text, 'plain');
            }
            if (text === '<<')
                giveUp(); // a merge key
            node = { kind: 'scalar', start, end, text, style: 'plain', tag: undefined, value };
            if (end > this.cursor)
                this.cursor = end;
        }
        else {
            const style = this.keyStyle === STYLE_SINGLE ? 'single-quoted' : 'double-quoted';
            const text = this.keySimple ? src.slice(start, end) : this.decode(start, end, this.keyStyle);
            node = { kind: 'scalar', start: start - 1, end: end + 1, text, style, tag: undefined, value: resolveGoScalar(text, style) };
            if (end + 1 > this.cursor)
                this.cursor = end + 1;
        }
        if (goMapKey(node.value) === undefined)
            giveUp(); // a null key or an int beyond int64
        this.size++;
        return node;
    }
    /** js-yaml's decoding of a scalar that is not one unescaped line. */
    decode(valueStart, valueEnd, style, chomping = CHOMP_CLIP, indent = -1) {
        const event = {
            type: 4,
            valueStart,
            valueEnd,
            anchorStart: -1,
            anchorEnd: -1,
            tagStart: -1,
            tagEnd: -1,
            style,
            chomping,
            indent,
            fast: false,
        };
        return getScalarValue(this.src, event);
    }
    /**
     * An empty (null) scalar where TreeBuilder.emptyPosition() puts it: just
     * after the `:` or `-` that introduced it when only white space lies
     * between the cursor and that indicator, else at the cursor.
     */
    emptyScalar() {
        const src = this.src;
        let i = this.cursor;
        for (;;) {
            const c = src.charCodeAt(i);
            if (c === block_reader_SPACE || c === 0x09 || c === LF || c === CR)
                i++;
            else
                break;
        }
        let at = this.cursor;
        const c = src.charCodeAt(i);
        if (c === COLON || c === DASH || c === 0x3f) {
            const next = src.charCodeAt(i + 1);
            if (isWsEolOrEnd(next) || next === 0x2c || next === 0x7d || next === 0x5d) {
                this.cursor = i + 1;
                at = i + 1;
            }
        }
        this.size++;
        return { kind: 'scalar', start: at, end: at, text: '', style: 'plain', tag: undefined, value: resolveGoScalar('', 'plain') };
    }
    /** A scalar at pos; `nodeIndent`: the indentation its continuation lines need. Moves to the next content. */
    scalarNode(nodeIndent) {
        const src = this.src;
        const p = this.pos;
        const c = src.charCodeAt(p);
        if (c === SQUOTE || c === DQUOTE)
            return this.quoted(c, nodeIndent);
        if (c === 0x7c || c === 0x3e)
            return this.blockScalar(nodeIndent);
        if (!this.canStartPlain(p))
            giveUp();
        return this.plain(nodeIndent);
    }
    /** readPlainScalar in block context. */
    plain(nodeIndent) {
        const src = this.src;
        const n = this.n;
        const start = this.pos;
        let end = start;
        let i = start;
        let lineStart = this.lineStart;
        let multiline = false;
        while (i < n) {
            const c = src.charCodeAt(i);
            if (i === lineStart && this.isDocumentMarker(i))
                break;
            if (c === COLON) {
                if (isWsEolOrEnd(src.charCodeAt(i + 1)))
                    break;
            }
            else if (c === HASH) {
                const before = src.charCodeAt(i - 1);
                if (before === block_reader_SPACE || isEol(before))
                    break;
            }
            else if (isEol(c)) {
                // A continuation line if it is indented at least nodeIndent (blank lines included).
                let j = i;
                let lineAt = lineStart;
                for (;;) {
                    j += src.charCodeAt(j) === CR ? 2 : 1;
                    lineAt = j;
                    while (src.charCodeAt(j) === block_reader_SPACE)
                        j++;
                    if (!isEol(src.charCodeAt(j)))
                        break;
                }
                if (j - lineAt >= nodeIndent) {
                    if (src.charCodeAt(j) === 0xfeff && j === lineAt)
                        giveUp();
                    multiline = true;
                    i = j;
                    lineStart = lineAt;
                    continue;
                }
                break;
            }
            if (c !== block_reader_SPACE)
                end = i + 1;
            i++;
        }
        if (end === start)
            giveUp();
        this.lineStart = lineStart;
        const text = multiline ? this.decode(start, end, STYLE_PLAIN) : src.slice(start, end);
        const node = { kind: 'scalar', start, end, text, style: 'plain', tag: undefined, value: resolveGoScalar(text, 'plain') };
        if (end > this.cursor)
            this.cursor = end;
        this.size++;
        this.next(i);
        return node;
    }
    /** readSingleQuotedScalar / readDoubleQuotedScalar. */
    quoted(quote, nodeIndent) {
        const src = this.src;
        const n = this.n;
        const valueStart = this.pos + 1;
        let i = valueStart;
        let simple = true;
        let lineStart = this.lineStart;
        for (;;) {
            if (i >= n)
                giveUp(); // never closed
            const c = src.charCodeAt(i);
            if (c === quote) {
                if (quote === SQUOTE && src.charCodeAt(i + 1) === SQUOTE) {
                    simple = false;
                    i += 2;
                    continue;
                }
                break;
            }
            if (c === BACKSLASH && quote === DQUOTE) {
                simple = false;
                if (isEol(src.charCodeAt(i + 1))) {
                    i++;
                }
                else {
                    i = this.escape(i);
                    continue;
                }
            }
            const d = src.charCodeAt(i);
            if (isEol(d)) {
                simple = false;
                // readFlowScalarBreak: the next line must be indented at least nodeIndent.
                let j = i;
                for (;;) {
                    j += src.charCodeAt(j) === CR ? 2 : 1;
                    lineStart = j;
                    while (src.charCodeAt(j) === block_reader_SPACE)
                        j++;
                    if (!isEol(src.charCodeAt(j)))
                        break;
                }
                if (j - lineStart < nodeIndent)
                    giveUp(); // "deficient indentation" (repaired on the event path)
                i = j;
                continue;
            }
            if (i === lineStart && this.isDocumentMarker(i))
                giveUp();
            i++;
        }
        const valueEnd = i;
        this.lineStart = lineStart;
        const style = quote === SQUOTE ? 'single-quoted' : 'double-quoted';
        const text = simple ? src.slice(valueStart, valueEnd) : this.decode(valueStart, valueEnd, quote === SQUOTE ? STYLE_SINGLE : STYLE_DOUBLE);
        const node = {
            kind: 'scalar',
            start: valueStart - 1,
            end: valueEnd + 1,
            text,
            style,
            tag: undefined,
            value: resolveGoScalar(text, style),
        };
        if (valueEnd + 1 > this.cursor)
            this.cursor = valueEnd + 1;
        this.size++;
        this.next(valueEnd + 1);
        return node;
    }
    /** TreeBuilder.blockIndicator(): the `|` or `>` of a block scalar header, searched from the cursor. */
    blockIndicator(from, limit) {
        const src = this.src;
        for (let i = from; i < limit; i++) {
            const c = src.charCodeAt(i);
            if (c === 0x7c || c === 0x3e)
                return i;
            if (c === HASH) {
                while (i < limit && src.charCodeAt(i) !== LF)
                    i++;
            }
        }
        return limit;
    }
    /**
     * readBlockScalar with a header of `|` or `>` and an optional chomping
     * indicator (an explicit indentation width is left to the event path).
     * `parentIndent` is js-yaml's (the indentation continuation lines of a
     * plain scalar would need).
     */
    blockScalar(parentIndent) {
        const src = this.src;
        const n = this.n;
        const indicator = this.pos;
        const style = src.charCodeAt(indicator) === 0x7c ? STYLE_LITERAL : STYLE_FOLDED;
        let i = indicator + 1;
        let chomping = CHOMP_CLIP;
        let c = src.charCodeAt(i);
        if (c === 0x2b || c === DASH) {
            chomping = c === 0x2b ? CHOMP_KEEP : CHOMP_STRIP;
            c = src.charCodeAt(++i);
        }
        if (c >= 0x30 && c <= 0x39)
            giveUp(); // an indentation width (or a repeated indicator after it)
        if (c === 0x2b || c === DASH)
            giveUp(); // "repeat of a chomping mode identifier"
        let hadWhitespace = false;
        while (c === block_reader_SPACE) {
            hadWhitespace = true;
            c = src.charCodeAt(++i);
        }
        if (hadWhitespace && c === HASH) {
            while (i < n && !isEol(c))
                c = src.charCodeAt(++i);
        }
        if (c === LF)
            i++;
        else if (c === CR)
            i += 2;
        else if (i < n)
            giveUp(); // "a line break is expected"
        const valueStart = i;
        let valueEnd = i;
        let contentIndent = -1;
        let maxLeadingIndent = 0;
        // Where the next content is after the scalar, and whether that is a line start.
        let stop = n;
        while (i < n) {
            const linePosition = i;
            let column = 0;
            while (src.charCodeAt(linePosition + column) === block_reader_SPACE)
                column++;
            const first = src.charCodeAt(linePosition + column);
            if (linePosition + column >= n) {
                if (contentIndent >= 0) {
                    if (column > contentIndent)
                        valueEnd = linePosition + column;
                }
                else if (column > 0)
                    valueEnd = linePosition + column;
                i = n;
                break;
            }
            if (src.charCodeAt(linePosition) === 0xfeff)
                giveUp();
            if (this.isDocumentMarker(linePosition)) {
                stop = linePosition;
                break;
            }
            const blank = isEol(first);
            if (contentIndent === -1) {
                if (blank) {
                    if (column > maxLeadingIndent)
                        maxLeadingIndent = column;
                }
                else {
                    if (column >= parentIndent && column < maxLeadingIndent)
                        giveUp(); // "bad indentation of a mapping entry"
                    if (column < parentIndent) {
                        stop = linePosition;
                        break;
                    }
                    contentIndent = column;
                }
            }
            const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
            if (!blank && column < requiredIndent) {
                stop = linePosition;
                break;
            }
            i = linePosition + column;
            while (i < n && !isEol(src.charCodeAt(i)))
                i++;
            valueEnd = i;
            if (i < n) {
                i += src.charCodeAt(i) === CR ? 2 : 1;
                valueEnd = i;
            }
        }
        const start = this.blockIndicator(this.cursor, indicator + 1);
        if (start !== indicator)
            giveUp();
        const text = this.decode(valueStart, valueEnd, style, chomping, contentIndent);
        const node = {
            kind: 'scalar',
            start,
            end: valueEnd,
            text,
            style: style === STYLE_LITERAL ? 'literal' : 'folded',
            tag: undefined,
            value: resolveGoScalar(text, style === STYLE_LITERAL ? 'literal' : 'folded'),
        };
        if (valueEnd > this.cursor)
            this.cursor = valueEnd;
        this.size++;
        // The scalar ends at the start of a line (or at the end): the next content is on a new line.
        this.lineStart = stop;
        this.next(stop, true);
        return node;
    }
    /** The name of an anchor or alias whose indicator is at `at`: up to white space or a flow indicator, libyaml's characters only. */
    propertyName(at) {
        const src = this.src;
        let i = at + 1;
        for (;;) {
            const c = src.charCodeAt(i);
            if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === DASH || c === 0x5f)
                i++;
            else
                break;
        }
        if (i === at + 1 || !isWsEolOrEnd(src.charCodeAt(i)))
            giveUp(); // empty, or a character go-yaml or js-yaml reads differently
        return i;
    }
    /**
     * `&name` and the node it anchors, as parseNode reads them after `key: `
     * (`inMapping`) or `- `: a scalar on the same line, or on the next lines
     * a node indented more than the parent (in a mapping also a sequence at
     * the key's indentation); otherwise an empty scalar just after the name.
     */
    anchored(parentIndent, inMapping) {
        const src = this.src;
        // Nested anchors (maybe redefining a name) are left to the event path.
        if (this.openAnchors > 0)
            giveUp();
        const nameEnd = this.propertyName(this.pos);
        const name = src.slice(this.pos + 1, nameEnd);
        const sizeAtOpen = this.size;
        this.next(nameEnd);
        let node;
        const c = src.charCodeAt(this.pos);
        this.openAnchors++;
        if (!this.newLine && !this.eof) {
            // A plain or quoted scalar; `&a &b`, `&a *b`, `&a |`, `&a [` and the like are left to the event path.
            if (!(c === SQUOTE || c === DQUOTE || this.canStartPlain(this.pos)))
                giveUp();
            node = this.scalarNode(parentIndent + 1);
        }
        else {
            const col = this.pos - this.lineStart;
            const open = !this.eof && !this.marker;
            if (open && col > parentIndent) {
                if (c === 0x26 || c === 0x2a)
                    giveUp();
                node = this.node(parentIndent, true);
            }
            else if (open && inMapping && col === parentIndent && c === DASH && isWsEolOrEnd(src.charCodeAt(this.pos + 1))) {
                node = this.sequence(parentIndent);
            }
            else {
                node = { kind: 'scalar', start: nameEnd, end: nameEnd, text: '', style: 'plain', tag: undefined, value: resolveGoScalar('', 'plain') };
                if (nameEnd > this.cursor)
                    this.cursor = nameEnd;
                this.size++;
            }
        }
        this.openAnchors--;
        this.anchors.set(name, { node, size: this.size - sizeAtOpen });
        return node;
    }
    /** `*name`: the anchored node itself (TreeBuilder.alias, for anchored nodes without aliases). */
    alias() {
        const at = this.pos;
        const nameEnd = this.propertyName(at);
        const entry = this.anchors.get(this.src.slice(at + 1, nameEnd));
        // Unknown, inside an anchored node (maybe its own), or beyond the limits: the event path says so.
        if (entry === undefined || this.openAnchors > 0)
            giveUp();
        this.derefs++;
        this.addedNodes += entry.size;
        if (this.derefs > this.maxAliasExpansions || this.addedNodes > this.maxAliasExpansions * 100)
            giveUp();
        aliasTargets.add(entry.node);
        if (nameEnd > this.cursor)
            this.cursor = nameEnd;
        this.next(nameEnd);
        return entry.node;
    }
    /**
     * A flow sequence on one line of plain words (letters, digits, `.`, `_`,
     * `/`, `-`; not starting with `-`) and simple quoted scalars, `[a, "b"]`
     * or `[]`. Anything else inside the brackets is left to the event path.
     */
    flowSequence() {
        this.enter();
        const src = this.src;
        const start = this.pos;
        const node = { kind: 'sequence', start, end: start, items: [], flow: true, tag: undefined };
        this.size++;
        if (start + 1 > this.cursor)
            this.cursor = start + 1;
        const items = node.items;
        let i = start + 1;
        while (src.charCodeAt(i) === block_reader_SPACE)
            i++;
        if (src.charCodeAt(i) !== 0x5d) {
            for (;;) {
                const c = src.charCodeAt(i);
                let item;
                if (c === SQUOTE || c === DQUOTE) {
                    const close = src.indexOf(c === SQUOTE ? "'" : '"', i + 1);
                    if (close < 0)
                        giveUp();
                    const text = src.slice(i + 1, close);
                    for (let k = 0; k < text.length; k++) {
                        const d = text.charCodeAt(k);
                        if (d === BACKSLASH || isEol(d))
                            giveUp();
                    }
                    if (c === SQUOTE && src.charCodeAt(close + 1) === SQUOTE)
                        giveUp();
                    const style = c === SQUOTE ? 'single-quoted' : 'double-quoted';
                    item = { kind: 'scalar', start: i, end: close + 1, text, style, tag: undefined, value: resolveGoScalar(text, style) };
                    i = close + 1;
                }
                else {
                    let j = i;
                    for (;;) {
                        const d = src.charCodeAt(j);
                        if ((d >= 0x30 && d <= 0x39) || (d >= 0x41 && d <= 0x5a) || (d >= 0x61 && d <= 0x7a) || d === 0x2e || d === 0x5f || d === 0x2f || (d === DASH && j > i))
                            j++;
                        else
                            break;
                    }
                    if (j === i)
                        giveUp();
                    const text = src.slice(i, j);
                    item = { kind: 'scalar', start: i, end: j, text, style: 'plain', tag: undefined, value: resolveGoScalar(text, 'plain') };
                    i = j;
                }
                if (item.end > this.cursor)
                    this.cursor = item.end;
                this.size++;
                items.push(item);
                while (src.charCodeAt(i) === block_reader_SPACE)
                    i++;
                const d = src.charCodeAt(i);
                if (d === 0x5d)
                    break;
                if (d !== 0x2c)
                    giveUp();
                i++;
                while (src.charCodeAt(i) === block_reader_SPACE)
                    i++;
                if (src.charCodeAt(i) === 0x5d)
                    giveUp(); // a trailing comma
            }
        }
        node.end = i + 1;
        if (node.end > this.cursor)
            this.cursor = node.end;
        node.items = items.slice();
        this.depth--;
        this.next(i + 1);
        return node;
    }
}

;// CONCATENATED MODULE: ./src/engine/yaml/yaml-tree.ts
// A YAML tree that keeps exact source positions and resolves scalars the way
// Gardener's reader (sigs.k8s.io/yaml over go-yaml v2) does.
//
// js-yaml 5's parseEvents() gives a flat event stream with source offsets;
// this module folds it into nodes in one linear pass (an explicit stack, no
// recursion, no per-node closures), resolves every scalar with YAML 1.1 rules
// (go-yaml-scalar.ts), and reports what would make go-yaml or
// sigs.k8s.io/yaml refuse the document, so that `documents` holds only
// documents Gardener could read.





// The fast (CommonJS) build of js-yaml: see js-yaml-fast.ts.
const { getScalarValue: yaml_tree_getScalarValue, parseEvents, YAMLException } = jsYaml;
const DEFAULT_MAX_DEPTH = 100;
const DEFAULT_MAX_ALIAS_EXPANSIONS = 10_000;
/** Nesting of a document with its aliases expanded; deeper documents are refused. */
const MAX_EXPANDED_DEPTH = 1_000;
/** Thrown by toPlainValue() and effectivePairs(); never by parseYaml(). */
class YamlValueError extends Error {
    kind;
    offset;
    constructor(kind, message, offset) {
        super(message);
        this.kind = kind;
        this.offset = offset;
        this.name = 'YamlValueError';
    }
}
/** Longer plain texts (rarely repeated) are not shared: hashing them would cost more than it saves. */
const yaml_tree_MAX_SHARED_TEXT = 64;
// Event ids and styles of js-yaml's event stream.
const EV_DOCUMENT = 1;
const EV_SEQUENCE = 2;
const EV_MAPPING = 3;
const EV_SCALAR = 4;
const EV_ALIAS = 5;
const EV_POP = 6;
const STYLES = ['plain', 'plain', 'single-quoted', 'double-quoted', 'literal', 'folded'];
/**
 * Whether an alias (`*name`) refers to the node, so that it may appear in
 * several places of a tree. Any other node has exactly one place: a walk
 * needs to remember only these to visit each node once.
 */
function isAliasTarget(node) {
    return aliasTargets.has(node);
}
class StopBuild {
    problem;
    constructor(problem) {
        this.problem = problem;
    }
}
/**
 * Parses a YAML stream. Never throws for bad input: syntax errors, what
 * go-yaml or sigs.k8s.io/yaml would refuse (unknown or self-referencing
 * aliases, a `%YAML` other than 1.1, a null or collection map key, a `<<`
 * whose value is not a mapping, a tag the value does not fit, control
 * characters) and exceeded limits come back as `problem`.
 */
function parseYaml(text, limits) {
    return parseWith(text, limits, true);
}
/**
 * parseYaml() on js-yaml's event path only, without the direct block reader
 * (block-reader.ts): what the reader's results are checked against.
 */
function parseYamlOnEvents(text, limits) {
    return parseWith(text, limits, false);
}
function parseWith(text, limits, direct) {
    try {
        return parseStream(text, limits, direct);
    }
    catch (error) {
        // Not expected: every known failure is a problem already. Keep the promise not to throw.
        const message = error instanceof Error ? error.message : String(error);
        return { documents: [], problem: { kind: 'syntax', message: `the YAML could not be read: ${message}`, offset: 0 } };
    }
}
function parseStream(text, limits, direct) {
    const maxDepth = limits?.maxDepth ?? DEFAULT_MAX_DEPTH;
    const maxAliasExpansions = limits?.maxAliasExpansions ?? DEFAULT_MAX_ALIAS_EXPANSIONS;
    const forbidden = forbiddenCharacter(text);
    if (forbidden !== -1) {
        const code = text.charCodeAt(forbidden);
        const problem = {
            kind: 'syntax',
            message: `control characters are not allowed: U+${code.toString(16).toUpperCase().padStart(4, '0')} (go-yaml refuses the file)`,
            offset: forbidden,
        };
        return { documents: documentsBefore(text, forbidden, limits, direct), problem };
    }
    // Block YAML of the kind vectors are written in is read directly; anything
    // else (and every problem) takes js-yaml's event path.
    if (direct) {
        const read = readBlockYaml(text, maxDepth, maxAliasExpansions);
        if (read !== undefined)
            return read;
    }
    const parsed = parseWithRepairs(text, maxDepth);
    if ('problem' in parsed) {
        return { documents: documentsBefore(text, parsed.problem.offset, limits, direct), problem: parsed.problem };
    }
    return new TreeBuilder(parsed.source, parsed.toOriginal, maxAliasExpansions).build(parsed.events);
}
/**
 * The documents that end before `offset`: the text is cut at the last
 * document marker (`---` or `...` at the start of a line) before it and
 * parsed again.
 */
function documentsBefore(text, offset, limits, direct) {
    const marker = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
    let cut = -1;
    for (let m = marker.exec(text); m && m.index < offset; m = marker.exec(text))
        cut = m.index;
    if (cut <= 0)
        return [];
    return parseWith(text.slice(0, cut), limits, direct).documents;
}
const MAX_REPAIRS = 32;
/**
 * Runs js-yaml's event parser. js-yaml enforces YAML 1.2's indentation rules
 * inside flow collections and multi-line quoted scalars ("deficient
 * indentation", also raised for a tab used as a separator inside a flow
 * collection on a little-indented line); go-yaml (libyaml) checks no
 * indentation there and takes tabs as separators in flow context, so
 * `tags: [a,\nb]`, `list: ["a"\t, "b"]` or a quoted string continued at
 * column 0 are valid for Gardener. Such input is repaired without changing
 * any value: separator tabs before the error become spaces (same length),
 * otherwise spaces are inserted at the start of the offending line (leading
 * white space of a continuation line is folded away), and offsets are mapped
 * back to the original text.
 */
function parseWithRepairs(text, maxDepth) {
    let source = text;
    // Insertions in the order they were made: [offset in the text at that time, number of spaces].
    const insertions = [];
    let lastLine = -1;
    let lastCount = 0;
    for (let attempt = 0;; attempt++) {
        try {
            const events = parseEvents(source, { maxDepth });
            return { events, source, toOriginal: insertions.length === 0 ? undefined : mapper(insertions) };
        }
        catch (error) {
            const problem = unterminatedQuote(problemFromError(error), source);
            const toOriginal = insertions.length === 0 ? (o) => o : mapper(insertions);
            const original = { problem: { ...problem, offset: toOriginal(problem.offset) } };
            if (!(error instanceof YAMLException) || error.reason !== 'deficient indentation' || attempt >= MAX_REPAIRS) {
                return original;
            }
            const p = Math.min(problem.offset, source.length);
            let lineStart = p;
            while (lineStart > 0 && source.charCodeAt(lineStart - 1) !== 0x0a && source.charCodeAt(lineStart - 1) !== 0x0d)
                lineStart--;
            let runStart = p;
            while (runStart > lineStart && (source.charCodeAt(runStart - 1) === 0x20 || source.charCodeAt(runStart - 1) === 0x09))
                runStart--;
            const run = source.slice(runStart, p);
            if (run.includes('\t')) {
                source = source.slice(0, runStart) + run.replace(/\t/g, ' ') + source.slice(p);
                continue;
            }
            // Only a line that starts with too little indentation can be indented;
            // a document marker at column 0 ends the document for go-yaml as well.
            if (runStart !== lineStart || /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(source.slice(p, p + 4)))
                return original;
            const count = lineStart === lastLine ? lastCount : 1;
            if (count > 256)
                return original;
            source = source.slice(0, lineStart) + ' '.repeat(count) + source.slice(lineStart);
            insertions.push([lineStart, count]);
            lastLine = lineStart;
            lastCount = count * 2;
        }
    }
}
/** Maps an offset in the repaired text back to the original text. */
function mapper(insertions) {
    return (offset) => {
        let result = offset;
        for (let i = insertions.length - 1; i >= 0; i--) {
            const [at, count] = insertions[i];
            if (result >= at + count)
                result -= count;
            else if (result > at)
                result = at;
        }
        return result;
    };
}
/**
 * A quoted scalar that is never closed runs to the end of the file, where the
 * parser notices: point at its opening quote instead (a position after the
 * last line helps nobody).
 */
function unterminatedQuote(problem, source) {
    const kind = /within a (double|single) quoted scalar/.exec(problem.message)?.[1];
    if (!kind || problem.offset < source.trimEnd().length)
        return problem;
    const quote = kind === 'double' ? '"' : "'";
    let i = source.length;
    while ((i = source.lastIndexOf(quote, i - 1)) > 0) {
        let backslashes = 0;
        while (kind === 'double' && source[i - 1 - backslashes] === '\\')
            backslashes++;
        if (kind === 'double' && backslashes % 2 === 1)
            continue; // an escaped quote inside the scalar
        if (kind === 'single' && source[i - 1] === "'") {
            i--; // '' is a quote inside the scalar
            continue;
        }
        break;
    }
    if (i < 0)
        return problem;
    return { ...problem, message: `${problem.message} (the ${kind}-quoted scalar that starts here is never closed)`, offset: i };
}
function problemFromError(error) {
    if (error instanceof YAMLException) {
        const reason = error.reason || error.message.split('\n')[0] || 'invalid YAML';
        const offset = error.mark?.position ?? 0;
        return { kind: reason.startsWith('nesting exceeded maxDepth') ? 'limit' : 'syntax', message: reason, offset };
    }
    if (error instanceof RangeError) {
        return { kind: 'limit', message: 'the document is nested too deeply to read', offset: 0 };
    }
    return { kind: 'syntax', message: error instanceof Error ? error.message : String(error), offset: 0 };
}
const DEFAULT_TAG_HANDLES = new Map([
    ['!', '!'],
    ['!!', 'tag:yaml.org,2002:'],
]);
class TreeBuilder {
    source;
    toOriginal;
    maxAliasExpansions;
    documents = [];
    stack = [];
    anchors = new Map();
    tagHandles = DEFAULT_TAG_HANDLES;
    /** End of the last token consumed, in `source` offsets. */
    cursor = 0;
    derefs = 0;
    size = 0;
    realNodes = 0;
    maxAddedNodes;
    /**
     * The value of each untagged plain key text that resolves to a string,
     * shared by every key with that text: a vector repeats its keys in every
     * entry, and one text and one GoScalar for all of them keeps the tree a
     * fifth smaller. Values repeat far less, so looking them up (hashing the
     * text) costs more than it saves. GoScalar values are never changed.
     */
    strings = new Map();
    constructor(source, toOriginal, maxAliasExpansions) {
        this.source = source;
        this.toOriginal = toOriginal;
        this.maxAliasExpansions = maxAliasExpansions;
        this.maxAddedNodes = maxAliasExpansions * 100;
    }
    build(events) {
        try {
            for (let i = 0; i < events.length; i++) {
                const ev = events[i];
                switch (ev.type) {
                    case EV_SCALAR:
                        this.scalar(ev);
                        break;
                    case EV_MAPPING:
                    case EV_SEQUENCE:
                        this.open(ev.type, ev.start, ev.style === 2, ev.tagStart, ev.tagEnd, ev.anchorStart, ev.anchorEnd);
                        break;
                    case EV_POP:
                        this.pop();
                        break;
                    case EV_ALIAS:
                        this.alias(ev.anchorStart, ev.anchorEnd);
                        break;
                    case EV_DOCUMENT:
                        this.document(ev.directives);
                        break;
                }
            }
        }
        catch (error) {
            if (error instanceof StopBuild)
                return { documents: this.documents, problem: error.problem };
            throw error;
        }
        return { documents: this.documents };
    }
    pos(offset) {
        return this.toOriginal === undefined ? offset : this.toOriginal(offset);
    }
    fail(kind, message, sourceOffset) {
        throw new StopBuild({ kind, message, offset: this.pos(sourceOffset) });
    }
    document(directives) {
        this.anchors = new Map();
        this.derefs = 0;
        this.size = 0;
        this.realNodes = 0;
        let handles;
        for (const directive of directives) {
            if (directive.kind === 'yaml' && directive.version !== '1.1') {
                const at = this.source.indexOf('%YAML', this.cursor);
                this.fail('syntax', `found incompatible YAML document: go-yaml v2 reads only %YAML 1.1, not ${directive.version}`, at < 0 ? 0 : at);
            }
            if (directive.kind === 'tag' && directive.handle !== undefined && directive.prefix !== undefined) {
                handles ??= new Map(DEFAULT_TAG_HANDLES);
                handles.set(directive.handle, directive.prefix);
            }
        }
        this.tagHandles = handles ?? DEFAULT_TAG_HANDLES;
        this.stack.push({ node: null, key: undefined, anchor: undefined, derefsAtOpen: 0, sizeAtOpen: 0, sourceStart: 0, height: 0, root: null });
    }
    /** The long form of a tag as written, with %TAG handles applied. */
    expandTag(raw) {
        if (raw.startsWith('!<'))
            return normalizeTag(raw);
        const second = raw.indexOf('!', 1);
        const handle = second === -1 ? '!' : raw.slice(0, second + 1);
        const suffix = second === -1 ? raw.slice(1) : raw.slice(second + 1);
        const prefix = this.tagHandles.get(handle);
        return prefix === undefined ? raw : prefix + suffix;
    }
    scalar(ev) {
        const src = this.source;
        const style = STYLES[ev.style];
        let start;
        let end;
        const propsEnd = ev.tagEnd > ev.anchorEnd ? ev.tagEnd : ev.anchorEnd;
        if (ev.valueStart < 0) {
            // An empty plain scalar (an implicit null).
            start = end = propsEnd >= 0 ? propsEnd : this.emptyPosition();
        }
        else if (style === 'plain') {
            start = ev.valueStart;
            end = ev.valueEnd;
        }
        else if (style === 'single-quoted' || style === 'double-quoted') {
            start = ev.valueStart - 1;
            end = ev.valueEnd + 1;
        }
        else {
            start = this.blockIndicator(propsEnd > this.cursor ? propsEnd : this.cursor, ev.valueStart);
            end = ev.valueEnd;
        }
        let text = ev.valueStart < 0 ? '' : yaml_tree_getScalarValue(src, ev);
        let tag;
        let value;
        if (ev.tagStart >= 0) {
            tag = src.slice(ev.tagStart, ev.tagEnd);
            value = resolveGoScalar(text, style, this.expandTag(tag));
            if (value.error !== undefined)
                this.fail('syntax', `${value.error} (go-yaml refuses the file)`, start);
        }
        else if (style === 'plain' && text.length <= yaml_tree_MAX_SHARED_TEXT && this.expectsKey()) {
            const shared = this.strings.get(text);
            if (shared !== undefined) {
                value = shared;
                text = shared.goString;
            }
            else {
                value = resolveGoScalar(text, style);
                if (value.type === 'string')
                    this.strings.set(text, value);
            }
        }
        else {
            value = resolveGoScalar(text, style);
        }
        const node = {
            kind: 'scalar',
            start: this.pos(start),
            end: this.pos(end),
            text,
            style,
            tag,
            value,
        };
        if (end > this.cursor)
            this.cursor = end;
        this.size++;
        this.realNodes++;
        if (ev.anchorStart >= 0) {
            this.defineAnchor(ev.anchorStart, ev.anchorEnd, { node, open: false, derefs: 0, size: 1, height: 1 });
        }
        this.attach(node, false, 1);
    }
    /** Whether the next node is a mapping key. */
    expectsKey() {
        const frame = this.stack[this.stack.length - 1];
        return frame.node !== null && frame.node.kind === 'mapping' && frame.key === undefined;
    }
    /** Where an empty scalar goes: just after the indicator that introduced it. */
    emptyPosition() {
        const src = this.source;
        let i = this.cursor;
        for (;;) {
            const c = src.charCodeAt(i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i++;
            else
                break;
        }
        const c = src.charCodeAt(i);
        if (c === 0x3a /* : */ || c === 0x2d /* - */ || c === 0x3f /* ? */) {
            const next = src.charCodeAt(i + 1);
            if (Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x2c || next === 0x7d || next === 0x5d) {
                this.cursor = i + 1;
                return i + 1;
            }
        }
        return this.cursor;
    }
    /** The `|` or `>` of a block scalar header, searched from `from`. */
    blockIndicator(from, valueStart) {
        const src = this.source;
        const limit = valueStart >= 0 ? valueStart : src.length;
        for (let i = from; i < limit; i++) {
            const c = src.charCodeAt(i);
            if (c === 0x7c || c === 0x3e)
                return i;
            if (c === 0x23 /* # */) {
                while (i < limit && src.charCodeAt(i) !== 0x0a)
                    i++;
            }
        }
        return valueStart >= 0 ? valueStart : from;
    }
    open(type, start, flow, tagStart, tagEnd, anchorStart, anchorEnd) {
        const tag = tagStart >= 0 ? this.source.slice(tagStart, tagEnd) : undefined;
        const at = this.pos(start);
        const node = type === EV_MAPPING
            ? { kind: 'mapping', start: at, end: at, pairs: [], flow, tag }
            : { kind: 'sequence', start: at, end: at, items: [], flow, tag };
        const frame = {
            node,
            key: undefined,
            anchor: undefined,
            derefsAtOpen: this.derefs,
            sizeAtOpen: this.size,
            sourceStart: start,
            height: 0,
            root: null,
        };
        this.size++;
        this.realNodes++;
        if (anchorStart >= 0) {
            frame.anchor = this.defineAnchor(anchorStart, anchorEnd, { node, open: true, derefs: 0, size: 0, height: 0 });
        }
        this.stack.push(frame);
        const contentStart = flow && (this.source.charCodeAt(start) === 0x5b || this.source.charCodeAt(start) === 0x7b) ? start + 1 : start;
        if (contentStart > this.cursor)
            this.cursor = contentStart;
    }
    pop() {
        const frame = this.stack.pop();
        const node = frame.node;
        if (node === null) {
            const root = frame.root;
            // `---` with nothing after it: an empty document (an untagged empty scalar).
            const empty = root !== null && root.kind === 'scalar' && root.start === root.end && root.tag === undefined && root.value.type === 'null';
            this.documents.push(empty ? null : root);
            return;
        }
        const src = this.source;
        let end = this.cursor;
        const opener = src.charCodeAt(frame.sourceStart);
        if (node.flow && (opener === 0x5b || opener === 0x7b)) {
            // Find the closing bracket after the last child.
            const closer = opener === 0x5b ? 0x5d : 0x7d;
            let i = this.cursor;
            const n = src.length;
            while (i < n) {
                const c = src.charCodeAt(i);
                if (c === closer) {
                    i++;
                    break;
                }
                if (c === 0x23) {
                    while (i < n && src.charCodeAt(i) !== 0x0a && src.charCodeAt(i) !== 0x0d)
                        i++;
                    continue;
                }
                i++;
            }
            end = i;
        }
        if (end > this.cursor)
            this.cursor = end;
        node.end = this.pos(end);
        // push() leaves room for more (17 slots at the first, then half as many
        // again); the tree lives as long as the run, so keep only what it holds.
        if (node.kind === 'mapping')
            node.pairs = node.pairs.slice();
        else
            node.items = node.items.slice();
        const height = frame.height + 1;
        if (frame.anchor !== undefined) {
            const entry = this.anchors.get(frame.anchor);
            if (entry && entry.node === node) {
                entry.open = false;
                entry.derefs = this.derefs - frame.derefsAtOpen;
                entry.size = this.size - frame.sizeAtOpen;
                entry.height = height;
            }
        }
        this.attach(node, false, height);
    }
    defineAnchor(anchorStart, anchorEnd, entry) {
        const name = this.source.slice(anchorStart, anchorEnd);
        this.checkAnchorName(name, anchorStart - 1);
        this.anchors.set(name, entry);
        return name;
    }
    /** libyaml's scanner takes only letters, digits, `-` and `_` in anchor and alias names. */
    checkAnchorName(name, offset) {
        for (let i = 0; i < name.length; i++) {
            const c = name.charCodeAt(i);
            if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f)) {
                this.fail('syntax', `anchor or alias name \`${name}\`: go-yaml accepts only letters, digits, '-' and '_' in these names`, offset);
            }
        }
    }
    alias(anchorStart, anchorEnd) {
        const name = this.source.slice(anchorStart, anchorEnd);
        this.checkAnchorName(name, anchorStart - 1);
        const entry = this.anchors.get(name);
        if (entry === undefined)
            this.fail('syntax', `unknown anchor '${name}' referenced`, anchorStart - 1);
        if (entry.open)
            this.fail('syntax', `anchor '${name}' value contains itself`, anchorStart - 1);
        this.derefs += 1 + entry.derefs;
        this.size += entry.size;
        if (this.derefs > this.maxAliasExpansions) {
            this.fail('limit', `aliases expand to more than ${this.maxAliasExpansions} references (an alias bomb?); the document is not read`, anchorStart - 1);
        }
        if (this.size - this.realNodes > this.maxAddedNodes) {
            this.fail('limit', `aliases expand the document by more than ${this.maxAddedNodes} nodes; the document is not read`, anchorStart - 1);
        }
        // The document frame does not count: the alias sits at depth stack.length - 1.
        if (this.stack.length - 1 + entry.height > MAX_EXPANDED_DEPTH) {
            this.fail('limit', `aliases nest the document deeper than ${MAX_EXPANDED_DEPTH} levels; the document is not read`, anchorStart - 1);
        }
        aliasTargets.add(entry.node);
        if (anchorEnd > this.cursor)
            this.cursor = anchorEnd;
        this.attach(entry.node, true, entry.height);
    }
    attach(node, isAlias, height) {
        const frame = this.stack[this.stack.length - 1];
        if (height > frame.height)
            frame.height = height;
        const parent = frame.node;
        if (parent === null) {
            frame.root = node;
            return;
        }
        if (parent.kind === 'sequence') {
            parent.items.push(node);
            return;
        }
        if (frame.key === undefined) {
            frame.key = node;
            return;
        }
        const key = frame.key;
        frame.key = undefined;
        this.checkPair(key, node, isAlias);
        parent.pairs.push({ key, value: node });
    }
    /** What go-yaml v2 and sigs.k8s.io/yaml refuse in a mapping pair. */
    checkPair(key, value, valueIsAlias) {
        if (isMergeKey(key)) {
            const ok = value.kind === 'mapping' ||
                (!valueIsAlias && value.kind === 'sequence' && value.items.every((item) => item.kind === 'mapping'));
            if (!ok)
                this.failAt('syntax', 'map merge requires map or sequence of maps as the value (go-yaml refuses the file)', key.start);
            return;
        }
        if (key.kind !== 'scalar') {
            this.failAt('syntax', `invalid map key: a ${key.kind} cannot be a key (go-yaml refuses the file)`, key.start);
        }
        if (goMapKey(key.value) === undefined) {
            const what = key.value.type === 'null' ? 'a null key' : `the key ${key.text}, an integer beyond int64,`;
            this.failAt('syntax', `${what} cannot become a JSON object key: sigs.k8s.io/yaml refuses the file ("unsupported map key")`, key.start);
        }
    }
    /** Like fail(), with an offset that is already in original coordinates. */
    failAt(kind, message, offset) {
        throw new StopBuild({ kind, message, offset });
    }
}
// ---------------------------------------------------------------------------
// Reading the tree as Gardener does.
/**
 * A merge key as go-yaml v2 sees it (decode.go isMerge): the scalar `<<`,
 * plain and untagged, or tagged `!!merge`.
 */
function isMergeKey(node) {
    if (node.kind !== 'scalar' || node.text !== '<<')
        return false;
    if (node.tag === undefined)
        return node.style === 'plain';
    return node.tag === '!' || normalizeTag(node.tag) === MERGE_TAG;
}
function newWalk(limits) {
    return {
        visited: new Set(),
        expansions: 0,
        maxExpansions: limits?.maxAliasExpansions ?? DEFAULT_MAX_ALIAS_EXPANSIONS,
        maxDepth: limits?.maxDepth ?? 3 * MAX_EXPANDED_DEPTH,
    };
}
/** Counts a visit of a node shared by aliases (every visit after the first is an expansion). */
function enter(state, node, depth) {
    if (depth > state.maxDepth) {
        throw new YamlValueError('limit', `the value nests deeper than ${state.maxDepth} levels`, node.start);
    }
    if (!aliasTargets.has(node))
        return;
    if (!state.visited.has(node)) {
        state.visited.add(node);
        return;
    }
    if (++state.expansions > state.maxExpansions) {
        throw new YamlValueError('limit', `aliases expand to more than ${state.maxExpansions} references`, node.start);
    }
}
/**
 * The JSON-like value sigs.k8s.io/yaml builds from a node before encoding/json
 * fills Gardener's structs:
 *
 * - strings → their text (`!!binary` decoded); ints and floats → numbers
 *   (ints beyond 2^53 lose precision; `.inf`/`.nan` give Infinity/NaN, which
 *   encoding/json could not carry unless the field is a string, where
 *   `GoScalar.goString` is what arrives); bools; null (also for empty values).
 * - mappings → objects with a null prototype (a `__proto__` key is an own
 *   property, nothing is polluted); keys are their Go string form
 *   (`1.10:` → "1.1", `true:` → "true", `.inf:` → ".inf"); duplicate keys:
 *   the last wins. Merge keys as go-yaml v2 applies them: a `<<` copies the
 *   merged mapping's entries at its place in the mapping, so later keys win
 *   over merged ones AND merged ones win over keys written before the `<<`;
 *   in `<<: [*a, *b]` the earlier mapping wins.
 * - sequences → arrays.
 *
 * Throws YamlValueError ('limit': alias expansion or nesting beyond
 * `limits`; 'invalid': what sigs.k8s.io/yaml refuses, e.g. a null key). A tree
 * from parseYaml() without a problem never fails with the default limits.
 */
function toPlainValue(node, limits) {
    if (node === null)
        return null;
    return plain(node, newWalk(limits), 0);
}
function plain(node, state, depth) {
    enter(state, node, depth);
    switch (node.kind) {
        case 'scalar':
            return scalarValue(node);
        case 'sequence': {
            const out = new Array(node.items.length);
            for (let i = 0; i < node.items.length; i++)
                out[i] = plain(node.items[i], state, depth + 1);
            return out;
        }
        default: {
            const out = Object.create(null);
            fillMapping(out, node, state, depth);
            return out;
        }
    }
}
function scalarValue(node) {
    const v = node.value;
    switch (v.type) {
        case 'string':
            return v.goString;
        case 'bool':
            return v.goString === 'true';
        case 'null':
            return null;
        default:
            return scalarNumber(node);
    }
}
/** The float64 (or int) value of a numeric scalar. */
function scalarNumber(node) {
    const v = node.value;
    if (v.type === 'int')
        return Number(v.goString);
    // A float: YAML float syntax, .inf/.nan, or an int under an explicit !!float.
    if (v.goString === 'NaN')
        return NaN;
    if (/^[-+]?\.inf$/i.test(node.text))
        return node.text.startsWith('-') ? -Infinity : Infinity;
    const asPlain = resolveGoScalar(node.text, 'plain');
    if (asPlain.type === 'int')
        return Number(asPlain.goString);
    return Number(node.text.replace(/_/g, ''));
}
function fillMapping(out, node, state, depth) {
    for (const pair of node.pairs) {
        if (isMergeKey(pair.key)) {
            mergeInto(out, pair.value, state, depth);
            continue;
        }
        out[plainKey(pair.key, state, depth)] = plain(pair.value, state, depth + 1);
    }
}
function mergeInto(out, source, state, depth) {
    enter(state, source, depth + 1);
    if (source.kind === 'mapping') {
        fillMapping(out, source, state, depth + 1);
        return;
    }
    if (source.kind === 'sequence') {
        // decode.go: "Step backwards as earlier nodes take precedence."
        for (let i = source.items.length - 1; i >= 0; i--) {
            const item = source.items[i];
            if (item.kind !== 'mapping')
                break;
            enter(state, item, depth + 2);
            fillMapping(out, item, state, depth + 2);
        }
        if (source.items.every((item) => item.kind === 'mapping'))
            return;
    }
    throw new YamlValueError('invalid', 'map merge requires map or sequence of maps as the value', source.start);
}
function plainKey(key, state, depth) {
    enter(state, key, depth + 1);
    if (key.kind !== 'scalar')
        throw new YamlValueError('invalid', `invalid map key: a ${key.kind} cannot be a key`, key.start);
    const name = goMapKey(key.value);
    if (name === undefined) {
        throw new YamlValueError('invalid', `unsupported map key ${JSON.stringify(key.text)}: it has no JSON form`, key.start);
    }
    return name;
}
/**
 * The pairs of a mapping as Gardener ends up with them: merge keys applied
 * (go-yaml v2 order, see toPlainValue) and duplicates resolved (the last
 * one wins, keys compared in their Go string form). Each pair keeps the nodes
 * (and so the positions) of where its key and value were written, which for a
 * merged pair is inside the merged mapping. The order is that of each key's
 * first appearance. Throws YamlValueError like toPlainValue.
 */
function effectivePairs(node, limits) {
    const out = new Map();
    collectPairs(out, node, newWalk(limits), 0);
    return Array.from(out.values());
}
function collectPairs(out, node, state, depth) {
    for (const pair of node.pairs) {
        if (isMergeKey(pair.key)) {
            const source = pair.value;
            enter(state, source, depth + 1);
            if (source.kind === 'mapping')
                collectPairs(out, source, state, depth + 1);
            else if (source.kind === 'sequence' && source.items.every((item) => item.kind === 'mapping')) {
                for (let i = source.items.length - 1; i >= 0; i--) {
                    const item = source.items[i];
                    enter(state, item, depth + 2);
                    collectPairs(out, item, state, depth + 2);
                }
            }
            else
                throw new YamlValueError('invalid', 'map merge requires map or sequence of maps as the value', source.start);
            continue;
        }
        out.set(plainKey(pair.key, state, depth), pair);
    }
}
/**
 * Calls `visit` once for every distinct node under `root` (a node shared by
 * aliases is visited once, so an alias bomb costs nothing), parents before
 * children. Return false from `visit` to skip a node's children.
 */
function visitNodes(root, visit) {
    if (root === null)
        return;
    const seen = new Set();
    const todo = [root];
    while (todo.length > 0) {
        const node = todo.pop();
        if (seen.has(node))
            continue;
        seen.add(node);
        if (visit(node) === false)
            continue;
        if (node.kind === 'sequence') {
            for (let i = node.items.length - 1; i >= 0; i--)
                todo.push(node.items[i]);
        }
        else if (node.kind === 'mapping') {
            for (let i = node.pairs.length - 1; i >= 0; i--) {
                const pair = node.pairs[i];
                todo.push(pair.value, pair.key);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/yaml/embedded-scalar.ts
// Positions inside YAML that is held in a string scalar.
//
// A component overwrite file carries an image vector as a string
// (`imageVectorOverwrite: |` block scalar, sometimes a quoted string). The
// caller parses `scalar.text` on its own; this maps offsets in that decoded
// string back to offsets in the outer file.
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
function embeddedOffsetMapper(source, scalar) {
    const text = scalar.text;
    if (scalar.style === 'literal')
        return literalMapper(source, scalar);
    const map = alignMapper(source, scalar);
    return (inner) => {
        const i = inner < 0 ? 0 : inner > text.length ? text.length : Math.floor(inner);
        return map[i];
    };
}
/** Offset of the first content line of a block scalar (the line after its header). */
function blockContentStart(source, scalar) {
    let i = scalar.start;
    while (i < scalar.end) {
        const c = source.charCodeAt(i);
        if (c === 0x0a)
            return i + 1;
        if (c === 0x0d)
            return source.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
        i++;
    }
    return scalar.end;
}
function literalMapper(source, scalar) {
    const text = scalar.text;
    // Source lines of the content: start offset and length without the line break.
    const srcStarts = [];
    const srcLengths = [];
    let i = blockContentStart(source, scalar);
    const end = scalar.end;
    while (i < end) {
        let j = i;
        while (j < end && source.charCodeAt(j) !== 0x0a && source.charCodeAt(j) !== 0x0d)
            j++;
        srcStarts.push(i);
        srcLengths.push(j - i);
        if (source.charCodeAt(j) === 0x0d && source.charCodeAt(j + 1) === 0x0a)
            j++;
        i = j + 1;
    }
    // Decoded lines.
    const decStarts = [0];
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1))
        decStarts.push(k + 1);
    // The block's indentation: what a content line lost.
    let indent = 0;
    for (let k = 0; k < decStarts.length && k < srcStarts.length; k++) {
        const decLength = (k + 1 < decStarts.length ? decStarts[k + 1] - 1 : text.length) - decStarts[k];
        if (decLength > 0) {
            indent = Math.max(0, srcLengths[k] - decLength);
            break;
        }
    }
    return (inner) => {
        const o = inner < 0 ? 0 : inner > text.length ? text.length : Math.floor(inner);
        let lo = 0;
        let hi = decStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (decStarts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        if (lo >= srcStarts.length)
            return end;
        const column = o - decStarts[lo];
        const length = srcLengths[lo];
        const at = Math.min(indent, length) + column;
        return srcStarts[lo] + Math.min(at, length);
    };
}
const isBlank = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Escape sequence length in a double-quoted scalar, starting at the backslash. */
function escapeLength(source, at) {
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
function alignMapper(source, scalar) {
    const text = scalar.text;
    const map = new Int32Array(text.length + 1);
    let p;
    let end;
    const double = scalar.style === 'double-quoted';
    const single = scalar.style === 'single-quoted';
    if (double || single) {
        p = scalar.start + 1;
        end = Math.max(p, scalar.end - 1);
    }
    else if (scalar.style === 'folded') {
        p = blockContentStart(source, scalar);
        end = scalar.end;
    }
    else {
        p = scalar.start;
        end = scalar.end;
    }
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (!isBlank(c)) {
            // Skip what folding removed: blanks, line breaks, indentation, escaped line breaks.
            while (p < end) {
                const s = source.charCodeAt(p);
                if (isBlank(s))
                    p++;
                else if (double && s === 0x5c && (source.charCodeAt(p + 1) === 0x0a || source.charCodeAt(p + 1) === 0x0d))
                    p += 2;
                else
                    break;
            }
        }
        const s = source.charCodeAt(p);
        if (p >= end)
            map[i] = end;
        else if (s === c) {
            map[i] = p;
            p += single && c === 0x27 && source.charCodeAt(p + 1) === 0x27 ? 2 : 1;
        }
        else if (double && s === 0x5c) {
            map[i] = p;
            p += escapeLength(source, p);
        }
        else {
            // A blank made by folding (or a character we cannot pair): stay here.
            map[i] = p;
        }
    }
    map[text.length] = end;
    return map;
}

;// CONCATENATED MODULE: ./src/engine/yaml/index.ts
// The position-keeping YAML layer: what Gardener's reader (sigs.k8s.io/yaml
// over go-yaml v2) sees, with every node's place in the source.





;// CONCATENATED MODULE: ./src/engine/reading/vector-document.ts

/**
 * The pairs of a mapping in the order Gardener applies them. go-yaml v2
 * resolves `<<` merges and keeps the last of identical keys; sigs.k8s.io/yaml
 * then re-encodes the map as JSON, whose keys encoding/json sorts byte-wise,
 * and decodes it matching fields case-insensitively. So among spellings of
 * one field (`Tag`, `tag`) the one that sorts last wins, whatever the file
 * order. Applying these pairs in order reproduces that.
 */
function gardenerPairs(mapping) {
    // The common case (scalar keys, no `<<`, no key written twice): the pairs in
    // byte order of their keys, by insertion sort (entries have a handful of keys);
    // anything else goes through effectivePairs.
    const pairs = mapping.pairs;
    if (pairs.length > 16)
        return largeGardenerPairs(mapping);
    const out = [];
    for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i];
        const key = pair.key;
        if (key.kind !== 'scalar' || (key.text === '<<' && isMergeKey(key)))
            return sortedByKey(effectivePairs(mapping));
        const name = key.value.goString;
        out.push(pair);
        let j = i;
        for (; j > 0; j--) {
            const before = out[j - 1];
            const other = before.key.value.goString;
            if (other === name)
                return sortedByKey(effectivePairs(mapping));
            if (other < name)
                break;
            out[j] = before;
        }
        out[j] = pair;
    }
    return out;
}
/** gardenerPairs for a mapping of many keys: a set for duplicates, one sort. */
function largeGardenerPairs(mapping) {
    let plain = true;
    const seen = new Set();
    for (const pair of mapping.pairs) {
        if (pair.key.kind !== 'scalar' || isMergeKey(pair.key) || seen.has(pair.key.value.goString)) {
            plain = false;
            break;
        }
        seen.add(pair.key.value.goString);
    }
    return sortedByKey(plain ? [...mapping.pairs] : effectivePairs(mapping));
}
function sortedByKey(pairs) {
    return pairs.sort((a, b) => {
        const ka = a.key.kind === 'scalar' ? a.key.value.goString : '';
        const kb = b.key.kind === 'scalar' ? b.key.value.goString : '';
        return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}
/** The value Gardener reads for a key (matched case-insensitively; the spelling that sorts last wins). */
function mappingValue(mapping, key) {
    const wanted = key.toLowerCase();
    let found;
    for (const pair of mapping.pairs) {
        if (pair.key.kind !== 'scalar' || pair.key.value.goString.toLowerCase() !== wanted)
            continue;
        if (!found || pair.key.value.goString >= found.key.value.goString)
            found = pair;
    }
    if (found)
        return found.value;
    // Only when the key is not written directly can it come from a `<<` merge.
    if (!mapping.pairs.some((pair) => isMergeKey(pair.key)))
        return undefined;
    for (const pair of gardenerPairs(mapping)) {
        if (pair.key.kind === 'scalar' && pair.key.value.goString.toLowerCase() === wanted)
            found = pair;
    }
    return found?.value;
}
function isMapping(node) {
    return node?.kind === 'mapping';
}
function isScalar(node) {
    return node?.kind === 'scalar';
}
/** The string a key or scalar value holds for Gardener, or undefined for collections. */
function scalarString(node) {
    return isScalar(node) ? node.value.goString : undefined;
}

;// CONCATENATED MODULE: ./src/workspace/confined-file.ts



/** The repository root as the reads compare against it: its real path (the checkout itself may be a link). */
function confined_file_realRoot(root) {
    try {
        return external_node_fs_namespaceObject.realpathSync(root);
    }
    catch {
        return external_node_path_namespaceObject.resolve(root);
    }
}
function isInsideRoot(realRootPath, real) {
    if (real === realRootPath)
        return true;
    const rel = external_node_path_namespaceObject.relative(realRootPath, real);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${external_node_path_namespaceObject.sep}`) && !external_node_path_namespaceObject.isAbsolute(rel);
}
/** The bytes of `file` (absolute), or why not. Never throws, never blocks on a FIFO, never reads past the limit. */
function readConfined(file, options) {
    const resolved = resolveConfined(file, options.root);
    if (!resolved.ok)
        return resolved;
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        // O_NOFOLLOW: a confined read opens the real path, which a link swapped in since must not redirect.
        // The user's own file (no root) is opened as named: links followed, no real path needed.
        const nofollow = options.root === undefined ? 0 : (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0);
        const flags = options.special ? external_node_fs_namespaceObject.constants.O_RDONLY : external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0) | nofollow;
        fd = external_node_fs_namespaceObject.openSync(resolved.real, flags);
    }
    catch (error) {
        return openFailure(error, file);
    }
    try {
        const stat = external_node_fs_namespaceObject.fstatSync(fd);
        if (stat.isDirectory())
            return { ok: false, refusal: 'directory', message: 'it is a directory, not a file' };
        const regular = stat.isFile();
        if (!regular && !options.special)
            return { ok: false, refusal: 'not-regular', message: `it is ${specialKind(stat)}, not a regular file` };
        if (regular && stat.size > options.maxBytes)
            return confined_file_tooLarge(stat.size, options.maxBytes);
        // One byte more than the limit tells a file that grew since fstat (or a pipe that goes on).
        const expected = regular ? stat.size : Math.min(options.maxBytes, 1 << 20);
        // Not zero-filled, not from the shared pool: only the bytes read are handed out.
        let buffer = Buffer.allocUnsafeSlow(Math.min(expected, options.maxBytes) + 1);
        let read = 0;
        for (;;) {
            if (read === buffer.length) {
                if (regular || buffer.length > options.maxBytes)
                    break;
                const grown = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, options.maxBytes + 1));
                buffer.copy(grown, 0, 0, read);
                buffer = grown;
            }
            const n = external_node_fs_namespaceObject.readSync(fd, buffer, read, buffer.length - read, null);
            if (n === 0)
                break;
            read += n;
        }
        if (read > options.maxBytes)
            return confined_file_tooLarge(regular ? read : undefined, options.maxBytes);
        return { ok: true, content: new Uint8Array(buffer.buffer, buffer.byteOffset, read), regular };
    }
    catch (error) {
        return failure(error);
    }
    finally {
        external_node_fs_namespaceObject.closeSync(fd);
    }
}
/** The real path of `file` when it may be read (inside `root`, when given); the link's target is never named. */
function resolveConfined(file, root) {
    // The user's own file may be anywhere: nothing to compare, so no real path to take (open follows the links).
    if (root === undefined)
        return { ok: true, real: file };
    let real;
    try {
        // The native realpath(3): one call, not an lstat per path component in JavaScript.
        real = external_node_fs_namespaceObject.realpathSync.native(file);
    }
    catch (error) {
        return openFailure(error, file);
    }
    if (!isInsideRoot(root, real)) {
        return {
            ok: false,
            refusal: 'outside',
            message: 'it points outside the repository (a symbolic link, or a link in its folders); the linter reads only files inside the repository',
        };
    }
    // The git folder is no part of the repository's content: actions/checkout keeps the token in .git/config.
    if (isInsideRoot(external_node_path_namespaceObject.join(root, '.git'), real)) {
        return { ok: false, refusal: 'outside', message: "it lies in the repository's .git folder, which the linter never reads" };
    }
    return { ok: true, real };
}
/** Why `file` could not be resolved or opened: a link to nothing is told apart from a missing file. */
function openFailure(error, file) {
    if (error.code === 'ENOENT' && isSymlink(file)) {
        return { ok: false, refusal: 'broken-link', message: 'it is a symbolic link to a file that does not exist' };
    }
    return failure(error);
}
function isSymlink(file) {
    try {
        return external_node_fs_namespaceObject.lstatSync(file).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function specialKind(stat) {
    if (stat.isFIFO())
        return 'a named pipe (FIFO)';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    if (stat.isSocket())
        return 'a socket';
    return 'a special file';
}
/** `size` undefined: a stream that goes on past the limit. */
function confined_file_tooLarge(size, maxBytes) {
    return {
        ok: false,
        refusal: 'too-large',
        message: `file is ${size === undefined ? `larger than ${formatByteSize(maxBytes)}` : formatByteSize(size)}; the limit is ${formatByteSize(maxBytes)} ` +
            '(raise it with `maxFileBytes` in .imagevector-lint.yaml if the file is really meant to be that large)',
    };
}
function failure(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return { ok: false, refusal: 'missing', message: 'no such file' };
    if (code === 'ENOTDIR')
        return { ok: false, refusal: 'missing', message: 'no such file (a part of its path is not a folder)' };
    if (code === 'ELOOP')
        return { ok: false, refusal: 'broken-link', message: 'it is a symbolic link that loops' };
    if (code === 'EACCES' || code === 'EPERM')
        return { ok: false, refusal: 'error', message: 'permission denied' };
    if (code === 'EISDIR')
        return { ok: false, refusal: 'directory', message: 'it is a directory, not a file' };
    return { ok: false, refusal: 'error', message: code ? `cannot be read (${code})` : 'cannot be read' };
}

;// CONCATENATED MODULE: ./src/workspace/glob.ts
// A small glob matcher for repository-relative POSIX paths. Node 20 (which the
// action's users may still run locally) has no fs.glob, and the patterns a
// workflow gives are simple: `*`, `?`, `**`, `[abc]`, `{a,b}`. Writing this is
// less code than vetting and bundling a dependency for it.
//
// Rules: `*` and `?` never match `/`; a `**` segment matches any number of
// directories (also none); a leading `./` is ignored; `\` escapes.
const MAGIC = /[*?[\]{}\\]/;
function hasMagic(pattern) {
    return MAGIC.test(pattern);
}
/** Removes `./` prefixes and duplicate slashes; a trailing `/` means everything below. */
function normalizePattern(pattern) {
    let p = pattern.trim().replace(/\/{2,}/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    if (p.endsWith('/'))
        p += '**';
    return p;
}
/** The directory below which every match lies (no magic characters), '' for the root. */
function staticPrefix(pattern) {
    const segments = normalizePattern(pattern).split('/');
    const fixed = [];
    for (const segment of segments.slice(0, -1)) {
        if (hasMagic(segment))
            break;
        fixed.push(segment);
    }
    return fixed.join('/');
}
function globToRegExp(pattern) {
    const segments = normalizePattern(pattern).split('/');
    let source = '';
    segments.forEach((segment, i) => {
        const last = i === segments.length - 1;
        if (segment === '**') {
            // Zero or more whole directories; as the last segment: anything below.
            source += last ? '.*' : '(?:[^/]+/)*';
            return;
        }
        source += segmentToRegExp(segment) + (last ? '' : '/');
    });
    return new RegExp(`^${source}$`);
}
function segmentToRegExp(segment) {
    let out = '';
    let i = 0;
    while (i < segment.length) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length) {
            out += escapeRegExp(segment[i + 1]);
            i += 2;
        }
        else if (c === '*') {
            while (segment[i] === '*')
                i++;
            out += '[^/]*';
        }
        else if (c === '?') {
            out += '[^/]';
            i++;
        }
        else if (c === '[') {
            const end = segment.indexOf(']', i + 2);
            if (end < 0) {
                out += '\\[';
                i++;
                continue;
            }
            let body = segment.slice(i + 1, end);
            const negate = body.startsWith('!') || body.startsWith('^');
            if (negate)
                body = body.slice(1);
            body = body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]');
            out += negate ? `[^/${body}]` : `[${body}]`;
            i = end + 1;
        }
        else if (c === '{') {
            const end = matchingBrace(segment, i);
            if (end < 0) {
                out += '\\{';
                i++;
                continue;
            }
            const alternatives = splitTopLevel(segment.slice(i + 1, end));
            out += `(?:${alternatives.map(segmentToRegExp).join('|')})`;
            i = end + 1;
        }
        else {
            out += escapeRegExp(c);
            i++;
        }
    }
    return out;
}
function matchingBrace(s, open) {
    let depth = 0;
    for (let i = open; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === '{')
            depth++;
        else if (s[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function splitTopLevel(s) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === '{')
            depth++;
        else if (s[i] === '}')
            depth--;
        else if (s[i] === ',' && depth === 0) {
            parts.push(s.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(s.slice(start));
    return parts;
}
function escapeRegExp(c) {
    return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * Applies patterns in order: a path is selected by the last pattern that
 * matches it (`!pattern` deselects). Returns the selected paths, sorted.
 */
function selectPaths(paths, patterns) {
    const compiled = patterns.map((p) => {
        const negate = p.startsWith('!');
        return { negate, re: globToRegExp(negate ? p.slice(1) : p) };
    });
    const selected = [];
    for (const file of paths) {
        let keep = false;
        for (const { negate, re } of compiled) {
            if (re.test(file))
                keep = !negate;
        }
        if (keep)
            selected.push(file);
    }
    return selected.sort();
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/workspace/exclusions.ts





/** The largest .gitignore read. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;
class Exclusions {
    workspace;
    root;
    configured;
    configFolder;
    configFile;
    negations;
    gitignore;
    /** .gitignore files above the workspace, outermost first. */
    outer = [];
    /** The .gitignore of a workspace-relative folder ('' the workspace), or null: none. */
    levels = new Map();
    directoryVerdicts = new Map();
    constructor(options) {
        this.workspace = external_node_path_namespaceObject.resolve(options.workspace);
        this.root = confined_file_realRoot(this.workspace);
        this.configured = (options.ignore?.patterns ?? []).map((pattern) => ({ re: globToRegExp(pattern), pattern }));
        this.configFolder = options.ignore ? external_node_path_namespaceObject.resolve(options.ignore.folder) : this.workspace;
        this.configFile = options.ignore?.file ?? '';
        this.negations = (options.negations ?? []).map((pattern) => ({ re: globToRegExp(pattern.slice(1)), pattern }));
        this.gitignore = options.gitignore;
        if (this.gitignore && options.gitRoot !== undefined) {
            const gitRoot = confined_file_realRoot(options.gitRoot);
            const below = external_node_path_namespaceObject.relative(gitRoot, this.root);
            if (below !== '' && isInsideRoot(gitRoot, this.root)) {
                const parts = below.split(external_node_path_namespaceObject.sep);
                for (let i = 0; i < parts.length; i++) {
                    const folder = external_node_path_namespaceObject.join(gitRoot, ...parts.slice(0, i));
                    const rules = readGitignore(folder, gitRoot);
                    if (rules)
                        this.outer.push({ prefix: `${parts.slice(i).join('/')}/`, rules });
                }
            }
        }
    }
    /** Nothing to exclude: the walk need not ask. */
    get empty() {
        return this.configured.length === 0 && this.negations.length === 0 && !this.gitignore;
    }
    /** Why a file or folder found by walking is left out (a folder's files with it), or undefined. */
    excluded(file, isDirectory = false) {
        const parent = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
        if (parent !== '') {
            const verdict = this.excludedDirectory(parent);
            if (verdict)
                return verdict;
        }
        return this.configuredReason(file) ?? this.negationReason(file) ?? this.gitignoreReason(file, isDirectory);
    }
    /** Why a file the user named is left out: only the configuration's `ignore:` applies (see above). */
    ignoredByConfig(file) {
        const parts = file.split('/');
        for (let i = 1; i <= parts.length; i++) {
            const reason = this.configuredReason(parts.slice(0, i).join('/'));
            if (reason)
                return reason;
        }
        return undefined;
    }
    excludedDirectory(dir) {
        if (this.directoryVerdicts.has(dir))
            return this.directoryVerdicts.get(dir);
        const verdict = this.excluded(dir, true);
        this.directoryVerdicts.set(dir, verdict);
        return verdict;
    }
    /** A glob of `ignore:` matches the path (relative to the configuration's folder), or a folder it lies in. */
    configuredReason(file) {
        if (this.configured.length === 0)
            return undefined;
        const relative = external_node_path_namespaceObject.relative(this.configFolder, external_node_path_namespaceObject.join(this.workspace, file));
        if (relative === '' || relative.startsWith('..') || external_node_path_namespaceObject.isAbsolute(relative))
            return undefined;
        const posix = relative.split(external_node_path_namespaceObject.sep).join('/');
        const hit = this.configured.find(({ re }) => re.test(posix));
        return hit && `it matches \`ignore: ${hit.pattern}\` in ${this.configFile}`;
    }
    negationReason(file) {
        const hit = this.negations.find(({ re }) => re.test(file));
        return hit && `it matches '${hit.pattern}' in the files input`;
    }
    gitignoreReason(file, isDirectory) {
        if (!this.gitignore)
            return undefined;
        const suffix = isDirectory ? '/' : '';
        let ignored = false;
        let by = '';
        const consider = (rules, relative, where) => {
            const result = testPath(rules, relative + suffix);
            if (result.ignored)
                [ignored, by] = [true, where];
            else if (result.unignored)
                ignored = false;
        };
        for (const level of this.outer)
            consider(level.rules, level.prefix + file, '.gitignore');
        const parts = file.split('/');
        for (let i = 0; i < parts.length; i++) {
            const folder = parts.slice(0, i).join('/');
            const rules = this.levelOf(folder);
            if (rules)
                consider(rules, parts.slice(i).join('/'), folder === '' ? '.gitignore' : `${folder}/.gitignore`);
        }
        return ignored ? `git ignores it (${by})` : undefined;
    }
    levelOf(folder) {
        let rules = this.levels.get(folder);
        if (rules === undefined) {
            rules = readGitignore(external_node_path_namespaceObject.join(this.workspace, folder), this.root);
            this.levels.set(folder, rules);
        }
        return rules;
    }
}
/** A path the package refuses (it never is one a walk yields) is not ignored. */
function testPath(rules, relative) {
    try {
        return rules.test(relative);
    }
    catch {
        return { ignored: false, unignored: false };
    }
}
/** The rules of `folder/.gitignore`, read confined to `root`; null when there is none (or it cannot be read). */
function readGitignore(folder, root) {
    const read = readConfined(external_node_path_namespaceObject.join(folder, '.gitignore'), { root, maxBytes: MAX_GITIGNORE_BYTES });
    if (!read.ok)
        return null;
    const decoded = decodeSource(read.content, MAX_GITIGNORE_BYTES);
    if (!decoded.ok)
        return null;
    // Git matches case-sensitively unless core.ignorecase (not the package's default).
    return ignore_default()({ ignorecase: false }).add(decoded.text);
}
/** No exclusions: everything walked is taken. */
const NO_EXCLUSIONS = new Exclusions({ workspace: '.', gitignore: false });

;// CONCATENATED MODULE: ./src/workspace/paths.ts


// Small path and file-type questions that discovery, the config loader and the
// CLI's argument handling all ask. A path that cannot be stat'ed is neither.
/** A path with `/` separators, as the action's inputs, globs and reports write them. */
function paths_toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** Whether the path (following links) is a directory. */
function isDirectory(p) {
    try {
        return external_node_fs_default().statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** Whether the path (following links) is a regular file. */
function isRegularFile(p) {
    try {
        return fs.statSync(p).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/workspace/file-discovery.ts









/** Folders never walked: dependencies, VCS data, and hidden folders (.github, .idea …). */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'vendor']);
const MAX_WALKED_FILES = 200_000;
const MAX_CLASSIFIED_FILES = 20_000;
const YAML_FILE = /\.ya?ml$/i;
/**
 * The `!pattern` lines of `files` when it has no other: then the vectors are
 * found by content, less what those lines exclude.
 */
function discoveryNegations(files) {
    return files.length > 0 && files.every((p) => p.startsWith('!')) ? [...files] : [];
}
async function findVectorFiles(workspace, patterns, maxFileBytes, exclusions = NO_EXCLUSIONS, 
/** Keeps the bytes of the vectors found by content for their lint (see pendingInputs); only for a run whose kinds come from content alone. */
kept) {
    const warnings = [];
    // `files` with only `!` lines: found by content, less those (the exclusions carry them, see discoveryNegations).
    const files = discoveryNegations(patterns.files).length > 0 ? [] : patterns.files;
    const byKind = [
        ['components', patterns.components],
        ['overwrite', patterns.overwrite],
        ['base', files],
    ];
    const kinds = new Map();
    const missing = new Map();
    for (const [kind, list] of byKind) {
        if (list.length === 0)
            continue;
        const absent = [];
        const before = warnings.length;
        const matched = matchPatterns(workspace, list, warnings, absent, exclusions);
        for (const file of absent)
            if (!missing.has(file))
                missing.set(file, kind);
        if (matched.length === 0) {
            // One warning for the input instead of one per pattern; the run goes on (a deleted file is compared with the base).
            warnings.splice(before);
            warnings.push(`Input '${inputName(kind)}' matches no file: ${list.map((p) => `'${p}'`).join(', ')} (paths are relative to the repository root).`);
        }
        for (const file of matched)
            if (!kinds.has(file))
                kinds.set(file, kind);
    }
    let byContent = false;
    const unreadable = [];
    if (files.length === 0) {
        byContent = true;
        const found = findByContent(workspace, '', maxFileBytes, warnings, exclusions, kept);
        unreadable.push(...found.unreadable);
        for (const file of found.files) {
            if (kinds.has(file.path))
                continue;
            // A kind named by its own input is taken only from that input.
            if (file.kind === 'overwrite' && patterns.overwrite.length > 0)
                continue;
            if (file.kind === 'components' && patterns.components.length > 0)
                continue;
            kinds.set(file.path, file.kind);
        }
    }
    const found = [...kinds.entries()]
        .map(([file, kind]) => ({ path: file, kind }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const absent = [...missing.entries()].filter(([file]) => !kinds.has(file)).map(([file, kind]) => ({ path: file, kind }));
    return { files: found, byContent, warnings, missing: absent, unreadable };
}
/**
 * The YAML files below `prefix` (repository-relative, '' for the root) whose
 * content is an image vector, each with its kind: how the repository root is
 * read when no files are named, and how a directory argument is read.
 */
function findByContent(workspace, prefix, maxFileBytes, warnings, exclusions = NO_EXCLUSIONS, kept) {
    const root = confined_file_realRoot(workspace);
    const walked = walk(workspace, prefix, warnings, true, exclusions).filter((f) => YAML_FILE.test(f));
    if (walked.length > MAX_CLASSIFIED_FILES) {
        warnings.push(`${prefix === '' ? 'The repository' : `'${prefix}'`} has ${walked.length} YAML files; only the first ${MAX_CLASSIFIED_FILES} were read to find image vectors. Name the vectors with the 'files' input.`);
    }
    const files = [];
    const unreadable = [];
    for (const file of walked.slice(0, MAX_CLASSIFIED_FILES)) {
        const kind = classifyFile(root, file, maxFileBytes, kept);
        if (kind === 'unreadable')
            unreadable.push(file);
        else if (kind !== undefined)
            files.push({ path: file, kind });
    }
    return { files, unreadable };
}
/** The kind a text has, if it is an image vector (content-based, as for discovery). */
function classifyText(text, filePath) {
    try {
        return classifyVectorText(text, filePath);
    }
    catch {
        return undefined;
    }
}
/**
 * What a file's bytes are, read for their content as discovery reads them: a
 * kind of vector, `unreadable` (not decodable: UTF-16, binary, over the
 * limit), or undefined (YAML that is no image vector).
 */
function classifyContent(content, filePath, maxFileBytes) {
    const decoded = decodeSource(content, maxFileBytes);
    if (!decoded.ok)
        return 'unreadable';
    return classifyText(decoded.text, filePath);
}
const VECTOR_KEY = /^(?:images|components)[ \t]*:/im;
/**
 * A named file that the content test does not take for a vector, but that is
 * one gone wrong: a top-level \`images\` or \`components\` key in YAML that does
 * not parse, or whose value is no list. Linted, so the user sees what is wrong;
 * valid YAML of another tool (a kustomization's \`images\` list of
 * name/newTag) is not.
 */
function isBrokenVector(text) {
    if (!VECTOR_KEY.test(text))
        return false;
    const yaml = parseYaml(text);
    if (yaml.problem)
        return true;
    return yaml.documents.some((doc) => isMapping(doc) && ['images', 'components'].some((key) => {
        const value = mappingValue(doc, key);
        return value !== undefined && value.kind !== 'sequence';
    }));
}
/** A file found by walking is a vector when its content says so; one that may not be read or decoded (outside, a FIFO, too large, UTF-16) is `unreadable`. */
function classifyFile(root, file, maxFileBytes, kept) {
    const read = readConfined(external_node_path_namespaceObject.join(root, file), { root, maxBytes: maxFileBytes });
    if (!read.ok)
        return read.refusal === 'missing' ? undefined : 'unreadable';
    const kind = classifyContent(read.content, file, maxFileBytes);
    // A vector's bytes are kept for its lint (read once), within the run's budget.
    if (kind !== undefined && kind !== 'unreadable')
        kept?.keep(external_node_path_namespaceObject.join(root, file), read.content);
    return kind;
}
function inputName(kind) {
    return kind === 'base' ? 'files' : kind;
}
function matchPatterns(workspace, patterns, warnings, missing, exclusions) {
    const candidates = new Set();
    const walkedPrefixes = new Set();
    for (const raw of patterns) {
        if (raw.startsWith('!'))
            continue;
        const pattern = normalizePattern(raw);
        if (!hasMagic(pattern)) {
            const absolute = external_node_path_namespaceObject.resolve(workspace, pattern);
            if (!isInside(workspace, absolute)) {
                throw new Error(`Pattern '${raw}' points outside the repository.`);
            }
            const relative = paths_toPosix(external_node_path_namespaceObject.relative(workspace, absolute));
            // Anything but a folder is a candidate: reading it (confined) says what is wrong with a link, a FIFO, a device.
            const entry = lstat(absolute);
            const ignored = exclusions.ignoredByConfig(relative);
            if (ignored)
                warnings.push(`'${raw}' is not linted: ${ignored}.`);
            else if (entry && !entry.isDirectory())
                candidates.add(relative);
            else if (entry)
                warnings.push(`'${raw}' is a folder, not a file; name the files in it (or a glob such as '${relative}/*.yaml').`);
            else {
                missing.push(relative);
                warnings.push(`'${raw}' is not a file in the repository.`);
            }
            continue;
        }
        const prefix = staticPrefix(pattern);
        if (prefix.split('/').includes('..') || external_node_path_namespaceObject.isAbsolute(prefix)) {
            throw new Error(`Pattern '${raw}' points outside the repository.`);
        }
        if (walkedPrefixes.has(prefix))
            continue;
        walkedPrefixes.add(prefix);
        for (const file of walk(workspace, prefix, warnings, false, exclusions))
            candidates.add(file);
    }
    const selected = selectPaths([...candidates], patterns.map(normalizeKeepingNegation));
    for (const raw of patterns) {
        if (raw.startsWith('!') || !hasMagic(raw))
            continue;
        if (selectPaths(selected, [normalizeKeepingNegation(raw)]).length === 0) {
            warnings.push(`Pattern '${raw}' matches no file.`);
        }
    }
    return selected;
}
function normalizeKeepingNegation(pattern) {
    return pattern.startsWith('!') ? `!${normalizePattern(pattern.slice(1))}` : normalizePattern(pattern);
}
/**
 * Repository-relative POSIX paths of the files below `prefix`, without
 * following symbolic links (a link is listed as a file: reading it decides).
 * A prefix whose real path lies outside the repository is not listed. With
 * `skipHidden`, hidden folders are skipped too; `exclusions` leaves out what
 * the configuration, the files input or .gitignore exclude.
 */
function walk(workspace, prefix, warnings, skipHidden = true, exclusions = NO_EXCLUSIONS) {
    const out = [];
    const start = external_node_path_namespaceObject.join(workspace, prefix);
    if (!isDirectory(start))
        return out;
    if (prefix !== '') {
        let real;
        try {
            real = external_node_fs_namespaceObject.realpathSync(start);
        }
        catch {
            return out;
        }
        if (!isInsideRoot(confined_file_realRoot(workspace), real)) {
            warnings.push(`'${prefix}' points outside the repository (a symbolic link); the files below it were not read.`);
            return out;
        }
    }
    const stack = [prefix];
    while (stack.length > 0) {
        const dir = stack.pop();
        let entries;
        try {
            // Names as bytes: a name that is not UTF-8 cannot be named in a finding or read back by its decoded name.
            entries = external_node_fs_namespaceObject.readdirSync(external_node_path_namespaceObject.join(workspace, dir), { withFileTypes: true, encoding: 'buffer' });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            const name = utf8Name(entry.name);
            if (name === undefined) {
                const shown = `${dir === '' ? '' : `${dir}/`}${entry.name.toString('utf8')}`;
                warnings.push(`Skipped '${shown}': its name is not valid UTF-8. Rename it to lint it.`);
                continue;
            }
            const rel = dir === '' ? name : `${dir}/${name}`;
            if (entry.isDirectory()) {
                if (SKIPPED_DIRS.has(name))
                    continue;
                if (skipHidden && name.startsWith('.'))
                    continue;
                if (!exclusions.empty && exclusions.excluded(rel, true))
                    continue;
                stack.push(rel);
            }
            else {
                if (!exclusions.empty && exclusions.excluded(rel))
                    continue;
                out.push(rel);
                if (out.length >= MAX_WALKED_FILES) {
                    warnings.push(`Stopped listing files after ${MAX_WALKED_FILES} files below '${prefix || '.'}'.`);
                    return out.sort();
                }
            }
        }
    }
    return out.sort();
}
function isInside(workspace, absolute) {
    const rel = external_node_path_namespaceObject.relative(workspace, absolute);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_namespaceObject.isAbsolute(rel);
}
function lstat(p) {
    try {
        return external_node_fs_namespaceObject.lstatSync(p);
    }
    catch {
        return undefined;
    }
}
/** One decoder for every name: decode() without `stream` starts afresh each call. */
const file_discovery_FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });
function utf8Name(name) {
    try {
        return file_discovery_FATAL_UTF8.decode(name);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/engine/constraint/version.ts
// Releases (M.m.p triples) and the candidate versions Gardener feeds to
// Masterminds semver v3.5.0.
//
// Masterminds keeps major/minor/patch as Go uint64, so every number here is a
// bigint and numbers above 2^64-1 are rejected exactly where the library
// rejects them (strconv.ParseUint). No regular expression of the library is
// used: the version grammar is small and deterministic, so it is parsed by
// hand (linear time, and it can say what is wrong).
/** 2^64 - 1, the largest number Masterminds accepts in a version component. */
const version_UINT64_MAX = (1n << 64n) - 1n;
const ZERO_RELEASE = Object.freeze({ major: 0n, minor: 0n, patch: 0n });
function toComponent(x, what) {
    if (typeof x === 'number') {
        if (!Number.isSafeInteger(x) || x < 0)
            throw new RangeError(`release ${what} must be a non-negative safe integer, got ${x}`);
        return BigInt(x);
    }
    if (x < 0n)
        throw new RangeError(`release ${what} must be non-negative, got ${x}`);
    return x;
}
/**
 * Builds a release. Components above 2^64-1 are allowed here (e.g. the result of
 * {@link successor} on a maximal patch); interval sets canonicalize such bounds.
 */
function version_release(major, minor, patch) {
    return Object.freeze({
        major: toComponent(major, 'major'),
        minor: toComponent(minor, 'minor'),
        patch: toComponent(patch, 'patch'),
    });
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** -1, 0 or 1 (lexicographic on major, minor, patch). */
function version_compareReleases(a, b) {
    return cmp(a.major, b.major) || cmp(a.minor, b.minor) || cmp(a.patch, b.patch);
}
/** `1.21.0`. */
/** The index of the last of the sorted `bounds` that is at or below `r` (0 when none is): a binary search. */
function lastBoundAtOrBelow(bounds, r) {
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (version_compareReleases(bounds[mid], r) <= 0)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function formatRelease(r) {
    // Bounds are shared objects (one per parsed constraint bound): each is written once, not once per row or region.
    let text = formatted.get(r);
    if (text === undefined)
        formatted.set(r, (text = `${r.major}.${r.minor}.${r.patch}`));
    return text;
}
const formatted = new WeakMap();
const STRICT_RELEASE = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
/**
 * Strict `M.m.p` (the strings of `VersionInterval`): digits only, no leading
 * zeros, no prefix or suffix, every number ≤ 2^64-1. Throws otherwise.
 */
function parseRelease(s) {
    // The change table reads the same few bounds back many times: each string is parsed once (a bounded memo).
    const hit = parsedReleases.get(s);
    if (hit)
        return hit;
    const r = parseReleaseUncached(s);
    if (parsedReleases.size >= 10_000)
        parsedReleases.clear();
    parsedReleases.set(s, r);
    return r;
}
const parsedReleases = new Map();
function parseReleaseUncached(s) {
    const m = STRICT_RELEASE.exec(s);
    if (!m)
        throw new Error(`not a release "M.m.p": ${JSON.stringify(s)}`);
    const parts = [BigInt(m[1]), BigInt(m[2]), BigInt(m[3])];
    if (parts.some((p) => p > version_UINT64_MAX))
        throw new Error(`release component exceeds 2^64-1: ${JSON.stringify(s)}`);
    return version_release(parts[0], parts[1], parts[2]);
}
/**
 * Gardener's `version.Normalize`: remove every (lowercase) `v`, then cut at the
 * first `-`, `+` or `~`.
 */
function version_normalizeVersion(v) {
    const noV = v.split('v').join('');
    for (let i = 0; i < noV.length; i++) {
        const c = noV[i];
        if (c === '-' || c === '+' || c === '~')
            return noV.slice(0, i);
    }
    return noV;
}
// ---------------------------------------------------------------------------
// Masterminds' version grammar (the `cv` of constraints and `NewVersion`).
function version_isDigit(c) {
    return c !== undefined && c >= '0' && c <= '9';
}
/** `[0-9A-Za-z-]`: a prerelease / metadata identifier character. */
function isIdentChar(c) {
    if (c === undefined || c.length !== 1)
        return false;
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '-';
}
/**
 * Parses `^v?(N+)(\.N+)?(\.N+)?(-(I+(\.I+)*))?(\+(I+(\.I+)*))?$` where N is the
 * given number class. The grammar is deterministic, so this gives the same
 * captures as Go's leftmost-first regexp. Returns undefined if the whole string
 * does not match; `failAt` (if given) receives the index of the first character
 * that cannot continue a match.
 */
function splitVersionLiteral(s, isNum, failAt) {
    let i = 0;
    const fail = () => {
        if (failAt)
            failAt.index = i;
        return undefined;
    };
    let v = false;
    if (s[0] === 'v' && isNum(s[1])) {
        v = true;
        i = 1;
    }
    const run = () => {
        const start = i;
        while (i < s.length && isNum(s[i]))
            i++;
        return s.slice(start, i);
    };
    const major = run();
    if (major === '')
        return fail();
    const parts = { v, major };
    if (s[i] === '.' && isNum(s[i + 1])) {
        i++;
        parts.minor = run();
        if (s[i] === '.' && isNum(s[i + 1])) {
            i++;
            parts.patch = run();
        }
    }
    const idents = () => {
        const start = i;
        for (;;) {
            if (!isIdentChar(s[i]))
                return undefined;
            while (i < s.length && isIdentChar(s[i]))
                i++;
            if (s[i] === '.' && isIdentChar(s[i + 1])) {
                i++;
                continue;
            }
            return s.slice(start, i);
        }
    };
    if (s[i] === '-' && isIdentChar(s[i + 1])) {
        i++;
        parts.pre = idents();
    }
    if (s[i] === '+' && isIdentChar(s[i + 1])) {
        i++;
        parts.meta = idents();
    }
    if (i !== s.length)
        return fail();
    return parts;
}
/** Go's strconv.ParseUint(s, 10, 64) on a string of ASCII digits (leading zeros allowed). */
function parseUint64(s) {
    if (s.length === 0)
        return undefined;
    for (let i = 0; i < s.length; i++)
        if (!version_isDigit(s[i]))
            return undefined;
    // Cheap overflow guard before BigInt on absurdly long inputs.
    let k = 0;
    while (k < s.length - 1 && s[k] === '0')
        k++;
    if (s.length - k > 20)
        return undefined;
    const n = BigInt(s);
    return n > version_UINT64_MAX ? undefined : n;
}
/**
 * Masterminds `NewVersion` (v3.4+ with CoerceNewVersion = true, the default;
 * identical to 3.2.0): the lenient regex, ParseUint on each number, then the
 * prerelease check (numeric identifiers must not have leading zeros).
 */
function mastermindsNewVersion(s) {
    const failAt = { index: 0 };
    const parts = splitVersionLiteral(s, version_isDigit, failAt);
    if (!parts) {
        return { ok: false, reason: 'invalid semantic version', index: failAt.index };
    }
    const off = parts.v ? 1 : 0;
    const nums = [
        [parts.major, off],
        [parts.minor, off + parts.major.length + 1],
        [parts.patch, off + parts.major.length + 1 + (parts.minor?.length ?? 0) + 1],
    ];
    const values = [];
    for (const [text, index] of nums) {
        if (text === undefined) {
            values.push(0n);
            continue;
        }
        const n = parseUint64(text);
        if (n === undefined) {
            return { ok: false, reason: `version segment ${text} exceeds the uint64 maximum ${version_UINT64_MAX}`, index };
        }
        values.push(n);
    }
    if (parts.pre !== undefined) {
        let index = s.indexOf('-') + 1;
        for (const id of parts.pre.split('.')) {
            if (id.length > 1 && id[0] === '0' && /^[0-9]+$/.test(id)) {
                return { ok: false, reason: `numeric prerelease identifier ${id} has a leading zero`, index };
            }
            index += id.length + 1;
        }
    }
    // validateMetadata cannot fail after the grammar check.
    return {
        ok: true,
        version: { major: values[0], minor: values[1], patch: values[2], pre: parts.pre ?? '', meta: parts.meta ?? '' },
    };
}
/**
 * What Gardener evaluates: `NewVersion(Normalize(v))`. After Normalize the
 * candidate never has a prerelease or metadata, so it is a release. Returns
 * undefined where Gardener reports an error (empty, whitespace, four
 * components, `V`, letters, numbers above 2^64-1, …).
 */
function version_parseCandidateVersion(v) {
    const r = mastermindsNewVersion(version_normalizeVersion(v));
    if (!r.ok)
        return undefined;
    return version_release(r.version.major, r.version.minor, r.version.patch);
}

;// CONCATENATED MODULE: ./src/engine/constraint/release-set.ts
// Sets of releases as sorted, disjoint, non-adjacent half-open intervals
// [lo, hi) over M.m.p triples (hi null = unbounded).
//
// The universe is the releases Masterminds can represent: every component in
// [0, 2^64-1]. Bounds beyond it are canonicalized when a set is normalized:
// M.m.(2^64) is the same bound as M.(m+1).0, (2^64).0.0 is "unbounded". So two
// sets that contain the same releases are always stored identically, and
// `setsEqual` is structural equality.

const EMPTY_SET = Object.freeze([]);
const ALL_RELEASES = Object.freeze([Object.freeze({ lo: ZERO_RELEASE, hi: null })]);
/** M.m.(p+1). May exceed 2^64-1 in the patch; sets canonicalize that. */
function successor(r) {
    return release(r.major, r.minor, r.patch + 1n);
}
/**
 * The canonical form of a bound: the smallest release of the universe that is
 * ≥ r, or null when there is none (r lies above every representable release).
 */
function canonicalBound(r) {
    let { major, minor, patch } = r;
    if (major > version_UINT64_MAX)
        return null;
    if (minor > version_UINT64_MAX) {
        major += 1n;
        minor = 0n;
        patch = 0n;
        if (major > version_UINT64_MAX)
            return null;
    }
    if (patch > version_UINT64_MAX) {
        minor += 1n;
        patch = 0n;
        if (minor > version_UINT64_MAX) {
            major += 1n;
            minor = 0n;
            if (major > version_UINT64_MAX)
                return null;
        }
    }
    if (major === r.major && minor === r.minor && patch === r.patch)
        return r;
    return version_release(major, minor, patch);
}
/** hi-bound comparison with null = +∞. */
function compareHi(a, b) {
    if (a === null)
        return b === null ? 0 : 1;
    if (b === null)
        return -1;
    return version_compareReleases(a, b);
}
function interval(lo, hi) {
    return Object.freeze({ lo, hi });
}
/**
 * Sorts, canonicalizes bounds, drops empty intervals and merges overlapping
 * or adjacent ones ([a,b) ∪ [b,c) = [a,c)).
 */
function normalizeSet(intervals) {
    const items = [];
    for (const it of intervals) {
        const lo = canonicalBound(it.lo);
        if (lo === null)
            continue;
        const hi = it.hi === null ? null : canonicalBound(it.hi);
        if (hi !== null && version_compareReleases(lo, hi) >= 0)
            continue;
        items.push({ lo, hi });
    }
    items.sort((a, b) => version_compareReleases(a.lo, b.lo) || compareHi(a.hi, b.hi));
    const out = [];
    let cur;
    for (const it of items) {
        if (cur && (cur.hi === null || version_compareReleases(it.lo, cur.hi) <= 0)) {
            if (compareHi(it.hi, cur.hi) > 0)
                cur.hi = it.hi;
            continue;
        }
        if (cur)
            out.push(interval(cur.lo, cur.hi));
        cur = { lo: it.lo, hi: it.hi };
    }
    if (cur)
        out.push(interval(cur.lo, cur.hi));
    return Object.freeze(out);
}
function unionSets(a, b) {
    if (a.length === 0)
        return b;
    if (b.length === 0)
        return a;
    return normalizeSet([...a, ...b]);
}
function intersectSets(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const x = a[i];
        const y = b[j];
        const lo = version_compareReleases(x.lo, y.lo) >= 0 ? x.lo : y.lo;
        const hi = compareHi(x.hi, y.hi) <= 0 ? x.hi : y.hi;
        if (hi === null || version_compareReleases(lo, hi) < 0)
            out.push(interval(lo, hi));
        if (compareHi(x.hi, y.hi) <= 0)
            i++;
        else
            j++;
    }
    // Pieces of two normalized sets never touch each other: no merge needed.
    return Object.freeze(out);
}
function complementSet(a) {
    const out = [];
    let lo = ZERO_RELEASE;
    for (const it of a) {
        if (lo !== null && version_compareReleases(lo, it.lo) < 0)
            out.push(interval(lo, it.lo));
        lo = it.hi;
        if (lo === null)
            break;
    }
    if (lo !== null)
        out.push(interval(lo, null));
    return Object.freeze(out);
}
function subtractSets(a, b) {
    if (a.length === 0 || b.length === 0)
        return a;
    return intersectSets(a, complementSet(b));
}
/** Binary search. */
function release_set_setContains(a, r) {
    let lo = 0;
    let hi = a.length - 1;
    let found = -1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (compareReleases(a[mid].lo, r) <= 0) {
            found = mid;
            lo = mid + 1;
        }
        else {
            hi = mid - 1;
        }
    }
    if (found < 0)
        return false;
    const h = a[found].hi;
    return h === null || compareReleases(r, h) < 0;
}
function setsEqual(a, b) {
    // The same list (ALL_RELEASES, most often: every unconstrained axis is that one list).
    if (a === b)
        return true;
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        if (version_compareReleases(x.lo, y.lo) !== 0 || compareHi(x.hi, y.hi) !== 0)
            return false;
    }
    return true;
}
function release_set_isEmptySet(a) {
    return a.length === 0;
}
/** `[{lo: "1.21.0", hi: "1.22.0"}]`, hi null = unbounded. */
function release_set_toVersionIntervals(a) {
    if (a === ALL_RELEASES)
        return [{ lo: '0.0.0', hi: null }];
    return a.map((it) => ({ lo: formatRelease(it.lo), hi: it.hi === null ? null : formatRelease(it.hi) }));
}
/** Inverse of {@link toVersionIntervals}; accepts any list (it is normalized). Throws on malformed strings. */
function release_set_fromVersionIntervals(v) {
    return normalizeSet(v.map((it) => ({ lo: parseRelease(it.lo), hi: it.hi === null ? null : parseRelease(it.hi) })));
}

;// CONCATENATED MODULE: ./src/engine/constraint/constraint.ts
// Masterminds semver v3.5.0 constraints (`NewConstraint` + `Check`), exact,
// evaluated on releases as unions of half-open intervals.
//
// Reference: docs in /work/shared/reference/masterminds-constraints.md (§2 grammar,
// §3 semantics, §5.3 release table). The library's regular expressions are
// not used: `VALID` takes exponential time in a backtracking engine, and even
// `RANGE`/`FIND` are quadratic on long inputs. Instead:
//   * `RANGE` (hyphen ranges) is found by a linear scan that reproduces Go's
//     leftmost-first `FindAllStringSubmatch` (see `findHyphenRanges`);
//   * the rewrite replaces the first occurrence of each match text in turn, as
//     `strings.Replace(o, m, t, 1)` does (see `rewriteHyphenRanges`);
//   * `VALID` + `FIND` + `ATOM` are replaced by the linear scanner of §2.3.
// Everything is linear in the length of the constraint (plus sorting the
// intervals of the result).


// ---------------------------------------------------------------------------
// Character classes (Go's `\s` is exactly [\t\n\f\r ]).
function isWS(c) {
    return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}
/** `[0-9|x|X|\*]`: a constraint version component character (the `|` is literal). */
function isCvNum(c) {
    return c !== undefined && ((c >= '0' && c <= '9') || c === 'x' || c === 'X' || c === '*' || c === '|');
}
function isX(s) {
    return s === 'x' || s === 'X' || s === '*';
}
// ---------------------------------------------------------------------------
// The CV language as a DFA (used backwards to find every suffix of a run that
// is a whole CV, in linear time).
//
// CV = v?([0-9|xX*]+)(\.[0-9|xX*]+)?(\.[0-9|xX*]+)?(-(I+(\.I+)*))?(\+(I+(\.I+)*))?
const S_START = 0;
const S_V = 1;
const S_MAJOR = 2;
const S_DOT1 = 3;
const S_MINOR = 4;
const S_DOT2 = 5;
const S_PATCH = 6;
const S_PRE0 = 7;
const S_PRE = 8;
const S_META0 = 9;
const S_META = 10;
const N_STATES = 11;
const ACCEPTING = (1 << S_MAJOR) | (1 << S_MINOR) | (1 << S_PATCH) | (1 << S_PRE) | (1 << S_META);
function cvStep(state, c) {
    const num = isCvNum(c);
    const ident = isIdentChar(c);
    switch (state) {
        case S_START:
            return c === 'v' ? S_V : num ? S_MAJOR : -1;
        case S_V:
            return num ? S_MAJOR : -1;
        case S_MAJOR:
        case S_MINOR:
        case S_PATCH:
            if (num)
                return state;
            if (c === '.' && state !== S_PATCH)
                return state === S_MAJOR ? S_DOT1 : S_DOT2;
            if (c === '-')
                return S_PRE0;
            if (c === '+')
                return S_META0;
            return -1;
        case S_DOT1:
            return num ? S_MINOR : -1;
        case S_DOT2:
            return num ? S_PATCH : -1;
        case S_PRE0:
            return ident ? S_PRE : -1;
        case S_PRE:
            return ident ? S_PRE : c === '.' ? S_PRE0 : c === '+' ? S_META0 : -1;
        case S_META0:
            return ident ? S_META : -1;
        case S_META:
            return ident ? S_META : c === '.' ? S_META0 : -1;
        default:
            return -1;
    }
}
/** For a character: the set (bitmask) of states from which reading it lands in `target`. */
const backCache = new Map();
function backStep(c, target) {
    let table = backCache.get(c);
    if (!table) {
        table = new Int32Array(N_STATES);
        for (let s = 0; s < N_STATES; s++)
            table[s] = cvStep(s, c);
        if (backCache.size < 512)
            backCache.set(c, table);
    }
    let out = 0;
    for (let s = 0; s < N_STATES; s++) {
        const t = table[s];
        if (t >= 0 && (target >> t) & 1)
            out |= 1 << s;
    }
    return out;
}
/** Whole-string CV check; `prefixEnd` receives the end of the longest CV prefix (0 if none). */
function isCv(s, prefixEnd) {
    let state = S_START;
    let best = 0;
    let i = 0;
    for (; i < s.length; i++) {
        state = cvStep(state, s[i]);
        if (state < 0)
            break;
        if ((ACCEPTING >> state) & 1)
            best = i + 1;
    }
    if (prefixEnd) {
        prefixEnd.index = best;
        prefixEnd.stuck = i;
    }
    return state >= 0 && i === s.length && ((ACCEPTING >> state) & 1) === 1;
}
/** Perl/RE2 leftmost-first match of CV at `r` with nothing constraining what follows: all-greedy. Returns the end, or -1. */
function greedyCvEnd(text, r) {
    let i = r;
    if (text[i] === 'v') {
        if (!isCvNum(text[i + 1]))
            return -1;
        i++;
    }
    if (!isCvNum(text[i]))
        return -1;
    while (isCvNum(text[i]))
        i++;
    for (let k = 0; k < 2; k++) {
        if (text[i] === '.' && isCvNum(text[i + 1])) {
            i++;
            while (isCvNum(text[i]))
                i++;
        }
        else
            break;
    }
    for (const lead of ['-', '+']) {
        if (text[i] === lead && isIdentChar(text[i + 1])) {
            i++;
            for (;;) {
                while (isIdentChar(text[i]))
                    i++;
                if (text[i] === '.' && isIdentChar(text[i + 1])) {
                    i++;
                    continue;
                }
                break;
            }
        }
    }
    return i;
}
/**
 * Go's `constraintRangeRegex.FindAllStringSubmatch(s, -1)`, linear time.
 *
 * A match whose A starts at q exists iff (1) s[q..w) is a whole CV, where w is
 * the first whitespace after q (A cannot contain whitespace and must be
 * followed by it), and (2) after w come whitespace, '-', whitespace and a CV.
 * B is then the all-greedy CV (nothing after it can fail), followed by the
 * greedy `\s*`. The leftmost match takes the smallest such q; it starts at the
 * beginning of the whitespace run before q (the leading `\s*`), but not before
 * the search position.
 */
function findHyphenRanges(text) {
    const n = text.length;
    if (text.indexOf('-') < 0)
        return [];
    // cvSuffix[q]: text[q..w) is a whole CV (backward DFA per run).
    const cvSuffix = new Uint8Array(n);
    const runEnd = new Int32Array(n);
    let acc = ACCEPTING;
    let w = n;
    for (let i = n - 1; i >= 0; i--) {
        const c = text[i];
        if (isWS(c)) {
            acc = ACCEPTING;
            w = i;
            continue;
        }
        runEnd[i] = w;
        acc = acc === 0 ? 0 : backStep(c, acc);
        cvSuffix[i] = (acc >> S_START) & 1;
    }
    // tail(w): w is the end of a run; after it: \s+ - \s+ CV. Returns [bStart, bEnd] or undefined.
    const tailCache = new Map();
    const tail = (w0) => {
        const cached = tailCache.get(w0);
        if (cached !== undefined)
            return cached;
        let result = null;
        let j = w0;
        if (j < n && isWS(text[j])) {
            while (j < n && isWS(text[j]))
                j++;
            if (text[j] === '-' && isWS(text[j + 1])) {
                j++;
                while (j < n && isWS(text[j]))
                    j++;
                const bEnd = greedyCvEnd(text, j);
                if (bEnd > j)
                    result = [j, bEnd];
            }
        }
        tailCache.set(w0, result);
        return result;
    };
    const out = [];
    let pos = 0;
    let q = 0;
    while (q < n) {
        if (isWS(text[q])) {
            q++;
            continue;
        }
        const w0 = runEnd[q];
        const t = tail(w0);
        if (!t) {
            q = w0;
            continue;
        }
        if (!cvSuffix[q]) {
            q++;
            continue;
        }
        let start = q;
        while (start > pos && isWS(text[start - 1]))
            start--;
        let end = t[1];
        while (end < n && isWS(text[end]))
            end++;
        out.push({ start, end, aStart: q, aEnd: w0, bStart: t[0], bEnd: t[1] });
        pos = end;
        q = end;
    }
    return out;
}
const ROLE_COPY = 0;
const ROLE_GE = 1;
const ROLE_A = 2;
const ROLE_LE = 3;
const ROLE_B = 4;
const ROLE_PUNCT = 5;
function replacementPieces(m, text) {
    const a = text.slice(m.aStart, m.aEnd);
    const b = text.slice(m.bStart, m.bEnd);
    return [
        { s: '>=', role: ROLE_GE, orig: () => m.aStart },
        { s: ' ', role: ROLE_PUNCT, orig: () => m.aStart },
        { s: a, role: ROLE_A, orig: (k) => m.aStart + k },
        { s: ', ', role: ROLE_PUNCT, orig: () => m.aEnd },
        { s: '<=', role: ROLE_LE, orig: () => m.bStart },
        { s: ' ', role: ROLE_PUNCT, orig: () => m.bStart },
        { s: b, role: ROLE_B, orig: (k) => m.bStart + k },
        // v3.2.1+ (and v3.5.0) append a space; Debian's 3.2.0 does not (§2.8, §7).
        { s: ' ', role: ROLE_PUNCT, orig: () => m.bEnd },
    ];
}
/**
 * `rewriteRange` of v3.5.0: for each match m (in order) the *first occurrence*
 * of m's text in the current string is replaced by `>= A, <= B `.
 *
 * Normally that first occurrence is the match itself ("natural" position),
 * and the result is built here in linear time. Go can replace at an earlier
 * place only when some match is directly followed by a '-' of the original
 * (`1 - 2 - 3`, `1 - 2- 3`): then a replacement's trailing space, that '-' and
 * the text after it can spell a later match's text. (Proof sketch: an earlier
 * occurrence lying in original text between matches would itself have been
 * found by FindAll; so it overlaps a replacement, whose only whitespace that
 * can precede a '-' is its trailing space.)
 *
 * Such constraints are always invalid in Go, whatever the replacement order,
 * and `directlyFollowedByDash` reports them. Proof: call D the '-' characters
 * of the original that are preceded by whitespace in the current string. A
 * '-' of D can never be part of a valid alternative (an atom, operator or
 * version never starts with '-'). Every match's own ' - ' is in D at the
 * start, so |D| ≥ K (K = number of matches). Each replacement removes exactly
 * one element of D (the ' - ' of the text it replaces: `>= A, <= B ` has no
 * whitespace before a '-') and can add at most one (the character after it,
 * now preceded by the trailing space). Let j be the first match directly
 * followed by a '-' g; matches 1..j are replaced at their natural positions
 * (there is no earlier such '-'), and g, which lies outside every match, is in
 * D after step j (it was preceded by whitespace already, or the trailing space
 * now precedes it). So |D| ≥ K - j + 1 after step j and ≥ 1 after step K.
 */
function rewriteHyphenRanges(text) {
    const ranges = findHyphenRanges(text);
    const n = text.length;
    if (ranges.length === 0)
        return { text, orig: null, rep: null, role: null, ranges, directlyFollowedByDash: false };
    const directlyFollowedByDash = ranges.some((m) => text[m.end] === '-');
    const allPieces = ranges.map((m) => replacementPieces(m, text));
    let len = n;
    ranges.forEach((m, id) => {
        for (const piece of allPieces[id])
            len += piece.s.length;
        len -= m.end - m.start;
    });
    const orig = new Int32Array(len + 1);
    const rep = new Int32Array(len + 1).fill(-1);
    const role = new Uint8Array(len + 1);
    const parts = [];
    let o = 0;
    let from = 0;
    const copy = (a, b) => {
        parts.push(text.slice(a, b));
        for (let i = a; i < b; i++)
            orig[o++] = i;
    };
    ranges.forEach((m, id) => {
        copy(from, m.start);
        for (const piece of allPieces[id]) {
            parts.push(piece.s);
            for (let k = 0; k < piece.s.length; k++) {
                orig[o] = piece.orig(k);
                rep[o] = id;
                role[o] = piece.role;
                o++;
            }
        }
        from = m.end;
    });
    copy(from, n);
    orig[o] = n;
    return { text: parts.join(''), orig, rep, role, ranges, directlyFollowedByDash };
}
// ---------------------------------------------------------------------------
// Steps 2–5: split at "||", validate and tokenize each alternative (§2.3
// scanner), expand and parse each atom's version.
const OPERATORS = ['!=', '>=', '=>', '<=', '=<', '~>', '=', '>', '<', '~', '^'];
const OP_CHARS = '=<>!~^';
function describeChar(c) {
    const code = c.codePointAt(0);
    const names = { '\v': '\\v (vertical tab)', '\u00a0': 'U+00A0 (no-break space)' };
    if (names[c])
        return names[c];
    if (code < 0x20 || code === 0x7f || code > 0x7e)
        return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `'${c}'`;
}
function isSpaceLike(c) {
    // Characters people take for whitespace that Go's \s does not include.
    return c === '\v' || /\s/u.test(c);
}
/** Explains why `run` (the non-separator text after an operator) is not a version. */
function explainBadRun(alt, opStart, op, cvStart, run) {
    if (run[0] === '-') {
        return {
            reason: `'${run}' is not a version (a hyphen range "A - B" needs whitespace on both sides of '-', and cannot be chained or follow an operator)`,
            pos: cvStart,
        };
    }
    if (OP_CHARS.includes(run[0])) {
        let k = 0;
        while (k < run.length && OP_CHARS.includes(run[k]))
            k++;
        const written = alt.slice(opStart, cvStart + k);
        return {
            reason: `'${written}' is not an operator (operators: = != > < >= => <= =< ~ ~> ^, written without spaces inside)`,
            pos: op === '' ? cvStart : opStart,
        };
    }
    const prefix = { index: 0, stuck: 0 };
    isCv(run, prefix);
    const bad = run[prefix.stuck];
    const badPos = cvStart + prefix.stuck;
    if (prefix.index > 0 && prefix.index === prefix.stuck && bad !== undefined && OP_CHARS.includes(bad)) {
        const first = alt.slice(opStart, cvStart + prefix.index);
        let k = prefix.index;
        while (k < run.length && !isSpaceLike(run[k]))
            k++;
        return { reason: `no separator between '${first}' and '${run.slice(prefix.index, k)}' (separate atoms with a space or a comma)`, pos: badPos };
    }
    if (run[0] === 'V')
        return { reason: `'${run}': the 'v' prefix must be lowercase`, pos: cvStart };
    if (run.startsWith('vv'))
        return { reason: `'${run}': only one 'v' prefix is allowed`, pos: cvStart };
    if (bad !== undefined && isSpaceLike(bad)) {
        return {
            reason: `${describeChar(bad)} is not whitespace for Masterminds (only space, tab, newline, carriage return and form feed separate atoms)`,
            pos: badPos,
        };
    }
    if (bad === undefined) {
        const last = run[run.length - 1];
        const what = last === '-' ? 'an empty prerelease' : last === '+' ? 'empty build metadata' : last === '.' ? 'an empty component' : 'an incomplete version';
        return { reason: `'${run}' has ${what}`, pos: cvStart + run.length - 1 };
    }
    const parts = splitVersionLiteral(run.slice(0, prefix.index), isCvNum);
    if (bad === '.' && parts?.patch !== undefined && parts.pre === undefined && parts.meta === undefined) {
        return { reason: `'${run}' has more than three components`, pos: badPos };
    }
    if (bad === '|' || run.includes('|')) {
        return { reason: `'${run}' is not a version (a single '|' is not an operator; OR is '||')`, pos: badPos };
    }
    return { reason: `'${run}' is not a version (unexpected ${describeChar(bad)})`, pos: badPos };
}
/** §2.3: accepts exactly what VALID accepts, returns the atoms FIND returns. */
function scanAlternative(alt, index, count) {
    const n = alt.length;
    const atoms = [];
    let i = 0;
    let afterComma = -1;
    for (;;) {
        while (i < n && isWS(alt[i]))
            i++;
        const opStart = i;
        let op = '';
        for (const candidate of OPERATORS) {
            if (alt.startsWith(candidate, i)) {
                op = candidate;
                break;
            }
        }
        i += op.length;
        while (i < n && isWS(alt[i]))
            i++;
        const cvStart = i;
        let j = i;
        while (j < n && !isWS(alt[j]) && alt[j] !== ',')
            j++;
        const run = alt.slice(i, j);
        if (run === '') {
            if (op !== '')
                return { ok: false, reason: `'${op}' is not followed by a version`, pos: opStart };
            if (atoms.length === 0 && afterComma < 0) {
                if (i < n)
                    return { ok: false, reason: 'leading comma', pos: i };
                const reason = count === 1 ? 'empty constraint' : index > 0 ? "empty alternative after '||'" : "empty alternative before '||'";
                return { ok: false, reason, pos: 0 };
            }
            if (i < n)
                return { ok: false, reason: 'doubled comma (a comma must be followed by an atom)', pos: i };
            return { ok: false, reason: 'trailing comma (a comma must be followed by an atom)', pos: afterComma };
        }
        if (!isCv(run)) {
            const e = explainBadRun(alt, opStart, op, cvStart, run);
            return { ok: false, reason: e.reason, pos: e.pos };
        }
        atoms.push({ op, opStart, cvStart, cvEnd: j });
        i = j;
        const k = i;
        while (i < n && isWS(alt[i]))
            i++;
        if (i === n)
            return { ok: true, atoms };
        if (alt[i] === ',') {
            afterComma = i;
            i++;
            continue;
        }
        if (i === k)
            return { ok: false, reason: 'missing separator', pos: i }; // unreachable: runs end at a separator
        afterComma = -1;
    }
}
/** §2.4: the partial-version expansion of `parseConstraint`, then `NewVersion`. */
function expandVersion(cv) {
    const parts = splitVersionLiteral(cv, isCvNum); // validated by the scanner
    const pre = parts.pre === undefined ? '' : `-${parts.pre}`;
    let precision;
    let ver;
    if (isX(parts.major)) {
        precision = 0;
        ver = `0.0.0${pre}`;
    }
    else if (parts.minor === undefined || isX(parts.minor)) {
        precision = 1;
        ver = `${parts.major}.0.0${pre}`;
    }
    else if (parts.patch === undefined || isX(parts.patch)) {
        precision = 2;
        ver = `${parts.major}.${parts.minor}.0${pre}`;
    }
    else {
        precision = 3;
        ver = cv;
    }
    const r = mastermindsNewVersion(ver);
    if (r.ok) {
        const v = r.version;
        return { ok: true, atom: { precision, major: v.major, minor: v.minor, patch: v.patch, pre: v.pre } };
    }
    // Explain in terms of what was written.
    const off = parts.v ? 1 : 0;
    const comps = [
        [parts.major, off],
        [parts.minor, off + parts.major.length + 1],
        [parts.patch, off + parts.major.length + 1 + (parts.minor?.length ?? 0) + 1],
    ];
    for (const [c, index] of comps.slice(0, precision)) {
        if (c === undefined)
            continue;
        if (!/^[0-9]+$/.test(c)) {
            const hint = c.includes('|') ? " (a single '|' is not an operator; OR is '||')" : '';
            return { ok: false, reason: `'${c}' is neither a number nor a single wildcard x, X or *${hint}`, index };
        }
        if (BigInt(c) > version_UINT64_MAX)
            return { ok: false, reason: `${c} exceeds the uint64 maximum ${version_UINT64_MAX}`, index };
    }
    // A prerelease problem: point at the identifier (ver and cv differ before the '-').
    const inVer = ver.indexOf('-');
    const inCv = cv.indexOf('-');
    const index = inVer >= 0 && inCv >= 0 && r.index > inVer ? inCv + (r.index - inVer) : Math.max(inCv + 1, 0);
    return { ok: false, reason: r.reason, index };
}
// ---------------------------------------------------------------------------
// §5.3: the releases one atom matches.
function iv(lo, hi) {
    return { lo, hi };
}
function atomReleases(op, a) {
    const { precision: P, major: M, minor: m, patch: p } = a;
    const pre = a.pre !== '';
    const zero = version_release(0, 0, 0);
    const t = version_release(M, m, p);
    const nextMajor = version_release(M + 1n, 0, 0);
    const nextMinor = version_release(M, m + 1n, 0);
    const nextPatch = version_release(M, m, p + 1n);
    const set = (...xs) => normalizeSet(xs);
    switch (op) {
        case '':
        case '=':
            if (P === 0)
                return ALL_RELEASES;
            if (P === 1)
                return set(iv(version_release(M, 0, 0), nextMajor));
            if (P === 2)
                return set(iv(version_release(M, m, 0), nextMinor));
            return pre ? EMPTY_SET : set(iv(t, nextPatch));
        case '~':
        case '~>':
            if (P === 0)
                return ALL_RELEASES;
            if (P === 1)
                return set(iv(version_release(M, 0, 0), nextMajor));
            if (P === 2)
                return set(iv(version_release(M, m, 0), nextMinor));
            return M === 0n && m === 0n && p === 0n ? ALL_RELEASES : set(iv(t, nextMinor));
        case '^':
            if (P === 0)
                return set(iv(zero, version_release(0, 0, 1)));
            if (P === 1 || M > 0n)
                return set(iv(t, nextMajor));
            if (P === 2 || m > 0n)
                return set(iv(t, nextMinor));
            return set(iv(t, nextPatch));
        case '>=':
        case '=>':
            return set(iv(t, null));
        case '>':
            if (P === 0)
                return pre ? ALL_RELEASES : set(iv(version_release(0, 0, 1), null));
            if (P === 1)
                return set(iv(nextMajor, null));
            if (P === 2)
                return set(iv(nextMinor, null));
            return set(iv(pre ? t : nextPatch, null));
        case '<':
            return set(iv(zero, t));
        case '<=':
        case '=<':
            if (P === 0)
                return set(iv(zero, version_release(0, 1, 0)));
            if (P === 1)
                return set(iv(zero, nextMajor));
            if (P === 2)
                return set(iv(zero, nextMinor));
            return set(iv(zero, pre ? t : nextPatch));
        case '!=':
            if (P === 0)
                return pre ? ALL_RELEASES : set(iv(version_release(0, 0, 1), null));
            if (P === 1)
                return complementSet(set(iv(t, nextMajor)));
            if (P === 2)
                return pre ? ALL_RELEASES : complementSet(set(iv(t, nextMinor)));
            return pre ? ALL_RELEASES : complementSet(set(iv(t, nextPatch)));
        default:
            throw new Error(`unknown operator ${JSON.stringify(op)}`);
    }
}
// ---------------------------------------------------------------------------
const QUOTE_LIMIT = 120;
/** Go's %q, roughly; long texts are shortened. */
function quote(s) {
    if (s.length <= QUOTE_LIMIT)
        return JSON.stringify(s);
    return `${JSON.stringify(s.slice(0, QUOTE_LIMIT - 20))}… (${s.length} characters)`;
}
function parseUncached(text) {
    const rw = rewriteHyphenRanges(text);
    const s = rw.text;
    const rewrote = rw.ranges.length > 0;
    const clamp = (p) => Math.min(Math.max(p, 0), s.length);
    const mapPos = (p) => (rw.orig ? rw.orig[clamp(p)] : clamp(p));
    const repAt = (p) => (rw.rep ? rw.rep[p] : -1);
    const roleAt = (p) => (rw.role ? rw.role[p] : ROLE_COPY);
    const alternatives = [];
    const pieces = [];
    const alts = s.split('||');
    let base = 0;
    for (let k = 0; k < alts.length; k++) {
        const alt = alts[k];
        const scan = scanAlternative(alt, k, alts.length);
        const afterRewrite = (from, to) => {
            for (let i = from; i < to; i++)
                if (repAt(i) >= 0)
                    return ' (after rewriting hyphen ranges "A - B" to ">= A, <= B ")';
            return '';
        };
        if (!scan.ok) {
            let hint = '';
            const near = base + scan.pos;
            if (rewrote) {
                const touch = (i) => i >= base && i < base + alt.length && repAt(i) >= 0;
                if (touch(near - 1) || touch(near)) {
                    hint = '; a hyphen range must start its alternative or follow a comma, and cannot follow an operator';
                }
            }
            return {
                ok: false,
                text,
                error: `improper constraint: ${quote(alt)}${afterRewrite(base, base + alt.length)}: ${scan.reason}${hint}`,
                offset: mapPos(near),
            };
        }
        const atoms = [];
        let altSet = ALL_RELEASES;
        for (const sa of scan.atoms) {
            const cv = alt.slice(sa.cvStart, sa.cvEnd);
            const ex = expandVersion(cv);
            const absOp = base + sa.opStart;
            const absCv = base + sa.cvStart;
            const absEnd = base + sa.cvEnd;
            if (!ex.ok) {
                return {
                    ok: false,
                    text,
                    error: `constraint parser error: ${quote(alt.slice(sa.opStart, sa.cvEnd))}${afterRewrite(absOp, absEnd)}: ${ex.reason}`,
                    offset: mapPos(absCv + ex.index),
                };
            }
            // A hyphen atom: the operator and the version come from one replacement, in place.
            const id = repAt(absOp);
            let fromHyphenRange = false;
            let start = mapPos(absOp);
            let end = mapPos(absEnd - 1) + 1;
            if (id >= 0 && (sa.op === '>=' || sa.op === '<=')) {
                const m = rw.ranges[id];
                const isLow = sa.op === '>=' && roleAt(absOp) === ROLE_GE;
                const isHigh = sa.op === '<=' && roleAt(absOp) === ROLE_LE;
                const want = isLow ? ROLE_A : ROLE_B;
                const len = isLow ? m.aEnd - m.aStart : m.bEnd - m.bStart;
                if ((isLow || isHigh) && absEnd - absCv === len) {
                    let same = true;
                    for (let i = absCv; i < absEnd && same; i++)
                        same = repAt(i) === id && roleAt(i) === want;
                    if (same) {
                        fromHyphenRange = true;
                        start = isLow ? m.aStart : m.bStart;
                        end = isLow ? m.aEnd : m.bEnd;
                    }
                }
            }
            atoms.push(Object.freeze({
                operator: sa.op,
                version: cv,
                precision: ex.atom.precision,
                prerelease: ex.atom.pre !== '',
                fromHyphenRange,
                start,
                end,
            }));
            if (altSet.length > 0)
                altSet = intersectSets(altSet, atomReleases(sa.op, ex.atom));
        }
        alternatives.push(Object.freeze(atoms));
        for (const it of altSet)
            pieces.push(it);
        base += alt.length + 2;
    }
    if (rw.directlyFollowedByDash) {
        // Unreachable (see rewriteHyphenRanges): the scan above has already failed.
        return { ok: false, text, error: 'improper constraint: a hyphen range is directly followed by \'-\'', offset: rw.ranges.find((m) => text[m.end] === '-')?.end ?? 0 };
    }
    return { ok: true, text, releases: normalizeSet(pieces), alternatives: Object.freeze(alternatives) };
}
const CACHE_LIMIT = 10_000;
const cache = new Map();
/** `semver.NewConstraint` of v3.5.0, evaluated to the set of releases it matches. Memoized. */
function parseConstraint(text) {
    const hit = cache.get(text);
    if (hit)
        return hit;
    const result = Object.freeze(parseUncached(text));
    // Dropping everything when full keeps this O(1) (deleting the oldest entry
    // of a Map one by one is not, in V8) and is harmless for a memo.
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(text, result);
    return result;
}
/**
 * Gardener's `CheckVersionMeetsConstraint(version, constraint)`: the constraint
 * is parsed first (an invalid one throws even if the version is invalid too),
 * then `NewVersion(Normalize(version))` (throws if invalid), then `Check`.
 */
function constraint_matchesConstraint(constraint, version) {
    const c = parseConstraint(constraint);
    if (!c.ok)
        throw new Error(c.error);
    const v = parseCandidateVersion(version);
    if (v === undefined) {
        throw new Error(`invalid semantic version: ${quote(version)} (normalized: ${quote(normalizeVersion(version))})`);
    }
    return setContains(c.releases, v);
}
const EXACT = /^(v?[0-9]+\.[0-9]+\.[0-9]+|=)/;
/** Gardener's score regex `^(v?[0-9]+\.[0-9]+\.[0-9]+|=)`: an "exact" constraint scores 2 instead of 1. */
function constraint_isExactConstraint(constraint) {
    return EXACT.test(constraint);
}

;// CONCATENATED MODULE: ./src/engine/constraint/index.ts
// The Masterminds v3.5.0 constraint engine: releases, release-interval sets,
// and the constraint parser/evaluator.





;// CONCATENATED MODULE: ./src/engine/schema/validators.generated.ts
// @ts-nocheck
// Generated by scripts/generate-validators.mjs from src/engine/schema/schemas.ts (ajv standalone code).
// Do not edit: `npm run build` regenerates it, and a test checks it matches the schemas.
/* eslint-disable */
function ucs2length(str) {
    // ajv/dist/runtime/ucs2length: the length in code points (a surrogate pair counts once).
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++;
        }
    }
    return length;
}
const vector = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/imagevector-lint/imagevector-lint/schema/image-vector.schema.json", "title": "Gardener image vector (images.yaml, IMAGEVECTOR_OVERWRITE)", "type": "object", "required": ["images"], "additionalProperties": false, "properties": { "images": { "type": ["array", "null"], "items": { "type": "object", "description": "One image vector entry (Gardener ImageSource).", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "Image name Gardener looks the entry up by." }, "sourceRepository": { "description": "Source code repository (metadata; Gardener does not read it)." }, "repository": { "type": ["string", "null"], "description": "Image repository, without tag. Either repository (+ tag) or ref." }, "tag": { "type": ["string", "null"], "description": "Tag or digest (\"sha256:<64 hex>\", \"v1.2.3@sha256:<64 hex>\")." }, "ref": { "type": ["string", "null"], "description": "Full image reference. Never together with repository or tag." }, "runtimeVersion": { "type": ["string", "null"], "description": "Kubernetes version the image runs on. Kubernetes version constraint (Masterminds semver v3), e.g. \">= 1.30\", \"1.33.x\", \">= 1.31, < 1.34\". Absent = every version." }, "targetVersion": { "type": ["string", "null"], "description": "Kubernetes version the image acts on. Kubernetes version constraint (Masterminds semver v3), e.g. \">= 1.30\", \"1.33.x\", \">= 1.31, < 1.34\". Absent = every version." }, "version": { "type": ["string", "null"], "description": "Human-readable image version (a label; never a constraint)." }, "architectures": { "type": ["array", "null"], "items": { "type": "string" }, "description": "Architectures the image serves; absent = amd64 and arm64." }, "labels": { "description": "Metadata labels (e.g. gardener.cloud/cve-categorisation); Gardener does not read them." }, "resourceId": { "description": "Metadata; Gardener does not read it." } } } }, "caBundle": { "type": ["object", "null"], "additionalProperties": false, "properties": { "inline": { "type": ["string", "null"], "description": "PEM-encoded CA certificate(s)." } } } } };
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://github.com/imagevector-lint/imagevector-lint/schema/image-vector.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.images === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "images" }, message: "must have required property '" + "images" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "images") || (key0 === "caBundle"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.images !== undefined) {
            let data0 = data.images;
            if ((!(Array.isArray(data0))) && (data0 !== null)) {
                const err2 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: schema31.properties.images.type }, message: "must be array,null" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                        if (data1.name === undefined) {
                            const err3 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                        for (const key1 in data1) {
                            if (!(func1.call(schema31.properties.images.items.properties, key1))) {
                                const err4 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err4];
                                }
                                else {
                                    vErrors.push(err4);
                                }
                                errors++;
                            }
                        }
                        if (data1.name !== undefined) {
                            let data2 = data1.name;
                            if (typeof data2 === "string") {
                                if (func2(data2) < 1) {
                                    const err5 = { instancePath: instancePath + "/images/" + i0 + "/name", schemaPath: "#/properties/images/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err5];
                                    }
                                    else {
                                        vErrors.push(err5);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err6 = { instancePath: instancePath + "/images/" + i0 + "/name", schemaPath: "#/properties/images/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                        if (data1.repository !== undefined) {
                            let data3 = data1.repository;
                            if ((typeof data3 !== "string") && (data3 !== null)) {
                                const err7 = { instancePath: instancePath + "/images/" + i0 + "/repository", schemaPath: "#/properties/images/items/properties/repository/type", keyword: "type", params: { type: schema31.properties.images.items.properties.repository.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        if (data1.tag !== undefined) {
                            let data4 = data1.tag;
                            if ((typeof data4 !== "string") && (data4 !== null)) {
                                const err8 = { instancePath: instancePath + "/images/" + i0 + "/tag", schemaPath: "#/properties/images/items/properties/tag/type", keyword: "type", params: { type: schema31.properties.images.items.properties.tag.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        if (data1.ref !== undefined) {
                            let data5 = data1.ref;
                            if ((typeof data5 !== "string") && (data5 !== null)) {
                                const err9 = { instancePath: instancePath + "/images/" + i0 + "/ref", schemaPath: "#/properties/images/items/properties/ref/type", keyword: "type", params: { type: schema31.properties.images.items.properties.ref.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        if (data1.runtimeVersion !== undefined) {
                            let data6 = data1.runtimeVersion;
                            if ((typeof data6 !== "string") && (data6 !== null)) {
                                const err10 = { instancePath: instancePath + "/images/" + i0 + "/runtimeVersion", schemaPath: "#/properties/images/items/properties/runtimeVersion/type", keyword: "type", params: { type: schema31.properties.images.items.properties.runtimeVersion.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        if (data1.targetVersion !== undefined) {
                            let data7 = data1.targetVersion;
                            if ((typeof data7 !== "string") && (data7 !== null)) {
                                const err11 = { instancePath: instancePath + "/images/" + i0 + "/targetVersion", schemaPath: "#/properties/images/items/properties/targetVersion/type", keyword: "type", params: { type: schema31.properties.images.items.properties.targetVersion.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                        if (data1.version !== undefined) {
                            let data8 = data1.version;
                            if ((typeof data8 !== "string") && (data8 !== null)) {
                                const err12 = { instancePath: instancePath + "/images/" + i0 + "/version", schemaPath: "#/properties/images/items/properties/version/type", keyword: "type", params: { type: schema31.properties.images.items.properties.version.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                        if (data1.architectures !== undefined) {
                            let data9 = data1.architectures;
                            if ((!(Array.isArray(data9))) && (data9 !== null)) {
                                const err13 = { instancePath: instancePath + "/images/" + i0 + "/architectures", schemaPath: "#/properties/images/items/properties/architectures/type", keyword: "type", params: { type: schema31.properties.images.items.properties.architectures.type }, message: "must be array,null" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                            if (Array.isArray(data9)) {
                                const len1 = data9.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    if (typeof data9[i1] !== "string") {
                                        const err14 = { instancePath: instancePath + "/images/" + i0 + "/architectures/" + i1, schemaPath: "#/properties/images/items/properties/architectures/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err14];
                                        }
                                        else {
                                            vErrors.push(err14);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                    }
                    else {
                        const err15 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.caBundle !== undefined) {
            let data11 = data.caBundle;
            if ((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)) {
                const err16 = { instancePath: instancePath + "/caBundle", schemaPath: "#/properties/caBundle/type", keyword: "type", params: { type: schema31.properties.caBundle.type }, message: "must be object,null" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                for (const key2 in data11) {
                    if (!(key2 === "inline")) {
                        const err17 = { instancePath: instancePath + "/caBundle", schemaPath: "#/properties/caBundle/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data11.inline !== undefined) {
                    let data12 = data11.inline;
                    if ((typeof data12 !== "string") && (data12 !== null)) {
                        const err18 = { instancePath: instancePath + "/caBundle/inline", schemaPath: "#/properties/caBundle/properties/inline/type", keyword: "type", params: { type: schema31.properties.caBundle.properties.inline.type }, message: "must be string,null" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
            }
        }
    }
    else {
        const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err19];
        }
        else {
            vErrors.push(err19);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const components = validate21;
const schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/imagevector-lint/imagevector-lint/schema/component-overwrite.schema.json", "title": "Gardener component image vector overwrites (IMAGEVECTOR_OVERWRITE_COMPONENTS)", "type": "object", "required": ["components"], "additionalProperties": false, "properties": { "components": { "type": "array", "items": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "A component Gardener deploys (e.g. etcd-druid)." }, "imageVectorOverwrite": { "type": ["string", "null"], "description": "An image vector, as a string (use a `|` block). Absent or empty: the overwrite changes nothing." } } } } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://github.com/imagevector-lint/imagevector-lint/schema/component-overwrite.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.components === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property '" + "components" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === "components")) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.components !== undefined) {
            let data0 = data.components;
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                        if (data1.name === undefined) {
                            const err2 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                        for (const key1 in data1) {
                            if (!((key1 === "name") || (key1 === "imageVectorOverwrite"))) {
                                const err3 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err3];
                                }
                                else {
                                    vErrors.push(err3);
                                }
                                errors++;
                            }
                        }
                        if (data1.name !== undefined) {
                            let data2 = data1.name;
                            if (typeof data2 === "string") {
                                if (func2(data2) < 1) {
                                    const err4 = { instancePath: instancePath + "/components/" + i0 + "/name", schemaPath: "#/properties/components/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err4];
                                    }
                                    else {
                                        vErrors.push(err4);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err5 = { instancePath: instancePath + "/components/" + i0 + "/name", schemaPath: "#/properties/components/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err5];
                                }
                                else {
                                    vErrors.push(err5);
                                }
                                errors++;
                            }
                        }
                        if (data1.imageVectorOverwrite !== undefined) {
                            let data3 = data1.imageVectorOverwrite;
                            if ((typeof data3 !== "string") && (data3 !== null)) {
                                const err6 = { instancePath: instancePath + "/components/" + i0 + "/imageVectorOverwrite", schemaPath: "#/properties/components/items/properties/imageVectorOverwrite/type", keyword: "type", params: { type: schema32.properties.components.items.properties.imageVectorOverwrite.type }, message: "must be string,null" };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err7 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    else {
        const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const config = validate22;
const schema33 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/imagevector-lint/imagevector-lint/schema/imagevector-lint.schema.json", "title": "imagevector-lint configuration (.imagevector-lint.yaml)", "type": ["object", "null"], "additionalProperties": false, "properties": { "rules": { "type": "object", "description": "Severity per rule id (see docs/rules.md): error, warning, notice or off.", "propertyNames": { "enum": ["unreadable-file", "yaml-syntax", "template-skipped", "yaml-duplicate-key", "yaml-type-trap", "schema", "unknown-field", "field-case", "invalid-constraint", "unsatisfiable-constraint", "ambiguous-partial-version", "legacy-version-constraint", "image-source", "image-reference", "unknown-architecture", "duplicate-entry", "ca-bundle", "analysis-limit", "version-overlap", "version-gap", "shadowed-entry", "overwrite-without-effect", "overwrite-partial", "unknown-image", "unknown-component", "duplicate-component", "disallowed-registry", "coverage-lost", "tag-style-changed", "tag-downgraded", "registry-changed", "config", "unused-suppression"] }, "additionalProperties": { "enum": ["error", "warning", "notice", "off", false] } }, "architectures": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "Architectures an entry may name (default amd64, arm64)." }, "kubernetesVersions": { "type": ["string", "number"], "description": "The Kubernetes versions every image must resolve for, as a Masterminds constraint, e.g. \">= 1.30\"." }, "components": { "type": "array", "items": { "type": "string" }, "description": "Component names a component overwrite may name, besides the base vectors' image names." }, "componentVectors": { "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "description": "A component's own image vector, by component name (paths relative to this file, inside the repository): its overwrite may only name these images." }, "extensionVectors": { "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "description": "An extension's image vector, by the name its ControllerDeployment has (paths relative to this file, inside the repository): an overwrite in that ControllerDeployment's values is checked against it." }, "registries": { "type": "object", "description": "Registry policy: every resolved image must come from one of these hosts or host/path prefixes.", "required": ["allowed"], "additionalProperties": false, "properties": { "allowed": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "\\S" } } } }, "ignore": { "type": "array", "description": "Files not to lint: globs relative to this file's folder (the action's `files` syntax); a folder's glob excludes everything below it.", "items": { "type": "string", "pattern": "\\S", "not": { "pattern": "^[/!]|(^|/)\\.\\.(/|$)" } } }, "maxFileBytes": { "type": "number", "exclusiveMinimum": 0, "description": "The largest vector file read, in bytes (default 1048576, 1 MiB); a larger one is an unreadable-file error." } } };
const pattern4 = new RegExp("\\S", "u");
const pattern5 = new RegExp("^[/!]|(^|/)\\.\\.(/|$)", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://github.com/imagevector-lint/imagevector-lint/schema/imagevector-lint.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate22.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema33.type }, message: "must be object,null" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func1.call(schema33.properties, key0))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.rules !== undefined) {
            let data0 = data.rules;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                for (const key1 in data0) {
                    const _errs4 = errors;
                    if (!(((((((((((((((((((((((((((((((((key1 === "unreadable-file") || (key1 === "yaml-syntax")) || (key1 === "template-skipped")) || (key1 === "yaml-duplicate-key")) || (key1 === "yaml-type-trap")) || (key1 === "schema")) || (key1 === "unknown-field")) || (key1 === "field-case")) || (key1 === "invalid-constraint")) || (key1 === "unsatisfiable-constraint")) || (key1 === "ambiguous-partial-version")) || (key1 === "legacy-version-constraint")) || (key1 === "image-source")) || (key1 === "image-reference")) || (key1 === "unknown-architecture")) || (key1 === "duplicate-entry")) || (key1 === "ca-bundle")) || (key1 === "analysis-limit")) || (key1 === "version-overlap")) || (key1 === "version-gap")) || (key1 === "shadowed-entry")) || (key1 === "overwrite-without-effect")) || (key1 === "overwrite-partial")) || (key1 === "unknown-image")) || (key1 === "unknown-component")) || (key1 === "duplicate-component")) || (key1 === "disallowed-registry")) || (key1 === "coverage-lost")) || (key1 === "tag-style-changed")) || (key1 === "tag-downgraded")) || (key1 === "registry-changed")) || (key1 === "config")) || (key1 === "unused-suppression"))) {
                        const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema33.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key1 };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                    var valid1 = _errs4 === errors;
                    if (!valid1) {
                        const err3 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                for (const key2 in data0) {
                    let data1 = data0[key2];
                    if (!(((((data1 === "error") || (data1 === "warning")) || (data1 === "notice")) || (data1 === "off")) || (data1 === false))) {
                        const err4 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema33.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.architectures !== undefined) {
            let data2 = data.architectures;
            if (Array.isArray(data2)) {
                if (data2.length < 1) {
                    const err6 = { instancePath: instancePath + "/architectures", schemaPath: "#/properties/architectures/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    if (typeof data3 === "string") {
                        if (func2(data3) < 1) {
                            const err7 = { instancePath: instancePath + "/architectures/" + i0, schemaPath: "#/properties/architectures/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err8 = { instancePath: instancePath + "/architectures/" + i0, schemaPath: "#/properties/architectures/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/architectures", schemaPath: "#/properties/architectures/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.kubernetesVersions !== undefined) {
            let data4 = data.kubernetesVersions;
            if ((typeof data4 !== "string") && (!(typeof data4 == "number"))) {
                const err10 = { instancePath: instancePath + "/kubernetesVersions", schemaPath: "#/properties/kubernetesVersions/type", keyword: "type", params: { type: schema33.properties.kubernetesVersions.type }, message: "must be string,number" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.components !== undefined) {
            let data5 = data.components;
            if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data5[i1] !== "string") {
                        const err11 = { instancePath: instancePath + "/components/" + i1, schemaPath: "#/properties/components/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err12 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.componentVectors !== undefined) {
            let data7 = data.componentVectors;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key3 in data7) {
                    let data8 = data7[key3];
                    if (typeof data8 === "string") {
                        if (func2(data8) < 1) {
                            const err13 = { instancePath: instancePath + "/componentVectors/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/componentVectors/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err14 = { instancePath: instancePath + "/componentVectors/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/componentVectors/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/componentVectors", schemaPath: "#/properties/componentVectors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.extensionVectors !== undefined) {
            let data9 = data.extensionVectors;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key4 in data9) {
                    let data10 = data9[key4];
                    if (typeof data10 === "string") {
                        if (func2(data10) < 1) {
                            const err16 = { instancePath: instancePath + "/extensionVectors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/extensionVectors/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err17 = { instancePath: instancePath + "/extensionVectors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/extensionVectors/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err18 = { instancePath: instancePath + "/extensionVectors", schemaPath: "#/properties/extensionVectors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.registries !== undefined) {
            let data11 = data.registries;
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.allowed === undefined) {
                    const err19 = { instancePath: instancePath + "/registries", schemaPath: "#/properties/registries/required", keyword: "required", params: { missingProperty: "allowed" }, message: "must have required property '" + "allowed" + "'" };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                for (const key5 in data11) {
                    if (!(key5 === "allowed")) {
                        const err20 = { instancePath: instancePath + "/registries", schemaPath: "#/properties/registries/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data11.allowed !== undefined) {
                    let data12 = data11.allowed;
                    if (Array.isArray(data12)) {
                        if (data12.length < 1) {
                            const err21 = { instancePath: instancePath + "/registries/allowed", schemaPath: "#/properties/registries/properties/allowed/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                        const len2 = data12.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                            let data13 = data12[i2];
                            if (typeof data13 === "string") {
                                if (!pattern4.test(data13)) {
                                    const err22 = { instancePath: instancePath + "/registries/allowed/" + i2, schemaPath: "#/properties/registries/properties/allowed/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err22];
                                    }
                                    else {
                                        vErrors.push(err22);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err23 = { instancePath: instancePath + "/registries/allowed/" + i2, schemaPath: "#/properties/registries/properties/allowed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err24 = { instancePath: instancePath + "/registries/allowed", schemaPath: "#/properties/registries/properties/allowed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err25 = { instancePath: instancePath + "/registries", schemaPath: "#/properties/registries/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.ignore !== undefined) {
            let data14 = data.ignore;
            if (Array.isArray(data14)) {
                const len3 = data14.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    let data15 = data14[i3];
                    const _errs38 = errors;
                    const _errs39 = errors;
                    if (typeof data15 === "string") {
                        if (!pattern5.test(data15)) {
                            const err26 = {};
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                    var valid14 = _errs39 === errors;
                    if (valid14) {
                        const err27 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/properties/ignore/items/not", keyword: "not", params: {}, message: "must NOT be valid" };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs38;
                        if (vErrors !== null) {
                            if (_errs38) {
                                vErrors.length = _errs38;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    if (typeof data15 === "string") {
                        if (!pattern4.test(data15)) {
                            const err28 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/properties/ignore/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err29 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err30 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.maxFileBytes !== undefined) {
            let data16 = data.maxFileBytes;
            if (typeof data16 == "number") {
                if (data16 <= 0 || isNaN(data16)) {
                    const err31 = { instancePath: instancePath + "/maxFileBytes", schemaPath: "#/properties/maxFileBytes/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/maxFileBytes", schemaPath: "#/properties/maxFileBytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
    }
    validate22.errors = vErrors;
    return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/engine/reading/did-you-mean.ts
// Suggestions for misspelled names (fields, images, components).
/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols).fill(0);
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
            }
            d[i * cols + j] = best;
        }
    }
    return d[rows * cols - 1];
}
/**
 * The closest candidate within a distance that scales with the word's length
 * (a third of it, at least 1, at most 3; no guess for words under three letters),
 * compared case-insensitively; also a
 * candidate the word is a plural/singular or prefix of.
 */
function didYouMean(word, candidates) {
    const lower = word.toLowerCase();
    // One- and two-letter words are too short for a guess to mean anything.
    if (lower.length < 3)
        return undefined;
    const limit = Math.max(1, Math.min(3, Math.floor(lower.length / 3)));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const c = candidate.toLowerCase();
        if (c === lower)
            continue;
        const related = c.startsWith(lower) || lower.startsWith(c);
        // The distance is at least the difference in length: past the limit only a
        // related word can still qualify (at the limit), and the distance need not
        // be computed (a 1 MiB unknown key against field names would take seconds).
        if (Math.abs(c.length - lower.length) > limit) {
            if (related && limit < bestDistance) {
                best = candidate;
                bestDistance = limit;
            }
            continue;
        }
        const distance = editDistance(lower, c);
        const score = related ? Math.min(distance, limit) : distance;
        if (score <= limit && score < bestDistance) {
            best = candidate;
            bestDistance = score;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/engine/schema/config-schema.ts
// The JSON Schema of `.imagevector-lint.yaml`, and the one description of its
// keys: parseConfig (engine/config.ts) validates a configuration with exactly
// this schema, and the build writes it to schema/imagevector-lint.schema.json
// for editors, so the two cannot drift. Each key's `expected` is the message a
// user gets when the value does not fit.
const RULE_LEVELS = ['error', 'warning', 'notice', 'off'];
const pathMap = (what) => ({
    type: 'object',
    additionalProperties: { type: 'string', minLength: 1 },
    description: what,
});
/** A glob that reaches outside the configuration's folder, or is absolute or negated. */
const OUTSIDE_GLOB = '^[/!]|(^|/)\\.\\.(/|$)';
function keys(ruleIds) {
    return {
        rules: {
            schema: {
                type: 'object',
                description: 'Severity per rule id (see docs/rules.md): error, warning, notice or off.',
                propertyNames: { enum: [...ruleIds] },
                // YAML 1.1 (Gardener's dialect) reads an unquoted `off` as false.
                additionalProperties: { enum: [...RULE_LEVELS, false] },
            },
            expected: '`rules` must map rule ids to error, warning, notice or off.',
        },
        architectures: {
            schema: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Architectures an entry may name (default amd64, arm64).' },
            expected: '`architectures` must be a non-empty list of names, e.g. [amd64, arm64].',
        },
        kubernetesVersions: {
            // An unquoted 1.30 is a YAML number; the text as written is the constraint.
            schema: { type: ['string', 'number'], description: 'The Kubernetes versions every image must resolve for, as a Masterminds constraint, e.g. ">= 1.30".' },
            expected: '`kubernetesVersions` must be a version constraint, e.g. ">= 1.30".',
        },
        components: {
            schema: { type: 'array', items: { type: 'string' }, description: 'Component names a component overwrite may name, besides the base vectors\' image names.' },
            expected: '`components` must be a list of component names.',
        },
        componentVectors: {
            schema: pathMap("A component's own image vector, by component name (paths relative to this file, inside the repository): its overwrite may only name these images."),
            expected: '`componentVectors` must map component names to image vector paths.',
        },
        extensionVectors: {
            schema: pathMap("An extension's image vector, by the name its ControllerDeployment has (paths relative to this file, inside the repository): an overwrite in that ControllerDeployment's values is checked against it."),
            expected: '`extensionVectors` must map extension names (ControllerDeployment names) to image vector paths.',
        },
        registries: {
            schema: {
                type: 'object',
                description: 'Registry policy: every resolved image must come from one of these hosts or host/path prefixes.',
                required: ['allowed'],
                additionalProperties: false,
                properties: { allowed: { type: 'array', minItems: 1, items: { type: 'string', pattern: '\\S' } } },
            },
            expected: '`registries` must be a mapping with `allowed`: a non-empty list of registry hosts or host/path prefixes, e.g. { allowed: [registry.example.com/mirror] }.',
        },
        ignore: {
            schema: {
                type: 'array',
                description: "Files not to lint: globs relative to this file's folder (the action's `files` syntax); a folder's glob excludes everything below it.",
                items: { type: 'string', pattern: '\\S', not: { pattern: OUTSIDE_GLOB } },
            },
            expected: "`ignore` must be a list of globs of files not to lint, relative to this file's folder, without a leading / or ! and without '..', e.g. [dev-setup/**].",
        },
        maxFileBytes: {
            schema: { type: 'number', exclusiveMinimum: 0, description: 'The largest vector file read, in bytes (default 1048576, 1 MiB); a larger one is an unreadable-file error.' },
            expected: '`maxFileBytes` must be a positive number of bytes.',
        },
    };
}
const CONFIG_KEYS = Object.keys(keys([]));
/** What a value of `key` must be, as a finding says it. */
function expectedValue(key) {
    return keys([])[key]?.expected ?? '';
}
/** The schema, for the rule ids the run knows. */
function configSchema(ruleIds) {
    const specs = keys(ruleIds);
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://github.com/imagevector-lint/imagevector-lint/schema/imagevector-lint.schema.json',
        title: 'imagevector-lint configuration (.imagevector-lint.yaml)',
        type: ['object', 'null'],
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.schema])),
    };
}

;// CONCATENATED MODULE: ./src/engine/records.ts
// Records keyed by names from the linted files: component names, rule ids, configuration keys.
// A plain object answers `constructor`, `toString`, `hasOwnProperty` … from Object.prototype,
// and assigning to `__proto__` replaces its prototype instead of adding a key. The engine's
// records have no prototype; lookups in records a library user may have built as plain
// objects (LintConfig) read own keys only.
/** An empty record without prototype: every key, `__proto__` included, is an ordinary key. */
function emptyRecord() {
    return Object.create(null);
}
/** A record without prototype from entries; later entries win. */
function records_recordOf(entries) {
    const record = emptyRecord();
    for (const [key, value] of entries)
        record[key] = value;
    return record;
}
/** `record[key]` when `key` is the record's own key; never an inherited member. */
function ownValue(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

;// CONCATENATED MODULE: ./src/engine/config.ts






const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
function defaultConfig() {
    return {
        // Keyed by names from the configuration file: no prototype (see records.ts).
        rules: emptyRecord(),
        architectures: ['amd64', 'arm64'],
        components: [],
        componentVectors: emptyRecord(),
        ignore: [],
        maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    };
}
/** Later values win; rule levels are combined key by key. */
function mergeConfig(base, overrides) {
    const merged = { ...base, ...stripUndefined(overrides) };
    merged.rules = recordOf([...Object.entries(base.rules), ...Object.entries(overrides.rules ?? {})]);
    merged.componentVectors = recordOf([...Object.entries(base.componentVectors), ...Object.entries(overrides.componentVectors ?? {})]);
    if (base.extensionVectors || overrides.extensionVectors) {
        merged.extensionVectors = recordOf([...Object.entries(base.extensionVectors ?? {}), ...Object.entries(overrides.extensionVectors ?? {})]);
    }
    return merged;
}
function stripUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
const LEVELS = RULE_LEVELS;
/**
 * The configuration schema's validator (schema/config-schema.ts with the
 * product's rule ids), precompiled at build time like the schema rule's
 * (scripts/generate-validators.mjs): the exact schema the build ships.
 */
const validateConfig = config;
/**
 * Reads `.imagevector-lint.yaml`:
 *
 *   rules: { version-overlap: error, legacy-version-constraint: off }
 *   architectures: [amd64, arm64]
 *   kubernetesVersions: ">= 1.30"
 *   components: [etcd-druid]
 *   componentVectors: { etcd-druid: charts/etcd-druid/images.yaml }
 *
 * The structure is checked with the JSON Schema the build ships
 * (schema/imagevector-lint.schema.json, from schema/config-schema.ts); a
 * misspelt key or rule id gets a did-you-mean at the key itself. Problems
 * become findings of the rule `config` (never exceptions).
 */
function parseConfig(text, file, knownRules) {
    const config = defaultConfig();
    const findings = [];
    const componentVectorPaths = emptyRecord();
    const extensionVectorPaths = emptyRecord();
    const parsed = () => ({ config, findings, componentVectorPaths, extensionVectorPaths });
    const lines = new LineIndex(text);
    const problem = (message, offset = 0) => {
        const at = lines.position(offset);
        findings.push({ rule: 'config', severity: 'error', message, file, line: at.line, column: at.column });
    };
    const yaml = parseYaml(text);
    if (yaml.problem) {
        problem(`The configuration is not valid YAML: ${yaml.problem.message}.`, yaml.problem.offset);
        return parsed();
    }
    const root = yaml.documents[0] ?? null;
    const value = toPlainValue(root);
    if (value === null || value === undefined)
        return parsed();
    if (typeof value !== 'object' || Array.isArray(value) || root?.kind !== 'mapping') {
        problem(`The configuration must be a mapping (${CONFIG_KEYS.join(', ')}).`);
        return parsed();
    }
    const pairOf = (mapping, key) => mapping?.kind === 'mapping' ? mapping.pairs.find((p) => p.key.kind === 'scalar' && p.key.text === key) : undefined;
    const data = value;
    // Structure: the shipped schema decides, one finding per key at most.
    const bad = new Set();
    const unknownRules = new Set();
    if (!validateConfig(data)) {
        for (const error of validateConfig.errors ?? []) {
            const [key, sub] = error.instancePath.split('/').slice(1).map(unescapePointer);
            if (error.keyword === 'additionalProperties' && key === undefined) {
                const name = String(error.params.additionalProperty);
                const guess = didYouMean(name, CONFIG_KEYS);
                problem(`Unknown configuration key \`${name}\`${guess ? `: did you mean \`${guess}\`?` : '.'} Known keys: ${CONFIG_KEYS.join(', ')}.`, pairOf(root, name)?.key.start);
                continue;
            }
            if (key === undefined || bad.has(key))
                continue;
            // A rule id the schema does not list: ajv reports the name's own error (with propertyName), then propertyNames.
            const propertyName = error.propertyName ?? (error.keyword === 'propertyNames' ? error.params.propertyName : undefined);
            if (key === 'rules' && sub === undefined && propertyName !== undefined) {
                const rule = String(propertyName);
                if (unknownRules.has(rule))
                    continue;
                unknownRules.add(rule);
                const guess = didYouMean(rule, knownRules);
                problem(`Unknown rule \`${rule}\` in \`rules\`${guess ? `: did you mean \`${guess}\`?` : '.'} See docs/rules.md for the rule ids.`, pairOf(pairOf(root, 'rules')?.value, rule)?.key.start);
                continue;
            }
            if (key === 'rules' && sub !== undefined && error.instancePath.split('/').length === 3) {
                if (error.keyword === 'enum' && knownRules.includes(sub)) {
                    problem(`Rule \`${sub}\`: level must be one of ${LEVELS.join(', ')}, not ${JSON.stringify(data.rules[sub])}.`, pairOf(pairOf(root, 'rules')?.value, sub)?.value.start);
                }
                continue;
            }
            if (key === 'registries' && error.keyword === 'additionalProperties' && sub === undefined) {
                const name = String(error.params.additionalProperty);
                problem(`Unknown key \`registries.${name}\`; the only key is \`allowed\`.`, pairOf(pairOf(root, 'registries')?.value, name)?.key.start);
                continue;
            }
            bad.add(key);
            problem(expectedValue(key), pairOf(root, key)?.value.start);
        }
    }
    const ok = (key) => data[key] !== undefined && !bad.has(key);
    if (ok('rules')) {
        for (const [rule, level] of Object.entries(data.rules)) {
            if (!knownRules.includes(rule) || !(level === false || LEVELS.includes(level)))
                continue;
            config.rules[rule] = level === false ? 'off' : level;
        }
    }
    if (ok('architectures'))
        config.architectures = data.architectures;
    if (ok('kubernetesVersions')) {
        // The text as written: an unquoted `1.30` is the number 1.3 in YAML.
        const node = pairOf(root, 'kubernetesVersions')?.value;
        const range = node?.kind === 'scalar' ? node.text : String(data.kubernetesVersions);
        const constraint = parseConstraint(range);
        if (!constraint.ok)
            problem(`\`kubernetesVersions\` is not a valid constraint: ${constraint.error}.`, node?.start);
        else
            config.kubernetesVersions = range;
    }
    if (ok('components'))
        config.components = data.components;
    // Not Object.assign: it would set the prototype for a component named `__proto__`.
    if (ok('componentVectors'))
        for (const [name, path] of Object.entries(data.componentVectors))
            componentVectorPaths[name] = path;
    if (ok('extensionVectors'))
        for (const [name, path] of Object.entries(data.extensionVectors))
            extensionVectorPaths[name] = path;
    if (ok('registries'))
        config.registries = { allowed: [...data.registries.allowed] };
    if (ok('ignore'))
        config.ignore = data.ignore.map((glob) => glob.trim());
    if (ok('maxFileBytes'))
        config.maxFileBytes = data.maxFileBytes;
    return parsed();
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
/** Attaches the component vectors an adapter has read. */
function withComponentVectors(config, vectors) {
    return { ...config, componentVectors: records_recordOf([...Object.entries(config.componentVectors), ...Object.entries(vectors)]) };
}
/** Attaches the extension vectors an adapter has read. */
function withExtensionVectors(config, vectors) {
    return { ...config, extensionVectors: records_recordOf([...Object.entries(config.extensionVectors ?? {}), ...Object.entries(vectors)]) };
}

;// CONCATENATED MODULE: ./src/engine/constraint/format.ts
// Human-readable names for release intervals, used in messages and tables.
// The exact form (`1.21.0 ≤ v < 1.22.0`) is always available; the friendly
// form names whole minors (`1.21.x`) because that is how operators think.
function triple(v) {
    const [a = '0', b = '0', c = '0'] = v.split('.');
    return [BigInt(a), BigInt(b), BigInt(c)];
}
/** `1.21.0 ≤ v < 1.22.0`, `v ≥ 1.30.0`, `v < 1.20.0`, `any version`. */
function formatIntervalExact(interval) {
    const fromZero = interval.lo === '0.0.0';
    if (interval.hi === null)
        return fromZero ? 'any version' : `v ≥ ${interval.lo}`;
    if (fromZero)
        return `v < ${interval.hi}`;
    return `${interval.lo} ≤ v < ${interval.hi}`;
}
/** `1.21.x`, `1.21.x–1.23.x`, `>= 1.30`, `< 1.20`, `1.21.3–1.21.9` … */
function formatIntervalFriendly(interval) {
    const [lM, lm, lp] = triple(interval.lo);
    const minorStart = lp === 0n;
    const shortLo = minorStart ? `${lM}.${lm}` : interval.lo;
    if (interval.hi === null)
        return interval.lo === '0.0.0' ? 'any' : `>= ${shortLo}`;
    const [hM, hm, hp] = triple(interval.hi);
    if (interval.lo === '0.0.0')
        return hp === 0n ? `< ${hM}.${hm}` : `< ${interval.hi}`;
    if (minorStart && hp === 0n && hM === lM && hm > lm) {
        return hm === lm + 1n ? `${lM}.${lm}.x` : `${lM}.${lm}.x–${lM}.${hm - 1n}.x`;
    }
    if (hp === 0n && minorStart)
        return `>= ${shortLo}, < ${hM}.${hm}`;
    if (hp > 0n) {
        const last = `${hM}.${hm}.${hp - 1n}`;
        return last === interval.lo ? interval.lo : `${interval.lo}–${last}`;
    }
    return `>= ${interval.lo}, < ${interval.hi}`;
}
/** Both forms, e.g. `1.21.x (1.21.0 ≤ v < 1.22.0)`. */
function formatInterval(interval) {
    const friendly = formatIntervalFriendly(interval);
    const exact = formatIntervalExact(interval);
    return friendly === 'any' ? exact : `${friendly} (${exact})`;
}
function formatIntervalList(intervals, style = 'friendly') {
    if (intervals.length === 0)
        return 'no version';
    const one = style === 'friendly' ? formatIntervalFriendly : formatIntervalExact;
    return intervals.map(one).join(' ∪ ');
}

;// CONCATENATED MODULE: ./src/engine/kubernetes-versions.ts



// The versions a range is about: Kubernetes versions. Every range the change
// rules and the change table talk about is clipped to them, so that an image
// version written into targetVersion (`5.3.x`, `>= 6.1`) produces no
// "lost" or "changed" region for versions Kubernetes never had: that mistake
// is unsatisfiable-constraint's finding, and only its. The resolved table is
// clipped the same way (clipRowsToKubernetes), so no report shows a row for
// versions Kubernetes never had.
/** Kubernetes releases are 1.x.y. */
const KUBERNETES_RELEASES = Object.freeze([Object.freeze({ lo: version_release(1, 0, 0), hi: version_release(2, 0, 0) })]);
/** The configured `kubernetesVersions` (when valid), else every 1.x release. */
function kubernetesDomain(config) {
    const text = config.kubernetesVersions;
    if (text === undefined)
        return KUBERNETES_RELEASES;
    // The change table clips every region: the configured text is parsed once, not per region.
    if (lastDomain?.text !== text) {
        const parsed = parseConstraint(text);
        lastDomain = { text, domain: parsed.ok ? parsed.releases : KUBERNETES_RELEASES };
    }
    return lastDomain.domain;
}
let lastDomain;
/**
 * `set` clipped to the domain, for display: empty when it holds no
 * Kubernetes version; the full range (no constraint) stays the full range.
 * With the default domain (1.x), an interval reaching 2.0 is shown open
 * (`>= 1.34`, not `>= 1.34, < 2.0`) and one starting at 1.0 from zero
 * (`< 1.22`): within Kubernetes versions they mean the same.
 */
function clipToKubernetes(set, config) {
    if (setsEqual(set, ALL_RELEASES))
        return set;
    return clipToDomain(set, kubernetesDomain(config));
}
/** {@link clipToKubernetes} with the domain already known ({@link kubernetesDomain}). */
function clipToDomain(set, domain) {
    if (setsEqual(set, ALL_RELEASES))
        return set;
    const clipped = intersectSets(set, domain);
    if (release_set_isEmptySet(clipped) || domain !== KUBERNETES_RELEASES)
        return clipped;
    const out = clipped.map((interval) => ({ ...interval }));
    const first = out[0];
    const last = out[out.length - 1];
    if (first.lo.major === 1n && first.lo.minor === 0n && first.lo.patch === 0n)
        first.lo = ALL_RELEASES[0].lo;
    if (last.hi !== null && last.hi.major === 2n && last.hi.minor === 0n && last.hi.patch === 0n)
        last.hi = null;
    return out;
}
/**
 * The resolved table within Kubernetes versions: each constrained axis of a
 * row clipped like the change table's (an unconstrained axis, the full range,
 * stays "any"); a row left with no Kubernetes version goes to `outside`, with
 * empty ranges (its entry is unsatisfiable-constraint's finding): the image is
 * still there, it resolves for no Kubernetes version.
 */
function clipRowsToKubernetes(rows, config) {
    const out = [];
    const outside = [];
    for (const row of rows) {
        const runtime = clipToKubernetes(fromVersionIntervals(row.runtimeVersion), config);
        const target = clipToKubernetes(fromVersionIntervals(row.targetVersion), config);
        if (isEmptySet(runtime) || isEmptySet(target))
            outside.push({ ...row, runtimeVersion: [], targetVersion: [] });
        else
            out.push({ ...row, runtimeVersion: toVersionIntervals(runtime), targetVersion: toVersionIntervals(target) });
    }
    return { rows: out, outside };
}

;// CONCATENATED MODULE: ./src/engine/reference-change.ts
// How an image reference changed between the base and the head: the parts of
// `registry/path:tag@digest`, and what deserves a reviewer's look (a lower
// tag version, another registry or repository, a tag replaced by a digest or
// back). Pure.
/** `repo:tag`, `repo@sha256:…`, `repo:tag@sha256:…`; a `:` before the last `/` is a registry port. */
function parseReference(reference) {
    const at = reference.indexOf('@');
    const name = at < 0 ? reference : reference.slice(0, at);
    const colon = name.lastIndexOf(':');
    const hasTag = colon > name.lastIndexOf('/');
    const repository = hasTag ? name.slice(0, colon) : name;
    const out = { repository };
    const first = repository.split('/')[0];
    if (repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost'))
        out.registry = first;
    if (hasTag)
        out.tag = name.slice(colon + 1);
    if (at >= 0)
        out.digest = reference.slice(at + 1);
    return out;
}
const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+.](.*))?$/;
/**
 * Tags compared as versions (`v1.32.16` > `v1.32.11`, `1.10` > `1.9`), with or
 * without a `v`; a pre-release (`-rc.1`) sorts before its release. Undefined
 * when either tag is not version-like (`latest`, a branch name).
 */
function compareTagVersions(a, b) {
    const x = VERSION.exec(a);
    const y = VERSION.exec(b);
    if (!x || !y)
        return undefined;
    for (let i = 1; i <= 3; i++) {
        const d = Number(x[i] ?? 0) - Number(y[i] ?? 0);
        if (d !== 0)
            return Math.sign(d);
    }
    const px = x[4];
    const py = y[4];
    if (px === py)
        return 0;
    if (px === undefined)
        return 1;
    if (py === undefined)
        return -1;
    return px < py ? -1 : 1;
}
function referenceChange(before, after) {
    const a = parseReference(before);
    const b = parseReference(after);
    const order = a.tag !== undefined && b.tag !== undefined ? compareTagVersions(b.tag, a.tag) : undefined;
    const digestOnly = (r) => r.digest !== undefined && r.tag === undefined;
    return {
        lowerTag: order !== undefined && order < 0,
        registryChanged: a.registry !== b.registry,
        repositoryChanged: a.repository !== b.repository,
        tagDigestSwitch: digestOnly(a) !== digestOnly(b),
    };
}
/**
 * Only the part of each reference that changed: the tag (`:v1.32.16`), the
 * digest shortened, and the repository where it differs, with one path
 * segment of context and `…` for the common rest
 * (`…/oss/v2/…:v1.32.16` → `…/oss/…:v1.32.11`).
 */
function changedParts(before, after) {
    const a = parseReference(before);
    const b = parseReference(after);
    let repoA = '';
    let repoB = '';
    if (a.repository !== b.repository) {
        const sa = a.repository.split('/');
        const sb = b.repository.split('/');
        let prefix = 0;
        while (prefix < sa.length && prefix < sb.length && sa[prefix] === sb[prefix])
            prefix++;
        let suffix = 0;
        while (suffix < sa.length - prefix && suffix < sb.length - prefix && sa[sa.length - 1 - suffix] === sb[sb.length - 1 - suffix])
            suffix++;
        const show = (s) => {
            const from = Math.max(0, prefix - 1);
            const middle = s.slice(from, s.length - suffix).join('/');
            return `${from > 0 ? '…/' : ''}${middle}${suffix > 0 ? '/…' : ''}`;
        };
        repoA = show(sa);
        repoB = show(sb);
    }
    const rest = (r) => `${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest !== undefined ? `@${shortDigest(r.digest)}` : ''}`;
    return { before: repoA + rest(a), after: repoB + rest(b) };
}
function shortDigest(digest) {
    const colon = digest.indexOf(':');
    const hex = colon < 0 ? digest : digest.slice(colon + 1);
    return hex.length > 12 ? `${digest.slice(0, colon + 1)}${hex.slice(0, 12)}…` : digest;
}

;// CONCATENATED MODULE: ./src/engine/changes.ts





/** The rules that need the base commit; `lint` alone cannot report them. */
const CHANGE_RULES = [
    {
        id: 'coverage-lost',
        defaultSeverity: 'error',
        description: 'An image and architecture resolved at the base commit for some Kubernetes versions and no longer does (FindImage fails there), inside `kubernetesVersions`.',
    },
    {
        id: 'tag-style-changed',
        defaultSeverity: 'warning',
        description: "A resolved image's tag gained or lost its `v` prefix, or switched between a tag and a digest.",
    },
    {
        id: 'tag-downgraded',
        defaultSeverity: 'warning',
        description: 'A resolved image goes to a lower tag version (semver-compared) for the same Kubernetes versions and architecture.',
    },
    {
        id: 'registry-changed',
        defaultSeverity: 'warning',
        description: 'A resolved image comes from another registry or repository for the same Kubernetes versions and architecture.',
    },
];
/**
 * The changes, each region clipped to Kubernetes versions (kubernetes-versions.ts):
 * what happens to versions Kubernetes never had is no change.
 */
function diffResolved(base, head, config = {}, unresolved = {}) {
    const changes = [];
    for (const side of pairUp(base, head, unresolved)) {
        const raw = [];
        const change = (side, kind, region, source, before, after, wholeImage) => {
            const clipped = { runtime: clipToKubernetes(region.runtime, config), target: clipToKubernetes(region.target, config) };
            return makeChange(side, kind, clipped, source, before, after, wholeImage);
        };
        for (const [bi, b] of side.base.entries()) {
            for (const h of overlapsOf(side).heads[bi]) {
                if (b.imageString === h.imageString)
                    continue;
                const overlap = intersect(b, h);
                if (overlap)
                    raw.push(change(side, 'changed', overlap, h.source, b.imageString, h.imageString, false));
            }
        }
        for (const [bi, b] of side.base.entries()) {
            for (const region of subtractAll(b, overlapsOf(side).heads[bi])) {
                raw.push(change(side, 'removed', region, b.source, b.imageString, undefined, side.head.length === 0));
            }
        }
        for (const [hi, h] of side.head.entries()) {
            for (const region of subtractAll(h, overlapsOf(side).bases[hi])) {
                raw.push(change(side, 'added', region, h.source, undefined, h.imageString, side.base.length === 0));
            }
        }
        changes.push(...coalesce(raw.filter((c) => c.runtimeVersion.length > 0 && c.targetVersion.length > 0)));
    }
    return changes;
}
/**
 * The findings only a comparison with the base can give: `coverage-lost` and
 * `tag-style-changed`. Versions outside `config.kubernetesVersions` may be
 * dropped: that is how support for old Kubernetes versions ends.
 */
function compareWithBase(base, head, config, headInputs) {
    const findings = [];
    const headFiles = new Set(headInputs.map((i) => i.path));
    const sides = pairUp(base.resolved, head.resolved, { base: base.unresolved, head: head.unresolved });
    const coverageLevel = config.rules['coverage-lost'] ?? 'error';
    if (coverageLevel !== 'off') {
        // One finding per image, region, lost image string and entry; architectures joined.
        const lost = new Map();
        for (const side of sides) {
            const pieces = [];
            for (const [bi, b] of side.base.entries()) {
                for (const region of subtractAll(b, overlapsOf(side).heads[bi])) {
                    // Only Kubernetes versions (inside kubernetesVersions) can lose coverage;
                    // a dimension the entry did not constrain stays "any" in the message.
                    const shown = { runtime: clipToKubernetes(region.runtime, config), target: clipToKubernetes(region.target, config) };
                    if (release_set_isEmptySet(shown.runtime) || release_set_isEmptySet(shown.target))
                        continue;
                    pieces.push(makeChange(side, 'removed', shown, b.source, b.imageString, undefined, side.head.length === 0));
                }
            }
            for (const gone of coalesce(pieces)) {
                const key = [
                    side.component ?? '',
                    side.image,
                    JSON.stringify(gone.runtimeVersion),
                    JSON.stringify(gone.targetVersion),
                    gone.before,
                    gone.source.file,
                    gone.source.line,
                    side.head[0]?.source.file ?? '',
                    side.head[0]?.source.line ?? 0,
                ].join('\0');
                const entry = lost.get(key);
                if (entry)
                    entry.architectures.push(side.architecture);
                else
                    lost.set(key, { side, gone, architectures: [side.architecture] });
            }
        }
        for (const { side, gone, architectures } of lost.values()) {
            const neighbour = adjacentEntry(side.head, gone);
            const where = neighbour?.source;
            // The neighbour's range is what changed: anchor on its targetVersion (or runtimeVersion) value.
            const at = where?.fields?.targetVersion ?? where?.fields?.runtimeVersion ?? where;
            findings.push({
                rule: 'coverage-lost',
                severity: coverageLevel,
                message: coverageMessage({ ...side, architecture: architectures.join(', ') }, gone, headFiles.has(gone.source.file) || where !== undefined, config),
                file: where?.file ?? gone.source.file,
                line: at?.line ?? 1,
                column: at?.column ?? 1,
                ...about(side, architectures, describeRegion(gone.runtimeVersion, gone.targetVersion)),
            });
        }
    }
    const styleLevel = config.rules['tag-style-changed'] ?? 'warning';
    if (styleLevel !== 'off') {
        // One finding per head entry and change of reference; architectures joined.
        const changed = new Map();
        for (const side of sides) {
            for (const [bi, b] of side.base.entries()) {
                for (const h of overlapsOf(side).heads[bi]) {
                    if (b.imageString === h.imageString || !intersect(b, h))
                        continue;
                    const what = styleChange(b.imageString, h.imageString);
                    if (!what)
                        continue;
                    const key = [side.component ?? '', side.image, h.source.file, h.source.line, h.source.column, b.imageString, h.imageString].join('\0');
                    const entry = changed.get(key);
                    if (!entry)
                        changed.set(key, { side, before: b.imageString, after: h.imageString, source: h.source, what, architectures: [side.architecture] });
                    else if (!entry.architectures.includes(side.architecture))
                        entry.architectures.push(side.architecture);
                }
            }
        }
        for (const { side, before, after, source, what, architectures } of changed.values()) {
            const at = source.fields?.tag ?? source.fields?.ref ?? source;
            findings.push({
                rule: 'tag-style-changed',
                severity: styleLevel,
                message: `${label({ ...side, architecture: architectures.join(', ') })}: the image ${what} (${before} → ${after}). ` +
                    'Check that the new reference exists in the registry and that the style change is intended.',
                file: source.file,
                line: at.line,
                column: at.column,
                ...about(side, architectures, `${before} → ${after}`),
            });
        }
    }
    const downgradeLevel = config.rules['tag-downgraded'] ?? 'warning';
    if (downgradeLevel !== 'off')
        findings.push(...tagDowngrades(sides, config, downgradeLevel));
    const registryLevel = config.rules['registry-changed'] ?? 'warning';
    if (registryLevel !== 'off')
        findings.push(...registrySwitches(sides, config, registryLevel));
    return findings;
}
/** The structured identity of a finding about an image (engine/baseline.ts). */
function about(side, architectures, region) {
    return {
        image: side.component !== undefined ? `${side.image} of component ${side.component}` : side.image,
        architecture: [...architectures].sort().join(', '),
        region,
    };
}
/**
 * The head entry whose range borders the lost region (its range was narrowed,
 * or a neighbour's moved): the one a reviewer changed. Else the first.
 */
function adjacentEntry(head, gone) {
    const lost = release_set_fromVersionIntervals(gone.targetVersion);
    const lo = lost[0]?.lo;
    const hi = lost[lost.length - 1]?.hi;
    const same = (a, b) => !!a && !!b && a.major === b.major && a.minor === b.minor && a.patch === b.patch;
    return (head.find((piece) => piece.target.some((i) => same(i.hi, lo) || same(i.lo, hi ?? undefined))) ??
        head[0]);
}
/**
 * Every pair of a base row and an overlapping head row whose references differ,
 * with the Kubernetes versions (clipped to the domain) where the one replaces the other.
 */
function* referenceChanges(sides, config) {
    for (const side of sides) {
        for (const [bi, b] of side.base.entries()) {
            for (const h of overlapsOf(side).heads[bi]) {
                if (b.imageString === h.imageString)
                    continue;
                const overlap = intersect(b, h);
                if (!overlap)
                    continue;
                const region = { runtime: clipToKubernetes(overlap.runtime, config), target: clipToKubernetes(overlap.target, config) };
                if (release_set_isEmptySet(region.runtime) || release_set_isEmptySet(region.target))
                    continue;
                yield { side, b, h, region };
            }
        }
    }
}
function join(found, key, side, source, region, what) {
    const entry = found.get(key);
    if (!entry) {
        found.set(key, { ...what, side, source, region, architectures: [side.architecture] });
        return;
    }
    if (!entry.architectures.includes(side.architecture))
        entry.architectures.push(side.architecture);
    entry.region = { runtime: unionSets(entry.region.runtime, region.runtime), target: unionSets(entry.region.target, region.target) };
}
/**
 * tag-downgraded: for the same Kubernetes versions and architecture, the
 * resolved tag goes to a lower version. One finding per head entry and pair
 * of references; architectures joined.
 */
function tagDowngrades(sides, config, level) {
    const found = new Map();
    for (const { side, b, h, region } of referenceChanges(sides, config)) {
        if (!referenceChange(b.imageString, h.imageString).lowerTag)
            continue;
        const key = [side.component ?? '', side.image, h.source.file, h.source.line, b.imageString, h.imageString].join('\0');
        join(found, key, side, h.source, region, { before: b.imageString, after: h.imageString });
    }
    return [...found.values()].map(({ side, before, after, source, region, architectures }) => {
        const where = describeRegion(release_set_toVersionIntervals(region.runtime), release_set_toVersionIntervals(region.target));
        const at = source.fields?.tag ?? source.fields?.ref ?? source;
        const parts = changedParts(before, after);
        return {
            rule: 'tag-downgraded',
            severity: level,
            message: `${label({ ...side, architecture: architectures.join(', ') })} goes to a lower tag for ${where}: ${parts.before} → ${parts.after} ` +
                `(${before} → ${after}). If the older image is not intended (a stale branch, a bot that read an old list), keep the newer tag.`,
            file: source.file,
            line: at.line,
            column: at.column,
            ...about(side, architectures, where),
        };
    });
}
/**
 * registry-changed: for the same Kubernetes versions and architecture, the
 * resolved image comes from another registry or repository (a migration, or a
 * stale branch that brings an old location back). One finding per head entry
 * and pair of repositories; architectures joined; anchored on the head
 * entry's `repository` value.
 */
function registrySwitches(sides, config, level) {
    const found = new Map();
    for (const { side, b, h, region } of referenceChanges(sides, config)) {
        const change = referenceChange(b.imageString, h.imageString);
        if (!change.registryChanged && !change.repositoryChanged)
            continue;
        const from = parseReference(b.imageString).repository;
        const to = parseReference(h.imageString).repository;
        const key = [side.component ?? '', side.image, h.source.file, h.source.line, from, to].join('\0');
        join(found, key, side, h.source, region, { from, to, registry: change.registryChanged });
    }
    return [...found.values()].map(({ side, from, to, registry, source, region, architectures }) => {
        const where = describeRegion(release_set_toVersionIntervals(region.runtime), release_set_toVersionIntervals(region.target));
        const at = source.fields?.repository ?? source.fields?.tag ?? source.fields?.ref ?? source;
        return {
            rule: 'registry-changed',
            severity: level,
            message: `${label({ ...side, architecture: architectures.join(', ') })} now comes from another ${registry ? 'registry' : 'repository'} for ${where}: ${from} → ${to}. ` +
                'Unless the move is intended (not a stale branch or a bot that read an old list), keep the current repository; if it is, check that the image exists there and the clusters may pull from it.',
            file: source.file,
            line: at.line,
            column: at.column,
            ...about(side, architectures, `${where}: ${from} → ${to}`),
        };
    });
}
function coverageMessage(side, gone, stillInHead, config) {
    const region = describeRegion(gone.runtimeVersion, gone.targetVersion);
    const was = `${gone.source.file}:${gone.source.line}`;
    const domain = config.kubernetesVersions === undefined
        ? 'If dropping these versions is intended, set `kubernetesVersions` in .imagevector-lint.yaml to the versions still supported.'
        : `These versions are inside \`kubernetesVersions\` (${config.kubernetesVersions}): narrow it if dropping them is intended.`;
    const lead = gone.wholeImage
        ? `${label(side)} is gone: at the base commit it resolved for ${region} to ${gone.before} (${was}), and now no entry does`
        : `${label(side)} no longer resolves for ${region}: at the base commit it did, to ${gone.before} (${was})`;
    return `${lead}, so Gardener's image lookup fails there${stillInHead ? '' : ' (the file is gone too)'}. ${domain}`;
}
function describeRegion(runtime, target) {
    const anyRuntime = isAny(runtime);
    const anyTarget = isAny(target);
    if (anyRuntime && anyTarget)
        return 'every Kubernetes version';
    if (anyRuntime)
        return `targetVersion ${formatIntervalList(target)}`;
    if (anyTarget)
        return `runtimeVersion ${formatIntervalList(runtime)}`;
    return `runtimeVersion ${formatIntervalList(runtime)} × targetVersion ${formatIntervalList(target)}`;
}
function isAny(intervals) {
    return intervals.length === 1 && intervals[0].lo === '0.0.0' && intervals[0].hi === null;
}
function label(side) {
    const component = side.component !== undefined ? ` of component ${side.component}` : '';
    return `${side.image} (${side.architecture}${component})`;
}
/** What changed in the reference's style, in words, or undefined when it kept its style. */
function styleChange(before, after) {
    const a = referenceStyle(before);
    const b = referenceStyle(after);
    if (a.digestOnly !== b.digestOnly) {
        return a.digestOnly ? 'switched from a digest to a tag' : 'switched from a tag to a digest';
    }
    if (a.tag !== undefined && b.tag !== undefined && a.versionLike && b.versionLike && a.vPrefix !== b.vPrefix) {
        return a.vPrefix ? 'tag lost its `v` prefix' : 'tag gained a `v` prefix';
    }
    return undefined;
}
/** `repo:tag`, `repo@sha256:…`, `repo:tag@sha256:…`; a `:` before the last `/` is a registry port. */
function referenceStyle(reference) {
    const at = reference.indexOf('@');
    const name = at < 0 ? reference : reference.slice(0, at);
    const digest = at >= 0;
    const colon = name.lastIndexOf(':');
    const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
    return {
        tag,
        digestOnly: digest && tag === undefined,
        vPrefix: tag !== undefined && /^v\d/.test(tag),
        versionLike: tag !== undefined && /^v?\d/.test(tag),
    };
}
// ---------------------------------------------------------------------------
// Regions
/**
 * Rows of both tables by vector × image × architecture. Gardener reads each
 * base vector on its own (`containers.yaml` and `charts.yaml` may both name
 * `gardenlet`), so the vector is part of the key: a row from a base file
 * belongs to that file; a row from an overwrite to the one base file holding
 * that image name (in either table), if exactly one does; a component's rows
 * to the component.
 */
function pairUp(base, head, unresolved = {}) {
    const sides = new Map();
    const add = (row, which, vectorOf) => {
        const component = row.source.component;
        const key = [vectorOf(row), row.image, row.architecture].join('\0');
        let side = sides.get(key);
        if (!side) {
            side = { image: row.image, architecture: row.architecture, base: [], head: [] };
            if (component !== undefined)
                side.component = component;
            sides.set(key, side);
        }
        side[which].push({
            runtime: release_set_fromVersionIntervals(row.runtimeVersion),
            target: release_set_fromVersionIntervals(row.targetVersion),
            imageString: row.imageString,
            source: row.source,
        });
    };
    // Head order first: the table reads in the order of today's files.
    // Which base files hold an image is read from both tables: an entry merged
    // with an overwrite reports the overwrite as its source.
    const renamed = renamedFiles(base, head);
    const vector = vectorNamer([...head, ...base], (file) => renamed.get(file) ?? file);
    for (const row of head)
        add(row, 'head', vector);
    for (const row of base)
        add(row, 'base', vector);
    // Rows that resolve for no Kubernetes version add empty pieces: the image is there, resolving nowhere.
    for (const row of unresolved.head ?? [])
        add(row, 'head', vector);
    for (const row of unresolved.base ?? [])
        add(row, 'base', vector);
    return [...sides.values()];
}
/**
 * Base files that no longer exist at the head, paired with the head file that
 * holds most of their image names: a moved or renamed vector is the same
 * vector, not every image lost and every image new.
 */
function renamedFiles(base, head) {
    const namesByFile = (rows) => {
        const out = new Map();
        for (const row of rows) {
            if (row.source.kind !== 'base')
                continue;
            const names = out.get(row.source.file) ?? new Set();
            names.add(row.image);
            out.set(row.source.file, names);
        }
        return out;
    };
    const baseFiles = namesByFile(base);
    const headFiles = namesByFile(head);
    const renamed = new Map();
    for (const [file, names] of baseFiles) {
        if (headFiles.has(file))
            continue;
        let best;
        let bestShared = 0;
        for (const [candidate, headNames] of headFiles) {
            if (baseFiles.has(candidate))
                continue; // still a vector of its own at the base
            let shared = 0;
            for (const name of names)
                if (headNames.has(name))
                    shared++;
            if (shared > bestShared)
                [best, bestShared] = [candidate, shared];
        }
        if (best !== undefined)
            renamed.set(file, best);
    }
    return renamed;
}
function vectorNamer(rows, canonical) {
    const baseFiles = new Map();
    for (const row of rows) {
        if (row.source.kind !== 'base')
            continue;
        const files = baseFiles.get(row.image) ?? new Set();
        files.add(canonical(row.source.file));
        baseFiles.set(row.image, files);
    }
    return (row) => {
        if (row.source.component !== undefined)
            return `component:${row.source.component}`;
        if (row.source.kind === 'base')
            return `file:${canonical(row.source.file)}`;
        const files = baseFiles.get(row.image);
        return files?.size === 1 ? `file:${[...files][0]}` : `file:${row.source.file}`;
    };
}
const overlapCache = new WeakMap();
function overlapsOf(side) {
    let found = overlapCache.get(side);
    if (!found)
        overlapCache.set(side, (found = computeOverlaps(side.base, side.head)));
    return found;
}
function computeOverlaps(base, head) {
    const heads = base.map(() => []);
    const bases = head.map(() => []);
    const pair = (i, j) => {
        if (!overlaps(base[i], head[j]))
            return;
        heads[i].push(head[j]);
        bases[j].push(base[i]);
    };
    if (base.length * head.length <= 256) {
        for (let i = 0; i < base.length; i++)
            for (let j = 0; j < head.length; j++)
                pair(i, j);
        return { heads, bases };
    }
    // Bucket both sides by the elementary intervals of one dimension (the one
    // with more distinct bounds); only pieces sharing a bucket can overlap.
    const dimension = distinctBounds(base, head, 'target') >= distinctBounds(base, head, 'runtime') ? 'target' : 'runtime';
    const bounds = sortedBounds(base, head, dimension);
    const slot = (r) => lastBoundAtOrBelow(bounds, r);
    const buckets = new Map();
    const place = (pieces, which) => {
        pieces.forEach((piece, index) => {
            for (const interval of piece[dimension]) {
                const first = slot(interval.lo);
                const last = interval.hi === null ? bounds.length - 1 : slot(interval.hi) - 1;
                for (let k = first; k <= last; k++) {
                    let bucket = buckets.get(k);
                    if (!bucket)
                        buckets.set(k, (bucket = { b: [], h: [] }));
                    const list = bucket[which];
                    if (list[list.length - 1] !== index)
                        list.push(index);
                }
            }
        });
    };
    place(base, 'b');
    place(head, 'h');
    const seen = new Set();
    const candidates = [];
    for (const { b, h } of buckets.values()) {
        for (const i of b) {
            for (const j of h) {
                const key = i * head.length + j;
                if (seen.has(key))
                    continue;
                seen.add(key);
                candidates.push([i, j]);
            }
        }
    }
    // In the order of the pairs loop: base piece, then head piece.
    candidates.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (const [i, j] of candidates)
        pair(i, j);
    return { heads, bases };
}
function overlaps(a, b) {
    return !release_set_isEmptySet(intersectSets(a.runtime, b.runtime)) && !release_set_isEmptySet(intersectSets(a.target, b.target));
}
function distinctBounds(base, head, dimension) {
    return sortedBounds(base, head, dimension).length;
}
/** The distinct bounds (lo and finite hi) of one dimension over both sides, sorted, starting at 0.0.0. */
function sortedBounds(base, head, dimension) {
    const all = [ZERO_RELEASE];
    for (const pieces of [base, head]) {
        for (const piece of pieces) {
            for (const interval of piece[dimension]) {
                all.push(interval.lo);
                if (interval.hi !== null)
                    all.push(interval.hi);
            }
        }
    }
    all.sort(version_compareReleases);
    const out = [];
    for (const r of all)
        if (out.length === 0 || version_compareReleases(out[out.length - 1], r) !== 0)
            out.push(r);
    return out;
}
function intersect(a, b) {
    const runtime = intersectSets(a.runtime, b.runtime);
    const target = intersectSets(a.target, b.target);
    return release_set_isEmptySet(runtime) || release_set_isEmptySet(target) ? undefined : { runtime, target };
}
/** a minus b: at most two regions ((R∖R') × T and (R∩R') × (T∖T')). */
function subtract(a, b) {
    const runtimeBoth = intersectSets(a.runtime, b.runtime);
    const targetBoth = intersectSets(a.target, b.target);
    if (release_set_isEmptySet(runtimeBoth) || release_set_isEmptySet(targetBoth))
        return [a];
    const out = [];
    const runtimeOnly = subtractSets(a.runtime, b.runtime);
    if (!release_set_isEmptySet(runtimeOnly))
        out.push({ runtime: runtimeOnly, target: a.target });
    const targetOnly = subtractSets(a.target, b.target);
    if (!release_set_isEmptySet(targetOnly))
        out.push({ runtime: runtimeBoth, target: targetOnly });
    return out;
}
function subtractAll(a, others) {
    let rest = [{ runtime: a.runtime, target: a.target }];
    for (const other of others)
        rest = rest.flatMap((r) => subtract(r, other));
    return rest;
}
function makeChange(side, kind, region, source, before, after, wholeImage) {
    const out = {
        kind,
        wholeImage,
        image: side.image,
        architecture: side.architecture,
        runtimeVersion: release_set_toVersionIntervals(region.runtime),
        targetVersion: release_set_toVersionIntervals(region.target),
        source,
        region,
    };
    if (side.component !== undefined)
        out.component = side.component;
    if (before !== undefined)
        out.before = before;
    if (after !== undefined)
        out.after = after;
    return out;
}
const KIND_ORDER = { changed: 0, removed: 1, added: 2 };
/**
 * Joins pieces of one change that share a runtime set (union of targets) or a
 * target set (union of runtimes), until nothing joins; strips the internal region.
 */
function coalesce(changes) {
    const groups = new Map();
    for (const c of changes) {
        const key = [c.kind, c.before ?? '', c.after ?? '', c.source.file, c.source.line, c.source.column, c.wholeImage].join('\0');
        const list = groups.get(key) ?? [];
        list.push(c);
        groups.set(key, list);
    }
    const out = [];
    for (const list of groups.values()) {
        const regions = list.map((c) => c.region);
        let joined = true;
        while (joined) {
            joined = false;
            outer: for (let i = 0; i < regions.length; i++) {
                for (let j = i + 1; j < regions.length; j++) {
                    const a = regions[i];
                    const b = regions[j];
                    let merged;
                    if (setsEqual(a.runtime, b.runtime))
                        merged = { runtime: a.runtime, target: unionSets(a.target, b.target) };
                    else if (setsEqual(a.target, b.target))
                        merged = { runtime: unionSets(a.runtime, b.runtime), target: a.target };
                    if (merged) {
                        regions[i] = merged;
                        regions.splice(j, 1);
                        joined = true;
                        break outer;
                    }
                }
            }
        }
        const template = list[0];
        for (const region of regions) {
            const { region: _unused, ...rest } = template;
            out.push({ ...rest, runtimeVersion: release_set_toVersionIntervals(region.runtime), targetVersion: release_set_toVersionIntervals(region.target) });
        }
    }
    return out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        compareLo(a.runtimeVersion, b.runtimeVersion) ||
        compareLo(a.targetVersion, b.targetVersion));
}
function compareLo(a, b) {
    const x = release_set_fromVersionIntervals(a)[0]?.lo;
    const y = release_set_fromVersionIntervals(b)[0]?.lo;
    if (!x || !y)
        return x ? 1 : y ? -1 : 0;
    return x.major !== y.major ? (x.major < y.major ? -1 : 1) : x.minor !== y.minor ? (x.minor < y.minor ? -1 : 1) : x.patch < y.patch ? -1 : x.patch > y.patch ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/analysis/find-image.ts

// Gardener's `FindImage`, entry by entry, for the library API and as the
// brute-force reference the exact resolution is tested against.
const DEFAULT_ARCHITECTURES = ['amd64', 'arm64'];
const DEFAULT_DESIRED_ARCHITECTURE = 'amd64';
/** Score of a version constraint: 0 when either side is absent, 2 for "exact" constraint strings, else 1; undefined = no match. */
function versionScore(constraint, version) {
    if (constraint === undefined || version === undefined)
        return 0;
    if (!matchesConstraint(constraint, version))
        return undefined;
    return isExactConstraint(constraint) ? 2 : 1;
}
/** Architecture score: 2 for a single-element list that names it, 1 for a longer list, undefined = no match. */
function architectureScore(architectures, desired) {
    const list = architectures ?? DEFAULT_ARCHITECTURES;
    const wanted = desired ?? DEFAULT_DESIRED_ARCHITECTURE;
    if (!list.includes(wanted))
        return undefined;
    return list.length === 1 ? 2 : 1;
}
/** The score Gardener gives the entry, or undefined if it does not match. Throws on an invalid constraint or version, as Gardener errors. */
function matchScore(source, name, options) {
    if (source.name !== name)
        return undefined;
    const runtime = versionScore(source.runtimeVersion, options.runtimeVersion);
    if (runtime === undefined)
        return undefined;
    const target = versionScore(source.targetVersion, options.targetVersion);
    if (target === undefined)
        return undefined;
    const architecture = architectureScore(source.architectures, options.architecture);
    if (architecture === undefined)
        return undefined;
    return runtime + target + architecture;
}
/** The index of the entry Gardener picks: the highest score, the first on a tie; -1 when none matches. */
function findImageIndex(vector, name, options = {}) {
    let best = -1;
    let bestScore = -1;
    vector.forEach((source, index) => {
        const score = matchScore(source, name, options);
        if (score !== undefined && (best === -1 || score > bestScore)) {
            best = index;
            bestScore = score;
        }
    });
    return best;
}
/** Gardener's `ToImage(targetVersion)` + `String()`. */
function toImageString(source, targetVersion) {
    if (source.ref !== undefined)
        return source.ref;
    if (source.repository === undefined)
        return '';
    let tag = source.tag;
    if (tag === undefined && targetVersion !== undefined)
        tag = `v${targetVersion.replace(/^v+/, '')}`;
    if (tag === undefined)
        return source.repository;
    return source.repository + (tag.startsWith('sha256:') ? '@' : ':') + tag;
}

;// CONCATENATED MODULE: ./src/engine/analysis/budget.ts
/**
 * A bound on the work of resolving one image exactly. Resolution is linear
 * when one Kubernetes axis is constrained, but with both constrained every
 * runtime cell is swept over the entries matching it, and the rules then walk
 * each entry over the columns it spans: entries nested on both axes (every
 * runtime column different) make both quadratic. The budget counts those
 * units — entries swept per runtime cell, segments kept per column, columns
 * each entry spans — over all architectures of an image; past it the image is
 * not resolved (the analysis-limit rule says so) and the others still are.
 *
 * The real vectors stay far below it: the busiest image of the corpus and of
 * the real pull requests in test/fixtures (cloud-controller-manager, 9 entries)
 * needs 288 units. 2,000,000 units are reached by about 350 entries nested on
 * both axes, which lint in a few CPU seconds.
 */
const ANALYSIS_BUDGET = 2_000_000;
/** The work left for one image; `spend` throws {@link BudgetExceeded} once it is used up. */
class AnalysisBudget {
    limit;
    used = 0;
    /** The architecture being resolved (the analysis-limit rule names the one where the budget ran out). */
    architecture = '';
    constructor(limit = ANALYSIS_BUDGET) {
        this.limit = limit;
    }
    /** The whole budget again, for the next image. */
    reset() {
        this.used = 0;
        this.architecture = '';
    }
    spend(units) {
        this.used += units;
        if (this.used > this.limit)
            throw new BudgetExceeded(this.limit);
    }
}
class BudgetExceeded extends Error {
    limit;
    constructor(limit) {
        super(`analysis budget of ${limit} exceeded`);
        this.limit = limit;
    }
}

;// CONCATENATED MODULE: ./src/engine/analysis/resolution.ts



function candidateFromConstraints(index, runtimeVersion, targetVersion, architectures) {
    const runtime = axisSet(runtimeVersion);
    const target = axisSet(targetVersion);
    if (runtime === undefined || target === undefined)
        return undefined;
    return {
        index,
        runtime,
        target,
        runtimeScore: runtimeVersion !== undefined && constraint_isExactConstraint(runtimeVersion) ? 2 : 1,
        targetScore: targetVersion !== undefined && constraint_isExactConstraint(targetVersion) ? 2 : 1,
        architectures,
    };
}
/** null for an absent constraint, undefined for an invalid one. */
function axisSet(constraint) {
    if (constraint === undefined)
        return null;
    const parsed = parseConstraint(constraint);
    return parsed.ok ? parsed.releases : undefined;
}
/** Gardener's order of local indices: the highest score first, the first on a tie (no sort when all scores are equal: most images). */
function gardenerOrder(scores) {
    const L = scores.length;
    const order = new Array(L);
    let equal = true;
    for (let l = 0; l < L; l++) {
        order[l] = l;
        if (scores[l] !== scores[0])
            equal = false;
    }
    return equal ? order : order.sort((a, b) => scores[b] - scores[a] || a - b);
}
/** The sorted, distinct bounds the serving candidates' sets have on one axis, 0.0.0 first. */
function boundsOf(candidates, positions, axis) {
    const all = [ZERO_RELEASE];
    for (let l = 0; l < positions.length; l++) {
        const set = candidates[positions[l]][axis];
        if (!set)
            continue;
        for (const interval of set) {
            all.push(interval.lo);
            if (interval.hi)
                all.push(interval.hi);
        }
    }
    all.sort(version_compareReleases);
    const unique = [];
    for (const r of all) {
        if (unique.length === 0 || version_compareReleases(unique[unique.length - 1], r) !== 0)
            unique.push(r);
    }
    return unique;
}
/** Cells of the serving candidates on one axis, flattened by local index: [from, to) pairs. */
function axisCells(candidates, positions, axis, bounds) {
    const offsets = new Int32Array(positions.length + 1);
    let total = 0;
    for (let l = 0; l < positions.length; l++) {
        offsets[l] = total;
        const set = candidates[positions[l]][axis];
        total += set === null ? 2 : 2 * set.length;
    }
    offsets[positions.length] = total;
    const cells = new Int32Array(total);
    for (let l = 0; l < positions.length; l++) {
        const set = candidates[positions[l]][axis];
        let k = offsets[l];
        if (set === null) {
            cells[k] = 0;
            cells[k + 1] = bounds.length;
            continue;
        }
        for (const interval of set) {
            cells[k++] = lastBoundAtOrBelow(bounds, interval.lo);
            cells[k++] = interval.hi === null ? bounds.length : lastBoundAtOrBelow(bounds, interval.hi);
        }
    }
    return { offsets, cells };
}
/**
 * Gives each of `count` cells to the first entry of `order` that covers it
 * (a skip list of unclaimed cells makes every claim O(1) amortized); -1 for
 * cells nobody covers.
 */
function claim(order, offsets, cells, count, map) {
    const owner = new Int32Array(count).fill(-1);
    const next = new Int32Array(count + 1);
    for (let i = 0; i <= count; i++)
        next[i] = i;
    const find = (i) => {
        while (next[i] !== i) {
            const j = next[i];
            next[i] = next[j];
            i = j;
        }
        return i;
    };
    for (const p of order) {
        for (let k = offsets[p]; k < offsets[p + 1]; k += 2) {
            const from = map ? map(cells[k]) : cells[k];
            const to = map ? map(cells[k + 1]) : cells[k + 1];
            let i = find(from);
            while (i < to) {
                owner[i] = p;
                next[i] = i + 1;
                i = find(i + 1);
            }
        }
    }
    return owner;
}
/** Segments (starts, winners) from an owner (local index) per cell, adjacent equal owners merged; `at` maps a cell to its target cell; winners as candidate positions. */
function segmentsOf(owner, positions, at) {
    let n = 0;
    for (let i = 0; i < owner.length; i++)
        if (i === 0 || owner[i] !== owner[i - 1])
            n++;
    const starts = new Int32Array(n);
    const winners = new Int32Array(n);
    let k = 0;
    for (let i = 0; i < owner.length; i++) {
        if (i === 0 || owner[i] !== owner[i - 1]) {
            starts[k] = at ? at[i] : i;
            winners[k++] = owner[i] === -1 ? -1 : positions[owner[i]];
        }
    }
    return { starts, winners };
}
function sameSegments(a, starts, winners) {
    if (a.starts.length !== starts.length)
        return false;
    for (let i = 0; i < starts.length; i++)
        if (a.starts[i] !== starts[i] || a.winners[i] !== winners[i])
            return false;
    return true;
}
/**
 * Resolves one image for one architecture. `candidates` must be in vector
 * order; `serving`, when given, lists the positions of those serving the
 * architecture, ascending (the caller knows them from the architecture lists:
 * no scan of every candidate per architecture).
 */
function resolveArchitecture(image, architecture, candidates, serving, budget) {
    const count = serving ? serving.length : candidates.length;
    // One candidate, the first (most images): the arrays every such resolution has, shared (resolutions are only read).
    if (count === 1 && (serving ? serving[0] : 0) === 0) {
        const candidate = candidates[0];
        const archScore = architectureScore(candidate.architectures, architecture);
        const positions = archScore === undefined ? NO_POSITIONS : FIRST_POSITION;
        const archScores = archScore === undefined ? NO_SCORES : archScore === 1 ? SCORE_ONE : SCORE_TWO;
        if (archScore === undefined || (candidate.runtime === null && candidate.target === null))
            return unconstrainedResolution(image, architecture, positions, archScores, budget);
        return sweptResolution(image, architecture, candidates, positions, archScores, budget);
    }
    // Typed arrays filled in place (TypedArray.from of a list is a slow, generic path), sized for every candidate that may serve.
    let positions = new Int32Array(count);
    let archScores = new Uint8Array(count);
    let L = 0;
    let constrained = false;
    for (let i = 0; i < count; i++) {
        const p = serving ? serving[i] : i;
        const candidate = candidates[p];
        const archScore = architectureScore(candidate.architectures, architecture);
        if (archScore === undefined)
            continue;
        positions[L] = p;
        archScores[L++] = archScore;
        if (candidate.runtime !== null || candidate.target !== null)
            constrained = true;
    }
    if (L < count) {
        positions = positions.slice(0, L);
        archScores = archScores.slice(0, L);
    }
    if (!constrained)
        return unconstrainedResolution(image, architecture, positions, archScores, budget);
    return sweptResolution(image, architecture, candidates, positions, archScores, budget);
}
/**
 * The resolution when no serving entry constrains either axis (81 % of real
 * entries, most images have one): the plane is one cell, won by the entry
 * with the highest architecture score (the first on a tie). Exactly what
 * {@link sweptResolution} computes for these entries, without the sweep.
 */
function unconstrainedResolution(image, architecture, positions, archScores, budget) {
    const L = positions.length;
    const first = positions === FIRST_POSITION;
    const localIndex = first ? FIRST_LOCAL : new Map();
    let best = -1;
    for (let l = 0; l < L; l++) {
        if (!first)
            localIndex.set(positions[l], l);
        if (best === -1 || archScores[l] > archScores[best])
            best = l;
    }
    // Each entry spans the one column (what sweptResolution spends for the rules' walk).
    if (budget)
        budget.spend(SPAN_WEIGHT * L);
    // One entry (most images): the arrays every such resolution has, shared (resolutions are only read).
    const one = L === 1;
    const wins = one ? ONE_WIN : new Int32Array(L);
    if (!one && best !== -1)
        wins[best] = 1;
    const offsets = one ? ONE_OFFSETS : new Int32Array(L + 1);
    if (!one)
        for (let l = 0; l <= L; l++)
            offsets[l] = 2 * l;
    const cells = one ? ONE_CELLS : new Int32Array(2 * L);
    if (!one)
        for (let l = 0; l < L; l++)
            cells[2 * l + 1] = 1;
    return {
        image,
        architecture,
        runtimeBounds: ZERO_BOUNDS,
        targetBounds: ZERO_BOUNDS,
        runtimeConstrained: false,
        targetConstrained: false,
        columns: [{ from: 0, to: 1, starts: FIRST_CELL, winners: first ? FIRST_WINNER : Int32Array.of(best === -1 ? -1 : positions[best]) }],
        positions,
        localIndex,
        archScores,
        // No axis adds to the score; both axes have the same one cell (the arrays are only read).
        scores: archScores,
        wins,
        runtimeOffsets: offsets,
        runtimeCells: cells,
        targetOffsets: offsets,
        targetCells: cells,
    };
}
// What every one-entry, one-cell resolution holds (never written after construction).
const NO_POSITIONS = new Int32Array(0);
const NO_SCORES = new Uint8Array(0);
const FIRST_POSITION = Int32Array.of(0);
const SCORE_ONE = Uint8Array.of(1);
const SCORE_TWO = Uint8Array.of(2);
const FIRST_LOCAL = new Map([[0, 0]]);
const FIRST_WINNER = Int32Array.of(0);
const ZERO_BOUNDS = Object.freeze([ZERO_RELEASE]);
const ONE_WIN = Int32Array.of(1);
const ONE_OFFSETS = Int32Array.of(0, 2);
const ONE_CELLS = Int32Array.of(0, 1);
const FIRST_CELL = Int32Array.of(0);
/** The general resolution: bounds, cells per axis and the sweep (see {@link ArchitectureResolution}). */
function sweptResolution(image, architecture, candidates, positions, archScores, budget) {
    const L = positions.length;
    const localIndex = new Map();
    const scores = new Uint8Array(L);
    let runtimeConstrained = false;
    let targetConstrained = false;
    for (let l = 0; l < L; l++) {
        const candidate = candidates[positions[l]];
        localIndex.set(positions[l], l);
        scores[l] = (candidate.runtime ? candidate.runtimeScore : 0) + (candidate.target ? candidate.targetScore : 0) + archScores[l];
        if (candidate.runtime !== null)
            runtimeConstrained = true;
        if (candidate.target !== null)
            targetConstrained = true;
    }
    // An axis no serving candidate constrains is the one cell [0.0.0, ∞) (real images constrain one axis at most).
    const runtimeBounds = runtimeConstrained ? boundsOf(candidates, positions, 'runtime') : ZERO_BOUNDS;
    const targetBounds = targetConstrained ? boundsOf(candidates, positions, 'target') : ZERO_BOUNDS;
    const runtime = axisCells(candidates, positions, 'runtime', runtimeBounds);
    const target = axisCells(candidates, positions, 'target', targetBounds);
    const order = gardenerOrder(scores);
    const columns = sweep(order, positions, runtime, target, runtimeBounds.length, targetBounds.length, runtimeConstrained, targetConstrained, budget);
    // The rules walk each entry over the columns it spans, several times (per named winner, per rule).
    if (budget)
        budget.spend(SPAN_WEIGHT * spannedColumns(columns, runtime));
    const wins = new Int32Array(L);
    for (const column of columns)
        for (const w of column.winners)
            if (w !== -1)
                wins[localIndex.get(w)]++;
    return {
        image,
        architecture,
        runtimeBounds,
        targetBounds,
        runtimeConstrained,
        targetConstrained,
        columns,
        positions,
        localIndex,
        archScores,
        scores,
        wins,
        runtimeOffsets: runtime.offsets,
        runtimeCells: runtime.cells,
        targetOffsets: target.offsets,
        targetCells: target.cells,
    };
}
/** The local index of candidate position `p` in a resolution; -1 when it does not serve the architecture. */
function localOf(resolution, p) {
    return resolution.localIndex.get(p) ?? -1;
}
/** The architecture score of candidate position `p`; 0 when it does not serve the architecture. */
function archScoreOf(resolution, p) {
    const l = localOf(resolution, p);
    return l < 0 ? 0 : resolution.archScores[l];
}
/** How many segments candidate position `p` wins on this architecture (0: never selected). */
function winsOf(resolution, p) {
    const l = localOf(resolution, p);
    return l < 0 ? 0 : resolution.wins[l];
}
/** The candidate positions that win somewhere, over all the resolutions (linear in their candidates). */
function winningPositions(resolutions) {
    const won = new Set();
    for (const r of resolutions)
        for (let l = 0; l < r.positions.length; l++)
            if (r.wins[l] > 0)
                won.add(r.positions[l]);
    return won;
}
/** Per candidate position, the indices of the resolutions it serves (linear in their candidates). */
function servedBy(resolutions) {
    const out = new Map();
    resolutions.forEach((r, i) => {
        for (const p of r.positions) {
            let list = out.get(p);
            if (!list)
                out.set(p, (list = []));
            list.push(i);
        }
    });
    return out;
}
/**
 * The plane's outcome when the entries of `order` claim cells in that order:
 * along the only constrained axis, or runtime cell by runtime cell (each
 * claiming target cells among the entries matching it) when both are.
 */
function sweep(order, positions, runtime, target, R, T, runtimeConstrained, targetConstrained, budget) {
    const columns = [];
    if (!runtimeConstrained) {
        const { starts, winners } = segmentsOf(claim(order, target.offsets, target.cells, T), positions);
        columns.push({ from: 0, to: 1, starts, winners });
    }
    else if (!targetConstrained) {
        const owner = claim(order, runtime.offsets, runtime.cells, R);
        const starts = Int32Array.of(0);
        for (let r = 0; r < R; r++) {
            const winner = owner[r] === -1 ? -1 : positions[owner[r]];
            const last = columns[columns.length - 1];
            if (last && last.winners[0] === winner)
                last.to = r + 1;
            else
                columns.push({ from: r, to: r + 1, starts, winners: Int32Array.of(winner) });
        }
    }
    else {
        // Both axes: sweep the runtime cells; in each, the entries matching it
        // claim the target cells among themselves (on their own bounds only).
        const rank = new Int32Array(runtime.offsets.length);
        order.forEach((p, i) => (rank[p] = i));
        const enter = Array.from({ length: R + 1 }, () => []);
        const leave = Array.from({ length: R + 1 }, () => []);
        for (const p of order) {
            for (let k = runtime.offsets[p]; k < runtime.offsets[p + 1]; k += 2) {
                enter[runtime.cells[k]].push(p);
                leave[runtime.cells[k + 1]].push(p);
            }
        }
        const active = new Set();
        for (let r = 0; r < R; r++) {
            for (const p of leave[r])
                active.delete(p);
            for (const p of enter[r])
                active.add(p);
            // The quadratic part: every runtime cell sweeps the entries matching it.
            budget?.spend(active.size + 1);
            const list = [...active].sort((a, b) => rank[a] - rank[b]);
            // The target bounds these entries use, as local cells.
            const points = [0, T];
            for (const p of list)
                for (let k = target.offsets[p]; k < target.offsets[p + 1]; k++)
                    points.push(target.cells[k]);
            const local = Int32Array.from(points).sort();
            let m = 0;
            for (let i = 0; i < local.length; i++)
                if (i === 0 || local[i] !== local[i - 1])
                    local[m++] = local[i];
            const at = local.subarray(0, m);
            const toLocal = (cell) => {
                let lo = 0;
                let hi = m - 1;
                while (lo < hi) {
                    const mid = (lo + hi + 1) >> 1;
                    if (at[mid] <= cell)
                        lo = mid;
                    else
                        hi = mid - 1;
                }
                return lo;
            };
            const { starts, winners } = segmentsOf(claim(list, target.offsets, target.cells, m - 1, toLocal), positions, at);
            const last = columns[columns.length - 1];
            if (last && sameSegments(last, starts, winners))
                last.to = r + 1;
            else {
                budget?.spend(starts.length);
                columns.push({ from: r, to: r + 1, starts, winners });
            }
        }
    }
    return columns;
}
/** What one column an entry spans costs the rules, against one entry swept or one segment kept. */
const SPAN_WEIGHT = 16;
/** The index of the column that holds a runtime cell (the last one starting at or before it): a binary search. */
function columnAt(columns, cell) {
    let lo = 0;
    let hi = columns.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (columns[mid].from <= cell)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** How many columns the entries' runtime intervals span in all: what the rules walk, entry by entry. */
function spannedColumns(columns, runtime) {
    let total = 0;
    const cells = runtime.cells;
    for (let k = 0; k < cells.length; k += 2)
        if (cells[k] < cells[k + 1])
            total += columnAt(columns, cells[k + 1] - 1) - columnAt(columns, cells[k]) + 1;
    return total;
}
/**
 * The outcome when only the entries of `order` (candidate positions; those not
 * serving this architecture are left out) compete and the first of them in that order wins: e.g.
 * the first overwrite entry matching each cell. Same bounds as the resolution.
 */
function firstMatching(resolution, order) {
    const runtime = { offsets: resolution.runtimeOffsets, cells: resolution.runtimeCells };
    const target = { offsets: resolution.targetOffsets, cells: resolution.targetCells };
    const served = [];
    for (const p of order) {
        const l = localOf(resolution, p);
        if (l >= 0)
            served.push(l);
    }
    return sweep(served, resolution.positions, runtime, target, resolution.runtimeBounds.length, resolution.targetBounds.length, resolution.runtimeConstrained, resolution.targetConstrained);
}
/** Two outcomes over the same plane, cell by cell: `key(a's winner, b's winner)` as strips for {@link groupRegions}. */
function* overlay(resolution, a, b, key) {
    const T = resolution.targetBounds.length;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const x = a[i];
        const y = b[j];
        const from = Math.max(x.from, y.from);
        const to = Math.min(x.to, y.to);
        const pieces = [];
        let s = 0;
        let t = 0;
        let at = 0;
        while (at < T) {
            const endX = s + 1 < x.starts.length ? x.starts[s + 1] : T;
            const endY = t + 1 < y.starts.length ? y.starts[t + 1] : T;
            const end = Math.min(endX, endY);
            const k = key(x.winners[s], y.winners[t]);
            if (k !== null) {
                const last = pieces[pieces.length - 1];
                if (last && last[0] === k && last[2] === at)
                    last[2] = end;
                else
                    pieces.push([k, at, end]);
            }
            at = end;
            if (endX === end)
                s++;
            if (endY === end)
                t++;
        }
        yield { from, to, pieces };
        if (x.to === to)
            i++;
        if (y.to === to)
            j++;
    }
}
/** Where segment `i` of a column ends (a target cell index). */
function segmentEnd(resolution, column, i) {
    return i + 1 < column.starts.length ? column.starts[i + 1] : resolution.targetBounds.length;
}
/** The interval of cells [from, to) on an axis. */
function cellsInterval(bounds, from, to) {
    return Object.freeze({ lo: bounds[from], hi: bounds[to] ?? null });
}
/**
 * Groups keyed pieces into maximal regions: within each strip the pieces of
 * one key form a target set; the strips where a key has the same target set
 * merge into one runtime set. Grouping per key (not per whole strip) keeps the
 * output linear where the strips all differ but each key's share repeats
 * (entries nested on both axes: each winner's L-shaped share is two regions,
 * not one per runtime cell). Regions come in the order their key and target
 * set first appear.
 */
function groupRegions(resolution, strips) {
    const bySignature = new Map();
    for (const strip of strips) {
        const groups = new Map();
        for (const [key, from, to] of strip.pieces) {
            let runs = groups.get(key);
            if (!runs)
                groups.set(key, (runs = []));
            if (runs.length > 0 && runs[runs.length - 1] === from)
                runs[runs.length - 1] = to;
            else
                runs.push(from, to);
        }
        for (const [key, runs] of groups) {
            const signature = `${typeof key}:${key}:${runs.join(',')}`;
            let entry = bySignature.get(signature);
            if (!entry)
                bySignature.set(signature, (entry = { key, runtime: [], target: runs }));
            const runtime = entry.runtime;
            if (runtime.length > 0 && runtime[runtime.length - 1] === strip.from)
                runtime[runtime.length - 1] = strip.to;
            else
                runtime.push(strip.from, strip.to);
        }
    }
    const regions = [];
    for (const { key, runtime, target } of bySignature.values()) {
        regions.push({ key, region: { runtime: toSet(resolution.runtimeBounds, runtime), target: toSet(resolution.targetBounds, target) } });
    }
    return regions;
}
function toSet(bounds, runs) {
    const out = [];
    for (let i = 0; i < runs.length; i += 2)
        out.push(cellsInterval(bounds, runs[i], runs[i + 1]));
    return Object.freeze(out);
}
/** Maximal regions by a key of the winner (null: not part of any region), over the whole plane. */
function regionsByWinner(resolution, key) {
    if (resolution.columns.length === 1)
        return oneColumnRegions(resolution, resolution.columns[0], key);
    return groupRegions(resolution, columnStrips(resolution, key));
}
/**
 * {@link groupRegions} over a single column (every image with one runtime run:
 * most of them): each key's pieces are one target set, so one region per key,
 * in the order the keys first appear, without signatures.
 */
function oneColumnRegions(resolution, column, key) {
    const runtime = [column.from, column.to];
    if (column.winners.length === 1) {
        const k = key(column.winners[0]);
        if (k === null)
            return [];
        return [{ key: k, region: { runtime: toSet(resolution.runtimeBounds, runtime), target: toSet(resolution.targetBounds, [column.starts[0], segmentEnd(resolution, column, 0)]) } }];
    }
    const groups = new Map();
    for (let i = 0; i < column.winners.length; i++) {
        const k = key(column.winners[i]);
        if (k === null)
            continue;
        const from = column.starts[i];
        const to = segmentEnd(resolution, column, i);
        let runs = groups.get(k);
        if (!runs)
            groups.set(k, (runs = []));
        if (runs.length > 0 && runs[runs.length - 1] === from)
            runs[runs.length - 1] = to;
        else
            runs.push(from, to);
    }
    const regions = [];
    for (const [k, target] of groups)
        regions.push({ key: k, region: { runtime: toSet(resolution.runtimeBounds, runtime), target: toSet(resolution.targetBounds, target) } });
    return regions;
}
function* columnStrips(resolution, key) {
    for (const column of resolution.columns) {
        const pieces = [];
        for (let i = 0; i < column.winners.length; i++) {
            const k = key(column.winners[i]);
            if (k !== null)
                pieces.push([k, column.starts[i], segmentEnd(resolution, column, i)]);
        }
        yield { from: column.from, to: column.to, pieces };
    }
}

;// CONCATENATED MODULE: ./src/engine/analysis/vector-group.ts



// The legacy form: a `version` value that is a range rather than a label.
const RANGE_SYNTAX = /[<>=~^*|,]|\.x\b|\.X\b|\s-\s/;
/**
 * A vector written in an old form: no runtime/target constraints at all, and
 * `version` holds ranges (the old docs) or entries carry the 2018 `versions`.
 */
function isLegacyVector(sources) {
    return isLegacyOf(sources, (source) => source);
}
/** {@link isLegacyVector} of the entries' sources, without a list of them. */
function isLegacyGroup(entries) {
    return isLegacyOf(entries, (entry) => entry.source);
}
function isLegacyOf(items, sourceOf) {
    let ranges = false;
    for (const item of items) {
        const source = sourceOf(item);
        if (source.runtimeVersion !== undefined || source.targetVersion !== undefined)
            return false;
        if (!ranges && legacyRange(source))
            ranges = true;
    }
    return ranges;
}
function legacyRange(source) {
    return source.versions !== undefined || (source.version !== undefined && RANGE_SYNTAX.test(source.version));
}
/**
 * The entry as its legacy author meant it: the 2018 `versions` as the
 * runtime constraint, a legacy `version` as the target constraint. Gardener
 * itself reads neither.
 */
function intendedSource(source) {
    const intended = { ...source };
    delete intended.runtimeVersion;
    delete intended.targetVersion;
    if (source.versions !== undefined)
        intended.runtimeVersion = source.versions;
    if (source.version !== undefined)
        intended.targetVersion = source.version;
    return intended;
}
function analyseGroup(label, entries, merged, component, budget = ANALYSIS_BUDGET) {
    const legacy = isLegacyGroup(entries);
    const byName = new Map();
    for (const entry of entries) {
        const list = byName.get(entry.source.name);
        // A list of one as a literal (most images have one entry): `[]` and a push would reserve room for 17.
        if (!list)
            byName.set(entry.source.name, [entry]);
        else
            list.push(entry);
    }
    const images = [];
    // One budget object, reset per image (each image has the whole budget).
    const work = new AnalysisBudget(budget);
    for (const [name, list] of byName) {
        work.reset();
        images.push(analyseImage(name, list, legacy, work));
    }
    const group = { label, entries, merged, legacy, images };
    if (component !== undefined)
        group.component = component;
    return group;
}
function analyseImage(name, list, legacy, budget) {
    try {
        const candidates = candidatesOf(list, false);
        const analysis = { name, entries: list, candidates, resolutions: resolveAll(name, list, candidates, budget) };
        if (legacy) {
            const intended = candidatesOf(list, true);
            analysis.intended = { candidates: intended, resolutions: resolveAll(name, list, intended, budget) };
        }
        return analysis;
    }
    catch (error) {
        if (!(error instanceof BudgetExceeded))
            throw error;
        return { name, entries: list, candidates: [], resolutions: [], limit: { architecture: budget.architecture, budget: error.limit, entries: list.length } };
    }
}
function candidatesOf(entries, legacyIntent) {
    if (entries.length === 1) {
        const candidate = candidateOf(entries[0].source, 0, legacyIntent);
        return candidate ? [candidate] : [];
    }
    const candidates = [];
    for (let index = 0; index < entries.length; index++) {
        const candidate = candidateOf(entries[index].source, index, legacyIntent);
        if (candidate)
            candidates.push(candidate);
    }
    return candidates;
}
function candidateOf(source, index, legacyIntent) {
    const seen = legacyIntent ? intendedSource(source) : source;
    return candidateFromConstraints(index, seen.runtimeVersion, seen.targetVersion, source.architectures);
}
function noArchitectures(entries) {
    for (let i = 0; i < entries.length; i++)
        if (entries[i].source.architectures !== undefined)
            return false;
    return true;
}
/** Architectures some entry of the image can serve (absent lists mean amd64 and arm64). */
function architecturesOf(entries) {
    const seen = new Set();
    for (const { source } of entries)
        for (const arch of source.architectures ?? DEFAULT_ARCHITECTURES)
            seen.add(arch);
    return [...seen].sort();
}
function resolveAll(name, entries, candidates, budget) {
    // No entry lists architectures (nearly every real image): every candidate serves both defaults
    // with the same architecture score (1: a list of two), so arm64 resolves exactly as amd64 does.
    // Its resolution shares amd64's arrays (resolutions are only read) and spends the same budget.
    if (noArchitectures(entries)) {
        budget.architecture = DEFAULT_ARCHITECTURES[0];
        const before = budget.used;
        const first = resolveArchitecture(name, DEFAULT_ARCHITECTURES[0], candidates, undefined, budget);
        budget.architecture = DEFAULT_ARCHITECTURES[1];
        budget.spend(budget.used - before);
        return [first, { ...first, architecture: DEFAULT_ARCHITECTURES[1] }];
    }
    // The candidates that may serve each architecture, from their lists (one pass, not one per architecture).
    const serving = new Map();
    candidates.forEach((candidate, p) => {
        for (const arch of new Set(candidate.architectures ?? DEFAULT_ARCHITECTURES)) {
            let list = serving.get(arch);
            if (!list)
                serving.set(arch, (list = []));
            list.push(p);
        }
    });
    return architecturesOf(entries).map((arch) => {
        budget.architecture = arch;
        return resolveArchitecture(name, arch, candidates, serving.get(arch) ?? [], budget);
    });
}

;// CONCATENATED MODULE: ./src/engine/rules/cluster-memo.ts
/**
 * What the rules of one cluster share (its entries, their nodes, its
 * constraints), computed by the first rule that asks and kept for the
 * cluster's other rules: the key is an array the engine builds once per
 * cluster (`context.vectors`, `context.files`). Only the last cluster's value
 * is kept. A WeakMap would keep every finished cluster's values, and through
 * them its parse trees, until the next full collection.
 */
function clusterMemo(compute) {
    let lastKey;
    let lastValue;
    return (key) => {
        if (key !== lastKey) {
            lastValue = undefined;
            lastKey = undefined;
            lastValue = compute(key);
            lastKey = key;
        }
        return lastValue;
    };
}

;// CONCATENATED MODULE: ./src/engine/rules/constraint-fields.ts


const LEGACY_FIELDS = ['runtimeVersion', 'targetVersion', 'version'];
const FIELDS = ['runtimeVersion', 'targetVersion'];
/**
 * Every version constraint written in the linted vectors: runtimeVersion and
 * targetVersion, and `version` where a vector uses it as the legacy
 * constraint.
 */
function writtenConstraints(context) {
    return constraintsOf(context.vectors);
}
/** Computed once per cluster (its rules share their `vectors`). */
const constraintsOf = clusterMemo((vectors) => {
    const out = [];
    for (const { vector } of vectors) {
        const fields = isLegacyVector(vector.images) ? LEGACY_FIELDS : FIELDS;
        for (const source of vector.images) {
            for (const field of fields) {
                const text = source[field];
                if (text === undefined)
                    continue;
                // No position: it is looked up when a finding is reported (fieldPosition).
                out.push({ source, field, text });
            }
        }
    }
    return out;
});

;// CONCATENATED MODULE: ./src/engine/types.ts
// The engine's domain model. The words are Gardener's (pkg/utils/imagevector):
// an ImageVector is a list of ImageSources; a ComponentImageVector carries an
// image vector overwrite for one component Gardener deploys.
const IMAGE_SOURCE_FIELDS = [
    'name',
    'sourceRepository',
    'repository',
    'tag',
    'ref',
    'runtimeVersion',
    'targetVersion',
    'version',
    'architectures',
    'labels',
    'resourceId',
];

;// CONCATENATED MODULE: ./src/engine/reading/field-names.ts

// Gardener decodes with encoding/json after converting YAML to JSON, and
// encoding/json matches object keys to struct fields case-insensitively
// (an exact match first). So `TargetVersion:` is read as `targetVersion`.
const canonicalByLowerCase = new Map(IMAGE_SOURCE_FIELDS.map((field) => [field.toLowerCase(), field]));
/** The field Gardener would fill for this key, or undefined if it drops the key. */
const canonical = new Set(IMAGE_SOURCE_FIELDS);
function canonicalImageSourceField(key) {
    // Exact spelling first: it is by far the common case and needs no lower-casing.
    if (canonical.has(key))
        return key;
    return canonicalByLowerCase.get(key.toLowerCase());
}
const COMPONENT_FIELDS = ['name', 'imageVectorOverwrite'];
function canonicalComponentField(key) {
    const lower = key.toLowerCase();
    return COMPONENT_FIELDS.find((field) => field.toLowerCase() === lower);
}
/** Fields that Gardener's validation and merging act on (the rest is metadata). */
const NON_STRING_FIELDS = ['architectures', 'labels', 'resourceId'];
const STRING_FIELDS = IMAGE_SOURCE_FIELDS.filter((field) => !NON_STRING_FIELDS.includes(field));
/** Whether Gardener reads the field as a string (every field but architectures, labels and resourceId). */
const IS_STRING_FIELD = new Set(STRING_FIELDS);

;// CONCATENATED MODULE: ./src/engine/rules/entry-nodes.ts




/**
 * What an entry's mapping shows as written, beyond the plainest form (every
 * key a field in its canonical spelling, written once; every value a scalar
 * or a list of scalars that YAML reads as a string). Found in one walk of
 * each entry, shared by the rules that look at what was written: each visits
 * only the entries whose marks concern it, so the plain entries (nearly all)
 * cost them nothing.
 */
const WRITTEN = {
    /** A key that is not a field in its canonical spelling: unknown, in another case, not a scalar, or a merge key (`<<`). */
    OTHER_KEY: 1,
    /** A field set by two keys (the same key twice, or two spellings of one field). */
    REPEATED: 2,
    /** A plain scalar that YAML reads as a number or boolean, as a string field's value or an item of `architectures`. */
    TYPED: 4,
    /** A value holding collections: a mapping, or a list with a mapping or list in it. */
    NESTED: 8,
};
/** The mapping of every image entry of the cluster's vectors, in their order, walked once for the rules of a cluster. */
function entryNodes(context) {
    return nodesOf(context.vectors);
}
const nodesOf = clusterMemo((vectors) => {
    const out = [];
    for (const { doc } of vectors) {
        if (!isMapping(doc.root))
            continue;
        const images = mappingValue(doc.root, 'images');
        if (images?.kind !== 'sequence')
            continue;
        const items = images.items;
        for (let index = 0; index < items.length; index++) {
            const node = items[index];
            if (node.kind === 'mapping')
                out.push({ doc, node, index, marks: writtenMarks(node) });
        }
    }
    return out;
});
/** Bits of IMAGE_SOURCE_FIELDS, to tell a field set twice. */
const FIELD_BIT = new Map(IMAGE_SOURCE_FIELDS.map((field, i) => [field, 1 << i]));
function writtenMarks(entry) {
    let marks = 0;
    let seen = 0;
    for (const { key, value } of entry.pairs) {
        if (key.kind !== 'scalar') {
            marks |= WRITTEN.OTHER_KEY;
            continue;
        }
        const written = key.value.goString;
        let fieldBit = FIELD_BIT.get(written);
        let field = written;
        if (fieldBit === undefined) {
            marks |= WRITTEN.OTHER_KEY;
            field = canonicalImageSourceField(written);
            if (field !== undefined)
                fieldBit = FIELD_BIT.get(field);
        }
        if (fieldBit !== undefined) {
            if (seen & fieldBit)
                marks |= WRITTEN.REPEATED;
            seen |= fieldBit;
        }
        if (value.kind === 'scalar') {
            if (value.style === 'plain' && isTyped(value) && field !== undefined && IS_STRING_FIELD.has(field))
                marks |= WRITTEN.TYPED;
        }
        else if (value.kind === 'mapping') {
            marks |= WRITTEN.NESTED;
        }
        else {
            for (const item of value.items) {
                if (item.kind !== 'scalar')
                    marks |= WRITTEN.NESTED;
                else if (field === 'architectures' && item.style === 'plain' && isTyped(item))
                    marks |= WRITTEN.TYPED;
            }
        }
    }
    return marks;
}
function isTyped(scalar) {
    const type = scalar.value.type;
    return type === 'int' || type === 'float' || type === 'bool';
}
/**
 * The YAML mapping of each image entry, with its document, for rules that
 * look at what was written; with `only` (WRITTEN marks, or-ed), just the
 * entries with one of them: an entry without them holds nothing for the rule.
 */
function forEachEntryNode(context, visit, only) {
    for (const entry of entryNodes(context)) {
        if (only === undefined || (entry.marks & only) !== 0)
            visit(entry.doc, entry.node, entry.index);
    }
}
/**
 * Every entry read, across base, overwrite and component vectors: one array,
 * built once for the rules of a cluster (a generator per rule cost more than
 * the rules' own checks of most entries).
 */
function allEntries(context) {
    return entriesOf(context.vectors);
}
const entriesOf = clusterMemo((vectors) => {
    const out = [];
    for (const { vector } of vectors)
        for (const source of vector.images)
            out.push(source);
    return out;
});
/** Where a field's value was written, or the entry itself when the field is absent. */
function fieldPosition(source, field) {
    return source.origin.fields[field] ?? source.origin.position;
}
/** `file:line` of an entry, for messages that name another entry. */
function where(source, relativeTo) {
    const { file, position } = source.origin;
    return relativeTo && relativeTo.origin.file === file ? `line ${position.line}` : `${file}:${position.line}`;
}

;// CONCATENATED MODULE: ./src/engine/rules/ambiguous-partial-version.ts



// Gardener switched from Masterminds semver v1 to v3 in v1.81. A partial
// version (`1.24`, `1.6`) without a wildcard meant the full version `.0` in
// v1 and the whole block in v3 for these operators; `>=` and `<` and
// wildcards (`1.20.x`) mean the same in both.
const CHANGED_OPERATORS = new Set(['', '=', '<=', '=<', '>', '!=']);
function suggestion(atom) {
    const v = atom.version.replace(/^v/, '');
    const parts = v.split(/[-+]/)[0].split('.');
    const major = BigInt(parts[0]);
    const minor = parts.length > 1 ? BigInt(parts[1]) : undefined;
    const full = minor === undefined ? `${major}.0.0` : `${major}.${minor}.0`;
    const next = minor === undefined ? `${major + 1n}` : `${major}.${minor + 1n}`;
    const block = minor === undefined ? `${major}.x` : `${major}.${minor}.x`;
    switch (atom.operator) {
        case '<=':
        case '=<':
            return { v1: `<= ${full}`, v3: `< ${next}`, write: `\`< ${next}\` (all of ${block}) or \`<= ${full}\`` };
        case '>':
            return { v1: `> ${full}`, v3: `>= ${next}`, write: `\`>= ${next}\` or \`> ${full}\`` };
        case '!=':
            return { v1: `!= ${full}`, v3: `not ${block}`, write: `\`!= ${block}\` or \`!= ${full}\`` };
        default:
            return { v1: `= ${full}`, v3: block, write: `\`${block}\` or \`= ${full}\`` };
    }
}
const ambiguousPartialVersion = {
    id: 'ambiguous-partial-version',
    defaultSeverity: 'warning',
    description: 'A partial version (`1.24`, `<= 1.20`, `> 1.16`) whose meaning changed when Gardener moved from semver v1 to v3 (v1.81).',
    check(context) {
        for (const { source, field, text } of writtenConstraints(context)) {
            const parsed = parseConstraint(text);
            if (!parsed.ok)
                continue;
            // An AND written with a space: Masterminds v3 reads it, semver v1 split only on commas.
            if (parsed.alternatives.some((atoms) => atoms.some((atom, i) => i > 0 && !atom.fromHyphenRange && !text.slice(atoms[i - 1].end, atom.start).includes(',')))) {
                const fixed = parsed.alternatives.map((atoms) => joinAtoms(text, atoms)).join(' || ');
                context.report({
                    file: source.origin.file,
                    position: fieldPosition(source, field),
                    message: `\`${text.trim()}\` in ${field} joins conditions with a space: Masterminds semver v3 (Gardener since v1.81) reads that as AND, but Gardener before v1.81 (semver v1 splits only on commas) rejects the constraint and with it the whole vector. Write \`${fixed}\`, which both read alike.`,
                });
            }
            for (const atom of parsed.alternatives.flat()) {
                if (atom.fromHyphenRange || (atom.precision !== 1 && atom.precision !== 2))
                    continue;
                if (/[xX*]/.test(atom.version) || !CHANGED_OPERATORS.has(atom.operator))
                    continue;
                const { v1, v3, write } = suggestion(atom);
                const written = text.slice(atom.start, atom.end).trim();
                context.report({
                    file: source.origin.file,
                    position: fieldPosition(source, field),
                    message: `\`${written}\` in ${field} meant \`${v1}\` before Gardener v1.81 (semver v1) and means \`${v3}\` since (semver v3). Write ${write} so the range says which you mean.`,
                });
            }
        }
    },
};
/** The atoms of one alternative joined with commas (a hyphen range stays as written). */
function joinAtoms(text, atoms) {
    const parts = [];
    for (let i = 0; i < atoms.length; i++) {
        const atom = atoms[i];
        const next = atoms[i + 1];
        if (next?.fromHyphenRange && atom.fromHyphenRange) {
            parts.push(text.slice(atom.start, next.end).trim());
            i++;
            continue;
        }
        parts.push(text.slice(atom.start, atom.end).trim());
    }
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/engine/rules/analysis-limit.ts
const analysisLimit = {
    id: 'analysis-limit',
    defaultSeverity: 'error',
    description: 'An image whose entries split the Kubernetes version plane into more pieces than the linter resolves exactly: it was not checked (the other images were).',
    check(context) {
        for (const group of context.groups) {
            for (const image of group.images) {
                if (!image.limit)
                    continue;
                const first = image.entries[0].contributors[0];
                const { entries, budget, architecture } = image.limit;
                context.report({
                    file: first.origin.file,
                    position: first.origin.fields.name ?? first.origin.position,
                    about: { image: image.name, architecture },
                    message: `Image \`${image.name}\`: its ${entries.toLocaleString('en-US')} entries split the Kubernetes version plane (runtimeVersion × targetVersion) on ${architecture} into more pieces than imagevector-lint resolves exactly (a budget of ${budget.toLocaleString('en-US')} units), so none of its entries was checked for overlaps, gaps or shadowing. Simplify the constraints: give its entries disjoint ranges on one axis (runtimeVersion or targetVersion) rather than ranges nested on both, or split it into fewer entries.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/ca-bundle.ts

// node:crypto is loaded only when a vector has a CA bundle: most runs never
// parse a certificate, and loading the module is a noticeable part of a start.
// (nodeModule.createRequire, not a named import: the bundler would rewrite that call away.)
let ca_bundle_crypto;
const nodeCrypto = () => (ca_bundle_crypto ??= external_node_module_default().createRequire(__ivl_import_meta_url)('node:crypto'));
const EXPIRES_SOON_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const BEGIN = /^-----BEGIN ([^-]*)-----\s*$/;
const END = /^-----END ([^-]*)-----\s*$/;
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;
/** `2024-01-01`, in UTC. */
function day(date) {
    return date.toISOString().slice(0, 10);
}
function notAfterOf(cert) {
    // `validToDate` exists from Node 22.10 on; Node 20 only has the OpenSSL text form
    // ("Jan  1 00:00:00 2035 GMT"), which Date.parse reads.
    const native = cert.validToDate;
    return native instanceof Date ? native : new Date(Date.parse(cert.validTo));
}
/** One line per RDN in Node's text; `CN=a, O=b` reads better in a message. */
function subjectOf(cert) {
    return cert.subject.split('\n').filter((part) => part.length > 0).join(', ');
}
function printable(text, max = 60) {
    const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    return clean.length <= max ? clean : `${clean.slice(0, max)}…`;
}
function checkCaBundle(pem, now) {
    const lines = pem.split(/\r\n|\r|\n/);
    const blocks = [];
    let open;
    let firstText = 0;
    for (let index = 0; index < lines.length; index++) {
        const lineNo = index + 1;
        const line = (lines[index] ?? '').trim();
        if (open === undefined) {
            const begin = BEGIN.exec(line);
            if (begin) {
                open = { label: begin[1] ?? '', beginLine: lineNo, body: [], bodyFirstLine: lineNo + 1 };
                continue;
            }
            if (END.test(line)) {
                return { ok: false, line: lineNo, reason: `'${printable(line)}' has no matching '-----BEGIN …-----' line above it` };
            }
            if (line.length > 0 && firstText === 0)
                firstText = lineNo;
            continue;
        }
        const end = END.exec(line);
        if (end) {
            if ((end[1] ?? '') !== open.label) {
                return {
                    ok: false,
                    line: lineNo,
                    reason: `'-----END ${printable(end[1] ?? '')}-----' does not close '-----BEGIN ${printable(open.label)}-----' (line ${open.beginLine})`,
                };
            }
            blocks.push(open);
            open = undefined;
            continue;
        }
        if (BEGIN.test(line)) {
            return {
                ok: false,
                line: open.beginLine,
                reason: `'-----BEGIN ${printable(open.label)}-----' is not closed before the next BEGIN line (line ${lineNo}); add '-----END ${printable(open.label)}-----'`,
            };
        }
        open.body.push(line);
    }
    if (open !== undefined) {
        return {
            ok: false,
            line: open.beginLine,
            reason: `'-----BEGIN ${printable(open.label)}-----' is never closed; the PEM block is cut off — add the rest of the certificate and '-----END ${printable(open.label)}-----'`,
        };
    }
    if (blocks.length === 0) {
        return {
            ok: false,
            line: firstText === 0 ? 1 : firstText,
            reason: pem.trim().length === 0
                ? "the CA bundle is empty; add PEM certificates ('-----BEGIN CERTIFICATE-----' …) or remove caBundle"
                : "the CA bundle holds no PEM certificate; expected one or more '-----BEGIN CERTIFICATE-----' … '-----END CERTIFICATE-----' blocks",
        };
    }
    let earliest;
    for (const block of blocks) {
        if (block.label !== 'CERTIFICATE') {
            const isKey = /PRIVATE KEY/.test(block.label);
            return {
                ok: false,
                line: block.beginLine,
                reason: isKey
                    ? `the CA bundle contains a '${printable(block.label)}' block; remove it — a CA bundle holds only public certificates, and a private key committed here must be considered leaked and rotated`
                    : `the CA bundle contains a '${printable(block.label)}' block; it may only contain CERTIFICATE blocks`,
            };
        }
        for (let k = 0; k < block.body.length; k++) {
            const bodyLine = block.body[k] ?? '';
            if (!BASE64_LINE.test(bodyLine)) {
                return {
                    ok: false,
                    line: block.bodyFirstLine + k,
                    reason: bodyLine.includes(':')
                        ? 'PEM headers are not allowed in a certificate block; remove them'
                        : `the certificate is not valid base64 ('${printable(bodyLine, 30)}'); paste the certificate again unchanged`,
                };
            }
        }
        const der = Buffer.from(block.body.join(''), 'base64');
        let cert;
        try {
            cert = new (nodeCrypto().X509Certificate)(der);
        }
        catch (error) {
            const detail = error instanceof Error ? `: ${printable(error.message, 120)}` : '';
            return {
                ok: false,
                line: block.beginLine,
                reason: `the certificate block does not hold a valid X.509 certificate${detail}; paste the certificate again unchanged`,
            };
        }
        const notAfter = notAfterOf(cert);
        const subject = subjectOf(cert);
        if (Number.isNaN(notAfter.getTime())) {
            return { ok: false, line: block.beginLine, reason: `cannot read the expiry date of certificate '${printable(subject)}'` };
        }
        if (notAfter.getTime() < now.getTime()) {
            return {
                ok: false,
                line: block.beginLine,
                reason: `certificate '${printable(subject)}' expired on ${day(notAfter)}; renew it or remove it from the bundle`,
            };
        }
        if (earliest === undefined || notAfter.getTime() < earliest.notAfter.getTime())
            earliest = { notAfter, subject };
    }
    // blocks is non-empty and every block either returned or set `earliest`.
    const first = earliest;
    return {
        ok: true,
        notAfter: first.notAfter,
        subject: first.subject,
        count: blocks.length,
        expiresSoon: first.notAfter.getTime() - now.getTime() < EXPIRES_SOON_DAYS * DAY_MS,
    };
}

;// CONCATENATED MODULE: ./src/engine/rules/ca-bundle.ts

const caBundle = {
    id: 'ca-bundle',
    defaultSeverity: 'error',
    description: '`caBundle.inline` that is not a PEM certificate or has expired (error), or expires within 30 days (warning).',
    check(context) {
        const now = context.config.now ?? new Date();
        for (const { vector } of context.vectors) {
            if (!vector.caBundle)
                continue;
            const { inline, position } = vector.caBundle;
            const result = checkCaBundle(inline, now);
            if (!result.ok) {
                context.report({
                    file: vector.file,
                    position: { ...position, line: position.line + Math.max(0, result.line - 1) },
                    message: `\`caBundle.inline\`: ${result.reason}. Gardener rejects the vector. Replace it with a valid, current PEM certificate.`,
                });
            }
            else if (result.expiresSoon) {
                context.report({
                    file: vector.file,
                    position,
                    severity: 'warning',
                    message: `\`caBundle.inline\` (${result.subject}) expires on ${result.notAfter.toISOString().slice(0, 10)}, within 30 days; Gardener will reject the vector after that. Renew it.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/region-text.ts


/** "targetVersion 1.21.x (1.21.0 ≤ v < 1.22.0)", naming only the axes the image constrains. */
function region_text_describeRegion(resolution, region) {
    const parts = [];
    if (resolution.runtimeConstrained)
        parts.push(`runtimeVersion ${describeSet(region.runtime)}`);
    if (resolution.targetConstrained)
        parts.push(`targetVersion ${describeSet(region.target)}`);
    return parts.length > 0 ? parts.join(' and ') : 'every version';
}
function describeSet(set) {
    const intervals = release_set_toVersionIntervals(set);
    const friendly = formatIntervalList(intervals, 'friendly');
    const exact = formatIntervalList(intervals, 'exact');
    return friendly === exact || set === ALL_RELEASES ? friendly : `${friendly} (${exact})`;
}
/** "amd64", "amd64 and arm64". */
function listArchitectures(architectures) {
    return architectures.length <= 1 ? (architectures[0] ?? '') : `${architectures.slice(0, -1).join(', ')} and ${architectures[architectures.length - 1]}`;
}
/** "3 more ranges on amd64 and arm64", "3 more ranges on amd64 and 1 on arm64": what a message did not list, per architecture. */
function describeRest(restByArchitecture) {
    const byCount = new Map();
    for (const [architecture, n] of restByArchitecture) {
        if (n === 0)
            continue;
        const list = byCount.get(n);
        if (list)
            list.push(architecture);
        else
            byCount.set(n, [architecture]);
    }
    return [...byCount]
        .map(([n, architectures], i) => `${n}${i === 0 ? ` more ${n === 1 ? 'range' : 'ranges'}` : ''} on ${listArchitectures(architectures)}`)
        .join(byCount.size === 2 ? ' and ' : ', ');
}

;// CONCATENATED MODULE: ./src/engine/rules/disallowed-registry.ts


const disallowedRegistry = {
    id: 'disallowed-registry',
    defaultSeverity: 'error',
    description: 'A resolved image (after overwrites and component overwrites) comes from a registry outside `registries.allowed`: the landscape would pull from outside its mirrors.',
    check(context) {
        const allowed = context.config.registries?.allowed;
        if (!allowed)
            return;
        // One finding per image, image string, winning entry and range; architectures joined.
        const byKey = new Map();
        for (const row of context.resolved) {
            if (!row.disallowedRegistry)
                continue;
            const key = JSON.stringify([row.image, row.imageString, row.source, row.runtimeVersion, row.targetVersion]);
            const found = byKey.get(key);
            if (found)
                found.architectures.push(row.architecture);
            else
                byKey.set(key, { row, architectures: [row.architecture] });
        }
        for (const { row, architectures } of byKey.values()) {
            const component = row.source.component === undefined ? '' : ` (component \`${row.source.component}\`)`;
            context.report({
                file: row.source.file,
                // At the repository value (the registry is its first segment), else the entry.
                position: { ...(row.source.fields?.repository ?? { line: row.source.line, column: row.source.column }), offset: 0 },
                message: `\`${row.image}\`${component} resolves to ${JSON.stringify(row.imageString)} for ${listArchitectures(architectures)} at ${range(row)}, a registry outside \`registries.allowed\` (${allowed.join(', ')}). Point this entry at an allowed registry, or add an overwrite entry with the same runtimeVersion, targetVersion and architectures that does.`,
            });
        }
    },
};
function disallowed_registry_isAny(intervals) {
    return intervals.length === 1 && intervals[0].lo === '0.0.0' && intervals[0].hi === null;
}
function range(row) {
    const parts = [];
    if (!disallowed_registry_isAny(row.runtimeVersion))
        parts.push(`runtimeVersion ${formatIntervalList(row.runtimeVersion)}`);
    if (!disallowed_registry_isAny(row.targetVersion))
        parts.push(`targetVersion ${formatIntervalList(row.targetVersion)}`);
    return parts.length > 0 ? parts.join(' and ') : 'every version';
}

;// CONCATENATED MODULE: ./src/engine/rules/duplicate-component.ts
const duplicateComponent = {
    id: 'duplicate-component',
    defaultSeverity: 'warning',
    description: 'The same component twice in a component overwrite file; Gardener keeps only the last.',
    check(context) {
        for (const { doc, items } of context.components) {
            const first = new Map();
            for (const item of items) {
                const line = first.get(item.name);
                if (line === undefined) {
                    first.set(item.name, item.namePosition.line);
                    continue;
                }
                context.report({
                    file: doc.file,
                    position: item.namePosition,
                    about: { image: `component ${item.name}`, region: 'listed again' },
                    message: `Component \`${item.name}\` is listed again (first on line ${line}): Gardener reads the components into a map and keeps only this last one, dropping the first overwrite. Merge them into one entry.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/analysis/merge.ts
/**
 * Gardener's merge key (`computeKey`): name, the runtime and target
 * constraint strings compared literally (absent and "" are the same), and the
 * architectures concatenated in order (absent differs from `[]`).
 */
function mergeKey(source) {
    const architectures = source.architectures === undefined ? '\u0000absent' : source.architectures.join('');
    return `${source.name}\u0001${source.runtimeVersion ?? ''}\u0001${source.targetVersion ?? ''}\u0001${architectures}`;
}
/** Gardener's `mergeImageSources`: the override's fields win where set. */
function mergeImageSources(old, override) {
    const merged = { name: override.name, origin: override.origin };
    let repository = override.repository ?? old.repository;
    let tag = override.tag ?? old.tag;
    let version = override.version ?? old.version;
    if (version === undefined && tag !== undefined)
        version = old.tag;
    let ref = override.ref;
    if (ref === undefined && override.repository === undefined)
        ref = old.ref;
    if (ref !== undefined) {
        repository = undefined;
        tag = undefined;
    }
    const runtimeVersion = override.runtimeVersion ?? old.runtimeVersion;
    const targetVersion = override.targetVersion ?? old.targetVersion;
    const architectures = override.architectures ?? old.architectures;
    if (repository !== undefined)
        merged.repository = repository;
    if (tag !== undefined)
        merged.tag = tag;
    if (version !== undefined)
        merged.version = version;
    if (ref !== undefined)
        merged.ref = ref;
    if (runtimeVersion !== undefined)
        merged.runtimeVersion = runtimeVersion;
    if (targetVersion !== undefined)
        merged.targetVersion = targetVersion;
    if (architectures !== undefined)
        merged.architectures = architectures;
    // Not Gardener's (it drops the field): kept so the intended reading survives a merge.
    const versions = override.versions ?? old.versions;
    if (versions !== undefined)
        merged.versions = versions;
    return merged;
}
/**
 * Gardener's `MergeImageVectors`. Entries whose key was seen merge into the
 * earlier entry; others are appended. Gardener merges only when an overwrite
 * is configured (even an empty one): without one, duplicate keys in a base
 * file stay separate entries, and the first wins ties.
 */
function mergeImageVectors(vectors, merging) {
    const out = [];
    const indexByKey = new Map();
    for (const vector of vectors) {
        for (const source of vector) {
            if (merging) {
                const key = mergeKey(source);
                const index = indexByKey.get(key);
                if (index !== undefined) {
                    const entry = out[index];
                    entry.source = mergeImageSources(entry.source, source);
                    entry.contributors.push(source);
                    continue;
                }
                indexByKey.set(key, out.length);
            }
            out.push({ source, contributors: [source] });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/rules/finding-cap.ts
/**
 * How many findings of one rule one image gets: a crafted vector with
 * thousands of entries of one image would otherwise yield one finding (about
 * a kilobyte) per entry. Real vectors stay well below it.
 */
const FINDINGS_PER_IMAGE = 20;
const RANK = { error: 3, warning: 2, notice: 1 };
/**
 * Collects one image's findings of one rule and reports the first
 * {@link FINDINGS_PER_IMAGE} in the order they came; the rest become one
 * finding at the first one left out, counting them (`rest(n)` says what they
 * are), with the highest severity among them. Deterministic: the order is the
 * rule's own.
 */
class FindingCap {
    kept = [];
    first;
    left = 0;
    severity;
    /** Whether the caller may skip building a message: the next report would only be counted. */
    get full() {
        return this.kept.length >= FINDINGS_PER_IMAGE;
    }
    add(report) {
        if (!this.full) {
            this.kept.push(report);
            return;
        }
        this.count(report, report.severity);
    }
    /** Counts a finding left out without its message (`at` gives its place, used for the first only). */
    count(at, severity) {
        if (this.left === 0)
            this.first = { ...at, message: '' };
        this.left++;
        if (severity !== undefined && (this.severity === undefined || RANK[severity] > RANK[this.severity]))
            this.severity = severity;
    }
    /**
     * Reports what was kept, and the count of the rest. The count's identity
     * across commits is the image and the rule, not the number: a vector whose
     * count changes from 2,979 to 2,980 has no new finding to show.
     */
    flush(report, image, rest) {
        for (const r of this.kept)
            report(r);
        if (this.left > 0 && this.first) {
            const { file, position } = this.first;
            report({
                file,
                position,
                about: { image, region: 'the findings past the cap, counted' },
                ...(this.severity ? { severity: this.severity } : {}),
                message: `${rest(this.left)} (not listed one by one: imagevector-lint reports at most ${FINDINGS_PER_IMAGE} findings of a rule per image).`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/rules/duplicate-entry.ts




const duplicateEntry = {
    id: 'duplicate-entry',
    defaultSeverity: 'error',
    description: 'Two entries of one file with the same merge key (name, runtimeVersion, targetVersion, architectures).',
    check(context) {
        for (const { vector } of context.vectors) {
            const first = new Map();
            // One cap per image name, reported in the order the names first come.
            const caps = new Map();
            const report = (r, name) => {
                let cap = caps.get(name);
                if (!cap)
                    caps.set(name, (cap = new FindingCap()));
                cap.add(r);
            };
            for (const source of vector.images) {
                const key = mergeKey(source);
                const earlier = first.get(key);
                if (!earlier) {
                    first.set(key, source);
                    continue;
                }
                // The 2018 `versions` told these entries apart; Gardener drops it, and
                // unknown-field reports that once per entry: the same cause, not a second error.
                if (source.versions !== undefined && earlier.versions !== undefined && source.versions !== earlier.versions)
                    continue;
                const differs = ['tag', 'repository', 'ref', 'version'].filter((f) => source[f] !== earlier[f]);
                if (differs.length === 0) {
                    report({
                        file: source.origin.file,
                        position: source.origin.position,
                        message: `Redundant copy of the entry at ${where(earlier, source)} (\`${source.name}\`): the same merge key and the same image. Gardener keeps both or merges them, and resolves alike either way; remove this one.`,
                    }, source.name);
                    continue;
                }
                const legacy = differs.includes('version') && isLegacyVector(vector.images)
                    ? ' Their `version` values differ, but Gardener never selects by `version` (see legacy-version-constraint).'
                    : '';
                report({
                    file: source.origin.file,
                    position: source.origin.position,
                    message: `Same merge key as the entry at ${where(earlier, source)} (name \`${source.name}\`, runtimeVersion, targetVersion and architectures) but a different ${differs.join(', ')}. Without an overwrite Gardener keeps both and the first wins every tie; with an overwrite configured (even an empty one) it merges this entry into the first. The same file resolves differently — remove one, or give them different constraints.${legacy}`,
                }, source.name);
            }
            for (const [name, cap] of caps)
                cap.flush(context.report.bind(context), name, (n) => `And ${n.toLocaleString('en-US')} more entries of \`${name}\` that repeat an earlier entry's merge key`);
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/field-case.ts



const fieldCase = {
    id: 'field-case',
    defaultSeverity: 'warning',
    description: 'A key written in another case than the canonical one; Gardener matches it case-insensitively, other tools do not.',
    check(context) {
        const report = (file, position, written, canonical) => context.report({
            file,
            position,
            message: `\`${written}\` is read as \`${canonical}\` (Gardener matches keys case-insensitively), but tools and people search for \`${canonical}\`. Write \`${canonical}\`.`,
        });
        forEachEntryNode(context, (doc, entry) => {
            for (const pair of entry.pairs) {
                if (pair.key.kind !== 'scalar')
                    continue;
                const key = pair.key.value.goString;
                const canonical = canonicalImageSourceField(key);
                if (canonical && canonical !== key)
                    report(doc.file, doc.position(pair.key.start), key, canonical);
            }
        }, WRITTEN.OTHER_KEY);
        for (const { doc } of context.components) {
            if (!isMapping(doc.root))
                continue;
            const list = mappingValue(doc.root, 'components');
            if (list?.kind !== 'sequence')
                continue;
            for (const item of list.items) {
                if (!isMapping(item))
                    continue;
                for (const pair of item.pairs) {
                    if (pair.key.kind !== 'scalar')
                        continue;
                    const key = pair.key.value.goString;
                    const canonical = canonicalComponentField(key);
                    if (canonical && canonical !== key)
                        report(doc.file, doc.position(pair.key.start), key, canonical);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/image-reference.ts
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
const OK = { ok: true };
/** Longest repository path (without the registry host), as in distribution/reference. */
const MAX_PATH_LENGTH = 255;
/** Longest tag. */
const MAX_TAG_LENGTH = 128;
// A Map: the algorithm is the user's text (`constructor:…` must not find Object).
const DIGEST_HEX_LENGTH = new Map([
    ['sha256', 64],
    ['sha384', 96],
    ['sha512', 128],
]);
function fail(offset, reason) {
    return { ok: false, reason, offset };
}
// Character classes on UTF-16 code units ----------------------------------------------------------
function isLower(c) {
    return c >= 0x61 && c <= 0x7a;
}
function isUpper(c) {
    return c >= 0x41 && c <= 0x5a;
}
function image_reference_isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function isLowerAlnum(c) {
    return isLower(c) || image_reference_isDigit(c);
}
function isAlnum(c) {
    return isLower(c) || isUpper(c) || image_reference_isDigit(c);
}
function isWordChar(c) {
    return isAlnum(c) || c === 0x5f; // _
}
function isLowerHex(c) {
    return image_reference_isDigit(c) || (c >= 0x61 && c <= 0x66);
}
function isUpperHex(c) {
    return c >= 0x41 && c <= 0x46;
}
const SLASH = 0x2f;
const image_reference_COLON = 0x3a;
const AT = 0x40;
const DOT = 0x2e;
const UNDERSCORE = 0x5f;
const image_reference_DASH = 0x2d;
/** A short, printable description of the character at `i`. */
function charAt(s, i) {
    const cp = s.codePointAt(i);
    if (cp === undefined)
        return 'the end';
    if (cp === 0x20)
        return 'a space';
    if (cp > 0x20 && cp < 0x7f)
        return `'${String.fromCodePoint(cp)}'`;
    return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
/** Quote a part of the input without ever echoing a huge string back. */
function snippet(text, max = 40) {
    return text.length <= max ? text : `${text.slice(0, max)}…`;
}
// Domain ------------------------------------------------------------------------------------------
/** Checks `s[start, end)` as `host[:port]`; `null` when it is one. */
function checkDomain(s, start, end) {
    let i = start;
    if (i >= end)
        return fail(i, 'the registry host is empty');
    if (s.charCodeAt(i) === 0x5b /* [ */) {
        i++;
        const first = i;
        while (i < end) {
            const c = s.charCodeAt(i);
            if (image_reference_isDigit(c) || (c >= 0x61 && c <= 0x66) || isUpperHex(c) || c === image_reference_COLON)
                i++;
            else
                break;
        }
        if (i === first)
            return fail(i, 'an IPv6 registry address between "[" and "]" is empty');
        if (i >= end || s.charCodeAt(i) !== 0x5d /* ] */) {
            return fail(i, `${charAt(s, i)} is not allowed in an IPv6 registry address; write it as hex digits and ':' between '[' and ']' (zone ids are not supported)`);
        }
        i++;
    }
    else {
        for (;;) {
            const labelStart = i;
            if (i >= end || !isAlnum(s.charCodeAt(i))) {
                if (i < end && s.charCodeAt(i) === image_reference_DASH)
                    return fail(i, "a registry host label cannot start with '-'");
                if (i < end && s.charCodeAt(i) !== DOT && s.charCodeAt(i) !== image_reference_COLON) {
                    return fail(i, `${charAt(s, i)} is not allowed in a registry host; use letters, digits, '-' and '.'`);
                }
                return fail(i, "the registry host has an empty label; remove the extra '.'");
            }
            while (i < end && (isAlnum(s.charCodeAt(i)) || s.charCodeAt(i) === image_reference_DASH))
                i++;
            if (s.charCodeAt(i - 1) === image_reference_DASH) {
                let dash = i - 1;
                while (dash > labelStart && s.charCodeAt(dash - 1) === image_reference_DASH)
                    dash--;
                return fail(dash, "a registry host label cannot end with '-'");
            }
            if (i < end && s.charCodeAt(i) === DOT) {
                i++;
                continue;
            }
            break;
        }
    }
    if (i < end && s.charCodeAt(i) === image_reference_COLON) {
        i++;
        const portStart = i;
        while (i < end && image_reference_isDigit(s.charCodeAt(i)))
            i++;
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
function looksLikeHost(s, start, end) {
    if (start < end && s.charCodeAt(start) === 0x5b)
        return true;
    for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c === DOT || c === image_reference_COLON)
            return true;
    }
    return s.slice(start, end) === 'localhost';
}
/**
 * Scans a remote-name from `start`. It ends at `end`, or (when `stopAtTagOrDigest`) at a ':'
 * or '@' that follows a complete component. Linear: every character is looked at once.
 */
function scanPath(s, start, end, stopAtTagOrDigest) {
    let i = start;
    for (;;) {
        // One path component.
        if (i >= end) {
            if (i === 0)
                return fail(i, 'the image path is empty');
            return fail(i - 1, "the repository ends with '/'; remove the trailing '/' (or add the image path after it)");
        }
        const first = s.charCodeAt(i);
        if (!isLowerAlnum(first)) {
            if (stopAtTagOrDigest && i > start && (first === image_reference_COLON || first === AT)) {
                return fail(i - 1, "the image path ends with '/'; remove the trailing '/'");
            }
            if (first === SLASH) {
                return i === 0
                    ? fail(i, "the repository starts with '/'; remove the leading '/'")
                    : fail(i, "the repository has an empty path component ('//'); remove the extra '/'");
            }
            if (isUpper(first))
                return upperFail(s, i);
            if (first === DOT || first === UNDERSCORE || first === image_reference_DASH) {
                return fail(i, `a path component cannot start with ${charAt(s, i)}; start it with a lowercase letter or digit`);
            }
            return invalidPathChar(s, i);
        }
        for (;;) {
            while (i < end && isLowerAlnum(s.charCodeAt(i)))
                i++;
            if (i >= end)
                return { ok: true, end: i };
            const c = s.charCodeAt(i);
            if (c === DOT || c === UNDERSCORE || c === image_reference_DASH) {
                const sepStart = i;
                if (c === DOT)
                    i++;
                else if (c === UNDERSCORE) {
                    i++;
                    if (i < end && s.charCodeAt(i) === UNDERSCORE)
                        i++;
                }
                else {
                    while (i < end && s.charCodeAt(i) === image_reference_DASH)
                        i++;
                }
                const next = i < end ? s.charCodeAt(i) : -1;
                if (isLowerAlnum(next))
                    continue;
                if (next === -1 || next === SLASH || (stopAtTagOrDigest && (next === image_reference_COLON || next === AT))) {
                    return fail(sepStart, `a path component cannot end with ${charAt(s, sepStart)}; remove it or add a letter or digit after it`);
                }
                if (next === DOT || next === UNDERSCORE || next === image_reference_DASH) {
                    return fail(i, "invalid separator in the image path: use one '.', one or two '_', or a run of '-' between lowercase letters or digits");
                }
                if (isUpper(next))
                    return upperFail(s, i);
                return invalidPathChar(s, i);
            }
            if (c === SLASH) {
                i++;
                break; // next component
            }
            if (stopAtTagOrDigest && (c === image_reference_COLON || c === AT))
                return { ok: true, end: i };
            if (isUpper(c))
                return upperFail(s, i);
            return invalidPathChar(s, i);
        }
    }
}
function upperFail(s, i) {
    return fail(i, `the image path must be lowercase (found ${charAt(s, i)}; only the registry host may use uppercase); write it in lowercase`);
}
function invalidPathChar(s, i) {
    if (s.charCodeAt(i) === image_reference_COLON) {
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
function checkName(s, end, stopAtTagOrDigest, rest) {
    const slash = s.indexOf('/');
    const withLength = (scan, pathStart) => {
        if (!scan.ok)
            return scan;
        if (scan.end - pathStart > MAX_PATH_LENGTH) {
            return fail(pathStart + MAX_PATH_LENGTH, `the image path is ${scan.end - pathStart} characters long; at most ${MAX_PATH_LENGTH} are allowed`);
        }
        return rest(scan.end);
    };
    if (slash < 0 || slash >= end)
        return withLength(scanPath(s, 0, end, stopAtTagOrDigest), 0);
    const domainFail = checkDomain(s, 0, slash);
    let hostReading;
    if (domainFail === null) {
        hostReading = withLength(scanPath(s, slash + 1, end, stopAtTagOrDigest), slash + 1);
        if (hostReading.ok)
            return hostReading;
    }
    const pathReading = withLength(scanPath(s, 0, end, stopAtTagOrDigest), 0);
    if (pathReading.ok)
        return pathReading;
    if (hostReading !== undefined && !hostReading.ok) {
        return hostReading.offset >= pathReading.offset ? hostReading : pathReading;
    }
    // The first segment is not a host. If it is not a path component either, explain it as a
    // host when it looks like one (has '.', ':', '[' or is localhost).
    if (domainFail !== null && pathReading.offset <= slash && looksLikeHost(s, 0, slash))
        return domainFail;
    return pathReading;
}
// Tags and digests --------------------------------------------------------------------------------
function checkPlainTag(s, start, end) {
    if (start >= end)
        return fail(start, `the tag is empty`);
    const first = s.charCodeAt(start);
    if (!isWordChar(first)) {
        if (first === DOT || first === image_reference_DASH) {
            return fail(start, `a tag cannot start with ${charAt(s, start)}; start it with a letter, digit or '_'`);
        }
        return fail(start, `${charAt(s, start)} is not allowed in a tag; use letters, digits, '_', '.' and '-'`);
    }
    let i = start + 1;
    const limit = Math.min(end, start + MAX_TAG_LENGTH);
    while (i < limit) {
        const c = s.charCodeAt(i);
        if (!(isWordChar(c) || c === DOT || c === image_reference_DASH)) {
            return fail(i, `${charAt(s, i)} is not allowed in a tag; use letters, digits, '_', '.' and '-'`);
        }
        i++;
    }
    if (end - start > MAX_TAG_LENGTH) {
        return fail(start + MAX_TAG_LENGTH, `the tag is ${end - start} characters long; at most ${MAX_TAG_LENGTH} are allowed`);
    }
    return OK;
}
function checkDigestAt(s, start, end) {
    if (start >= end)
        return fail(start, "the digest is empty; expected 'sha256:' followed by 64 lowercase hex digits");
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
        while (i < end && isAlnum(s.charCodeAt(i)))
            i++;
        const sep = i < end ? s.charCodeAt(i) : -1;
        if (sep === image_reference_DASH || sep === UNDERSCORE || sep === 0x2b /* + */ || sep === DOT) {
            i++;
            continue;
        }
        if (sep === image_reference_COLON)
            break;
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
            if (isUpperHex(c))
                return fail(j, `digest hex digits must be lowercase (found ${charAt(s, j)}); write the digest in lowercase`);
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
function checkDigest(digest) {
    return checkDigestAt(digest, 0, digest.length);
}
/**
 * The `tag` field of an image source: a tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`), a digest
 * `sha256:<64 hex>` (Gardener writes `repository@sha256:…`), or `<tag>@<digest>`
 * (Gardener writes `repository:<tag>@<digest>`).
 */
function checkTag(tag) {
    if (tag.length === 0)
        return fail(0, "the tag is empty; set a tag such as 'v1.2.3' or remove the field");
    const at = tag.indexOf('@');
    if (at >= 0) {
        if (at === 0) {
            return fail(0, "nothing before '@'; write the digest alone ('sha256:…') or as '<tag>@sha256:…'");
        }
        const head = checkPlainTag(tag, 0, at);
        if (!head.ok)
            return head;
        return checkDigestAt(tag, at + 1, tag.length);
    }
    const colon = tag.indexOf(':');
    if (colon >= 0) {
        const algorithm = tag.slice(0, colon);
        if (algorithm === 'sha256')
            return checkDigestAt(tag, 0, tag.length);
        if (DIGEST_HEX_LENGTH.has(algorithm.toLowerCase())) {
            return fail(0, algorithm === 'SHA256' || algorithm.toLowerCase() === 'sha256'
                ? "write the digest algorithm in lowercase ('sha256:'): Gardener joins the repository with '@' only for tags starting with 'sha256:'"
                : `Gardener joins the repository with '@' only for tags starting with 'sha256:', so this gives 'repository:${algorithm}:…', which is not a valid image; use ref ('repository@${algorithm}:…') or the tag '<tag>@${algorithm}:…'`);
        }
    }
    return checkPlainTag(tag, 0, tag.length);
}
/** The `repository` field: `[domain/]path` without tag or digest. */
function checkRepository(repository) {
    if (repository.length === 0)
        return fail(0, "the repository is empty; write the image's repository, e.g. 'registry.k8s.io/pause'");
    return checkName(repository, repository.length, true, (nameEnd) => {
        if (nameEnd >= repository.length)
            return OK;
        const rest = repository.slice(nameEnd + 1);
        if (repository.charCodeAt(nameEnd) === AT) {
            return fail(nameEnd, `the repository contains a digest ('@${snippet(rest, 80)}'); move it into the tag field (tag: "${snippet(rest, 80)}") or write the whole image as ref`);
        }
        // ':' after the path: a tag, unless more path follows.
        if (rest.includes('/'))
            return invalidPathChar(repository, nameEnd);
        return fail(nameEnd, `the repository contains a tag (':${snippet(rest, 80)}'); move ':${snippet(rest, 80)}' into the tag field (tag: "${snippet(rest, 80)}")` +
            (/^[0-9]+$/.test(rest) ? ` — or, if it is a registry port, add the image path after it ('${snippet(repository)}/<image>')` : ''));
    });
}
/** A full reference `name[:tag][@digest]`, as in the `ref` field. */
function checkRef(ref) {
    if (ref.length === 0)
        return fail(0, "the ref is empty; write a full image reference, e.g. 'registry.k8s.io/pause:3.9'");
    const at = ref.indexOf('@');
    const nameAndTagEnd = at < 0 ? ref.length : at;
    return checkName(ref, nameAndTagEnd, true, (nameEnd) => {
        let i = nameEnd;
        if (i < nameAndTagEnd && ref.charCodeAt(i) === image_reference_COLON) {
            const tag = checkPlainTag(ref, i + 1, nameAndTagEnd);
            if (!tag.ok)
                return tag;
            i = nameAndTagEnd;
        }
        if (i < nameAndTagEnd)
            return invalidPathChar(ref, i);
        if (at < 0)
            return OK;
        return checkDigestAt(ref, at + 1, ref.length);
    });
}
/** How a tag is written; a change of style in a pull request is worth a second look. */
function tagStyle(tag) {
    if (tag === undefined || tag.length === 0)
        return 'none';
    if (tag.includes('@'))
        return 'tag+digest';
    if (/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:/.test(tag))
        return 'digest';
    if (/^v[0-9]/.test(tag))
        return 'v-prefixed';
    return 'plain';
}

;// CONCATENATED MODULE: ./src/engine/rules/image-reference.ts


const CHECKS = [
    ['repository', checkRepository],
    ['tag', checkTag],
    ['ref', checkRef],
];
const imageReference = {
    id: 'image-reference',
    defaultSeverity: 'error',
    description: 'A repository, tag, digest or ref that is not a valid OCI image reference; the pull fails in the cluster.',
    check(context) {
        for (const source of allEntries(context)) {
            for (const [field, checkField] of CHECKS) {
                const value = source[field];
                if (value === undefined || value === '')
                    continue;
                const result = checkField(value);
                if (result.ok)
                    continue;
                const position = fieldPosition(source, field);
                context.report({
                    file: source.origin.file,
                    position,
                    message: `\`${field}: ${JSON.stringify(value)}\` of \`${source.name || '(unnamed)'}\` is not a valid image ${field === 'ref' ? 'reference' : field} (at character ${result.offset + 1}): ${result.reason}`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/image-source.ts

const imageSource = {
    id: 'image-source',
    defaultSeverity: 'error',
    description: 'Where the image comes from, as Gardener validates it: ref or repository, never both, nothing empty.',
    check(context) {
        for (const source of allEntries(context)) {
            const file = source.origin.file;
            const name = source.name || '(unnamed)';
            if (source.ref === undefined && source.repository === undefined) {
                // Overwrites too: Gardener validates an overwrite file (and each
                // component's string) on its own, before merging it.
                const what = source.origin.kind === 'base' ? 'the vector' : 'the whole overwrite, before merging it';
                context.report({
                    file,
                    position: source.origin.position,
                    message: `Image \`${name}\` has neither \`repository\` nor \`ref\`: Gardener rejects ${what} ("either image ref or repository+tag is required"). Add \`repository:\` (and \`tag:\`) or \`ref:\`, even when only the tag should change.`,
                });
            }
            if (source.ref !== undefined) {
                if (source.ref === '') {
                    context.report({ file, position: fieldPosition(source, 'ref'), message: `\`ref\` of \`${name}\` is empty: Gardener rejects the vector. Give the full reference or remove the key.` });
                }
                for (const field of ['repository', 'tag']) {
                    if (source[field] === undefined)
                        continue;
                    context.report({
                        file,
                        position: fieldPosition(source, field),
                        message: `\`${field}\` together with \`ref\` in \`${name}\`: Gardener rejects the vector ("cannot specify ${field} when ref is set"). Keep either \`ref\` or \`repository\`/\`tag\`.`,
                    });
                }
                continue;
            }
            for (const field of ['repository', 'tag']) {
                if (source[field] !== '')
                    continue;
                context.report({
                    file,
                    position: fieldPosition(source, field),
                    message: `\`${field}\` of \`${name}\` is empty: Gardener rejects the vector ("${field === 'tag' ? 'image tag' : 'repository'} must not be empty if specified"). Set it or remove the key.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/invalid-constraint.ts



const invalidConstraint = {
    id: 'invalid-constraint',
    defaultSeverity: 'error',
    description: 'A runtimeVersion or targetVersion that Masterminds semver v3 cannot parse; Gardener rejects the whole vector.',
    check(context) {
        for (const { source, field, text } of writtenConstraints(context)) {
            const parsed = parseConstraint(text);
            if (parsed.ok)
                continue;
            const consequence = field === 'version'
                ? 'It is meant as a Kubernetes version constraint but cannot be one.'
                : 'Gardener rejects the whole vector when it reads it.';
            context.report({
                file: source.origin.file,
                position: fieldPosition(source, field),
                message: `\`${field}: ${JSON.stringify(text)}\` is not a valid constraint: ${parsed.error} (at character ${parsed.offset + 1}). ${consequence} Valid forms: ">= 1.30", "1.33.x", ">= 1.31, < 1.34", "1.29.x || 1.30.x".`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/legacy-version-constraint.ts

const legacyVersionConstraint = {
    id: 'legacy-version-constraint',
    defaultSeverity: 'warning',
    description: '`version` used as the Kubernetes constraint, as Gardener\'s old docs showed; Gardener never selects by it.',
    check(context) {
        for (const { vector } of context.vectors) {
            if (!isLegacyVector(vector.images))
                continue;
            for (const source of vector.images) {
                if (source.version === undefined)
                    continue;
                context.report({
                    file: source.origin.file,
                    position: source.origin.fields.version ?? source.origin.position,
                    message: `\`version: ${JSON.stringify(source.version)}\` is written as a Kubernetes version constraint (the form of Gardener's old image vector docs), but Gardener reads \`version\` only as a label: entries of \`${source.name}\` that differ only in \`version\` share one merge key and the first always wins. Rename it to \`targetVersion\` (the Kubernetes version the image acts on) or \`runtimeVersion\` (the one it runs on).`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/kubernetes-domain.ts


/** The configured `kubernetesVersions` as releases, or undefined when none (or an invalid one) is configured. */
function kubernetes_domain_kubernetesDomain(config) {
    if (config.kubernetesVersions === undefined)
        return undefined;
    const parsed = parseConstraint(config.kubernetesVersions);
    return parsed.ok ? parsed.releases : undefined;
}
/**
 * The part of a region inside the Kubernetes versions that matter: the
 * domain cuts each axis the image constrains (an unconstrained axis is one
 * cell that every version falls into). Undefined when nothing is left.
 */
function regionInDomain(resolution, region, domain) {
    if (!domain)
        return region;
    const runtime = resolution.runtimeConstrained ? intersectSets(region.runtime, domain) : region.runtime;
    const target = resolution.targetConstrained ? intersectSets(region.target, domain) : region.target;
    if (release_set_isEmptySet(runtime) || release_set_isEmptySet(target))
        return undefined;
    return { runtime, target };
}
/** Whether the candidate at `position` wins some cell inside the domain, on any architecture. */
function winsInDomain(resolutions, position, domain) {
    for (const resolution of resolutions) {
        if (winsOf(resolution, position) === 0)
            continue;
        if (!domain)
            return true;
        const regions = regionsByWinner(resolution, (winner) => (winner === position ? 1 : null));
        if (regions.some(({ region }) => regionInDomain(resolution, region, domain)))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/engine/rules/win-reason.ts

function axisScore(candidate, axis) {
    if (axis === 'runtime')
        return candidate.runtime ? candidate.runtimeScore : 0;
    return candidate.target ? candidate.targetScore : 0;
}
const SCORE_WORDS = ['no constraint (score 0)', 'a range (score 1)', 'an exact constraint (score 2)'];
/** Why FindImage prefers `winner` over `loser` for this architecture, in Gardener's scoring terms. */
function winReason(winner, loser, architecture) {
    const archWinner = architectureScore(winner.architectures, architecture) ?? 0;
    const archLoser = architectureScore(loser.architectures, architecture) ?? 0;
    if (archWinner > archLoser) {
        return { byOrder: false, text: `it lists ${architecture} alone, which scores higher than a list of several architectures` };
    }
    for (const axis of ['target', 'runtime']) {
        const w = axisScore(winner, axis);
        const l = axisScore(loser, axis);
        if (w !== l) {
            const field = `${axis}Version`;
            const total = (c) => axisScore(c, 'runtime') + axisScore(c, 'target');
            if (total(winner) > total(loser)) {
                return { byOrder: false, text: `its ${field} is ${SCORE_WORDS[w]}, this entry's is ${SCORE_WORDS[l]}` };
            }
        }
    }
    return { byOrder: true, text: 'it comes first and the scores are equal' };
}

;// CONCATENATED MODULE: ./src/engine/rules/overwrite-partial.ts








const overwritePartial = {
    id: 'overwrite-partial',
    defaultSeverity: 'warning',
    description: 'An overwrite names an image of the base, but for some Kubernetes versions or architectures Gardener still resolves that image from the base entry (the merge keys differ).',
    check(context) {
        const domain = kubernetes_domain_kubernetesDomain(context.config);
        for (const group of context.groups) {
            if (!group.merged)
                continue;
            // A vector written with legacy constraints is judged by what it meant.
            const view = group.legacy && group.component === undefined ? intendedGroup(group, context.vectors) : group;
            for (const image of view.images) {
                // What the overwrites wrote for this image (merged into a base entry or appended).
                const overwrites = image.entries.flatMap((e) => e.contributors.filter(isOverwrite));
                if (overwrites.length === 0 || image.entries.every((e) => e.contributors.some(isOverwrite)))
                    continue;
                // Where an overwrite entry never wins at all, overwrite-without-effect reports it.
                const overwriteWins = image.resolutions.some((r) => regionsByWinner(r, (winner) => (winnerWritten(image, winner) === 'overwrite' ? 1 : null)).some(({ region }) => regionInDomain(r, region, domain)));
                if (!overwriteWins)
                    continue;
                // base winner candidate → (region, losing overwrite candidate or -1) → architectures
                const byBase = new Map();
                const overwriteOrder = image.candidates.flatMap((_, p) => (winnerWritten(image, p) === 'overwrite' ? [p] : []));
                for (const resolution of image.resolutions) {
                    // Per cell: the base winner and the first overwrite entry (in vector order) that matches there.
                    const firstOverwrite = firstMatching(resolution, overwriteOrder);
                    const regions = groupRegions(resolution, overlay(resolution, resolution.columns, firstOverwrite, (winner, loser) => winnerWritten(image, winner) === 'base' ? `${winner}:${loser}` : null));
                    for (const { key, region } of regions) {
                        const inside = regionInDomain(resolution, region, domain);
                        if (!inside)
                            continue;
                        const [winner, loser] = key.split(':').map(Number);
                        const text = region_text_describeRegion(resolution, inside);
                        let places = byBase.get(winner);
                        if (!places)
                            byBase.set(winner, (places = new Map()));
                        const place = places.get(`${text}\u0000${loser}`);
                        if (place)
                            place.architectures.push(resolution.architecture);
                        else
                            places.set(`${text}\u0000${loser}`, { region: text, loser, architectures: [resolution.architecture] });
                    }
                }
                for (const [winner, texts] of byBase) {
                    const baseEntry = image.entries[image.candidates[winner].index];
                    const base = baseEntry.contributors[0];
                    const nearest = nearestOverwrite(overwrites, base, view.legacy);
                    const places = [...texts.values()].map(({ region, architectures, loser }) => {
                        let how = 'no overwrite entry matches';
                        if (loser !== -1) {
                            const reason = winReason(image.candidates[winner], image.candidates[loser], architectures[0]).text;
                            const entry = image.entries[image.candidates[loser].index];
                            how = `the overwrite entry at ${where(entry.contributors.find(isOverwrite), nearest.source)} matches but the base entry wins: ${reason}`;
                        }
                        return `${listArchitectures(architectures)} at ${region}, where ${how}`;
                    });
                    context.report({
                        file: nearest.source.origin.file,
                        position: nearest.source.origin.position,
                        message: `This overwrite of \`${image.name}\` does not cover ${places.join('; ')}: there Gardener still resolves \`${image.name}\` from the base entry at ${where(base, nearest.source)} (${JSON.stringify(toImageString(baseEntry.source))}). The merge keys differ (${nearest.differences}), so the overwrite replaces nothing there. To replace that entry, write its ${keyFieldNames(view.legacy)} exactly as in the base.`,
                    });
                }
            }
        }
    },
};
function isOverwrite(source) {
    return source.origin.kind !== 'base';
}
/** Whether the winning candidate's entry was written by an overwrite (merged into or appended) or by the base alone. */
function winnerWritten(image, winner) {
    if (winner === -1)
        return null;
    const entry = image.entries[image.candidates[winner].index];
    return entry.contributors.some(isOverwrite) ? 'overwrite' : 'base';
}
function keyFields(legacy) {
    return legacy ? ['versions', 'version', 'architectures'] : ['runtimeVersion', 'targetVersion', 'architectures'];
}
function keyFieldNames(legacy) {
    return legacy ? 'constraint and architectures (as runtimeVersion/targetVersion, see legacy-version-constraint)' : 'runtimeVersion, targetVersion and architectures';
}
function fieldText(source, field) {
    if (field === 'architectures')
        return source.architectures === undefined ? 'absent' : `[${source.architectures.join(', ')}]`;
    const value = source[field];
    return value === undefined || value === '' ? 'absent' : JSON.stringify(value);
}
/** The overwrite entry whose merge key is closest to the base entry's, and the key fields that differ. */
function nearestOverwrite(overwrites, base, legacy) {
    let best;
    for (const source of overwrites) {
        const diffs = keyFields(legacy)
            .filter((f) => fieldText(source, f) !== fieldText(base, f))
            .map((f) => `${f} ${fieldText(source, f)} here, ${fieldText(base, f)} there`);
        if (!best || diffs.length < best.diffs.length)
            best = { source, diffs };
    }
    return { source: best.source, differences: best.diffs.join('; ') || 'by spelling only' };
}
/**
 * A legacy group as its author meant it: every written entry read with its
 * intended constraints, merged with those constraints in the key (as
 * Gardener merges `runtimeVersion`/`targetVersion`).
 */
function intendedGroup(group, vectors) {
    const written = new Set(group.entries.flatMap((e) => e.contributors));
    const ordered = vectors.filter((v) => v.vector.images.some((i) => written.has(i)));
    const layers = [
        ...ordered.filter((v) => v.vector.kind === 'base'),
        ...ordered.filter((v) => v.vector.kind !== 'base'),
    ].map((v) => v.vector.images.map(intendedSource));
    const analysed = analyseGroup(group.label, mergeImageVectors(layers, true), true);
    return { ...analysed, legacy: true };
}

;// CONCATENATED MODULE: ./src/engine/analysis/losses.ts

// Which entries beat an entry where it matches, read off a resolution's
// segments without visiting every version cell: the first few winners are
// found by scanning the entry's own cells in order, their regions by binary
// search in per-winner segment lists, and how many pieces the others win by
// prefix counts per score class. Cost per entry: O(a few + log) per column
// it spans, whatever the number of entries beating it.
/** How many pieces a scan looks at for new names before it gives up naming (the rest is still counted). */
const SCAN_LIMIT = 256;
const indexCache = new WeakMap();
function indexOf(resolution, column) {
    let index = indexCache.get(column);
    if (index)
        return index;
    const lists = new Map();
    const classes = new Map();
    const s = column.winners.length;
    for (let i = 0; i < s; i++) {
        const w = column.winners[i];
        if (w === -1)
            continue;
        let list = lists.get(w);
        if (!list)
            lists.set(w, (list = []));
        list.push(i);
        const c = classOf(resolution, w);
        if (!classes.has(c))
            classes.set(c, new Int32Array(s + 1));
    }
    for (const [c, prefix] of classes) {
        for (let i = 0; i < s; i++) {
            const w = column.winners[i];
            prefix[i + 1] = prefix[i] + (w !== -1 && classOf(resolution, w) === c ? 1 : 0);
        }
    }
    const byWinner = new Map();
    for (const [w, list] of lists)
        byWinner.set(w, Int32Array.from(list));
    index = { byWinner, classPrefix: classes };
    indexCache.set(column, index);
    return index;
}
function classOf(resolution, candidate) {
    const l = localOf(resolution, candidate);
    return l < 0 ? 0 : resolution.archScores[l] * 8 + resolution.scores[l];
}
/** The segment of a column that holds target cell `cell`. */
function segmentAt(column, cell) {
    let lo = 0;
    let hi = column.starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (column.starts[mid] <= cell)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** First index in a sorted list with value ≥ x. */
function lowerBound(list, x) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The columns an entry's runtime cells span, clipped to them, in order. */
function* coverageStrips(resolution, p) {
    const { columns, runtimeOffsets, runtimeCells } = resolution;
    const l = localOf(resolution, p);
    if (l < 0)
        return;
    for (let k = runtimeOffsets[l]; k < runtimeOffsets[l + 1]; k += 2) {
        const from = runtimeCells[k];
        const to = runtimeCells[k + 1];
        for (let c = columnAt(columns, from); c < columns.length && columns[c].from < to; c++) {
            const column = columns[c];
            yield { column, from: Math.max(from, column.from), to: Math.min(to, column.to) };
        }
    }
}
/** The segment index range [first, last] of each of the entry's target intervals in a column. */
function* segmentRanges(resolution, column, p) {
    const { targetOffsets, targetCells } = resolution;
    const l = localOf(resolution, p);
    if (l < 0)
        return;
    for (let k = targetOffsets[l]; k < targetOffsets[l + 1]; k += 2) {
        const from = targetCells[k];
        const to = targetCells[k + 1];
        if (from >= to)
            continue;
        yield [segmentAt(column, from), segmentAt(column, to - 1), from, to];
    }
}
/**
 * Who wins where entry `loser` matches, on one architecture, among the
 * winners whose architecture score `counts` accepts. New winners are added
 * to `named` (shared across architectures) in the order they first win, up to
 * `limit` names in all; the pieces the others win are counted.
 */
function lossesOn(resolution, loser, named, limit, counts) {
    const present = [];
    if (archScoreOf(resolution, loser) === 0)
        return { present, rest: 0, equalScore: false };
    let scanned = 0;
    let total = 0;
    let equal = 0;
    const loserClass = classOf(resolution, loser);
    const countsOwn = counts(archScoreOf(resolution, loser));
    for (const { column } of coverageStrips(resolution, loser)) {
        const index = indexOf(resolution, column);
        for (const [first, last] of segmentRanges(resolution, column, loser)) {
            for (const [c, prefix] of index.classPrefix) {
                if (!counts(c >> 3))
                    continue;
                const n = prefix[last + 1] - prefix[first];
                total += n;
                if (c === loserClass)
                    equal += n;
            }
            for (let i = first; i <= last && named.length < limit && scanned < SCAN_LIMIT; i++, scanned++) {
                const w = column.winners[i];
                if (w !== -1 && w !== loser && counts(archScoreOf(resolution, w)) && !named.includes(w))
                    named.push(w);
            }
        }
        // The loser's own segments all lie in its cells.
        if (countsOwn) {
            const own = index.byWinner.get(loser)?.length ?? 0;
            total -= own;
            equal -= own;
        }
    }
    const firsts = [];
    for (const winner of named) {
        if (!counts(archScoreOf(resolution, winner)))
            continue;
        const strips = piecesOf(resolution, winner, loser);
        if (strips.length === 0)
            continue;
        total -= countPieces(strips);
        firsts.push([strips[0].from, strips[0].pieces[0][1]]);
        present.push({ winner, strips });
    }
    const order = present.map((_, i) => i).sort((a, b) => firsts[a][0] - firsts[b][0] || firsts[a][1] - firsts[b][1]);
    return { present: order.map((i) => present[i]), rest: total, equalScore: equal > 0 };
}
function countPieces(strips) {
    let n = 0;
    for (const strip of strips)
        n += strip.pieces.length;
    return n;
}
/** Where `winner` wins inside the cells of `loser`: strips of pieces, for {@link groupRegions}. */
function piecesOf(resolution, winner, loser) {
    const strips = [];
    if (archScoreOf(resolution, loser) === 0 || archScoreOf(resolution, winner) === 0)
        return strips;
    for (const { column, from, to } of coverageStrips(resolution, loser)) {
        const mine = indexOf(resolution, column).byWinner.get(winner);
        if (!mine)
            continue;
        const pieces = [];
        for (const [first, last, cellFrom, cellTo] of segmentRanges(resolution, column, loser)) {
            for (let j = lowerBound(mine, first); j < mine.length && mine[j] <= last; j++) {
                const i = mine[j];
                pieces.push([1, Math.max(column.starts[i], cellFrom), Math.min(segmentEnd(resolution, column, i), cellTo)]);
            }
        }
        if (pieces.length > 0)
            strips.push({ from, to, pieces });
    }
    return strips;
}
/**
 * Whether another entry wins somewhere `p` matches on this architecture: a
 * scan of its own cells' segments, without the per-column index (most
 * entries of a multi-entry image share no version with the others).
 */
function beatenSomewhere(resolution, p) {
    const l = localOf(resolution, p);
    if (l < 0)
        return false;
    const { columns, runtimeOffsets, runtimeCells, targetOffsets, targetCells } = resolution;
    for (let k = runtimeOffsets[l]; k < runtimeOffsets[l + 1]; k += 2) {
        const to = runtimeCells[k + 1];
        for (let c = columnAt(columns, runtimeCells[k]); c < columns.length && columns[c].from < to; c++) {
            const column = columns[c];
            for (let t = targetOffsets[l]; t < targetOffsets[l + 1]; t += 2) {
                const from = targetCells[t];
                const end = targetCells[t + 1];
                if (from >= end)
                    continue;
                for (let i = segmentAt(column, from), last = segmentAt(column, end - 1); i <= last; i++) {
                    const w = column.winners[i];
                    if (w !== -1 && w !== p)
                        return true;
                }
            }
        }
    }
    return false;
}
/** Whether every entry winning where `loser` matches satisfies `test`, and at least one does (stops at the first that does not). */
function onlyBeatenBy(resolutions, loser, test) {
    let any = false;
    for (const resolution of resolutions) {
        if (archScoreOf(resolution, loser) === 0)
            continue;
        for (const { column } of coverageStrips(resolution, loser)) {
            for (const [first, last] of segmentRanges(resolution, column, loser)) {
                for (let i = first; i <= last; i++) {
                    const w = column.winners[i];
                    if (w === -1 || w === loser)
                        continue;
                    if (!test(w))
                        return false;
                    any = true;
                }
            }
        }
    }
    return any;
}

;// CONCATENATED MODULE: ./src/engine/rules/shadowed-entry.ts








const shadowedEntry = {
    id: 'shadowed-entry',
    defaultSeverity: 'error',
    description: 'An entry Gardener never selects, for any version and architecture: other entries always win.',
    check(context) {
        const linted = new Set(context.files.map((f) => f.path));
        for (const group of context.groups) {
            for (const image of group.images) {
                // A lone candidate wins every cell it matches (or matches none and returns below): never shadowed.
                if (image.candidates.length < 2)
                    continue;
                const won = winningPositions(image.resolutions);
                const cap = new FindingCap();
                image.candidates.forEach((candidate, position) => {
                    const entry = image.entries[candidate.index];
                    const written = entry.contributors[0];
                    // Appended overwrite entries are the overwrite-without-effect rule's;
                    // entries of a component's own (configured) vector are not linted here.
                    if (written.origin.kind !== 'base' || !linted.has(written.origin.file))
                        return;
                    if ((candidate.runtime && release_set_isEmptySet(candidate.runtime)) || (candidate.target && release_set_isEmptySet(candidate.target)))
                        return;
                    if (candidate.architectures?.length === 0)
                        return;
                    if (won.has(position))
                        return;
                    // Beaten only by entries with the same merge key: duplicate-entry explains that one.
                    if (beatenOnlyBySameKey(image, position, mergeKey(written)))
                        return;
                    // At the range that loses everywhere (targetVersion, else runtimeVersion), else the entry.
                    const fields = written.origin.fields;
                    const at = fields.targetVersion ?? fields.runtimeVersion ?? written.origin.position;
                    // Past the cap a shadowed entry is only counted (no winners named).
                    if (cap.full)
                        return cap.count({ file: written.origin.file, position: at }, undefined);
                    cap.add({
                        file: written.origin.file,
                        position: at,
                        message: `Gardener never selects this entry of \`${image.name}\` (tag ${JSON.stringify(entry.source.tag ?? entry.source.ref ?? '')}): ${winnersInstead(image, position)}. Remove it, or narrow the ranges of the entries that win.`,
                    });
                });
                cap.flush(context.report.bind(context), image.name, (n) => `And ${n.toLocaleString('en-US')} more entries of \`${image.name}\` that Gardener never selects`);
            }
        }
    },
};
/** How many winners a message names; the others are counted. */
const NAMED_WINNERS = 5;
/** Whether every entry that wins where this one matches has the merge key `key` (and some entry does). */
function beatenOnlyBySameKey(image, position, key) {
    return onlyBeatenBy(image.resolutions, position, (w) => mergeKey(image.entries[image.candidates[w].index].contributors[0]) === key);
}
/** Which entries win where this one matches, and why. */
function winnersInstead(image, position) {
    // The first few winners, in the order they first win (architecture, then versions), with why per architecture.
    const named = [];
    const reasons = new Map();
    const rest = new Map();
    for (const resolution of image.resolutions) {
        const losses = lossesOn(resolution, position, named, NAMED_WINNERS, () => true);
        rest.set(resolution.architecture, losses.rest);
        for (const { winner } of losses.present) {
            let why = reasons.get(winner);
            if (!why)
                reasons.set(winner, (why = new Set()));
            if (why.size < 3)
                why.add(winReason(image.candidates[winner], image.candidates[position], resolution.architecture).text);
        }
    }
    const unnamed = [...rest.values()].some((n) => n > 0);
    if (reasons.size === 0 && !unnamed)
        return 'it matches no version and architecture it could be asked for';
    const me = image.entries[image.candidates[position].index].contributors[0];
    const parts = [...reasons].map(([winner, why]) => {
        const entry = image.entries[image.candidates[winner].index].contributors[0];
        return `${where(entry, me)} wins (${[...why].join('; ')})`;
    });
    if (unnamed)
        parts.push(`and other entries in ${describeRest(rest)}`);
    return `wherever it matches, ${parts.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/engine/rules/overwrite-without-effect.ts




const overwriteWithoutEffect = {
    id: 'overwrite-without-effect',
    defaultSeverity: 'error',
    description: 'An overwrite entry that replaces no base entry (its merge key differs) and is never selected: it silently changes nothing.',
    check(context) {
        const domain = kubernetes_domain_kubernetesDomain(context.config);
        for (const group of context.groups) {
            if (!group.merged)
                continue;
            for (const image of group.images) {
                // Only images with an entry that an overwrite appended can have such an entry.
                if (image.entries.every((e) => e.contributors[0].origin.kind === 'base'))
                    continue;
                const baseOfName = image.entries.filter((e) => e.contributors[0].origin.kind === 'base');
                if (baseOfName.length === 0)
                    continue; // unknown-image reports names the base lacks
                image.candidates.forEach((candidate, position) => {
                    const entry = image.entries[candidate.index];
                    const written = entry.contributors[0];
                    if (written.origin.kind === 'base')
                        return;
                    // Selected only outside the configured Kubernetes versions counts as no effect.
                    if (winsInDomain(image.resolutions, position, domain))
                        return;
                    const outside = domain !== undefined && winsInDomain(image.resolutions, position, undefined);
                    const near = nearMiss(written, baseOfName);
                    const hint = near
                        ? ` It was probably meant to replace the entry at ${where(near.entry.contributors[0], written)}, whose key differs only ${near.why}; Gardener compares the key strings literally. Copy that entry's runtimeVersion, targetVersion and architectures exactly.`
                        : ' Give it the runtimeVersion, targetVersion and architectures of the base entry it should replace, exactly as written there.';
                    context.report({
                        file: written.origin.file,
                        position: written.origin.position,
                        message: `This overwrite of \`${image.name}\` replaces no base entry (no entry has the same name, runtimeVersion, targetVersion and architectures), so Gardener appends it — and never selects it${outside ? ` for the configured Kubernetes versions (${context.config.kubernetesVersions}; it is selected only outside them)` : `: ${winnersInstead(image, position)}`}.${hint}`,
                    });
                });
            }
        }
    },
};
/** A base entry whose key differs from the overwrite's only in spelling. */
function nearMiss(overwrite, bases) {
    for (const entry of bases) {
        const base = entry.contributors[0];
        const reasons = [];
        let same = true;
        for (const field of ['runtimeVersion', 'targetVersion']) {
            const a = overwrite[field] ?? '';
            const b = base[field] ?? '';
            if (a === b)
                continue;
            if (a.replace(/\s+/g, '') === b.replace(/\s+/g, ''))
                reasons.push(`in the spacing of ${field} (${JSON.stringify(a)} vs ${JSON.stringify(b)})`);
            else if (equivalent(a, b))
                reasons.push(`in how ${field} is written (${JSON.stringify(a)} vs ${JSON.stringify(b)} match the same versions)`);
            else
                same = false;
        }
        const oa = overwrite.architectures;
        const ba = base.architectures;
        if ((oa ?? []).join() !== (ba ?? []).join() || (oa === undefined) !== (ba === undefined)) {
            if (oa && ba && [...oa].sort().join() === [...ba].sort().join())
                reasons.push(`in the order of architectures ([${oa.join(', ')}] vs [${ba.join(', ')}])`);
            else
                same = false;
        }
        if (same && reasons.length > 0)
            return { entry, why: reasons.join(' and ') };
    }
    return undefined;
}
function equivalent(a, b) {
    if (a === '' || b === '')
        return false;
    const pa = parseConstraint(a);
    const pb = parseConstraint(b);
    return pa.ok && pb.ok && setsEqual(pa.releases, pb.releases);
}

;// CONCATENATED MODULE: ./src/engine/rules/vector-shape.ts

// The schema rule's fast path. Nearly every image vector has the plainest
// shape the image-vector schema allows: a mapping of `images` (and maybe
// `caBundle`), each entry a mapping of known fields holding scalars, a
// non-empty name, architectures a list of strings. Telling that from the tree
// in one walk saves building the document's Gardener view and validating it.
// Sound, not complete: true means the validator would accept the document
// (test/engine/vector-shape.property.test.ts compares the two); anything less
// plain (merge keys, a key written twice, a field in the wrong place, any
// error) is false and goes to the validator, which finds what is wrong.
/** Whether `root` certainly passes the image-vector schema as the schema rule applies it (see gardenerView). */
function plainValidVector(root) {
    if (root.kind !== 'mapping')
        return false;
    let images;
    let caBundle;
    for (const pair of root.pairs) {
        const key = pair.key;
        if (key.kind !== 'scalar')
            return false;
        const name = key.value.goString;
        // Only a plain `<<` is a merge key; a quoted one is the key `<<`, dropped like any unknown key.
        if (name === '<<')
            return false;
        const lower = name.toLowerCase();
        if (lower === 'images') {
            if (images !== undefined)
                return false;
            images = pair.value;
        }
        else if (lower === 'cabundle') {
            if (caBundle !== undefined)
                return false;
            caBundle = pair.value;
        }
        else if (lower === 'components')
            return false;
    }
    if (images === undefined)
        return false;
    if (caBundle !== undefined && !plainCaBundle(caBundle))
        return false;
    if (images.kind === 'scalar')
        return images.value.type === 'null';
    if (images.kind !== 'sequence')
        return false;
    for (const item of images.items)
        if (item.kind !== 'mapping' || !plainEntry(item))
            return false;
    return true;
}
function plainCaBundle(node) {
    if (node.kind === 'scalar')
        return node.value.type === 'null';
    if (node.kind !== 'mapping')
        return false;
    let inline = false;
    for (const pair of node.pairs) {
        if (pair.key.kind !== 'scalar' || pair.key.value.goString === '<<')
            return false;
        if (pair.key.value.goString.toLowerCase() !== 'inline')
            continue;
        if (inline || pair.value.kind !== 'scalar')
            return false;
        inline = true;
    }
    return true;
}
/** Fields whose value may be a string or null (any scalar); the metadata fields take anything. */
const SCALAR_FIELDS = new Set(['repository', 'tag', 'ref', 'runtimeVersion', 'targetVersion', 'version']);
const ANY_VALUE = new Set(['sourceRepository', 'labels', 'resourceId']);
function plainEntry(entry) {
    const pairs = entry.pairs;
    // Few keys: a bit per field tells one written twice.
    let seen = 0;
    let named = false;
    for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i];
        const key = pair.key;
        if (key.kind !== 'scalar')
            return false;
        const written = key.value.goString;
        if (written === '<<')
            return false;
        const field = canonicalImageSourceField(written);
        if (field === undefined) {
            // Dropped by Gardener, unless it is a component's field (the validator then refuses it).
            if (canonicalComponentField(written) !== undefined)
                return false;
            continue;
        }
        const bit = 1 << FIELD_BITS.get(field);
        if (seen & bit)
            return false;
        seen |= bit;
        const value = pair.value;
        if (ANY_VALUE.has(field))
            continue;
        if (field === 'name') {
            if (value.kind !== 'scalar' || value.value.type === 'null' || value.value.goString.length === 0)
                return false;
            named = true;
        }
        else if (SCALAR_FIELDS.has(field)) {
            if (value.kind !== 'scalar')
                return false;
        }
        else if (field === 'architectures') {
            if (value.kind === 'scalar') {
                if (value.value.type !== 'null')
                    return false;
            }
            else if (value.kind === 'sequence') {
                for (const item of value.items)
                    if (item.kind !== 'scalar' || item.value.type === 'null')
                        return false;
            }
            else
                return false;
        }
        else
            return false;
    }
    return named;
}
const FIELD_BITS = new Map(['name', 'sourceRepository', 'repository', 'tag', 'ref', 'runtimeVersion', 'targetVersion', 'version', 'architectures', 'labels', 'resourceId'].map((field, i) => [field, i]));

;// CONCATENATED MODULE: ./src/engine/rules/schema.ts





// ajv's standalone code for the product's schemas, generated at build time
// (scripts/generate-validators.mjs): no schema is compiled when the linter runs.
const validators = validators_generated_namespaceObject;
const MAX_ERRORS_PER_DOCUMENT = 100;
const METADATA = new Set(['labels', 'resourceId', 'sourceRepository']);
const schema = {
    id: 'schema',
    defaultSeverity: 'error',
    description: 'The structure Gardener unmarshals into: types, required fields, lists where lists belong.',
    check(context) {
        for (const doc of context.documents) {
            const isComponents = doc.kind === 'components';
            if (doc.root === null) {
                context.report({
                    file: doc.file,
                    position: doc.position(0),
                    message: isComponents
                        ? 'The component overwrite file is empty: it needs `components:` with a list of `{name, imageVectorOverwrite}`.'
                        : 'The image vector is empty: it needs `images:` with a list of entries. Gardener reads it as a vector with no images.',
                });
                continue;
            }
            // A base vector with `images:` null serves nothing (an overwrite may be empty on purpose).
            if (doc.kind === 'base' && isMapping(doc.root)) {
                const images = mappingValue(doc.root, 'images');
                if (images?.kind === 'scalar' && images.value.type === 'null') {
                    context.report({
                        file: doc.file,
                        position: doc.position(images.start),
                        message: '`images` is empty (null): Gardener reads a vector with no images, so every lookup of this vector fails. List the entries, or write `images: []` if no image is meant.',
                    });
                    continue;
                }
            }
            // The plainest vectors (nearly all) are told valid from the tree itself: see vector-shape.ts.
            if (!isComponents && plainValidVector(doc.root))
                continue;
            const validate = isComponents ? validators.components : validators.vector;
            if (validate(gardenerView(doc.root)))
                continue;
            for (const error of (validate.errors ?? []).slice(0, MAX_ERRORS_PER_DOCUMENT)) {
                const node = nodeAt(doc.root, error.instancePath);
                context.report({ file: doc.file, position: doc.position(node.start), message: describe(error, doc) });
            }
        }
    },
};
/**
 * The document as Gardener's decoder sees it: known keys in their canonical
 * case, unknown keys dropped (the unknown-field rule reports them), every
 * scalar the string Go receives (type traps are the yaml-type-trap rule's).
 */
function gardenerView(node, depth = 0) {
    if (node.kind === 'scalar')
        return node.value.type === 'null' ? null : node.value.goString;
    if (depth > 6)
        return {};
    if (node.kind === 'sequence')
        return node.items.map((item) => gardenerView(item, depth + 1));
    // Down to the entries every key is a canonical field name, so a plain object
    // is safe (and far faster to fill and validate than a prototype-less one,
    // which V8 keeps as a dictionary); deeper keys are the user's, `__proto__` too.
    const out = depth <= 2 ? {} : Object.create(null);
    for (const pair of pairsAsRead(node)) {
        if (pair.key.kind !== 'scalar')
            continue;
        const key = canonicalKey(pair.key.value.goString, depth);
        if (key === undefined)
            continue;
        // Metadata may hold anything (Gardener drops it): not copied, which at
        // 100k entries with labels saves millions of short-lived objects.
        out[key] = depth === 2 && METADATA.has(key) ? true : gardenerView(pair.value, depth + 1);
    }
    return out;
}
/** A mapping's pairs with merge keys (`<<: *defaults`) applied, as Gardener's decoder applies them. */
function pairsAsRead(node) {
    if (!node.pairs.some((pair) => isMergeKey(pair.key)))
        return node.pairs;
    try {
        return effectivePairs(node);
    }
    catch {
        return node.pairs; // an invalid merge is yaml-syntax's finding
    }
}
// depth 0: the document; depth 2: an entry (images[i] / components[i]); depth 1 below caBundle.
function canonicalKey(key, depth) {
    const lower = key.toLowerCase();
    if (depth === 0)
        return ['images', 'cabundle', 'components'].includes(lower) ? { images: 'images', cabundle: 'caBundle', components: 'components' }[lower] : undefined;
    if (depth === 1)
        return lower === 'inline' ? 'inline' : undefined;
    if (depth === 2)
        return canonicalImageSourceField(key) ?? canonicalComponentField(key);
    return key;
}
function nodeAt(root, instancePath) {
    let node = root;
    for (const raw of instancePath.split('/').slice(1)) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        let next;
        if (node.kind === 'sequence')
            next = node.items[Number(segment)];
        else if (isMapping(node))
            next = mappingValue(node, segment);
        if (!next)
            break;
        node = next;
    }
    return node;
}
function describe(error, doc) {
    const path = error.instancePath.split('/').slice(1);
    const field = path.filter((p) => !/^\d+$/.test(p)).pop();
    const subject = field ? `\`${field}\`` : 'The document';
    const inWhat = doc.container === 'the file' ? '' : ` (in ${doc.container})`;
    switch (error.keyword) {
        case 'required': {
            const missing = error.params.missingProperty;
            const hints = {
                images: 'an image vector needs `images:` with a list of entries',
                components: 'a component overwrite file needs `components:` with a list of `{name, imageVectorOverwrite}`',
                name: 'Gardener rejects an entry without a name',
                imageVectorOverwrite: 'without it the component overwrite changes nothing',
            };
            return `Missing \`${missing}\`${inWhat}: ${hints[missing] ?? 'it is required'}.`;
        }
        case 'type': {
            const expected = String(error.params.type).replace(',null', '');
            const words = { array: 'a list', object: 'a mapping', string: 'a string' };
            const example = field === 'architectures' ? ' (e.g. `architectures: [amd64]`)' : field === 'imageVectorOverwrite' ? ' (write the vector as a `|` block string)' : '';
            return `${subject} must be ${words[expected] ?? expected}${example}${inWhat}; Gardener fails to read the vector otherwise.`;
        }
        case 'minLength':
            return `${subject} must not be empty${inWhat}: Gardener rejects the vector.`;
        default:
            return `${subject} ${error.message ?? 'is invalid'}${inWhat}.`;
    }
}

;// CONCATENATED MODULE: ./src/engine/rules/template-skipped.ts
const templateSkipped = {
    id: 'template-skipped',
    defaultSeverity: 'notice',
    description: 'A Go or Helm template (`{{ … }}`) is not YAML until rendered; it was skipped, not judged.',
    check(context) {
        for (const file of context.files) {
            if (!file.skipped)
                continue;
            context.report({
                file: file.path,
                position: { line: 1, column: 1, offset: 0 },
                message: `Skipped: ${file.skipped}. Lint the rendered output instead (e.g. \`helm template … | imagevector-lint -\`), or exclude the file.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/unknown-architecture.ts


const unknownArchitecture = {
    id: 'unknown-architecture',
    defaultSeverity: 'error',
    description: 'An architecture outside the allowed list (default amd64, arm64), or an empty list that matches none.',
    check(context) {
        const allowed = context.config.architectures;
        for (const source of allEntries(context)) {
            if (source.architectures === undefined)
                continue;
            const position = fieldPosition(source, 'architectures');
            if (source.architectures.length === 0) {
                context.report({
                    file: source.origin.file,
                    position,
                    message: `\`architectures: []\` matches no architecture: Gardener never selects this entry of \`${source.name}\` (an absent list means ${allowed.join(' and ')}). Remove the key or name the architectures.`,
                });
                continue;
            }
            for (const arch of source.architectures) {
                if (allowed.includes(arch))
                    continue;
                const guess = didYouMean(arch, allowed);
                context.report({
                    file: source.origin.file,
                    position,
                    message: `Unknown architecture \`${arch}\` in \`${source.name}\`${guess ? `: did you mean \`${guess}\`?` : '.'} Allowed: ${allowed.join(', ')} (configure \`architectures\` to allow more). No worker pool asks for it, so this entry never serves one.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/unknown-component.ts

/** The components Gardener has ever looked up in IMAGEVECTOR_OVERWRITE_COMPONENTS. */
const COMPONENTS_GARDENER_READS = ['etcd-druid'];
const unknownComponent = {
    id: 'unknown-component',
    defaultSeverity: 'error',
    description: 'A component overwrite for a component that does not exist; Gardener does not check, so a typo silently does nothing.',
    check(context) {
        // Most clusters hold no component overwrite: no set of every base image name seen so far (that grows with the run) per cluster.
        if (context.components.length === 0)
            return;
        const known = new Set([
            ...context.baseImageNames,
            ...context.config.components,
            ...Object.keys(context.config.componentVectors),
            ...COMPONENTS_GARDENER_READS,
        ]);
        for (const { doc, items } of context.components) {
            for (const item of items) {
                if (item.name === '' || known.has(item.name))
                    continue;
                const guess = didYouMean(item.name, known);
                context.report({
                    file: doc.file,
                    position: item.namePosition,
                    // The component is the identity: a did-you-mean that changes with other names is not a new finding.
                    about: { image: `component ${item.name}`, region: 'unknown' },
                    message: `Unknown component \`${item.name}\`${guess ? `: did you mean \`${guess}\`?` : '.'} Gardener does not check component names, so this overwrite silently does nothing. Known: the base vector's image names${context.config.components.length ? ', the configured `components`' : ''} and ${COMPONENTS_GARDENER_READS.join(', ')}.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/fix.ts

/**
 * A fix that replaces the document text [start, end) with `text`, or undefined when the
 * document is not the file's own text: a vector embedded in a string (a ConfigMap value,
 * a Helm string) maps its offsets into the file, but a replacement there would need the
 * outer string's escaping, so no fix is offered.
 */
function replacement(context, doc, start, end, text, description) {
    const file = fileOf(context.files, doc);
    if (file?.text === undefined || file.text !== doc.source)
        return undefined;
    const from = doc.position(start);
    const to = doc.position(end);
    return { description, start: { line: from.line, column: from.column }, end: { line: to.line, column: to.column }, text };
}
/** The files by path and kind, once per cluster (a scan per fix is quadratic in a run of many files with many findings). */
const filesByPathAndKind = clusterMemo((files) => {
    const index = new Map();
    // The first file of a path and kind, as a scan finds it.
    for (const f of files) {
        const key = `${f.kind}\u0000${f.path}`;
        if (!index.has(key))
            index.set(key, f);
    }
    return index;
});
function fileOf(files, doc) {
    return filesByPathAndKind(files).get(`${doc.kind}\u0000${doc.file}`);
}

;// CONCATENATED MODULE: ./src/engine/rules/unknown-field.ts







/** Keys with a story: fields of older Gardener versions, or fields in the wrong place. */
const SPECIAL_KEYS = new Map(Object.entries({
    versions: '`versions` was the runtime constraint of the 2018 format; Gardener has read `runtimeVersion` (and `targetVersion`) since 2019 and drops `versions` silently, so entries of one image that differ only in it share one merge key and the first always wins. Rename it to `runtimeVersion` or `targetVersion`.',
    caBundle: '`caBundle` belongs at the top level of the vector, next to `images`, not inside an image entry; Gardener ignores it here. Move it up.',
}));
const unknownField = {
    id: 'unknown-field',
    defaultSeverity: 'error',
    description: 'A key Gardener does not know; it drops it silently, so a typo (`architecture`, `targetVersions`) loses the setting.',
    check(context) {
        forEachEntryNode(context, (doc, entry) => {
            checkKeys(context, doc, entry, IMAGE_SOURCE_FIELDS, isImageSourceField, 'an image entry');
        }, WRITTEN.OTHER_KEY);
        for (const { doc } of context.vectors) {
            if (!isMapping(doc.root) || mappingValue(doc.root, 'images') === undefined)
                continue;
            checkKeys(context, doc, doc.root, ['images', 'caBundle'], (k) => ['images', 'cabundle'].includes(k.toLowerCase()), 'the vector');
            const caBundle = mappingValue(doc.root, 'caBundle');
            if (isMapping(caBundle))
                checkKeys(context, doc, caBundle, ['inline'], (k) => k.toLowerCase() === 'inline', '`caBundle`');
        }
        for (const { doc } of context.components) {
            if (!isMapping(doc.root))
                continue;
            const list = mappingValue(doc.root, 'components');
            if (list === undefined)
                continue;
            checkKeys(context, doc, doc.root, ['components'], (k) => k.toLowerCase() === 'components', 'the component overwrite file');
            if (list.kind !== 'sequence')
                continue;
            for (const item of list.items) {
                if (isMapping(item))
                    checkKeys(context, doc, item, COMPONENT_FIELDS, (k) => canonicalComponentField(k) !== undefined, 'a component');
            }
        }
    },
};
const isImageSourceField = (key) => canonicalImageSourceField(key) !== undefined;
function checkKeys(context, doc, mapping, known, isKnown, where) {
    for (const pair of mapping.pairs) {
        if (pair.key.kind !== 'scalar' || isMergeKey(pair.key))
            continue;
        const key = pair.key.value.goString;
        if (isKnown(key))
            continue;
        const position = doc.position(pair.key.start);
        // A Map, not an object: keys such as `__proto__` or `constructor` must not reach Object.prototype.
        const special = where === 'an image entry' ? SPECIAL_KEYS.get(key) : undefined;
        const suggestion = didYouMean(key, known);
        if (special) {
            context.report({ file: doc.file, position, message: special });
        }
        else if (suggestion) {
            const fix = renameKey(context, doc, pair, suggestion);
            context.report({
                ...(fix ? { fix } : {}),
                file: doc.file,
                position,
                message: `Unknown key \`${key}\` in ${where}: did you mean \`${suggestion}\`? Gardener drops unknown keys silently, so this setting has no effect.`,
            });
        }
        else {
            context.report({
                file: doc.file,
                position,
                severity: 'warning',
                message: `Unknown key \`${key}\` in ${where}: Gardener ignores it (known keys: ${known.join(', ')}). Remove it, or keep it only as documentation.`,
            });
        }
    }
}
/**
 * The rename a did-you-mean suggests. `architecture: amd64` becomes `architectures: [amd64]`:
 * Gardener reads `architectures` as a list, and a lone scalar there would fail the whole vector.
 */
function renameKey(context, doc, pair, suggestion) {
    const { key, value } = pair;
    const description = `rename to \`${suggestion}\``;
    if (suggestion === 'architectures' && value.kind === 'scalar' && value.style === 'plain' && /^[A-Za-z0-9._-]+$/.test(value.text)) {
        const sameLine = doc.position(key.start).line === doc.position(value.end).line;
        if (!sameLine)
            return undefined;
        const between = doc.source.slice(key.end, value.start);
        return replacement(context, doc, key.start, value.end, `${suggestion}${between}[${value.text}]`, `${description} and make the value a list`);
    }
    return replacement(context, doc, key.start, key.end, suggestion, description);
}

;// CONCATENATED MODULE: ./src/engine/reading/image-source-reader.ts




/**
 * Reads the entries of an image vector as Gardener receives them: keys
 * matched case-insensitively (the last of several wins), scalars turned into
 * the strings Go formats (`tag: 3.10` becomes "3.1"), null meaning "not set".
 * Structural problems are left to the schema rule; this reader takes what it
 * can so the other rules still see the entries.
 */
function readImageVector(doc) {
    const vector = { file: doc.file, kind: doc.component ? 'components' : doc.kind, images: [] };
    if (!isMapping(doc.root))
        return vector;
    const images = mappingValue(doc.root, 'images');
    if (images?.kind === 'sequence') {
        images.items.forEach((item, index) => {
            if (isMapping(item))
                vector.images.push(readImageSource(doc, item, index));
        });
    }
    const caBundle = mappingValue(doc.root, 'caBundle');
    if (isMapping(caBundle)) {
        const inline = mappingValue(caBundle, 'inline');
        if (isScalar(inline) && inline.value.type !== 'null') {
            // Where the PEM text itself begins (the line after `|` for a block scalar),
            // so "line N of the bundle" lands on the right line of the file.
            const start = embeddedOffsetMapper(doc.source, inline)(0);
            vector.caBundle = { inline: inline.value.goString, position: doc.position(start) };
        }
    }
    return vector;
}
function readImageSource(doc, item, index) {
    // The offsets of each field's key and value, as [field, key, value] triples in the order Gardener applies them.
    const offsets = [];
    const entry = { name: '', origin: new EntryPlace(doc, item.start, index, offsets) };
    for (const pair of gardenerPairs(item)) {
        if (!isScalar(pair.key))
            continue;
        const field = canonicalImageSourceField(pair.key.value.goString);
        if (!field) {
            // Dropped by Gardener, kept as what the 2018 author meant (see ImageSource.versions).
            if (pair.key.value.goString.toLowerCase() === 'versions' && isScalar(pair.value) && pair.value.value.type !== 'null') {
                entry.versions = pair.value.value.goString;
            }
            continue;
        }
        offsets.push(FIELD_INDEX.get(field), pair.key.start, pair.value.start);
        assignField(entry, field, pair.value);
    }
    return entry;
}
const FIELD_INDEX = new Map(IMAGE_SOURCE_FIELDS.map((field, i) => [field, i]));
/**
 * Where an entry was written. Line and column come from the offsets only
 * when asked for (a finding, a row of the resolved table): many entries are
 * never pointed at, and a position costs a line search and an object, up to
 * 23 times an entry. Holds the document's position mapping, not its tree.
 */
class EntryPlace {
    start;
    index;
    offsets;
    kind;
    file;
    component;
    toPosition;
    at;
    fieldsAt;
    keysAt;
    constructor(doc, start, index, 
    /** [field index, key offset, value offset] per pair Gardener applies, in its order. */
    offsets) {
        this.start = start;
        this.index = index;
        this.offsets = offsets;
        this.kind = doc.component ? 'components' : doc.kind;
        this.file = doc.file;
        this.component = doc.component;
        this.toPosition = doc.position;
    }
    get position() {
        return (this.at ??= this.toPosition(this.start));
    }
    get fields() {
        return (this.fieldsAt ??= this.positions(2));
    }
    get keys() {
        return (this.keysAt ??= this.positions(1));
    }
    /** The position of each field's value (`slot` 2) or key (1), assigned in the order Gardener applies the pairs (the last wins). */
    positions(slot) {
        const out = {};
        const offsets = this.offsets;
        for (let i = 0; i < offsets.length; i += 3)
            out[IMAGE_SOURCE_FIELDS[offsets[i]]] = this.toPosition(offsets[i + slot]);
        return out;
    }
}
function assignField(entry, field, value) {
    if (field === 'architectures') {
        if (value.kind === 'sequence') {
            entry.architectures = value.items.map((item) => (isScalar(item) ? item.value.goString : ''));
        }
        else if (isScalar(value) && value.value.type === 'null') {
            delete entry.architectures;
        }
        return;
    }
    if (!IS_STRING_FIELD.has(field) || !isScalar(value))
        return;
    // JSON null sets Gardener's *string fields to nil (unset) and leaves the
    // plain string `name` untouched.
    if (value.value.type === 'null') {
        if (field !== 'name')
            delete entry[field];
        return;
    }
    const text = value.value.goString;
    switch (field) {
        case 'name':
            entry.name = text;
            break;
        case 'repository':
            entry.repository = text;
            break;
        case 'tag':
            entry.tag = text;
            break;
        case 'ref':
            entry.ref = text;
            break;
        case 'runtimeVersion':
            entry.runtimeVersion = text;
            break;
        case 'targetVersion':
            entry.targetVersion = text;
            break;
        case 'version':
            entry.version = text;
            break;
        default:
            break;
    }
}

;// CONCATENATED MODULE: ./src/engine/reading/component-reader.ts

/** Reads `components:` as Gardener does (name as a Go string; null = empty). */
function readComponentItems(doc) {
    if (!isMapping(doc.root))
        return [];
    const list = mappingValue(doc.root, 'components');
    if (list?.kind !== 'sequence')
        return [];
    const items = [];
    for (const item of list.items) {
        if (!isMapping(item))
            continue;
        const nameNode = mappingValue(item, 'name');
        items.push({
            name: isScalar(nameNode) ? nameNode.value.goString : '',
            position: doc.position(item.start),
            namePosition: doc.position((nameNode ?? item).start),
            overwrite: mappingValue(item, 'imageVectorOverwrite'),
        });
    }
    return items;
}

;// CONCATENATED MODULE: ./src/engine/reading/read-file.ts



const read_file_FIRST_POSITION = { line: 1, column: 1, offset: 0 };
// Go and Helm templates (`{{ .Values.tag }}`) are not YAML until rendered.
// A line that is not a comment and holds `{{ … }}` marks such a file.
const TEMPLATE_LINE = /^(?![ \t]*#).*\{\{.*\}\}/m;
/** Reads one input: decodes, parses, and finds the vectors it holds. Never throws for bad input. */
function readFile(input, limits) {
    const parsed = { path: input.path, kind: input.kind, problems: [], documents: [] };
    if (input.unreadable !== undefined) {
        parsed.problems.push({ kind: 'unreadable', message: input.unreadable, position: read_file_FIRST_POSITION, refused: true });
        return parsed;
    }
    const decoded = decodeSource(input.content, limits.maxFileBytes);
    if (!decoded.ok) {
        parsed.problems.push({ kind: 'unreadable', message: decoded.problem, position: read_file_FIRST_POSITION });
        return parsed;
    }
    const text = decoded.text;
    parsed.text = text;
    const lines = new LineIndex(text);
    // indexOf first: the regex scans every line of a large file for nothing otherwise.
    const templateLine = text.includes('{{') ? TEMPLATE_LINE.exec(text) : null;
    if (templateLine) {
        const at = lines.position(templateLine.index);
        parsed.skipped = `it is a template until rendered (\`{{ … }}\` on line ${at.line})`;
        return parsed;
    }
    const outer = (offset) => lines.position(offset);
    locateDocuments(parsed, text, input.kind, 'the file', outer, undefined);
    for (const doc of parsed.documents.filter((d) => d.kind === 'components'))
        readComponentVectors(parsed, doc);
    return parsed;
}
/**
 * Parses `text` (the file, or a string embedded in it) and records every
 * vector of the wanted kind it holds. `position` maps offsets in `text` to the
 * outer file.
 */
function locateDocuments(parsed, text, kind, container, position, component) {
    const yaml = parseYaml(text);
    if (yaml.problem) {
        parsed.problems.push({
            kind: yaml.problem.kind,
            message: container === 'the file' ? yaml.problem.message : `${yaml.problem.message} (in ${container})`,
            position: position(yaml.problem.offset),
        });
        return;
    }
    const documents = yaml.documents.length === 0 ? [null] : yaml.documents;
    // sigs.k8s.io/yaml reads the first document only; later documents matter
    // only as Kubernetes manifests (a ConfigMap among other objects).
    documents.forEach((root, index) => {
        // Later documents count only as Kubernetes manifests (a ConfigMap among
        // other objects); a vector there is not what Gardener reads.
        if (index > 0 && isMapping(root) && mappingValue(root, read_file_VECTOR_KEY[kind]) !== undefined) {
            parsed.problems.push({
                kind: 'ignored',
                message: `document ${index + 1} of ${container} holds an image vector too, but Gardener reads only the first document; put each vector in a file of its own`,
                position: position(root.start),
            });
            return;
        }
        const found = findEmbedded(parsed, text, root, kind, container, position, component);
        if (!found && index === 0) {
            parsed.documents.push({ file: parsed.path, kind, container, root, source: text, position, component });
        }
    });
}
const read_file_VECTOR_KEY = { base: 'images', overwrite: 'images', components: 'components' };
const HELM_KEYS = {
    base: ['imageVectorOverwrite'],
    overwrite: ['imageVectorOverwrite'],
    components: ['componentImageVectorOverwrites', 'componentImageVectorOverwrite'],
};
/**
 * Looks for the vector in the places operators keep it. Returns false when
 * the document itself should be read as the vector.
 */
function findEmbedded(parsed, source, root, kind, container, position, component) {
    if (!isMapping(root))
        return false;
    if (mappingValue(root, read_file_VECTOR_KEY[kind]) !== undefined) {
        parsed.documents.push({ file: parsed.path, kind, container, root, source, position, component });
        return true;
    }
    // A ConfigMap whose data values hold the vector (Gardener's docs deploy
    // IMAGEVECTOR_OVERWRITE this way).
    if (scalarString(mappingValue(root, 'kind')) === 'ConfigMap') {
        const data = mappingValue(root, 'data');
        let found = false;
        if (isMapping(data)) {
            for (const pair of data.pairs) {
                if (!isScalar(pair.key))
                    continue;
                if (isMapping(pair.value) && mappingValue(pair.value, read_file_VECTOR_KEY[kind]) !== undefined) {
                    // Kubernetes rejects a ConfigMap whose data value is not a string: Gardener never gets this vector.
                    parsed.problems.push({
                        kind: 'structure',
                        message: `ConfigMap data key ${pair.key.text} holds a mapping, but ConfigMap data values must be strings, so Kubernetes rejects this ConfigMap; write the vector as a \`|\` block string`,
                        position: position(pair.value.start),
                    });
                    found = true;
                    continue;
                }
                if (!isScalar(pair.value))
                    continue;
                if (!new RegExp(`^\\s*${read_file_VECTOR_KEY[kind]}\\s*:`, 'mi').test(pair.value.text))
                    continue;
                readEmbeddedString(parsed, source, pair.value, kind, `ConfigMap data key ${pair.key.text}`, position, component);
                found = true;
            }
        }
        return found;
    }
    // A list of manifests (`kind: List`, e.g. several ControllerDeployments in one example file).
    const items = mappingValue(root, 'items');
    if (items?.kind === 'sequence' && /List$/.test(scalarString(mappingValue(root, 'kind')) ?? '')) {
        let found = false;
        for (const item of items.items) {
            if (findEmbedded(parsed, source, item, kind, container, position, component))
                found = true;
        }
        if (found)
            return true;
    }
    // A ControllerDeployment's values configure the extension it names: its
    // overwrite is meant for that extension's vector, not necessarily this repository's.
    const metadata = mappingValue(root, 'metadata');
    const extension = scalarString(mappingValue(root, 'kind')) === 'ControllerDeployment' && isMapping(metadata) ? scalarString(mappingValue(metadata, 'name')) : undefined;
    const before = parsed.documents.length;
    const found = findHelmValue(parsed, source, root, kind, extension === undefined ? container : `ControllerDeployment ${extension}`, position, component);
    if (extension !== undefined)
        for (const doc of parsed.documents.slice(before))
            doc.extension = extension;
    return found;
}
function findHelmValue(parsed, source, root, kind, container, position, component) {
    // Helm values (a ControllerDeployment's helm.values, a chart's values.yaml).
    const helmField = findKey(root, HELM_KEYS[kind], 0);
    if (helmField) {
        const [name, value] = helmField;
        // Chart defaults such as `imageVectorOverwrite: ""` or `{}` configure no overwrite at all.
        const empty = isScalar(value) ? value.value.type === 'null' || value.text.trim() === '' : isMapping(value) && value.pairs.length === 0;
        if (empty)
            return true;
        const where = container === 'the file' ? `Helm value ${name}` : `${container}, Helm value ${name}`;
        if (isScalar(value)) {
            readEmbeddedString(parsed, source, value, kind, where, position, component);
        }
        else {
            parsed.documents.push({ file: parsed.path, kind, container: where, root: value, source, position, component });
        }
        return true;
    }
    return false;
}
/** Depth-first search for the first key named one of `keys` (exact case, as Helm templates use them). */
function findKey(node, keys, depth) {
    if (depth > 8)
        return undefined;
    if (node.kind === 'mapping') {
        for (const pair of node.pairs) {
            const key = scalarString(pair.key);
            if (key !== undefined && keys.includes(key) && pair.value.kind !== 'sequence')
                return [key, pair.value];
        }
        for (const pair of node.pairs) {
            const hit = findKey(pair.value, keys, depth + 1);
            if (hit)
                return hit;
        }
    }
    else if (node.kind === 'sequence') {
        for (const item of node.items) {
            const hit = findKey(item, keys, depth + 1);
            if (hit)
                return hit;
        }
    }
    return undefined;
}
/** Parses a vector held in a string scalar, mapping positions back into the outer file. */
function readEmbeddedString(parsed, source, scalar, kind, container, outer, component) {
    const toOuter = embeddedOffsetMapper(source, scalar);
    // Nested embedding (a component's string inside a ConfigMap string) maps
    // through each level: inner offset → enclosing text offset → file position.
    const position = (offset) => outer(toOuter(offset));
    locateDocuments(parsed, scalar.text, kind, container, position, component);
}
/**
 * Each component's `imageVectorOverwrite` string is an image vector of its
 * own. Gardener reads the components into a map, so of a repeated name only
 * the last item counts (duplicate-component reports the others).
 */
function readComponentVectors(parsed, doc) {
    const items = readComponentItems(doc);
    const last = new Map(items.map((item, index) => [item.name, index]));
    for (const [index, item] of items.entries()) {
        if (last.get(item.name) !== index)
            continue;
        if (!isScalar(item.overwrite) || item.overwrite.value.type === 'null')
            continue;
        const container = `the imageVectorOverwrite of component ${item.name || '(unnamed)'}`;
        readEmbeddedString(parsed, doc.source, item.overwrite, 'overwrite', container, doc.position, item.name);
    }
}

;// CONCATENATED MODULE: ./src/engine/rules/unknown-image.ts



const unknownImage = {
    id: 'unknown-image',
    defaultSeverity: 'error',
    description: 'An overwrite (or component overwrite) names an image the base vector does not have: it adds an image nobody looks up.',
    check(context) {
        const componentNames = new Map();
        for (const [component, input] of Object.entries(context.config.componentVectors)) {
            const parsed = readFile({ ...input, kind: 'base' }, context.config);
            componentNames.set(component, new Set(parsed.documents.flatMap((doc) => readImageVector(doc).images.map((i) => i.name))));
        }
        for (const { vector, alone, extension } of context.vectors) {
            // An overwrite for another extension whose vector is not known names that extension's images.
            if (alone)
                continue;
            for (const source of vector.images) {
                let known;
                let against = '';
                if (source.origin.kind === 'overwrite' && extension) {
                    known = extension.images;
                    against = `the image vector of extension \`${extension.name}\` (\`extensionVectors\`)`;
                }
                else if (source.origin.kind === 'overwrite' && context.baseImageNames.size > 0) {
                    known = context.baseImageNames;
                    against = 'the base image vector';
                }
                else if (source.origin.kind === 'components' && source.origin.component !== undefined) {
                    known = componentNames.get(source.origin.component);
                    against = `the image vector of component \`${source.origin.component}\``;
                }
                if (!known || known.has(source.name))
                    continue;
                const guess = didYouMean(source.name, known);
                context.report({
                    file: source.origin.file,
                    position: source.origin.fields.name ?? source.origin.position,
                    message: `Image \`${source.name}\` is not in ${against}${guess ? `: did you mean \`${guess}\`?` : '.'} Gardener appends it and never looks it up, so the overwrite changes nothing.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/unreadable-file.ts
const unreadableFile = {
    id: 'unreadable-file',
    defaultSeverity: 'error',
    description: 'The file cannot be read as text: binary, not UTF-8, larger than the limit, or not a regular file inside the repository.',
    check(context) {
        for (const file of context.files) {
            for (const problem of file.problems) {
                if (problem.kind !== 'unreadable')
                    continue;
                context.report({
                    file: file.path,
                    position: problem.position,
                    message: problem.refused
                        ? `Cannot lint this file: ${problem.message}.`
                        : `Cannot lint this file: ${problem.message}. Gardener would fail to read it too.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/unsatisfiable-constraint.ts



/** Kubernetes versions are 1.x.y. */
const unsatisfiable_constraint_KUBERNETES_RELEASES = [{ lo: version_release(1, 0, 0), hi: version_release(2, 0, 0) }];
// Parsed constraints are shared (parseConstraint memoizes): each set is judged once.
const judged = new WeakMap();
function unsatisfiable(releases) {
    let empty = judged.get(releases);
    if (empty === undefined)
        judged.set(releases, (empty = release_set_isEmptySet(intersectSets(releases, unsatisfiable_constraint_KUBERNETES_RELEASES))));
    return empty;
}
const unsatisfiableConstraint = {
    id: 'unsatisfiable-constraint',
    defaultSeverity: 'error',
    description: 'A valid constraint that matches no Kubernetes version (1.x), e.g. the image\'s own version written into targetVersion.',
    check(context) {
        for (const { source, field, text } of writtenConstraints(context)) {
            const parsed = parseConstraint(text);
            if (!parsed.ok || !unsatisfiable(parsed.releases))
                continue;
            const empty = release_set_isEmptySet(parsed.releases);
            context.report({
                file: source.origin.file,
                position: fieldPosition(source, field),
                about: { image: source.origin.component !== undefined ? `${source.name} of component ${source.origin.component}` : source.name, region: `${field}: ${text}` },
                message: empty
                    ? `\`${field}: ${JSON.stringify(text)}\` matches no version at all: this entry is never selected. Check the bounds (e.g. ">= 1.34, < 1.30" is empty).`
                    : `\`${field}: ${JSON.stringify(text)}\` matches no Kubernetes version (1.x): it looks like the image's own version. ${field} is the Kubernetes version the image ${field === 'runtimeVersion' ? 'runs on' : 'acts on'}; put the image version into \`tag\`.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/version-gap.ts




const versionGap = {
    id: 'version-gap',
    defaultSeverity: 'error',
    description: 'Versions inside the range an image covers (or the configured Kubernetes versions) that no entry matches: FindImage fails there.',
    check(context) {
        const domainText = context.config.kubernetesVersions;
        const parsedDomain = domainText !== undefined ? parseConstraint(domainText) : undefined;
        const domain = parsedDomain?.ok ? parsedDomain.releases : undefined;
        for (const group of context.groups) {
            for (const image of group.images) {
                const view = group.legacy && image.intended ? image.intended : image;
                // Built at the first gap (most images have none).
                let gaps;
                for (const resolution of view.resolutions) {
                    // Entries with invalid constraints are not candidates; with none left there is nothing to cover.
                    if (resolution.positions.length === 0)
                        continue;
                    // A plane every cell of which some entry wins has no gap (most images: no region to build).
                    if (!hasUnwonCell(resolution))
                        continue;
                    gaps ??= new Map();
                    const eligible = Array.from(resolution.positions, (p) => view.candidates[p]);
                    // Only Kubernetes versions can have a gap: an image version written into targetVersion
                    // (`>= 6.1`) is unsatisfiable-constraint's finding, not a gap up to 6.1.
                    const covered = (sets) => domain ?? intersectSets(hull(sets), KUBERNETES_RELEASES);
                    const runtimeRegion = resolution.runtimeConstrained ? covered(eligible.map((c) => c.runtime)) : ALL_RELEASES;
                    const targetRegion = resolution.targetConstrained ? covered(eligible.map((c) => c.target)) : ALL_RELEASES;
                    for (const { text, region } of gapTexts(resolution, runtimeRegion, targetRegion)) {
                        const gap = gaps.get(text) ?? { architectures: [], region, runtimeConstrained: resolution.runtimeConstrained && !resolution.targetConstrained };
                        gap.architectures.push(resolution.architecture);
                        gaps.set(text, gap);
                    }
                }
                if (gaps === undefined || gaps.size === 0)
                    continue;
                const first = image.entries[0].contributors[0];
                const covered = domain ? `the configured Kubernetes versions (${domainText})` : 'the range its entries cover';
                for (const [text, { architectures, region, runtimeConstrained }] of gaps) {
                    // Anchored at the range value of an entry that borders the gap (the one below it
                    // first: a narrowed upper bound is the usual cause), the other border as an alternative.
                    const borders = borderingValues(image.entries, view.candidates, runtimeConstrained ? 'runtimeVersion' : 'targetVersion', region);
                    const at = borders[0] ?? { file: first.origin.file, position: first.origin.position };
                    context.report({
                        file: at.file,
                        position: at.position,
                        ...(borders.length > 1 ? { alsoAt: borders.slice(1) } : {}),
                        about: { image: image.name, architecture: [...architectures].sort().join(', '), region: text },
                        message: `No entry of \`${image.name}\` matches ${text} on ${listArchitectures(architectures)}, inside ${covered}: Gardener's FindImage fails for those versions. Add an entry for them or widen a neighbouring range${domain ? '' : ' (or configure `kubernetesVersions` if they are out of support)'}.`,
                    });
                }
            }
        }
    },
};
function hasUnwonCell(resolution) {
    for (const column of resolution.columns)
        if (column.winners.includes(-1))
            return true;
    return false;
}
/** The smallest single interval holding every constrained set (unconstrained entries cover everything). */
function hull(sets) {
    let lo;
    let hi = ZERO_RELEASE;
    for (const set of sets) {
        if (set === null)
            return ALL_RELEASES;
        if (set.length === 0)
            continue;
        const first = set[0].lo;
        const last = set[set.length - 1].hi;
        if (lo === undefined || version_compareReleases(first, lo) < 0)
            lo = first;
        if (hi !== null && (last === null || version_compareReleases(last, hi) > 0))
            hi = last;
    }
    if (lo === undefined)
        return [];
    return [{ lo, hi }];
}
function gapTexts(resolution, runtimeRegion, targetRegion) {
    const texts = [];
    for (const { region } of regionsByWinner(resolution, (winner) => (winner === -1 ? 1 : null))) {
        const runtime = intersectSets(region.runtime, runtimeRegion);
        const target = intersectSets(region.target, targetRegion);
        if (release_set_isEmptySet(runtime) || release_set_isEmptySet(target))
            continue;
        texts.push({ text: region_text_describeRegion(resolution, { runtime, target }), region: { runtime, target } });
    }
    return texts;
}
/**
 * Where the entries whose range on `field`'s axis ends where the gap starts
 * (below it), then those whose range starts where it ends (above it), wrote
 * that range: their `targetVersion` (or `runtimeVersion`) values.
 */
function borderingValues(entries, candidates, field, gap) {
    const axis = field === 'targetVersion' ? gap.target : gap.runtime;
    const lo = axis[0]?.lo;
    const hi = axis[axis.length - 1]?.hi ?? null;
    const below = [];
    const above = [];
    for (const candidate of candidates) {
        const set = field === 'targetVersion' ? candidate.target : candidate.runtime;
        if (!set)
            continue;
        const written = [...entries[candidate.index].contributors].reverse().find((c) => c.origin.fields[field] !== undefined);
        const position = written?.origin.fields[field];
        if (!written || !position)
            continue;
        if (lo !== undefined && set.some((i) => i.hi !== null && version_compareReleases(i.hi, lo) === 0))
            below.push({ file: written.origin.file, position });
        else if (hi !== null && set.some((i) => version_compareReleases(i.lo, hi) === 0))
            above.push({ file: written.origin.file, position });
    }
    return [...below, ...above];
}

;// CONCATENATED MODULE: ./src/engine/rules/version-overlap.ts






const versionOverlap = {
    id: 'version-overlap',
    defaultSeverity: 'warning',
    description: 'Entries of an image match the same versions and architecture; Gardener picks one by score and order (a warning when only the order decides, a notice when the score does).',
    check(context) {
        const report = (r) => context.report(r);
        for (const group of context.groups) {
            for (const image of group.images) {
                // A vector written with legacy `version` constraints is judged by what it meant.
                const view = group.legacy && image.intended ? image.intended : image;
                reportOverlaps(image, view.candidates, view.resolutions, group.legacy, report);
            }
        }
    },
};
/** How many winners a message names; the others are counted. */
const version_overlap_NAMED_WINNERS = 5;
function reportOverlaps(image, candidates, resolutions, legacy, report) {
    // One entry alone overlaps nothing (most images: 1.15 entries per image in Gardener's vectors).
    if (candidates.length < 2)
        return;
    // Each entry visits only the architectures it serves (thousands of architectures stay linear).
    const won = winningPositions(resolutions);
    const serves = servedBy(resolutions);
    const cap = new FindingCap();
    candidates.forEach((_, loser) => {
        // An entry that never wins is reported as shadowed instead.
        if (!won.has(loser))
            return;
        // One that no other entry beats anywhere overlaps nothing (the usual entry of a multi-entry image: disjoint ranges).
        const served = serves.get(loser) ?? [];
        if (!served.some((r) => beatenSomewhere(resolutions[r], loser)))
            return;
        // (winner, region text) → overlap
        const overlaps = new Map();
        const rest = new Map();
        let byOrder = false;
        let overlapping = false;
        const named = [];
        // Past the cap an overlap is only counted: no regions, no text.
        const counting = cap.full;
        for (const r of served) {
            const resolution = resolutions[r];
            const own = archScoreOf(resolution, loser);
            // A single-architecture entry beating a multi-architecture one is the
            // documented way to override one architecture, not an accident.
            const losses = lossesOn(resolution, loser, named, version_overlap_NAMED_WINNERS, (archScore) => archScore === own);
            rest.set(resolution.architecture, losses.rest);
            if (losses.equalScore)
                byOrder = true;
            for (const { winner, strips } of losses.present) {
                const reason = winReason(candidates[winner], candidates[loser], resolution.architecture);
                if (reason.byOrder)
                    byOrder = true;
                overlapping = true;
                if (counting)
                    continue;
                for (const { region } of groupRegions(resolution, strips)) {
                    const text = region_text_describeRegion(resolution, region);
                    const id = `${winner}|${text}`;
                    const overlap = overlaps.get(id) ?? { winner, text, architectures: [], byOrder: reason.byOrder, reason: reason.text };
                    overlap.architectures.push(resolution.architecture);
                    overlaps.set(id, overlap);
                }
            }
        }
        if (!overlapping)
            return;
        const loserEntry = image.entries[candidates[loser].index].contributors[0];
        const field = legacy ? 'version' : loserEntry.targetVersion !== undefined ? 'targetVersion' : 'runtimeVersion';
        const position = loserEntry.origin.fields[field] ?? loserEntry.origin.position;
        if (counting) {
            cap.count({ file: loserEntry.origin.file, position }, byOrder ? 'warning' : 'notice');
            return;
        }
        const parts = [...overlaps.values()].map(({ winner, text, architectures, reason }) => {
            const winnerEntry = image.entries[candidates[winner].index];
            const tag = winnerEntry.source.tag ?? winnerEntry.source.ref ?? winnerEntry.source.repository ?? '';
            return `for ${text} on ${listArchitectures(architectures)} Gardener picks ${where(winnerEntry.contributors[0], loserEntry)} (${JSON.stringify(tag)}) because ${reason}`;
        });
        if ([...rest.values()].some((n) => n > 0))
            parts.push(`and other entries win in ${describeRest(rest)}`);
        cap.add({
            file: loserEntry.origin.file,
            position,
            severity: byOrder ? 'warning' : 'notice',
            message: `This \`${image.name}\` entry overlaps others: ${parts.join('; ')}. ${byOrder
                ? 'That holds only while the entries keep their order; make the ranges disjoint to say it explicitly.'
                : 'Gardener\'s scoring resolves this whatever the order; disjoint ranges would still say it more plainly.'}`,
        });
    });
    cap.flush(report, image.name, (n) => `And ${n.toLocaleString('en-US')} more entries of \`${image.name}\` overlap others`);
}

;// CONCATENATED MODULE: ./src/engine/rules/yaml-duplicate-key.ts


const yamlDuplicateKey = {
    id: 'yaml-duplicate-key',
    defaultSeverity: 'error',
    description: 'A mapping sets the same key twice; Gardener silently keeps the last value.',
    check(context) {
        // Image entries whose keys are distinct fields and whose values hold no
        // collections (nearly all) have no key to repeat: not walked into.
        const seen = new Set();
        for (const entry of entryNodes(context)) {
            if ((entry.marks & (WRITTEN.OTHER_KEY | WRITTEN.REPEATED | WRITTEN.NESTED)) === 0)
                seen.add(entry.node);
        }
        for (const doc of context.documents)
            if (doc.root)
                yaml_duplicate_key_walk(context, doc, doc.root, seen, 0);
    },
};
/** `seen`: collections already walked (or known to hold no repeated key). */
function yaml_duplicate_key_walk(context, doc, node, seen, depth) {
    // A collection an alias refers to may appear in many places: visit it once
    // (this also bounds alias bombs). Any other node has one place only.
    if (node.kind === 'scalar' || depth > 64 || seen.has(node))
        return;
    if (isAliasTarget(node))
        seen.add(node);
    // Scalars (most values) are not walked into: no call for them.
    if (node.kind === 'sequence') {
        for (const item of node.items)
            if (item.kind !== 'scalar')
                yaml_duplicate_key_walk(context, doc, item, seen, depth + 1);
        return;
    }
    if (node.kind !== 'mapping')
        return;
    // Small mappings (nearly all of them) are compared pairwise; a Map per
    // mapping would be most of this rule's cost on large vectors.
    if (node.pairs.length <= 12 && !hasCollision(node)) {
        for (const pair of node.pairs)
            if (pair.value.kind !== 'scalar')
                yaml_duplicate_key_walk(context, doc, pair.value, seen, depth + 1);
        return;
    }
    const first = new Map();
    for (const pair of node.pairs) {
        if (pair.key.kind === 'scalar' && !isMergeKey(pair.key)) {
            const key = pair.key.value.goString;
            // encoding/json fills a struct field from any key that matches it
            // case-insensitively, so `tag` and `Tag` (or `images` and `Images`) collide as well.
            const identity = key.toLowerCase();
            const earlier = first.get(identity);
            if (earlier && earlier.kind === 'scalar') {
                const at = doc.position(earlier.start);
                const same = earlier.kind === 'scalar' && earlier.value.goString === key;
                context.report({
                    file: doc.file,
                    position: doc.position(pair.key.start),
                    message: same
                        ? `Duplicate key \`${key}\` (first on line ${at.line}): Gardener keeps only this last value and drops the first without a word. Remove one of them.`
                        : `\`${key}\` sets the same field as \`${earlier.value.goString}\` on line ${at.line} (Gardener matches keys case-insensitively and applies them in byte order of their spelling, so \`${key > earlier.value.goString ? key : earlier.value.goString}\` wins, whatever the order in the file). Remove one of them.`,
                });
            }
            else
                first.set(identity, pair.key);
        }
        yaml_duplicate_key_walk(context, doc, pair.value, seen, depth + 1);
    }
}
function hasCollision(node) {
    const { pairs } = node;
    for (let i = 1; i < pairs.length; i++) {
        const a = pairs[i].key;
        if (a.kind !== 'scalar')
            continue;
        for (let j = 0; j < i; j++) {
            const b = pairs[j].key;
            if (b.kind !== 'scalar')
                continue;
            const x = a.value.goString;
            const y = b.value.goString;
            if (x.length === y.length && (x.charCodeAt(0) | 32) === (y.charCodeAt(0) | 32) && x.toLowerCase() === y.toLowerCase())
                return true;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/engine/reading/conflict-markers.ts
// Merge-conflict markers left in a file (`<<<<<<< ours`, `=======`,
// `>>>>>>> theirs`, and diff3's `||||||| base`): git writes them at the start
// of a line, seven characters long. A file with them is not YAML, and the
// parser's own message ("a multiline key may not be an implicit key") hides
// the cause, so the yaml-syntax rule names them.
const MARKER = /^(<{7}|>{7}|\|{7})(?:[ \t].*)?$|^={7}[ \t]*$/;
/** The conflict markers in `text`, or undefined when there is none (an opening `<<<<<<<` is required). */
function findConflictMarkers(text) {
    const lines = [];
    let opened = false;
    let offset = 0;
    let first;
    const split = text.split('\n');
    for (let i = 0; i < split.length; i++) {
        const line = split[i].replace(/\r$/, '');
        if (MARKER.test(line)) {
            if (line.startsWith('<<<<<<<'))
                opened = true;
            if (opened) {
                lines.push(i + 1);
                first ??= { line: i + 1, column: 1, offset };
            }
        }
        offset += split[i].length + 1;
    }
    return first && opened ? { position: first, lines } : undefined;
}

;// CONCATENATED MODULE: ./src/engine/rules/yaml-syntax.ts

const yamlSyntax = {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    description: 'The YAML does not parse (or exceeds the nesting and alias limits): Gardener cannot read the vector (error); or the vector cannot reach Gardener (a ConfigMap data value that is not a string); or a later YAML document holds a vector Gardener never reads (warning).',
    check(context) {
        for (const file of context.files) {
            const markers = file.problems.some((p) => p.kind === 'syntax') && file.text !== undefined ? findConflictMarkers(file.text) : undefined;
            if (markers) {
                // One finding for the cause: the parser's errors are its consequences.
                const shown = markers.lines.slice(0, 6).join(', ') + (markers.lines.length > 6 ? ', …' : '');
                context.report({
                    file: file.path,
                    position: markers.position,
                    message: `Merge-conflict markers committed (\`<<<<<<<\`, \`=======\`, \`>>>>>>>\` on lines ${shown}): the file is not YAML, ` +
                        'so Gardener cannot read this vector; nothing in it was checked further. Resolve the conflict and remove the markers.',
                });
            }
            for (const problem of file.problems) {
                if (markers && problem.kind === 'syntax')
                    continue;
                if (problem.kind === 'unreadable')
                    continue;
                if (problem.kind === 'ignored') {
                    context.report({ file: file.path, position: problem.position, severity: 'warning', message: `Ignored: ${problem.message}.` });
                    continue;
                }
                if (problem.kind === 'structure') {
                    context.report({ file: file.path, position: problem.position, message: `Cannot reach Gardener: ${problem.message}.` });
                    continue;
                }
                const what = problem.kind === 'limit' ? 'YAML limit exceeded' : 'YAML syntax error';
                context.report({
                    file: file.path,
                    position: problem.position,
                    message: `${what}: ${problem.message}. Gardener cannot read this vector; nothing in it was checked further.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/yaml-type-trap.ts




const TYPE_NAMES = { int: 'an integer', float: 'a number', bool: 'a boolean' };
const yamlTypeTrap = {
    id: 'yaml-type-trap',
    defaultSeverity: 'error',
    description: 'An unquoted value that YAML reads as a number or boolean where Gardener expects a string (`tag: 3.10` becomes "3.1").',
    check(context) {
        // A value merged in (`<<: *defaults`), or an alias of one, is reported once, where it was written.
        const seen = new Set();
        const visit = (doc, field, scalar) => {
            if (scalar.style !== 'plain')
                return;
            const { type, goString } = scalar.value;
            if (type !== 'int' && type !== 'float' && type !== 'bool')
                return;
            if (seen.has(scalar))
                return;
            seen.add(scalar);
            const changed = goString !== scalar.text;
            const fix = replacement(context, doc, scalar.start, scalar.end, `"${scalar.text}"`, 'quote the value');
            context.report({
                ...(fix ? { fix } : {}),
                file: doc.file,
                position: doc.position(scalar.start),
                severity: changed ? 'error' : 'warning',
                message: changed
                    ? `\`${field}: ${scalar.text}\` is ${TYPE_NAMES[type]} in YAML: Gardener receives ${JSON.stringify(goString)}, not ${JSON.stringify(scalar.text)}. Quote it: \`${field}: "${scalar.text}"\`.`
                    : `\`${field}: ${scalar.text}\` is ${TYPE_NAMES[type]} in YAML; Gardener happens to receive ${JSON.stringify(goString)}, but a later edit (e.g. a trailing zero) would change it. Quote it: \`${field}: "${scalar.text}"\`.`,
            });
        };
        forEachEntryNode(context, (doc, entry) => {
            for (const pair of yaml_type_trap_pairsAsRead(entry)) {
                if (pair.key.kind !== 'scalar')
                    continue;
                const field = canonicalImageSourceField(pair.key.value.goString);
                if (!field)
                    continue;
                const value = pair.value;
                if (value.kind === 'scalar') {
                    if (IS_STRING_FIELD.has(field))
                        visit(doc, field, value);
                }
                else if (field === 'architectures' && value.kind === 'sequence') {
                    for (const item of value.items)
                        if (item.kind === 'scalar')
                            visit(doc, field, item);
                }
            }
            // A trap written in the entry, or one a merge key (an other key) may bring in.
        }, WRITTEN.TYPED | WRITTEN.OTHER_KEY);
    },
};
/** The entry's pairs as Gardener gets them: merge keys applied (a trap may arrive through `<<`). */
function yaml_type_trap_pairsAsRead(entry) {
    if (!entry.pairs.some((pair) => isMergeKey(pair.key)))
        return entry.pairs;
    try {
        return effectivePairs(entry);
    }
    catch {
        return entry.pairs; // an invalid merge is yaml-syntax's finding
    }
}

;// CONCATENATED MODULE: ./src/engine/rules/registry.ts



























const DOCS_URL = 'https://github.com/imagevector-lint/imagevector-lint/blob/main/docs/rules.md';
/** The rules `lint` runs, in the order of the documentation. */
const registry_ALL_RULES = [
    unreadableFile,
    yamlSyntax,
    templateSkipped,
    yamlDuplicateKey,
    yamlTypeTrap,
    schema,
    unknownField,
    fieldCase,
    invalidConstraint,
    unsatisfiableConstraint,
    ambiguousPartialVersion,
    legacyVersionConstraint,
    imageSource,
    imageReference,
    unknownArchitecture,
    duplicateEntry,
    caBundle,
    analysisLimit,
    versionOverlap,
    versionGap,
    shadowedEntry,
    overwriteWithoutEffect,
    overwritePartial,
    unknownImage,
    unknownComponent,
    duplicateComponent,
    disallowedRegistry,
];
function ruleMeta(rule) {
    return { id: rule.id, defaultSeverity: rule.defaultSeverity, description: rule.description, docsUrl: `${DOCS_URL}#${rule.id}` };
}
/** The `config` pseudo-rule: problems in `.imagevector-lint.yaml`. */
const CONFIG_RULE = ruleMeta({
    id: 'config',
    defaultSeverity: 'error',
    description: 'The configuration file `.imagevector-lint.yaml` is invalid.',
});
/** The `unused-suppression` pseudo-rule: inline directives that name an unknown rule or silence nothing (the engine checks them after the rules). */
const UNUSED_SUPPRESSION_RULE = ruleMeta({
    id: 'unused-suppression',
    defaultSeverity: 'warning',
    description: 'An inline `# imagevector-lint disable-…` directive that names an unknown rule (with did-you-mean) or silences no finding.',
});

;// CONCATENATED MODULE: ./src/workspace/config-loader.ts







/** The largest configuration file read (its own `maxFileBytes` applies to the vectors only). */
const MAX_CONFIG_BYTES = DEFAULT_MAX_FILE_BYTES;
function knownRuleIds() {
    return [...new Set([...registry_ALL_RULES.map((r) => r.id), ...CHANGE_RULES.map((r) => r.id), CONFIG_RULE.id, UNUSED_SUPPRESSION_RULE.id])];
}
const diskReader = async (absolute, options) => readConfined(absolute, options);
async function loadConfigFile(location) {
    const read = location.read ?? diskReader;
    const show = location.show ?? ((absolute) => paths_toPosix(external_node_path_namespaceObject.relative(location.root, absolute)));
    const findings = [];
    const problem = (message) => {
        findings.push({ rule: CONFIG_RULE.id, severity: 'error', message, file: location.shown, line: 1, column: 1 });
    };
    const file = await read(location.file, { root: location.confineFile ? location.root : undefined, maxBytes: MAX_CONFIG_BYTES });
    if (!file.ok) {
        if (file.refusal === 'missing')
            return { config: defaultConfig(), findings, missing: true };
        problem(`Cannot read the configuration: ${file.message}. The defaults apply until it is fixed.`);
        return { config: defaultConfig(), findings, missing: false };
    }
    const content = file.content;
    const decoded = decodeSource(content, MAX_CONFIG_BYTES);
    if (!decoded.ok) {
        problem(`Cannot read the configuration: ${decoded.problem}. The defaults apply until it is fixed.`);
        return { config: defaultConfig(), findings, content, missing: false };
    }
    const parsed = parseConfig(decoded.text, location.shown, knownRuleIds());
    findings.push(...parsed.findings);
    let config = parsed.config;
    // The vectors the configuration names, each read confined to the repository.
    const readVectors = async (key, paths) => {
        const vectors = Object.create(null);
        for (const [name, relative] of Object.entries(paths)) {
            const absolute = external_node_path_namespaceObject.resolve(external_node_path_namespaceObject.dirname(location.file), relative);
            const vector = await read(absolute, { root: location.root, maxBytes: config.maxFileBytes });
            if (vector.ok) {
                vectors[name] = { path: show(absolute), kind: 'base', content: vector.content };
            }
            else if (vector.refusal === 'missing') {
                problem(`${key}.${name}: ${relative} is not a file in the repository.`);
            }
            else {
                problem(`${key}.${name}: cannot read ${relative}: ${vector.message}.`);
            }
        }
        return vectors;
    };
    config = withComponentVectors(config, await readVectors('componentVectors', parsed.componentVectorPaths));
    const extensions = await readVectors('extensionVectors', parsed.extensionVectorPaths);
    if (Object.keys(extensions).length > 0)
        config = withExtensionVectors(config, extensions);
    return { config, findings, content, missing: false };
}
/**
 * Reads the configuration and its component vectors from the base commit
 * (`config-from: base`): what the pull request changes does not decide the
 * check. A symbolic link at the base is never followed.
 */
function revisionConfigReader(revision, root) {
    return async (absolute, options) => {
        const rel = path.relative(root, absolute);
        if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
            return { ok: false, refusal: 'outside', message: 'it points outside the repository; the linter reads only files inside the repository' };
        }
        const file = toPosix(rel);
        if (revision.isSymlink(file)) {
            return { ok: false, refusal: 'outside', message: 'at the base commit it is a symbolic link, which the linter does not follow' };
        }
        let content;
        try {
            content = await revision.read(file);
        }
        catch (error) {
            return { ok: false, refusal: 'error', message: error.message };
        }
        if (!content)
            return { ok: false, refusal: 'missing', message: 'no such file at the base commit' };
        if (content.byteLength > options.maxBytes) {
            return { ok: false, refusal: 'too-large', message: `file is larger than the limit of ${options.maxBytes} bytes at the base commit` };
        }
        return { ok: true, content, regular: true };
    };
}

;// CONCATENATED MODULE: ./src/workspace/git-helper.ts

// node:child_process (and the net and stream modules it loads) only when git
// runs: a lint of named files without a configuration or --base never does.
// (nodeModule.createRequire, not a named import: the bundler would rewrite that call away.)
let childProcess;
const execFile = ((...args) => (childProcess ??= external_node_module_default().createRequire(__ivl_import_meta_url)('node:child_process')).execFile(...args));
function git(cwd, args, timeoutMs = 60_000) {
    return new Promise((resolve) => {
        execFile('git', args, {
            cwd,
            encoding: 'buffer',
            timeout: timeoutMs,
            maxBuffer: 256 * 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', LC_ALL: 'C' },
            windowsHide: true,
        }, (error, stdout, stderr) => {
            resolve({
                ok: !error,
                stdout: Buffer.isBuffer(stdout) ? stdout : Buffer.from(stdout ?? ''),
                stderr: (Buffer.isBuffer(stderr) ? stderr.toString('utf8') : String(stderr ?? '')).trim(),
            });
        });
    });
}

;// CONCATENATED MODULE: ./src/workspace/read-inputs.ts


// The files' bytes for the engine, which checks encoding and binary content
// itself. Each read is confined to the repository (see confined-file.ts): a
// file that may not or cannot be read becomes an `unreadable-file` finding at
// that file, never a read outside or a silent pass.
/** With `kept`, a file discovery kept the bytes of is not read again (the bytes classified are the bytes linted). */
function readInputs(workspace, files, maxFileBytes, kept) {
    const root = realRoot(workspace);
    return files.map((file) => keptOrRead(root, file, maxFileBytes, kept));
}
/**
 * The same, each file read when the engine gets to it (see lintStream): a run
 * holds the bytes of the files it is linting, not of all. The workspace's real
 * path is taken once, now. With `kept`, a file discovery kept the bytes of
 * is not read again.
 */
function pendingInputs(workspace, files, maxFileBytes, kept) {
    const root = confined_file_realRoot(workspace);
    return files.map((file) => ({
        path: file.path,
        kind: file.kind,
        read: () => keptOrRead(root, file, maxFileBytes, kept),
    }));
}
/** The bytes discovery read to learn the file's kind, when it kept them (see findByContent); else read now. */
function keptOrRead(root, file, maxFileBytes, kept) {
    const content = kept?.claim(external_node_path_namespaceObject.join(root, file.path));
    return content === undefined ? readInput(root, file.path, file.kind, maxFileBytes) : { path: file.path, kind: file.kind, content };
}
/** One repository-relative file, confined to `root` (a real path). */
function readInput(root, file, kind, maxFileBytes) {
    const read = readConfined(external_node_path_namespaceObject.join(root, file), { root, maxBytes: maxFileBytes });
    if (read.ok)
        return { path: file, kind, content: read.content };
    return { path: file, kind, content: new Uint8Array(0), unreadable: read.message };
}
/**
 * How many bytes of files read to learn their kind may be kept for their lint
 * (each file then read once), in all. A run over more files than that reads
 * the rest again when their turn comes: it never holds all of a large run's
 * files (see lintStream). What is kept adds to the run's peak memory (it is
 * held from the start), so the budget is small: 1,000 real vectors (~7 MiB)
 * are read once; a run of 100k entries (~30 MiB) keeps its first 16 MiB.
 */
const KEPT_BYTES = 16 * 1024 * 1024;
/**
 * What a run keeps of the files it read to learn their kinds, for their lint,
 * within KEPT_BYTES in all: by real path (discovery's), or counted only (take).
 */
class KeptBytes {
    left;
    byPath = new Map();
    constructor(budget = KEPT_BYTES) {
        this.left = budget;
    }
    /** Whether `content` may be kept: counts it when it may. */
    take(content) {
        const size = typeof content === 'string' ? content.length * 3 : content.byteLength;
        if (size > this.left)
            return false;
        this.left -= size;
        return true;
    }
    /** Keeps the bytes of the file at `file` (an absolute path below a real root), if they may be kept. */
    keep(file, content) {
        if (!this.byPath.has(file) && this.take(content))
            this.byPath.set(file, content);
    }
    /** The kept bytes of `file`, handed out once (then no longer kept). */
    claim(file) {
        const content = this.byPath.get(file);
        if (content !== undefined)
            this.byPath.delete(file);
        return content;
    }
}
/**
 * A pending input that hands out `input` (read already) the first time it is
 * read, and lets go of it; any later read calls `reread`.
 */
function readOnce(input, reread) {
    let kept = input;
    return {
        path: input.path,
        kind: input.kind,
        read: () => {
            const first = kept;
            kept = undefined;
            return first ?? reread();
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/baseline.ts
// New or pre-existing: each head finding is matched against the findings at
// the base commit by a fingerprint that survives edits elsewhere in the file.
// The fingerprint is the rule, the file's identity (a moved vector keeps its
// base path), and what the finding is about: the image, architecture and
// version region when the rule says so (Finding.image, .architecture,
// .region); else, for a finding inside an entry, the entry's image name and
// the field (Finding.keyPath, engine/finding-identity.ts) with the
// message; else (file-level findings) the message alone; messages always with
// line and column references blanked. Line
// numbers are never part of it: a one-line bump above an old warning moves
// the warning, it does not make it new. Pure: no I/O.
/** The message with line and column references blanked, so that a moved finding keeps its identity. */
function normalizeMessageForFingerprint(message) {
    return message
        .replace(/\b(lines?|columns?|col|ln)(\s*)\d+(?:\s*(?:[-–,:]|and|to)\s*\d+)*/gi, '$1$2#')
        .replace(/(\.(?:ya?ml|json|txt)):\d+(?::\d+)?/gi, '$1:#')
        .replace(/\bL\d+(?:C\d+)?\b/g, 'L#');
}
/**
 * The identity of a finding across commits. `file` is the path to use for it
 * (the base path of a renamed file, when the caller knows one).
 */
function findingFingerprint(finding, file = finding.file) {
    const about = finding.image !== undefined
        ? ['image', finding.image, finding.architecture ?? '', finding.region ?? '']
        : finding.keyPath !== undefined
            ? ['entry', finding.keyPath, normalizeMessageForFingerprint(finding.message)]
            : ['message', normalizeMessageForFingerprint(finding.message)];
    return [finding.rule, file, ...about].join('\u0000');
}
/**
 * Marks each head finding `new: true` (the base had no finding with its
 * fingerprint, counted: two identical findings where the base had one make
 * one new) or `new: false`. Returns new objects; the input is not changed.
 * `baseFileOf` maps a head path to its path at the base (renamed vectors).
 */
function classifyFindings(head, base, baseFileOf = (f) => f) {
    const available = new Map();
    for (const finding of base) {
        const key = findingFingerprint(finding);
        available.set(key, (available.get(key) ?? 0) + 1);
    }
    return head.map((finding) => {
        const key = findingFingerprint(finding, baseFileOf(finding.file));
        const left = available.get(key) ?? 0;
        if (left > 0)
            available.set(key, left - 1);
        return { ...finding, new: left === 0 };
    });
}

;// CONCATENATED MODULE: ./src/engine/analysis/build-groups.ts





/**
 * The vectors Gardener resolves from. Each base file is one vector; an
 * overwrite file merges over the base vectors that hold its image names (or
 * over the only base vector, or stands alone when none was given). Each
 * component's overwrite merges over that component's own vector when the
 * configuration names it, and stands alone otherwise.
 */
function buildGroups(vectors, config) {
    const bases = vectors.filter((v) => v.vector.kind === 'base');
    const overwrites = vectors.filter((v) => v.vector.kind === 'overwrite');
    const componentVectors = vectors.filter((v) => v.vector.kind === 'components');
    const extensionsByFile = new Map();
    for (const { doc } of overwrites) {
        if (doc.extension === undefined)
            continue;
        let set = extensionsByFile.get(doc.file);
        if (!set)
            extensionsByFile.set(doc.file, (set = new Set()));
        set.add(doc.extension);
    }
    const forSeveralExtensions = (read) => read.doc.extension !== undefined && (extensionsByFile.get(read.doc.file)?.size ?? 0) > 1;
    const layers = bases.map((base) => ({ label: labelOf(base), base: base.vector.images, overwrites: [] }));
    const alone = [];
    const extensionLayers = new Map();
    // Which base files hold an image name (each file once): the overwrite's target is found from its own names.
    // Built for the first overwrite that needs it (most runs lint base files alone: no index to build).
    let byName;
    const layersByName = () => {
        if (byName)
            return byName;
        byName = new Map();
        for (let index = 0; index < layers.length; index++) {
            for (const image of layers[index].base) {
                const holders = byName.get(image.name);
                if (!holders)
                    byName.set(image.name, [index]);
                else if (holders[holders.length - 1] !== index)
                    holders.push(index);
            }
        }
        return byName;
    };
    for (const overwrite of overwrites) {
        // An overwrite in the values of a ControllerDeployment whose extension's vector is configured: merged over that vector.
        const extension = overwrite.doc.extension;
        const own = extension === undefined ? undefined : ownValue(config.extensionVectors ?? {}, extension);
        if (extension !== undefined && own) {
            let layer = extensionLayers.get(extension);
            if (!layer) {
                layer = { label: `${own.path} (extension ${extension})`, base: readOwnVector(own, config), overwrites: [] };
                extensionLayers.set(extension, layer);
            }
            layer.overwrites.push(overwrite.vector.images);
            overwrite.extension = { name: extension, images: new Set(layer.base.map((image) => image.name)) };
            continue;
        }
        // Gardener merges an overwrite over one vector (IMAGEVECTOR_OVERWRITE over
        // the containers, IMAGEVECTOR_OVERWRITE_CHARTS over the charts): the base
        // file that shares the most image names with it, or the only one.
        // Counted through the name index: one look-up per name, not a scan of every base file.
        const shared = new Map();
        const holdersOf = layersByName();
        for (const name of new Set(overwrite.vector.images.map((image) => image.name))) {
            for (const index of holdersOf.get(name) ?? [])
                shared.set(index, (shared.get(index) ?? 0) + 1);
        }
        let targetIndex = -1;
        let best = 0;
        for (const [index, count] of shared) {
            if (count > best || (count === best && index < targetIndex))
                [targetIndex, best] = [index, count];
        }
        let target = targetIndex < 0 ? undefined : layers[targetIndex];
        // A file that configures several extensions (ControllerDeployments) holds
        // overwrites for vectors other than this repository's: only shared names tie them to a base.
        if (!target && layers.length === 1 && !forSeveralExtensions(overwrite))
            target = layers[0];
        if (target)
            target.overwrites.push(overwrite.vector.images);
        else {
            alone.push({ label: labelOf(overwrite), base: [], overwrites: [overwrite.vector.images] });
            if (overwrite.doc.extension !== undefined)
                overwrite.alone = true;
        }
    }
    const groups = [...layers, ...extensionLayers.values(), ...alone].map((layer) => analyseGroup(layer.label, mergeImageVectors([layer.base, ...layer.overwrites], layer.overwrites.length > 0), layer.overwrites.length > 0));
    for (const overwrite of componentVectors) {
        const component = overwrite.doc.component ?? '';
        // The component's name comes from the file: `constructor` must not find Object.
        const own = ownValue(config.componentVectors, component);
        const base = own ? readOwnVector(own, config) : [];
        groups.push(analyseGroup(`${labelOf(overwrite)} (component ${component})`, mergeImageVectors([base, overwrite.vector.images], true), true, component));
    }
    return groups;
}
/** A component's own vector, configured by the user: read for its names and entries only. */
function readOwnVector(input, config) {
    const parsed = readFile({ ...input, kind: 'base' }, config);
    return parsed.documents.flatMap((doc) => readImageVector(doc).images);
}
function labelOf(read) {
    return read.doc.container === 'the file' ? read.doc.file : `${read.doc.file} (${read.doc.container})`;
}

;// CONCATENATED MODULE: ./src/engine/detached.ts
/**
 * A copy of `text` that does not keep the string it was cut from alive.
 *
 * V8 keeps a slice of 13 or more characters (an image name, a tag read from a
 * file) as a view into the string it was cut from, and a concatenation as a
 * pair of its parts: a row or a finding that outlives its cluster would keep
 * the whole text of its file in memory, and a run of many files every file's
 * text (100k entries: 1,823 sources, 30 MiB, held by 190k row fields). What
 * outlives a cluster (rows, findings, the run's image names) is detached
 * once, when it is made. The concatenation is flattened into a new string of
 * the text's own length, and the slice refers to that one only.
 */
function detached(text) {
    return (' ' + text).slice(1);
}
/** Detaches every string field of a finding (and of its fix): they outlive their cluster until the report. */
function detachStrings(record) {
    const fields = record;
    for (const key of Object.keys(fields)) {
        const value = fields[key];
        if (typeof value === 'string')
            fields[key] = detached(value);
    }
    return record;
}

;// CONCATENATED MODULE: ./src/engine/analysis/resolved-table.ts





/**
 * The resolved image table: for each image and architecture, the maximal
 * version regions with one winner, the winning entry and the image string
 * Gardener produces. Exact: derived from the cells, not sampled.
 */
function resolvedRows(groups) {
    const rows = [];
    forEachRegionRow(groups, (_, __, row, runtime, target) => {
        rows.push({ ...row, runtimeVersion: toVersionIntervals(runtime), targetVersion: toVersionIntervals(target) });
    });
    return rows;
}
/** Every region of every resolution with its row (ranges as release sets, unconstrained axes as every release), in table order. */
function forEachRegionRow(groups, visit) {
    // What a row says of its winning entry, built once per entry: the rows of one entry (one per
    // architecture and region) share it. Rows are read, never changed, once the table is out.
    // By candidate, in one array for the whole table, emptied for each image (no allocation per image).
    const parts = [];
    for (let g = 0; g < groups.length; g++) {
        for (const image of groups[g].images) {
            parts.length = 0;
            for (const resolution of image.resolutions) {
                // No axis constrained (most images): one region, the whole plane, and its row says "any" on both axes.
                if (!resolution.runtimeConstrained && !resolution.targetConstrained && resolution.columns.length === 1 && resolution.columns[0].winners.length === 1) {
                    const winner = resolution.columns[0].winners[0];
                    if (winner === -1)
                        continue;
                    const shared = (parts[winner] ??= partOf(image, winner));
                    visit(g, shared, rowOf(shared, resolution.architecture), ALL_RELEASES, ALL_RELEASES);
                    continue;
                }
                const regions = regionsByWinner(resolution, winnerKey);
                // Sorted by where the regions start, on the releases themselves (cheaper than on strings).
                if (regions.length > 1) {
                    regions.sort((a, b) => version_compareReleases(a.region.runtime[0]?.lo ?? ZERO_RELEASE, b.region.runtime[0]?.lo ?? ZERO_RELEASE) ||
                        version_compareReleases(a.region.target[0]?.lo ?? ZERO_RELEASE, b.region.target[0]?.lo ?? ZERO_RELEASE));
                }
                for (const { key, region } of regions) {
                    const shared = (parts[key] ??= partOf(image, key));
                    visit(g, shared, rowOf(shared, resolution.architecture), resolution.runtimeConstrained ? region.runtime : ALL_RELEASES, resolution.targetConstrained ? region.target : ALL_RELEASES);
                }
            }
        }
    }
}
/** What the rows of candidate `key` of an image share. */
function partOf(image, key) {
    return entryPart(image.name, image.entries[image.candidates[key].index]);
}
/** A row of the entry `shared` for one architecture, its ranges still to be written. */
function rowOf(shared, architecture) {
    return { image: shared.image, architecture, runtimeVersion: undefined, targetVersion: undefined, imageString: shared.imageString, source: shared.source };
}
/**
 * The ranges of an axis no entry constrains ("any version"), one list shared by every such row
 * (most rows, on both axes): rows are read, never changed, once the table is out (as the source
 * they share with the other rows of their entry). Frozen, so that a change fails loudly.
 */
const ANY_VERSION = Object.freeze([Object.freeze({ lo: '0.0.0', hi: null })]);
/** `toVersionIntervals`, with the shared list for the full range. */
function rangesOf(set) {
    return set === ALL_RELEASES ? ANY_VERSION : release_set_toVersionIntervals(set);
}
/** Regions by winning candidate; cells nobody wins are in no row. */
const winnerKey = (winner) => (winner === -1 ? null : winner);
/** File, line, column and image: what keys the search for repeated rows. */
function placeOf(entry) {
    return `${entry.source.file}\u0000${entry.source.line}\u0000${entry.source.column}\u0000${entry.image}`;
}
function entryPart(image, entry) {
    const origin = entry.contributors[entry.contributors.length - 1].origin;
    const source = { file: origin.file, line: origin.position.line, column: origin.position.column, kind: origin.kind };
    if (origin.component !== undefined)
        source.component = detached(origin.component);
    // The entry's own record of where its fields are (made once, when first asked for; it holds
    // positions only): the row's fields are among them, no copy needed.
    source.fields = origin.fields;
    return { image: detached(image), imageString: detached(toImageString(entry.source)), source };
}
/**
 * What `clipRowsToKubernetes(distinctRows(resolvedRows(groups)), config)`
 * gives, in one pass: the rows clipped on their release sets (no ranges
 * written as strings and parsed back), the domain parsed once, and the full
 * key of a row built only where two rows share a place.
 */
function resolvedTable(groups, config) {
    const parts = resolvedTablesByGroup(groups, config);
    return { rows: parts.flatMap((p) => p.rows), outside: parts.flatMap((p) => p.outside) };
}
/** {@link resolvedTable} per group, in the groups' order (a row repeating an earlier group's is left out of its own). */
function resolvedTablesByGroup(groups, config) {
    const domain = kubernetesDomain(config);
    const parts = groups.map(() => ({ rows: [], outside: [] }));
    // By place, then architecture (its strings are few and their hashes cached): no key string built per row.
    const byPlace = new Map();
    const fullKey = (row, runtime, target) => JSON.stringify([row.image, row.architecture, release_set_toVersionIntervals(runtime), release_set_toVersionIntervals(target), row.imageString, row.source]);
    // One group (a cluster of one base file: nearly every cluster) cannot repeat a row: its images
    // differ by name, its resolutions of an image by architecture, and the regions of one resolution
    // are disjoint and not empty, so no two have the same ranges.
    const repeats = groups.length > 1;
    forEachRegionRow(groups, (g, entry, row, runtime, target) => {
        if (repeats) {
            const place = placeOf(entry);
            let atPlace = byPlace.get(place);
            if (!atPlace)
                byPlace.set(place, (atPlace = new Map()));
            const earlier = atPlace.get(row.architecture);
            if (earlier === undefined)
                atPlace.set(row.architecture, { row, runtime, target });
            else {
                let seen = earlier;
                if (!(seen instanceof Set))
                    atPlace.set(row.architecture, (seen = new Set([fullKey(seen.row, seen.runtime, seen.target)])));
                const key = fullKey(row, runtime, target);
                if (seen.has(key))
                    return;
                seen.add(key);
            }
        }
        const clippedRuntime = clipToDomain(runtime, domain);
        const clippedTarget = clipToDomain(target, domain);
        // The row is this pass's own object: its ranges are filled in where they stand (no copy).
        const out = row;
        if (release_set_isEmptySet(clippedRuntime) || release_set_isEmptySet(clippedTarget)) {
            out.runtimeVersion = [];
            out.targetVersion = [];
            parts[g].outside.push(out);
        }
        else {
            out.runtimeVersion = rangesOf(clippedRuntime);
            out.targetVersion = rangesOf(clippedTarget);
            parts[g].rows.push(out);
        }
    });
    return parts;
}
/**
 * The rows without exact repetitions: a file that is both a base vector and
 * a component's own vector resolves twice to the same rows.
 */
function distinctRows(rows) {
    // Rows can only repeat each other when they share image, architecture and
    // source position: the full key is built only for those.
    const byPlace = new Map();
    const fullKey = (row) => JSON.stringify([row.image, row.architecture, row.runtimeVersion, row.targetVersion, row.imageString, row.source]);
    return rows.filter((row) => {
        const place = `${row.source.file}\u0000${row.source.line}\u0000${row.source.column}\u0000${row.image}\u0000${row.architecture}`;
        const earlier = byPlace.get(place);
        if (earlier === undefined) {
            byPlace.set(place, row);
            return true;
        }
        let seen = earlier;
        if (!(seen instanceof Set))
            byPlace.set(place, (seen = new Set([fullKey(seen)])));
        const key = fullKey(row);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/engine/registry-policy.ts
// Registry policy: which registries a landscape may pull from. An allowed
// entry is a host (`registry.example.com`, `localhost:5000`) or a host and
// path prefix (`europe-docker.pkg.dev/gardener-project`), matched on
// path-segment boundaries: `registry.example.com/team` allows
// `registry.example.com/team/pause`, not `registry.example.com/teams/pause`.
/** The repository of an image string (`repo:tag`, `repo@sha256:…`, `repo:tag@sha256:…`, or a bare repository). */
function repositoryOf(image) {
    const at = image.indexOf('@');
    const named = at === -1 ? image : image.slice(0, at);
    const colon = named.lastIndexOf(':');
    return colon > named.lastIndexOf('/') ? named.slice(0, colon) : named;
}
/**
 * The repository as a container runtime reads it: a first segment without a
 * `.` or `:` (and not `localhost`) is a Docker Hub path, so
 * `my-registry/pause` is `docker.io/my-registry/pause` and `alpine` is
 * `docker.io/library/alpine`.
 */
function canonicalRepository(repository) {
    const slash = repository.indexOf('/');
    const first = slash === -1 ? '' : repository.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost')
        return lowerHost(repository);
    return slash === -1 ? `docker.io/library/${repository}` : `docker.io/${repository}`;
}
function lowerHost(path) {
    const slash = path.indexOf('/');
    return slash === -1 ? path.toLowerCase() : path.slice(0, slash).toLowerCase() + path.slice(slash);
}
function withinPrefix(path, prefix) {
    return path === prefix || path.startsWith(`${prefix}/`);
}
/** The allowed prefix an image comes from, or undefined when it comes from elsewhere. */
function allowedPrefix(image, allowed) {
    const repository = repositoryOf(image);
    const canonical = canonicalRepository(repository);
    for (const entry of allowed) {
        const prefix = lowerHost(entry.replace(/\/+$/, ''));
        if (prefix === '')
            continue;
        if (withinPrefix(lowerHost(repository), prefix) || withinPrefix(canonical, prefix))
            return entry;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/clusters.ts




function clusters_readInput(input) {
    return 'content' in input ? input : input.read();
}
function readEntry(input, index, config) {
    const file = readFile(clusters_readInput(input), config);
    const vectors = [];
    const components = [];
    for (const doc of file.documents) {
        if (doc.kind === 'components')
            components.push({ doc, items: readComponentItems(doc) });
        else
            vectors.push({ doc, vector: readImageVector(doc) });
    }
    return { index, file, vectors, components };
}
function root(unit) {
    let at = unit;
    while (at.parent)
        at = at.parent;
    if (at !== unit)
        unit.parent = at;
    return at;
}
function union(a, b) {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb)
        rb.parent = ra;
}
/**
 * The clusters of a run, handed to `lint` one at a time as soon as each is
 * known (after `lint` returns, the cluster's trees are no longer referenced).
 */
function planClusters(inputs, config, plan, lint) {
    const byPath = new Map();
    const units = [];
    inputs.forEach((input, index) => {
        let unit = byPath.get(input.path);
        if (!unit) {
            byPath.set(input.path, (unit = { inputs: [], hold: 0 }));
            units.push(unit);
        }
        unit.inputs.push({ input, index });
    });
    const mixedKinds = units.some((u) => u.inputs.some((i) => i.input.kind !== u.inputs[0].input.kind));
    const ownVectors = Object.keys(config.componentVectors).length > 0 || Object.keys(config.extensionVectors ?? {}).length > 0;
    const read = (unit) => {
        unit.entries = unit.inputs.map(({ input, index }) => readEntry(input, index, config));
        for (const entry of unit.entries)
            entry.vectors.forEach((v, i) => plan.order.set(v, entry.index * 2 ** 21 + i));
        return unit.entries;
    };
    const baseVectorsOf = (entries) => entries.flatMap((e) => e.vectors.filter((v) => v.vector.kind === 'base'));
    if (plan.together || mixedKinds || ownVectors || units.length < 2) {
        const entries = units.flatMap(read).sort((a, b) => a.index - b.index);
        for (const v of baseVectorsOf(entries))
            for (const image of v.vector.images)
                addName(plan.baseImageNames, image.name);
        lint({ entries, alone: [], notTheOnlyBase: false, whole: true });
        return;
    }
    // Overwrites and component overwrites first: the names a base file is matched on.
    const others = units.filter((u) => u.inputs[0].input.kind !== 'base');
    const overwrites = [];
    const byName = new Map();
    for (const unit of others) {
        const entries = read(unit);
        // The extensions its ControllerDeployments configure, over every input of the path (as buildGroups counts them).
        const extensions = new Set(entries.flatMap((e) => e.vectors.flatMap((v) => (v.vector.kind === 'overwrite' && v.doc.extension !== undefined ? [v.doc.extension] : []))));
        for (const entry of entries) {
            for (const v of entry.vectors) {
                if (v.vector.kind !== 'overwrite')
                    continue;
                const overwrite = { read: v, unit, severalExtensions: v.doc.extension !== undefined && extensions.size > 1 };
                overwrites.push(overwrite);
                for (const name of new Set(v.vector.images.map((image) => image.name))) {
                    const list = byName.get(name);
                    if (list)
                        list.push(overwrite);
                    else
                        byName.set(name, [overwrite]);
                }
            }
        }
    }
    // The base files in input order.
    let layers = 0;
    let first;
    const gatherNames = others.length > 0;
    const lintAlone = (unit) => {
        lint({ entries: unit.entries, alone: [], notTheOnlyBase: false });
        unit.entries = undefined;
    };
    const waiting = (unit) => unit.hold > 0 || (unit === first && layers <= 1 && overwrites.length > 0);
    for (const unit of units) {
        if (unit.inputs[0].input.kind !== 'base')
            continue;
        const released = [];
        for (const v of baseVectorsOf(read(unit))) {
            layers++;
            plan.onBaseVector?.(v);
            const shared = new Map();
            if (gatherNames) {
                for (const name of new Set(v.vector.images.map((image) => image.name))) {
                    addName(plan.baseImageNames, name);
                    for (const overwrite of byName.get(name) ?? [])
                        shared.set(overwrite, (shared.get(overwrite) ?? 0) + 1);
                }
            }
            for (const [overwrite, count] of shared) {
                // A later base vector takes an overwrite only with more shared names (the first wins a tie).
                if (overwrite.best && count <= overwrite.best.count)
                    continue;
                if (overwrite.best) {
                    overwrite.best.unit.hold--;
                    released.push(overwrite.best.unit);
                }
                overwrite.best = { count, unit };
                unit.hold++;
            }
        }
        if (first === undefined && layers > 0)
            first = unit;
        else if (first && first !== unit && first.entries && layers > 1)
            released.push(first);
        released.push(unit);
        for (const candidate of new Set(released))
            if (candidate.entries && !waiting(candidate))
                lintAlone(candidate);
    }
    // What waits: the overwrites with the bases they merge over.
    const waitingBases = units.filter((u) => u.inputs[0].input.kind === 'base' && u.entries);
    for (const overwrite of overwrites) {
        if (overwrite.best)
            union(overwrite.best.unit, overwrite.unit);
        else if (layers === 1 && !overwrite.severalExtensions)
            union(first, overwrite.unit);
    }
    const clusters = new Map();
    for (const unit of [...waitingBases, ...others]) {
        const r = root(unit);
        const list = clusters.get(r);
        if (list)
            list.push(unit);
        else
            clusters.set(r, [unit]);
    }
    const isAlone = (o) => !o.best && !(layers === 1 && !o.severalExtensions);
    const aloneOf = new Map();
    for (const overwrite of overwrites) {
        if (!isAlone(overwrite))
            continue;
        const r = root(overwrite.unit);
        const list = aloneOf.get(r);
        if (list)
            list.push(overwrite.read);
        else
            aloneOf.set(r, [overwrite.read]);
    }
    for (const [r, members] of clusters) {
        const entries = members.flatMap((u) => u.entries).sort((a, b) => a.index - b.index);
        const bases = baseVectorsOf(entries).length;
        const hasOverwrites = entries.some((e) => e.vectors.some((v) => v.vector.kind === 'overwrite'));
        // In the cluster's document order, as buildGroups lists their groups.
        const alone = (aloneOf.get(r) ?? []).sort((a, b) => plan.order.get(a) - plan.order.get(b));
        lint({ entries, alone, notTheOnlyBase: hasOverwrites && bases === 1 && layers > 1 });
        for (const u of members)
            u.entries = undefined;
    }
}
/** The run's image names outlive every cluster: each is detached from its file's text (see detached.ts). */
function addName(names, name) {
    if (!names.has(name))
        names.add(detached(name));
}

;// CONCATENATED MODULE: ./src/engine/row-order.ts
// The resolved table of a clustered run in the order of one lint of
// everything: the groups of the base vectors in input order, then the
// overwrites that stand alone, then the component overwrites (the order
// buildGroups gives them). A base vector's rows go out as soon as every base
// vector before it is linted; the rest (few) at the end.
var Section;
(function (Section) {
    Section[Section["Base"] = 0] = "Base";
    Section[Section["Alone"] = 1] = "Alone";
    Section[Section["Components"] = 2] = "Components";
})(Section || (Section = {}));
class RowOrder {
    emit;
    bases = [];
    baseSlots = new Map();
    next = 0;
    rest = [];
    unresolved = [];
    constructor(emit) {
        this.emit = emit;
    }
    /** A base vector, as it is read (in input order): its rows wait for those before it. */
    expectBase(order) {
        const slot = {};
        this.bases.push(slot);
        this.baseSlots.set(order, slot);
    }
    /** A group's rows, final. */
    complete(section, order, rows, unresolved) {
        if (section === Section.Base) {
            const slot = this.baseSlots.get(order);
            if (!slot)
                throw new Error(`internal: base vector ${order} was not announced`);
            this.baseSlots.delete(order);
            slot.rows = rows;
            slot.unresolved = unresolved;
            this.flush();
            return;
        }
        this.rest.push({ section, order, slot: { rows, unresolved } });
    }
    flush() {
        while (this.next < this.bases.length && this.bases[this.next].rows) {
            const slot = this.bases[this.next];
            this.out(slot);
            // Released: the table keeps no reference to rows already given out.
            this.bases[this.next++] = {};
        }
    }
    out(slot) {
        if (slot.rows.length > 0)
            this.emit(slot.rows);
        for (const row of slot.unresolved ?? [])
            this.unresolved.push(row);
    }
    /** Everything linted: the rest of the table. */
    finish() {
        this.flush();
        if (this.next < this.bases.length)
            throw new Error('internal: a base vector was never linted');
        this.rest.sort((a, b) => a.section - b.section || a.order - b.order);
        for (const { slot } of this.rest)
            this.out(slot);
        this.rest.length = 0;
    }
}

;// CONCATENATED MODULE: ./src/engine/finding-identity.ts
// The structured identity of findings whose rule does not name an image and
// region itself (schema, field and constraint rules …): the entry the finding
// points into, by its image name, and the field (`tag`, `targetVersion` …),
// with the message.
// Never an index or a line: comments and blank lines above, or unrelated
// entries moved, leave it alone (engine/baseline.ts). Pure.
/** Sets `keyPath` on each finding without an `image` that points into an entry of a vector. */
function withKeyPaths(findings, vectors) {
    // Most clusters have no finding to place: no index of their entries then (it sorted every entry of every file).
    if (!findings.some((finding) => finding.image === undefined && finding.keyPath === undefined))
        return findings;
    const byFile = new Map();
    for (const { vector } of vectors) {
        for (const source of vector.images) {
            const list = byFile.get(source.origin.file) ?? [];
            list.push(source);
            byFile.set(source.origin.file, list);
        }
    }
    for (const list of byFile.values())
        list.sort((a, b) => a.origin.position.offset - b.origin.position.offset);
    for (const finding of findings) {
        if (finding.image !== undefined || finding.keyPath !== undefined)
            continue;
        const entry = entryAt(byFile.get(finding.file) ?? [], finding.line, finding.column);
        if (entry)
            finding.keyPath = keyPath(entry, finding.line);
    }
    return findings;
}
function before(a, line, column) {
    return a.line < line || (a.line === line && a.column <= column);
}
/**
 * The entry whose lines hold the position: the last one starting at or before it, up to the next one (the last: up to its last field).
 * `entries` are sorted by position, so those starting at or before it are a prefix: a binary search finds its end.
 */
function entryAt(entries, line, column) {
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(entries[mid].origin.position, line, column))
            lo = mid + 1;
        else
            hi = mid;
    }
    const found = lo > 0 ? entries[lo - 1] : undefined;
    const next = entries[lo];
    if (!found)
        return undefined;
    if (next)
        return line < next.origin.position.line || (line === next.origin.position.line && column < next.origin.position.column) ? found : undefined;
    const lines = [...Object.values(found.origin.fields), ...Object.values(found.origin.keys)].map((p) => p.line);
    return line <= Math.max(found.origin.position.line, ...lines) ? found : undefined;
}
function keyPath(entry, line) {
    const { fields, keys } = entry.origin;
    const field = Object.keys(fields).find((f) => fields[f].line === line) ??
        Object.keys(keys).find((f) => keys[f].line === line) ??
        (entry.origin.position.line === line ? 'entry' : 'inside');
    // The image name, not the constraints: a respelt constraint (`>=1.25` for `>= 1.25`) keeps its
    // findings; the message (with the constraint in it where it matters) tells entries apart.
    const component = entry.origin.component !== undefined ? `component ${entry.origin.component} ` : '';
    return `${component}images[name=${entry.name}].${field}`;
}

;// CONCATENATED MODULE: ./src/engine/suppression.ts

// Inline suppression, eslint style, in the YAML file itself:
//   # imagevector-lint disable-next-line version-overlap, legacy-version-constraint
//   tag: 3.10   # imagevector-lint disable-line yaml-type-trap
//   # imagevector-lint disable-file version-overlap
// Without rule ids the comment silences every rule on that line (or file).
// A directive that names an unknown rule, or silences nothing, is itself a
// finding of `unused-suppression`: stale directives hide the next real problem.
const DIRECTIVE = /#\s*imagevector-lint\s+(disable-next-line|disable-line|disable-file)\b([^\n]*)/;
const UNUSED_SUPPRESSION = 'unused-suppression';
function collect(text) {
    const directives = [];
    text.split(/\r?\n/).forEach((line, index) => {
        if (!line.includes('imagevector-lint'))
            return;
        const match = DIRECTIVE.exec(line);
        if (!match)
            return;
        const target = match[1] === 'disable-file' ? 0 : match[1] === 'disable-next-line' ? index + 2 : index + 1;
        // `-- reason` ends the rule list, as in eslint directives.
        const ids = match[2]
            .split(/\s--(?:\s|$)/)[0]
            .split(/[\s,]+/)
            .map((r) => r.trim())
            .filter((r) => r.length > 0);
        const rules = new Map();
        if (ids.length === 0)
            rules.set('*', false);
        for (const id of ids)
            rules.set(id, false);
        directives.push({ line: index + 1, column: match.index + 1, target, rules });
    });
    return directives;
}
/**
 * Drops the findings a directive silences, and reports the directives that
 * name an unknown rule or silence nothing (`knownRules`: every rule id a
 * finding can carry; `enabled`: whether `unused-suppression` runs).
 */
function applySuppressions(findings, files, knownRules, unused) {
    const byFile = new Map();
    for (const file of files) {
        if (file.text !== undefined && file.text.includes('imagevector-lint'))
            byFile.set(file.path, collect(file.text));
    }
    if (byFile.size === 0)
        return findings;
    const kept = findings.filter((finding) => {
        const directives = byFile.get(finding.file);
        if (!directives)
            return true;
        let silenced = false;
        for (const directive of directives) {
            if (directive.target !== 0 && directive.target !== finding.line)
                continue;
            for (const id of [finding.rule, '*']) {
                if (directive.rules.has(id)) {
                    directive.rules.set(id, true);
                    silenced = true;
                }
            }
        }
        return !silenced;
    });
    if (!unused)
        return kept;
    for (const [file, directives] of byFile) {
        for (const directive of directives) {
            for (const [id, used] of directive.rules) {
                if (used)
                    continue;
                const at = { rule: UNUSED_SUPPRESSION, severity: unused.severity, file, line: directive.line, column: directive.column };
                if (id !== '*' && !knownRules.includes(id)) {
                    const guess = didYouMean(id, knownRules);
                    kept.push({ ...at, message: `The directive names \`${id}\`, which is not a rule${guess ? `: did you mean \`${guess}\`?` : '; see docs/rules.md for the rule ids.'} It silences nothing.` });
                }
                else {
                    const what = id === '*' ? 'every rule' : `\`${id}\``;
                    const where = directive.target === 0 ? 'in this file' : `on line ${directive.target}`;
                    kept.push({ ...at, message: `This directive silences ${what} ${where}, but there is no such finding there: remove it, so it cannot hide a later one.` });
                }
            }
        }
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/engine/lint.ts











/**
 * Lints a set of image vectors as Gardener would read them together: base
 * vectors, overwrites merged over them, component overwrites. Pure: the
 * adapters do the I/O. Bad input becomes findings, never exceptions.
 */
function lint(inputs, config, rules = registry_ALL_RULES) {
    const resolved = [];
    const rest = lintStream(inputs, config, (rows) => {
        for (const row of rows)
            resolved.push(row);
    }, rules);
    return { findings: rest.findings, resolved, ...(rest.unresolved ? { unresolved: rest.unresolved } : {}), files: rest.files };
}
/** `lint` of every input in one cluster, as before clusters (what they must equal: the tests compare the two). */
function lintTogether(inputs, config, rules = ALL_RULES) {
    const resolved = [];
    const rest = lintStream(inputs, config, (rows) => {
        for (const row of rows)
            resolved.push(row);
    }, rules, true);
    return { findings: rest.findings, resolved, ...(rest.unresolved ? { unresolved: rest.unresolved } : {}), files: rest.files };
}
/**
 * `lint`, with the resolved table handed to `onRows` piece by piece, in the
 * table's order, as soon as each piece is final: the run lints one cluster of
 * files at a time (see clusters.ts), so that it holds the parse trees and
 * analyses of one cluster, and a caller that writes the rows out holds none
 * of them. A pending input is read when its cluster is. The result is the
 * same as linting everything together; the findings (sorted) and the files
 * (in input order) come at the end.
 */
function lintStream(inputs, config, onRows, rules = registry_ALL_RULES, together = false) {
    const findings = [];
    const files = [];
    const order = new RowOrder(onRows);
    const plan = { order: new Map(), baseImageNames: new Set(), onBaseVector: (v) => order.expectBase(plan.order.get(v)), together };
    planClusters(inputs, config, plan, (cluster) => {
        const part = lintCluster(cluster, config, rules, plan.baseImageNames);
        for (const f of part.findings)
            findings.push(f);
        for (const entry of cluster.entries)
            files.push({ index: entry.index, report: fileReport(entry.file) });
        part.groups.forEach(({ rows, unresolved }, i) => {
            const place = part.places[i];
            if (cluster.whole)
                order.complete(Section.Alone, i, rows, unresolved);
            else if (place)
                order.complete(place.section, plan.order.get(place.vector), rows, unresolved);
        });
        // Each cluster's findings are deduplicated and suppressed already; the files of two clusters differ.
        // Its vectors (and through them its parse trees) are no longer needed.
        for (const entry of cluster.entries)
            for (const v of entry.vectors)
                plan.order.delete(v);
    });
    order.finish();
    files.sort((a, b) => a.index - b.index);
    return {
        findings: sortFindings(findings),
        ...(order.unresolved.length > 0 ? { unresolved: order.unresolved } : {}),
        files: files.map((f) => f.report),
    };
}
/** A base vector that tells buildGroups the run has several (Gardener's "only base" rule must not apply in the cluster). */
const EMPTY_BASE = {
    doc: { file: '', kind: 'base', container: 'the file', root: null, source: '', position: () => ({ line: 1, column: 1, offset: 0 }) },
    vector: { file: '', kind: 'base', images: [] },
};
function lintCluster(cluster, config, rules, baseImageNames) {
    // Loops, not flatMap (a generic, slow path in V8): a run has a cluster per base file.
    const files = [];
    const documents = [];
    const vectors = [];
    const components = [];
    for (const entry of cluster.entries) {
        files.push(entry.file);
        for (const doc of entry.file.documents)
            documents.push(doc);
        for (const v of entry.vectors)
            vectors.push(v);
        for (const c of entry.components)
            components.push(c);
    }
    const bases = vectors.filter((v) => v.vector.kind === 'base');
    const componentVectors = vectors.filter((v) => v.vector.kind === 'components');
    const built = buildGroups(cluster.notTheOnlyBase ? [...vectors, EMPTY_BASE] : vectors, config);
    // buildGroups' order: the base vectors (then the empty one), the overwrites alone, the component overwrites.
    const places = [
        ...bases.map((vector) => ({ section: Section.Base, vector })),
        ...(cluster.notTheOnlyBase ? [undefined] : []),
        ...cluster.alone.map((vector) => ({ section: Section.Alone, vector })),
        ...componentVectors.map((vector) => ({ section: Section.Components, vector })),
    ];
    if (!cluster.whole && places.length !== built.length)
        throw new Error(`internal: ${built.length} groups for ${places.length} vectors`);
    const groups = cluster.notTheOnlyBase ? built.filter((_, i) => places[i] !== undefined) : built;
    if (cluster.notTheOnlyBase)
        places.splice(bases.length, 1);
    // Only Kubernetes versions (1.x, or kubernetesVersions): what the rules and the change table talk about too.
    const clipped = resolvedTablesByGroup(groups, config);
    const resolved = markRegistries(clipped.length === 1 ? clipped[0].rows : concatRows(clipped), config);
    const findings = [];
    for (const rule of rules) {
        const configured = ownValue(config.rules, rule.id);
        if (configured === 'off')
            continue;
        const report = (r) => findings.push(toFinding(rule, configured, r));
        const context = { config, files, documents, vectors, components, groups, resolved, baseImageNames, report };
        rule.check(context);
    }
    return {
        // Detached: findings are kept until the run's end (sorted across files), their texts must not keep this cluster's sources alive.
        findings: withKeyPaths(applySuppressions(dedupe(findings), files, knownRules(rules), suppressionCheck(config)), vectors).map(detachFinding),
        groups: clipped.map((c) => ({ rows: c.rows, unresolved: c.outside })),
        places,
    };
}
function concatRows(parts) {
    const rows = [];
    for (const part of parts)
        for (const row of part.rows)
            rows.push(row);
    return rows;
}
function detachFinding(finding) {
    detachStrings(finding);
    if (finding.fix)
        detachStrings(finding.fix);
    return finding;
}
/** Marks the rows whose image comes from outside `registries.allowed` (when configured). */
function markRegistries(rows, config) {
    const allowed = config.registries?.allowed;
    if (!allowed)
        return rows;
    for (const row of rows)
        if (allowedPrefix(row.imageString, allowed) === undefined)
            row.disallowedRegistry = true;
    return rows;
}
/** The rule ids a suppression may name, built once per list of rules (not once per cluster). */
function knownRules(rules) {
    if (rules !== knownFor || rules.length !== knownLength) {
        knownLength = rules.length;
        known = [...rules.map((r) => r.id), ...registry_ALL_RULES.map((r) => r.id), CONFIG_RULE.id, UNUSED_SUPPRESSION_RULE.id, ...CHANGE_RULES.map((r) => r.id)];
        knownFor = rules;
    }
    return known;
}
let knownFor;
let knownLength = 0;
let known = [];
function suppressionCheck(config) {
    const level = config.rules[UNUSED_SUPPRESSION_RULE.id];
    if (level === 'off')
        return undefined;
    return { severity: level ?? UNUSED_SUPPRESSION_RULE.defaultSeverity };
}
function toFinding(rule, configured, report) {
    // A configured level applies to every finding of the rule; without one,
    // graded findings (a typo vs. an unknown key) keep their own grade.
    const severity = configured ?? report.severity ?? rule.defaultSeverity;
    const finding = {
        rule: rule.id,
        severity,
        message: report.message,
        file: report.file,
        line: report.position.line,
        column: report.position.column,
    };
    if (report.about)
        Object.assign(finding, report.about);
    if (report.fix)
        finding.fix = report.fix;
    if (report.alsoAt)
        finding.alsoAt = report.alsoAt.map((a) => ({ file: a.file, line: a.position.line, column: a.position.column }));
    if (report.end) {
        finding.endLine = report.end.line;
        finding.endColumn = report.end.column;
    }
    return finding;
}
function fileReport(file) {
    const report = {
        path: file.path,
        kind: file.kind,
        entries: file.documents.reduce((n, doc) => n + (doc.kind === 'components' ? 0 : countEntries(doc.root)), 0),
    };
    if (file.skipped)
        report.skipped = file.skipped;
    return report;
}
function countEntries(root) {
    if (root?.kind !== 'mapping')
        return 0;
    const images = root.pairs.find((p) => p.key.kind === 'scalar' && p.key.text.toLowerCase() === 'images');
    return images?.value.kind === 'sequence' ? images.value.items.length : 0;
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.rule}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function sortFindings(findings) {
    return findings.sort((a, b) => 
    // localeCompare only when the strings differ (0 otherwise): most comparisons are within one file.
    (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column || (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule)));
}

;// CONCATENATED MODULE: ./src/workspace/line-diff.ts
// Which lines of the new text a change touched: used to annotate findings on
// changed lines first. Exact (longest common subsequence) for the changed middle
// of a file up to a size; beyond it every line of the middle counts as changed.
const MAX_CELLS = 4_000_000;
/** 1-based line numbers of `after` that are not in `before` (added or modified). */
function changedLines(before, after) {
    const a = splitLines(before);
    const b = splitLines(after);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const changed = new Set();
    const n = endA - start;
    const m = endB - start;
    if (m === 0)
        return changed;
    if (n === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
        for (let j = start; j < endB; j++)
            changed.add(j + 1);
        return changed;
    }
    // lcs[i][j]: LCS length of a[start+i..endA) and b[start+j..endB).
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            lcs[i * width + j] =
                a[start + i] === b[start + j]
                    ? lcs[(i + 1) * width + j + 1] + 1
                    : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
        }
    }
    let i = 0;
    let j = 0;
    while (j < m) {
        if (i < n && a[start + i] === b[start + j]) {
            i++;
            j++;
        }
        else if (i < n && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
            i++;
        }
        else {
            changed.add(start + j + 1);
            j++;
        }
    }
    return changed;
}
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}

;// CONCATENATED MODULE: ./src/workspace/base-comparison.ts









/** What the reporters show of a comparison. */
function comparisonView(comparison) {
    return {
        sha: comparison.sha,
        changes: comparison.changes,
        everything: comparison.scope.everything,
        changedFiles: comparison.scope.files.size,
    };
}
/** Files deleted since the base that may have been vectors: read at most this many. */
const MAX_DELETED_CANDIDATES = 200;
async function compareToBase(options) {
    const { revision, headInputs, config } = options;
    const baseInputs = [];
    const files = new Set();
    const lines = new Map();
    const unreadable = new Set(options.head.findings.filter((f) => UNREADABLE_RULES.has(f.rule) && f.severity === 'error').map((f) => f.file));
    const notCompared = [];
    for (const input of headInputs) {
        const before = await revision.read(input.path);
        const changed = !before || !sameBytes(before, input.content);
        if (changed && unreadable.has(input.path))
            notCompared.push(input.path);
        else if (before)
            baseInputs.push({ path: input.path, kind: input.kind, content: before });
        if (changed) {
            files.add(input.path);
            lines.set(input.path, changedLines(before ? decode(before) : '', decode(input.content)));
        }
    }
    const warnings = [];
    baseInputs.push(...(await deletedVectors(options, warnings)));
    const configBefore = await revision.read(options.configFile);
    const configChanged = !sameOptional(configBefore, options.configContent);
    const base = lint(baseInputs, config);
    const scope = {
        everything: configChanged,
        files,
        lines,
        alwaysReported: new Set([...CHANGE_RULES.map((r) => r.id), CONFIG_RULE.id]),
    };
    return {
        sha: revision.sha,
        via: revision.via,
        result: base,
        changes: diffResolved(base.resolved, options.head.resolved, config, { base: base.unresolved, head: options.head.unresolved }),
        findings: compareWithBase(base, options.head, config, headInputs),
        scope,
        notCompared,
        warnings,
    };
}
/** Rules whose error means the file was not read as a vector at all. */
const UNREADABLE_RULES = new Set(['yaml-syntax', 'unreadable-file']);
/**
 * Each finding marked `new` (the base commit had no finding with its
 * fingerprint) or not. The rules that need the base are about the change
 * itself: always new. Configuration findings stay unmarked (they are about
 * the run, not the vectors). A new version-gap that coverage-lost explains
 * is dropped, and so is coverage-lost that a new unsatisfiable-constraint of
 * the same image explains.
 */
function classifyAgainstBase(comparison, findings) {
    const changeRules = new Set(CHANGE_RULES.map((r) => r.id));
    const vectorFindings = findings.filter((f) => f.rule !== CONFIG_RULE.id && !changeRules.has(f.rule));
    const classified = classifyFindings(vectorFindings, comparison.result.findings);
    const byObject = new Map(vectorFindings.map((f, i) => [f, classified[i]]));
    const marked = findings.map((f) => byObject.get(f) ?? (changeRules.has(f.rule) ? { ...f, new: true } : f));
    return withoutCascades(marked);
}
/**
 * One region, one finding: a new version-gap of an image and architecture
 * that also lost coverage in this change is the same problem, and
 * coverage-lost says more (what resolved there before, and that it is new).
 */
function withoutCascades(findings) {
    const lost = new Set(findings.filter((f) => f.rule === 'coverage-lost' && f.image !== undefined).map((f) => `${f.image}\u0000${f.architecture ?? ''}`));
    // An entry whose constraint matches no Kubernetes version (an image version in targetVersion)
    // is why its image lost coverage: unsatisfiable-constraint is the finding, and only it.
    const unsatisfiable = new Set(findings.filter((f) => f.rule === 'unsatisfiable-constraint' && f.new === true).map((f) => f.image));
    return findings.filter((f) => !(f.rule === 'version-gap' && f.new === true && lost.has(`${f.image ?? ''}\u0000${f.architecture ?? ''}`)) &&
        !(f.rule === 'coverage-lost' && f.image !== undefined && unsatisfiable.has(f.image)));
}
/** Vectors that existed at the base and are gone now (a deleted file loses its coverage too). */
async function deletedVectors(options, warnings) {
    const { revision, workspace, patterns } = options;
    const out = [];
    const taken = new Set();
    // Named files that are gone: read whatever the listing says (none, or an incomplete one).
    if (!revision.paths || revision.partial) {
        for (const file of options.missing ?? []) {
            const content = await revision.read(file.path);
            taken.add(file.path);
            if (content)
                out.push({ path: file.path, kind: file.kind, content });
        }
        if (!revision.paths)
            return out;
    }
    const present = new Set(options.headInputs.map((i) => i.path));
    const gone = revision.paths.filter((p) => !taken.has(p) && !present.has(p) && !external_node_fs_namespaceObject.existsSync(external_node_path_namespaceObject.join(workspace, p)) && !(options.exclude?.(p) ?? false));
    if (!options.byContent) {
        const kinds = [
            ['components', patterns.components],
            ['overwrite', patterns.overwrite],
            ['base', patterns.files],
        ];
        for (const [kind, list] of kinds) {
            if (list.length === 0)
                continue;
            for (const file of selectPaths(gone, list)) {
                if (taken.has(file))
                    continue;
                taken.add(file);
                const content = await revision.read(file);
                if (content)
                    out.push({ path: file, kind, content });
            }
        }
        return out;
    }
    let candidates = gone
        .filter((p) => /\.ya?ml$/i.test(p))
        .filter((p) => !p.split('/').slice(0, -1).some((dir) => SKIPPED_DIRS.has(dir) || dir.startsWith('.')));
    if (revision.via === 'api') {
        // Each read is a request: files named like vectors first, and one read kept for the configuration.
        candidates = [...candidates.filter((p) => VECTOR_LIKE.test(p)), ...candidates.filter((p) => !VECTOR_LIKE.test(p))];
        const room = Math.max(0, Math.min(MAX_DELETED_CANDIDATES, revision.readsLeft() - 1));
        if (candidates.length > room) {
            warnings.push(`${candidates.length - room} of the ${candidates.length} YAML files deleted by this change were not read at the base commit: through the API each is a request, and the action reads at most ${room} more. If one was a vector, name the vectors with \`files\` to compare them.`);
            candidates = candidates.slice(0, room);
        }
    }
    else {
        candidates = candidates.slice(0, MAX_DELETED_CANDIDATES);
    }
    for (const file of candidates) {
        const content = await revision.read(file);
        if (!content)
            continue;
        const kind = classifyText(decode(content), file);
        if (!kind)
            continue;
        if (kind === 'overwrite' && patterns.overwrite.length > 0)
            continue;
        if (kind === 'components' && patterns.components.length > 0)
            continue;
        out.push({ path: file, kind, content });
    }
    return out;
}
/** Paths that look like an image vector (Gardener's names: imagevector/images.yaml, charts/images.yaml, containers.yaml, …). */
const VECTOR_LIKE = /image|vector|container|chart|component|overwrite/i;
function decode(content) {
    return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
}
function sameBytes(a, b) {
    const other = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
    return Buffer.from(a).equals(Buffer.from(other));
}
function sameOptional(a, b) {
    if (!a || !b)
        return !a && !b;
    return sameBytes(a, b);
}

;// CONCATENATED MODULE: ./src/workspace/base-revision.ts


async function openBaseRevision(options) {
    const { workspace, sha, log } = options;
    if (await hasCommit(workspace, sha))
        return gitRevision(workspace, sha);
    const inRepo = await git(workspace, ['rev-parse', '--is-inside-work-tree'], 10_000);
    if (inRepo.ok && options.fetch !== false) {
        log(`Fetching the base commit ${sha.slice(0, 12)} (depth 1).`);
        const fetched = await git(workspace, ['fetch', '--depth=1', '--no-tags', '--quiet', 'origin', sha], 120_000);
        if (fetched.ok && (await hasCommit(workspace, sha)))
            return gitRevision(workspace, sha);
        log(`git could not fetch the base commit (${firstLine(fetched.stderr) || 'no details'}); reading it through the API.`);
    }
    const { fallback } = options;
    if (!fallback)
        return undefined;
    const tree = await listTree(options);
    const present = tree ? new Set(tree.files) : undefined;
    const links = new Set(tree?.links ?? []);
    let used = 0;
    return {
        sha,
        via: 'api',
        paths: tree?.files,
        partial: tree?.truncated,
        readsLeft: () => Math.max(0, options.maxFallbackFiles - used),
        // The contents API answers a link with type `symlink`, which the reader takes as "no file".
        isSymlink: (filePath) => links.has(filePath),
        async read(filePath) {
            if (links.has(filePath))
                return undefined; // never followed
            // A complete listing answers "not there" without a request.
            if (present && !tree.truncated && !present.has(filePath))
                return undefined;
            if (++used > options.maxFallbackFiles) {
                throw new Error(`more than ${options.maxFallbackFiles} files to read through the API`);
            }
            return fallback(filePath, sha);
        },
    };
}
/**
 * The base commit's files through the fallback's one-request listing. A
 * failure or a truncated listing is said, never fatal: what is known is used
 * (files named by `files` are still compared).
 */
async function listTree(options) {
    if (!options.listTree)
        return undefined;
    const warn = options.warn ?? options.log;
    const short = options.sha.slice(0, 12);
    try {
        const tree = await options.listTree(options.sha);
        if (tree.truncated) {
            warn(`The API listed the files of the base commit ${short} only in part (GitHub truncates large trees): discovery at the base is incomplete, so a vector deleted by this change is found only if it is among the ${tree.files.length} files listed or \`files\` names it.`);
        }
        return tree;
    }
    catch (error) {
        warn(`Could not list the files of the base commit ${short} through the API (${error.message}): a vector deleted by this change is found only when \`files\` names it.`);
        return undefined;
    }
}
async function hasCommit(workspace, sha) {
    return (await git(workspace, ['cat-file', '-e', `${sha}^{commit}`], 10_000)).ok;
}
async function gitRevision(workspace, sha) {
    // `<mode> <type> <object>\t<path>` per entry; mode 120000 is a symbolic link.
    const listed = await git(workspace, ['ls-tree', '-r', '-z', '--full-tree', sha]);
    const entries = listed.ok
        ? listed.stdout
            .toString('utf8')
            .split('\0')
            .filter((e) => e.includes('\t'))
            .map((e) => ({ mode: e.slice(0, e.indexOf(' ')), path: e.slice(e.indexOf('\t') + 1) }))
        : undefined;
    const paths = entries?.map((e) => e.path);
    const present = paths ? new Set(paths) : undefined;
    const links = new Set(entries?.filter((e) => e.mode === '120000').map((e) => e.path) ?? []);
    return {
        sha,
        via: 'git',
        paths,
        readsLeft: () => Infinity,
        isSymlink: (filePath) => links.has(filePath),
        async read(filePath) {
            if (present && !present.has(filePath))
                return undefined;
            if (links.has(filePath))
                return undefined; // never followed
            const shown = await git(workspace, ['cat-file', 'blob', `${sha}:${filePath}`]);
            if (shown.ok)
                return new Uint8Array(shown.stdout);
            if (!present)
                return undefined; // no listing: take a failure as "not there"
            throw new Error(`git could not read ${filePath} at ${sha.slice(0, 12)}: ${firstLine(shown.stderr)}`);
        },
    };
}
function firstLine(s) {
    return s.split('\n')[0] ?? '';
}
/**
 * The revision seen from a folder of the repository (`prefix`, as `git rev-parse --show-prefix`
 * prints it: POSIX, ending in `/`, or empty): paths are relative to that folder, as a command
 * run there names them. A path that leaves the repository did not exist there.
 */
function fromFolder(revision, prefix) {
    if (prefix === '')
        return revision;
    const toRoot = (p) => {
        const joined = external_node_path_namespaceObject.posix.normalize(`${prefix}${p}`);
        return joined.startsWith('../') || joined === '..' || external_node_path_namespaceObject.posix.isAbsolute(joined) ? undefined : joined;
    };
    return {
        sha: revision.sha,
        via: revision.via,
        paths: revision.paths?.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)),
        partial: revision.partial,
        readsLeft: () => revision.readsLeft(),
        isSymlink(filePath) {
            const inRepo = toRoot(filePath);
            return inRepo !== undefined && revision.isSymlink(inRepo);
        },
        async read(filePath) {
            const inRepo = toRoot(filePath);
            return inRepo === undefined ? undefined : revision.read(inRepo);
        },
    };
}

;// CONCATENATED MODULE: ./src/workspace/change-scope.ts
const EVERYTHING = {
    everything: true,
    files: new Set(),
    lines: new Map(),
    alwaysReported: new Set(),
};
/** 0: on a changed line, 1: in a changed file, 2: elsewhere. */
function changeRank(scope, finding) {
    if (scope.alwaysReported.has(finding.rule))
        return 0;
    if (scope.everything)
        return 1;
    if (scope.lines.get(finding.file)?.has(finding.line))
        return 0;
    return scope.files.has(finding.file) ? 1 : 2;
}
function isInScope(scope, finding) {
    return changeRank(scope, finding) < 2;
}

;// CONCATENATED MODULE: ./src/workspace/lint-run.ts





// One lint run, the same for the action and the command line: lint the head,
// compare it with the base commit when there is one, and split the findings
// into what the change is answerable for and the rest. The adapters only
// gather the inputs (discovery, configuration) and present the result.
/** new: what the change introduces (the default); changed: findings in changed files and what the change breaks; all. */
const REPORT_MODES = ['new', 'changed', 'all'];
/** The base commit, opened once (the action reads its configuration from it with `config-from: base`). */
async function openBase(base, context) {
    if (!base)
        return { note: context.noBaseNote };
    const short = base.sha.slice(0, 12);
    try {
        const revision = await openBaseRevision({
            workspace: context.workspace,
            sha: base.sha,
            fallback: base.fallback,
            maxFallbackFiles: base.maxFallbackFiles ?? 0,
            listTree: base.listTree,
            fetch: base.fetch,
            log: context.log,
            warn: context.warn,
        });
        if (revision)
            return { revision: fromFolder(revision, base.folder ?? '') };
        const note = `The base commit ${short} could not be read (${base.unreadableHint}): every file counts as changed.`;
        context.warn(note);
        return { note };
    }
    catch (error) {
        const note = `Could not read the base commit ${short}: ${error.message}. Every file counts as changed.`;
        context.warn(note);
        return { note };
    }
}
async function runLint(options) {
    const { revision } = options.base;
    let head;
    let headInputs = options.headInputs;
    if (options.onRows && !revision)
        head = { ...lintStream(headInputs, options.config, options.onRows), resolved: [] };
    else {
        // The comparison reads the head's bytes (line diffs, vanished files): every file read once, up front.
        if (revision)
            headInputs = headInputs.map(clusters_readInput);
        head = lint(headInputs, options.config);
    }
    const { comparison, note } = await compare(options, head, headInputs);
    const scope = comparison?.scope ?? EVERYTHING;
    const found = [...options.configFindings, ...head.findings, ...(comparison?.findings ?? [])];
    // Each finding is new or was already at the base (by fingerprint, not line numbers).
    const all = comparison ? classifyAgainstBase(comparison, found).map((f) => onTouchedLine(scope, f)) : found;
    const mode = options.report;
    const isReported = (f) => (mode === 'all' ? true : mode === 'changed' ? isInScope(scope, f) : f.new !== false);
    const reported = [];
    const unreported = [];
    for (const finding of all)
        (isReported(finding) ? reported : unreported).push(finding);
    return { head, comparison, baseNote: note, all, scope, reported, unreported };
}
/**
 * A finding about several places (the two borders of a gap) moved to the
 * first of its other places the change touched, when it did not touch the
 * finding's own line: the annotation then shows in the diff.
 */
function onTouchedLine(scope, finding) {
    if (!finding.alsoAt || scope.everything)
        return finding;
    const touched = (file, line) => scope.lines.get(file)?.has(line) === true;
    if (touched(finding.file, finding.line))
        return finding;
    const other = finding.alsoAt.find((a) => touched(a.file, a.line));
    if (!other)
        return finding;
    const alsoAt = [{ file: finding.file, line: finding.line, column: finding.column }, ...finding.alsoAt.filter((a) => a !== other)];
    return { ...finding, file: other.file, line: other.line, column: other.column, alsoAt };
}
async function compare(options, head, headInputs) {
    const { revision } = options.base;
    if (!revision)
        return { note: options.base.note };
    try {
        const comparison = await compareToBase({
            revision,
            workspace: options.workspace,
            patterns: options.patterns,
            byContent: options.byContent,
            config: options.config,
            configFile: options.configFile,
            configContent: options.configContent,
            headInputs,
            head,
            missing: options.missing,
            exclude: options.exclude,
        });
        for (const warning of comparison.warnings)
            options.warn(warning);
        return { comparison };
    }
    catch (error) {
        const note = `Could not compare with the base commit ${revision.sha.slice(0, 12)}: ${error.message}. Every file counts as changed.`;
        options.warn(note);
        return { note };
    }
}

;// CONCATENATED MODULE: ./src/reporters/resolved-rows.ts
// Presentation of the resolved table shared by the text and Markdown
// reporters. The engine gives one row per architecture; people read a row
// that holds for amd64 and arm64 alike more easily as one row.
function intervalsKey(intervals) {
    return intervals.map((i) => `${i.lo}-${i.hi ?? ''}`).join(',');
}
/** Rows identical but for the architecture become one row, architectures joined with ", ". */
function resolved_rows_mergeArchitectures(rows) {
    const merged = new Map();
    for (const row of rows) {
        const key = [
            row.image,
            intervalsKey(row.runtimeVersion),
            intervalsKey(row.targetVersion),
            row.imageString,
            row.source.file,
            row.source.line,
            row.source.component ?? '',
        ].join('\u0000');
        const existing = merged.get(key);
        if (existing)
            existing.architecture += `, ${row.architecture}`;
        else
            merged.set(key, { ...row, source: { ...row.source } });
    }
    return [...merged.values()];
}
/** Whether no row constrains the runtime version (then the column says nothing). */
function runtimeUnconstrained(rows) {
    return rows.every((row) => row.runtimeVersion.length === 1 && row.runtimeVersion[0].lo === '0.0.0' && row.runtimeVersion[0].hi === null);
}

;// CONCATENATED MODULE: ./src/reporters/markdown-escape.ts
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

/** Zero-width space as a character reference. */
const ZERO_WIDTH_SPACE = '&#8203;';
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
// C0 and C1 controls (line breaks are handled above) and the bidirectional embedding,
// override and isolate controls, which can make text display differently from what it is.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function flatten(text) {
    return text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '\uFFFD');
}
const BACKSLASHED = new Set(['\\', '|', '`', '*', '_', '[', ']', '~', '$']);
function isDigitAt(text, index) {
    const c = text.charCodeAt(index);
    return c >= 0x30 && c <= 0x39;
}
/**
 * Text for a GFM table cell (also fine for headings and paragraphs): one line, no HTML, no
 * Markdown, no mentions or issue references; it renders as the original text.
 */
function escapeTableCell(text) {
    const flat = flatten(text);
    let out = '';
    for (let i = 0; i < flat.length; i++) {
        const ch = flat[i];
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
    return workflow_commands_neutralizeWorkflowCommandsInMarkdown(out);
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
function codeSpan(text, options = {}) {
    let content = flatten(text);
    if (content.length === 0)
        return '';
    // (A code span starts with a backtick, so `::` inside is never at a line start.)
    if (containsCommandPrefix(content))
        return `<code>${escapeTableCell(content)}</code>`;
    if (options.inTable ?? true)
        content = content.replace(/\|/g, '\\|');
    let longest = 0;
    let run = 0;
    for (let i = 0; i < content.length; i++) {
        if (content.charCodeAt(i) === 0x60) {
            run++;
            if (run > longest)
                longest = run;
        }
        else
            run = 0;
    }
    const fence = '`'.repeat(longest + 1);
    const pad = content.startsWith('`') ||
        content.endsWith('`') ||
        (content.startsWith(' ') && content.endsWith(' ') && content.trim().length > 0);
    return pad ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}

;// CONCATENATED MODULE: ./src/reporters/changes-markdown.ts





function changes_markdown_isAny(intervals) {
    return intervals.length === 1 && intervals[0].lo === '0.0.0' && intervals[0].hi === null;
}
function versions(intervals) {
    return changes_markdown_isAny(intervals) ? 'any' : formatIntervalList(intervals);
}
/**
 * Changes that differ only in the architecture become one row naming all of
 * them; then rows that differ only in the target range (same image, same
 * change, same architectures and runtime) become one row with the ranges
 * joined. The order is that of first appearance.
 */
function changeRows(changes) {
    const byArch = new Map();
    for (const c of changes) {
        const key = JSON.stringify([c.source.file, c.kind, c.wholeImage, c.image, c.component ?? null, c.runtimeVersion, c.targetVersion, c.before ?? null, c.after ?? null]);
        const row = byArch.get(key);
        if (row) {
            if (!row.architectures.includes(c.architecture))
                row.architectures.push(c.architecture);
            continue;
        }
        const out = {
            file: c.source.file,
            kind: c.kind,
            wholeImage: c.wholeImage,
            image: c.image,
            architectures: [c.architecture],
            runtimeVersion: c.runtimeVersion,
            targetVersion: c.targetVersion,
        };
        if (c.component !== undefined)
            out.component = c.component;
        if (c.before !== undefined)
            out.before = c.before;
        if (c.after !== undefined)
            out.after = c.after;
        byArch.set(key, out);
    }
    const byRange = new Map();
    for (const row of byArch.values()) {
        const key = JSON.stringify([row.file, row.kind, row.wholeImage, row.image, row.component ?? null, row.architectures, row.runtimeVersion, row.before ?? null, row.after ?? null]);
        const existing = byRange.get(key);
        if (!existing) {
            byRange.set(key, { ...row });
            continue;
        }
        const a = release_set_fromVersionIntervals(existing.targetVersion);
        const joined = unionSets(a, release_set_fromVersionIntervals(row.targetVersion));
        if (!setsEqual(a, joined))
            existing.targetVersion = release_set_toVersionIntervals(joined);
    }
    return [...byRange.values()];
}
/** Flags of a changed reference: what a reviewer should look at. */
function changeFlags(before, after) {
    const c = referenceChange(before, after);
    const flags = [];
    if (c.lowerTag)
        flags.push('lower tag');
    if (c.registryChanged)
        flags.push('other registry');
    else if (c.repositoryChanged)
        flags.push('other repository');
    if (c.tagDigestSwitch)
        flags.push('tag ↔ digest');
    return flags;
}
function changeCell(row) {
    if (row.kind === 'changed' && row.before !== undefined && row.after !== undefined) {
        const parts = changedParts(row.before, row.after);
        const flags = changeFlags(row.before, row.after);
        return `${codeSpan(parts.before)} → ${codeSpan(parts.after)}${flags.length > 0 ? ` ⚠️ ${flags.join(', ')}` : ''}`;
    }
    if (row.kind === 'added')
        return `${row.wholeImage ? '🆕 new image' : '➕ resolves now'}: ${codeSpan(row.after ?? '')}`;
    return `${row.wholeImage ? '🗑️ image removed' : '⚠️ no longer resolves'} (was ${codeSpan(shortReference(row.before ?? ''))})`;
}
/** The tag (or digest) of a reference, when there is one; else the whole reference. */
function shortReference(reference) {
    const parts = changedParts(reference, reference);
    return parts.before === '' ? reference : parts.before;
}
function imageCell(row) {
    const name = escapeTableCell(row.image);
    return row.component === undefined ? name : `${name} (component ${escapeTableCell(row.component)})`;
}
/** The vector files of the rows, in order of first appearance. */
function files(rows) {
    return [...new Set(rows.map((r) => r.file))];
}
/**
 * `| Image | Kubernetes | Change |`, plus `Arch` when the rows' architectures
 * differ and `Runtime` when some row constrains the runtime version; one
 * table per vector file (each under its path) when there are several. `''`
 * when nothing changed.
 */
function renderChangesTable(changes, options = {}) {
    const rows = changeRows(changes);
    if (rows.length === 0)
        return '';
    const max = options.maxRows === undefined ? rows.length : Math.max(0, Math.min(rows.length, Math.floor(options.maxRows)));
    const hidden = rows.length - max;
    const more = `… ${hidden} more ${hidden === 1 ? 'row' : 'rows'}`;
    if (max === 0)
        return more;
    const withArch = new Set(rows.map((r) => r.architectures.join(', '))).size > 1;
    const withRuntime = rows.some((r) => !changes_markdown_isAny(r.runtimeVersion));
    const header = ['Image', ...(withArch ? ['Arch'] : []), ...(withRuntime ? ['Runtime'] : []), 'Kubernetes', 'Change'];
    const shown = rows.slice(0, max);
    const grouped = files(rows).length > 1;
    const tables = [];
    for (const file of files(shown)) {
        const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
        for (const row of shown.filter((r) => r.file === file)) {
            const cells = [
                imageCell(row),
                ...(withArch ? [escapeTableCell(row.architectures.join(', '))] : []),
                ...(withRuntime ? [escapeTableCell(versions(row.runtimeVersion))] : []),
                escapeTableCell(versions(row.targetVersion)),
                changeCell(row),
            ];
            lines.push(`| ${cells.join(' | ')} |`);
        }
        tables.push(grouped ? `${codeSpan(file, { inTable: false })}\n\n${lines.join('\n')}` : lines.join('\n'));
    }
    const text = tables.join('\n\n');
    return workflow_commands_neutralizeWorkflowCommandsInMarkdown(hidden > 0 ? `${text}\n\n${more}` : text);
}
/** Number of rows renderChangesTable shows for these changes. */
function countChangeRows(changes) {
    return changeRows(changes).length;
}
/** One line: how many images changed, and in which file when there is one. */
function renderChangesSummary(changes) {
    const rows = changeRows(changes);
    if (rows.length === 0)
        return 'No change to the resolved images.';
    const images = new Set(rows.map((r) => `${r.component ?? ''}\u0000${r.image}`)).size;
    const where = files(rows);
    const inFiles = where.length === 1 ? ` in ${codeSpan(where[0], { inTable: false })}` : ` in ${where.length} vector files`;
    const what = `${images} ${images === 1 ? 'image resolves' : 'images resolve'} differently${inFiles}`;
    return rows.length === images ? `${what}:` : `${what} (${rows.length} ${rows.length === 1 ? 'row' : 'rows'}):`;
}
/** "Compared with the base commit `0123456789ab`: 1 vector file changed." */
function renderComparedWith(view) {
    const n = view.changedFiles;
    const changed = view.everything
        ? 'the configuration changed, so every file counts as changed'
        : `${n} vector ${n === 1 ? 'file' : 'files'} changed`;
    return `Compared with the base commit ${codeSpan(view.sha.slice(0, 12), { inTable: false })}: ${changed}.`;
}
/** The heading, the one-line summary and the table (at most `maxRows` rows) of what the change does: the job summary's section and the CLI's. */
function renderChangesSection(changes, options = {}) {
    return (`#### What this change does to the resolved images\n\n${renderChangesSummary(changes)}` +
        (changes.length > 0 ? `\n\n${renderChangesTable(changes, options)}` : ''));
}

;// CONCATENATED MODULE: ./src/reporters/json.ts

function summarize(findings) {
    const summary = { errors: 0, warnings: 0, notices: 0 };
    for (const finding of findings) {
        if (finding.severity === 'error')
            summary.errors++;
        else if (finding.severity === 'warning')
            summary.warnings++;
        else
            summary.notices++;
    }
    return summary;
}
/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** File, line, column, rule, then severity and message, so that the order is total. */
function compareFindings(a, b) {
    return (compareStrings(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareStrings(a.rule, b.rule) ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compareStrings(a.message, b.message));
}
function json_sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** The full range [0.0.0, ∞): the entry does not constrain this version. */
function isAnyVersion(intervals) {
    return intervals.length === 1 && intervals[0]?.lo === '0.0.0' && intervals[0].hi === null;
}
function toJsonReport(result, options = {}) {
    // The order the report is written in (see JsonReportStream): the rows as the run gives them, what needs every file last.
    const report = {
        version: 1,
        resolved: result.resolved.map(jsonRow),
        files: result.files.map(jsonFile),
        findings: json_sortFindings(result.findings).map(jsonFinding),
        summary: summarize(result.findings),
    };
    if (options.changes)
        report.changes = options.changes.map(jsonChange);
    return report;
}
function jsonFinding(f) {
    return {
        rule: f.rule,
        severity: f.severity,
        file: f.file,
        line: f.line,
        column: f.column,
        ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
        ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
        message: f.message,
        ...(f.new !== undefined ? { new: f.new } : {}),
    };
}
function jsonRow(row) {
    const source = {
        file: row.source.file,
        line: row.source.line,
        column: row.source.column,
        kind: row.source.kind,
    };
    if (row.source.component !== undefined)
        source.component = row.source.component;
    const out = {
        image: row.image,
        architecture: row.architecture,
        runtimeVersion: row.runtimeVersion.map(({ lo, hi }) => ({ lo, hi })),
        targetVersion: row.targetVersion.map(({ lo, hi }) => ({ lo, hi })),
        imageString: row.imageString,
        source,
    };
    if (row.disallowedRegistry)
        out.disallowedRegistry = true;
    return out;
}
/**
 * The texts of the last few sources written (no WeakMap: tens of thousands of
 * ephemeron keys cost the garbage collector more than the text saves): the
 * rows of an entry come close together, one per architecture and region.
 */
const RECENT = 8;
const recentSources = new Array(RECENT).fill(undefined);
const recentTexts = new Array(RECENT).fill(undefined);
let recentNext = 0;
const ANY_VERSION_TEXT = '[\n        {\n          "lo": "0.0.0",\n          "hi": null\n        }\n      ]';
/**
 * `jsonRow(row)` as an element of the resolved list (JSON.stringify with 2
 * spaces, 4 spaces in), neutralised (see workflow-commands.ts), written
 * directly: no intermediate object, and what the rows of one entry share
 * (image, image string, source) written once per entry. Anything unusual (a
 * value JSON.stringify would write otherwise) goes through JSON.stringify
 * itself.
 *
 * Each string is neutralised alone, which is the same as neutralising the
 * row: both patterns run over spaces and ignorable characters only, and a
 * string's quotes are neither, so no match crosses a quote (the keys and
 * the punctuation between the strings hold no ':' followed by ':' and no '#').
 */
function rowText(row) {
    const source = row.source;
    const runtime = intervalsText(row.runtimeVersion);
    const target = intervalsText(row.targetVersion);
    if (typeof source !== 'object' || source === null || runtime === undefined || target === undefined || typeof row.architecture !== 'string')
        return generalRowText(row);
    let at = recentSources.indexOf(source);
    let shared = at < 0 ? undefined : recentTexts[at];
    if (shared === undefined ||
        shared.image !== row.image ||
        shared.imageString !== row.imageString ||
        shared.file !== source.file ||
        shared.line !== source.line ||
        shared.column !== source.column ||
        shared.kind !== source.kind ||
        shared.component !== source.component) {
        shared = entryText(row);
        if (shared === undefined)
            return generalRowText(row);
        if (at < 0) {
            at = recentNext;
            recentNext = (recentNext + 1) % RECENT;
            recentSources[at] = source;
        }
        recentTexts[at] = shared;
    }
    return `${shared.head}${architectureText(row.architecture)},\n      "runtimeVersion": ${runtime},\n      "targetVersion": ${target}${shared.tail}${row.disallowedRegistry ? ',\n      "disallowedRegistry": true\n    }' : '\n    }'}`;
}
function generalRowText(row) {
    return neutralizeWorkflowCommands(json_elements([jsonRow(row)]));
}
// The last two architectures' texts (the rows of an image alternate between a few: amd64 and arm64 nearly always).
let architectureA = '';
let architectureAText = '""';
let architectureB = '';
let architectureBText = '""';
function architectureText(architecture) {
    if (architecture === architectureA)
        return architectureAText;
    if (architecture === architectureB)
        return architectureBText;
    architectureB = architectureA;
    architectureBText = architectureAText;
    architectureA = architecture;
    return (architectureAText = stringText(architecture));
}
// The last file's text (the entries of a file come together).
let lastFile = '';
let lastFileText = '""';
function fileText(file) {
    if (file !== lastFile) {
        lastFileText = stringText(file);
        lastFile = file;
    }
    return lastFileText;
}
/** What JSON.stringify escapes (quote, backslash, controls) or checks (surrogates, which it escapes when alone). */
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;
/** A string as JSON.stringify writes it, neutralised (quoted as it is when nothing needs escaping: several times faster). */
function stringText(value) {
    return neutralizeWorkflowCommands(NEEDS_ESCAPING.test(value) ? JSON.stringify(value) : `"${value}"`);
}
function entryText(row) {
    const { file, line, column, kind, component } = row.source;
    if (typeof row.image !== 'string' || typeof row.imageString !== 'string' || typeof file !== 'string' || typeof kind !== 'string')
        return undefined;
    // A finite number's text is JSON.stringify's (-0 included: both write 0).
    if (!Number.isFinite(line) || !Number.isFinite(column) || (component !== undefined && typeof component !== 'string'))
        return undefined;
    return {
        image: row.image,
        imageString: row.imageString,
        file,
        line,
        column,
        kind,
        component,
        head: `    {\n      "image": ${stringText(row.image)},\n      "architecture": `,
        tail: `,\n      "imageString": ${stringText(row.imageString)},\n      "source": {\n        "file": ${fileText(file)},\n        "line": ${line},` +
            `\n        "column": ${column},\n        "kind": ${stringText(kind)}${component === undefined ? '' : `,\n        "component": ${stringText(component)}`}\n      }`,
    };
}
/** A row's version list as JSON.stringify writes it 6 spaces in; undefined for anything but strings and null. */
function intervalsText(intervals) {
    if (!Array.isArray(intervals))
        return undefined;
    if (intervals.length === 0)
        return '[]';
    if (intervals.length === 1) {
        const { lo, hi } = intervals[0];
        if (lo === '0.0.0' && hi === null)
            return ANY_VERSION_TEXT;
    }
    let text = '[';
    for (let i = 0; i < intervals.length; i++) {
        const { lo, hi } = intervals[i];
        if (typeof lo !== 'string' || (hi !== null && typeof hi !== 'string'))
            return undefined;
        text += `${i === 0 ? '' : ','}\n        {\n          "lo": ${stringText(lo)},\n          "hi": ${hi === null ? 'null' : stringText(hi)}\n        }`;
    }
    return `${text}\n      ]`;
}
function jsonFile(file) {
    const out = { path: file.path, kind: file.kind, entries: file.entries };
    if (file.skipped !== undefined)
        out.skipped = file.skipped;
    return out;
}
function jsonChange(c) {
    const out = {
        kind: c.kind,
        wholeImage: c.wholeImage,
        image: c.image,
        architecture: c.architecture,
        runtimeVersion: c.runtimeVersion.map(({ lo, hi }) => ({ lo, hi })),
        targetVersion: c.targetVersion.map(({ lo, hi }) => ({ lo, hi })),
        source: {
            file: c.source.file,
            line: c.source.line,
            column: c.source.column,
            kind: c.source.kind,
            ...(c.source.component !== undefined ? { component: c.source.component } : {}),
        },
    };
    if (c.component !== undefined)
        out.component = c.component;
    if (c.before !== undefined)
        out.before = c.before;
    if (c.after !== undefined)
        out.after = c.after;
    return out;
}
/**
 * The JSON report, pretty-printed (2 spaces), without a final newline (as JSON.stringify).
 * `##[` in a string is written `\u0023#[` (the same string to a parser, no workflow command
 * to the runner when the report is printed).
 */
function formatJson(result, options = {}) {
    let out = '';
    for (const chunk of formatJsonChunks(result, options))
        out += chunk;
    return out;
}
/** Elements per piece of the report. */
const ELEMENTS_PER_CHUNK = 1000;
/**
 * formatJson's text in pieces, for writing a report of any size (one string
 * holds at most 2^29 characters, and a whole report in memory is several
 * times the size of the results): the same bytes as JSON.stringify with
 * 2-space indentation, a thousand elements at a time.
 */
function* formatJsonChunks(result, options = {}) {
    const pieces = [];
    const stream = new JsonReportStream((text) => pieces.push(text));
    for (let i = 0; i < result.resolved.length; i += ELEMENTS_PER_CHUNK) {
        stream.rows(result.resolved.slice(i, i + ELEMENTS_PER_CHUNK));
        yield* pieces.splice(0);
    }
    for (const piece of stream.endPieces(result, options))
        yield piece;
}
/**
 * The JSON report written as the run goes: the resolved rows as each cluster
 * of files gives them (a run that writes them holds none), then, once every
 * file is linted, the files, the findings (sorted) and the summary. That is
 * why the resolved table comes before the findings in the report. Each piece
 * is whole lines, neutralised alone (the same as neutralising the report).
 */
class JsonReportStream {
    write;
    opened = false;
    constructor(write) {
        this.write = write;
    }
    /** Rows of the resolved table, in its order. */
    rows(rows) {
        for (let i = 0; i < rows.length; i += ELEMENTS_PER_CHUNK) {
            // Each row's text is neutralised already (see rowText); what joins them holds no ':' or '#'.
            let text = this.opened ? ',\n' : '{\n  "version": 1,\n  "resolved": [\n';
            const end = Math.min(rows.length, i + ELEMENTS_PER_CHUNK);
            for (let j = i; j < end; j++)
                text += j === i ? rowText(rows[j]) : `,\n${rowText(rows[j])}`;
            this.write(text);
            this.opened = true;
        }
    }
    /** The rest of the report (the rows of `result.resolved` too, if any were not written yet). */
    end(result, options = {}) {
        for (const piece of this.endPieces(result, options))
            this.write(piece);
    }
    *endPieces(result, options) {
        if (result.resolved && result.resolved.length > 0)
            this.rows(result.resolved);
        yield neutralizeWorkflowCommands(this.opened ? '\n  ],\n' : '{\n  "version": 1,\n  "resolved": [],\n');
        this.opened = true;
        yield* list('files', result.files, jsonFile, false);
        yield* list('findings', json_sortFindings(result.findings), jsonFinding, false);
        const tail = { summary: summarize(result.findings) };
        if (options.changes)
            tail.changes = options.changes.map(jsonChange);
        // Nested one level in the report: JSON.stringify of an object with those keys, without its braces.
        const text = JSON.stringify(tail, null, 2);
        yield neutralizeWorkflowCommands(`${text.slice(2, -2)}\n}`);
    }
}
/** `"key": [ … ]` one level into the report, a thousand elements a piece. */
function* list(key, items, map, last) {
    const comma = last ? '' : ',';
    if (items.length === 0) {
        yield `  ${JSON.stringify(key)}: []${comma}\n`;
        return;
    }
    let head = `  ${JSON.stringify(key)}: [\n`;
    for (let i = 0; i < items.length; i += ELEMENTS_PER_CHUNK) {
        const text = json_elements(items.slice(i, i + ELEMENTS_PER_CHUNK).map(map));
        yield neutralizeWorkflowCommands(`${head}${text}${i + ELEMENTS_PER_CHUNK < items.length ? ',\n' : `\n  ]${comma}\n`}`);
        head = '';
    }
}
/**
 * Elements of a list two levels into the report (4 spaces in), comma-separated, by
 * JSON.stringify itself: the list nested in a list, without the two outer brackets.
 */
function json_elements(values) {
    const text = JSON.stringify([values], null, 2);
    // `[\n  [\n` … `\n  ]\n]`
    return text.slice(6, -6);
}

;// CONCATENATED MODULE: ./src/reporters/text.ts







/** A resolved table longer than this is cut to SHORT_TABLE_ROWS rows unless `table: 'full'`. */
const SHORT_TABLE_MAX = 30;
const SHORT_TABLE_ROWS = 20;
function ansi(open, close) {
    return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}
const text_plain = (text) => text;
const COLORS = {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    underline: ansi(4, 24),
    red: ansi(31, 39),
    yellow: ansi(33, 39),
    green: ansi(32, 39),
    cyan: ansi(36, 39),
};
const NO_COLORS = {
    bold: text_plain,
    dim: text_plain,
    underline: text_plain,
    red: text_plain,
    yellow: text_plain,
    green: text_plain,
    cyan: text_plain,
};
/**
 * One terminal line of untrusted text: line breaks and tabs become spaces; other control
 * characters (ESC would let a file drive the terminal) and bidirectional overrides are shown
 * as `\u001b`-style escapes, and so is the first character of a workflow command (`::` at the
 * start, `##[` anywhere: `\u003a:`, `\u0023#[`), since any cell may start a line.
 */
function sanitizeForTerminal(text) {
    return neutralizeWorkflowCommands(text
        .replace(/\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g, ' ')
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
/** Width in terminal columns, counting code points (good enough for this output). */
function width(text) {
    let n = 0;
    for (const _ of text)
        n++;
    return n;
}
function pad(text, to) {
    return text + ' '.repeat(Math.max(0, to - width(text)));
}
/**
 * The words of `text` in lines that end by column `columns` (a word longer than a line is cut):
 * the first line starts at column `first`, the others at `indent`. At least 10 columns a line.
 */
function wrapWords(text, first, indent, columns) {
    const lines = [];
    let line = '';
    let used = 0;
    let start = first;
    const flush = () => {
        lines.push(line);
        line = '';
        used = 0;
        start = indent;
    };
    for (const word of text.split(' ')) {
        if (word === '')
            continue;
        // Code points, consumed from `at` on: slicing the rest off each time made a long word quadratic.
        const chars = [...word];
        let at = 0;
        while (at < chars.length) {
            const room = Math.max(10, columns - start);
            const left = chars.length - at;
            if ((line === '' ? 0 : used + 1) + left <= room) {
                const rest = at === 0 ? word : chars.slice(at).join('');
                line = line === '' ? rest : `${line} ${rest}`;
                used += (used === 0 ? 0 : 1) + left;
                at = chars.length;
            }
            else if (line !== '')
                flush();
            else {
                line = chars.slice(at, at + room).join('');
                at += room;
                flush();
            }
        }
    }
    if (line !== '' || lines.length === 0)
        lines.push(line);
    return lines;
}
/** Parts two spaces apart, a part never split unless it is longer than a line. */
function wrapParts(parts, first, indent, columns) {
    const lines = [];
    let line = '';
    let start = first;
    for (const part of parts) {
        if (line !== '' && start + width(line) + 2 + width(part) <= columns) {
            line = `${line}  ${part}`;
            continue;
        }
        if (line !== '') {
            lines.push(line);
            start = indent;
        }
        const pieces = wrapWords(part, start, indent, columns);
        for (let i = 0; i < pieces.length - 1; i++)
            lines.push(pieces[i]);
        if (pieces.length > 1)
            start = indent;
        line = pieces[pieces.length - 1];
    }
    lines.push(line);
    return lines;
}
/** `lines` with `tail` after the last one (two spaces apart), or on a line of its own when it does not fit. */
function appendTail(lines, tail, start, indent, columns) {
    const last = lines.length - 1;
    const lastStart = last === 0 ? start : indent;
    if (lastStart + width(lines[last]) + 2 + width(tail) <= columns) {
        lines[last] = `${lines[last]}  ${tail}`;
    }
    else {
        lines.push(tail);
    }
}
function displayPath(file, cwd) {
    if (cwd === undefined || !(0,external_node_path_namespaceObject.isAbsolute)(file))
        return file;
    const rel = (0,external_node_path_namespaceObject.relative)(cwd, file);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel))
        return file;
    return rel.split(external_node_path_namespaceObject.sep).join('/');
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function severityStyle(severity, colors) {
    return severity === 'error' ? colors.red : severity === 'warning' ? colors.yellow : colors.cyan;
}
/** Columns padded to the widest cell; the last column is not padded. */
function alignedRows(rows, style, indent) {
    const widths = [];
    for (const row of rows) {
        row.forEach((cell, i) => {
            widths[i] = Math.max(widths[i] ?? 0, width(cell));
        });
    }
    return rows.map((row, r) => {
        const cells = row.map((cell, i) => {
            const padded = i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0);
            // Style only the text, not the padding, so underlines and backgrounds stay tight.
            const text = padded.slice(0, cell.length);
            return style(r, i)(text) + padded.slice(cell.length);
        });
        return indent + cells.join('  ');
    });
}
function text_versions(intervals) {
    return isAnyVersion(intervals) ? 'any' : formatIntervalList(intervals);
}
/** The whole text report, ending with a newline (it is line-oriented terminal output); empty when quiet and clean. */
function formatText(result, options) {
    const colors = options.color ? COLORS : NO_COLORS;
    const columns = options.width ?? 100;
    const out = [];
    const cwd = options.cwd;
    // Findings, grouped by file in sorted order.
    const groups = new Map();
    for (const finding of json_sortFindings(result.findings)) {
        const group = groups.get(finding.file);
        if (group)
            group.push(finding);
        else
            groups.set(finding.file, [finding]);
    }
    for (const [file, findings] of groups) {
        out.push(colors.underline(sanitizeForTerminal(displayPath(file, cwd))));
        let locationWidth = 0;
        for (const f of findings)
            locationWidth = Math.max(locationWidth, width(`${f.line}:${f.column}`));
        let severityWidth = 0;
        for (const f of findings)
            severityWidth = Math.max(severityWidth, f.severity.length);
        for (const f of findings) {
            const prefix = `  ${pad(`${f.line}:${f.column}`, locationWidth)}  `;
            const start = width(prefix) + severityWidth + 2;
            const rule = sanitizeForTerminal(f.rule);
            // Continuation lines hang under the message, unless that leaves too little room.
            const indent = start <= columns / 3 ? start : 4;
            const lines = wrapWords(sanitizeForTerminal(f.message), start, indent, columns);
            appendTail(lines, rule, start, indent, columns);
            // The rule id is the last word; dim it.
            const last = lines.length - 1;
            lines[last] = `${lines[last].slice(0, -rule.length)}${colors.dim(rule)}`;
            const location = `${f.line}:${f.column}`;
            out.push(`  ${colors.dim(location)}${' '.repeat(locationWidth - width(location))}  ${severityStyle(f.severity, colors)(f.severity)}${' '.repeat(severityWidth - f.severity.length)}  ${lines[0]}`);
            for (let i = 1; i < lines.length; i++)
                out.push(`${' '.repeat(indent)}${lines[i]}`);
        }
        out.push('');
    }
    if (options.quiet)
        return out.length === 0 ? '' : `${out.join('\n')}\n`;
    const skipped = result.files.filter((file) => file.skipped !== undefined);
    if (skipped.length > 0) {
        out.push(colors.bold('Not analysed'));
        for (const file of skipped) {
            const name = sanitizeForTerminal(displayPath(file.path, cwd));
            const lines = wrapWords(sanitizeForTerminal(file.skipped ?? ''), 2 + width(name) + 2, 6, columns);
            out.push(`  ${name}  ${colors.dim(lines[0])}`);
            for (let i = 1; i < lines.length; i++)
                out.push(`      ${colors.dim(lines[i])}`);
        }
        out.push('');
    }
    const summary = summarize(result.findings);
    const parts = [];
    if (summary.errors > 0)
        parts.push(plural(summary.errors, 'error'));
    if (summary.warnings > 0)
        parts.push(plural(summary.warnings, 'warning'));
    if (summary.notices > 0)
        parts.push(plural(summary.notices, 'notice'));
    if (parts.length === 0)
        out.push(colors.green('✔ no problems'));
    else {
        const style = summary.errors > 0 ? colors.red : summary.warnings > 0 ? colors.yellow : colors.cyan;
        out.push(colors.bold(style(`✖ ${parts.join(', ')}`)));
    }
    for (const note of options.notes ?? [])
        for (const line of wrapWords(sanitizeForTerminal(note), 0, 2, columns))
            out.push(line);
    const outside = resolved_rows_mergeArchitectures(result.resolved).filter((row) => row.disallowedRegistry).length;
    if (outside > 0) {
        const text = `✖ ${outside === 1 ? '1 resolved image comes' : `${outside} resolved images come`} from a registry outside registries.allowed (marked ✖ below)`;
        for (const line of wrapWords(text, 0, 2, columns))
            out.push(colors.red(line));
    }
    if (options.base) {
        out.push('');
        appendChanges(out, options.base, colors, columns, cwd);
    }
    if (result.resolved.length > 0 && options.table !== 'none') {
        out.push('');
        appendResolved(out, result.resolved, colors, columns, cwd, options.table === 'full');
    }
    // Every cell is neutralised already (sanitizeForTerminal); this pass only guarantees it.
    return neutralizeWorkflowCommands(`${out.join('\n')}\n`);
}
function changeLabel(row) {
    if (row.kind === 'changed')
        return 'changed';
    if (row.kind === 'added')
        return row.wholeImage ? 'new image' : 'resolves now';
    return row.wholeImage ? 'image removed' : 'no longer resolves';
}
/** The same rows as the Markdown change table (changeRows), one entry each: what, where, then the reference. */
function appendChanges(out, base, colors, columns, cwd) {
    const n = base.changedFiles;
    const changed = base.everything ? 'the configuration changed, so every file counts as changed' : `${plural(n, 'vector file')} changed`;
    for (const line of wrapWords(`Compared with ${base.sha.slice(0, 12)}: ${changed}.`, 0, 2, columns))
        out.push(colors.bold(line));
    const rows = changeRows(base.changes);
    if (rows.length === 0) {
        out.push('No change to the resolved images.');
        return;
    }
    for (const row of rows) {
        const label = changeLabel(row);
        const where = [
            label,
            sanitizeForTerminal(row.image) + (row.component === undefined ? '' : ` (component ${sanitizeForTerminal(row.component)})`),
            sanitizeForTerminal(row.architectures.join(', ')),
            ...(isAnyVersion(row.runtimeVersion) ? [] : [`runtime ${text_versions(row.runtimeVersion)}`]),
            `target ${text_versions(row.targetVersion)}`,
            sanitizeForTerminal(displayPath(row.file, cwd)),
        ];
        const style = row.kind === 'removed' ? colors.red : row.kind === 'added' ? colors.green : colors.yellow;
        // Two spaces between the parts; the label keeps its colour.
        const lines = wrapParts(where, 2, 6, columns);
        out.push(`  ${style(label)}${lines[0].slice(label.length)}`);
        for (let i = 1; i < lines.length; i++)
            out.push(`      ${lines[i]}`);
        let what;
        if (row.kind === 'changed' && row.before !== undefined && row.after !== undefined) {
            // Only the part of the reference that changed, flagged as in the Markdown table.
            const parts = changedParts(row.before, row.after);
            const flags = changeFlags(row.before, row.after);
            what = `${sanitizeForTerminal(parts.before)} → ${sanitizeForTerminal(parts.after)}${flags.length > 0 ? `  (${flags.join(', ')})` : ''}`;
        }
        else {
            what = sanitizeForTerminal(row.after ?? row.before ?? '');
        }
        for (const line of wrapWords(what, 6, 6, columns))
            out.push(`      ${line}`);
    }
}
function appendResolved(out, all, colors, columns, cwd, full) {
    const resolved = resolved_rows_mergeArchitectures(all);
    const shown = full || resolved.length <= SHORT_TABLE_MAX ? resolved : resolved.slice(0, SHORT_TABLE_ROWS);
    const showRuntime = !runtimeUnconstrained(resolved);
    // A column whose value is the same in every row is said once, in the heading.
    const architectures = new Set(resolved.map((r) => r.architecture));
    const files = new Set(resolved.map((r) => r.source.file));
    const oneArchitecture = architectures.size === 1 && resolved.length > 1 ? resolved[0].architecture : undefined;
    const oneFile = files.size === 1 && resolved.length > 1 ? resolved[0].source.file : undefined;
    const facts = [
        plural(resolved.length, 'row'),
        ...(oneArchitecture === undefined ? [] : [`architectures ${sanitizeForTerminal(oneArchitecture)}`]),
        ...(oneFile === undefined ? [] : [`source ${sanitizeForTerminal(displayPath(oneFile, cwd))}`]),
    ];
    for (const line of wrapWords(`Resolved images (${facts.join('; ')})`, 0, 2, columns))
        out.push(colors.bold(line));
    const header = [
        'image',
        ...(oneArchitecture === undefined ? ['architecture'] : []),
        ...(showRuntime ? ['runtime'] : []),
        'target',
        oneFile === undefined ? 'source' : 'line',
        'image string',
    ];
    const cells = shown.map((row) => [
        sanitizeForTerminal(row.image),
        ...(oneArchitecture === undefined ? [sanitizeForTerminal(row.architecture)] : []),
        ...(showRuntime ? [text_versions(row.runtimeVersion)] : []),
        text_versions(row.targetVersion),
        sanitizeForTerminal((oneFile === undefined ? `${displayPath(row.source.file, cwd)}:${row.source.line}` : String(row.source.line)) +
            (row.source.component === undefined ? '' : ` (component ${row.source.component})`)),
        (row.disallowedRegistry ? '✖ ' : '') + sanitizeForTerminal(row.imageString),
    ]);
    const lines = alignedRows([header, ...cells], (r) => (r === 0 ? colors.dim : text_plain), '  ');
    const plainLines = alignedRows([header, ...cells], () => text_plain, '  ');
    if (plainLines.every((line) => width(line) <= columns)) {
        for (const line of lines)
            out.push(line);
    }
    else {
        // Too wide for the terminal: the image string goes on a line of its own under its row.
        const keys = alignedRows([header.slice(0, -1), ...cells.map((c) => c.slice(0, -1))], (r) => (r === 0 ? colors.dim : text_plain), '  ');
        out.push(keys[0]);
        out.push(colors.dim(`      ${header[header.length - 1]}`));
        cells.forEach((row, i) => {
            out.push(keys[i + 1]);
            for (const line of wrapWords(row[row.length - 1], 6, 6, columns))
                out.push(`      ${line}`);
        });
    }
    if (shown.length < resolved.length) {
        const hidden = resolved.length - shown.length;
        out.push(colors.dim(`  … ${plural(hidden, 'more row')}: --table full prints them all (or --format json, --format markdown).`));
    }
}

;// CONCATENATED MODULE: ./src/reporters/sarif.ts

// node:crypto is loaded only for a SARIF report (the other formats never hash).
// (nodeModule.createRequire, not a named import: the bundler would rewrite that call away.)
let sarif_crypto;
const createHash = (algorithm) => (sarif_crypto ??= external_node_module_default().createRequire(__ivl_import_meta_url)('node:crypto')).createHash(algorithm);




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function ruleLevel(severity) {
    if (severity === 'error' || severity === 'warning')
        return { level: severity };
    if (severity === 'notice' || severity === 'note')
        return { level: 'note' };
    if (severity === 'off' || severity === 'none')
        return { level: 'none', enabled: false };
    return { level: 'warning' };
}
/**
 * A relative URI with forward slashes (each segment percent-encoded) when the path is relative
 * or under `root`; otherwise a `file://` URI. `uriBaseId` is set only for relative ones.
 */
function artifactLocation(file, root) {
    let path = file;
    if ((0,external_node_path_namespaceObject.isAbsolute)(path) && root !== undefined) {
        const rel = (0,external_node_path_namespaceObject.relative)(root, path);
        if (rel !== '' && !rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel))
            path = rel.split(external_node_path_namespaceObject.sep).join('/');
    }
    path = path.replace(/\\/g, '/');
    const encode = (p) => p.split('/').map(encodeURIComponent).join('/');
    if ((0,external_node_path_namespaceObject.isAbsolute)(path) || /^[A-Za-z]:\//.test(path)) {
        const abs = path.startsWith('/') ? path : `/${path}`;
        return { uri: `file://${encode(abs)}` };
    }
    while (path.startsWith('./'))
        path = path.slice(2);
    return { uri: encode(path), uriBaseId: SRCROOT };
}

function fingerprintKey(finding, uri) {
    return [finding.rule, uri, normalizeMessageForFingerprint(finding.message)].join('\u0000');
}
function region(finding) {
    const out = { startLine: Math.max(1, finding.line) };
    if (finding.column >= 1)
        out.startColumn = finding.column;
    if (finding.endLine !== undefined && finding.endLine >= out.startLine)
        out.endLine = finding.endLine;
    if (finding.endColumn !== undefined && finding.endColumn >= 1)
        out.endColumn = finding.endColumn;
    return out;
}
function toSarif(result, tool, options = {}) {
    // Rules: the tool's, in its order, then any rule a finding names that the tool did not list.
    const rules = tool.rules.map((rule) => ({
        id: rule.id,
        name: rule.id,
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.description },
        help: { text: `${rule.description}\n\n${rule.helpUri}`, markdown: `${rule.description}\n\n[Documentation](${rule.helpUri})` },
        helpUri: rule.helpUri,
        defaultConfiguration: ruleLevel(rule.severity),
    }));
    const index = new Map();
    rules.forEach((rule, i) => {
        if (!index.has(rule.id))
            index.set(rule.id, i);
    });
    const findings = json_sortFindings(result.findings);
    for (const id of [...new Set(findings.map((f) => f.rule))].sort()) {
        if (index.has(id))
            continue;
        index.set(id, rules.length);
        rules.push({
            id,
            name: id,
            shortDescription: { text: id },
            fullDescription: { text: id },
            help: { text: tool.informationUri, markdown: `[Documentation](${tool.informationUri})` },
            helpUri: tool.informationUri,
            defaultConfiguration: { level: 'warning' },
        });
    }
    const occurrences = new Map();
    const results = findings.map((finding) => {
        const location = artifactLocation(finding.file, options.root);
        const key = fingerprintKey(finding, location.uri);
        const occurrence = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, occurrence);
        const hash = createHash('sha256').update(key).digest('hex');
        return {
            ruleId: finding.rule,
            ruleIndex: index.get(finding.rule),
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [{ physicalLocation: { artifactLocation: location, region: region(finding) } }],
            partialFingerprints: { primaryLocationLineHash: `${hash}:${occurrence}` },
            // Compared with a base commit: whether the change introduced the result.
            ...(finding.new !== undefined ? { baselineState: finding.new ? 'new' : 'unchanged' } : {}),
        };
    });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        ...(SEMVER.test(tool.version) ? { semanticVersion: tool.version } : {}),
                        informationUri: tool.informationUri,
                        rules,
                    },
                },
                results,
            },
        ],
    };
}
/** The SARIF log, pretty-printed (2 spaces), without a final newline; `##[` written `\u0023#[` (see formatJson). */
function formatSarif(result, tool, options = {}) {
    return neutralizeWorkflowCommands(JSON.stringify(toSarif(result, tool, options), null, 2));
}

;// CONCATENATED MODULE: ./src/reporters/markdown.ts






const SEVERITY_LABEL = {
    error: '❌ error',
    warning: '⚠️ warning',
    notice: 'ℹ️ notice',
};
const markdown_SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function markdown_plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function moreRows(hidden) {
    return `… ${hidden} more ${hidden === 1 ? 'row' : 'rows'}`;
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
function table(header, rows, total) {
    const hidden = total - rows.length;
    if (rows.length === 0 && hidden > 0)
        return moreRows(hidden);
    const lines = [tableRow(header), tableRow(header.map(() => '---')), ...rows];
    // A blank line ends the table: a following text line would otherwise become a row.
    return hidden > 0 ? `${lines.join('\n')}\n\n${moreRows(hidden)}` : lines.join('\n');
}
function limit(maxRows, total) {
    if (maxRows === undefined || !Number.isFinite(maxRows))
        return total;
    return Math.max(0, Math.min(total, Math.floor(maxRows)));
}
/**
 * Root causes first (a file that cannot be read: everything else about it is a
 * consequence), then errors (they matter most when the table is cut), then by
 * file, line, column, rule.
 */
function orderFindings(findings) {
    return [...findings].sort((a, b) => rootCauseRank(a) - rootCauseRank(b) || markdown_SEVERITY_RANK[a.severity] - markdown_SEVERITY_RANK[b.severity] || compareFindings(a, b));
}
/** 0 for an error that stops a file from being read as a vector (yaml-syntax, unreadable-file), else 1. */
function rootCauseRank(finding) {
    return finding.severity === 'error' && (finding.rule === 'yaml-syntax' || finding.rule === 'unreadable-file') ? 0 : 1;
}
/**
 * A message as Markdown: the engine writes code in backticks (`` `caBundle.inline` ``), so
 * backtick pairs become code spans. Each piece still goes through codeSpan or escapeTableCell,
 * so a message whose quoted user text holds backticks may pair them differently but can never
 * break out: with an odd number of backticks the whole message is escaped as text.
 */
function renderMessage(message, options = {}) {
    const pieces = message.split('`');
    if (pieces.length % 2 === 0)
        return escapeTableCell(message);
    return pieces.map((piece, i) => (i % 2 === 0 ? escapeTableCell(piece) : piece === '' ? '' : codeSpan(piece, options))).join('');
}
function findingRow(finding) {
    return tableRow([
        SEVERITY_LABEL[finding.severity],
        codeSpan(finding.rule),
        codeSpan(`${finding.file}:${finding.line}:${finding.column}`),
        renderMessage(finding.message),
    ]);
}
const FINDINGS_HEADER = ['Severity', 'Rule', 'Location', 'Message'];
/**
 * `| Severity | Rule | Location | Message |`, errors first. `''` when there are no findings.
 */
function renderFindingsTable(findings, options = {}) {
    if (findings.length === 0)
        return '';
    const ordered = orderFindings(findings);
    const shown = ordered.slice(0, limit(options.maxRows, ordered.length)).map(findingRow);
    return neutralizeWorkflowCommandsInMarkdown(table(FINDINGS_HEADER, shown, ordered.length));
}
function markdown_versions(intervals) {
    return isAnyVersion(intervals) ? 'any' : formatIntervalList(intervals);
}
function resolvedRow(row) {
    const source = codeSpan(`${row.source.file}:${row.source.line}`);
    return tableRow([
        escapeTableCell(row.image),
        escapeTableCell(row.architecture),
        escapeTableCell(markdown_versions(row.runtimeVersion)),
        escapeTableCell(markdown_versions(row.targetVersion)),
        (row.disallowedRegistry ? '⛔ ' : '') + codeSpan(row.imageString),
        row.source.component === undefined ? source : `${source} (component ${escapeTableCell(row.source.component)})`,
    ]);
}
const RESOLVED_HEADER = ['Image', 'Arch', 'Runtime', 'Target', 'Image string', 'Source'];
/**
 * `| Image | Arch | Runtime | Target | Image string | Source |`, in the engine's order.
 * Runtime and Target read `any` for the full range. `''` when there are no rows.
 */
function renderResolvedTable(rows, options = {}) {
    if (rows.length === 0)
        return '';
    rows = mergeArchitectures(rows);
    const shown = rows.slice(0, limit(options.maxRows, rows.length)).map(resolvedRow);
    return neutralizeWorkflowCommandsInMarkdown(table(RESOLVED_HEADER, shown, rows.length));
}
/** One line: `❌ **2 errors, 1 warning**`, `⚠️ **1 warning**`, `ℹ️ **2 notices**` or `✅ **No problems found**`. */
function renderVerdict(summary) {
    const parts = [];
    if (summary.errors > 0)
        parts.push(markdown_plural(summary.errors, 'error'));
    if (summary.warnings > 0)
        parts.push(markdown_plural(summary.warnings, 'warning'));
    if (summary.notices > 0)
        parts.push(markdown_plural(summary.notices, 'notice'));
    if (parts.length === 0)
        return '✅ **No problems found**';
    const icon = summary.errors > 0 ? '❌' : summary.warnings > 0 ? '⚠️' : 'ℹ️';
    return `${icon} **${parts.join(', ')}**`;
}
/**
 * Title, verdict, the base commit compared with, files that were not analysed, what the change
 * does to the resolved images (with a base; never cut), the findings table, and the resolved
 * image table (collapsed). When the whole does not fit in `maxChars`, the resolved table loses rows
 * first, then the findings table; rows are dropped whole, and each cut table ends with a
 * "… N more rows" line. No final newline.
 */
function renderMarkdownReport(result, options) {
    // Every piece is escaped already; this pass only guarantees that no workflow command survives.
    return workflow_commands_neutralizeWorkflowCommandsInMarkdown(markdownReport(result, options));
}
function markdownReport(result, options) {
    const findings = orderFindings(result.findings);
    const findingRows = findings.map(findingRow);
    const resolvedRows = resolved_rows_mergeArchitectures(result.resolved).map(resolvedRow);
    const head = [`### ${escapeTableCell(options.title)}`, renderVerdict(summarize(result.findings))];
    const outside = resolved_rows_mergeArchitectures(result.resolved).filter((row) => row.disallowedRegistry).length;
    if (outside > 0) {
        head.push(`⛔ ${outside === 1 ? '1 resolved image comes' : `${outside} resolved images come`} from a registry outside \`registries.allowed\` (marked ⛔ in the table).`);
    }
    const skipped = result.files.filter((file) => file.skipped !== undefined);
    if (skipped.length > 0) {
        head.push(['Not analysed:', ...skipped.map((file) => `- ${codeSpan(file.path, { inTable: false })}: ${renderMessage(file.skipped ?? '', { inTable: false })}`)].join('\n'));
    }
    head.splice(2, 0, ...(options.base ? [renderComparedWith(options.base)] : []), ...(options.notes ?? []).map((n) => escapeTableCell(n)));
    const changes = options.base ? renderChangesSection(options.base.changes) : undefined;
    const build = (shownFindings, shownResolved) => {
        const parts = [...head];
        // What the change does first, as in the job summary.
        if (changes !== undefined)
            parts.push(changes);
        if (findingRows.length > 0) {
            parts.push(`#### Findings (${findingRows.length})`);
            parts.push(table(FINDINGS_HEADER, findingRows.slice(0, shownFindings), findingRows.length));
        }
        if (resolvedRows.length > 0) {
            parts.push(`<details><summary>Resolved images (${resolvedRows.length} ${resolvedRows.length === 1 ? 'row' : 'rows'})</summary>`, table(RESOLVED_HEADER, resolvedRows.slice(0, shownResolved), resolvedRows.length), '</details>');
        }
        return parts.join('\n\n');
    };
    const max = options.maxChars;
    const fits = (text) => text.length <= max;
    // Largest n in [0, total] with fits(render(n)), assuming (nearly) monotonic growth in n;
    // the final loop makes the answer safe even where a shorter "more rows" count breaks that.
    const largest = (total, render) => {
        let lo = 0;
        let hi = total;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(render(mid)))
                lo = mid;
            else
                hi = mid - 1;
        }
        while (lo > 0 && !fits(render(lo)))
            lo--;
        return lo;
    };
    const full = build(findingRows.length, resolvedRows.length);
    if (fits(full))
        return full;
    if (fits(build(findingRows.length, 0))) {
        return build(findingRows.length, largest(resolvedRows.length, (n) => build(findingRows.length, n)));
    }
    if (fits(build(0, 0)))
        return build(largest(findingRows.length, (n) => build(n, 0)), 0);
    // Not even the tables' skeletons fit: keep whole lines of the head, then nothing.
    let out = '';
    for (const line of head.join('\n\n').split('\n')) {
        const next = out === '' ? line : `${out}\n${line}`;
        if (!fits(next))
            break;
        out = next;
    }
    return out.replace(/\n+$/, '');
}

;// CONCATENATED MODULE: ./src/reporters/github.ts


// `--format github`: one workflow command per finding (`::error file=…,line=…::message`), for a
// workflow step that runs the CLI itself (the action writes its own annotations). GitHub shows
// them as annotations on the pull request's files.
//
// The command line is built exactly as @actions/core's Command.toString does (command.ts:
// properties in the order of toCommandProperties — title, file, line, endLine, col, endColumn —
// values through toCommandValue and escapeProperty, the message through escapeData), so the
// runner decodes the same values the action's annotations carry. Before escaping, the message
// and the title (text from the user's files) go through neutralizeWorkflowCommands: no image
// name can smuggle a `##[…]` or `::…::` command into an annotation. A file path must decode to
// the file, so it is only escaped, except when it holds `##[` (the form the runner looks for
// anywhere in a line): then it is neutralised too, and the annotation names a path that does
// not exist rather than print a command.
const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' };
const ORDER = { error: 0, warning: 1, notice: 2 };
/** @actions/core utils.ts toCommandValue. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return input;
    return JSON.stringify(input);
}
/** @actions/core command.ts escapeData. */
function escapeData(s) {
    return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** @actions/core command.ts escapeProperty. */
function escapeProperty(s) {
    return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** @actions/core command.ts Command.toString: empty values are left out. */
function workflowCommand(command, properties, message) {
    let line = `::${command}`;
    const set = Object.entries(properties).filter(([, value]) => value !== undefined && value !== '' && value !== 0);
    if (set.length > 0)
        line += ` ${set.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`;
    return `${line}::${escapeData(message)}`;
}
function findingCommand(finding) {
    const line = Math.max(1, finding.line);
    return workflowCommand(COMMAND[finding.severity], {
        title: neutralizeWorkflowCommands(`imagevector-lint: ${finding.rule}`),
        file: annotationFile(finding.file),
        line,
        endLine: finding.endLine !== undefined && finding.endLine >= line ? finding.endLine : undefined,
        col: Math.max(1, finding.column),
        endColumn: finding.endLine !== undefined && finding.endColumn !== undefined && finding.endColumn >= 1 ? finding.endColumn : undefined,
    }, neutralizeWorkflowCommands(finding.message));
}
/** One command per finding, errors first (GitHub shows the first 10 of each kind per step), each line ending with "\n". */
function formatGithub(result) {
    const findings = json_sortFindings(result.findings).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    return findings.map((f) => `${findingCommand(f)}\n`).join('');
}
/** The `file` property: the path as is, unless it holds the `##[` command prefix. */
function annotationFile(file) {
    return containsCommandPrefix(file) ? neutralizeWorkflowCommands(file) : file;
}

;// CONCATENATED MODULE: ./src/reporters/rdjson.ts


const UTF8 = new TextEncoder();
const SEVERITY = { error: 'ERROR', warning: 'WARNING', notice: 'INFO' };
function toRdjson(result, tool, options = {}) {
    const docs = new Map(tool.rules.map((rule) => [rule.id, rule.helpUri]));
    const position = (file, line, column) => {
        const at = { line: Math.max(1, line), column: Math.max(1, column) };
        const text = options.lineText?.(file, at.line);
        if (text === undefined || at.column - 1 > text.length)
            return at;
        return { line: at.line, column: UTF8.encode(text.slice(0, at.column - 1)).length + 1 };
    };
    const diagnostics = json_sortFindings(result.findings).map((finding) => {
        const start = position(finding.file, finding.line, finding.column);
        const range = { start };
        if (finding.endLine !== undefined && finding.endColumn !== undefined && finding.endLine >= start.line) {
            range.end = position(finding.file, finding.endLine, finding.endColumn);
        }
        const { fix } = finding;
        return {
            message: finding.message,
            location: { path: finding.file, range },
            severity: SEVERITY[finding.severity],
            code: { value: finding.rule, url: docs.get(finding.rule) ?? tool.informationUri },
            ...(fix
                ? {
                    suggestions: [
                        {
                            range: { start: position(finding.file, fix.start.line, fix.start.column), end: position(finding.file, fix.end.line, fix.end.column) },
                            text: fix.text,
                        },
                    ],
                }
                : {}),
        };
    });
    return { source: { name: tool.name, url: tool.informationUri }, diagnostics };
}
/** The DiagnosticResult, pretty-printed, without a final newline; workflow commands neutralised (see formatJson). */
function formatRdjson(result, tool, options = {}) {
    return neutralizeWorkflowCommands(JSON.stringify(toRdjson(result, tool, options), null, 2));
}

;// CONCATENATED MODULE: ./src/reporters/checkstyle.ts


// `--format checkstyle`: Checkstyle's XML report, which Jenkins (warnings-ng), reviewdog
// (`-f=checkstyle`), GitLab converters and many CI dashboards read:
//
//   <checkstyle version="4.3">
//     <file name="imagevector/images.yaml">
//       <error line="12" column="5" severity="error" message="…" source="imagevector-lint.version-gap"/>
//     </file>
//   </checkstyle>
//
// One <file> per file with findings, in path order. Attribute values are escaped for XML 1.0:
// the five markup characters as entities, tab and line breaks as character references (an
// attribute value's line breaks would otherwise be normalised to spaces), and characters XML
// 1.0 does not allow at all (other controls, lone surrogates, U+FFFE/U+FFFF) written visibly as
// `\uXXXX`, since no reference can carry them.
const checkstyle_SEVERITY = { error: 'error', warning: 'warning', notice: 'info' };
// Not allowed in XML 1.0 documents (Char production): C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function escapeXmlAttribute(value) {
    return value
        .replace(FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\t/g, '&#9;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;');
}
function formatCheckstyle(result) {
    const byFile = new Map();
    for (const f of json_sortFindings(result.findings)) {
        const attributes = [
            ['line', String(Math.max(1, f.line))],
            ['column', String(Math.max(1, f.column))],
            ['severity', checkstyle_SEVERITY[f.severity]],
            ['message', f.message],
            ['source', `imagevector-lint.${f.rule}`],
        ];
        const element = `    <error ${attributes.map(([k, v]) => `${k}="${escapeXmlAttribute(v)}"`).join(' ')}/>`;
        const list = byFile.get(f.file);
        if (list)
            list.push(element);
        else
            byFile.set(f.file, [element]);
    }
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
    for (const [file, errors] of byFile)
        lines.push(`  <file name="${escapeXmlAttribute(file)}">`, ...errors, '  </file>');
    lines.push('</checkstyle>');
    return neutralizeWorkflowCommandsInXml(lines.join('\n'));
}

;// CONCATENATED MODULE: ./src/reporters/index.ts
// Reporters turn a LintResult into text. They only format: no I/O, no decisions about what is
// wrong (that is the engine's), and the same input always gives the same output.










;// CONCATENATED MODULE: ./src/cli/version.ts
// Kept in step with package.json by a test.
const version_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/reporters/sarif-tool.ts



// The tool a SARIF log names: every rule, with the severity this configuration gives it.
// The same for the action's SARIF file and the command line's --format sarif.
function sarifTool(config) {
    const rules = [...registry_ALL_RULES.map(ruleMeta), ...CHANGE_RULES.map(ruleMeta), CONFIG_RULE];
    return {
        name: 'imagevector-lint',
        version: version_VERSION,
        informationUri: 'https://github.com/imagevector-lint/imagevector-lint',
        rules: rules.map((r) => ({
            id: r.id,
            severity: config.rules[r.id] ?? r.defaultSeverity,
            description: r.description,
            helpUri: r.docsUrl,
        })),
    };
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__ivl_import_meta_url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts


const FORMATS = ['text', 'json', 'markdown', 'sarif', 'github', 'rdjson', 'checkstyle'];
const FAIL_LEVELS = ['error', 'warning', 'never'];
const TABLE_MODES = ['short', 'full', 'none'];
class UsageError extends Error {
}
const USAGE = `Usage: imagevector-lint [files…] [options]

Lints Gardener image vectors and prints the resolved image table.
Each file is read for what it is (base vector, overwrite, component overwrite);
a directory is searched like the current one; YAML that is no image vector is
skipped. With no files, finds image vectors in the current directory by content.
A file named "-" is read from standard input.

Options:
  --overwrite FILE            an overwrite vector (IMAGEVECTOR_OVERWRITE); repeatable
  --components FILE           a component overwrite file (IMAGEVECTOR_OVERWRITE_COMPONENTS); repeatable
  --config FILE               configuration (default: .imagevector-lint.yaml if present)
  --kubernetes-versions RANGE Kubernetes versions the vectors must serve, e.g. ">= 1.30"
  --format FORMAT             text (default), json, markdown, sarif, github (workflow commands:
                              annotations in a GitHub Actions step), rdjson (reviewdog, with
                              suggested fixes) or checkstyle (XML)
  --fail-level LEVEL          exit 1 on findings at or above: error (default), warning, never
  --base REF                  compare with a git revision (origin/master, $PULL_BASE_SHA, HEAD~1):
                              what the change does to the resolved images, coverage-lost, tag-style-changed
  --report MODE               with --base: new (default: the findings the change introduces),
                              changed (findings in changed files) or all
  --quiet                     text: findings only, no summary line and no tables
  --table MODE                text: the resolved image table short (default: cut when long), full or none
  --output FILE               write the report to FILE instead of standard output
  --no-color                  plain text output
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 no findings at the fail level, 1 findings at or above it, 2 usage or I/O error.`;
function parseCliArgs(argv, env, terminal) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                overwrite: { type: 'string', multiple: true },
                components: { type: 'string', multiple: true },
                config: { type: 'string' },
                'kubernetes-versions': { type: 'string' },
                format: { type: 'string' },
                'fail-level': { type: 'string' },
                output: { type: 'string' },
                base: { type: 'string' },
                report: { type: 'string' },
                quiet: { type: 'boolean', short: 'q' },
                table: { type: 'string' },
                'no-color': { type: 'boolean' },
                color: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    const { values, positionals } = parsed;
    const format = (values.format ?? 'text');
    if (!FORMATS.includes(format))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'.`);
    const failLevel = (values['fail-level'] ?? 'error');
    if (!FAIL_LEVELS.includes(failLevel)) {
        throw new UsageError(`--fail-level must be one of ${FAIL_LEVELS.join(', ')}, not '${values['fail-level']}'.`);
    }
    const report = choice('--report', REPORT_MODES, values.report, 'new');
    const table = choice('--table', TABLE_MODES, values.table, 'short');
    if (values.base !== undefined && values.base.trim() === '')
        throw new UsageError('--base needs a git revision, e.g. origin/master or HEAD~1.');
    const settings = {
        files: positionals,
        overwrites: values.overwrite ?? [],
        components: values.components ?? [],
        format,
        failLevel,
        report,
        quiet: values.quiet ?? false,
        table,
        width: terminalWidth(env, format === 'text' ? terminal.columns() : undefined),
        color: values.color ?? (!values['no-color'] && env.NO_COLOR === undefined && format === 'text' && terminal.isTTY()),
        help: values.help ?? false,
        version: values.version ?? false,
    };
    if (values.config !== undefined)
        settings.config = values.config;
    if (values['kubernetes-versions'] !== undefined)
        settings.kubernetesVersions = values['kubernetes-versions'];
    if (values.output !== undefined)
        settings.output = values.output;
    if (values.base !== undefined)
        settings.base = values.base;
    return settings;
}
function choice(name, choices, value, fallback) {
    if (value === undefined)
        return fallback;
    const found = choices.find((c) => c === value);
    if (!found)
        throw new UsageError(`${name} must be one of ${choices.join(', ')}, not '${value}'.`);
    return found;
}
/** COLUMNS when set, else the terminal's width, else 100; at least 40 (narrower would not be legible). */
function terminalWidth(env, terminalColumns) {
    const fromEnv = Number(env.COLUMNS);
    const columns = env.COLUMNS !== undefined && Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : terminalColumns;
    return columns === undefined || !Number.isInteger(columns) || columns <= 0 ? 100 : Math.min(Math.max(columns, 40), 1000);
}

;// CONCATENATED MODULE: ./src/cli/main.ts



















/** Runs the CLI; returns the exit code (0 clean, 1 findings at the fail level, 2 usage or I/O error). */
async function runCli(io) {
    let settings;
    try {
        settings = parseCliArgs(io.argv, io.env, io.terminal);
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`imagevector-lint: ${error.message}\n\n${USAGE}\n`);
            return 2;
        }
        throw error;
    }
    if (settings.help) {
        io.stdout(`${USAGE}\n`);
        return 0;
    }
    if (settings.version) {
        io.stdout(`${version_VERSION}\n`);
        return 0;
    }
    let loaded;
    try {
        loaded = await loadConfig(settings, io);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr(`imagevector-lint: ${error.message}\n`);
        return 2;
    }
    const { config, findings: configFindings } = loaded;
    const exclusions = new Exclusions({
        workspace: io.cwd,
        ignore: { patterns: config.ignore ?? [], folder: external_node_path_namespaceObject.dirname(loaded.absolute), file: loaded.file },
        gitignore: true,
        gitRoot: await gitTopLevel(io.cwd),
    });
    const inputs = await collectInputs(settings, config, io, exclusions);
    const resolved = settings.base === undefined ? undefined : await resolveBase(settings.base, io.cwd);
    const warn = (message) => io.stderr(`imagevector-lint: ${message}\n`);
    const base = await openBase(resolved && { sha: resolved.sha, fetch: false, unreadableHint: 'git cannot read it here', folder: resolved.folder }, {
        workspace: io.cwd,
        log: () => { },
        warn,
    });
    // reviewdog's columns are bytes of the lines: rdjson reads every file's text; the others read each file when the run gets to it.
    // So does a run writing its report over one of its inputs (the file is read before it is overwritten).
    const target = settings.output === undefined ? undefined : external_node_path_namespaceObject.resolve(io.cwd, settings.output);
    const eager = settings.format === 'rdjson' || inputs.inputs.some((input) => target !== undefined && external_node_path_namespaceObject.resolve(io.cwd, input.path) === target);
    const headInputs = eager ? inputs.inputs.map(clusters_readInput) : inputs.inputs;
    // JSON without a base to compare with: the rows are written as the run gives them, and not kept.
    const streaming = settings.format === 'json' && !base.revision;
    const report = streaming ? openReport(settings, io) : undefined;
    const json = report && new JsonReportStream(report.write);
    const run = await runLint({
        workspace: io.cwd,
        headInputs,
        config,
        configFindings,
        configFile: loaded.file,
        configContent: loaded.content,
        patterns: { files: [], overwrite: [], components: [] },
        byContent: inputs.byContent,
        exclude: (file) => exclusions.excluded(file) !== undefined,
        base,
        report: settings.report,
        warn,
        onRows: json ? (rows) => json.rows(rows) : rowsUnused(settings.format) && !base.revision ? () => { } : undefined,
    });
    if (report && json) {
        try {
            json.end({ ...run.head, findings: run.reported });
            report.write('\n');
        }
        finally {
            report.close();
        }
    }
    else
        writeReport(format(run, settings, config, io.cwd, headInputs), settings, io);
    return exitCode(run.reported, settings.failLevel);
}
/** Formats that report findings only: the resolved rows need not be kept for them. */
function rowsUnused(format) {
    return format === 'sarif' || format === 'checkstyle' || format === 'rdjson' || format === 'github';
}
/** The report to standard output or to --output, with a message a user can act on when that fails. */
function writeReport(report, settings, io) {
    // A report may come in pieces (JSON: any size, never one string of it all).
    const pieces = typeof report === 'string' ? [report] : report;
    const out = openReport(settings, io);
    try {
        for (const piece of pieces)
            out.write(piece);
    }
    finally {
        out.close();
    }
}
/** Where the report goes, piece by piece: standard output, or the --output file (opened now). */
function openReport(settings, io) {
    if (!settings.output)
        return { write: (text) => io.stdout(text), close: () => { } };
    const shown = settings.output;
    const target = external_node_path_namespaceObject.resolve(io.cwd, shown);
    let fd;
    try {
        fd = external_node_fs_namespaceObject.openSync(target, 'w');
    }
    catch (error) {
        throw writeError(error, target, shown);
    }
    return {
        write: (text) => {
            try {
                external_node_fs_namespaceObject.writeSync(fd, text);
            }
            catch (error) {
                throw writeError(error, target, shown);
            }
        },
        close: () => external_node_fs_namespaceObject.closeSync(fd),
    };
}
function writeError(error, target, shown) {
    {
        const code = error.code;
        const why = code === 'ENOENT'
            ? `no such directory ${external_node_path_namespaceObject.dirname(target)}`
            : code === 'EACCES' || code === 'EPERM'
                ? 'permission denied'
                : code === 'EISDIR'
                    ? 'it is a directory'
                    : code === 'ENOTDIR'
                        ? `${external_node_path_namespaceObject.dirname(target)} is not a directory`
                        : error.message;
        return new InputError(`cannot write ${shown}: ${why}`);
    }
}
/** The commit a revision names, and where the current directory is inside the repository. */
async function resolveBase(ref, cwd) {
    const inRepo = await git(cwd, ['rev-parse', '--show-prefix'], 10_000);
    if (!inRepo.ok)
        throw new InputError(`--base needs a git repository, and ${cwd} is not in one.`);
    if (ref.startsWith('-'))
        throw new InputError(`--base '${ref}' is not a git revision.`);
    const resolved = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], 10_000);
    if (!resolved.ok) {
        throw new InputError(`--base '${ref}' is not a commit in this repository (a shallow clone may need: git fetch origin ${ref}).`);
    }
    return { sha: resolved.stdout.toString('utf8').trim(), folder: inRepo.stdout.toString('utf8').trim() };
}
function exitCode(findings, failLevel) {
    if (failLevel === 'never')
        return 0;
    const failing = failLevel === 'warning' ? ['error', 'warning'] : ['error'];
    return findings.some((f) => failing.includes(f.severity)) ? 1 : 0;
}
class InputError extends Error {
}
async function loadConfig(settings, io) {
    let config = defaultConfig();
    const findings = [];
    const explicit = settings.config !== undefined;
    const configPath = external_node_path_namespaceObject.resolve(io.cwd, settings.config ?? '.imagevector-lint.yaml');
    if (explicit)
        readNamedFile(configPath, configPath, 'base', config.maxFileBytes, 'configuration'); // the user's file: a missing one is a usage error
    const shown = relative(io.cwd, configPath);
    // No default configuration: nothing to read, and no need to ask git for the repository (a process spawn).
    if (!explicit && !pathExists(configPath))
        return withKubernetesVersions({ config, findings, file: shown, absolute: configPath }, settings);
    const loaded = await loadConfigFile({
        file: configPath,
        shown,
        root: await repositoryRoot(explicit ? external_node_path_namespaceObject.dirname(configPath) : io.cwd, io.cwd),
        confineFile: !explicit,
        show: (absolute) => relative(io.cwd, absolute),
    });
    if (!loaded.missing) {
        config = loaded.config;
        findings.push(...loaded.findings);
    }
    return withKubernetesVersions({ config, findings, file: shown, absolute: configPath, content: loaded.content }, settings);
}
function withKubernetesVersions(loaded, settings) {
    if (settings.kubernetesVersions !== undefined) {
        const parsed = parseConstraint(settings.kubernetesVersions);
        if (!parsed.ok)
            throw new UsageError(`--kubernetes-versions is not a valid constraint: ${parsed.error}.`);
        loaded.config.kubernetesVersions = settings.kubernetesVersions;
    }
    return loaded;
}
/** Whether anything (a file, a directory, a link, even a dangling one) is at `absolute`. */
function pathExists(absolute) {
    try {
        external_node_fs_namespaceObject.lstatSync(absolute);
        return true;
    }
    catch (error) {
        return error.code !== 'ENOENT';
    }
}
async function collectInputs(settings, config, io, exclusions) {
    const inputs = [];
    const notVectors = [];
    const notice = (message) => {
        if (!settings.quiet)
            io.stderr(`imagevector-lint: ${message}\n`);
    };
    // Plain arguments are read for what they are, exactly as discovery reads the repository (see namedInput).
    const kept = new KeptBytes();
    for (const file of settings.files) {
        if (file === '-') {
            const content = io.stdin();
            inputs.push({ path: '<stdin>', kind: kindOrBase(classifyContent(content, '<stdin>', config.maxFileBytes)), content });
            continue;
        }
        const absolute = external_node_path_namespaceObject.resolve(io.cwd, file);
        // The project's `ignore:` applies to a named file too (pre-commit names every changed file); .gitignore does not.
        const ignored = exclusions.ignoredByConfig(paths_toPosix(external_node_path_namespaceObject.relative(io.cwd, absolute)));
        if (ignored) {
            notice(`skipped ${relative(io.cwd, absolute)}: ${ignored}.`);
            continue;
        }
        if (isDirectory(absolute)) {
            inputs.push(...(await directoryInputs(absolute, config, io, exclusions, kept)));
            continue;
        }
        const input = namedInput(absolute, relative(io.cwd, absolute), config.maxFileBytes, kept);
        if (input)
            inputs.push(input);
        else
            notVectors.push(relative(io.cwd, absolute));
    }
    // --overwrite and --components force the kind.
    const forced = [
        ['overwrite', settings.overwrites],
        ['components', settings.components],
    ];
    for (const [kind, files] of forced) {
        for (const file of files) {
            if (file === '-')
                inputs.push({ path: '<stdin>', kind, content: io.stdin() });
            else {
                const absolute = external_node_path_namespaceObject.resolve(io.cwd, file);
                inputs.push(readNamedFile(absolute, relative(io.cwd, absolute), kind, config.maxFileBytes));
            }
        }
    }
    if (notVectors.length > 0) {
        // Like a linter handed a file of another language (pre-commit passes every changed YAML file): skipped, said once, not a failure.
        const n = notVectors.length;
        notice(`skipped ${n} ${n === 1 ? 'file that is' : 'files that are'} not an image vector (read by content, as in a directory): ${notVectors.join(', ')}`);
    }
    if (settings.files.length > 0 || settings.overwrites.length > 0 || settings.components.length > 0)
        return { inputs, byContent: false };
    const discovery = await findVectorFiles(io.cwd, { files: [], overwrite: [], components: [] }, config.maxFileBytes, exclusions, kept);
    for (const warning of discovery.warnings)
        io.stderr(`imagevector-lint: ${warning}\n`);
    if (discovery.files.length === 0) {
        throw new InputError('no image vectors found in this directory. Name the files: imagevector-lint images.yaml --overwrite overwrite.yaml');
    }
    // Found in the directory, not named by the user: confined to it like the action's reads.
    return { inputs: pendingInputs(io.cwd, discovery.files, config.maxFileBytes, kept), byContent: true };
}
/**
 * A plain file argument, read for what it is: a base vector, an overwrite (a
 * ConfigMap or Helm values with imageVectorOverwrite too) or a component
 * overwrite, by the same content test as discovery. A file that is no image
 * vector is undefined (skipped). Linted as a base vector, so that its problem
 * is reported rather than skipped: one that cannot be decoded, a vector gone
 * wrong (see isBrokenVector), and a pipe.
 */
function namedInput(absolute, shown, maxBytes, kept) {
    // Read once: the bytes that tell its kind are the ones linted, unless the run has kept too many already (see KeptBytes).
    const read = readConfined(absolute, { maxBytes, special: true });
    const input = namedFileInput(read, absolute, shown, 'base', 'file');
    if (input.unreadable !== undefined)
        return input;
    const kind = classifyContent(input.content, shown, maxBytes);
    const regular = read.ok && read.regular;
    if (kind === undefined && regular && !isBrokenVector(decodeText(input.content)))
        return undefined;
    const vectorKind = kindOrBase(kind);
    // A pipe can be read only once: its bytes are kept whatever their size.
    if (!regular)
        return { ...input, kind: vectorKind };
    const reread = () => readNamedFile(absolute, shown, vectorKind, maxBytes);
    if (kept.take(input.content))
        return readOnce({ ...input, kind: vectorKind }, reread);
    return { path: shown, kind: vectorKind, read: reread };
}
function decodeText(content) {
    return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
}
function kindOrBase(kind) {
    return kind === undefined || kind === 'unreadable' ? 'base' : kind;
}
/**
 * A directory argument, walked like the repository root: every YAML file in
 * it whose content is an image vector (hidden folders, node_modules and vendor
 * skipped), each read confined to that directory.
 */
async function directoryInputs(absolute, config, io, exclusions, kept) {
    const warnings = [];
    const cwd = confined_file_realRoot(io.cwd);
    const real = confined_file_realRoot(absolute);
    // Inside the working directory: paths as discovery gives them. Elsewhere (the user's own folder): walked from there.
    const inside = isInsideRoot(cwd, real);
    const workspace = inside ? io.cwd : absolute;
    const prefix = inside ? paths_toPosix(external_node_path_namespaceObject.relative(cwd, real)) : '';
    // Outside: that folder's own .gitignore files (the configuration's globs cannot reach it).
    const excluding = inside ? exclusions : new Exclusions({ workspace: absolute, gitignore: true, gitRoot: await gitTopLevel(absolute) });
    const found = findByContent(workspace, prefix, config.maxFileBytes, warnings, excluding, kept);
    for (const warning of warnings)
        io.stderr(`imagevector-lint: ${warning}\n`);
    const shown = relative(io.cwd, absolute);
    if (found.files.length === 0)
        io.stderr(`imagevector-lint: no image vectors found in ${shown}.\n`);
    const inputs = pendingInputs(workspace, found.files, config.maxFileBytes, kept);
    if (inside)
        return inputs;
    return inputs.map((input) => {
        const shown = relative(io.cwd, external_node_path_namespaceObject.join(absolute, input.path));
        return { path: shown, kind: input.kind, read: () => ({ ...input.read(), path: shown }) };
    });
}
/**
 * A file named on the command line: the user's, anywhere, a pipe too (`<(…)`),
 * but read at most the size limit (a larger one is an unreadable-file finding).
 */
function readNamedFile(absolute, shown, kind, maxBytes, what = 'file') {
    return namedFileInput(readConfined(absolute, { maxBytes, special: true }), absolute, shown, kind, what);
}
function namedFileInput(read, absolute, shown, kind, what) {
    if (read.ok)
        return { path: shown, kind, content: read.content };
    if (read.refusal === 'directory')
        throw new InputError(`${what} ${absolute} is a directory; name the YAML files in it.`);
    if (read.refusal === 'too-large')
        return { path: shown, kind, content: new Uint8Array(0), unreadable: read.message };
    throw new InputError(`cannot read ${what} ${absolute}: ${read.message}`);
}
/**
 * The git top level above `dir` (the nearest folder with a `.git`), if any:
 * found on the file system, since a plain run starts no git process.
 */
async function gitTopLevel(dir) {
    for (let folder = external_node_path_namespaceObject.resolve(dir);; folder = external_node_path_namespaceObject.dirname(folder)) {
        if (pathExists(external_node_path_namespaceObject.join(folder, '.git')))
            return folder;
        if (external_node_path_namespaceObject.dirname(folder) === folder)
            return undefined;
    }
}
/** The repository a configuration belongs to: the git top level of `dir`, or else the working directory. */
async function repositoryRoot(dir, cwd) {
    const top = await git(dir, ['rev-parse', '--show-toplevel'], 10_000);
    const found = top.ok ? top.stdout.toString('utf8').trim() : '';
    return confined_file_realRoot(found !== '' ? found : cwd);
}
function relative(cwd, absolute) {
    const rel = external_node_path_namespaceObject.relative(cwd, absolute);
    return (rel.startsWith('..') ? absolute : rel).split(external_node_path_namespaceObject.sep).join('/');
}
function format(run, settings, config, cwd, inputs) {
    const result = { ...run.head, findings: run.reported };
    const base = run.comparison && comparisonView(run.comparison);
    const notes = unreportedNote(run, settings.report);
    switch (settings.format) {
        case 'json':
            return withNewline(formatJsonChunks(result, base ? { changes: base.changes } : {}));
        case 'markdown':
            return `${renderMarkdownReport(result, { title: 'imagevector-lint', maxChars: 1_000_000, base, notes })}\n`;
        case 'sarif':
            return `${formatSarif(result, sarifTool(config), { root: cwd })}\n`;
        case 'github':
            return formatGithub(result);
        case 'rdjson':
            return `${formatRdjson(result, sarifTool(config), { lineText: lineTexts(inputs) })}\n`;
        case 'checkstyle':
            return `${formatCheckstyle(result)}\n`;
        default:
            return formatText(result, { color: settings.color, cwd, width: settings.width, quiet: settings.quiet, table: settings.table, base, notes });
    }
}
/** The lines of the files read, decoded as UTF-8 (for reviewdog's byte columns), split lazily. */
function lineTexts(inputs) {
    const content = new Map(inputs.map((input) => [input.path, input.content]));
    const split = new Map();
    return (file, line) => {
        let lines = split.get(file);
        if (!lines) {
            const bytes = content.get(file);
            if (bytes === undefined)
                return undefined;
            const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
            lines = text.split(/\r\n|\n|\r/);
            split.set(file, lines);
        }
        return lines[line - 1];
    };
}
function* withNewline(chunks) {
    yield* chunks;
    yield '\n';
}
function unreportedNote(run, mode) {
    const n = run.unreported.length;
    if (n === 0)
        return [];
    const where = mode === 'new' ? 'already at the base commit' : 'in files this change does not touch';
    return [`${n} ${n === 1 ? 'finding' : 'findings'} ${where}: not shown and not failing (--report all shows them).`];
}


;// CONCATENATED MODULE: ./src/cli/process-io.ts




// The CLI's process (imported by index.ts): real process I/O around runCli, and the promise that
// no user input ever ends in a stack trace. process.stdout is only touched when something is
// written to it or it is a terminal (creating the stream costs a few milliseconds, and a run with
// --output never needs it). node:tty (with node:net, ~5 ms) is loaded only when a text report asks
// whether standard output is a terminal.
let tty;
const isatty = (fd) => (tty ??= external_node_module_namespaceObject.createRequire(__ivl_import_meta_url)('node:tty')).isatty(fd);
runCli({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    // The runner reads stderr for workflow commands too; messages quote paths and names.
    stderr: (text) => process.stderr.write(neutralizeWorkflowCommands(text)),
    stdin: () => external_node_fs_namespaceObject.readFileSync(0),
    terminal: {
        isTTY: () => isatty(1),
        columns: () => (isatty(1) ? process.stdout.columns : undefined),
    },
}).then((code) => {
    process.exitCode = code;
}, (error) => {
    const message = error instanceof InputError ? error.message : `internal error: ${error?.message ?? String(error)}`;
    process.stderr.write(neutralizeWorkflowCommands(`imagevector-lint: ${message}\n`));
    process.exitCode = 2;
});


})
