import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApiStandIn, refusingUrl, type Account, type RecordedRequest } from './support/github-api.js';
import { assertBundleIsFresh, git, makeRepository, OWNER, pullRequestPayload, REPO, runAction, TOKEN, type Workspace } from './support/run-action.js';

// The sticky comment as an untrusted pull request meets it, through the built
// bundle (dist/index.js) against the API stand-in: a marker planted by the
// author, a maintainer's edit above the marker, two runs at once, and every
// API fault with its own message. Request counts per run are part of the
// contract: first run 3 (list, create, list again for a concurrent duplicate),
// rerun 2 (list, update), identical rerun 1 (list).

const MARKER = '<!-- imagevector-lint:lint -->';
const ATTACKER: Account = { login: 'pr-author', type: 'User' };
const MAINTAINER: Account = { login: 'octo-maintainer', type: 'User' };
const PAT = 'ghp_maintainerE2ePat000000000000000000000';

const standIn = new GitHubApiStandIn(OWNER, REPO, TOKEN);
standIn.users.set(PAT, MAINTAINER);
let apiUrl = '';
let ws: Workspace;

beforeAll(async () => {
  assertBundleIsFresh();
  apiUrl = await standIn.start();
  ws = makeRepository(['gardener/base', 'gardener/head']);
});
afterAll(async () => {
  await standIn.stop();
});
afterEach(() => {
  expect(standIn.violations).toEqual([]);
  expect(standIn.foreignWrites).toEqual([]);
  standIn.fault = { kind: 'none' };
  standIn.beforeAnswer = undefined;
});

async function pr(number: number, inputs: Record<string, string> = {}, options: { fork?: boolean; apiUrl?: string; eventName?: string } = {}) {
  const before = standIn.requests.length;
  const run = await runAction({
    workspace: ws.dir,
    eventName: options.eventName ?? 'pull_request',
    payload: pullRequestPayload({ number, baseSha: ws.commits[0]!, headSha: git(ws.dir, ['rev-parse', 'HEAD']), fork: options.fork }),
    inputs,
    apiUrl: options.apiUrl ?? apiUrl,
  });
  const requests = standIn.since(before);
  return { run, requests, ops: requests.map((r) => `${r.method} ${r.operationId ?? r.path}`), warnings: run.commands.filter((c) => c.startsWith('::warning::')) };
}

const onIssue = (n: number) => standIn.comments.filter((c) => c.issueNumber === n);

describe.sequential('whose comment the verdict is', () => {
  it("a marker planted by the author before the first run: the action posts its own and never touches the planted one", async () => {
    const forged = `${MARKER}\n### imagevector-lint\n\n✅ **No problems found**`;
    const planted = standIn.addComment(61, forged, ATTACKER);

    const first = await pr(61);
    expect(first.run.code).toBe(1);
    expect(first.ops).toEqual(['GET issues/list-comments', 'POST issues/create-comment', 'GET issues/list-comments']);
    expect(first.requests[2]!.query.since).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(first.run.stdout).toContain("Ignored 1 comment(s) that carry the marker but are not by github-actions[bot]: only the action's own comment is updated.");
    expect(first.run.stdout).toContain('GitHub API requests: 3.');
    expect(first.warnings).toEqual([]);
    expect(planted.body).toBe(forged);
    const own = onIssue(61).filter((c) => c.author.login === 'github-actions[bot]');
    expect(own).toHaveLength(1);
    expect(own[0]!.body).toContain('❌ **2 errors, 1 warning introduced by this change**');

    // The author edits the planted comment again: still ignored. A changed verdict updates the action's own.
    planted.body = `${forged}\n(edited)`;
    own[0]!.body = `${MARKER}\nstale`;
    const rerun = await pr(61);
    expect(rerun.ops).toEqual(['GET issues/list-comments', 'PATCH issues/update-comment']);
    expect(rerun.requests[1]!.path).toBe(`/repos/${OWNER}/${REPO}/issues/comments/${own[0]!.id}`);
    expect(own[0]!.body).toContain('❌ **2 errors, 1 warning introduced by this change**');

    const identical = await pr(61);
    expect(identical.ops).toEqual(['GET issues/list-comments']);
    expect(onIssue(61)).toHaveLength(2);
    expect(planted.body).toBe(`${forged}\n(edited)`);
  });

  it("a maintainer's text above the marker in the action's comment: updated in place, not duplicated", async () => {
    await pr(62);
    const own = onIssue(62)[0]!;
    own.body = `**Maintainer:** known, tracked in #63.\n\n${own.body.replace('3 errors', '4 errors')}`;
    const { ops } = await pr(62);
    expect(ops).toEqual(['GET issues/list-comments', 'PATCH issues/update-comment']);
    expect(onIssue(62)).toHaveLength(1);
    expect(onIssue(62)[0]!.body.startsWith(`${MARKER}\n`)).toBe(true);
  });

  it('a pull request with 150 comments: its own on page 2 is found (no second one), the planted one on page 1 ignored', async () => {
    standIn.addComment(66, `${MARKER}\n✅ **No problems found**`, ATTACKER);
    for (let i = 0; i < 130; i++) standIn.addComment(66, `review chatter ${i}`, i % 2 ? ATTACKER : MAINTAINER);
    const first = await pr(66);
    // Every comment here is a second old, so the second listing (since a minute before the first) reads both pages too.
    expect(first.ops).toEqual(['GET issues/list-comments', 'GET issues/list-comments', 'POST issues/create-comment', 'GET issues/list-comments', 'GET issues/list-comments']);
    for (let i = 0; i < 19; i++) standIn.addComment(66, `more chatter ${i}`, ATTACKER);
    const own = onIssue(66).find((c) => c.author.login === 'github-actions[bot]')!;
    own.body = `${MARKER}\nstale`;
    const rerun = await pr(66);
    expect(rerun.ops).toEqual(['GET issues/list-comments', 'GET issues/list-comments', 'PATCH issues/update-comment']);
    expect(rerun.requests.map((r) => r.query.page ?? '-')).toEqual(['1', '2', '-']);
    expect(onIssue(66)).toHaveLength(151);
    expect(onIssue(66).filter((c) => c.author.login === 'github-actions[bot]')).toHaveLength(1);
  });

  it('two runs in flight on one pull request end with one comment', async () => {
    // Both runs' first listings are held until both have asked: neither sees the other's comment.
    let held: Array<() => void> = [];
    standIn.beforeAnswer = async (r: RecordedRequest) => {
      if (r.method !== 'GET' || !r.path.endsWith('/issues/64/comments') || r.query.since !== undefined || held.length >= 2) return;
      await new Promise<void>((resolve) => {
        held.push(resolve);
        if (held.length === 2) for (const go of held) go();
      });
    };
    const before = standIn.requests.length;
    const [a, b] = await Promise.all([pr(64), pr(64)]);
    standIn.beforeAnswer = undefined;
    held = [];
    expect(a.run.code).toBe(1);
    expect(b.run.code).toBe(1);
    expect(onIssue(64)).toHaveLength(1);
    // Both runs created one (neither saw the other's), and the newer went again.
    const both = standIn.since(before).map((r) => `${r.method} ${r.operationId}`);
    expect(both.filter((op) => op === 'POST issues/create-comment')).toHaveLength(2);
    expect(both.filter((op) => op === 'DELETE issues/delete-comment').length).toBeGreaterThanOrEqual(1);
    expect(`${a.run.stdout}${b.run.stdout}`).toContain('Deleted 1 duplicate comment(s) left by a concurrent run.');
    // The next run finds the one left.
    const next = await pr(64);
    expect(next.ops, next.run.stdout).toEqual(['GET issues/list-comments']);
  });

  it('with a PAT, its login is asked once (GraphQL viewer), and only the PAT\'s comment is ours', async () => {
    standIn.addComment(65, `${MARKER}\nby the workflow token before`);
    const first = await pr(65, { token: PAT });
    expect(first.ops).toEqual(['GET issues/list-comments', 'POST /graphql', 'POST issues/create-comment', 'GET issues/list-comments']);
    const mine = onIssue(65).filter((c) => c.author === MAINTAINER);
    expect(mine).toHaveLength(1);
    mine[0]!.body = `${MARKER}\nstale`;
    const again = await pr(65, { token: PAT });
    expect(again.ops).toEqual(['GET issues/list-comments', 'POST /graphql', 'PATCH issues/update-comment']);
    // comment-author names the account: no question.
    mine[0]!.body = `${MARKER}\nstale`;
    const named = await pr(65, { token: PAT, 'comment-author': 'octo-maintainer' });
    expect(named.ops).toEqual(['GET issues/list-comments', 'PATCH issues/update-comment']);
    expect(onIssue(65)).toHaveLength(2);
  });
});

describe.sequential('each API fault has its own message', () => {
  const KEPT = 'The findings are in the annotations and the job summary.';

  it('a 429 with retry-after is retried and then succeeds', async () => {
    standIn.fault = { kind: 'rate-limit', limit: 'secondary', status: 429, retryAfterSeconds: 1, times: 1 };
    const { run, ops, warnings } = await pr(71);
    expect(warnings).toEqual([]);
    expect(ops).toEqual(['GET issues/list-comments', 'GET issues/list-comments', 'POST issues/create-comment', 'GET issues/list-comments']);
    expect(run.stdout).toContain(`Rate limited: GET /repos/${OWNER}/${REPO}/issues/71/comments answered HTTP 429 (retry-after: 1); waiting 1 s before retrying.`);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(1_000);
    expect(run.stdout).toContain('GitHub API requests: 4. Waited 1 s for rate limits.');
    expect(onIssue(71)).toHaveLength(1);
  });

  it('a rate limit longer than the budget: named, not waited for, not blamed on a fork', async () => {
    standIn.fault = { kind: 'rate-limit', limit: 'secondary', status: 429, retryAfterSeconds: 600 };
    const { run, ops, warnings } = await pr(72, {}, { fork: true });
    expect(ops).toEqual(['GET issues/list-comments']);
    expect(run.elapsedMs).toBeLessThan(20_000);
    expect(warnings).toEqual([
      `::warning::Could not update the pull request comment (GitHub's secondary rate limit was hit (too many requests too fast): GET /repos/${OWNER}/${REPO}/issues/72/comments answered HTTP 429 (retry-after: 600); GitHub asks to wait 600 s. Gave up after waiting 0 s: the action waits at most 30 s in all). ${KEPT}`,
    ]);
    expect(run.summary).toContain('#### New findings (3)');
  });

  it('403 with x-ratelimit-remaining: 0: the primary rate limit, with its reset time', async () => {
    standIn.fault = { kind: 'rate-limit', limit: 'primary', resetInSeconds: 3_600 };
    const { warnings } = await pr(73, {}, { fork: true });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^::warning::Could not update the pull request comment \(GitHub's API rate limit is used up: GET \S+ answered HTTP 403 \(x-ratelimit-remaining: 0\); it resets at \d\d:\d\d:\d\d UTC\./);
    expect(warnings[0]).not.toMatch(/fork/);
  });

  it('401: the token is refused', async () => {
    standIn.fault = { kind: 'unauthorized' };
    const { warnings, ops } = await pr(74);
    expect(ops).toEqual(['GET issues/list-comments']);
    expect(warnings).toEqual([
      `::warning::Could not comment on the pull request: GitHub refused the token (HTTP 401: Bad credentials): it is invalid, expired or revoked; check the 'token' input. ${KEPT}`,
    ]);
  });

  it('404: no such pull request', async () => {
    standIn.missingIssues.add(75);
    const { warnings } = await pr(75);
    expect(warnings).toEqual([
      `::warning::Could not comment on the pull request: ${OWNER}/${REPO} has no pull request #75, or the token cannot see the repository (HTTP 404: Not Found for GET /repos/${OWNER}/${REPO}/issues/75/comments). ${KEPT}`,
    ]);
  });

  it.each([
    ['html-body', 'an HTML page (text/html)'],
    ['empty-body', 'an empty body'],
  ] as const)('a comment list answered 200 with %s: an error, no second comment', async (kind, what) => {
    const number = kind === 'html-body' ? 76 : 77;
    await pr(number);
    expect(onIssue(number)).toHaveLength(1);
    standIn.fault = { kind };
    const { warnings, ops } = await pr(number);
    expect(ops).toEqual(['GET issues/list-comments']);
    expect(warnings).toEqual([
      `::warning::Could not update the pull request comment (GET /repos/${OWNER}/${REPO}/issues/${number}/comments (page 1) answered with ${what} instead of a list of comments). ${KEPT}`,
    ]);
    expect(onIssue(number)).toHaveLength(1);
  });

  it('connection refused: "could not connect", not HTTP 500', async () => {
    const url = await refusingUrl();
    const { run, warnings } = await pr(78, {}, { apiUrl: url });
    expect(run.code).toBe(1);
    expect(warnings).toEqual([
      `::warning::Could not update the pull request comment (could not connect to ${new URL(url).host} (connection refused, ECONNREFUSED) for GET /repos/${OWNER}/${REPO}/issues/78/comments). ${KEPT}`,
    ]);
    expect(run.summary).toContain('#### New findings (3)');
  });

  it('403 on a fork under pull_request says "fork"; on pull_request_target (a write token) it names the permission', async () => {
    standIn.fault = { kind: 'forbidden-writes' };
    const fork = await pr(79, {}, { fork: true });
    expect(fork.warnings).toEqual([
      `::warning::Could not comment on the pull request (HTTP 403: Resource not accessible by integration): it comes from a fork, and pull requests from forks get a read-only token. See the README's "Pull requests from forks" for commenting anyway. ${KEPT}`,
    ]);
    standIn.fault = { kind: 'forbidden-writes' };
    const target = await pr(79, {}, { fork: true, eventName: 'pull_request_target' });
    expect(target.warnings.filter((w) => w.includes('Could not'))).toEqual([
      `::warning::Could not comment on the pull request (HTTP 403: Resource not accessible by integration): the token may not write comments here (GitHub says it needs: issues=write; pull_requests=write). Give the job \`permissions: pull-requests: write\`, or a token that may. ${KEPT}`,
    ]);
  });
});
