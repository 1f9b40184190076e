import { Octokit } from '@octokit/core';
import { fetch as undiciFetch } from 'undici';
import { loadHttpClient } from './http-client-on-demand.js';

// The Octokit the action talks to GitHub with: @octokit/core and the handful of
// routes the action calls (octokit.request('GET /repos/{owner}/{repo}/…')),
// not @actions/github's getOctokit, which bundles the whole REST endpoint table,
// the pagination plugin and a second copy of @actions/http-client. What
// getOctokit adds is kept: the `token` authorization, the runner's proxy
// settings (HTTPS_PROXY / NO_PROXY through @actions/http-client's dispatcher,
// on undici's fetch) and the orchestration id in the user agent.
//
// This module (with Octokit, undici and @actions/http-client) is loaded only when the action
// makes its first API request (github-api-helper.ts imports it with import()): the bundle puts
// it in a chunk of its own, and a run without a token never loads it.

export interface ClientOptions {
  token: string;
  baseUrl: string;
  userAgent: string;
}

export async function createOctokit(options: ClientOptions): Promise<Octokit> {
  const { HttpClient } = await loadHttpClient();
  const dispatcher = new HttpClient().getAgentDispatcher(options.baseUrl);
  const fetch = (url: string, init: Record<string, unknown>) => undiciFetch(url, { ...init, dispatcher } as Parameters<typeof undiciFetch>[1]);
  return new Octokit({
    auth: `token ${options.token}`,
    baseUrl: options.baseUrl,
    userAgent: withOrchestrationId(options.userAgent),
    request: { fetch },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

/** As @actions/github: the runner's ACTIONS_ORCHESTRATION_ID, sanitised, appended to the user agent. */
function withOrchestrationId(userAgent: string): string {
  const id = process.env['ACTIONS_ORCHESTRATION_ID']?.trim();
  if (!id) return userAgent;
  const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
  return userAgent.includes(tag) ? userAgent : `${userAgent} ${tag}`;
}
