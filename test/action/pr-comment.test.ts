import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi, httpStatus, RequestTimeoutError } from '../../src/action/github-api-helper.js';
import { CommentAuthor } from '../../src/action/comment-author.js';
import { commentMarker, fitMarkdown, upsertStickyComment, type StickyComment } from '../../src/action/pr-comment.js';
import { GitHubApiStandIn, type Account, type RecordedRequest } from './support/github-api.js';

// The sticky comment against the OpenAPI-validating stand-in for GitHub's API.

const TOKEN = 'ghs_unitTestToken000000000000000000000';
const standIn = new GitHubApiStandIn('octo-org', 'gardener-ext', TOKEN);
let baseUrl = '';

beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});
afterEach(() => {
  expect(standIn.violations).toEqual([]);
  standIn.fault = { kind: 'none' };
});

const api = (timeoutMs = 5_000, token = TOKEN) => new GitHubApi({ token, baseUrl, timeoutMs });

/** The workflow token's author: github-actions[bot], known without asking. */
const workflowAuthor = () => CommentAuthor.forToken({ token: TOKEN, workflowToken: TOKEN }, () => Promise.reject(new Error('must not ask')));

function request(issueNumber: number, body: string, overrides: Partial<StickyComment> = {}): StickyComment {
  return { owner: 'octo-org', repo: 'gardener-ext', issueNumber, key: 'lint', body, mode: 'always', clean: false, author: workflowAuthor(), ...overrides };
}

const ours = (issue: number) => standIn.comments.filter((c) => c.issueNumber === issue && c.body.startsWith(commentMarker('lint')));
const MAINTAINER: Account = { login: 'octo-maintainer', type: 'User' };
const ATTACKER: Account = { login: 'pr-author', type: 'User' };
const PAT = 'ghp_maintainerPat0000000000000000000000';
const APP_TOKEN = 'ghs_otherAppInstallationToken00000000000';
standIn.users.set(PAT, MAINTAINER);
standIn.users.set(APP_TOKEN, { login: 'vector-bot[bot]', type: 'Bot' });
afterEach(() => {
  expect(standIn.foreignWrites).toEqual([]);
  standIn.beforeAnswer = undefined;
});

describe('sticky comment', () => {
  it('is created once, updated in place, and left alone when nothing changed', async () => {
    const first = api();
    expect(await upsertStickyComment(first, request(1, 'two errors'))).toMatchObject({ outcome: 'created' });
    expect(first.requests).toBe(3); // list + create + list again (a concurrent run's duplicate?)

    const second = api();
    expect(await upsertStickyComment(second, request(1, 'one error'))).toMatchObject({ outcome: 'updated' });
    expect(second.requests).toBe(2); // list + update

    const third = api();
    expect(await upsertStickyComment(third, request(1, 'one error'))).toMatchObject({ outcome: 'unchanged' });
    expect(third.requests).toBe(1);

    expect(ours(1)).toHaveLength(1);
    expect(ours(1)[0]!.body).toBe(`${commentMarker('lint')}\none error`);
    const methods = standIn.requests.map((r) => `${r.method} ${r.operationId}`);
    expect(methods).toEqual([
      'GET issues/list-comments',
      'POST issues/create-comment',
      'GET issues/list-comments',
      'GET issues/list-comments',
      'PATCH issues/update-comment',
      'GET issues/list-comments',
    ]);
    expect(standIn.requests.filter((r) => r.method === 'GET').every((r) => r.query.per_page === '100')).toBe(true);
  });

  it('with on-findings: no new comment on a clean pull request, but an existing one is updated to clean', async () => {
    const a = api();
    expect(await upsertStickyComment(a, request(2, 'clean', { mode: 'on-findings', clean: true }))).toEqual({ outcome: 'not-needed', ignored: 0, removedDuplicates: 0 });
    expect(a.requests).toBe(1);
    expect(ours(2)).toHaveLength(0);

    await upsertStickyComment(api(), request(2, 'an error', { mode: 'on-findings', clean: false }));
    await upsertStickyComment(api(), request(2, '✅ clean', { mode: 'on-findings', clean: true }));
    expect(ours(2)).toHaveLength(1);
    expect(ours(2)[0]!.body).toContain('✅ clean');
  });

  it('pages through comments only until its own is found, and ignores the marker in anyone else\'s', async () => {
    for (let i = 0; i < 150; i++) standIn.addComment(3, i === 5 ? `> quoting ${commentMarker('lint')}` : `chatter ${i}`, i === 5 ? MAINTAINER : ATTACKER);
    const ourComment = standIn.addComment(3, `${commentMarker('lint')}\nold`);
    for (let i = 0; i < 120; i++) standIn.addComment(3, `later ${i}`);
    const before = standIn.requests.length;
    const client = api();
    expect(await upsertStickyComment(client, request(3, 'new'))).toMatchObject({ outcome: 'updated' });
    expect(client.requests).toBe(3); // pages 1 and 2, then the update; page 3 is never read
    expect(standIn.since(before).map((r) => r.query.page ?? r.method)).toEqual(['1', '2', 'PATCH']);
    expect(ourComment.body).toBe(`${commentMarker('lint')}\nnew`);
  });

  it('keeps one comment per key', async () => {
    await upsertStickyComment(api(), request(4, 'job a', { key: 'lint' }));
    await upsertStickyComment(api(), request(4, 'job b', { key: 'lint:arm' }));
    await upsertStickyComment(api(), request(4, 'job b again', { key: 'lint:arm' }));
    const bodies = standIn.comments.filter((c) => c.issueNumber === 4).map((c) => c.body);
    expect(bodies).toEqual([`${commentMarker('lint')}\njob a`, `${commentMarker('lint:arm')}\njob b again`]);
  });

  it('surfaces a refused write as HTTP 403', async () => {
    standIn.fault = { kind: 'forbidden-writes' };
    const error = await upsertStickyComment(api(), request(5, 'x')).catch((e: unknown) => e);
    expect(httpStatus(error)).toBe(403);
    expect((error as Error).message).toContain('Resource not accessible by integration');
  });

  it('gives up on a request that gets no answer, after the timeout, without retrying', async () => {
    standIn.fault = { kind: 'hang' };
    const client = api(300);
    const started = Date.now();
    const error = await upsertStickyComment(client, request(6, 'x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(client.requests).toBe(1);
  });

  it('gives up on HTTP 500 without retrying', async () => {
    standIn.fault = { kind: 'server-error' };
    const client = api();
    const error = await upsertStickyComment(client, request(7, 'x')).catch((e: unknown) => e);
    expect(httpStatus(error)).toBe(500);
    expect(client.requests).toBe(1);
  });

  it('refuses a body over 65,536 characters before sending it', async () => {
    const client = api();
    await expect(upsertStickyComment(client, request(8, 'x'.repeat(70_000)))).rejects.toThrow(/65536/);
    expect(client.requests).toBe(0);
  });
});

describe('whose comment it is', () => {
  it('ignores a marker planted by someone else before the first run: posts its own, never touches the planted one', async () => {
    const planted = standIn.addComment(20, `${commentMarker('lint')}\n✅ **No problems found**`, ATTACKER);
    const client = api();
    const result = await upsertStickyComment(client, request(20, '❌ 2 errors'));
    expect(result).toMatchObject({ outcome: 'created', ignored: 1, removedDuplicates: 0 });
    expect(planted.body).toBe(`${commentMarker('lint')}\n✅ **No problems found**`);
    const own = standIn.comments.filter((c) => c.issueNumber === 20 && c.author.login === 'github-actions[bot]');
    expect(own.map((c) => c.body)).toEqual([`${commentMarker('lint')}\n❌ 2 errors`]);
    expect(client.requests).toBe(3); // list, create, list again for a concurrent duplicate
    // The next run finds its own, not the planted one.
    expect(await upsertStickyComment(api(), request(20, '❌ 1 error'))).toMatchObject({ outcome: 'updated', ignored: 1 });
    expect(own[0]!.body).toBe(`${commentMarker('lint')}\n❌ 1 error`);
    expect(planted.body).toContain('✅');
  });

  it('finds its comment when a human added text above the marker: updated, not duplicated', async () => {
    await upsertStickyComment(api(), request(21, 'first'));
    const own = standIn.comments.find((c) => c.issueNumber === 21)!;
    own.body = `Maintainer note: known, fixing in #22.\n\n${own.body}`;
    const client = api();
    expect(await upsertStickyComment(client, request(21, 'second'))).toMatchObject({ outcome: 'updated' });
    expect(client.requests).toBe(2);
    expect(standIn.comments.filter((c) => c.issueNumber === 21).map((c) => c.body)).toEqual([`${commentMarker('lint')}\nsecond`]);
  });

  it('with another token (a PAT), asks its login once, and only when a comment carries the marker', async () => {
    const asked: string[] = [];
    const authorFor = (client: GitHubApi) => CommentAuthor.forToken({ token: PAT, workflowToken: TOKEN }, () => (asked.push('viewer'), client.viewerLogin()));
    standIn.addComment(23, `${commentMarker('lint')}\nby the workflow token`, { login: 'github-actions[bot]', type: 'Bot' });
    standIn.addComment(23, `${commentMarker('lint')}\nplanted`, ATTACKER);
    const client = api(5_000, PAT);
    const before = standIn.requests.length;
    expect(await upsertStickyComment(client, request(23, 'as the maintainer', { author: authorFor(client) }))).toMatchObject({ outcome: 'created', ignored: 2 });
    expect(asked).toEqual(['viewer']);
    expect(standIn.since(before).map((r) => `${r.method} ${r.operationId ?? r.path}`)).toEqual([
      'GET issues/list-comments',
      'POST /graphql',
      'POST issues/create-comment',
      'GET issues/list-comments',
    ]);
    const mine = standIn.comments.filter((c) => c.issueNumber === 23 && c.author === MAINTAINER);
    expect(mine).toHaveLength(1);

    // No marked comment at all: no question; the created comment's author is the answer.
    asked.length = 0;
    const fresh = api(5_000, PAT);
    const author = authorFor(fresh);
    expect(await upsertStickyComment(fresh, request(24, 'x', { author }))).toMatchObject({ outcome: 'created' });
    expect(asked).toEqual([]);
    expect(author.known).toBe('octo-maintainer');
  });

  it("with a GitHub App's installation token, GraphQL's viewer names its bot", async () => {
    const client = api(5_000, APP_TOKEN);
    standIn.addComment(25, `${commentMarker('lint')}\nold`, { login: 'vector-bot[bot]', type: 'Bot' });
    const author = CommentAuthor.forToken({ token: APP_TOKEN, workflowToken: TOKEN }, () => client.viewerLogin());
    expect(await upsertStickyComment(client, request(25, 'new', { author }))).toMatchObject({ outcome: 'updated', ignored: 0 });
    expect(author.known).toBe('vector-bot[bot]');
    expect(client.requests).toBe(3); // list, viewer, update
  });

  it('the comment-author input names the account without asking', async () => {
    standIn.addComment(26, `${commentMarker('lint')}\nold`, { login: 'vector-bot[bot]', type: 'Bot' });
    const client = api(5_000, APP_TOKEN);
    const author = CommentAuthor.forToken({ token: APP_TOKEN, commentAuthor: 'vector-bot[bot]' }, () => Promise.reject(new Error('must not ask')));
    expect(await upsertStickyComment(client, request(26, 'new', { author }))).toMatchObject({ outcome: 'updated' });
    expect(client.requests).toBe(2);
  });

  it('two runs in flight at once end with one comment (the oldest stays, with a run\'s text)', async () => {
    // Hold both runs' first listings until both have asked: neither sees the other's comment.
    let waiting: Array<() => void> = [];
    let lists = 0;
    standIn.beforeAnswer = async (r: RecordedRequest) => {
      if (r.method !== 'GET' || r.query.since !== undefined || lists >= 2) return;
      lists++;
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === 2) {
          for (const go of waiting) go();
          waiting = [];
        }
      });
    };
    const [a, b] = await Promise.all([upsertStickyComment(api(), request(27, 'run a')), upsertStickyComment(api(), request(27, 'run b'))]);
    const left = standIn.comments.filter((c) => c.issueNumber === 27);
    expect(left).toHaveLength(1);
    expect([a.outcome, b.outcome].sort()).toEqual(expect.arrayContaining(['created']));
    expect(a.removedDuplicates + b.removedDuplicates).toBeGreaterThanOrEqual(1);
    expect([`${commentMarker('lint')}\nrun a`, `${commentMarker('lint')}\nrun b`]).toContain(left[0]!.body);
    // The surviving comment is the older one, and a later run updates it in place.
    expect(await upsertStickyComment(api(), request(27, 'run c'))).toMatchObject({ outcome: 'updated' });
    expect(standIn.comments.filter((c) => c.issueNumber === 27).map((c) => c.body)).toEqual([`${commentMarker('lint')}\nrun c`]);
  });

  it('a failed second listing leaves the created comment and says so, instead of failing the upsert', async () => {
    let lists = 0;
    standIn.beforeAnswer = async (r: RecordedRequest) => {
      if (r.method === 'GET' && ++lists === 2) standIn.fault = { kind: 'html-body' };
    };
    const result = await upsertStickyComment(api(), request(29, 'x'));
    expect(result).toMatchObject({ outcome: 'created', removedDuplicates: 0 });
    expect(String(result.duplicateCheckFailed)).toMatch(/answered with an HTML page/);
    expect(standIn.comments.filter((c) => c.issueNumber === 29)).toHaveLength(1);
  });

  it('reads every page with 150 comments: its own comment on page 2 is found, none created', async () => {
    for (let i = 0; i < 149; i++) standIn.addComment(28, `chatter ${i}`, ATTACKER);
    const own = standIn.addComment(28, `${commentMarker('lint')}\nold`);
    const client = api();
    expect(await upsertStickyComment(client, request(28, 'new'))).toMatchObject({ outcome: 'updated' });
    expect(own.body).toBe(`${commentMarker('lint')}\nnew`);
    expect(standIn.comments.filter((c) => c.issueNumber === 28)).toHaveLength(150);
    expect(client.requests).toBe(3); // pages 1, 2, update
  });
});

describe('the stand-in itself', () => {
  it('flags requests that the published description does not allow', async () => {
    const send = (method: string, path: string, body?: unknown, auth = `token ${TOKEN}`) =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    await send('POST', '/repos/octo-org/gardener-ext/issues/1/comments', { text: 'no body field' });
    await send('GET', '/repos/octo-org/gardener-ext/issues/1/comments?per_page=abc');
    await send('GET', '/repos/octo-org/gardener-ext/issues/1/comments?sort=created');
    await send('DELETE', '/repos/octo-org/gardener-ext/issues/1');
    await send('PATCH', '/repos/octo-org/gardener-ext/issues/comments/1', { body: 42 });
    await send('GET', '/repos/octo-org/gardener-ext/issues/1/comments', undefined, 'token wrong');
    const found = standIn.violations.splice(0);
    expect(found).toEqual([
      expect.stringMatching(/POST .*request body does not match the schema: data must have required property 'body'/),
      expect.stringMatching(/per_page is not an integer/),
      expect.stringMatching(/query parameter sort is not in the operation's description/),
      expect.stringMatching(/DELETE .*no such operation/),
      expect.stringMatching(/PATCH .*request body does not match the schema: data\/body must be string/),
      expect.stringMatching(/authorization header is not the workflow token/),
    ]);
  });
});

describe('contents API', () => {
  it('reads a file at a commit, and answers undefined for a missing one', async () => {
    standIn.files.set('abc123:imagevector/containers.yaml', Buffer.from('images: []\n'));
    const client = api();
    const bytes = await client.getFileAtRef('octo-org', 'gardener-ext', 'imagevector/containers.yaml', 'abc123');
    expect(Buffer.from(bytes!).toString('utf8')).toBe('images: []\n');
    expect(await client.getFileAtRef('octo-org', 'gardener-ext', 'imagevector/missing.yaml', 'abc123')).toBeUndefined();
    expect(client.requests).toBe(2);
  });
});

describe('fitMarkdown', () => {
  it('cuts at a line end, closes open details and code fences, and says where the rest is', () => {
    const text = ['<details><summary>x</summary>', '', '```', ...Array.from({ length: 500 }, (_, i) => `line ${i}`)].join('\n');
    const cut = fitMarkdown(text, 1_000, 'See the job summary.');
    expect(cut.length).toBeLessThanOrEqual(1_000);
    expect(cut).toMatch(/```\n<\/details>\n\n… cut to fit\. See the job summary\.\n$/);
    expect(fitMarkdown('short', 1_000, 'x')).toBe('short');
  });
});
