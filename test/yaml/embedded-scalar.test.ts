import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embeddedOffsetMapper, LineIndex, parseYaml, type YamlNode, type YamlScalar } from '../../src/engine/yaml/index.js';

function firstDocument(text: string): YamlNode {
  const result = parseYaml(text);
  expect(result.problem).toBeUndefined();
  return result.documents[0] as YamlNode;
}

/** The scalar value of `key` in a mapping, searching depth-first. */
function find(node: YamlNode, key: string): YamlScalar {
  const todo: YamlNode[] = [node];
  while (todo.length > 0) {
    const n = todo.shift() as YamlNode;
    if (n.kind === 'mapping') {
      for (const pair of n.pairs) {
        if (pair.key.kind === 'scalar' && pair.key.text === key && pair.value.kind === 'scalar') return pair.value;
        todo.push(pair.value);
      }
    } else if (n.kind === 'sequence') todo.push(...n.items);
  }
  throw new Error(`no scalar ${key}`);
}

/** The key node `key` inside the embedded vector. */
function findKey(node: YamlNode, key: string): YamlNode {
  const todo: YamlNode[] = [node];
  while (todo.length > 0) {
    const n = todo.shift() as YamlNode;
    if (n.kind === 'mapping') {
      for (const pair of n.pairs) {
        if (pair.key.kind === 'scalar' && pair.key.text === key) return pair.key;
        todo.push(pair.value);
      }
    } else if (n.kind === 'sequence') todo.push(...n.items);
  }
  throw new Error(`no key ${key}`);
}

function outerPosition(outer: string, scalar: YamlScalar, innerOffset: number): string {
  const p = new LineIndex(outer).position(embeddedOffsetMapper(outer, scalar)(innerOffset));
  return `${p.line}:${p.column}`;
}

const COMPONENTS = [
  'components:', // 1
  '- name: etcd-druid', // 2
  '  imageVectorOverwrite: |', // 3
  '    images:', // 4
  '    - name: etcd', // 5
  '      tag: v1.2.3', // 6
  '      repository: europe-docker.pkg.dev/gardener/etcd', // 7
  '', // 8
].join('\n');

describe('embeddedOffsetMapper: literal block scalars (exact)', () => {
  it('puts a finding on line 3 of an embedded vector on the right outer line and column', () => {
    const overwrite = find(firstDocument(COMPONENTS), 'imageVectorOverwrite');
    const inner = firstDocument(overwrite.text);
    const tagKey = findKey(inner, 'tag');
    expect(new LineIndex(overwrite.text).position(tagKey.start)).toMatchObject({ line: 3, column: 3 });
    expect(outerPosition(COMPONENTS, overwrite, tagKey.start)).toBe('6:7');
    const repository = find(inner, 'repository');
    expect(outerPosition(COMPONENTS, overwrite, repository.start)).toBe('7:19');
    expect(outerPosition(COMPONENTS, overwrite, repository.end)).toBe('7:54');
  });

  it.each([
    ['|-', 'a: |-\n  x: 1\n  y: [2,\n     3]\nb: 0\n'],
    ['|+', 'a: |+\n  x: 1\n\n  y: 2\n\n\nb: 0\n'],
    ['explicit indentation', 'a: |4\n      # more indented\n    x: 1\n    y: 2\nb: 0\n'],
    ['leading empty lines', 'a: |\n\n\n    x: 1\n    y: 2\n'],
    ['CRLF', 'a: |\r\n  x: 1\r\n\r\n  y:   2\r\nb: 0\r\n'],
    ['nested and commented header', 'top:\n  - a: |2 # the vector\n       x: 1\n       y: 2\n'],
  ])('maps every character exactly (%s)', (_name, outer) => {
    const scalar = find(firstDocument(outer), 'a');
    expect(scalar.style).toBe('literal');
    const map = embeddedOffsetMapper(outer, scalar);
    for (let i = 0; i < scalar.text.length; i++) {
      if (scalar.text[i] === '\n') continue;
      expect(outer[map(i)], `offset ${i}`).toBe(scalar.text[i]);
    }
    const inner = firstDocument(scalar.text);
    expect(outer.slice(map(findKey(inner, 'y').start)).startsWith('y:')).toBe(true);
  });

  it('maps line starts of empty lines and the end of the text', () => {
    const outer = 'a: |\n  x\n\n  y\nb: 1\n';
    const scalar = find(firstDocument(outer), 'a');
    expect(scalar.text).toBe('x\n\ny\n');
    const map = embeddedOffsetMapper(outer, scalar);
    expect(map(2)).toBe(outer.indexOf('\n\n') + 1); // the empty line
    expect(map(scalar.text.length)).toBeLessThanOrEqual(scalar.end);
    expect(map(-3)).toBe(map(0));
    expect(map(1000)).toBe(map(scalar.text.length));
  });

  it('holds for generated block scalars (property)', () => {
    const line = fc.stringMatching(/^[ a-z0-9:#\-'"[\]{},]{0,20}$/);
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('', '-', '+'),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('\n', '\r\n'),
        (lines, chomp, indent, eol) => {
          // The first line must not start with a space when the indentation is auto-detected.
          const body = lines.map((l, i) => (i === 0 ? l.trimStart() || 'x' : l));
          const pad = ' '.repeat(indent + 1);
          const outer = `key: |${chomp}${eol}${body.map((l) => (l.trim() === '' ? '' : pad + l)).join(eol)}${eol}next: 1${eol}`;
          const result = parseYaml(outer);
          if (result.problem) return; // not every generated text is a block scalar
          const scalar = find(result.documents[0] as YamlNode, 'key');
          const map = embeddedOffsetMapper(outer, scalar);
          for (let i = 0; i < scalar.text.length; i++) {
            if (scalar.text[i] !== '\n') expect(outer[map(i)]).toBe(scalar.text[i]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('embeddedOffsetMapper: folded and quoted scalars (best effort)', () => {
  it('maps a double-quoted vector with \\n escapes (a Helm value)', () => {
    const outer = 'imageVectorOverwrite: "images:\\n- name: etcd\\n  tag: v1.2.3\\n"\n';
    const scalar = find(firstDocument(outer), 'imageVectorOverwrite');
    expect(scalar.text).toBe('images:\n- name: etcd\n  tag: v1.2.3\n');
    const map = embeddedOffsetMapper(outer, scalar);
    const tagKey = findKey(firstDocument(scalar.text), 'tag');
    expect(outer.slice(map(tagKey.start), map(tagKey.start) + 3)).toBe('tag');
    expect(outer.slice(map(find(firstDocument(scalar.text), 'tag').start)).startsWith('v1.2.3')).toBe(true);
  });

  it('maps a multi-line single-quoted string to the right line', () => {
    const outer = "vector: 'images:\n\n  - name: it''s\n\n    tag: v1'\n";
    const scalar = find(firstDocument(outer), 'vector');
    expect(scalar.text).toBe("images:\n- name: it's\ntag: v1");
    const map = embeddedOffsetMapper(outer, scalar);
    const index = new LineIndex(outer);
    expect(index.position(map(scalar.text.indexOf('name'))).line).toBe(3);
    expect(index.position(map(scalar.text.indexOf('tag'))).line).toBe(5);
    expect(outer.slice(map(scalar.text.indexOf("'")), map(scalar.text.indexOf("'")) + 2)).toBe("''");
  });

  it('maps a folded scalar to the right lines', () => {
    const outer = 'v: >\n  images:\n\n  - name: a\n\n  - name: b\n';
    const scalar = find(firstDocument(outer), 'v');
    expect(scalar.text).toBe('images:\n- name: a\n- name: b\n');
    const map = embeddedOffsetMapper(outer, scalar);
    const index = new LineIndex(outer);
    expect(index.position(map(scalar.text.indexOf('b'))).line).toBe(6);
    expect(index.position(map(scalar.text.indexOf('b'))).column).toBe(11);
  });

  it('maps every non-blank character of quoted strings exactly (property)', () => {
    const word = fc.stringMatching(/^[a-z0-9:#\-_.]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), fc.array(fc.constantFrom(' ', '\n', '\n\n', '\n    '), { minLength: 10, maxLength: 10 }), fc.boolean(), (words, gaps, double) => {
        const body = words.map((w, i) => (i === 0 ? w : (gaps[i] as string) + w)).join('');
        // `---` or `...` at the start of a line ends the document even inside quotes (go-yaml agrees): not a mapping case.
        fc.pre(!/\n(---|\.\.\.)/.test(body));
        const quote = double ? '"' : "'";
        const outer = `k: ${quote}${body}${quote}\n`;
        const result = parseYaml(outer);
        expect(result.problem).toBeUndefined();
        const scalar = find(result.documents[0] as YamlNode, 'k');
        const map = embeddedOffsetMapper(outer, scalar);
        for (let i = 0; i < scalar.text.length; i++) {
          const c = scalar.text[i] as string;
          if (c !== ' ' && c !== '\n') expect(outer[map(i)]).toBe(c);
        }
      }),
      { numRuns: 300 },
    );
  });
});
