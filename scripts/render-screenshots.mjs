#!/usr/bin/env node
// Renders the README's pictures of what a reviewer sees on a real Gardener
// pull request: docs/images/pr-comment.png (the sticky pull request comment)
// and docs/images/summary.png (the job summary).
//
// Both are the real output of the built action (dist/index.js) on the replay
// of gardener/gardener-extension-provider-azure#1516 (test/fixtures/real-prs/
// azure-registry-migration-downgrades, provenance in its README: a stale bot
// branch that moves images back to the old repository with lower tags). The
// action is run the way the end-to-end tests run it (test/action/support/
// run-action.ts): a temporary git repository with the base and head commits,
// every INPUT_* read from action.yml, a pull_request payload from
// @octokit/webhooks-examples, a GITHUB_STEP_SUMMARY file, and a loopback
// stand-in for GitHub's REST API that stores the comment the action posts.
// The Markdown is turned into HTML by cmark-gfm (GitHub's renderer, with its
// extensions), styled with github-markdown-css's rules at GitHub's widths (a
// pull request comment is 870 px wide, a job summary 1012 px), and
// screenshotted with headless Chromium, cropped to the content's height. A
// table wider than its box (a horizontal scroll bar on GitHub) is reported.
//
// A developer script, not run by CI. Needs the built bundle (`npm run build`),
// cmark-gfm and Chromium (Debian: `apt-get install cmark-gfm chromium`; or set
// CHROMIUM=/path).
//
//   node scripts/render-screenshots.mjs [--out docs/images] [--keep] [--allow-stale]
//
// --keep leaves the Markdown and HTML next to a printed temporary folder;
// --allow-stale renders even when dist/index.js is older than src/.

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUNDLE = join(ROOT, 'dist', 'index.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'real-prs');
const CASE = 'azure-registry-migration-downgrades';

// The same identities as the end-to-end harness.
const OWNER = 'octo-org';
const REPO = 'gardener-ext';
const TOKEN = 'ghs_e2eS3cretT0kenValue0000000000000000';
const RUN_ID = '1234567890';
const PR_NUMBER = 1516;
const JOB = 'lint';

// CSS pixels = image pixels (device scale factor 1). The boxes' widths on github.com: a pull
// request comment (the conversation column) and a job summary (the run's page at 1280 px).
const COMMENT_WIDTH = 870;
const SUMMARY_WIDTH = 1012;
const MARGIN = 8;
// A long comment is shown from its top, faded out at this height: the verdict, the change table
// and the first findings are what a reviewer reads first.
const MAX_HEIGHT = 1600;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const OUT = resolve(ROOT, option('--out', 'docs/images'));

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

async function main() {
  checkBundle();
  const chromium = findChromium();
  const { summary, comment } = await runActionOnFixture();

  const work = mkdtempSync(join(tmpdir(), 'ivl-shots-'));
  mkdirSync(OUT, { recursive: true });
  const pictures = [
    { name: 'pr-comment', markdown: comment, frame: commentFrame, width: COMMENT_WIDTH },
    { name: 'summary', markdown: summary, frame: summaryFrame, width: SUMMARY_WIDTH },
  ];
  for (const { name, markdown, frame, width } of pictures) {
    writeFileSync(join(work, `${name}.md`), markdown);
    const html = page(frame(markdownToHtml(markdown)), width);
    const htmlFile = join(work, `${name}.html`);
    writeFileSync(htmlFile, html);
    const png = join(OUT, `${name}.png`);
    screenshot(chromium, htmlFile, png, work, width + 2 * MARGIN);
    const size = pngSize(png);
    console.log(`${relative(process.cwd(), png)}: ${size.width}×${size.height}, ${Math.round(statSync(png).size / 1024)} KB (${markdown.length} characters, ${markdown.split('\n').length} lines of Markdown)`);
  }
  if (flag('--keep')) console.log(`Markdown and HTML kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------
// Running the action as the GitHub runner does (cf. test/action/support/run-action.ts)

function checkBundle() {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  const built = statSync(BUNDLE).mtimeMs;
  const newer = listFiles(join(ROOT, 'src')).filter((f) => statSync(f).mtimeMs > built + 1_000);
  if (newer.length === 0) return;
  const message = `${BUNDLE} is older than ${newer.slice(0, 3).map((f) => f.slice(ROOT.length)).join(', ')}${newer.length > 3 ? ' …' : ''}`;
  if (!flag('--allow-stale')) throw new Error(`${message}: run \`npm run build\` first (or pass --allow-stale).`);
  console.warn(`warning: ${message}; rendering its output anyway (--allow-stale).`);
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

function git(cwd, gitArgs) {
  return execFileSync('git', gitArgs, {
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
      // Fixed dates: the same fixture gives the same commit ids, so re-rendering changes no picture needlessly.
      GIT_AUTHOR_DATE: '2025-01-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2025-01-01T12:00:00Z',
    },
  }).trim();
}

/** A temporary git repository with one commit per fixture layer (laid over each other). */
function makeRepository(layers) {
  const dir = mkdtempSync(join(tmpdir(), 'ivl-ws-'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  const commits = [];
  layers.forEach((layer, i) => {
    cpSync(join(FIXTURES, layer), dir, { recursive: true });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--allow-empty', '-m', `layer ${i}`]);
    commits.push(git(dir, ['rev-parse', 'HEAD']));
  });
  return { dir, commits };
}

/** INPUT_* as the runner sets them: every input of action.yml, with its default. */
function inputEnv() {
  const { inputs } = load(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const env = {};
  for (const [name, spec] of Object.entries(inputs)) {
    const value = String(spec.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/g, TOKEN);
    if (/\$\{\{/.test(value)) throw new Error(`default of input '${name}' has an expression this script cannot evaluate: ${value}`);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** A pull_request (synchronize) payload from @octokit/webhooks-examples, pointed at our repository and commits. */
function pullRequestPayload(number, baseSha, headSha) {
  const require = createRequire(import.meta.url);
  const index = require('@octokit/webhooks-examples/api.github.com/index.json');
  const example = index.find((e) => e.name === 'pull_request').examples.find((e) => e.action === 'synchronize');
  const payload = structuredClone(example);
  const fullName = `${OWNER}/${REPO}`;
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.base.sha = baseSha;
  payload.pull_request.head.sha = headSha;
  for (const repo of [payload.pull_request.base.repo, payload.pull_request.head.repo, payload.repository]) {
    repo.full_name = fullName;
    repo.name = REPO;
    repo.owner.login = OWNER;
  }
  return payload;
}

/**
 * The REST operations the action uses for its comment (list, create, update),
 * on 127.0.0.1, keeping the comments in memory. (The end-to-end tests' stand-in
 * also checks every request against GitHub's OpenAPI description.)
 */
async function startApi() {
  const comments = [];
  let nextId = 1_000_000_001;
  const json = (c) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    url: `http://127.0.0.1/repos/${OWNER}/${REPO}/issues/comments/${c.id}`,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `http://127.0.0.1/repos/${OWNER}/${REPO}/issues/${c.issue}`,
    user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    created_at: c.at,
    updated_at: c.at,
    author_association: 'NONE',
  });
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, body) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (req.headers.authorization !== `token ${TOKEN}`) return send(401, { message: 'Bad credentials' });
    const base = `/repos/${OWNER}/${REPO}/issues`;
    let m;
    if (req.method === 'GET' && (m = new RegExp(`^${base}/(\\d+)/comments$`).exec(url.pathname))) {
      return send(200, comments.filter((c) => c.issue === Number(m[1])).map(json));
    }
    if (req.method === 'POST' && (m = new RegExp(`^${base}/(\\d+)/comments$`).exec(url.pathname))) {
      const comment = { id: nextId++, issue: Number(m[1]), body: String(JSON.parse(raw).body ?? ''), at: new Date().toISOString() };
      comments.push(comment);
      return send(201, json(comment));
    }
    if (req.method === 'PATCH' && (m = new RegExp(`^${base}/comments/(\\d+)$`).exec(url.pathname))) {
      const comment = comments.find((c) => c.id === Number(m[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = String(JSON.parse(raw).body ?? '');
      return send(200, json(comment));
    }
    send(404, { message: `Not Found (${req.method} ${url.pathname} is not served by this stand-in)` });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, comments, stop: () => new Promise((done) => server.close(done)) };
}

async function runActionOnFixture() {
  const ws = makeRepository([`${CASE}/base`, `${CASE}/head`]);
  const [baseSha, headSha] = ws.commits;
  const api = await startApi();
  const dir = mkdtempSync(join(tmpdir(), 'ivl-run-'));
  try {
    const eventPath = join(dir, 'event.json');
    const summaryPath = join(dir, 'step_summary.md');
    writeFileSync(eventPath, JSON.stringify(pullRequestPayload(PR_NUMBER, baseSha, headSha)));
    for (const file of ['step_summary.md', 'output.txt', 'env.txt', 'path.txt', 'state.txt']) writeFileSync(join(dir, file), '');
    mkdirSync(join(dir, 'temp'));
    mkdirSync(join(dir, 'home'));
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: join(dir, 'home'),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws.dir,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REPOSITORY_OWNER: OWNER,
      GITHUB_SHA: headSha,
      GITHUB_REF: `refs/pull/${PR_NUMBER}/merge`,
      GITHUB_JOB: JOB,
      GITHUB_RUN_ID: RUN_ID,
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'octocat',
      GITHUB_WORKFLOW: 'imagevector',
      GITHUB_ACTION: '__imagevector-lint',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: api.url,
      GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: join(dir, 'output.txt'),
      GITHUB_ENV: join(dir, 'env.txt'),
      GITHUB_PATH: join(dir, 'path.txt'),
      GITHUB_STATE: join(dir, 'state.txt'),
      RUNNER_TEMP: join(dir, 'temp'),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      ...inputEnv(),
    };
    const child = spawn(process.execPath, [BUNDLE], { cwd: ws.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const code = await new Promise((done) => child.on('close', done));
    clearTimeout(killer);
    const summary = readFileSync(summaryPath, 'utf8');
    const comment = api.comments.find((c) => c.issue === PR_NUMBER)?.body;
    // The replay has new warnings (tag-downgraded, registry-changed) and errors (shadowed and
    // duplicate entries): the run fails, with a summary and a comment.
    if (code !== 1 || !summary.trim() || !comment) {
      throw new Error(`unexpected run of the action (exit ${code}, summary ${summary.length} chars, comment ${comment ? 'posted' : 'missing'}):\n${output}`);
    }
    return { summary, comment };
  } finally {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(ws.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// Markdown → HTML with GitHub's own renderer: cmark-gfm with the table,
// autolink, tagfilter and strikethrough extensions and raw HTML allowed
// (GitHub then sanitises it; the action writes only <details>, <summary>,
// <sub> and comments). Debian: `apt-get install cmark-gfm`.

function markdownToHtml(markdown) {
  try {
    return execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough'], {
      input: markdown,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`cmark-gfm failed (${error.message}): install it (Debian: \`apt-get install cmark-gfm\`).`);
  }
}
// ---------------------------------------------------------------------------
// Page, frames and screenshots

function page(body, width) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>imagevector-lint</title>
<style>
  html, body { margin: 0; padding: 0; background: #ffffff; }
  body { width: ${width + 2 * MARGIN}px; padding: ${MARGIN}px; box-sizing: border-box; color: #1f2328;
    font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
    font-size: 14px; line-height: 1.5; -webkit-font-smoothing: antialiased; }
  .box { border: 1px solid #d1d9e0; border-radius: 6px; background: #ffffff; }
  .box-header { display: flex; align-items: center; gap: 8px; padding: 8px 16px; background: #f6f8fa;
    border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; color: #59636e; }
  .box-header strong { color: #1f2328; font-weight: 600; }
  .box-header .label { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; font-weight: 500; line-height: 18px; }
  .avatar { width: 20px; height: 20px; border-radius: 4px; background: #2088ff; color: #fff; display: inline-flex;
    align-items: center; justify-content: center; font-size: 11px; font-weight: 700; }
  .summary-title { font-size: 16px; }
  .markdown-body { padding: 16px; word-wrap: break-word; }
  .markdown-body > :first-child { margin-top: 0 !important; }
  .markdown-body > :last-child { margin-bottom: 0 !important; }
  .markdown-body h1, .markdown-body h2, .markdown-body h3, .markdown-body h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
  .markdown-body h1 { font-size: 2em; } .markdown-body h2 { font-size: 1.5em; }
  .markdown-body h3 { font-size: 1.25em; } .markdown-body h4 { font-size: 1em; }
  .markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body blockquote,
  .markdown-body details, .markdown-body pre { margin: 0 0 16px; }
  .markdown-body ul, .markdown-body ol { padding-left: 2em; }
  .markdown-body li + li { margin-top: 0.25em; }
  .markdown-body a { color: #0969da; text-decoration: underline; text-underline-offset: 0.2rem; }
  .markdown-body strong { font-weight: 600; }
  .markdown-body code { padding: 0.2em 0.4em; margin: 0; font-size: 85%; white-space: break-spaces;
    background: rgba(129, 139, 152, 0.12); border-radius: 6px;
    font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
  .markdown-body pre { padding: 16px; background: #f6f8fa; border-radius: 6px; overflow: auto; font-size: 85%; }
  .markdown-body pre code { padding: 0; background: transparent; font-size: 100%; }
  .markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: 0.25em solid #d1d9e0; }
  .markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  .markdown-body table th { font-weight: 600; }
  .markdown-body table th, .markdown-body table td { padding: 6px 13px; border: 1px solid #d1d9e0; }
  .markdown-body table tr { background: #ffffff; border-top: 1px solid #d1d9e0b3; }
  .markdown-body table tr:nth-child(2n) { background: #f6f8fa; }
  .markdown-body details summary { cursor: pointer; display: list-item; }
  .markdown-body details:not([open]) > :not(summary) { display: none; }
</style></head>
<body>${body}</body></html>
`;
}

/** The job summary as the run's page shows it: a box headed by the job's name. */
function summaryFrame(content) {
  return `<div class="box"><div class="box-header"><strong class="summary-title">${JOB} summary</strong></div>
<div class="markdown-body">${content}</div></div>`;
}

/** The sticky comment as the pull request's conversation shows it. */
function commentFrame(content) {
  return `<div class="box"><div class="box-header"><span class="avatar"><svg width="12" height="12" viewBox="0 0 16 16" fill="#ffffff" aria-hidden="true"><path d="M4 2.5v11l9-5.5z"/></svg></span><span><strong>github-actions</strong>
<span class="label">bot</span> commented</span></div>
<div class="markdown-body">${content}</div></div>`;
}

function findChromium() {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].filter(Boolean);
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // next
    }
  }
  throw new Error('Chromium not found: install it (Debian: `apt-get install chromium`) or set CHROMIUM=/path/to/chrome.');
}

function chromiumArgs(profile) {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    `--user-data-dir=${profile}`,
  ];
}

/** Two passes: measure the content's height (--dump-dom after a script notes it), then screenshot at that size. */
function screenshot(chromium, htmlFile, png, work, WIDTH) {
  const measured = `${htmlFile}.measure.html`;
  const measuring = `<script>addEventListener('load', () => { document.title = 'HEIGHT=' + Math.ceil(document.body.getBoundingClientRect().height) + (Array.from(document.querySelectorAll('table')).some((t) => t.scrollWidth > t.clientWidth + 1) ? ' OVERFLOW' : ''); });</script>`;
  writeFileSync(measured, readFileSync(htmlFile, 'utf8').replace('</body>', `${measuring}</body>`));
  const profile = mkdtempSync(join(work, 'profile-'));
  const dom = execFileSync(chromium, [...chromiumArgs(profile), `--window-size=${WIDTH},2000`, '--virtual-time-budget=2000', '--dump-dom', `file://${measured}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const height = Number(/HEIGHT=(\d+)/.exec(dom)?.[1]);
  if (!height) throw new Error(`could not measure the height of ${htmlFile}`);
  if (/HEIGHT=\d+ OVERFLOW/.test(dom)) console.warn(`warning: a table of ${htmlFile} is wider than ${WIDTH}px: the picture cuts it off.`);
  let shown = htmlFile;
  if (height > MAX_HEIGHT) {
    shown = `${htmlFile}.cut.html`;
    const fade = `<div style="position:fixed;left:0;right:0;bottom:0;height:120px;background:linear-gradient(rgba(255,255,255,0),#fff 85%);"></div>`;
    writeFileSync(shown, readFileSync(htmlFile, 'utf8').replace('</body>', `${fade}</body>`));
  }
  execFileSync(chromium, [...chromiumArgs(profile), `--window-size=${WIDTH},${Math.min(height, MAX_HEIGHT)}`, `--screenshot=${png}`, `file://${shown}`], {
    stdio: 'ignore',
  });
  if (!existsSync(png)) throw new Error(`Chromium wrote no ${png}`);
}

function pngSize(file) {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
