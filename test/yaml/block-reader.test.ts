// The direct block reader against js-yaml's event path: whenever the reader
// accepts a text, its tree must be the one the event path builds (offsets,
// texts, styles, values, pair order, duplicates), and anything it does not
// accept must reach the event path unchanged (problems keep their messages).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlockYaml } from '../../src/engine/yaml/block-reader.js';
import { isAliasTarget, parseYaml, parseYamlOnEvents, type YamlDocuments, type YamlNode } from '../../src/engine/yaml/index.js';

/** The reader's result, checked against the event path; undefined when it gave up. */
function compare(text: string): YamlDocuments | undefined {
  const direct = readBlockYaml(text, 100);
  const events = parseYamlOnEvents(text);
  if (direct !== undefined) {
    expect(events.problem, 'the reader accepted a text the event path refuses').toBeUndefined();
    expect(direct).toStrictEqual(events);
  }
  // What users get is the event path's result either way.
  expect(parseYaml(text)).toStrictEqual(events);
  return direct;
}

// ---------------------------------------------------------------------------
// Tricky cases: [text, whether the reader must read it itself].

const ACCEPTED: string[] = [
  '',
  '# only a comment\n',
  'a: 1\n',
  'a: 1',
  'key:value\n',
  'a: b: c\n'.replace('b: c', 'b:c'),
  'a: x: y'.replace(': y', ':y'),
  'url: http://example.com:8080/x#y\n',
  'a: b #c\nd: e#f\n',
  'a: b # c: d\n',
  'a: 1   \nb: 2  \n',
  'a: 1\r\nb:\r\n  - x\r\n  - y\r\n',
  'a:\nb:\n',
  'a:   \n# c\nb: ~\n',
  'a:\n  # c\n  b: 1\n',
  'a: \n',
  'a:',
  '- - a\n  - b\n- c\n',
  '- a: 1\n  b: 2\n- c: 3\n',
  '-\n- \n- x\n-',
  '- a # c\n-\n- b\n',
  '- # c\n  a\n',
  'images:\n- name: x\n  tag: "1.0"\n- name: y\n',
  'a:\n    b:\n      c: d\n    e: f\ng: h\n',
  'a :  b\n',
  '"a": 1\n\'b\': 2\n"c" : 3\n',
  '"a\\"b\\\\c\\n\\t\\x41\\u00e9\\U0001F680\\/\\ \\0\\N\\_": 1\n',
  "'it''s': 'a''b'\n",
  'n: 1\nn: 2\n',
  'v: [1\n'.replace('[', '1'),
  'i: 010\no: 0o10\nx: 0x1F\nb: 0b101\nu: 1_000\ns: +12\nf: 1.10\ne: 1e3\nd: .5\nn: -.inf\nnan: .NaN\n',
  'y: yes\nY: Y\nn: No\non: on\noff: OFF\nt: True\nnil: ~\nN: NULL\nnot: yES\nnone: null\n',
  '- a\n - b\n',
  '18446744073709551616: 1\n',
  'a:\n  "x\n y"\n',
  'a: >\n  folded\n  text\n\n  more\n    indented\n  back\nb: 1\n',
  'a: |\n  x\n   y\n\n',
  'a: |-\n  x\n',
  'a: >+\n  x\n\n\nb: 1',
  '- >\n  x\n- |\n  y\n',
  'a: > # c\n  x\n',
  'a: >\nb: 1\n',
  'a: |\n  x\n# c\nb: 1\n',
  'a: >\n\n  x\n',
  'a: |\n  x\n---\nb: |\n  y',
  'a: |\n  x\n   ',
  '- a: >-\n    x\n  b: 1\n',
  'a: &x 1\nb: *x\n',
  'a: &x\n  b: 1\nc: *x\nd:\n- *x\n- *x # c\n',
  'labels: &l\n- name: n\n  value: v\nother:\n  labels: *l\n',
  'a: &x\nb: *x\n',
  '- &x\n  a: 1\n- *x\n- &y "q"\n- *y\n',
  'a: &x 1\na: &x 2\nb: *x\n',
  'a: &x-_9 v\nb: *x-_9\n',
  'a: &x # c\n  - 1\nb: *x\n',
  'a: [1, 2]\n',
  'a: []\nb: [ ]\nc: [amd64]\nd: [ amd64 , arm64 ]\n',
  'a: [\'x\', "y", v1.2/x_y-z]\n- [a]\n'.replace('\n- [a]', ''),
  '- [a, b]\n- []\n',
  '---\na: &x 1\n---\nb: &x 2\nc: *x\n',
  '1: a\n1.5: b\ntrue: c\n0x10: d\n.inf: e\n',
  'big: 9223372036854775808\n9223372036854775807: x\n',
  'date: 2001-12-14\nts: 2001-12-14t21:59:43.10-05:00\n',
  'a: one\n  two\n\n  three\nb: x\n',
  'a: one\n  two # c\nb: x\n',
  '- one\n  - two\n',
  'plain\n',
  'plain\ncontinued\n',
  'a: "one\n  two\n\n  three"\n',
  "a: 'one\n  two'\n",
  'a: "one \\\n  two"\n',
  '---\na: 1\n---\nb: 2\n',
  '---\n',
  '--- # c\n---\n',
  'a: 1\n---\n',
  'a: ---x\n---x: 1\n',
  'a: é🚀\n',
  'a: -x\n-b: ?c\n:d: e\n',
  'a: "x"   # c\n',
  'k:\n- a\n- b\nl: 2\n',
  '- x\n\n\n- y\n',
  'a:\n\n  b: 1\n',
];

const GIVEN_UP: string[] = [
  'a: !!str 1\n',
  'a: *y\n',
  'a: &x\n  b: *x\n',
  'a: &x\n  b: &y 1\n',
  'a: &x.y 1\nb: *x.y\n',
  'a: &x\n  b: 1\nc: *x\nd: &z [*x]\n',
  '*x: 1\n',
  'a: &x 1\n*x : 2\n',
  'a: &x |\n  b\n',
  'a: &x &y 1\n',
  '- &x a: 1\n',
  '---\na: &x 1\n---\nb: *x\n',
  'a: [1, ]\n',
  'a: [a b]\n',
  'a: [\n  a]\n',
  'a: [a]b\n',
  'a: ["a\\"b"]\n',
  "a: ['it''s']\n",
  'a: [~]\n',
  'a: [[a]]\n',
  '[a]: 1\n',
  'a: {b: 1}\n',
  'a: |2\n  x\n',
  'a: >\n    \n  x\n',
  'a: >#c\n  x\n',
  'a: >-+\n  x\n',
  '%YAML 1.1\n---\na: 1\n',
  'a: 1\n...\n',
  '? a\n: b\n',
  'a:\n\tb: 1\n',
  'a: 1\rb: 2\n',
  '  a: 1\n',
  'a: 1\n b: 2\n',
  'a:\n  b: 1\n c: 2\n',
  'a: - b\n',
  'a: b: c\n',
  '"a"b: 1\n',
  'a: "b"#c\n',
  '~: 1\n',
  'null: 1\n',
  '<<: {a: 1}\n',
  '9223372036854775808: 1\n',
  'a: "unterminated\n',
  'a: "bad \\q escape"\n',
  'a: "x\ny"\n',
  'a:\n  "x\ny"\n',
  '--- a\n',
  'a: 1\nb\n',
  'a: @x\n',
  'a: `x\n',
  'a: 1\n- b\n',
];

describe('the direct block reader', () => {
  it.each(ACCEPTED)('reads %j exactly as the event path does', (text) => {
    expect(compare(text)).toBeDefined();
  });

  it.each(GIVEN_UP)('leaves %j to the event path', (text) => {
    expect(compare(text)).toBeUndefined();
  });

  it('gives up on nesting deeper than it counts safely, and under a small maxDepth', () => {
    const deep = Array.from({ length: 60 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' v\n';
    expect(readBlockYaml(deep, 100)).toBeUndefined();
    expect(readBlockYaml('a: 1\n', 10)).toBeUndefined();
    expect(parseYaml('a:\n b:\n  c: 1\n', { maxDepth: 2 })).toStrictEqual(parseYamlOnEvents('a:\n b:\n  c: 1\n', { maxDepth: 2 }));
  });

  it('leaves aliases beyond the expansion limits to the event path, which reports them', () => {
    const text = 'a: &x\n  b: 1\n  c: 2\nd: *x\ne: *x\n';
    expect(readBlockYaml(text, 100, 2)).toBeDefined();
    expect(readBlockYaml(text, 100, 1)).toBeUndefined();
    const limited = parseYaml(text, { maxAliasExpansions: 1 });
    expect(limited.problem?.kind).toBe('limit');
    expect(limited).toStrictEqual(parseYamlOnEvents(text, { maxAliasExpansions: 1 }));
    // 3 nodes per expansion: beyond 100 × 0.02 added nodes.
    expect(readBlockYaml(text, 100, 0.02)).toBeUndefined();
  });

  it('marks aliased nodes as shared, and returns the anchored node itself', () => {
    const doc = readBlockYaml('a: &x\n  b: 1\nc: *x\n', 100)?.documents[0];
    if (doc?.kind !== 'mapping') throw new Error('expected a mapping');
    expect(doc.pairs[1]?.value).toBe(doc.pairs[0]?.value);
    expect(isAliasTarget(doc.pairs[0]?.value as YamlNode)).toBe(true);
  });

  it('resolves scalars as go-yaml does (values come from the same resolver)', () => {
    const doc = readBlockYaml('a: yes\nb: "yes"\nc: 0x1F\nd:\ne: 1.10\n', 100)?.documents[0];
    expect(doc?.kind).toBe('mapping');
    if (doc?.kind !== 'mapping') return;
    expect(doc.pairs.map((p) => (p.value.kind === 'scalar' ? [p.value.value.type, p.value.value.goString] : []))).toEqual([
      ['bool', 'true'],
      ['string', 'yes'],
      ['int', '31'],
      ['null', ''],
      ['float', '1.1'],
    ]);
  });

  it('reads the repository’s YAML fixtures exactly as the event path does', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ya?ml$/.test(entry.name)) files.push(path);
      }
    };
    walk('test/fixtures');
    walk('examples');
    let accepted = 0;
    for (const file of files) if (compare(readFileSync(file, 'utf8')) !== undefined) accepted++;
    expect(files.length).toBeGreaterThan(10);
    expect(accepted).toBeGreaterThan(files.length * 0.5);
  });
});

// ---------------------------------------------------------------------------
// Generated texts.

type Tree = { t: 'map'; pairs: [Leaf, Tree][] } | { t: 'seq'; items: Tree[] } | Leaf;
interface Leaf {
  t: 'leaf';
  text: string;
  style: 'plain' | 'single' | 'double';
}

const WORDS = [
  'a', 'name', 'tag', 'v1.2.3', '1', '0x1F', '1.10', '012', '0o17', '1_000', '1e3', '.inf', '-.5', '+1', 'yes', 'No', 'on', 'OFF',
  '~', 'null', 'Null', 'true', 'y', '2001-12-14', '9223372036854775808', '>= 1.17', '< 1.27', '1.25.x', 'eu.gcr.io/x/y',
  'a b', 'a:b', 'a#b', 'a #b', 'a: b', '-a', ':a', '?a', '- a', 'é🚀', 'a  b', "it's", 'a"b', 'b\\s', '---', '...', '', ' x', 'x ',
  '&a', '*a', '!a', '[a]', '{a}', '|', '>', '%a', '@a', '`a', ',a', '#a', 'a,b', '&a x', '&b', '*b', '&a "x"', '[a, b]', '[]',
  "['a', \"b\"]", '[ 1 ,2]', '[a,]', '&a [a]',
];
const leaf: fc.Arbitrary<Leaf> = fc.record({
  t: fc.constant('leaf' as const),
  text: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...Array.from('ab1 .:#-\'"\\é')), maxLength: 8 }) },
  ),
  style: fc.constantFrom('plain', 'plain', 'plain', 'single', 'double'),
});
const key: fc.Arbitrary<Leaf> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('leaf' as const), text: fc.constantFrom('name', 'tag', 'repository', 'a', 'b', '1', 'yes'), style: fc.constant('plain' as const) }) },
  { weight: 1, arbitrary: leaf },
);
const tree = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ t: fc.constant('map' as const), pairs: fc.array(fc.tuple(key, tie('tree')), { minLength: 1, maxLength: 4 }) }),
    fc.record({ t: fc.constant('seq' as const), items: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }) }),
  ),
})).tree;

/** Renders a tree as block YAML; `choice()` picks the style of each place. */
class Renderer {
  private i = 0;
  constructor(private readonly choices: number[]) {}
  choice(n: number): number {
    return (this.choices[this.i++ % this.choices.length] as number) % n;
  }
  pad(n: number): string {
    return ' '.repeat(n);
  }
  comment(): string {
    return this.choice(6) === 0 ? ' # note: x' : this.choice(8) === 0 ? '  ' : '';
  }
  scalar(l: Leaf, indent: number): string {
    if (l.style === 'single') return `'${l.text.replace(/'/g, "''")}'`;
    if (l.style === 'double') {
      const json = JSON.stringify(l.text);
      return this.choice(5) === 0 ? json.replace(' ', `\n${this.pad(indent + this.choice(3))}`) : json;
    }
    if (this.choice(6) === 0 && l.text.includes(' ')) return l.text.replace(' ', `\n${this.pad(indent + this.choice(3))}`);
    return l.text;
  }
  step(): number {
    return 1 + this.choice(4);
  }
  block(v: Tree, indent: number): string {
    if (v.t === 'leaf') return this.pad(indent) + this.scalar(v, indent + 1) + '\n';
    let out = '';
    if (this.choice(7) === 0) out += this.pad(this.choice(6)) + '# comment\n';
    if (this.choice(9) === 0) out += '\n';
    if (v.t === 'map') {
      for (const [k, value] of v.pairs) out += this.pad(indent) + this.scalar({ ...k, text: k.text.replace(/\n/g, '') }, indent) + (this.choice(9) === 0 ? ' :' : ':') + this.afterIndicator(value, indent, true);
    } else {
      for (const item of v.items) out += this.pad(indent) + '-' + this.afterIndicator(item, indent, false);
    }
    return out;
  }
  afterIndicator(v: Tree, indent: number, inMapping: boolean): string {
    if (v.t === 'leaf') {
      if (v.style === 'plain' && v.text === '' && this.choice(2) === 0) return this.comment() + '\n';
      return ' ' + this.scalar(v, indent + 1) + this.comment() + '\n';
    }
    const compact = this.choice(3) === 0;
    if (v.t === 'seq' && inMapping && compact) return this.comment() + '\n' + this.block(v, indent);
    if (!inMapping && compact) {
      // `- a: 1` / `- - a`: the collection starts on the dash's line.
      const inner = indent + 2;
      return ' ' + this.block(v, inner).slice(inner);
    }
    return this.comment() + '\n' + this.block(v, indent + this.step());
  }
}

function render(docs: Tree[], choices: number[]): string {
  const r = new Renderer(choices);
  let text = docs.map((d, i) => (i > 0 || r.choice(4) === 0 ? '---' + r.comment() + '\n' : '') + r.block(d, 0)).join('');
  if (r.choice(5) === 0) text = text.replace(/\n/g, '\r\n');
  if (r.choice(6) === 0) text = text.replace(/\n$/, '');
  return text;
}

const VECTOR = `images:
# comment
- name: gardenlet
  sourceRepository: github.com/gardener/gardener
  repository: europe-docker.pkg.dev/gardener-project/releases/gardener/gardenlet
  tag: "v1.90.0"
  targetVersion: ">= 1.27"
  labels: &labels
  - name: 'gardener.cloud/cve-categorisation'
    value:
      network_exposure: 'protected'
      authentication_enforced: false
      availability_requirement: high
- name: pause-container
  repository: registry.k8s.io/pause
  tag: 3.9 # pinned
  targetVersion: < 1.28
  architectures: [amd64, "arm64"]
  labels: *labels
`;
const INSERTS = [' ', '  ', '\t', ':', ': ', '#', ' #', "'", '"', '---', '---\n', '...\n', '\n', '\r\n', '\r', '- ', '? ', '&a ', '*a', '!!str ', '[', '{', '|\n', '>', '\\', '~', '%'];
const mutation = fc.oneof(
  fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constantFrom(...INSERTS)),
  fc.tuple(fc.constant('delete' as const), fc.nat(), fc.integer({ min: 1, max: 4 })),
);

function mutate(text: string, steps: readonly (readonly ['insert', number, string] | readonly ['delete', number, number])[]): string {
  let out = text;
  for (const [kind, at, what] of steps) {
    const i = at % (out.length + 1);
    out = kind === 'insert' ? out.slice(0, i) + what + out.slice(i) : out.slice(0, i) + out.slice(i + what);
  }
  return out;
}

describe('the direct block reader on generated texts', () => {
  it('builds the event path’s tree whenever it accepts a rendered tree, and accepts most of them', () => {
    let runs = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { minLength: 16, maxLength: 64 }), (docs, choices) => {
        runs++;
        if (compare(render(docs, choices)) !== undefined) accepted++;
      }),
      { numRuns: 1500 },
    );
    // About 32 % are accepted (σ ≈ 1.7 % over 1,500 runs); a reader that gives up on every text gets 0.
    expect(accepted).toBeGreaterThan(runs * 0.2);
  });

  it('builds the event path’s tree whenever it accepts a mutated vector, and accepts a share of them', () => {
    let runs = 0;
    let accepted = 0;
    expect(compare(VECTOR)).toBeDefined();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (steps) => {
        runs++;
        if (compare(mutate(VECTOR, steps)) !== undefined) accepted++;
      }),
      { numRuns: 3000 },
    );
    // About 43 % are accepted (σ under 1 %); a reader that gives up on every text gets 0.
    expect(accepted).toBeGreaterThan(runs * 0.3);
  });
});
