import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HttpClient, loadHttpClient } from '../../src/action/http-client-on-demand.js';
import { ROOT } from './support/run-action.js';

// What the action loads when it starts. undici (through @actions/http-client, which @actions/core
// imports for its OIDC client) was most of the cost of starting the action, and a run without a
// token makes no request: dist/index.js, the file the runner starts, must not hold it; the chunks
// it imports on the first API request do (their running is proven by the end-to-end tests with
// a token: comment.e2e, component-vectors.e2e).

const DIST = join(ROOT, 'dist');
const main = readFileSync(join(DIST, 'index.js'), 'utf8');
const chunks = readdirSync(DIST).filter((f) => /^\d+\.index\.js$/.test(f));
const chunkText = chunks.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
/** ncc marks every module it bundles with its path. */
const modules = (code: string) => new Set([...code.matchAll(/^;?\/\/ (?:CONCATENATED|EXTERNAL) MODULE: (\S+)/gm)].map((m) => m[1]!));

describe('the action bundle at start', () => {
  it('holds neither undici, @actions/http-client nor Octokit: the chunks loaded on the first request do', () => {
    const started = [...modules(main)];
    expect(started.filter((m) => /node_modules\/(undici|@actions\/http-client\/lib\/index|@octokit|tunnel)\b/.test(m))).toEqual([]);
    // @actions/core is whole (its OIDC client too, whose HttpClient is http-client-on-demand.ts's,
    // which ncc leaves out while nothing calls getIDToken).
    expect(started).toEqual(expect.arrayContaining(['./node_modules/@actions/core/lib/core.js', './node_modules/@actions/core/lib/oidc-utils.js']));
    const later = [...modules(chunkText)];
    expect(later).toEqual(expect.arrayContaining(['./node_modules/undici/index.js', './src/action/github-client.ts', './node_modules/@octokit/core/dist-src/index.js']));
  });

  it("runs the action's own code at the bundle's top level, not inside a module function", () => {
    // A top-level await in src/action/index.ts makes ncc wrap every module in one async module
    // function, which V8 compiles a second time at start (~25 ms of a cold start).
    expect(main).not.toMatch(/__nccwpck_require__\.a\(module, async/);
    const runtime = main.indexOf('/******/ // The module cache');
    expect(runtime).toBeGreaterThan(0);
    for (const source of ['./src/action/main.ts', './src/engine/lint.ts', './src/workspace/lint-run.ts']) {
      expect(main.indexOf(`// CONCATENATED MODULE: ${source}`), source).toBeGreaterThan(runtime);
    }
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
