import type { LintInput, SourcePosition, VectorKind } from '../types.js';
import {
  decodeSource,
  embeddedOffsetMapper,
  LineIndex,
  parseYaml,
  type YamlNode,
  type YamlScalar,
} from '../yaml/index.js';
import { readComponentItems } from './component-reader.js';
import { isMapping, isScalar, mappingValue, scalarString, type VectorDocument } from './vector-document.js';

/** Why a file (or an embedded vector) could not be read. */
export interface ReadProblem {
  /** `ignored`: readable, but not what Gardener reads (a warning). `structure`: valid YAML that cannot reach Gardener. */
  kind: 'unreadable' | 'syntax' | 'limit' | 'ignored' | 'structure';
  message: string;
  position: SourcePosition;
  /** The adapter refused to read the file (outside the repository, not a regular file): not a reading of Gardener's. */
  refused?: boolean;
}

export interface ParsedFile {
  path: string;
  kind: VectorKind;
  /** The decoded text, when it could be decoded (suppression comments are read from it). */
  text?: string;
  problems: ReadProblem[];
  /** Set when the file is a template until rendered and was not analysed. */
  skipped?: string;
  documents: VectorDocument[];
}

export interface ReadLimits {
  maxFileBytes: number;
}

const FIRST_POSITION: SourcePosition = { line: 1, column: 1, offset: 0 };

// Go and Helm templates (`{{ .Values.tag }}`) are not YAML until rendered.
// A line that is not a comment and holds `{{ … }}` marks such a file.
const TEMPLATE_LINE = /^(?![ \t]*#).*\{\{.*\}\}/m;

/** Reads one input: decodes, parses, and finds the vectors it holds. Never throws for bad input. */
export function readFile(input: LintInput, limits: ReadLimits): ParsedFile {
  const parsed: ParsedFile = { path: input.path, kind: input.kind, problems: [], documents: [] };
  if (input.unreadable !== undefined) {
    parsed.problems.push({ kind: 'unreadable', message: input.unreadable, position: FIRST_POSITION, refused: true });
    return parsed;
  }
  const decoded = decodeSource(input.content, limits.maxFileBytes);
  if (!decoded.ok) {
    parsed.problems.push({ kind: 'unreadable', message: decoded.problem, position: FIRST_POSITION });
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
  const outer = (offset: number) => lines.position(offset);
  locateDocuments(parsed, text, input.kind, 'the file', outer, undefined);
  for (const doc of parsed.documents.filter((d) => d.kind === 'components')) readComponentVectors(parsed, doc);
  return parsed;
}

/**
 * Parses `text` (the file, or a string embedded in it) and records every
 * vector of the wanted kind it holds. `position` maps offsets in `text` to the
 * outer file.
 */
function locateDocuments(
  parsed: ParsedFile,
  text: string,
  kind: VectorKind,
  container: string,
  position: (offset: number) => SourcePosition,
  component: string | undefined,
): void {
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
    if (index > 0 && isMapping(root) && mappingValue(root, VECTOR_KEY[kind]) !== undefined) {
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

const VECTOR_KEY: Record<VectorKind, string> = { base: 'images', overwrite: 'images', components: 'components' };
const HELM_KEYS: Record<VectorKind, readonly string[]> = {
  base: ['imageVectorOverwrite'],
  overwrite: ['imageVectorOverwrite'],
  components: ['componentImageVectorOverwrites', 'componentImageVectorOverwrite'],
};

/**
 * Looks for the vector in the places operators keep it. Returns false when
 * the document itself should be read as the vector.
 */
function findEmbedded(
  parsed: ParsedFile,
  source: string,
  root: YamlNode | null,
  kind: VectorKind,
  container: string,
  position: (offset: number) => SourcePosition,
  component: string | undefined,
): boolean {
  if (!isMapping(root)) return false;
  if (mappingValue(root, VECTOR_KEY[kind]) !== undefined) {
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
        if (!isScalar(pair.key)) continue;
        if (isMapping(pair.value) && mappingValue(pair.value, VECTOR_KEY[kind]) !== undefined) {
          // Kubernetes rejects a ConfigMap whose data value is not a string: Gardener never gets this vector.
          parsed.problems.push({
            kind: 'structure',
            message: `ConfigMap data key ${pair.key.text} holds a mapping, but ConfigMap data values must be strings, so Kubernetes rejects this ConfigMap; write the vector as a \`|\` block string`,
            position: position(pair.value.start),
          });
          found = true;
          continue;
        }
        if (!isScalar(pair.value)) continue;
        if (!new RegExp(`^\\s*${VECTOR_KEY[kind]}\\s*:`, 'mi').test(pair.value.text)) continue;
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
      if (findEmbedded(parsed, source, item, kind, container, position, component)) found = true;
    }
    if (found) return true;
  }
  // A ControllerDeployment's values configure the extension it names: its
  // overwrite is meant for that extension's vector, not necessarily this repository's.
  const metadata = mappingValue(root, 'metadata');
  const extension =
    scalarString(mappingValue(root, 'kind')) === 'ControllerDeployment' && isMapping(metadata) ? scalarString(mappingValue(metadata, 'name')) : undefined;
  const before = parsed.documents.length;
  const found = findHelmValue(parsed, source, root, kind, extension === undefined ? container : `ControllerDeployment ${extension}`, position, component);
  if (extension !== undefined) for (const doc of parsed.documents.slice(before)) doc.extension = extension;
  return found;
}

function findHelmValue(
  parsed: ParsedFile,
  source: string,
  root: YamlNode,
  kind: VectorKind,
  container: string,
  position: (offset: number) => SourcePosition,
  component: string | undefined,
): boolean {
  // Helm values (a ControllerDeployment's helm.values, a chart's values.yaml).
  const helmField = findKey(root, HELM_KEYS[kind], 0);
  if (helmField) {
    const [name, value] = helmField;
    // Chart defaults such as `imageVectorOverwrite: ""` or `{}` configure no overwrite at all.
    const empty = isScalar(value) ? value.value.type === 'null' || value.text.trim() === '' : isMapping(value) && value.pairs.length === 0;
    if (empty) return true;
    const where = container === 'the file' ? `Helm value ${name}` : `${container}, Helm value ${name}`;
    if (isScalar(value)) {
      readEmbeddedString(parsed, source, value, kind, where, position, component);
    } else {
      parsed.documents.push({ file: parsed.path, kind, container: where, root: value, source, position, component });
    }
    return true;
  }
  return false;
}

/** Depth-first search for the first key named one of `keys` (exact case, as Helm templates use them). */
function findKey(node: YamlNode, keys: readonly string[], depth: number): [string, YamlNode] | undefined {
  if (depth > 8) return undefined;
  if (node.kind === 'mapping') {
    for (const pair of node.pairs) {
      const key = scalarString(pair.key);
      if (key !== undefined && keys.includes(key) && pair.value.kind !== 'sequence') return [key, pair.value];
    }
    for (const pair of node.pairs) {
      const hit = findKey(pair.value, keys, depth + 1);
      if (hit) return hit;
    }
  } else if (node.kind === 'sequence') {
    for (const item of node.items) {
      const hit = findKey(item, keys, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Parses a vector held in a string scalar, mapping positions back into the outer file. */
export function readEmbeddedString(
  parsed: ParsedFile,
  source: string,
  scalar: YamlScalar,
  kind: VectorKind,
  container: string,
  outer: (offset: number) => SourcePosition,
  component: string | undefined,
): void {
  const toOuter = embeddedOffsetMapper(source, scalar);
  // Nested embedding (a component's string inside a ConfigMap string) maps
  // through each level: inner offset → enclosing text offset → file position.
  const position = (offset: number) => outer(toOuter(offset));
  locateDocuments(parsed, scalar.text, kind, container, position, component);
}

/**
 * Each component's `imageVectorOverwrite` string is an image vector of its
 * own. Gardener reads the components into a map, so of a repeated name only
 * the last item counts (duplicate-component reports the others).
 */
function readComponentVectors(parsed: ParsedFile, doc: VectorDocument): void {
  const items = readComponentItems(doc);
  const last = new Map(items.map((item, index) => [item.name, index]));
  for (const [index, item] of items.entries()) {
    if (last.get(item.name) !== index) continue;
    if (!isScalar(item.overwrite) || item.overwrite.value.type === 'null') continue;
    const container = `the imageVectorOverwrite of component ${item.name || '(unnamed)'}`;
    readEmbeddedString(parsed, doc.source, item.overwrite, 'overwrite', container, doc.position, item.name);
  }
}
