import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/engine/yaml/index.js';
import { gardenerView, validators } from '../../src/engine/rules/schema.js';
import { plainValidVector } from '../../src/engine/rules/vector-shape.js';
import { imageVectorSchema } from '../../src/engine/schema/schemas.js';

// The schema rule's fast path must never accept a document the validator
// refuses: checked against the validator itself on generated vectors that mix
// the plain shape with every way out of it.

const ENTRY_KEYS = [
  'name', 'Name', 'NAME', 'repository', 'tag', 'Tag', 'ref', 'runtimeVersion', 'targetVersion', 'targetversion', 'version',
  'architectures', 'Architectures', 'labels', 'resourceId', 'sourceRepository', 'imageVectorOverwrite', 'imagevectoroverwrite',
  'unknown', 'versions', '"<<"', '<<', '"name"', '1', 'true', '~',
];
const VALUES = [
  'pause', '""', "''", '~', 'null', '', '3.10', '1', 'true', 'yes', '[a, b]', '[amd64]', '[a, ~]', '[a, [b]]', '[]', '{a: 1}', '{}', '"x"',
  '&anchor v', '*anchor', '!!str 1', '!!binary aGk=', '{name: x}', '[{name: x}]', '{tag: [a]}', '{name: ""}', '[{tag: {}}]',
];
const ROOT_KEYS = ['images', 'Images', 'caBundle', 'cabundle', 'CABundle', 'components', 'other', '"images"', '<<'];

const entry = fc.oneof(
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom(...ENTRY_KEYS), fc.constantFrom(...VALUES)), { minLength: 0, maxLength: 6 }) },
  // Mostly a plain entry with one or two keys of any kind added: one thing out of the plain shape at a time.
  {
    weight: 12,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...ENTRY_KEYS), fc.constantFrom(...VALUES)), { minLength: 0, maxLength: 2 })
      .map((extra): [string, string][] => [['name', 'pause'], ...extra]),
  },
  { weight: 1, arbitrary: fc.constantFrom('scalar', '~', '[a]') },
);

function entryText(e: [string, string][] | string): string {
  if (typeof e === 'string') return `  - ${e}\n`;
  if (e.length === 0) return '  - {}\n';
  return e.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}\n`).join('');
}

const caBundleText = fc.constantFrom('~', '', 'x', '{}', '{inline: pem}', '{inline: ~}', '{inline: [a]}', '{Inline: a, inline: b}', '{other: 1}', '[a]', '{<<: {inline: a}}');

const document = fc.record({
  keys: fc.array(fc.constantFrom(...ROOT_KEYS), { minLength: 0, maxLength: 2 }).map((keys) => ['images', ...keys]),
  entries: fc.array(entry, { minLength: 0, maxLength: 3 }),
  imagesScalar: fc.option(fc.constantFrom('~', '', 'x', '{}', '[]'), { freq: 4 }),
  caBundle: caBundleText,
});

interface Generated {
  keys: string[];
  entries: ([string, string][] | string)[];
  imagesScalar: string | null;
  caBundle: string;
}

function text(d: Generated): string {
  let out = 'x: &anchor v\n';
  for (const key of d.keys) {
    const lower = key.replace(/"/g, '').toLowerCase();
    if (lower === 'images') out += d.imagesScalar !== null ? `${key}: ${d.imagesScalar}\n` : `${key}:\n${d.entries.map(entryText).join('') || '  []\n'}`;
    else if (lower === 'cabundle') out += `${key}: ${d.caBundle}\n`;
    else if (key === '<<') out += '<<: {components: []}\n';
    else out += `${key}: [a]\n`;
  }
  return out.replace(/^\s*\[\]\n/m, ' []\n');
}

describe('plainValidVector (the schema rule’s fast path)', () => {
  it('accepts only what the image-vector validator accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(document, (d) => {
        const parsed = parseYaml(text(d));
        if (parsed.problem || parsed.documents.length === 0 || parsed.documents[0] === null) return;
        const root = parsed.documents[0]!;
        if (plainValidVector(root)) {
          accepted++;
          expect(validators.vector(gardenerView(root)), text(d)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    // Not vacuous: the fast path takes a good share of them.
    expect(accepted).toBeGreaterThan(1000);
  });

  it.each([
    ['a Gardener vector', 'images:\n- name: pause\n  sourceRepository: github.com/x\n  repository: registry.k8s.io/pause\n  tag: "3.10"\n  labels:\n  - name: x\n    value: {a: 1}\n- name: etcd\n  ref: e@sha256:ab\n  runtimeVersion: ">= 1.30"\n  architectures: [amd64, arm64]\n', true],
    ['images: [] with a caBundle', 'images: []\ncaBundle:\n  inline: |\n    pem\n', true],
    ['an unknown key (dropped by Gardener)', 'images:\n- name: a\n  tga: v1\n', true],
    ['a key in another case', 'images:\n- Name: a\n  TAG: v1\n', true],
    ['no name', 'images:\n- tag: v1\n', false],
    ['an empty name', 'images:\n- name: ""\n', false],
    ['a null name', 'images:\n- name: ~\n', false],
    ['a mapping as tag', 'images:\n- name: a\n  tag: {x: 1}\n', false],
    ['architectures as a string', 'images:\n- name: a\n  architectures: amd64\n', false],
    ['a null architecture', 'images:\n- name: a\n  architectures: [amd64, ~]\n', false],
    ['a component field in an entry', 'images:\n- name: a\n  imageVectorOverwrite: x\n', false],
    ['components in a vector', 'images: []\ncomponents: []\n', false],
    ['images a string', 'images: x\n', false],
    ['no images', 'caBundle: {inline: a}\n', false],
    ['a merge key', 'images:\n- <<: {name: a}\n  tag: v\n', false],
    ['a merge key that brings a list as tag', 'images:\n- name: a\n  <<: {tag: [x]}\n', false],
    ['a merge key that brings components', 'images: []\n<<: {components: []}\n', false],
    ['a field twice', 'images:\n- name: a\n  tag: v1\n  Tag: v2\n', false],
    ['caBundle inline a list', 'images: []\ncaBundle: {inline: [a]}\n', false],
  ])('%s: %s', (_name, yaml, expected) => {
    const root = parseYaml(yaml).documents[0]!;
    expect(plainValidVector(root)).toBe(expected);
    // What the fast path takes, the validator takes; the refused ones here are refused by it too, or are merges and duplicates it resolves.
    if (expected) expect(validators.vector(gardenerView(root))).toBe(true);
  });
});

// vector-shape.ts restates the image-vector schema by hand: what it may accept
// is what these constraints allow. A change to the schema (a new field, a
// pattern, an enum, a type) must be mirrored there; this pins the constraints
// it was written against, so that such a change fails here instead of letting
// the fast path accept what the new schema refuses.
describe('the schema plainValidVector restates', () => {
  it('is still the image-vector schema it was written against (descriptions aside)', () => {
    const constraints = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(constraints)
        : node !== null && typeof node === 'object'
          ? Object.fromEntries(Object.entries(node).filter(([key]) => !['description', 'title', '$id', '$schema'].includes(key)).map(([key, value]) => [key, constraints(value)]))
          : node;
    const nullable = { type: ['string', 'null'] };
    expect(constraints(imageVectorSchema)).toEqual({
      type: 'object',
      required: ['images'],
      additionalProperties: false,
      properties: {
        images: {
          type: ['array', 'null'],
          items: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: {
              name: { type: 'string', minLength: 1 },
              sourceRepository: {},
              repository: nullable,
              tag: nullable,
              ref: nullable,
              runtimeVersion: nullable,
              targetVersion: nullable,
              version: nullable,
              architectures: { type: ['array', 'null'], items: { type: 'string' } },
              labels: {},
              resourceId: {},
            },
          },
        },
        caBundle: { type: ['object', 'null'], additionalProperties: false, properties: { inline: nullable } },
      },
    });
  });
});
