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

import type { ScalarEvent } from 'js-yaml';
import { jsYaml } from './js-yaml-fast.js';
import { aliasTargets } from './alias-targets.js';
import { goMapKey, resolveGoScalar, type GoScalar } from './go-yaml-scalar.js';
import type { ScalarStyle, YamlDocuments, YamlMapping, YamlNode, YamlPair, YamlScalar, YamlSequence } from './yaml-tree.js';

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
const GIVE_UP: unique symbol = Symbol('give up');

function giveUp(): never {
  throw GIVE_UP;
}

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;

function isEol(c: number): boolean {
  return c === LF || c === CR;
}

/** White space, a line break or the end of the text (NaN). */
function isWsEolOrEnd(c: number): boolean {
  return c === SPACE || c === 0x09 || c === LF || c === CR || c !== c;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** js-yaml's isSimpleEscape: the characters after `\` that stand for one character. */
function isSimpleEscape(c: number): boolean {
  return (
    c === 0x30 || c === 0x61 || c === 0x62 || c === 0x74 || c === 0x09 || c === 0x6e || c === 0x76 || c === 0x66 ||
    c === 0x72 || c === 0x65 || c === 0x20 || c === 0x22 || c === 0x2f || c === 0x5c || c === 0x4e || c === 0x5f ||
    c === 0x4c || c === 0x50
  );
}

/**
 * Characters that cannot start a plain scalar in block context, or that
 * start what this reader leaves to the event path: `#` `&` `*` `!` `|` `>`
 * `'` `"` `%` `@` `` ` `` and the flow indicators `, [ ] { }`.
 */
function isSpecialStart(c: number): boolean {
  return (
    c === HASH || c === 0x26 || c === 0x2a || c === 0x21 || c === 0x7c || c === 0x3e || c === SQUOTE || c === DQUOTE ||
    c === 0x25 || c === 0x40 || c === 0x60 || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d
  );
}

/**
 * Reads a YAML stream of the supported subset into the tree parseYaml()
 * returns, or gives up (`undefined`). Call it only on text that passed the
 * control-character check. `maxDepth` is parseYaml's nesting limit.
 */
export function readBlockYaml(text: string, maxDepth: number, maxAliasExpansions = 10_000): YamlDocuments | undefined {
  if (maxDepth < 50 || text.indexOf('\t') !== -1 || text.charCodeAt(0) === 0xfeff) return undefined;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 2)) {
    if (text.charCodeAt(i + 1) !== LF) return undefined; // a lone CR: left to the event path
  }
  try {
    return { documents: new BlockReader(text, Math.min(MAX_NESTING, maxDepth - 4), maxAliasExpansions).read() };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class BlockReader {
  private readonly n: number;
  /** Position of the next content (after next()). */
  private pos = 0;
  /** Offset where the line of `pos` starts. */
  private lineStart = 0;
  /** next() crossed a line break. */
  private newLine = false;
  /** next() reached the end of the text. */
  private eof = false;
  /** next() stopped at `---` or `...` at the start of a line. */
  private marker = false;
  /** End of the last token consumed, as TreeBuilder keeps it (for empty scalars). */
  private cursor = 0;
  private depth = 0;
  private readonly strings = new Map<string, GoScalar>();
  /**
   * A direct-mapped cache in front of `strings`, hashed from the length and
   * two characters and checked in place (startsWith): a repeated key costs
   * no slice and no string hash.
   */
  private readonly cachedKeys: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  private readonly cachedValues: (GoScalar | undefined)[] = new Array<GoScalar | undefined>(256).fill(undefined);
  // The key found by keyAt().
  private keyStart = 0;
  private keyEnd = 0;
  private keyStyle = STYLE_PLAIN;
  private keySimple = true;
  // Anchors of the current document, with the number of nodes under each.
  // An alias to a node that holds an alias, or inside an anchored node, is
  // left to the event path: every expansion is then the anchored size.
  private anchors = new Map<string, { node: YamlNode; size: number }>();
  private openAnchors = 0;
  /** Nodes built in the current document (TreeBuilder's `size` without expansions). */
  private size = 0;
  private derefs = 0;
  private addedNodes = 0;

  constructor(
    private readonly src: string,
    private readonly maxNesting: number,
    private readonly maxAliasExpansions: number,
  ) {
    this.n = src.length;
  }

  read(): (YamlNode | null)[] {
    const documents: (YamlNode | null)[] = [];
    this.next(0);
    this.newLine = true;
    while (!this.eof) {
      this.anchors = new Map();
      this.size = 0;
      this.derefs = 0;
      this.addedNodes = 0;
      if (this.marker) {
        if (this.src.charCodeAt(this.pos) !== DASH) giveUp(); // `...`
        this.next(this.pos + 3);
        if (!this.newLine && !this.eof) giveUp(); // content on the `---` line
      }
      if (this.eof || this.marker) {
        documents.push(null);
        continue;
      }
      if (this.pos !== this.lineStart) giveUp(); // an indented root: js-yaml counts its indentation oddly
      documents.push(this.node(-1, true));
      if (!this.eof && !this.marker) giveUp();
    }
    return documents;
  }

  /**
   * Moves to the next content from `p`: skips spaces, comments and line
   * breaks, and sets pos, lineStart, newLine, eof and marker.
   */
  private next(p: number, crossed = false): void {
    const src = this.src;
    const n = this.n;
    let newLine = crossed;
    for (;;) {
      let c = src.charCodeAt(p);
      while (c === SPACE) c = src.charCodeAt(++p);
      if (c === HASH) {
        if (p > 0 && !isWsEolOrEnd(src.charCodeAt(p - 1))) giveUp(); // `"a"#b`: not a comment
        while (p < n && !isEol(c)) c = src.charCodeAt(++p);
      }
      if (p >= n) {
        this.pos = n;
        this.newLine = newLine;
        this.eof = true;
        this.marker = false;
        return;
      }
      if (c === LF) p++;
      else if (c === CR) p += 2; // always CRLF here (readBlockYaml)
      else break;
      newLine = true;
      this.lineStart = p;
    }
    this.pos = p;
    this.newLine = newLine;
    this.eof = false;
    this.marker = p === this.lineStart && this.isDocumentMarker(p);
    if (p === this.lineStart && src.charCodeAt(p) === 0xfeff) giveUp();
  }

  /** `---` or `...` followed by white space, a line break or the end. */
  private isDocumentMarker(p: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(p);
    return (c === DASH || c === 0x2e) && src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === c && isWsEolOrEnd(src.charCodeAt(p + 3));
  }

  /**
   * The node at pos (content, not a marker). `parentIndent` is js-yaml's
   * parentIndent (continuation lines of a scalar need more); collections
   * are allowed at the start of a line and after `- `, not after `key: `.
   */
  private node(parentIndent: number, collections: boolean): YamlNode {
    const src = this.src;
    const p = this.pos;
    const c = src.charCodeAt(p);
    if (collections) {
      if (c === DASH && isWsEolOrEnd(src.charCodeAt(p + 1))) return this.sequence(p - this.lineStart);
      const colon = this.keyAt(p);
      if (colon >= 0) return this.mapping(p - this.lineStart, colon);
    }
    if (c === 0x5b) return this.flowSequence();
    return this.scalarNode(parentIndent + 1);
  }

  private enter(): void {
    if (++this.depth > this.maxNesting) giveUp();
  }

  /** A mapping at pos, whose first key keyAt() found (its `:` at `firstColon`). */
  private mapping(indent: number, firstColon: number): YamlMapping {
    this.enter();
    const src = this.src;
    const start = this.pos;
    const node: YamlMapping = { kind: 'mapping', start, end: start, pairs: [], flow: false, tag: undefined };
    this.size++;
    if (start > this.cursor) this.cursor = start;
    const pairs = node.pairs;
    let colon = firstColon;
    for (;;) {
      const key = this.keyScalar();
      this.next(colon + 1);
      let value: YamlNode;
      if (!this.newLine && !this.eof) {
        const c = src.charCodeAt(this.pos);
        value = c === 0x26 ? this.anchored(indent, true) : c === 0x2a ? this.alias() : this.node(indent, false);
      } else if (this.eof || this.marker || this.pos - this.lineStart < indent) {
        value = this.emptyScalar();
      } else if (this.pos - this.lineStart === indent) {
        const p = this.pos;
        value = src.charCodeAt(p) === DASH && isWsEolOrEnd(src.charCodeAt(p + 1)) ? this.sequence(indent) : this.emptyScalar();
      } else {
        value = this.node(indent, true);
      }
      pairs.push({ key, value } satisfies YamlPair);
      // pos is at the next content.
      if (this.eof || this.marker) break;
      if (!this.newLine) giveUp(); // more on the line of the value
      const col = this.pos - this.lineStart;
      if (col < indent) break;
      if (col > indent) giveUp(); // "bad indentation of a mapping entry"
      colon = this.keyAt(this.pos);
      if (colon < 0) giveUp(); // `- x` or a non-key at the mapping's indentation
    }
    node.end = this.cursor;
    node.pairs = pairs.slice();
    this.depth--;
    return node;
  }

  private sequence(indent: number): YamlSequence {
    this.enter();
    const src = this.src;
    const start = this.pos;
    const node: YamlSequence = { kind: 'sequence', start, end: start, items: [], flow: false, tag: undefined };
    this.size++;
    if (start > this.cursor) this.cursor = start;
    const items = node.items;
    for (;;) {
      // pos is at a `-` followed by white space, a line break or the end.
      this.next(this.pos + 1);
      if (this.eof || this.marker || (this.newLine && this.pos - this.lineStart <= indent)) {
        items.push(this.emptyScalar());
      } else {
        const c = src.charCodeAt(this.pos);
        items.push(!this.newLine && c === 0x26 ? this.anchored(indent, false) : !this.newLine && c === 0x2a ? this.alias() : this.node(indent, true));
      }
      if (this.eof || this.marker) break;
      if (!this.newLine) giveUp();
      const col = this.pos - this.lineStart;
      if (col < indent) break;
      if (col > indent) giveUp(); // "bad indentation of a sequence entry"
      const p = this.pos;
      if (!(src.charCodeAt(p) === DASH && isWsEolOrEnd(src.charCodeAt(p + 1)))) break;
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
  private keyAt(p: number): number {
    const src = this.src;
    const n = this.n;
    const c = src.charCodeAt(p);
    let i: number;
    if (c === SQUOTE || c === DQUOTE) {
      i = p + 1;
      let simple = true;
      for (;;) {
        if (i >= n) return -1;
        const d = src.charCodeAt(i);
        if (d === c) {
          if (c === SQUOTE && src.charCodeAt(i + 1) === SQUOTE) {
            simple = false;
            i += 2;
            continue;
          }
          break;
        }
        if (isEol(d)) return -1;
        if (d === BACKSLASH && c === DQUOTE) {
          simple = false;
          i = this.escape(i);
          if (i < 0) return -1;
          continue;
        }
        i++;
      }
      this.keyStart = p + 1;
      this.keyEnd = i;
      this.keyStyle = c === SQUOTE ? STYLE_SINGLE : STYLE_DOUBLE;
      this.keySimple = simple;
      i++;
      while (src.charCodeAt(i) === SPACE) i++;
      return src.charCodeAt(i) === COLON && isWsEolOrEnd(src.charCodeAt(i + 1)) ? i : -1;
    }
    if (!this.canStartPlain(p)) return -1;
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
      } else if (d === HASH) {
        if (src.charCodeAt(i - 1) === SPACE) return -1;
      } else if (isEol(d)) return -1;
      if (d !== SPACE) end = i + 1;
    }
    return -1;
  }

  /** Plain scalars may start here (js-yaml's canStartPlainScalar, block context); `? ` and `: ` are left to the event path. */
  private canStartPlain(p: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (isWsEolOrEnd(c) || isSpecialStart(c)) return false;
    if (c === DASH || c === 0x3f || c === COLON) return !isWsEolOrEnd(src.charCodeAt(p + 1));
    return true;
  }

  /**
   * Checks the escape at `i` (a backslash inside a double-quoted scalar) on
   * one line; returns the offset after it, or -1 for an escaped line break.
   * Gives up on an escape js-yaml refuses.
   */
  private escape(i: number): number {
    const src = this.src;
    const e = src.charCodeAt(i + 1);
    if (isEol(e)) return -1;
    if (isSimpleEscape(e)) return i + 2;
    const hexLength = e === 0x78 ? 2 : e === 0x75 ? 4 : e === 0x55 ? 8 : 0;
    if (hexLength === 0) giveUp(); // "unknown escape sequence"
    for (let k = 2; k < 2 + hexLength; k++) if (!isHex(src.charCodeAt(i + k))) giveUp();
    return i + 2 + hexLength;
  }

  /** The key keyAt() found, as a scalar node (pos is then just before the `:`). */
  private keyScalar(): YamlScalar {
    const src = this.src;
    const start = this.keyStart;
    const end = this.keyEnd;
    let node: YamlScalar;
    if (this.keyStyle === STYLE_PLAIN) {
      const length = end - start;
      const slot = (length * 31 + src.charCodeAt(start) * 7 + src.charCodeAt(end - 1)) & 255;
      const cached = this.cachedKeys[slot];
      let text: string;
      let value: GoScalar;
      if (cached !== undefined && cached.length === length && src.startsWith(cached, start)) {
        text = cached;
        value = this.cachedValues[slot] as GoScalar;
      } else if (length <= MAX_SHARED_TEXT) {
        text = src.slice(start, end);
        const shared = this.strings.get(text);
        if (shared !== undefined) {
          value = shared;
          text = shared.goString;
        } else {
          value = resolveGoScalar(text, 'plain');
          if (value.type === 'string') this.strings.set(text, value);
        }
        if (value.type === 'string') {
          this.cachedKeys[slot] = text;
          this.cachedValues[slot] = value;
        }
      } else {
        text = src.slice(start, end);
        value = resolveGoScalar(text, 'plain');
      }
      if (text === '<<') giveUp(); // a merge key
      node = { kind: 'scalar', start, end, text, style: 'plain', tag: undefined, value };
      if (end > this.cursor) this.cursor = end;
    } else {
      const style: ScalarStyle = this.keyStyle === STYLE_SINGLE ? 'single-quoted' : 'double-quoted';
      const text = this.keySimple ? src.slice(start, end) : this.decode(start, end, this.keyStyle);
      node = { kind: 'scalar', start: start - 1, end: end + 1, text, style, tag: undefined, value: resolveGoScalar(text, style) };
      if (end + 1 > this.cursor) this.cursor = end + 1;
    }
    if (goMapKey(node.value) === undefined) giveUp(); // a null key or an int beyond int64
    this.size++;
    return node;
  }

  /** js-yaml's decoding of a scalar that is not one unescaped line. */
  private decode(valueStart: number, valueEnd: number, style: number, chomping = CHOMP_CLIP, indent = -1): string {
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
    } as unknown as ScalarEvent;
    return getScalarValue(this.src, event);
  }

  /**
   * An empty (null) scalar where TreeBuilder.emptyPosition() puts it: just
   * after the `:` or `-` that introduced it when only white space lies
   * between the cursor and that indicator, else at the cursor.
   */
  private emptyScalar(): YamlScalar {
    const src = this.src;
    let i = this.cursor;
    for (;;) {
      const c = src.charCodeAt(i);
      if (c === SPACE || c === 0x09 || c === LF || c === CR) i++;
      else break;
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
  private scalarNode(nodeIndent: number): YamlScalar {
    const src = this.src;
    const p = this.pos;
    const c = src.charCodeAt(p);
    if (c === SQUOTE || c === DQUOTE) return this.quoted(c, nodeIndent);
    if (c === 0x7c || c === 0x3e) return this.blockScalar(nodeIndent);
    if (!this.canStartPlain(p)) giveUp();
    return this.plain(nodeIndent);
  }

  /** readPlainScalar in block context. */
  private plain(nodeIndent: number): YamlScalar {
    const src = this.src;
    const n = this.n;
    const start = this.pos;
    let end = start;
    let i = start;
    let lineStart = this.lineStart;
    let multiline = false;
    while (i < n) {
      const c = src.charCodeAt(i);
      if (i === lineStart && this.isDocumentMarker(i)) break;
      if (c === COLON) {
        if (isWsEolOrEnd(src.charCodeAt(i + 1))) break;
      } else if (c === HASH) {
        const before = src.charCodeAt(i - 1);
        if (before === SPACE || isEol(before)) break;
      } else if (isEol(c)) {
        // A continuation line if it is indented at least nodeIndent (blank lines included).
        let j = i;
        let lineAt = lineStart;
        for (;;) {
          j += src.charCodeAt(j) === CR ? 2 : 1;
          lineAt = j;
          while (src.charCodeAt(j) === SPACE) j++;
          if (!isEol(src.charCodeAt(j))) break;
        }
        if (j - lineAt >= nodeIndent) {
          if (src.charCodeAt(j) === 0xfeff && j === lineAt) giveUp();
          multiline = true;
          i = j;
          lineStart = lineAt;
          continue;
        }
        break;
      }
      if (c !== SPACE) end = i + 1;
      i++;
    }
    if (end === start) giveUp();
    this.lineStart = lineStart;
    const text = multiline ? this.decode(start, end, STYLE_PLAIN) : src.slice(start, end);
    const node: YamlScalar = { kind: 'scalar', start, end, text, style: 'plain', tag: undefined, value: resolveGoScalar(text, 'plain') };
    if (end > this.cursor) this.cursor = end;
    this.size++;
    this.next(i);
    return node;
  }

  /** readSingleQuotedScalar / readDoubleQuotedScalar. */
  private quoted(quote: number, nodeIndent: number): YamlScalar {
    const src = this.src;
    const n = this.n;
    const valueStart = this.pos + 1;
    let i = valueStart;
    let simple = true;
    let lineStart = this.lineStart;
    for (;;) {
      if (i >= n) giveUp(); // never closed
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
        } else {
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
          while (src.charCodeAt(j) === SPACE) j++;
          if (!isEol(src.charCodeAt(j))) break;
        }
        if (j - lineStart < nodeIndent) giveUp(); // "deficient indentation" (repaired on the event path)
        i = j;
        continue;
      }
      if (i === lineStart && this.isDocumentMarker(i)) giveUp();
      i++;
    }
    const valueEnd = i;
    this.lineStart = lineStart;
    const style: ScalarStyle = quote === SQUOTE ? 'single-quoted' : 'double-quoted';
    const text = simple ? src.slice(valueStart, valueEnd) : this.decode(valueStart, valueEnd, quote === SQUOTE ? STYLE_SINGLE : STYLE_DOUBLE);
    const node: YamlScalar = {
      kind: 'scalar',
      start: valueStart - 1,
      end: valueEnd + 1,
      text,
      style,
      tag: undefined,
      value: resolveGoScalar(text, style),
    };
    if (valueEnd + 1 > this.cursor) this.cursor = valueEnd + 1;
    this.size++;
    this.next(valueEnd + 1);
    return node;
  }

  /** TreeBuilder.blockIndicator(): the `|` or `>` of a block scalar header, searched from the cursor. */
  private blockIndicator(from: number, limit: number): number {
    const src = this.src;
    for (let i = from; i < limit; i++) {
      const c = src.charCodeAt(i);
      if (c === 0x7c || c === 0x3e) return i;
      if (c === HASH) {
        while (i < limit && src.charCodeAt(i) !== LF) i++;
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
  private blockScalar(parentIndent: number): YamlScalar {
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
    if (c >= 0x30 && c <= 0x39) giveUp(); // an indentation width (or a repeated indicator after it)
    if (c === 0x2b || c === DASH) giveUp(); // "repeat of a chomping mode identifier"
    let hadWhitespace = false;
    while (c === SPACE) {
      hadWhitespace = true;
      c = src.charCodeAt(++i);
    }
    if (hadWhitespace && c === HASH) {
      while (i < n && !isEol(c)) c = src.charCodeAt(++i);
    }
    if (c === LF) i++;
    else if (c === CR) i += 2;
    else if (i < n) giveUp(); // "a line break is expected"
    const valueStart = i;
    let valueEnd = i;
    let contentIndent = -1;
    let maxLeadingIndent = 0;
    // Where the next content is after the scalar, and whether that is a line start.
    let stop = n;
    while (i < n) {
      const linePosition = i;
      let column = 0;
      while (src.charCodeAt(linePosition + column) === SPACE) column++;
      const first = src.charCodeAt(linePosition + column);
      if (linePosition + column >= n) {
        if (contentIndent >= 0) {
          if (column > contentIndent) valueEnd = linePosition + column;
        } else if (column > 0) valueEnd = linePosition + column;
        i = n;
        break;
      }
      if (src.charCodeAt(linePosition) === 0xfeff) giveUp();
      if (this.isDocumentMarker(linePosition)) {
        stop = linePosition;
        break;
      }
      const blank = isEol(first);
      if (contentIndent === -1) {
        if (blank) {
          if (column > maxLeadingIndent) maxLeadingIndent = column;
        } else {
          if (column >= parentIndent && column < maxLeadingIndent) giveUp(); // "bad indentation of a mapping entry"
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
      while (i < n && !isEol(src.charCodeAt(i))) i++;
      valueEnd = i;
      if (i < n) {
        i += src.charCodeAt(i) === CR ? 2 : 1;
        valueEnd = i;
      }
    }
    const start = this.blockIndicator(this.cursor, indicator + 1);
    if (start !== indicator) giveUp();
    const text = this.decode(valueStart, valueEnd, style, chomping, contentIndent);
    const node: YamlScalar = {
      kind: 'scalar',
      start,
      end: valueEnd,
      text,
      style: style === STYLE_LITERAL ? 'literal' : 'folded',
      tag: undefined,
      value: resolveGoScalar(text, style === STYLE_LITERAL ? 'literal' : 'folded'),
    };
    if (valueEnd > this.cursor) this.cursor = valueEnd;
    this.size++;
    // The scalar ends at the start of a line (or at the end): the next content is on a new line.
    this.lineStart = stop;
    this.next(stop, true);
    return node;
  }

  /** The name of an anchor or alias whose indicator is at `at`: up to white space or a flow indicator, libyaml's characters only. */
  private propertyName(at: number): number {
    const src = this.src;
    let i = at + 1;
    for (;;) {
      const c = src.charCodeAt(i);
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === DASH || c === 0x5f) i++;
      else break;
    }
    if (i === at + 1 || !isWsEolOrEnd(src.charCodeAt(i))) giveUp(); // empty, or a character go-yaml or js-yaml reads differently
    return i;
  }

  /**
   * `&name` and the node it anchors, as parseNode reads them after `key: `
   * (`inMapping`) or `- `: a scalar on the same line, or on the next lines
   * a node indented more than the parent (in a mapping also a sequence at
   * the key's indentation); otherwise an empty scalar just after the name.
   */
  private anchored(parentIndent: number, inMapping: boolean): YamlNode {
    const src = this.src;
    // Nested anchors (maybe redefining a name) are left to the event path.
    if (this.openAnchors > 0) giveUp();
    const nameEnd = this.propertyName(this.pos);
    const name = src.slice(this.pos + 1, nameEnd);
    const sizeAtOpen = this.size;
    this.next(nameEnd);
    let node: YamlNode;
    const c = src.charCodeAt(this.pos);
    this.openAnchors++;
    if (!this.newLine && !this.eof) {
      // A plain or quoted scalar; `&a &b`, `&a *b`, `&a |`, `&a [` and the like are left to the event path.
      if (!(c === SQUOTE || c === DQUOTE || this.canStartPlain(this.pos))) giveUp();
      node = this.scalarNode(parentIndent + 1);
    } else {
      const col = this.pos - this.lineStart;
      const open = !this.eof && !this.marker;
      if (open && col > parentIndent) {
        if (c === 0x26 || c === 0x2a) giveUp();
        node = this.node(parentIndent, true);
      } else if (open && inMapping && col === parentIndent && c === DASH && isWsEolOrEnd(src.charCodeAt(this.pos + 1))) {
        node = this.sequence(parentIndent);
      } else {
        node = { kind: 'scalar', start: nameEnd, end: nameEnd, text: '', style: 'plain', tag: undefined, value: resolveGoScalar('', 'plain') };
        if (nameEnd > this.cursor) this.cursor = nameEnd;
        this.size++;
      }
    }
    this.openAnchors--;
    this.anchors.set(name, { node, size: this.size - sizeAtOpen });
    return node;
  }

  /** `*name`: the anchored node itself (TreeBuilder.alias, for anchored nodes without aliases). */
  private alias(): YamlNode {
    const at = this.pos;
    const nameEnd = this.propertyName(at);
    const entry = this.anchors.get(this.src.slice(at + 1, nameEnd));
    // Unknown, inside an anchored node (maybe its own), or beyond the limits: the event path says so.
    if (entry === undefined || this.openAnchors > 0) giveUp();
    this.derefs++;
    this.addedNodes += entry.size;
    if (this.derefs > this.maxAliasExpansions || this.addedNodes > this.maxAliasExpansions * 100) giveUp();
    aliasTargets.add(entry.node);
    if (nameEnd > this.cursor) this.cursor = nameEnd;
    this.next(nameEnd);
    return entry.node;
  }

  /**
   * A flow sequence on one line of plain words (letters, digits, `.`, `_`,
   * `/`, `-`; not starting with `-`) and simple quoted scalars, `[a, "b"]`
   * or `[]`. Anything else inside the brackets is left to the event path.
   */
  private flowSequence(): YamlSequence {
    this.enter();
    const src = this.src;
    const start = this.pos;
    const node: YamlSequence = { kind: 'sequence', start, end: start, items: [], flow: true, tag: undefined };
    this.size++;
    if (start + 1 > this.cursor) this.cursor = start + 1;
    const items = node.items;
    let i = start + 1;
    while (src.charCodeAt(i) === SPACE) i++;
    if (src.charCodeAt(i) !== 0x5d) {
      for (;;) {
        const c = src.charCodeAt(i);
        let item: YamlScalar;
        if (c === SQUOTE || c === DQUOTE) {
          const close = src.indexOf(c === SQUOTE ? "'" : '"', i + 1);
          if (close < 0) giveUp();
          const text = src.slice(i + 1, close);
          for (let k = 0; k < text.length; k++) {
            const d = text.charCodeAt(k);
            if (d === BACKSLASH || isEol(d)) giveUp();
          }
          if (c === SQUOTE && src.charCodeAt(close + 1) === SQUOTE) giveUp();
          const style: ScalarStyle = c === SQUOTE ? 'single-quoted' : 'double-quoted';
          item = { kind: 'scalar', start: i, end: close + 1, text, style, tag: undefined, value: resolveGoScalar(text, style) };
          i = close + 1;
        } else {
          let j = i;
          for (;;) {
            const d = src.charCodeAt(j);
            if ((d >= 0x30 && d <= 0x39) || (d >= 0x41 && d <= 0x5a) || (d >= 0x61 && d <= 0x7a) || d === 0x2e || d === 0x5f || d === 0x2f || (d === DASH && j > i)) j++;
            else break;
          }
          if (j === i) giveUp();
          const text = src.slice(i, j);
          item = { kind: 'scalar', start: i, end: j, text, style: 'plain', tag: undefined, value: resolveGoScalar(text, 'plain') };
          i = j;
        }
        if (item.end > this.cursor) this.cursor = item.end;
        this.size++;
        items.push(item);
        while (src.charCodeAt(i) === SPACE) i++;
        const d = src.charCodeAt(i);
        if (d === 0x5d) break;
        if (d !== 0x2c) giveUp();
        i++;
        while (src.charCodeAt(i) === SPACE) i++;
        if (src.charCodeAt(i) === 0x5d) giveUp(); // a trailing comma
      }
    }
    node.end = i + 1;
    if (node.end > this.cursor) this.cursor = node.end;
    node.items = items.slice();
    this.depth--;
    this.next(i + 1);
    return node;
  }
}
