import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { explainCommentFailure, type CommentContext } from '../../src/action/comment-failure.js';
import { CommentAuthor, sameAccount } from '../../src/action/comment-author.js';
import {
  ApiRequestError,
  BadResponseError,
  ConnectionError,
  describeApiError,
  GitHubApi,
  RateLimitError,
  type ApiOptions,
} from '../../src/action/github-api-helper.js';
import { upsertStickyComment } from '../../src/action/pr-comment.js';
import { GitHubApiStandIn, refusingUrl } from './support/github-api.js';

// Each way the API can fail, against the stand-in: what the error says, how
// often the action asked, and how long it waited (waits are faked: the budget
// is injectable, so the tests take milliseconds).

const TOKEN = 'ghs_apiFaultTestToken0000000000000000000';
const OWNER = 'octo-org';
const REPO = 'gardener-ext';
const standIn = new GitHubApiStandIn(OWNER, REPO, TOKEN);
let baseUrl = '';

beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});
afterEach(() => {
  expect(standIn.violations).toEqual([]);
  expect(standIn.foreignWrites).toEqual([]);
  standIn.fault = { kind: 'none' };
});

/** A client whose waits are recorded, not slept. */
function client(options: Partial<ApiOptions> = {}) {
  const waits: number[] = [];
  const api = new GitHubApi({
    token: TOKEN,
    baseUrl,
    timeoutMs: 5_000,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...options,
  });
  return { api, waits };
}

async function list(api: GitHubApi, issue: number) {
  const pages = [];
  for await (const page of api.issueCommentPages(OWNER, REPO, issue)) pages.push(page);
  return pages.flatMap((p) => p.comments);
}

const context: CommentContext = { eventName: 'pull_request', owner: OWNER, repo: REPO, number: 7, fromFork: false };

describe('rate limits', () => {
  it('a 429 with retry-after is waited out and retried, then succeeds', async () => {
    standIn.addComment(1, 'hello');
    standIn.fault = { kind: 'rate-limit', limit: 'secondary', status: 429, retryAfterSeconds: 2, times: 1 };
    const { api, waits } = client();
    expect((await list(api, 1)).map((c) => c.body)).toEqual(['hello']);
    expect(waits).toEqual([2_000]);
    expect(api.requests).toBe(2);
    expect(api.waitedForRateLimitsMs).toBe(2_000);
  });

  it('waits a real (short) retry-after when no sleep is injected', async () => {
    standIn.fault = { kind: 'rate-limit', limit: 'secondary', status: 429, retryAfterSeconds: 0.2, times: 1 };
    const api = new GitHubApi({ token: TOKEN, baseUrl, timeoutMs: 5_000 });
    const started = Date.now();
    await list(api, 2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    expect(api.requests).toBe(2);
  });

  it('gives up at once, naming the rate limit, when the wait is longer than the budget left', async () => {
    standIn.fault = { kind: 'rate-limit', limit: 'secondary', status: 429, retryAfterSeconds: 120 };
    const { api, waits } = client();
    const error = await list(api, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(describeApiError(error)).toBe(
      `GitHub's secondary rate limit was hit (too many requests too fast): GET /repos/${OWNER}/${REPO}/issues/3/comments answered HTTP 429 (retry-after: 120); ` +
        `GitHub asks to wait 120 s. Gave up after waiting 0 s: the action waits at most 30 s in all`,
    );
    expect(waits).toEqual([]);
    expect(api.requests).toBe(1);
  });

  it("a 403 with x-ratelimit-remaining: 0 is the primary limit, with its reset time, not a permission problem", async () => {
    standIn.fault = { kind: 'rate-limit', limit: 'primary', resetInSeconds: 900 };
    const { api, waits } = client();
    const error = await list(api, 4).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(describeApiError(error)).toMatch(
      /^GitHub's API rate limit is used up: GET \/repos\/octo-org\/gardener-ext\/issues\/4\/comments answered HTTP 403 \(x-ratelimit-remaining: 0\); it resets at \d\d:\d\d:\d\d UTC\. Gave up after waiting 0 s: the action waits at most 30 s in all$/,
    );
    expect(waits).toEqual([]);
    const warning = explainCommentFailure(error, { ...context, fromFork: true });
    expect(warning).toMatch(/^Could not update the pull request comment \(GitHub's API rate limit is used up/);
    expect(warning).not.toMatch(/fork/);
  });

  it('one budget for the whole run: after ~30 s of waiting, the next limit is not waited for', async () => {
    const { api, waits } = client({ retryBudgetMs: 30_000 });
    standIn.fault = { kind: 'rate-limit', limit: 'secondary', retryAfterSeconds: 20, times: 1 };
    await list(api, 5);
    standIn.fault = { kind: 'rate-limit', limit: 'secondary', retryAfterSeconds: 20, times: 1 };
    const error = await list(api, 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as Error).message).toMatch(/Gave up after waiting 20 s: the action waits at most 30 s in all$/);
    expect(waits).toEqual([20_000]);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30_000);
  });

  it('at most 3 attempts per request, even with short waits', async () => {
    standIn.fault = { kind: 'rate-limit', limit: 'secondary', status: 403, retryAfterSeconds: 1 };
    const { api, waits } = client({ retryBudgetMs: 100 });
    const small = client();
    const error = await list(small.api, 6).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as Error).message).toMatch(/answered HTTP 403 \(retry-after: 1\).*Gave up after waiting 2 s: still limited after 3 attempts$/);
    expect(small.api.requests).toBe(3);
    expect(small.waits).toEqual([1_000, 1_000]);
    // A budget smaller than the wait: no wait at all.
    await expect(list(api, 6)).rejects.toThrow(/the action waits at most 0\.1 s in all/);
    expect(waits).toEqual([]);
  });
});

describe('other failures say what they are', () => {
  it('401: the token is refused', async () => {
    standIn.fault = { kind: 'unauthorized' };
    const { api } = client();
    const error = await list(api, 7).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(describeApiError(error)).toBe('HTTP 401: Bad credentials');
    expect(explainCommentFailure(error, context)).toBe(
      "Could not comment on the pull request: GitHub refused the token (HTTP 401: Bad credentials): it is invalid, expired or revoked; check the 'token' input. The findings are in the annotations and the job summary.",
    );
    expect(api.requests).toBe(1);
  });

  it('404 on the comment list: no such pull request (or the token cannot see the repository)', async () => {
    standIn.missingIssues.add(9999);
    const { api } = client();
    const error = await list(api, 9999).catch((e: unknown) => e);
    expect(explainCommentFailure(error, { ...context, number: 9999 })).toBe(
      `Could not comment on the pull request: ${OWNER}/${REPO} has no pull request #9999, or the token cannot see the repository ` +
        `(HTTP 404: Not Found for GET /repos/${OWNER}/${REPO}/issues/9999/comments). The findings are in the annotations and the job summary.`,
    );
  });

  it('connection refused: "could not connect to <host>", not HTTP 500', async () => {
    const url = await refusingUrl();
    const api = new GitHubApi({ token: TOKEN, baseUrl: url, timeoutMs: 5_000 });
    const error = await list(api, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    const host = new URL(url).host;
    expect(describeApiError(error)).toBe(`could not connect to ${host} (connection refused, ECONNREFUSED) for GET /repos/${OWNER}/${REPO}/issues/1/comments`);
    expect(explainCommentFailure(error, context)).not.toMatch(/HTTP 500|fork/);
    expect(api.requests).toBe(1);
  });

  it.each([
    ['html-body', 'an HTML page (text/html)'],
    ['empty-body', 'an empty body'],
    ['not-a-list', 'a JSON object of another shape'],
  ] as const)('a 200 comment list with %s is an error, never "no comments"', async (kind, what) => {
    standIn.fault = { kind };
    const { api } = client();
    const error = await list(api, 8).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadResponseError);
    expect(describeApiError(error)).toBe(`GET /repos/${OWNER}/${REPO}/issues/8/comments (page 1) answered with ${what} instead of a list of comments`);
    // The sticky comment is not created on a list it could not read.
    const author = CommentAuthor.forToken({ token: TOKEN, workflowToken: TOKEN }, () => Promise.reject(new Error('no')));
    const upsert = await upsertStickyComment(api, { owner: OWNER, repo: REPO, issueNumber: 8, key: 'lint', body: 'x', mode: 'always', clean: false, author }).catch((e: unknown) => e);
    expect(upsert).toBeInstanceOf(BadResponseError);
    expect(standIn.comments.filter((c) => c.issueNumber === 8)).toEqual([]);
  });

  it.each(['html-body', 'empty-body', 'not-a-list'] as const)('a contents answer with %s is an error, not "no such file at the base"', async (kind) => {
    standIn.files.set('abc123:imagevector/images.yaml', Buffer.from('images: []\n'));
    standIn.fault = { kind };
    const { api } = client();
    const error = await api.getFileAtRef(OWNER, REPO, 'imagevector/images.yaml', 'abc123').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadResponseError);
    expect(describeApiError(error)).toMatch(/^GET \/repos\/octo-org\/gardener-ext\/contents\/imagevector\/images\.yaml \(ref abc123\) answered with (an HTML page \(text\/html\)|an empty body|a JSON object of another shape) instead of a file or directory$/);
  });

  it('403 is blamed on a fork only for a fork pull request under pull_request', async () => {
    standIn.fault = { kind: 'forbidden-writes' };
    const { api } = client();
    const error = await api.createIssueComment(OWNER, REPO, 10, 'x').catch((e: unknown) => e);
    expect(explainCommentFailure(error, { ...context, fromFork: true })).toBe(
      'Could not comment on the pull request (HTTP 403: Resource not accessible by integration): it comes from a fork, and pull requests from forks get a read-only token. ' +
        'See the README\'s "Pull requests from forks" for commenting anyway. The findings are in the annotations and the job summary.',
    );
    for (const other of [context, { ...context, fromFork: true, eventName: 'pull_request_target' }]) {
      const message = explainCommentFailure(error, other);
      expect(message).not.toMatch(/fork/);
      expect(message).toBe(
        'Could not comment on the pull request (HTTP 403: Resource not accessible by integration): the token may not write comments here (GitHub says it needs: issues=write; pull_requests=write). ' +
          'Give the job `permissions: pull-requests: write`, or a token that may. The findings are in the annotations and the job summary.',
      );
    }
  });

  it('an identity that cannot be asked says to set comment-author', async () => {
    standIn.addComment(11, '<!-- imagevector-lint:lint -->\nold');
    const { api } = client();
    const author = CommentAuthor.forToken({ token: 'ghs_other' }, () => Promise.reject(new ApiRequestError(403, 'POST', '/graphql', 'Resource not accessible by integration')));
    const error = await upsertStickyComment(api, { owner: OWNER, repo: REPO, issueNumber: 11, key: 'lint', body: 'x', mode: 'always', clean: false, author }).catch((e: unknown) => e);
    expect(describeApiError(error)).toBe(
      "could not tell which account the token belongs to, to find the action's own comment (HTTP 403: Resource not accessible by integration); set the input 'comment-author'",
    );
  });
});

describe('sameAccount', () => {
  it.each([
    ['github-actions[bot]', { login: 'github-actions[bot]', type: 'Bot' }, false, true],
    ['GitHub-Actions[bot]', { login: 'github-actions[bot]', type: 'Bot' }, false, true],
    // GraphQL may name an app's account without [bot]: for an installation token, the same account.
    ['vector-bot', { login: 'vector-bot[bot]', type: 'Bot' }, true, true],
    // …but a user token's login never stands for an app's bot.
    ['vector-bot', { login: 'vector-bot[bot]', type: 'Bot' }, false, false],
    ['vector-bot', { login: 'vector-bot[bot]', type: 'User' }, true, false],
    ['octo-maintainer', { login: 'pr-author', type: 'User' }, false, false],
    ['github-actions[bot]', { login: 'github-actions', type: 'User' }, true, false],
  ] as const)('%s vs %o (installation token: %s): %s', (login, user, installation, same) => {
    expect(sameAccount(login, user, installation)).toBe(same);
  });
});
