import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeSource,
  effectivePairs,
  isMergeKey,
  LineIndex,
  parseYaml,
  toPlainValue,
  visitNodes,
  YamlValueError,
  type YamlMapping,
  type YamlNode,
  type YamlScalar,
  type YamlSequence,
} from '../../src/engine/yaml/index.js';

/** Parses one document that must be readable. */
function parse(text: string): YamlNode {
  const result = parseYaml(text);
  expect(result.problem).toBeUndefined();
  expect(result.documents.length).toBeGreaterThan(0);
  return result.documents[0] as YamlNode;
}

function mapping(node: YamlNode | null | undefined): YamlMapping {
  expect(node?.kind).toBe('mapping');
  return node as YamlMapping;
}

function sequence(node: YamlNode | null | undefined): YamlSequence {
  expect(node?.kind).toBe('sequence');
  return node as YamlSequence;
}

function scalar(node: YamlNode | null | undefined): YamlScalar {
  expect(node?.kind).toBe('scalar');
  return node as YamlScalar;
}

/** The value node of `key` (exact key text). */
function get(node: YamlNode, key: string): YamlNode {
  const pair = mapping(node).pairs.find((p) => p.key.kind === 'scalar' && p.key.text === key);
  expect(pair, `key ${key}`).toBeDefined();
  return (pair as { value: YamlNode }).value;
}

function keyOf(node: YamlNode, key: string): YamlNode {
  const pair = mapping(node).pairs.find((p) => p.key.kind === 'scalar' && p.key.text === key);
  expect(pair, `key ${key}`).toBeDefined();
  return (pair as { key: YamlNode }).key;
}

/** "line:column" of an offset. */
function at(text: string, offset: number): string {
  const p = new LineIndex(text).position(offset);
  return `${p.line}:${p.column}`;
}

describe('parseYaml: positions', () => {
  const BLOCK = [
    'images:', //
    '- name: etcd',
    '  tag: "3.5"',
    "  repository: 'etcd/etcd'",
    '  labels: [a, "b"]',
    '  version: v1.2.3',
    '',
  ].join('\n');

  it('keeps the line and column of keys and values in block style', () => {
    const root = parse(BLOCK);
    expect(at(BLOCK, keyOf(root, 'images').start)).toBe('1:1');
    const images = sequence(get(root, 'images'));
    expect(at(BLOCK, images.start)).toBe('2:1');
    const entry = mapping(images.items[0]);
    expect(at(BLOCK, entry.start)).toBe('2:3');
    expect(at(BLOCK, keyOf(entry, 'name').start)).toBe('2:3');
    const name = scalar(get(entry, 'name'));
    expect([at(BLOCK, name.start), at(BLOCK, name.end), name.text]).toEqual(['2:9', '2:13', 'etcd']);
    const tag = scalar(get(entry, 'tag'));
    expect([at(BLOCK, tag.start), BLOCK.slice(tag.start, tag.end), tag.text, tag.style]).toEqual(['3:8', '"3.5"', '3.5', 'double-quoted']);
    const repository = scalar(get(entry, 'repository'));
    expect([at(BLOCK, repository.start), BLOCK.slice(repository.start, repository.end)]).toEqual(['4:15', "'etcd/etcd'"]);
    const labels = sequence(get(entry, 'labels'));
    expect(labels.flow).toBe(true);
    expect(BLOCK.slice(labels.start, labels.end)).toBe('[a, "b"]');
    expect(labels.items.map((item) => at(BLOCK, item.start))).toEqual(['5:12', '5:15']);
    expect(scalar(get(entry, 'version')).text).toBe('v1.2.3');
    expect(images.flow).toBe(false);
    expect(BLOCK.slice(entry.start, entry.end)).toBe(BLOCK.slice(BLOCK.indexOf('name'), BLOCK.lastIndexOf('v1.2.3') + 6));
  });

  it('keeps positions in flow style', () => {
    const text = '{images: [{name: etcd, tag: "3.5"}, {name: pause,\n  tag: \'3.9\' } ] }';
    const root = mapping(parse(text));
    expect(root.flow).toBe(true);
    expect([root.start, root.end]).toEqual([0, text.length]);
    const images = sequence(get(root, 'images'));
    expect(text.slice(images.start, images.end)).toBe(text.slice(9, text.length - 2));
    const second = mapping(images.items[1]);
    expect(text.slice(second.start, second.end)).toBe("{name: pause,\n  tag: '3.9' }");
    expect(at(text, scalar(get(second, 'tag')).start)).toBe('2:8');
    expect(at(text, keyOf(second, 'tag').start)).toBe('2:3');
  });

  it('keeps positions after CRLF line breaks', () => {
    const text = BLOCK.replace(/\n/g, '\r\n');
    const entry = mapping(sequence(get(parse(text), 'images')).items[0]);
    const tag = scalar(get(entry, 'tag'));
    expect([at(text, tag.start), tag.text]).toEqual(['3:8', '3.5']);
    const labels = sequence(get(entry, 'labels'));
    expect(at(text, labels.start)).toBe('5:11');
    const literal = scalar(get(parse('a: |\r\n  x\r\n  y\r\nb: 1\r\n'), 'a'));
    expect(literal.text).toBe('x\ny\n');
  });

  it('keeps positions after a byte order mark (offsets start after it)', () => {
    const decoded = decodeSource(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name: etcd\ntag: v1\n')]), 1 << 20);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const root = parse(decoded.text);
    expect(at(decoded.text, keyOf(root, 'name').start)).toBe('1:1');
    expect(at(decoded.text, get(root, 'tag').start)).toBe('2:6');
  });

  it('covers block scalars from their header to their last line', () => {
    const text = 'a: !!str &x |-  # note | >\n  one\n  two\n\nb: >+\n  folded\n  text\n\nc: *x\n';
    const root = parse(text);
    const a = scalar(get(root, 'a'));
    expect(text.slice(a.start, a.end)).toBe('|-  # note | >\n  one\n  two\n\n');
    expect([a.text, a.tag, a.style]).toEqual(['one\ntwo', '!!str', 'literal']);
    const b = scalar(get(root, 'b'));
    expect(text.slice(b.start, b.end)).toBe('>+\n  folded\n  text\n\n');
    expect([b.text, b.style]).toEqual(['folded text\n\n', 'folded']);
    expect(get(root, 'c')).toBe(a);
  });

  it('gives empty values a zero-width position after their indicator', () => {
    const text = 'a:\nb: # comment\nc:\n- \n- x\n';
    const root = parse(text);
    const a = scalar(get(root, 'a'));
    expect([a.start, a.end, a.value.type]).toEqual([2, 2, 'null']);
    expect(at(text, get(root, 'b').start)).toBe('2:3');
    const c = sequence(get(root, 'c'));
    expect(at(text, c.items[0]?.start ?? -1)).toBe('4:2');
  });
});

describe('parseYaml: documents', () => {
  it('returns every document; null for an empty one', () => {
    const result = parseYaml('a: 1\n---\nb: 2\n...\n---\n# nothing\n--- ~\n');
    expect(result.problem).toBeUndefined();
    expect(result.documents.map((d) => d?.kind ?? null)).toEqual(['mapping', 'mapping', null, 'scalar']);
    expect(scalar(result.documents[3]).value.type).toBe('null');
  });

  it('has no document for an empty stream', () => {
    expect(parseYaml('')).toEqual({ documents: [] });
    expect(parseYaml('# just a comment\n')).toEqual({ documents: [] });
  });

  it('keeps the documents before a broken one', () => {
    const result = parseYaml('a: 1\n---\nb: [\n');
    expect(result.problem?.kind).toBe('syntax');
    expect(result.documents).toHaveLength(1);
    expect(toPlainValue(result.documents[0] ?? null)).toEqual({ a: 1 });
  });
});

describe('parseYaml: bad input', () => {
  it('reports js-yaml syntax errors without the source snippet', () => {
    const text = 'a: 1\nb: [1, 2\nc: 3\n';
    const result = parseYaml(text);
    expect(result.documents).toEqual([]);
    expect(result.problem?.kind).toBe('syntax');
    expect(result.problem?.message).not.toContain('\n');
    expect(result.problem?.message).not.toMatch(/\(\d+:\d+\)/);
    expect(result.problem?.offset).toBeGreaterThan(0);
  });

  it('accepts a tab after a quoted scalar (go-yaml does)', () => {
    const root = parse('name: "etcd"\t\ntag: \'v1\'\t# comment\nlist: ["a"\t, "b"]\n');
    expect(toPlainValue(root)).toEqual({ name: 'etcd', tag: 'v1', list: ['a', 'b'] });
  });

  it('accepts flow collections and quoted scalars that go-yaml accepts without indentation', () => {
    const text = 'images:\n- name: a\n  architectures: [amd64,\narm64]\n  tag: "v1\nbeta"\n  labels: {p: 1,\n\tq: 2}\n';
    const root = parse(text);
    const entry = mapping(sequence(get(root, 'images')).items[0]);
    const architectures = sequence(get(entry, 'architectures'));
    expect(architectures.items.map((item) => scalar(item).text)).toEqual(['amd64', 'arm64']);
    expect(at(text, architectures.items[1]?.start ?? -1)).toBe('4:1');
    expect(text.slice(architectures.start, architectures.end)).toBe('[amd64,\narm64]');
    const tag = scalar(get(entry, 'tag'));
    expect([tag.text, text.slice(tag.start, tag.end)]).toEqual(['v1 beta', '"v1\nbeta"']);
    expect(at(text, tag.end)).toBe('6:6');
    expect(toPlainValue(get(entry, 'labels'))).toEqual({ p: 1, q: 2 });
  });

  it('still refuses a document marker inside a quoted scalar', () => {
    const result = parseYaml('a: "x\n---\ny"\n');
    expect(result.problem?.kind).toBe('syntax');
  });

  it.each([
    ['a: *nope\n', "unknown anchor 'nope' referenced", 3],
    ['a: &x [*x]\n', "anchor 'x' value contains itself", 7],
    ['a: &x.y 1\n', 'anchor or alias name `x.y`', 3],
    ['%YAML 1.2\n---\na: 1\n', 'found incompatible YAML document', 0],
    ['a: b\u0001\n', 'control characters are not allowed: U+0001', 4],
    ['a: "\u007f"\n', 'control characters are not allowed: U+007F', 4],
    ['~: 1\n', 'a null key', 0],
    ['? [a]\n: 1\n', 'invalid map key: a sequence cannot be a key', 2],
    ['? {a: 1}\n: 1\n', 'invalid map key: a mapping cannot be a key', 2],
    ['<<: 5\n', 'map merge requires map or sequence of maps', 0],
    ['l: &l [{a: 1}]\nm:\n  <<: *l\n', 'map merge requires map or sequence of maps', 20],
    ['tag: !!int v1.2\n', 'cannot decode !!str `v1.2` as a !!int', 11],
    ['18446744073709551615: x\n', 'an integer beyond int64', 0],
  ])('refuses what go-yaml or sigs.k8s.io/yaml refuse: %j', (text, message, offset) => {
    const result = parseYaml(text);
    expect(result.problem?.kind).toBe('syntax');
    expect(result.problem?.message).toContain(message);
    expect(result.problem?.offset).toBe(offset);
  });

  it('accepts %YAML 1.1 and %TAG handles', () => {
    const root = parse('%YAML 1.1\n%TAG !g! tag:yaml.org,2002:\n---\na: !g!str 010\nb: !g!int "010"\n');
    expect(toPlainValue(root)).toEqual({ a: '010', b: 8 });
  });

  it('returns a limit problem quickly for an alias bomb (billion laughs)', () => {
    const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const started = performance.now();
    const result = parseYaml(lines.join('\n') + '\n');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.problem?.kind).toBe('limit');
    expect(result.problem?.message).toContain('10000');
    expect(result.documents).toEqual([]);
  });

  it('caps what a few aliases to a huge node would expand to', () => {
    const items = Array.from({ length: 2000 }, (_, i) => i).join(', ');
    const text = `big: &big [${items}]\nuses: [${Array(600).fill('*big').join(', ')}]\n`;
    expect(parseYaml(text).problem?.kind).toBe('limit');
    expect(parseYaml(text, { maxAliasExpansions: 100_000 }).problem).toBeUndefined();
  });

  it('refuses aliases that nest the expanded document too deeply', () => {
    const lines = ['a0: &a0 ' + '['.repeat(90) + ']'.repeat(90)];
    for (let i = 1; i < 15; i++) lines.push(`a${i}: &a${i} ${'['.repeat(90)}*a${i - 1}${']'.repeat(90)}`);
    const result = parseYaml(lines.join('\n'));
    expect(result.problem?.kind).toBe('limit');
    expect(result.problem?.message).toContain('deeper than 1000');
  });

  it('returns a limit problem for deep nesting (10,000 levels)', () => {
    const flow = '['.repeat(10_000) + ']'.repeat(10_000);
    const started = performance.now();
    const result = parseYaml(flow);
    expect(result.problem?.kind).toBe('limit');
    expect(result.problem?.offset).toBeGreaterThan(0);
    const block = Array.from({ length: 10_000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n');
    expect(parseYaml(block).problem?.kind).toBe('limit');
    expect(parseYaml(flow, { maxDepth: 50_000 }).problem?.kind).toBe('limit');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(parseYaml('['.repeat(150) + ']'.repeat(150), { maxDepth: 200 }).problem).toBeUndefined();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = parseYaml(text);
        expect(Array.isArray(result.documents)).toBe(true);
        for (const doc of result.documents) toPlainValue(doc);
      }),
      { numRuns: 500 },
    );
  });
});

describe('aliases and merge keys', () => {
  it('resolves an alias to the anchored node itself', () => {
    const root = parse('base: &b {repository: r, tag: v1}\nother: *b\nlist: [*b, *b]\n');
    const base = get(root, 'base');
    expect(get(root, 'other')).toBe(base);
    expect(sequence(get(root, 'list')).items).toEqual([base, base]);
    const plain = toPlainValue(root) as Record<string, Record<string, string>>;
    expect(plain.other).toEqual({ repository: 'r', tag: 'v1' });
    expect(plain.other).not.toBe(plain.base);
  });

  it('applies merge keys as go-yaml v2 does', () => {
    const text = [
      'base: &base {a: 1, b: 2, c: 3}',
      'p: &p {x: p}',
      'q: &q {x: q, w: q}',
      'm:',
      '  a: 0', // set before the merge: go-yaml v2 lets the merge overwrite it
      '  <<: *base',
      '  b: 9', // set after: wins
      'k:',
      '  <<: [*p, *q]', // earlier mappings win
      '  "<<": quoted', // not a merge key
      'o:',
      '  !!merge <<: {z: 1}',
      '',
    ].join('\n');
    const root = parse(text);
    expect(toPlainValue(root)).toEqual({
      base: { a: 1, b: 2, c: 3 },
      p: { x: 'p' },
      q: { x: 'q', w: 'q' },
      m: { a: 1, b: 9, c: 3 },
      k: { x: 'p', w: 'q', '<<': 'quoted' },
      o: { z: 1 },
    });
    const m = mapping(get(root, 'm'));
    expect(m.pairs.map((p) => isMergeKey(p.key))).toEqual([false, true, false]);
    const pairs = effectivePairs(m);
    expect(pairs.map((p) => [scalar(p.key).text, scalar(p.value).text])).toEqual([
      ['a', '1'],
      ['b', '9'],
      ['c', '3'],
    ]);
    // A merged pair points into the merged mapping.
    expect(at(text, pairs[0]?.value.start ?? -1)).toBe('1:17');
  });

  it('counts alias expansions in toPlainValue (typed error, catchable)', () => {
    const text = `x: &x [1, 2]\nys: [${Array(50).fill('*x').join(', ')}]\n`;
    const root = parse(text);
    expect(() => toPlainValue(root, { maxAliasExpansions: 10 })).toThrowError(YamlValueError);
    try {
      toPlainValue(root, { maxAliasExpansions: 10 });
    } catch (error) {
      expect(error).toBeInstanceOf(YamlValueError);
      expect((error as YamlValueError).kind).toBe('limit');
    }
    expect((toPlainValue(root) as { ys: unknown[] }).ys).toHaveLength(50);
  });

  it('visits shared nodes once', () => {
    const root = parse('a: &a [x, y]\nb: [*a, *a, *a]\n');
    let scalars = 0;
    visitNodes(root, (node) => {
      if (node.kind === 'scalar') scalars++;
    });
    expect(scalars).toBe(4); // a, x, y, b
  });
});

describe('toPlainValue: what Gardener receives', () => {
  it('builds JSON-like values with YAML 1.1 scalars', () => {
    const root = parse('tag: 3.10\nname: 1.2\nold: 010\nok: yes\nnone:\nhex: 0x1F\ninf: .inf\nq: "3.10"\nlist: [on, off, ~]\n');
    expect(toPlainValue(root)).toEqual({
      tag: 3.1,
      name: 1.2,
      old: 8,
      ok: true,
      none: null,
      hex: 31,
      inf: Infinity,
      q: '3.10',
      list: [true, false, null],
    });
    expect(scalar(get(root, 'tag')).value.goString).toBe('3.1');
  });

  it('gives explicitly tagged floats their float64 value', () => {
    expect(toPlainValue(parse('a: !!float 010\nb: !!float 0x1F\nc: !!float "1_000.5"\nd: !!float -.Inf\n'))).toEqual({
      a: 8,
      b: 31,
      c: 1000.5,
      d: -Infinity,
    });
  });

  it('turns non-string keys into their Go string form; the last duplicate wins', () => {
    const root = parse('1.10: a\nyes: b\n010: c\nname: first\nname: last\n.inf: d\n');
    expect(toPlainValue(root)).toEqual({ '1.1': 'a', true: 'b', '8': 'c', name: 'last', '.inf': 'd' });
  });

  it('does not pollute prototypes', () => {
    const root = parse('__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\nlist:\n- __proto__: {polluted: yes}\n');
    const value = toPlainValue(root) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor', 'list']);
    expect(value['__proto__']).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const merged = toPlainValue(parse('a: &a {__proto__: {polluted: yes}}\nb: {<<: *a}\n')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(merged.b ?? {})).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws a typed error for a tree sigs.k8s.io/yaml could not convert', () => {
    const nullKey: YamlScalar = { kind: 'scalar', start: 0, end: 1, text: '~', style: 'plain', value: { type: 'null', goString: '' } };
    const value: YamlScalar = { kind: 'scalar', start: 3, end: 4, text: 'x', style: 'plain', value: { type: 'string', goString: 'x' } };
    const map: YamlMapping = { kind: 'mapping', start: 0, end: 4, flow: false, pairs: [{ key: nullKey, value }] };
    expect(() => toPlainValue(map)).toThrowError(YamlValueError);
    expect(toPlainValue(null)).toBeNull();
  });
});

describe('scalar source ranges (property)', () => {
  const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,12}$/);
  const plainValue = fc.stringMatching(/^[a-z][a-z0-9./_-]{0,16}$/).map((text) => ({ raw: text, text }));
  const printable = fc.string({ unit: fc.constantFrom(...Array.from('abcXYZ09 .:#,[]{}-_/\'"\\é🚀\t')), maxLength: 20 });
  const singleQuoted = printable.map((text) => ({ raw: `'${text.replace(/'/g, "''")}'`, text }));
  const doubleQuoted = printable.map((text) => ({
    raw: `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t')}"`,
    text,
  }));
  const entry = fc.tuple(key, fc.oneof(plainValue, singleQuoted, doubleQuoted));

  it('maps every scalar to the [start, end) slice that is its raw text', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { minLength: 1, maxLength: 8, selector: ([k]) => k }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        (entries, eol, flow, nested) => {
          const body = flow
            ? `{${entries.map(([k, v]) => `${k}: ${v.raw}`).join(`,${eol}  `)}}`
            : entries.map(([k, v]) => `${nested ? '  ' : ''}${k}: ${v.raw}`).join(eol);
          const text = nested ? (flow ? `root: ${body}${eol}` : `root:${eol}${body}${eol}`) : body + eol;
          const result = parseYaml(text);
          expect(result.problem).toBeUndefined();
          let node = result.documents[0] as YamlNode;
          if (nested) node = get(node, 'root');
          const pairs = mapping(node).pairs;
          expect(pairs).toHaveLength(entries.length);
          pairs.forEach((pair, i) => {
            const [k, v] = entries[i] as [string, { raw: string; text: string }];
            const keyNode = scalar(pair.key);
            const valueNode = scalar(pair.value);
            expect(text.slice(keyNode.start, keyNode.end)).toBe(k);
            expect(text.slice(valueNode.start, valueNode.end)).toBe(v.raw);
            expect(valueNode.text).toBe(v.text);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('performance', () => {
  it('builds the tree of a large vector in linear time', () => {
    const entry = (i: number) =>
      `- name: image-${i}\n  repository: europe-docker.pkg.dev/gardener/comp-${i}\n  tag: "v1.${i % 90}.0"\n  targetVersion: ">= 1.${i % 30}"\n`;
    const time = (n: number) => {
      const text = 'images:\n' + Array.from({ length: n }, (_, i) => entry(i)).join('');
      const started = performance.now();
      const result = parseYaml(text);
      const elapsed = performance.now() - started;
      expect(result.problem).toBeUndefined();
      expect(sequence(get(result.documents[0] as YamlNode, 'images')).items).toHaveLength(n);
      return elapsed;
    };
    time(2000); // warm up
    const small = Math.min(time(10_000), time(10_000));
    const large = Math.min(time(40_000), time(40_000));
    // Four times the input; allow generous noise but not quadratic growth.
    expect(large / small).toBeLessThan(10);
  });
});
