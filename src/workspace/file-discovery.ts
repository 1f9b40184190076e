import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyVectorText } from '../engine/discover.js';
import type { VectorKind } from '../engine/types.js';
import { decodeSource, parseYaml } from '../engine/yaml/index.js';
import { isMapping, mappingValue } from '../engine/reading/vector-document.js';
import { isInsideRoot, readConfined, realRoot } from './confined-file.js';
import { hasMagic, normalizePattern, selectPaths, staticPrefix } from './glob.js';
import { NO_EXCLUSIONS, type Exclusions } from './exclusions.js';
import type { KeptBytes } from './read-inputs.js';
import { isDirectory, toPosix } from './paths.js';

// Which files to lint. With patterns: the files they match, each with the kind
// of its input. Without `files`: every YAML file whose content is an image
// vector, found by walking the repository.

export interface VectorFile {
  /** Repository-relative POSIX path. */
  path: string;
  kind: VectorKind;
}

export interface Discovery {
  files: VectorFile[];
  /** True when the files were found by content, not named by patterns. */
  byContent: boolean;
  /** Things the user should know (a pattern that matched nothing, a walk cut short). */
  warnings: string[];
  /**
   * Files named by a pattern without wildcards that are not in the checkout
   * (deleted by the change, or misspelt): compared with the base, not fatal.
   */
  missing: VectorFile[];
  /**
   * YAML files found by walking (no `files` input) whose content could not be
   * read or decoded (a link outside, a FIFO, over the limit, UTF-16 …): their
   * kind is unknown, so they are not linted, but one that was a vector at the
   * base must not vanish silently (see vanished-vectors.ts).
   */
  unreadable: string[];
}

/** Patterns of files by kind, relative to the repository root; empty `files`: find base vectors by content. */
export interface PatternSets {
  files: readonly string[];
  overwrite: readonly string[];
  components: readonly string[];
}

/** Folders never walked: dependencies, VCS data, and hidden folders (.github, .idea …). */
export const SKIPPED_DIRS = new Set(['node_modules', '.git', 'vendor']);
const MAX_WALKED_FILES = 200_000;
const MAX_CLASSIFIED_FILES = 20_000;
const YAML_FILE = /\.ya?ml$/i;

/**
 * The `!pattern` lines of `files` when it has no other: then the vectors are
 * found by content, less what those lines exclude.
 */
export function discoveryNegations(files: readonly string[]): string[] {
  return files.length > 0 && files.every((p) => p.startsWith('!')) ? [...files] : [];
}

export async function findVectorFiles(
  workspace: string,
  patterns: PatternSets,
  maxFileBytes: number,
  exclusions: Exclusions = NO_EXCLUSIONS,
  /** Keeps the bytes of the vectors found by content for their lint (see pendingInputs); only for a run whose kinds come from content alone. */
  kept?: KeptBytes,
): Promise<Discovery> {
  const warnings: string[] = [];
  // `files` with only `!` lines: found by content, less those (the exclusions carry them, see discoveryNegations).
  const files = discoveryNegations(patterns.files).length > 0 ? [] : patterns.files;
  const byKind: Array<[VectorKind, readonly string[]]> = [
    ['components', patterns.components],
    ['overwrite', patterns.overwrite],
    ['base', files],
  ];
  const kinds = new Map<string, VectorKind>();
  const missing = new Map<string, VectorKind>();
  for (const [kind, list] of byKind) {
    if (list.length === 0) continue;
    const absent: string[] = [];
    const before = warnings.length;
    const matched = matchPatterns(workspace, list, warnings, absent, exclusions);
    for (const file of absent) if (!missing.has(file)) missing.set(file, kind);
    if (matched.length === 0) {
      // One warning for the input instead of one per pattern; the run goes on (a deleted file is compared with the base).
      warnings.splice(before);
      warnings.push(
        `Input '${inputName(kind)}' matches no file: ${list.map((p) => `'${p}'`).join(', ')} (paths are relative to the repository root).`,
      );
    }
    for (const file of matched) if (!kinds.has(file)) kinds.set(file, kind);
  }

  let byContent = false;
  const unreadable: string[] = [];
  if (files.length === 0) {
    byContent = true;
    const found = findByContent(workspace, '', maxFileBytes, warnings, exclusions, kept);
    unreadable.push(...found.unreadable);
    for (const file of found.files) {
      if (kinds.has(file.path)) continue;
      // A kind named by its own input is taken only from that input.
      if (file.kind === 'overwrite' && patterns.overwrite.length > 0) continue;
      if (file.kind === 'components' && patterns.components.length > 0) continue;
      kinds.set(file.path, file.kind);
    }
  }

  const found = [...kinds.entries()]
    .map(([file, kind]) => ({ path: file, kind }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const absent = [...missing.entries()].filter(([file]) => !kinds.has(file)).map(([file, kind]) => ({ path: file, kind }));
  return { files: found, byContent, warnings, missing: absent, unreadable };
}

/**
 * The YAML files below `prefix` (repository-relative, '' for the root) whose
 * content is an image vector, each with its kind: how the repository root is
 * read when no files are named, and how a directory argument is read.
 */
export function findByContent(
  workspace: string,
  prefix: string,
  maxFileBytes: number,
  warnings: string[],
  exclusions: Exclusions = NO_EXCLUSIONS,
  kept?: KeptBytes,
): { files: VectorFile[]; unreadable: string[] } {
  const root = realRoot(workspace);
  const walked = walk(workspace, prefix, warnings, true, exclusions).filter((f) => YAML_FILE.test(f));
  if (walked.length > MAX_CLASSIFIED_FILES) {
    warnings.push(
      `${prefix === '' ? 'The repository' : `'${prefix}'`} has ${walked.length} YAML files; only the first ${MAX_CLASSIFIED_FILES} were read to find image vectors. Name the vectors with the 'files' input.`,
    );
  }
  const files: VectorFile[] = [];
  const unreadable: string[] = [];
  for (const file of walked.slice(0, MAX_CLASSIFIED_FILES)) {
    const kind = classifyFile(root, file, maxFileBytes, kept);
    if (kind === 'unreadable') unreadable.push(file);
    else if (kind !== undefined) files.push({ path: file, kind });
  }
  return { files, unreadable };
}

/** The kind a text has, if it is an image vector (content-based, as for discovery). */
export function classifyText(text: string, filePath: string): VectorKind | undefined {
  try {
    return classifyVectorText(text, filePath);
  } catch {
    return undefined;
  }
}

/**
 * What a file's bytes are, read for their content as discovery reads them: a
 * kind of vector, `unreadable` (not decodable: UTF-16, binary, over the
 * limit), or undefined (YAML that is no image vector).
 */
export function classifyContent(content: Uint8Array | string, filePath: string, maxFileBytes: number): VectorKind | 'unreadable' | undefined {
  const decoded = decodeSource(content, maxFileBytes);
  if (!decoded.ok) return 'unreadable';
  return classifyText(decoded.text, filePath);
}

const VECTOR_KEY = /^(?:images|components)[ \t]*:/im;

/**
 * A named file that the content test does not take for a vector, but that is
 * one gone wrong: a top-level \`images\` or \`components\` key in YAML that does
 * not parse, or whose value is no list. Linted, so the user sees what is wrong;
 * valid YAML of another tool (a kustomization's \`images\` list of
 * name/newTag) is not.
 */
export function isBrokenVector(text: string): boolean {
  if (!VECTOR_KEY.test(text)) return false;
  const yaml = parseYaml(text);
  if (yaml.problem) return true;
  return yaml.documents.some(
    (doc) => isMapping(doc) && ['images', 'components'].some((key) => {
      const value = mappingValue(doc, key);
      return value !== undefined && value.kind !== 'sequence';
    }),
  );
}

/** A file found by walking is a vector when its content says so; one that may not be read or decoded (outside, a FIFO, too large, UTF-16) is `unreadable`. */
function classifyFile(root: string, file: string, maxFileBytes: number, kept: KeptBytes | undefined): VectorKind | 'unreadable' | undefined {
  const read = readConfined(path.join(root, file), { root, maxBytes: maxFileBytes });
  if (!read.ok) return read.refusal === 'missing' ? undefined : 'unreadable';
  const kind = classifyContent(read.content, file, maxFileBytes);
  // A vector's bytes are kept for its lint (read once), within the run's budget.
  if (kind !== undefined && kind !== 'unreadable') kept?.keep(path.join(root, file), read.content);
  return kind;
}

function inputName(kind: VectorKind): string {
  return kind === 'base' ? 'files' : kind;
}

function matchPatterns(workspace: string, patterns: readonly string[], warnings: string[], missing: string[], exclusions: Exclusions): string[] {
  const candidates = new Set<string>();
  const walkedPrefixes = new Set<string>();
  for (const raw of patterns) {
    if (raw.startsWith('!')) continue;
    const pattern = normalizePattern(raw);
    if (!hasMagic(pattern)) {
      const absolute = path.resolve(workspace, pattern);
      if (!isInside(workspace, absolute)) {
        throw new Error(`Pattern '${raw}' points outside the repository.`);
      }
      const relative = toPosix(path.relative(workspace, absolute));
      // Anything but a folder is a candidate: reading it (confined) says what is wrong with a link, a FIFO, a device.
      const entry = lstat(absolute);
      const ignored = exclusions.ignoredByConfig(relative);
      if (ignored) warnings.push(`'${raw}' is not linted: ${ignored}.`);
      else if (entry && !entry.isDirectory()) candidates.add(relative);
      else if (entry) warnings.push(`'${raw}' is a folder, not a file; name the files in it (or a glob such as '${relative}/*.yaml').`);
      else {
        missing.push(relative);
        warnings.push(`'${raw}' is not a file in the repository.`);
      }
      continue;
    }
    const prefix = staticPrefix(pattern);
    if (prefix.split('/').includes('..') || path.isAbsolute(prefix)) {
      throw new Error(`Pattern '${raw}' points outside the repository.`);
    }
    if (walkedPrefixes.has(prefix)) continue;
    walkedPrefixes.add(prefix);
    for (const file of walk(workspace, prefix, warnings, false, exclusions)) candidates.add(file);
  }
  const selected = selectPaths([...candidates], patterns.map(normalizeKeepingNegation));
  for (const raw of patterns) {
    if (raw.startsWith('!') || !hasMagic(raw)) continue;
    if (selectPaths(selected, [normalizeKeepingNegation(raw)]).length === 0) {
      warnings.push(`Pattern '${raw}' matches no file.`);
    }
  }
  return selected;
}

function normalizeKeepingNegation(pattern: string): string {
  return pattern.startsWith('!') ? `!${normalizePattern(pattern.slice(1))}` : normalizePattern(pattern);
}

/**
 * Repository-relative POSIX paths of the files below `prefix`, without
 * following symbolic links (a link is listed as a file: reading it decides).
 * A prefix whose real path lies outside the repository is not listed. With
 * `skipHidden`, hidden folders are skipped too; `exclusions` leaves out what
 * the configuration, the files input or .gitignore exclude.
 */
export function walk(workspace: string, prefix: string, warnings: string[], skipHidden = true, exclusions: Exclusions = NO_EXCLUSIONS): string[] {
  const out: string[] = [];
  const start = path.join(workspace, prefix);
  if (!isDirectory(start)) return out;
  if (prefix !== '') {
    let real: string;
    try {
      real = fs.realpathSync(start);
    } catch {
      return out;
    }
    if (!isInsideRoot(realRoot(workspace), real)) {
      warnings.push(`'${prefix}' points outside the repository (a symbolic link); the files below it were not read.`);
      return out;
    }
  }
  const stack: string[] = [prefix];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: fs.Dirent<Buffer>[];
    try {
      // Names as bytes: a name that is not UTF-8 cannot be named in a finding or read back by its decoded name.
      entries = fs.readdirSync(path.join(workspace, dir), { withFileTypes: true, encoding: 'buffer' });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const name = utf8Name(entry.name);
      if (name === undefined) {
        const shown = `${dir === '' ? '' : `${dir}/`}${entry.name.toString('utf8')}`;
        warnings.push(`Skipped '${shown}': its name is not valid UTF-8. Rename it to lint it.`);
        continue;
      }
      const rel = dir === '' ? name : `${dir}/${name}`;
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(name)) continue;
        if (skipHidden && name.startsWith('.')) continue;
        if (!exclusions.empty && exclusions.excluded(rel, true)) continue;
        stack.push(rel);
      } else {
        if (!exclusions.empty && exclusions.excluded(rel)) continue;
        out.push(rel);
        if (out.length >= MAX_WALKED_FILES) {
          warnings.push(`Stopped listing files after ${MAX_WALKED_FILES} files below '${prefix || '.'}'.`);
          return out.sort();
        }
      }
    }
  }
  return out.sort();
}

function isInside(workspace: string, absolute: string): boolean {
  const rel = path.relative(workspace, absolute);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function lstat(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

/** One decoder for every name: decode() without `stream` starts afresh each call. */
const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });

function utf8Name(name: Buffer): string | undefined {
  try {
    return FATAL_UTF8.decode(name);
  } catch {
    return undefined;
  }
}


