import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyVectorText } from '../engine/discover.js';
import type { VectorKind } from '../engine/types.js';
import { hasMagic, normalizePattern, selectPaths, staticPrefix } from './glob.js';

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

export async function findVectorFiles(
  workspace: string,
  patterns: PatternSets,
  maxFileBytes: number,
): Promise<Discovery> {
  const warnings: string[] = [];
  const byKind: Array<[VectorKind, readonly string[]]> = [
    ['components', patterns.components],
    ['overwrite', patterns.overwrite],
    ['base', patterns.files],
  ];
  const kinds = new Map<string, VectorKind>();
  for (const [kind, list] of byKind) {
    if (list.length === 0) continue;
    const matched = matchPatterns(workspace, list, warnings);
    if (matched.length === 0) {
      throw new Error(
        `Input '${inputName(kind)}' matches no file: ${list.map((p) => `'${p}'`).join(', ')} (paths are relative to the repository root).`,
      );
    }
    for (const file of matched) if (!kinds.has(file)) kinds.set(file, kind);
  }

  let byContent = false;
  if (patterns.files.length === 0) {
    byContent = true;
    const walked = walk(workspace, '', warnings).filter((f) => YAML_FILE.test(f));
    if (walked.length > MAX_CLASSIFIED_FILES) {
      warnings.push(
        `The repository has ${walked.length} YAML files; only the first ${MAX_CLASSIFIED_FILES} were read to find image vectors. Name the vectors with the 'files' input.`,
      );
    }
    for (const file of walked.slice(0, MAX_CLASSIFIED_FILES)) {
      if (kinds.has(file)) continue;
      const kind = classifyFile(workspace, file, maxFileBytes);
      if (kind === undefined) continue;
      // A kind named by its own input is taken only from that input.
      if (kind === 'overwrite' && patterns.overwrite.length > 0) continue;
      if (kind === 'components' && patterns.components.length > 0) continue;
      kinds.set(file, kind);
    }
  }

  const files = [...kinds.entries()]
    .map(([file, kind]) => ({ path: file, kind }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, byContent, warnings };
}

/** The kind a text has, if it is an image vector (content-based, as for discovery). */
export function classifyText(text: string, filePath: string): VectorKind | undefined {
  try {
    return classifyVectorText(text, filePath);
  } catch {
    return undefined;
  }
}

function classifyFile(workspace: string, file: string, maxFileBytes: number): VectorKind | undefined {
  try {
    const absolute = path.join(workspace, file);
    const stat = fs.statSync(absolute);
    if (!stat.isFile() || stat.size > maxFileBytes) return undefined;
    return classifyText(fs.readFileSync(absolute, 'utf8'), file);
  } catch {
    return undefined;
  }
}

function inputName(kind: VectorKind): string {
  return kind === 'base' ? 'files' : kind;
}

function matchPatterns(workspace: string, patterns: readonly string[], warnings: string[]): string[] {
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
      if (isFile(absolute)) candidates.add(toPosix(path.relative(workspace, absolute)));
      else warnings.push(`'${raw}' is not a file in the repository.`);
      continue;
    }
    const prefix = staticPrefix(pattern);
    if (prefix.split('/').includes('..') || path.isAbsolute(prefix)) {
      throw new Error(`Pattern '${raw}' points outside the repository.`);
    }
    if (walkedPrefixes.has(prefix)) continue;
    walkedPrefixes.add(prefix);
    for (const file of walk(workspace, prefix, warnings, false)) candidates.add(file);
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
 * following symbolic links. With `skipHidden`, hidden folders are skipped too.
 */
export function walk(workspace: string, prefix: string, warnings: string[], skipHidden = true): string[] {
  const out: string[] = [];
  const start = path.join(workspace, prefix);
  if (!isDirectory(start)) return out;
  const stack: string[] = [prefix];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(workspace, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name)) continue;
        if (skipHidden && entry.name.startsWith('.')) continue;
        stack.push(rel);
      } else if (entry.isFile()) {
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

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
