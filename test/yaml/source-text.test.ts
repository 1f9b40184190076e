import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource, forbiddenCharacter, formatByteSize, LineIndex, parseYaml } from '../../src/engine/yaml/index.js';

const MIB = 1024 * 1024;
const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('decodes UTF-8', () => {
    expect(decodeSource(utf8('images: []\nname: café 🚀\n'), MIB)).toEqual({ ok: true, text: 'images: []\nname: café 🚀\n' });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeSource(bytes(0xef, 0xbb, 0xbf, ...utf8('a: 1')), MIB)).toEqual({ ok: true, text: 'a: 1' });
    expect(decodeSource('\uFEFFa: 1', MIB)).toEqual({ ok: true, text: 'a: 1' });
  });

  it('refuses a file larger than the limit before looking at it', () => {
    const big = new Uint8Array(Math.round(52.4 * MIB));
    big[0] = 0; // a NUL byte would be a different problem: size comes first
    const result = decodeSource(big, 20 * MIB);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toMatch(/^file is 52\.4 MiB; the limit is 20 MiB \(/);
      expect(result.problem).toContain('maxFileBytes');
      expect(result.offset).toBe(0);
    }
  });

  it('refuses a 50 MiB string quickly by its size', () => {
    const text = 'a'.repeat(50 * MIB);
    const started = performance.now();
    const result = decodeSource(text, 20 * MIB);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/^file is 50 MiB; the limit is 20 MiB/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts UTF-8 bytes of a string against the limit', () => {
    expect(decodeSource('é'.repeat(600), 1000).ok).toBe(false); // 1200 bytes
    expect(decodeSource('é'.repeat(500), 1000).ok).toBe(true);
  });

  it('says when a file is binary', () => {
    const result = decodeSource(bytes(...utf8('a: 1\nb: '), 0, 1, 2), MIB);
    expect(result).toMatchObject({ ok: false, offset: 8 });
    if (!result.ok) expect(result.problem).toMatch(/^binary file: it holds a NUL byte at byte 8 \(line 2, column 4\)/);
    expect(decodeSource('a\0b', MIB)).toMatchObject({ ok: false, offset: 1 });
  });

  it('names the byte where UTF-8 is broken', () => {
    const result = decodeSource(bytes(...utf8('a: é\nb: '), 0xc3, 0x28), MIB);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toMatch(/^not valid UTF-8 at byte 9 \(line 2, column 4\)/);
      expect(result.offset).toBe(8);
    }
    // Truncated sequence, overlong encoding, encoded surrogate.
    for (const bad of [bytes(0x61, 0xe2, 0x82), bytes(0x61, 0xc0, 0xaf), bytes(0x61, 0xed, 0xa0, 0x80)]) {
      const r = decodeSource(bad, MIB);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toMatch(/^not valid UTF-8 at byte 1 /);
    }
  });

  it.each([
    [[0xff, 0xfe, 0x61, 0x00], 'UTF-16LE', 'FF FE'],
    [[0xfe, 0xff, 0x00, 0x61], 'UTF-16BE', 'FE FF'],
    [[0xff, 0xfe, 0x00, 0x00, 0x61, 0, 0, 0], 'UTF-32LE', 'FF FE 00 00'],
    [[0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x61], 'UTF-32BE', '00 00 FE FF'],
  ])('names a %s byte order mark', (content, encoding, mark) => {
    const result = decodeSource(bytes(...content), MIB);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(`file is encoded as ${encoding} (byte order mark ${mark}); the linter reads UTF-8: save the file as UTF-8`);
  });

  it('formats sizes', () => {
    expect(formatByteSize(20 * MIB)).toBe('20 MiB');
    expect(formatByteSize(52.4 * MIB)).toBe('52.4 MiB');
    expect(formatByteSize(1536)).toBe('1.5 KiB');
    expect(formatByteSize(1)).toBe('1 byte');
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    expect(index.position(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.position(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(index.position(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(index.position(6)).toEqual({ line: 3, column: 1, offset: 6 });
    expect(index.position(8)).toEqual({ line: 4, column: 2, offset: 8 });
    expect(index.lineCount).toBe(4);
    expect(index.lineStart(4)).toBe(7);
  });

  it('treats CRLF as one line break and a lone CR as a line break', () => {
    const index = new LineIndex('a: 1\r\nb: 2\rc: 3');
    expect(index.position(6)).toEqual({ line: 2, column: 1, offset: 6 });
    expect(index.position(5)).toEqual({ line: 1, column: 6, offset: 5 }); // the \n of \r\n
    expect(index.position(11)).toEqual({ line: 3, column: 1, offset: 11 });
  });

  it('counts columns in UTF-16 code units', () => {
    const index = new LineIndex('x: 🚀é: y');
    // 🚀 is two code units: é is at offset 5, column 6.
    expect(index.position(5)).toEqual({ line: 1, column: 6, offset: 5 });
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab\ncd');
    expect(index.position(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.position(99)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('is fast on a large text', () => {
    const text = 'key: value\n'.repeat(700_000);
    const started = performance.now();
    const index = new LineIndex(text);
    for (let i = 0; i < 100_000; i++) index.position((i * 77) % text.length);
    expect(index.position(text.length - 1).line).toBe(700_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('forbiddenCharacter', () => {
  // The definition it replaced: go-yaml's refused characters as one regex, surrogate pairs skipped.
  function reference(text: string): number {
    // eslint-disable-next-line no-control-regex
    const re = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const c = text.charCodeAt(m.index);
      const next = text.charCodeAt(m.index + 1);
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        re.lastIndex = m.index + 2;
        continue;
      }
      return m.index;
    }
    return -1;
  }
  const edges = [
    0x00, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x1f, 0x20, 0x41, 0x7e, 0x7f, 0x84, 0x85, 0x86, 0x9f, 0xa0, 0xd7ff, 0xd800,
    0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xfffe, 0xffff,
  ].map((c) => String.fromCharCode(c));

  it('finds the first refused code unit as the regex did', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...edges), fc.constantFrom('a', ' ', '\n', 'é', '🚀')), { maxLength: 12 }), (units) => {
        const text = units.join('');
        expect(forbiddenCharacter(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
    for (let c = 0; c <= 0xffff; c++) {
      const text = `ab${String.fromCharCode(c)}c`;
      expect(forbiddenCharacter(text)).toBe(reference(text));
    }
  });

  it('keeps the parser’s message and offset for refused characters', () => {
    expect(parseYaml('a: b\n# \u0085 NEL is fine\nc: "\ud83d\ude80"\nd: \ud800x\n').problem).toEqual({
      kind: 'syntax',
      message: 'control characters are not allowed: U+D800 (go-yaml refuses the file)',
      offset: 32,
    });
    expect(parseYaml('a: 1\nb: \u009f\n').problem).toEqual({
      kind: 'syntax',
      message: 'control characters are not allowed: U+009F (go-yaml refuses the file)',
      offset: 8,
    });
  });
});
