import type { Octokit } from '@octokit/core';
import type { RevisionTree } from '../workspace/base-revision.js';
import {
  ApiRequestError,
  BadResponseError,
  ConnectionError,
  RateLimitError,
  RequestTimeoutError,
  connectionErrorCode,
  describeBody,
  formatSeconds,
  rateLimitOf,
} from './github-api-errors.js';

export { ApiRequestError, BadResponseError, ConnectionError, RateLimitError, RequestTimeoutError, describeApiError, formatSeconds, httpStatus } from './github-api-errors.js';

// The few GitHub API calls the action makes, on one Octokit with a time limit
// per request. Every request is counted, so a run can say (and a test can
// check) how many it made. Only a rate limit is retried, and only within one
// budget of waiting for the whole run; every other failure is final and
// becomes an error that says what it is (see github-api-errors.ts).

export interface CommentUser {
  login: string;
  /** `User`, `Bot`, `Organization`… as the REST API says. */
  type?: string;
}

export interface IssueComment {
  id: number;
  body: string;
  url?: string;
  user?: CommentUser;
}

export interface CommentPage {
  comments: IssueComment[];
  /** The server's clock when it answered (its `date` header), in ms since the epoch. */
  serverTime?: number;
}

export interface ApiOptions {
  token: string;
  baseUrl: string;
  timeoutMs: number;
  /** The most the whole run waits for rate limits to clear (default 30 s). */
  retryBudgetMs?: number;
  /** How to wait (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Told before each wait for a rate limit. */
  onWait?: (ms: number, reason: string) => void;
}

export const COMMENTS_PER_PAGE = 100;
/** A bound on pages read while listing comments (10,000 comments). */
export const MAX_COMMENT_PAGES = 100;
export const DEFAULT_RETRY_BUDGET_MS = 30_000;
/** Attempts per request, rate limits included. */
const MAX_ATTEMPTS = 3;

export class GitHubApi {
  /** Created on the first request: github-client.ts (Octokit, undici) loads only when one is made. */
  private client: Promise<Octokit> | undefined;
  private readonly options: ApiOptions;
  private count = 0;
  private budgetLeftMs: number;
  private waitedMs = 0;

  constructor(options: ApiOptions) {
    this.options = options;
    this.budgetLeftMs = options.retryBudgetMs ?? DEFAULT_RETRY_BUDGET_MS;
  }

  /** The Octokit, made on first use; every request goes through the hook below. */
  private octokit(): Promise<Octokit> {
    this.client ??= this.connect();
    return this.client;
  }

  private async connect(): Promise<Octokit> {
    const options = this.options;
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const now = options.now ?? Date.now;
    const { createOctokit } = await import('./github-client.js');
    // No retry plugin: the loop below retries rate limits, and nothing else.
    const octokit = await createOctokit({ token: options.token, baseUrl: options.baseUrl, userAgent: 'imagevector-lint-action' });
    octokit.hook.wrap('request', async (request, endpoint) => {
      const method = endpoint.method;
      const fullUrl = urlOf(octokit, endpoint);
      const url = pathOnly(fullUrl);
      for (let attempt = 1; ; attempt++) {
        this.count++;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), options.timeoutMs);
        try {
          // The hook's `request` sends the options object it was given to the hook: change that one.
          endpoint.request = { ...endpoint.request, signal: controller.signal };
          return await request(endpoint);
        } catch (error) {
          if (controller.signal.aborted) throw new RequestTimeoutError(method, url, options.timeoutMs);
          const limit = rateLimitOf(error, now());
          if (limit) {
            const give = (reason: string) => new RateLimitError(method, url, limit, this.waitedMs, reason);
            if (attempt >= MAX_ATTEMPTS) throw give(`still limited after ${attempt} attempts`);
            if (limit.waitMs > this.budgetLeftMs) throw give(`the action waits at most ${formatSeconds(this.budgetLeftMs + this.waitedMs)} in all`);
            this.budgetLeftMs -= limit.waitMs;
            this.waitedMs += limit.waitMs;
            options.onWait?.(limit.waitMs, `${method} ${url} answered HTTP ${limit.status} (${limit.evidence})`);
            await sleep(limit.waitMs);
            continue;
          }
          const code = connectionErrorCode(error);
          if (code) throw new ConnectionError(method, fullUrl, code);
          throw ApiRequestError.from(error, method, url);
        } finally {
          clearTimeout(timer);
        }
      }
    });
    return octokit;
  }

  /** HTTP requests made so far (each retry counts). */
  get requests(): number {
    return this.count;
  }

  /** Time spent waiting for rate limits so far. */
  get waitedForRateLimitsMs(): number {
    return this.waitedMs;
  }

  /**
   * The comments of an issue or pull request, oldest first, one page at a time;
   * `since` (ISO 8601) keeps only those updated after it. A page that is not a
   * list of comments is an error, never "no comments".
   */
  async *issueCommentPages(owner: string, repo: string, issueNumber: number, since?: string): AsyncGenerator<CommentPage> {
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
      const response = await (await this.octokit()).request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: COMMENTS_PER_PAGE,
        page,
        ...(since ? { since } : {}),
      });
      const where = `GET /repos/${owner}/${repo}/issues/${issueNumber}/comments (page ${page})`;
      const data: unknown = response.data;
      if (!Array.isArray(data)) throw new BadResponseError(where, describeBody(data, response.headers), 'a list of comments');
      const comments = data.map((item) => toComment(item, where));
      const date = Date.parse(String(response.headers.date ?? ''));
      yield { comments, serverTime: Number.isNaN(date) ? undefined : date };
      const hasNext = /\brel="next"/.test(String(response.headers.link ?? ''));
      if (!hasNext || comments.length < COMMENTS_PER_PAGE) return;
    }
    throw new Error(`pull request #${issueNumber} has more than ${MAX_COMMENT_PAGES * COMMENTS_PER_PAGE} comments; not read further`);
  }

  async createIssueComment(owner: string, repo: string, issueNumber: number, body: string): Promise<IssueComment> {
    const response = await (await this.octokit()).request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issueNumber, body });
    return toComment(response.data, `POST /repos/${owner}/${repo}/issues/${issueNumber}/comments`, response.headers);
  }

  async updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<IssueComment> {
    const response = await (await this.octokit()).request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: commentId, body });
    return toComment(response.data, `PATCH /repos/${owner}/${repo}/issues/comments/${commentId}`, response.headers);
  }

  /** Deletes a comment; false when it is already gone. */
  async deleteIssueComment(owner: string, repo: string, commentId: number): Promise<boolean> {
    try {
      await (await this.octokit()).request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: commentId });
      return true;
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 404) return false;
      throw error;
    }
  }

  /**
   * The login of the token's own account, from GraphQL's `viewer`: it answers
   * for every kind of token (REST `GET /user` answers 403 for installation
   * tokens, the kind GITHUB_TOKEN and GitHub Apps have).
   */
  async viewerLogin(): Promise<string> {
    const data: unknown = await (await this.octokit()).graphql('query { viewer { login } }');
    const login = (data as { viewer?: { login?: unknown } } | null)?.viewer?.login;
    if (typeof login !== 'string' || login === '') {
      throw new BadResponseError('POST /graphql (viewer)', describeBody(data, {}), 'the viewer\'s login');
    }
    return login;
  }

  /**
   * Every file of a commit's tree, in one request (the git trees API,
   * recursive). GitHub cuts a large tree short (`truncated`: over 100,000
   * entries or 7 MB): the entries it sent are still true, the list is not
   * complete. A tree name `tree_sha` may be a commit's SHA.
   */
  async listTree(owner: string, repo: string, sha: string): Promise<RevisionTree> {
    const response = await (await this.octokit()).request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo, tree_sha: sha, recursive: '1' });
    const where = `GET /repos/${owner}/${repo}/git/trees/${sha.slice(0, 12)}?recursive=1`;
    const data: unknown = response.data;
    const tree = (data as { tree?: unknown; truncated?: unknown } | null)?.tree;
    if (typeof data !== 'object' || data === null || !Array.isArray(tree)) {
      throw new BadResponseError(where, describeBody(data, response.headers), 'a tree');
    }
    const files: string[] = [];
    const links: string[] = [];
    for (const item of tree as unknown[]) {
      const entry = item as { path?: unknown; mode?: unknown; type?: unknown } | null;
      if (typeof entry?.path !== 'string' || typeof entry.mode !== 'string') throw new BadResponseError(where, describeBody(item, {}), 'a tree entry');
      if (entry.type !== 'blob') continue; // trees (folders), commits (submodules)
      if (entry.mode === '120000') links.push(entry.path);
      else files.push(entry.path);
    }
    return { files, links, truncated: (data as { truncated?: unknown }).truncated === true };
  }

  /** A file's bytes at a commit, or undefined when the commit has no such file. */
  async getFileAtRef(owner: string, repo: string, filePath: string, ref: string): Promise<Uint8Array | undefined> {
    let response;
    try {
      response = await (await this.octokit()).request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path: filePath, ref });
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 404) return undefined;
      throw error;
    }
    const where = `GET /repos/${owner}/${repo}/contents/${filePath} (ref ${ref.slice(0, 12)})`;
    const data: unknown = response.data;
    // A directory is a list: no file there. Anything else that is not an object is a bad answer, not "no file".
    if (Array.isArray(data)) return undefined;
    if (typeof data !== 'object' || data === null) throw new BadResponseError(where, describeBody(data, response.headers), 'a file or directory');
    const file = data as { type?: string; encoding?: string; content?: string; size?: number };
    if (typeof file.type !== 'string') throw new BadResponseError(where, describeBody(data, response.headers), 'a file or directory');
    if (file.type !== 'file') return undefined;
    if (file.encoding === 'base64' && typeof file.content === 'string') {
      return new Uint8Array(Buffer.from(file.content, 'base64'));
    }
    // Files over 1 MB come without content: ask for the raw bytes.
    const raw = await (await this.octokit()).request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path: filePath, ref, mediaType: { format: 'raw' } });
    const bytes = raw.data as unknown;
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'utf8'));
    if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
    if (ArrayBuffer.isView(bytes)) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    throw new BadResponseError(`${where}, raw`, describeBody(bytes, raw.headers), "the file's bytes");
  }
}

function toComment(item: unknown, where: string, headers: Record<string, unknown> = {}): IssueComment {
  const c = item as { id?: unknown; body?: unknown; html_url?: unknown; user?: { login?: unknown; type?: unknown } | null } | null;
  if (c === null || typeof c !== 'object' || Array.isArray(c) || typeof c.id !== 'number') {
    throw new BadResponseError(where, describeBody(item, headers), 'a comment');
  }
  const login = c.user?.login;
  return {
    id: c.id,
    body: typeof c.body === 'string' ? c.body : '',
    url: typeof c.html_url === 'string' ? c.html_url : undefined,
    user: typeof login === 'string' ? { login, type: typeof c.user?.type === 'string' ? c.user.type : undefined } : undefined,
  };
}

/** The request's real URL (the hook sees the route template and its parameters), without the query. */
function urlOf(octokit: Octokit, endpoint: object): string {
  try {
    const { url } = octokit.request.endpoint.parse(endpoint as Parameters<Octokit['request']['endpoint']['parse']>[0]);
    const i = url.indexOf('?');
    return i < 0 ? url : url.slice(0, i);
  } catch {
    return String((endpoint as { url?: unknown }).url ?? '');
  }
}

/** The path of a URL, for messages. */
function pathOnly(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
