import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { HttpClient, loadHttpClient } from '../../src/action/http-client-on-demand.js';
import { BUNDLE, ROOT } from './support/run-action.js';

// What the action loads when it starts. undici (through @actions/http-client, which @actions/core
// imports for its OIDC client) was most of the cost of starting the action, and a run without a
// token makes no request: dist/index.js, the file the runner starts, must not hold it; the chunks
// it imports on the first API request do (their running is proven by the end-to-end tests with
// a token: comment.e2e, component-vectors.e2e). @actions/exec and @actions/io (which @actions/core
// imports for platform.getDetails, never called) are not in the bundle at all.
//
// dist/index.js is minified (scripts/build-action.mjs): the packages are told apart by strings of
// their own that minifying keeps (string literals and class names).

const DIST = join(ROOT, 'dist');
const main = readFileSync(BUNDLE, 'utf8');
const chunks = readdirSync(DIST).filter((f) => /^\d+\.index\.js$/.test(f));
const chunkText = chunks.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
const PACKAGES = {
  undici: 'AGFzbQ', // its llhttp WebAssembly module, in base64
  '@actions/http-client': 'class HttpClientResponse',
  '@octokit/core': 'octokit-core.js', // its user agent
};

const tmp = mkdtempSync(join(tmpdir(), 'ivl-action-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The built-in modules a run of the built action loaded: a push without a payload, one vector, no token, no git. */
function builtinsLoaded(): string[] {
  const workspace = mkdtempSync(join(tmp, 'ws-'));
  writeFileSync(join(workspace, 'images.yaml'), 'images:\n- name: a\n  repository: r.io/a\n  tag: "v1"\n');
  const hook = join(tmp, 'loaded.cjs');
  const loaded = join(tmp, 'loaded.txt');
  writeFileSync(hook, "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED, process.moduleLoadList.join('\\n')));\n");
  for (const file of ['output.txt', 'summary.md']) writeFileSync(join(tmp, file), '');
  // Standard output to a file, as a pipe would load node:net for its socket.
  const stdout = openSync(join(tmp, 'stdout.txt'), 'w');
  try {
    const result = spawnSync(process.execPath, ['--require', hook, BUNDLE], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? '',
        LOADED: loaded,
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_OUTPUT: join(tmp, 'output.txt'),
        GITHUB_STEP_SUMMARY: join(tmp, 'summary.md'),
        RUNNER_TEMP: tmp,
        INPUT_TOKEN: '',
        INPUT_COMMENT: 'off',
      },
      stdio: ['ignore', stdout, 'pipe'],
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
  } finally {
    closeSync(stdout);
  }
  expect(readFileSync(join(tmp, 'stdout.txt'), 'utf8')).toMatch(/^Linting 1 file\(s\)/m);
  expect(readFileSync(join(tmp, 'summary.md'), 'utf8')).not.toBe('');
  expect(readFileSync(join(tmp, 'output.txt'), 'utf8')).toMatch(/^result<</m);
  return readFileSync(loaded, 'utf8').split('\n').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
}

describe('the action bundle at start', () => {
  it('holds neither undici, @actions/http-client nor Octokit: the chunks loaded on the first request do', () => {
    for (const [name, mark] of Object.entries(PACKAGES)) {
      expect(main.includes(mark), `${name} in dist/index.js`).toBe(false);
      expect(chunkText.includes(mark), `${name} in the chunks`).toBe(true);
    }
    // @actions/core is whole (its OIDC client too, whose HttpClient is http-client-on-demand.ts's,
    // which ncc leaves out while nothing calls getIDToken).
    // (Booleans: a failing toContain would print the whole bundle.)
    expect(main.includes('ACTIONS_ID_TOKEN_REQUEST_URL'), "@actions/core's OIDC client").toBe(true);
    expect(main.includes('GITHUB_STEP_SUMMARY'), "@actions/core's summary").toBe(true);
    // @actions/exec (its ToolRunner) and @actions/io are nowhere: exec-on-demand.ts stands in for them.
    expect(/class ToolRunner|function rmRF/.test(`${main}\n${chunkText}`), '@actions/exec or @actions/io').toBe(false);
  });

  it('a run without a token or git loads none of the modules only requests and commands need', () => {
    const loaded = builtinsLoaded();
    expect(loaded).toContain('crypto'); // @actions/core's setOutput: its delimiter is a random UUID
    expect(loaded.filter((m) => /^(child_process|http|https|http2|net|tls|zlib|assert|dns|worker_threads)$/.test(m))).toEqual([]);
  });

  it("runs the action's own code at the bundle's top level, not inside a module function", () => {
    // A top-level await in src/action/index.ts makes ncc wrap every module in one async module
    // function, which V8 compiles a second time at start (~25 ms of a cold start): the action's
    // functions would no longer be declared at the top level, and webpack's async-module runtime
    // (its 'webpack queues' symbol) would be in the bundle.
    expect(main.includes('webpack queues'), "webpack's async-module runtime").toBe(false);
    const file = ts.createSourceFile('index.js', main, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    const topLevel = new Set(file.statements.filter(ts.isFunctionDeclaration).map((f) => f.name?.text));
    for (const name of ['run', 'runLint', 'lintStream']) expect(topLevel, name).toContain(name);
  });

  it('is ASCII, every chunk too, so that Node and V8 read it one byte per character', () => {
    for (const file of ['index.js', ...chunks]) {
      const at = readFileSync(join(DIST, file), 'utf8').search(/[^\x00-\x7f]/);
      expect(at, `dist/${file}`).toBe(-1);
    }
  });

  it('is minified', () => {
    // 395 KiB when this test was written, from 898 KiB unminified; the bound leaves room to grow.
    expect(main.length).toBeLessThan(600 * 1024);
    expect(/^;\/\/ CONCATENATED MODULE:/m.test(main), "ncc's module comments").toBe(false);
  });

  it('ships one licenses.txt that names the packages of every chunk', () => {
    expect(readdirSync(DIST).filter((f) => f.endsWith('.licenses.txt'))).toEqual([]);
    const licenses = readFileSync(join(DIST, 'licenses.txt'), 'utf8');
    const names = [...licenses.matchAll(/^(?:^|\n)?(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)\n(?:MIT|ISC|Apache-2\.0|BSD-\S+)\n/gm)].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(['@actions/core', '@actions/http-client', '@octokit/core', 'js-yaml', 'undici']));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('http-client-on-demand', () => {
  it('forwards to the real @actions/http-client, loaded once', async () => {
    const server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ value: 'token', auth: request.headers.authorization ?? null, agent: request.headers['user-agent'] ?? null }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      const real = await loadHttpClient();
      expect(await loadHttpClient()).toBe(real);
      const { BearerCredentialHandler } = await import('@actions/http-client/lib/auth');
      // As @actions/core's OidcClient calls it.
      const client = new HttpClient('actions/oidc-client', [new BearerCredentialHandler('t0ken')], { allowRetries: true, maxRetries: 10 });
      const response = await client.getJson<{ value: string; auth: string; agent: string }>(`http://127.0.0.1:${port}/id`);
      expect(response.statusCode).toBe(200);
      expect(response.result).toEqual({ value: 'token', auth: 'Bearer t0ken', agent: 'actions/oidc-client' });
    } finally {
      server.close();
    }
  });
});
