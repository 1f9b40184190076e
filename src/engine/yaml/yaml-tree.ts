// A YAML tree that keeps exact source positions and resolves scalars the way
// Gardener's reader (sigs.k8s.io/yaml over go-yaml v2) does.
//
// js-yaml 5's parseEvents() gives a flat event stream with source offsets;
// this module folds it into nodes in one linear pass (an explicit stack, no
// recursion, no per-node closures), resolves every scalar with YAML 1.1 rules
// (go-yaml-scalar.ts), and reports what would make go-yaml or
// sigs.k8s.io/yaml refuse the document, so that `documents` holds only
// documents Gardener could read.

import type { Event, ScalarEvent } from 'js-yaml';
import { jsYaml } from './js-yaml-fast.js';
import { goMapKey, MERGE_TAG, normalizeTag, resolveGoScalar, type GoScalar } from './go-yaml-scalar.js';
import { aliasTargets } from './alias-targets.js';
import { readBlockYaml } from './block-reader.js';
import { forbiddenCharacter } from './source-text.js';

// The fast (CommonJS) build of js-yaml: see js-yaml-fast.ts.
const { getScalarValue, parseEvents, YAMLException } = jsYaml;

export type ScalarStyle = 'plain' | 'single-quoted' | 'double-quoted' | 'literal' | 'folded';

/**
 * A scalar. `start`/`end` cover its source text: the quotes of a quoted
 * scalar, the `|`/`>` header of a block scalar up to the end of its last
 * line (line break included); not its tag or anchor. An empty (implicit null)
 * scalar has `start === end`, placed just after the `:`, `-` or `?` that
 * introduced it. `text` is the decoded value; `tag` the tag as written
 * (`!!str`); `value` what Gardener receives.
 */
export interface YamlScalar {
  kind: 'scalar';
  start: number;
  end: number;
  text: string;
  style: ScalarStyle;
  tag?: string;
  value: GoScalar;
}

export interface YamlPair {
  key: YamlNode;
  value: YamlNode;
}

/**
 * A mapping. `pairs` are the pairs as written, in order, duplicates included.
 * A merge key (`<<: *base`) is a pair like any other, its key a plain scalar
 * `<<` (see isMergeKey); effectivePairs() and toPlainValue() apply merges the
 * way go-yaml v2 does.
 */
export interface YamlMapping {
  kind: 'mapping';
  start: number;
  end: number;
  pairs: YamlPair[];
  flow: boolean;
  tag?: string;
}

export interface YamlSequence {
  kind: 'sequence';
  start: number;
  end: number;
  items: YamlNode[];
  flow: boolean;
  tag?: string;
}

/**
 * A node. An alias (`*name`) is the anchored node itself: the same object
 * appears in several places (positions are the anchor's). Trees are acyclic
 * (an alias inside its own anchor is reported as a problem), and the total
 * alias expansion of every returned document is within the limits.
 */
export type YamlNode = YamlScalar | YamlMapping | YamlSequence;

export interface YamlProblem {
  message: string;
  offset: number;
  kind: 'syntax' | 'limit';
}

/**
 * `documents`: one entry per document of the stream (null = empty document;
 * an empty stream or one holding only comments has none). When `problem` is
 * set, `documents` holds the documents before the one with the problem.
 * sigs.k8s.io/yaml reads only the first document; the caller decides.
 */
export interface YamlDocuments {
  documents: (YamlNode | null)[];
  problem?: YamlProblem;
}

export interface YamlLimits {
  /** Maximum collection nesting. Default 100. */
  maxDepth?: number;
  /**
   * Maximum number of alias dereferences in a fully expanded document (an
   * alias inside an anchored node counts again each time that node is
   * aliased: a billion-laughs file counts in the billions). Default 10,000.
   * The nodes added by expansion are also capped, at 100 × this number.
   */
  maxAliasExpansions?: number;
}

export const DEFAULT_MAX_DEPTH = 100;
export const DEFAULT_MAX_ALIAS_EXPANSIONS = 10_000;
/** Nesting of a document with its aliases expanded; deeper documents are refused. */
export const MAX_EXPANDED_DEPTH = 1_000;

/** Thrown by toPlainValue() and effectivePairs(); never by parseYaml(). */
export class YamlValueError extends Error {
  constructor(
    readonly kind: 'limit' | 'invalid',
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'YamlValueError';
  }
}

/** Longer plain texts (rarely repeated) are not shared: hashing them would cost more than it saves. */
const MAX_SHARED_TEXT = 64;

// Event ids and styles of js-yaml's event stream.
const EV_DOCUMENT = 1;
const EV_SEQUENCE = 2;
const EV_MAPPING = 3;
const EV_SCALAR = 4;
const EV_ALIAS = 5;
const EV_POP = 6;
const STYLES: readonly ScalarStyle[] = ['plain', 'plain', 'single-quoted', 'double-quoted', 'literal', 'folded'];


/**
 * Whether an alias (`*name`) refers to the node, so that it may appear in
 * several places of a tree. Any other node has exactly one place: a walk
 * needs to remember only these to visit each node once.
 */
export function isAliasTarget(node: YamlNode): boolean {
  return aliasTargets.has(node);
}

class StopBuild {
  constructor(readonly problem: YamlProblem) {}
}

/**
 * Parses a YAML stream. Never throws for bad input: syntax errors, what
 * go-yaml or sigs.k8s.io/yaml would refuse (unknown or self-referencing
 * aliases, a `%YAML` other than 1.1, a null or collection map key, a `<<`
 * whose value is not a mapping, a tag the value does not fit, control
 * characters) and exceeded limits come back as `problem`.
 */
export function parseYaml(text: string, limits?: YamlLimits): YamlDocuments {
  return parseWith(text, limits, true);
}

/**
 * parseYaml() on js-yaml's event path only, without the direct block reader
 * (block-reader.ts): what the reader's results are checked against.
 */
export function parseYamlOnEvents(text: string, limits?: YamlLimits): YamlDocuments {
  return parseWith(text, limits, false);
}

function parseWith(text: string, limits: YamlLimits | undefined, direct: boolean): YamlDocuments {
  try {
    return parseStream(text, limits, direct);
  } catch (error) {
    // Not expected: every known failure is a problem already. Keep the promise not to throw.
    const message = error instanceof Error ? error.message : String(error);
    return { documents: [], problem: { kind: 'syntax', message: `the YAML could not be read: ${message}`, offset: 0 } };
  }
}

function parseStream(text: string, limits: YamlLimits | undefined, direct: boolean): YamlDocuments {
  const maxDepth = limits?.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxAliasExpansions = limits?.maxAliasExpansions ?? DEFAULT_MAX_ALIAS_EXPANSIONS;

  const forbidden = forbiddenCharacter(text);
  if (forbidden !== -1) {
    const code = text.charCodeAt(forbidden);
    const problem: YamlProblem = {
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
    if (read !== undefined) return read;
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
function documentsBefore(text: string, offset: number, limits: YamlLimits | undefined, direct: boolean): (YamlNode | null)[] {
  const marker = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
  let cut = -1;
  for (let m = marker.exec(text); m && m.index < offset; m = marker.exec(text)) cut = m.index;
  if (cut <= 0) return [];
  return parseWith(text.slice(0, cut), limits, direct).documents;
}

interface Parsed {
  events: Event[];
  /** The text the event offsets refer to (the input, or the input with indentation added). */
  source: string;
  toOriginal: ((offset: number) => number) | undefined;
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
function parseWithRepairs(text: string, maxDepth: number): Parsed | { problem: YamlProblem } {
  let source = text;
  // Insertions in the order they were made: [offset in the text at that time, number of spaces].
  const insertions: [number, number][] = [];
  let lastLine = -1;
  let lastCount = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      const events = parseEvents(source, { maxDepth });
      return { events, source, toOriginal: insertions.length === 0 ? undefined : mapper(insertions) };
    } catch (error) {
      const problem = unterminatedQuote(problemFromError(error), source);
      const toOriginal = insertions.length === 0 ? (o: number) => o : mapper(insertions);
      const original = { problem: { ...problem, offset: toOriginal(problem.offset) } };
      if (!(error instanceof YAMLException) || error.reason !== 'deficient indentation' || attempt >= MAX_REPAIRS) {
        return original;
      }
      const p = Math.min(problem.offset, source.length);
      let lineStart = p;
      while (lineStart > 0 && source.charCodeAt(lineStart - 1) !== 0x0a && source.charCodeAt(lineStart - 1) !== 0x0d) lineStart--;
      let runStart = p;
      while (runStart > lineStart && (source.charCodeAt(runStart - 1) === 0x20 || source.charCodeAt(runStart - 1) === 0x09)) runStart--;
      const run = source.slice(runStart, p);
      if (run.includes('\t')) {
        source = source.slice(0, runStart) + run.replace(/\t/g, ' ') + source.slice(p);
        continue;
      }
      // Only a line that starts with too little indentation can be indented;
      // a document marker at column 0 ends the document for go-yaml as well.
      if (runStart !== lineStart || /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(source.slice(p, p + 4))) return original;
      const count = lineStart === lastLine ? lastCount : 1;
      if (count > 256) return original;
      source = source.slice(0, lineStart) + ' '.repeat(count) + source.slice(lineStart);
      insertions.push([lineStart, count]);
      lastLine = lineStart;
      lastCount = count * 2;
    }
  }
}

/** Maps an offset in the repaired text back to the original text. */
function mapper(insertions: [number, number][]): (offset: number) => number {
  return (offset: number) => {
    let result = offset;
    for (let i = insertions.length - 1; i >= 0; i--) {
      const [at, count] = insertions[i] as [number, number];
      if (result >= at + count) result -= count;
      else if (result > at) result = at;
    }
    return result;
  };
}

/**
 * A quoted scalar that is never closed runs to the end of the file, where the
 * parser notices: point at its opening quote instead (a position after the
 * last line helps nobody).
 */
function unterminatedQuote(problem: YamlProblem, source: string): YamlProblem {
  const kind = /within a (double|single) quoted scalar/.exec(problem.message)?.[1];
  if (!kind || problem.offset < source.trimEnd().length) return problem;
  const quote = kind === 'double' ? '"' : "'";
  let i = source.length;
  while ((i = source.lastIndexOf(quote, i - 1)) > 0) {
    let backslashes = 0;
    while (kind === 'double' && source[i - 1 - backslashes] === '\\') backslashes++;
    if (kind === 'double' && backslashes % 2 === 1) continue; // an escaped quote inside the scalar
    if (kind === 'single' && source[i - 1] === "'") {
      i--; // '' is a quote inside the scalar
      continue;
    }
    break;
  }
  if (i < 0) return problem;
  return { ...problem, message: `${problem.message} (the ${kind}-quoted scalar that starts here is never closed)`, offset: i };
}

function problemFromError(error: unknown): YamlProblem {
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

// ---------------------------------------------------------------------------

interface AnchorEntry {
  node: YamlNode;
  open: boolean;
  /** Alias dereferences in the node's full expansion. */
  derefs: number;
  /** Nodes in the node's full expansion. */
  size: number;
  /** Levels of the node's full expansion (a scalar: 1). */
  height: number;
}

interface Frame {
  node: YamlMapping | YamlSequence | null; // null: the document
  /** Mapping: the key waiting for its value. */
  key: YamlNode | undefined;
  anchor: string | undefined;
  derefsAtOpen: number;
  sizeAtOpen: number;
  /** Where the collection starts in `source` (repaired-text) offsets. */
  sourceStart: number;
  /** Greatest expanded height of a child so far. */
  height: number;
  /** Document: its root. */
  root: YamlNode | null;
}

const DEFAULT_TAG_HANDLES: ReadonlyMap<string, string> = new Map([
  ['!', '!'],
  ['!!', 'tag:yaml.org,2002:'],
]);

class TreeBuilder {
  private readonly documents: (YamlNode | null)[] = [];
  private readonly stack: Frame[] = [];
  private anchors = new Map<string, AnchorEntry>();
  private tagHandles: ReadonlyMap<string, string> = DEFAULT_TAG_HANDLES;
  /** End of the last token consumed, in `source` offsets. */
  private cursor = 0;
  private derefs = 0;
  private size = 0;
  private realNodes = 0;
  private readonly maxAddedNodes: number;
  /**
   * The value of each untagged plain key text that resolves to a string,
   * shared by every key with that text: a vector repeats its keys in every
   * entry, and one text and one GoScalar for all of them keeps the tree a
   * fifth smaller. Values repeat far less, so looking them up (hashing the
   * text) costs more than it saves. GoScalar values are never changed.
   */
  private readonly strings = new Map<string, GoScalar>();

  constructor(
    private readonly source: string,
    private readonly toOriginal: ((offset: number) => number) | undefined,
    private readonly maxAliasExpansions: number,
  ) {
    this.maxAddedNodes = maxAliasExpansions * 100;
  }

  build(events: Event[]): YamlDocuments {
    try {
      for (let i = 0; i < events.length; i++) {
        const ev = events[i] as Event;
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
    } catch (error) {
      if (error instanceof StopBuild) return { documents: this.documents, problem: error.problem };
      throw error;
    }
    return { documents: this.documents };
  }

  private pos(offset: number): number {
    return this.toOriginal === undefined ? offset : this.toOriginal(offset);
  }

  private fail(kind: YamlProblem['kind'], message: string, sourceOffset: number): never {
    throw new StopBuild({ kind, message, offset: this.pos(sourceOffset) });
  }

  private document(directives: readonly { kind: string; version?: string; handle?: string; prefix?: string }[]): void {
    this.anchors = new Map();
    this.derefs = 0;
    this.size = 0;
    this.realNodes = 0;
    let handles: Map<string, string> | undefined;
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
  private expandTag(raw: string): string {
    if (raw.startsWith('!<')) return normalizeTag(raw);
    const second = raw.indexOf('!', 1);
    const handle = second === -1 ? '!' : raw.slice(0, second + 1);
    const suffix = second === -1 ? raw.slice(1) : raw.slice(second + 1);
    const prefix = this.tagHandles.get(handle);
    return prefix === undefined ? raw : prefix + suffix;
  }

  private scalar(ev: ScalarEvent): void {
    const src = this.source;
    const style = STYLES[ev.style] as ScalarStyle;
    let start: number;
    let end: number;
    const propsEnd = ev.tagEnd > ev.anchorEnd ? ev.tagEnd : ev.anchorEnd;
    if (ev.valueStart < 0) {
      // An empty plain scalar (an implicit null).
      start = end = propsEnd >= 0 ? propsEnd : this.emptyPosition();
    } else if (style === 'plain') {
      start = ev.valueStart;
      end = ev.valueEnd;
    } else if (style === 'single-quoted' || style === 'double-quoted') {
      start = ev.valueStart - 1;
      end = ev.valueEnd + 1;
    } else {
      start = this.blockIndicator(propsEnd > this.cursor ? propsEnd : this.cursor, ev.valueStart);
      end = ev.valueEnd;
    }
    let text = ev.valueStart < 0 ? '' : getScalarValue(src, ev);
    let tag: string | undefined;
    let value: GoScalar;
    if (ev.tagStart >= 0) {
      tag = src.slice(ev.tagStart, ev.tagEnd);
      value = resolveGoScalar(text, style, this.expandTag(tag));
      if (value.error !== undefined) this.fail('syntax', `${value.error} (go-yaml refuses the file)`, start);
    } else if (style === 'plain' && text.length <= MAX_SHARED_TEXT && this.expectsKey()) {
      const shared = this.strings.get(text);
      if (shared !== undefined) {
        value = shared;
        text = shared.goString;
      } else {
        value = resolveGoScalar(text, style);
        if (value.type === 'string') this.strings.set(text, value);
      }
    } else {
      value = resolveGoScalar(text, style);
    }
    const node: YamlScalar = {
      kind: 'scalar',
      start: this.pos(start),
      end: this.pos(end),
      text,
      style,
      tag,
      value,
    };
    if (end > this.cursor) this.cursor = end;
    this.size++;
    this.realNodes++;
    if (ev.anchorStart >= 0) {
      this.defineAnchor(ev.anchorStart, ev.anchorEnd, { node, open: false, derefs: 0, size: 1, height: 1 });
    }
    this.attach(node, false, 1);
  }

  /** Whether the next node is a mapping key. */
  private expectsKey(): boolean {
    const frame = this.stack[this.stack.length - 1] as Frame;
    return frame.node !== null && frame.node.kind === 'mapping' && frame.key === undefined;
  }

  /** Where an empty scalar goes: just after the indicator that introduced it. */
  private emptyPosition(): number {
    const src = this.source;
    let i = this.cursor;
    for (;;) {
      const c = src.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
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
  private blockIndicator(from: number, valueStart: number): number {
    const src = this.source;
    const limit = valueStart >= 0 ? valueStart : src.length;
    for (let i = from; i < limit; i++) {
      const c = src.charCodeAt(i);
      if (c === 0x7c || c === 0x3e) return i;
      if (c === 0x23 /* # */) {
        while (i < limit && src.charCodeAt(i) !== 0x0a) i++;
      }
    }
    return valueStart >= 0 ? valueStart : from;
  }

  private open(type: number, start: number, flow: boolean, tagStart: number, tagEnd: number, anchorStart: number, anchorEnd: number): void {
    const tag = tagStart >= 0 ? this.source.slice(tagStart, tagEnd) : undefined;
    const at = this.pos(start);
    const node: YamlMapping | YamlSequence =
      type === EV_MAPPING
        ? { kind: 'mapping', start: at, end: at, pairs: [], flow, tag }
        : { kind: 'sequence', start: at, end: at, items: [], flow, tag };
    const frame: Frame = {
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
    if (contentStart > this.cursor) this.cursor = contentStart;
  }

  private pop(): void {
    const frame = this.stack.pop() as Frame;
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
          while (i < n && src.charCodeAt(i) !== 0x0a && src.charCodeAt(i) !== 0x0d) i++;
          continue;
        }
        i++;
      }
      end = i;
    }
    if (end > this.cursor) this.cursor = end;
    node.end = this.pos(end);
    // push() leaves room for more (17 slots at the first, then half as many
    // again); the tree lives as long as the run, so keep only what it holds.
    if (node.kind === 'mapping') node.pairs = node.pairs.slice();
    else node.items = node.items.slice();
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

  private defineAnchor(anchorStart: number, anchorEnd: number, entry: AnchorEntry): string {
    const name = this.source.slice(anchorStart, anchorEnd);
    this.checkAnchorName(name, anchorStart - 1);
    this.anchors.set(name, entry);
    return name;
  }

  /** libyaml's scanner takes only letters, digits, `-` and `_` in anchor and alias names. */
  private checkAnchorName(name: string, offset: number): void {
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f)) {
        this.fail(
          'syntax',
          `anchor or alias name \`${name}\`: go-yaml accepts only letters, digits, '-' and '_' in these names`,
          offset,
        );
      }
    }
  }

  private alias(anchorStart: number, anchorEnd: number): void {
    const name = this.source.slice(anchorStart, anchorEnd);
    this.checkAnchorName(name, anchorStart - 1);
    const entry = this.anchors.get(name);
    if (entry === undefined) this.fail('syntax', `unknown anchor '${name}' referenced`, anchorStart - 1);
    if (entry.open) this.fail('syntax', `anchor '${name}' value contains itself`, anchorStart - 1);
    this.derefs += 1 + entry.derefs;
    this.size += entry.size;
    if (this.derefs > this.maxAliasExpansions) {
      this.fail(
        'limit',
        `aliases expand to more than ${this.maxAliasExpansions} references (an alias bomb?); the document is not read`,
        anchorStart - 1,
      );
    }
    if (this.size - this.realNodes > this.maxAddedNodes) {
      this.fail('limit', `aliases expand the document by more than ${this.maxAddedNodes} nodes; the document is not read`, anchorStart - 1);
    }
    // The document frame does not count: the alias sits at depth stack.length - 1.
    if (this.stack.length - 1 + entry.height > MAX_EXPANDED_DEPTH) {
      this.fail('limit', `aliases nest the document deeper than ${MAX_EXPANDED_DEPTH} levels; the document is not read`, anchorStart - 1);
    }
    aliasTargets.add(entry.node);
    if (anchorEnd > this.cursor) this.cursor = anchorEnd;
    this.attach(entry.node, true, entry.height);
  }

  private attach(node: YamlNode, isAlias: boolean, height: number): void {
    const frame = this.stack[this.stack.length - 1] as Frame;
    if (height > frame.height) frame.height = height;
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
  private checkPair(key: YamlNode, value: YamlNode, valueIsAlias: boolean): void {
    if (isMergeKey(key)) {
      const ok =
        value.kind === 'mapping' ||
        (!valueIsAlias && value.kind === 'sequence' && value.items.every((item) => item.kind === 'mapping'));
      if (!ok) this.failAt('syntax', 'map merge requires map or sequence of maps as the value (go-yaml refuses the file)', key.start);
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
  private failAt(kind: YamlProblem['kind'], message: string, offset: number): never {
    throw new StopBuild({ kind, message, offset });
  }
}

// ---------------------------------------------------------------------------
// Reading the tree as Gardener does.

/**
 * A merge key as go-yaml v2 sees it (decode.go isMerge): the scalar `<<`,
 * plain and untagged, or tagged `!!merge`.
 */
export function isMergeKey(node: YamlNode): boolean {
  if (node.kind !== 'scalar' || node.text !== '<<') return false;
  if (node.tag === undefined) return node.style === 'plain';
  return node.tag === '!' || normalizeTag(node.tag) === MERGE_TAG;
}

export interface ValueLimits {
  /** Default 10,000 (see YamlLimits). */
  maxAliasExpansions?: number;
  /** Maximum nesting of the produced value, aliases expanded. Default 3,000 (parseYaml already refuses documents deeper than 1,000). */
  maxDepth?: number;
}

interface WalkState {
  visited: Set<YamlNode>;
  expansions: number;
  maxExpansions: number;
  maxDepth: number;
}

function newWalk(limits: ValueLimits | undefined): WalkState {
  return {
    visited: new Set(),
    expansions: 0,
    maxExpansions: limits?.maxAliasExpansions ?? DEFAULT_MAX_ALIAS_EXPANSIONS,
    maxDepth: limits?.maxDepth ?? 3 * MAX_EXPANDED_DEPTH,
  };
}

/** Counts a visit of a node shared by aliases (every visit after the first is an expansion). */
function enter(state: WalkState, node: YamlNode, depth: number): void {
  if (depth > state.maxDepth) {
    throw new YamlValueError('limit', `the value nests deeper than ${state.maxDepth} levels`, node.start);
  }
  if (!aliasTargets.has(node)) return;
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
export function toPlainValue(node: YamlNode | null, limits?: ValueLimits): unknown {
  if (node === null) return null;
  return plain(node, newWalk(limits), 0);
}

function plain(node: YamlNode, state: WalkState, depth: number): unknown {
  enter(state, node, depth);
  switch (node.kind) {
    case 'scalar':
      return scalarValue(node);
    case 'sequence': {
      const out = new Array<unknown>(node.items.length);
      for (let i = 0; i < node.items.length; i++) out[i] = plain(node.items[i] as YamlNode, state, depth + 1);
      return out;
    }
    default: {
      const out = Object.create(null) as Record<string, unknown>;
      fillMapping(out, node, state, depth);
      return out;
    }
  }
}

function scalarValue(node: YamlScalar): unknown {
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
function scalarNumber(node: YamlScalar): number {
  const v = node.value;
  if (v.type === 'int') return Number(v.goString);
  // A float: YAML float syntax, .inf/.nan, or an int under an explicit !!float.
  if (v.goString === 'NaN') return NaN;
  if (/^[-+]?\.inf$/i.test(node.text)) return node.text.startsWith('-') ? -Infinity : Infinity;
  const asPlain = resolveGoScalar(node.text, 'plain');
  if (asPlain.type === 'int') return Number(asPlain.goString);
  return Number(node.text.replace(/_/g, ''));
}

function fillMapping(out: Record<string, unknown>, node: YamlMapping, state: WalkState, depth: number): void {
  for (const pair of node.pairs) {
    if (isMergeKey(pair.key)) {
      mergeInto(out, pair.value, state, depth);
      continue;
    }
    out[plainKey(pair.key, state, depth)] = plain(pair.value, state, depth + 1);
  }
}

function mergeInto(out: Record<string, unknown>, source: YamlNode, state: WalkState, depth: number): void {
  enter(state, source, depth + 1);
  if (source.kind === 'mapping') {
    fillMapping(out, source, state, depth + 1);
    return;
  }
  if (source.kind === 'sequence') {
    // decode.go: "Step backwards as earlier nodes take precedence."
    for (let i = source.items.length - 1; i >= 0; i--) {
      const item = source.items[i] as YamlNode;
      if (item.kind !== 'mapping') break;
      enter(state, item, depth + 2);
      fillMapping(out, item, state, depth + 2);
    }
    if (source.items.every((item) => item.kind === 'mapping')) return;
  }
  throw new YamlValueError('invalid', 'map merge requires map or sequence of maps as the value', source.start);
}

function plainKey(key: YamlNode, state: WalkState, depth: number): string {
  enter(state, key, depth + 1);
  if (key.kind !== 'scalar') throw new YamlValueError('invalid', `invalid map key: a ${key.kind} cannot be a key`, key.start);
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
export function effectivePairs(node: YamlMapping, limits?: ValueLimits): YamlPair[] {
  const out = new Map<string, YamlPair>();
  collectPairs(out, node, newWalk(limits), 0);
  return Array.from(out.values());
}

function collectPairs(out: Map<string, YamlPair>, node: YamlMapping, state: WalkState, depth: number): void {
  for (const pair of node.pairs) {
    if (isMergeKey(pair.key)) {
      const source = pair.value;
      enter(state, source, depth + 1);
      if (source.kind === 'mapping') collectPairs(out, source, state, depth + 1);
      else if (source.kind === 'sequence' && source.items.every((item) => item.kind === 'mapping')) {
        for (let i = source.items.length - 1; i >= 0; i--) {
          const item = source.items[i] as YamlMapping;
          enter(state, item, depth + 2);
          collectPairs(out, item, state, depth + 2);
        }
      } else throw new YamlValueError('invalid', 'map merge requires map or sequence of maps as the value', source.start);
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
export function visitNodes(root: YamlNode | null, visit: (node: YamlNode) => boolean | void): void {
  if (root === null) return;
  const seen = new Set<YamlNode>();
  const todo: YamlNode[] = [root];
  while (todo.length > 0) {
    const node = todo.pop() as YamlNode;
    if (seen.has(node)) continue;
    seen.add(node);
    if (visit(node) === false) continue;
    if (node.kind === 'sequence') {
      for (let i = node.items.length - 1; i >= 0; i--) todo.push(node.items[i] as YamlNode);
    } else if (node.kind === 'mapping') {
      for (let i = node.pairs.length - 1; i >= 0; i--) {
        const pair = node.pairs[i] as YamlPair;
        todo.push(pair.value, pair.key);
      }
    }
  }
}
