// Repositories whose names are attacks, for the end-to-end tests of both adapters.

/** Text that the runner would execute as a workflow command if printed as is. */
export const COMMAND_TEXTS = ['::stop-commands::x', '::add-mask::x', '##[set-output name=x]y'] as const;
const [STOP, MASK, SET] = COMMAND_TEXTS;

/**
 * Workflow commands as image names, repositories, tags, a field, a component name and the
 * folders the vectors live in (file paths reach every report).
 */
export function commandFiles(tag = 'v1'): Record<string, string> {
  const q = (text: string) => JSON.stringify(text);
  return {
    [`${STOP}/images.yaml`]: [
      'images:',
      `- name: ${q(STOP)}`,
      '  repository: registry.example.com/stop',
      `  tag: ${tag}`,
      `- name: ${q(SET)}`,
      '  repository: registry.example.com/set',
      `  tag: ${tag}`,
      `- name: ${q(MASK)}`,
      `  repository: ${q(MASK)}`,
      `  tag: ${q(SET)}`,
      `  ${q(STOP)}: 1`,
      '- name: plain',
      `  repository: ${q(SET)}`,
      `  tag: ${q(STOP)}`,
      '',
    ].join('\n'),
    [`${SET}/components.yaml`]: [
      'components:',
      `- name: ${q(STOP)}`,
      '  imageVectorOverwrite: |',
      '    images:',
      `    - name: ${q(SET)}`,
      '      repository: registry.example.com/component',
      `      tag: ${tag}`,
      `- name: ${q(`${MASK}y`)}`,
      '  imageVectorOverwrite: |',
      '    images: []',
      '',
    ].join('\n'),
  };
}

/** rot13 on letters: same length, same case, same equalities (so the same edit distances). */
export function ordinary(name: string): string {
  return name.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

export const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/**
 * Every `names` member as image name, field, label, component name, configured component,
 * componentVectors key, configuration key, rule id in `rules` and in a suppression.
 */
export function prototypeFiles(names: readonly string[]): Record<string, string> {
  const q = (text: string) => JSON.stringify(text);
  const images = names.flatMap((name, i) => [
    `- name: ${q(name)}`,
    '  repository: registry.example.com/image',
    `  tag: v${i}.0 # imagevector-lint disable-line ${name}`,
    `  targetVersion: "< 1.${30 + i}"`,
    `  ${q(name)}: x`,
    '  labels:',
    `  - name: ${q(name)}`,
    '    value: x',
    `- name: ${q(name)}`,
    '  repository: registry.example.com/image',
    `  tag: 3.${10 + i}`,
    `  targetVersion: "< 1.${31 + i}"`,
  ]);
  const components = names.flatMap((name) => [
    `- name: ${q(name)}`,
    '  imageVectorOverwrite: |',
    '    images:',
    `    - name: ${q(name)}`,
    '      repository: registry.example.com/component',
    '      tag: v2',
    `- name: ${q(`${name}x`)}`,
    '  imageVectorOverwrite: |',
    '    images: []',
  ]);
  const config = [
    ...names.map((name) => `${q(name)}: 1`),
    'rules:',
    ...names.map((name) => `  ${q(name)}: error`),
    `components: [${names.map(q).join(', ')}]`,
    'componentVectors:',
    ...names.map((name, i) => `  ${q(name)}: own/${i}.yaml`),
  ];
  const own = Object.fromEntries(
    names.map((name, i) => [`own/${i}.yaml`, `images:\n- name: ${q(name)}\n  repository: registry.example.com/own\n  tag: v1\n`]),
  );
  return {
    'imagevector/images.yaml': ['images:', ...images, ''].join('\n'),
    'imagevector/components.yaml': ['components:', ...components, ''].join('\n'),
    '.imagevector-lint.yaml': [...config, ''].join('\n'),
    ...own,
  };
}

/** `text` with each name written as `NAME<i>` (longest names first, so no name eats another). */
export function placeholders(text: string, names: readonly string[]): string {
  const order = names.map((name, i) => [name, i] as const).sort((a, b) => b[0].length - a[0].length);
  let out = text;
  // JSON and Markdown may write a name escaped; the names here need no escaping but `_`.
  for (const [name, i] of order) out = out.split(name).join(`NAME${i}`).split(name.replace(/_/g, '\\_')).join(`NAME${i}`);
  return out;
}
