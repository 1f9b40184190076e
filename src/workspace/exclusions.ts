import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { decodeSource } from '../engine/yaml/index.js';
import { isInsideRoot, readConfined, realRoot } from './confined-file.js';
import { globToRegExp } from './glob.js';

// What the linter leaves out when it finds files by walking (discovery, a
// directory argument, a glob): the configuration's `ignore:` globs, the
// `!pattern` lines of the action's `files` input, and `.gitignore`. A file
// named explicitly (a CLI argument, a pattern without wildcards) is the
// user's choice: only `ignore:` applies to it, since the project said not to
// lint it (pre-commit names every changed file), whereas a file git ignores but
// the user names is still one they want checked.
//
// .gitignore semantics (anchoring, `**`, negation, directory-only patterns,
// escapes) come from the `ignore` package, which implements git's rules and is
// tested against `git check-ignore`; writing them again would be a second,
// subtly different gitignore.

export interface ExclusionOptions {
  /** The folder the paths tested are relative to (the repository root in the action, the working directory in the CLI). */
  workspace: string;
  /** The configuration's `ignore:` globs, relative to the configuration file's folder. */
  ignore?: { patterns: readonly string[]; folder: string; file: string };
  /** `!pattern` lines of the action's `files` input (with the `!`), relative to the workspace. */
  negations?: readonly string[];
  /** Honour the `.gitignore` files from `gitRoot` (default: the workspace) down. */
  gitignore: boolean;
  /** The git top level, when the workspace is a folder inside it: its `.gitignore` files above the workspace apply too. */
  gitRoot?: string;
}

/** The largest .gitignore read. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

interface GitignoreLevel {
  /** Prepended to a workspace-relative path to make it relative to this .gitignore's folder. */
  prefix: string;
  rules: Ignore;
}

export class Exclusions {
  private readonly workspace: string;
  private readonly root: string;
  private readonly configured: { re: RegExp; pattern: string }[];
  private readonly configFolder: string;
  private readonly configFile: string;
  private readonly negations: { re: RegExp; pattern: string }[];
  private readonly gitignore: boolean;
  /** .gitignore files above the workspace, outermost first. */
  private readonly outer: GitignoreLevel[] = [];
  /** The .gitignore of a workspace-relative folder ('' the workspace), or null: none. */
  private readonly levels = new Map<string, Ignore | null>();
  private readonly directoryVerdicts = new Map<string, string | undefined>();

  constructor(options: ExclusionOptions) {
    this.workspace = path.resolve(options.workspace);
    this.root = realRoot(this.workspace);
    this.configured = (options.ignore?.patterns ?? []).map((pattern) => ({ re: globToRegExp(pattern), pattern }));
    this.configFolder = options.ignore ? path.resolve(options.ignore.folder) : this.workspace;
    this.configFile = options.ignore?.file ?? '';
    this.negations = (options.negations ?? []).map((pattern) => ({ re: globToRegExp(pattern.slice(1)), pattern }));
    this.gitignore = options.gitignore;
    if (this.gitignore && options.gitRoot !== undefined) {
      const gitRoot = realRoot(options.gitRoot);
      const below = path.relative(gitRoot, this.root);
      if (below !== '' && isInsideRoot(gitRoot, this.root)) {
        const parts = below.split(path.sep);
        for (let i = 0; i < parts.length; i++) {
          const folder = path.join(gitRoot, ...parts.slice(0, i));
          const rules = readGitignore(folder, gitRoot);
          if (rules) this.outer.push({ prefix: `${parts.slice(i).join('/')}/`, rules });
        }
      }
    }
  }

  /** Nothing to exclude: the walk need not ask. */
  get empty(): boolean {
    return this.configured.length === 0 && this.negations.length === 0 && !this.gitignore;
  }

  /** Why a file or folder found by walking is left out (a folder's files with it), or undefined. */
  excluded(file: string, isDirectory = false): string | undefined {
    const parent = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    if (parent !== '') {
      const verdict = this.excludedDirectory(parent);
      if (verdict) return verdict;
    }
    return this.configuredReason(file) ?? this.negationReason(file) ?? this.gitignoreReason(file, isDirectory);
  }

  /** Why a file the user named is left out: only the configuration's `ignore:` applies (see above). */
  ignoredByConfig(file: string): string | undefined {
    const parts = file.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const reason = this.configuredReason(parts.slice(0, i).join('/'));
      if (reason) return reason;
    }
    return undefined;
  }

  private excludedDirectory(dir: string): string | undefined {
    if (this.directoryVerdicts.has(dir)) return this.directoryVerdicts.get(dir);
    const verdict = this.excluded(dir, true);
    this.directoryVerdicts.set(dir, verdict);
    return verdict;
  }

  /** A glob of `ignore:` matches the path (relative to the configuration's folder), or a folder it lies in. */
  private configuredReason(file: string): string | undefined {
    if (this.configured.length === 0) return undefined;
    const relative = path.relative(this.configFolder, path.join(this.workspace, file));
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    const posix = relative.split(path.sep).join('/');
    const hit = this.configured.find(({ re }) => re.test(posix));
    return hit && `it matches \`ignore: ${hit.pattern}\` in ${this.configFile}`;
  }

  private negationReason(file: string): string | undefined {
    const hit = this.negations.find(({ re }) => re.test(file));
    return hit && `it matches '${hit.pattern}' in the files input`;
  }

  private gitignoreReason(file: string, isDirectory: boolean): string | undefined {
    if (!this.gitignore) return undefined;
    const suffix = isDirectory ? '/' : '';
    let ignored = false;
    let by = '';
    const consider = (rules: Ignore, relative: string, where: string) => {
      const result = testPath(rules, relative + suffix);
      if (result.ignored) [ignored, by] = [true, where];
      else if (result.unignored) ignored = false;
    };
    for (const level of this.outer) consider(level.rules, level.prefix + file, '.gitignore');
    const parts = file.split('/');
    for (let i = 0; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      const rules = this.levelOf(folder);
      if (rules) consider(rules, parts.slice(i).join('/'), folder === '' ? '.gitignore' : `${folder}/.gitignore`);
    }
    return ignored ? `git ignores it (${by})` : undefined;
  }

  private levelOf(folder: string): Ignore | null {
    let rules = this.levels.get(folder);
    if (rules === undefined) {
      rules = readGitignore(path.join(this.workspace, folder), this.root);
      this.levels.set(folder, rules);
    }
    return rules;
  }
}

/** A path the package refuses (it never is one a walk yields) is not ignored. */
function testPath(rules: Ignore, relative: string): { ignored: boolean; unignored: boolean } {
  try {
    return rules.test(relative);
  } catch {
    return { ignored: false, unignored: false };
  }
}

/** The rules of `folder/.gitignore`, read confined to `root`; null when there is none (or it cannot be read). */
function readGitignore(folder: string, root: string): Ignore | null {
  const read = readConfined(path.join(folder, '.gitignore'), { root, maxBytes: MAX_GITIGNORE_BYTES });
  if (!read.ok) return null;
  const decoded = decodeSource(read.content, MAX_GITIGNORE_BYTES);
  if (!decoded.ok) return null;
  // Git matches case-sensitively unless core.ignorecase (not the package's default).
  return ignore({ ignorecase: false }).add(decoded.text);
}

/** No exclusions: everything walked is taken. */
export const NO_EXCLUSIONS = new Exclusions({ workspace: '.', gitignore: false });
