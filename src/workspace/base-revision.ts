import * as path from 'node:path';
import { git } from './git-helper.js';

// Reads files as they were at the comparison commit (the pull request's base).
// git first, as the checkout usually has the commit or can fetch just that one
// (actions/checkout keeps the credentials); otherwise a fallback reader that
// the adapter supplies (the action: the REST contents API).

/** Reads one file at a commit; undefined when it did not exist there. Throws with a message on failure. */
export type RevisionFileReader = (filePath: string, sha: string) => Promise<Uint8Array | undefined>;

/** A commit's files, as one listing (the action: the git trees API). */
export interface RevisionTree {
  /** Paths of the regular files (blobs that are not links). */
  files: string[];
  /** Paths of symbolic links (mode 120000): never read. */
  links: string[];
  /** True when the listing was cut short: the paths are true, the list is not complete. */
  truncated: boolean;
}

/** Lists a commit's files in one request. Throws with a message on failure. */
export type RevisionTreeLister = (sha: string) => Promise<RevisionTree>;

export interface BaseRevision {
  sha: string;
  via: 'git' | 'api';
  /**
   * All file paths at the base commit: git's tree, or the API's tree listing
   * (one request). Absent when there is no listing (the listing failed).
   */
  paths?: string[];
  /** True when `paths` is only part of the tree (the API cut the listing short). */
  partial?: boolean;
  /** How many more files `read` may read (each an API request); Infinity with git. */
  readsLeft(): number;
  /**
   * True for a symbolic link at the base commit (git: a blob of mode 120000).
   * Never followed: its "content" is the link's target, not a file.
   */
  isSymlink(filePath: string): boolean;
  /** A file's bytes at the base commit; undefined when it did not exist there. */
  read(filePath: string): Promise<Uint8Array | undefined>;
}

export interface OpenBaseOptions {
  workspace: string;
  sha: string;
  /** Where to read files when git has not got the commit (the action: the contents API). */
  fallback?: RevisionFileReader;
  /** Largest number of files the fallback may read (one request each). */
  maxFallbackFiles: number;
  /** Lists the base commit's files for the fallback in one request (the action: the git trees API). */
  listTree?: RevisionTreeLister;
  /** Try `git fetch` of the commit when it is missing (the action; not a local run). */
  fetch?: boolean;
  log: (message: string) => void;
  /** Told when the listing fails or is incomplete (default: `log`). */
  warn?: (message: string) => void;
}

export async function openBaseRevision(options: OpenBaseOptions): Promise<BaseRevision | undefined> {
  const { workspace, sha, log } = options;
  if (await hasCommit(workspace, sha)) return gitRevision(workspace, sha);

  const inRepo = await git(workspace, ['rev-parse', '--is-inside-work-tree'], 10_000);
  if (inRepo.ok && options.fetch !== false) {
    log(`Fetching the base commit ${sha.slice(0, 12)} (depth 1).`);
    const fetched = await git(workspace, ['fetch', '--depth=1', '--no-tags', '--quiet', 'origin', sha], 120_000);
    if (fetched.ok && (await hasCommit(workspace, sha))) return gitRevision(workspace, sha);
    log(`git could not fetch the base commit (${firstLine(fetched.stderr) || 'no details'}); reading it through the API.`);
  }

  const { fallback } = options;
  if (!fallback) return undefined;
  const tree = await listTree(options);
  const present = tree ? new Set(tree.files) : undefined;
  const links = new Set(tree?.links ?? []);
  let used = 0;
  return {
    sha,
    via: 'api',
    paths: tree?.files,
    partial: tree?.truncated,
    readsLeft: () => Math.max(0, options.maxFallbackFiles - used),
    // The contents API answers a link with type `symlink`, which the reader takes as "no file".
    isSymlink: (filePath) => links.has(filePath),
    async read(filePath) {
      if (links.has(filePath)) return undefined; // never followed
      // A complete listing answers "not there" without a request.
      if (present && !tree!.truncated && !present.has(filePath)) return undefined;
      if (++used > options.maxFallbackFiles) {
        throw new Error(`more than ${options.maxFallbackFiles} files to read through the API`);
      }
      return fallback(filePath, sha);
    },
  };
}

/**
 * The base commit's files through the fallback's one-request listing. A
 * failure or a truncated listing is said, never fatal: what is known is used
 * (files named by `files` are still compared).
 */
async function listTree(options: OpenBaseOptions): Promise<RevisionTree | undefined> {
  if (!options.listTree) return undefined;
  const warn = options.warn ?? options.log;
  const short = options.sha.slice(0, 12);
  try {
    const tree = await options.listTree(options.sha);
    if (tree.truncated) {
      warn(
        `The API listed the files of the base commit ${short} only in part (GitHub truncates large trees): discovery at the base is incomplete, so a vector deleted by this change is found only if it is among the ${tree.files.length} files listed or \`files\` names it.`,
      );
    }
    return tree;
  } catch (error) {
    warn(
      `Could not list the files of the base commit ${short} through the API (${(error as Error).message}): a vector deleted by this change is found only when \`files\` names it.`,
    );
    return undefined;
  }
}

async function hasCommit(workspace: string, sha: string): Promise<boolean> {
  return (await git(workspace, ['cat-file', '-e', `${sha}^{commit}`], 10_000)).ok;
}

async function gitRevision(workspace: string, sha: string): Promise<BaseRevision> {
  // `<mode> <type> <object>\t<path>` per entry; mode 120000 is a symbolic link.
  const listed = await git(workspace, ['ls-tree', '-r', '-z', '--full-tree', sha]);
  const entries = listed.ok
    ? listed.stdout
        .toString('utf8')
        .split('\0')
        .filter((e) => e.includes('\t'))
        .map((e) => ({ mode: e.slice(0, e.indexOf(' ')), path: e.slice(e.indexOf('\t') + 1) }))
    : undefined;
  const paths = entries?.map((e) => e.path);
  const present = paths ? new Set(paths) : undefined;
  const links = new Set(entries?.filter((e) => e.mode === '120000').map((e) => e.path) ?? []);
  return {
    sha,
    via: 'git',
    paths,
    readsLeft: () => Infinity,
    isSymlink: (filePath) => links.has(filePath),
    async read(filePath) {
      if (present && !present.has(filePath)) return undefined;
      if (links.has(filePath)) return undefined; // never followed
      const shown = await git(workspace, ['cat-file', 'blob', `${sha}:${filePath}`]);
      if (shown.ok) return new Uint8Array(shown.stdout);
      if (!present) return undefined; // no listing: take a failure as "not there"
      throw new Error(`git could not read ${filePath} at ${sha.slice(0, 12)}: ${firstLine(shown.stderr)}`);
    },
  };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? '';
}

/**
 * The revision seen from a folder of the repository (`prefix`, as `git rev-parse --show-prefix`
 * prints it: POSIX, ending in `/`, or empty): paths are relative to that folder, as a command
 * run there names them. A path that leaves the repository did not exist there.
 */
export function fromFolder(revision: BaseRevision, prefix: string): BaseRevision {
  if (prefix === '') return revision;
  const toRoot = (p: string): string | undefined => {
    const joined = path.posix.normalize(`${prefix}${p}`);
    return joined.startsWith('../') || joined === '..' || path.posix.isAbsolute(joined) ? undefined : joined;
  };
  return {
    sha: revision.sha,
    via: revision.via,
    paths: revision.paths?.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)),
    partial: revision.partial,
    readsLeft: () => revision.readsLeft(),
    isSymlink(filePath) {
      const inRepo = toRoot(filePath);
      return inRepo !== undefined && revision.isSymlink(inRepo);
    },
    async read(filePath) {
      const inRepo = toRoot(filePath);
      return inRepo === undefined ? undefined : revision.read(inRepo);
    },
  };
}
