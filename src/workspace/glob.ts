// A small glob matcher for repository-relative POSIX paths. Node 20 (which the
// action's users may still run locally) has no fs.glob, and the patterns a
// workflow gives are simple: `*`, `?`, `**`, `[abc]`, `{a,b}`. Writing this is
// less code than vetting and bundling a dependency for it.
//
// Rules: `*` and `?` never match `/`; a `**` segment matches any number of
// directories (also none); a leading `./` is ignored; `\` escapes.

const MAGIC = /[*?[\]{}\\]/;

export function hasMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** Removes `./` prefixes and duplicate slashes; a trailing `/` means everything below. */
export function normalizePattern(pattern: string): string {
  let p = pattern.trim().replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  if (p.endsWith('/')) p += '**';
  return p;
}

/** The directory below which every match lies (no magic characters), '' for the root. */
export function staticPrefix(pattern: string): string {
  const segments = normalizePattern(pattern).split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (hasMagic(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/');
}

export function globToRegExp(pattern: string): RegExp {
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

function segmentToRegExp(segment: string): string {
  let out = '';
  let i = 0;
  while (i < segment.length) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) {
      out += escapeRegExp(segment[i + 1]!);
      i += 2;
    } else if (c === '*') {
      while (segment[i] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        i++;
        continue;
      }
      let body = segment.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      body = body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]');
      out += negate ? `[^/${body}]` : `[${body}]`;
      i = end + 1;
    } else if (c === '{') {
      const end = matchingBrace(segment, i);
      if (end < 0) {
        out += '\\{';
        i++;
        continue;
      }
      const alternatives = splitTopLevel(segment.slice(i + 1, end));
      out += `(?:${alternatives.map(segmentToRegExp).join('|')})`;
      i = end + 1;
    } else {
      out += escapeRegExp(c);
      i++;
    }
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Applies patterns in order: a path is selected by the last pattern that
 * matches it (`!pattern` deselects). Returns the selected paths, sorted.
 */
export function selectPaths(paths: readonly string[], patterns: readonly string[]): string[] {
  const compiled = patterns.map((p) => {
    const negate = p.startsWith('!');
    return { negate, re: globToRegExp(negate ? p.slice(1) : p) };
  });
  const selected: string[] = [];
  for (const file of paths) {
    let keep = false;
    for (const { negate, re } of compiled) {
      if (re.test(file)) keep = !negate;
    }
    if (keep) selected.push(file);
  }
  return selected.sort();
}
