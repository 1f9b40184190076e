#!/usr/bin/env node
// Renders the README's pictures of what a user sees on a pull request that
// breaks a version range: docs/images/summary.png (the job summary) and
// docs/images/pr-comment.png (the sticky pull request comment).
//
// Both are the real output of the built action (dist/index.js): it is run the
// way the end-to-end tests run it (test/action/support/run-action.ts), on a
// temporary git repository whose base and head commits are the fixture layers
// test/fixtures/action/gardener/base and …/head, with every INPUT_* read from
// action.yml, a pull_request payload from @octokit/webhooks-examples, a
// GITHUB_STEP_SUMMARY file, and a loopback stand-in for GitHub's REST API that
// stores the comment the action posts. The summary Markdown and the comment
// body are then converted to HTML (the GitHub-flavoured Markdown subset the
// action writes), styled like github.com, and screenshotted with headless
// Chromium, cropped to the content's height.
//
// A developer script, not run by CI. Needs the built bundle (`npm run build`)
// and Chromium (Debian: `apt-get install chromium`; or set CHROMIUM=/path).
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
const FIXTURES = join(ROOT, 'test', 'fixtures', 'action');

// The same identities as the end-to-end harness.
const OWNER = 'octo-org';
const REPO = 'gardener-ext';
const TOKEN = 'ghs_e2eS3cretT0kenValue0000000000000000';
const RUN_ID = '1234567890';
const PR_NUMBER = 11;
const JOB = 'lint';

const WIDTH = 1200; // CSS pixels = image pixels (device scale factor 1)

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
    { name: 'summary', markdown: summary, frame: summaryFrame },
    { name: 'pr-comment', markdown: comment, frame: commentFrame },
  ];
  for (const { name, markdown, frame } of pictures) {
    writeFileSync(join(work, `${name}.md`), markdown);
    const html = page(frame(markdownToHtml(markdown)));
    const htmlFile = join(work, `${name}.html`);
    writeFileSync(htmlFile, html);
    const png = join(OUT, `${name}.png`);
    screenshot(chromium, htmlFile, png, work);
    const { width, height } = pngSize(png);
    console.log(`${relative(process.cwd(), png)}: ${width}×${height}, ${Math.round(statSync(png).size / 1024)} KB`);
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
  const ws = makeRepository(['gardener/base', 'gardener/head']);
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
    // The fixture's head breaks a range: the run must fail, with a summary and a comment.
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
// Markdown → HTML: the GitHub-flavoured subset the action writes — ATX
// headings, paragraphs, tables, bullet lists, block quotes, fenced code,
// <details>/<summary> and HTML comments passed through as GitHub passes them,
// code spans, **strong**, *emphasis*, links, autolinks, backslash escapes and
// entities. Raw HTML outside the allowed tags is shown as text (GitHub's
// sanitiser would drop it; the action escapes it anyway).

const ALLOWED_HTML = /^<\/?(details|summary|br|sub|sup|b|i|strong|em|code|kbd|p)(\s+open)?\s*\/?>$/i;

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text with entities kept (`&lt;` stays an entity; a bare `&` is escaped). */
function textHtml(text) {
  return text
    .replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function inline(src) {
  let out = '';
  let text = '';
  const flush = () => {
    out += emphasis(textHtml(text));
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length && /[!-/:-@[-`{-~]/.test(src[i + 1])) {
      // An escaped punctuation character: a placeholder keeps it out of emphasis.
      text += `\u0000${src.charCodeAt(i + 1)}\u0001`;
      i += 2;
      continue;
    }
    if (c === '`') {
      let j = i;
      while (src[j] === '`') j++;
      const run = j - i;
      let k = j;
      let close = -1;
      while (k < src.length) {
        if (src[k] !== '`') {
          k++;
          continue;
        }
        let l = k;
        while (src[l] === '`') l++;
        if (l - k === run) {
          close = k;
          break;
        }
        k = l;
      }
      if (close >= 0) {
        let code = src.slice(j, close).replace(/\n/g, ' ');
        if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
        flush();
        out += `<code>${escapeHtml(code)}</code>`;
        i = close + run;
        continue;
      }
      text += src.slice(i, j);
      i = j;
      continue;
    }
    if (c === '<') {
      const comment = /^<!--[\s\S]*?-->/.exec(src.slice(i));
      if (comment) {
        flush();
        i += comment[0].length;
        continue;
      }
      const tag = /^<[^<>\n]+>/.exec(src.slice(i));
      if (tag && ALLOWED_HTML.test(tag[0])) {
        flush();
        out += tag[0];
        i += tag[0].length;
        continue;
      }
      const auto = /^<(https?:\/\/[^\s<>]+)>/.exec(src.slice(i));
      if (auto) {
        flush();
        out += `<a href="${escapeHtml(auto[1])}">${escapeHtml(auto[1])}</a>`;
        i += auto[0].length;
        continue;
      }
    }
    if (c === '[') {
      const link = /^\[((?:\\.|`[^`]*`|[^\]\\])*)\]\(([^()\s]+)\)/.exec(src.slice(i));
      if (link) {
        flush();
        out += `<a href="${escapeHtml(link[2])}">${inline(link[1])}</a>`;
        i += link[0].length;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
  return out.replace(/\u0000(\d+)\u0001/g, (_, code) => escapeHtml(String.fromCharCode(Number(code))));
}

function emphasis(html) {
  return html
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1<em>$2</em>');
}

/** Cells of a table row: split on pipes outside code spans and not escaped. */
function cells(line) {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const out = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && row[i + 1] === '|') {
      // GFM: `\|` is a literal pipe, inside code spans too.
      cell += '|';
      i++;
    } else if (c === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

function markdownToHtml(markdown) {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const html = [];
  let i = 0;
  const isTableDelimiter = (line) => /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line) && line.includes('-');
  const startsBlock = (line, next) =>
    /^\s*$/.test(line) ||
    /^#{1,6}\s/.test(line) ||
    /^\s*[-*+]\s/.test(line) ||
    /^\s*\d+\.\s/.test(line) ||
    /^>/.test(line) ||
    /^```/.test(line) ||
    /^\s*<\/?(details|summary)|^<!--/i.test(line) ||
    (line.includes('|') && next !== undefined && isTableDelimiter(next));
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) {
      i++;
      continue;
    }
    let m;
    if ((m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line))) {
      html.push(`<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`);
      i++;
      continue;
    }
    if (/^```/.test(line)) {
      const code = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) code.push(lines[i]);
      i++;
      html.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (/^<!--/.test(line)) {
      while (i < lines.length && !lines[i].includes('-->')) i++;
      i++;
      continue;
    }
    if (/^\s*<\/?(details|summary)/i.test(line)) {
      // HTML block: up to the next blank line, with Markdown inside the summary kept inline.
      const block = [];
      for (; i < lines.length && !/^\s*$/.test(lines[i]); i++) block.push(lines[i]);
      html.push(inline(block.join('\n')));
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && isTableDelimiter(lines[i + 1])) {
      const head = cells(line);
      const align = cells(lines[i + 1]).map((d) => (/^:-+:$/.test(d) ? 'center' : /-:$/.test(d) ? 'right' : /^:-/.test(d) ? 'left' : ''));
      const attr = (k) => (align[k] ? ` align="${align[k]}"` : '');
      const rows = [];
      for (i += 2; i < lines.length && lines[i].includes('|') && !/^\s*$/.test(lines[i]); i++) rows.push(cells(lines[i]));
      html.push(
        '<table><thead><tr>' +
          head.map((c, k) => `<th${attr(k)}>${inline(c)}</th>`).join('') +
          '</tr></thead><tbody>' +
          rows.map((r) => '<tr>' + head.map((_, k) => `<td${attr(k)}>${inline(r[k] ?? '')}</td>`).join('') + '</tr>').join('') +
          '</tbody></table>',
      );
      continue;
    }
    if (/^>/.test(line)) {
      const quoted = [];
      for (; i < lines.length && /^>/.test(lines[i]); i++) quoted.push(lines[i].replace(/^> ?/, ''));
      html.push(`<blockquote>${markdownToHtml(quoted.join('\n'))}</blockquote>`);
      continue;
    }
    if ((m = /^(\s*)([-*+]|\d+\.)\s/.exec(line))) {
      const ordered = /\d/.test(m[2]);
      const items = [];
      for (; i < lines.length && !/^\s*$/.test(lines[i]); i++) {
        const item = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/.exec(lines[i]);
        if (item) items.push(item[1]);
        else items[items.length - 1] += `\n${lines[i].trim()}`;
      }
      const tag = ordered ? 'ol' : 'ul';
      html.push(`<${tag}>${items.map((t) => `<li>${inline(t)}</li>`).join('')}</${tag}>`);
      continue;
    }
    const paragraph = [line];
    for (i++; i < lines.length && !startsBlock(lines[i], lines[i + 1]); i++) paragraph.push(lines[i]);
    html.push(`<p>${inline(paragraph.join('\n')).replace(/ {2,}\n|\\\n/g, '<br>')}</p>`);
  }
  return html.join('\n');
}

// ---------------------------------------------------------------------------
// Page, frames and screenshots

function page(body) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>imagevector-lint</title>
<style>
  html, body { margin: 0; padding: 0; background: #ffffff; }
  body { width: ${WIDTH}px; padding: 8px; box-sizing: border-box; color: #1f2328;
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
function screenshot(chromium, htmlFile, png, work) {
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
  execFileSync(chromium, [...chromiumArgs(profile), `--window-size=${WIDTH},${height}`, `--screenshot=${png}`, `file://${htmlFile}`], {
    stdio: 'ignore',
  });
  if (!existsSync(png)) throw new Error(`Chromium wrote no ${png}`);
}

function pngSize(file) {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
