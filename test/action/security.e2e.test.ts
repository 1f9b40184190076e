import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApiStandIn } from './support/github-api.js';
import {
  assertBundleIsFresh,
  git,
  makeRepository,
  OWNER,
  pullRequestPayload,
  REPO,
  runAction,
  TOKEN,
  type ActionRun,
  type Workspace,
} from './support/run-action.js';

// The pull request controls every file of the checkout: the built action
// (dist/index.js) run on pull requests that plant links to outside files,
// devices, FIFOs, odd names and broken runner files. Nothing outside the
// repository is read into any output or written; every fault is a warning or
// a finding, never an abort.

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

/** A marker in every outside file: it must appear in no output. */
const SECRET = 'S3CRET-outside-9f2c';
const VECTOR = 'images:\n  - name: pause\n    repository: registry.k8s.io/pause\n    tag: "3.10"\n';

/** Outside the repository: a vector, a config and a victim file, each carrying the marker. */
function outsideFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ivl-outside-'));
  writeFileSync(join(dir, 'secret.yaml'), `images:\n  - name: ${SECRET}\n    repository: r/${SECRET}\n    tag: v1\n    ${SECRET}: x\n`);
  writeFileSync(join(dir, 'config.yaml'), `${SECRET}: 1\nrules:\n  ${SECRET}: error\n`);
  writeFileSync(join(dir, 'victim.txt'), `victim ${SECRET}\n`);
  return dir;
}

/** A second commit on top of `base` that applies `change` to the working tree (links, removals …). */
function headCommit(ws: Workspace, change: (dir: string) => void): void {
  change(ws.dir);
  git(ws.dir, ['add', '-A']);
  git(ws.dir, ['commit', '-q', '--allow-empty', '-m', 'head']);
  ws.commits.push(git(ws.dir, ['rev-parse', 'HEAD']));
}

async function pr(ws: Workspace, number: number, inputs: Record<string, string> = {}, env: Record<string, string | undefined> = {}) {
  const run = await runAction({
    workspace: ws.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: ws.commits[0]!, headSha: git(ws.dir, ['rev-parse', 'HEAD']) }),
    inputs: { comment: 'always', ...inputs },
    apiUrl,
    env,
  });
  return run;
}

/** Every text the run produced, the comment included. */
function everything(run: ActionRun, number: number, extra: string[] = []): string {
  return [
    run.stdout,
    run.stderr,
    run.summary,
    run.jsonReport ?? '',
    JSON.stringify(run.outputs),
    ...standIn.comments.filter((c) => c.issueNumber === number).map((c) => c.body),
    ...extra,
  ].join('\n');
}

function expectClean(run: ActionRun): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.summary).toContain('### imagevector-lint');
}

describe.sequential('reads stay inside the repository', () => {
  it('a vector replaced by a link to an outside file: an unreadable-file finding at the file, no outside content', async () => {
    const outside = outsideFolder();
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR }]);
    headCommit(ws, (dir) => {
      rmSync(join(dir, 'imagevector/images.yaml'));
      symlinkSync(join(outside, 'secret.yaml'), join(dir, 'imagevector/images.yaml'));
    });
    for (const [number, inputs] of [[61, { files: 'imagevector/*.yaml' }], [62, { files: 'imagevector/images.yaml' }], [63, {}]] as const) {
      const run = await pr(ws, number, { ...inputs, sarif: `out-${number}.sarif` });
      const sarif = readFileSync(join(ws.dir, `out-${number}.sarif`), 'utf8');
      expect(JSON.parse(sarif).runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('unreadable-file');
      expectClean(run);
      expect(run.code, JSON.stringify(inputs)).toBe(1);
      expect(run.commands).toContainEqual(
        expect.stringMatching(/^::error title=unreadable-file,file=imagevector\/images\.yaml,line=1,col=1::Cannot lint this file: it points outside the repository/),
      );
      expect(everything(run, number, [sarif])).not.toContain(SECRET);
    }
  });

  it('a glob whose fixed prefix is a linked outside folder: not listed, a warning', async () => {
    const outside = outsideFolder();
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR }]);
    headCommit(ws, (dir) => symlinkSync(outside, join(dir, 'charts')));
    const run = await pr(ws, 64, { files: 'imagevector/*.yaml\ncharts/**/*.yaml' });
    expectClean(run);
    expect(run.code).toBe(0);
    expect(run.commands).toContain("::warning::'charts' points outside the repository (a symbolic link); the files below it were not read.");
    expect(everything(run, 64)).not.toContain(SECRET);
  });

  it('a configuration linked to an outside file: a config finding, none of its keys named', async () => {
    const outside = outsideFolder();
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR }]);
    headCommit(ws, (dir) => symlinkSync(join(outside, 'config.yaml'), join(dir, '.imagevector-lint.yaml')));
    const run = await pr(ws, 65);
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(
      expect.stringMatching(/^::error title=config,file=\.imagevector-lint\.yaml,line=1,col=1::Cannot read the configuration: it points outside the repository/),
    );
    const all = everything(run, 65);
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain('Unknown configuration key');
  });

  it('componentVectors naming an absolute path, ../ and an in-repository link to an outside file: config findings', async () => {
    const outside = outsideFolder();
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR }]);
    headCommit(ws, (dir) => {
      symlinkSync(join(outside, 'secret.yaml'), join(dir, 'imagevector/druid.yaml'));
      const up = '../'.repeat(dir.split('/').length) + outside.slice(1);
      writeFileSync(
        join(dir, '.imagevector-lint.yaml'),
        `componentVectors:\n  abs: ${join(outside, 'secret.yaml')}\n  up: ${up}/secret.yaml\n  link: imagevector/druid.yaml\n  git: .git/config\n`,
      );
    });
    const run = await pr(ws, 66);
    expectClean(run);
    expect(run.code).toBe(1);
    for (const name of ['abs', 'up', 'link']) {
      expect(run.summary + run.jsonReport).toMatch(new RegExp(`componentVectors\\.${name}: cannot read .*: it points outside the repository`));
    }
    // actions/checkout keeps the token in .git/config: never read.
    expect(run.summary + run.jsonReport).toMatch(/componentVectors\.git: cannot read \.git\/config: it lies in the repository's \.git folder/);
    expect(everything(run, 66)).not.toContain(SECRET);
  });

  it('a vector linked to /dev/zero and a FIFO: the run finishes with a finding for each', async () => {
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR }]);
    headCommit(ws, (dir) => symlinkSync('/dev/zero', join(dir, 'imagevector/zero.yaml')));
    execFileSync('mkfifo', [join(ws.dir, 'imagevector/fifo.yaml')]);
    for (const [number, inputs] of [[67, { files: 'imagevector/*.yaml' }], [68, {}]] as const) {
      const started = Date.now();
      const run = await pr(ws, number, inputs);
      expect(Date.now() - started).toBeLessThan(20_000);
      expectClean(run);
      if (number === 67) {
        expect(run.code).toBe(1);
        expect(run.commands).toContainEqual(expect.stringMatching(/^::error title=unreadable-file,file=imagevector\/zero\.yaml,.*points outside the repository/));
        expect(run.commands).toContainEqual(expect.stringMatching(/^::error title=unreadable-file,file=imagevector\/fifo\.yaml,.*a named pipe \(FIFO\), not a regular file/));
      } else {
        // Found by content: neither is read, and neither was a vector at the base.
        expect(run.code).toBe(0);
      }
    }
  });
});

describe.sequential('writes stay inside the workspace', () => {
  it('SARIF and JSON report paths planted as links to an outside file: not written, the outside file untouched', async () => {
    const outside = outsideFolder();
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR }]);
    headCommit(ws, (dir) => {
      symlinkSync(join(outside, 'victim.txt'), join(dir, 'imagevector-lint.sarif'));
      symlinkSync(join(outside, 'victim.txt'), join(dir, 'report.json'));
      symlinkSync(outside, join(dir, 'results'));
    });
    const before = readFileSync(join(outside, 'victim.txt'), 'utf8');
    for (const [number, inputs] of [
      [71, { sarif: 'imagevector-lint.sarif', 'json-report': 'report.json' }],
      [72, { sarif: 'results/out.sarif', 'json-report': 'results/report.json' }],
    ] as const) {
      const run = await pr(ws, number, inputs);
      expectClean(run);
      expect(run.code).toBe(0);
      expect(run.commands.filter((c) => c.startsWith('::warning::Could not write the'))).toHaveLength(2);
      expect(run.outputs.sarif).toBe('');
      expect(run.outputs['json-report']).toBe('');
      expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe(before);
      expect(existsSync(join(outside, 'out.sarif'))).toBe(false);
      expect(existsSync(join(outside, 'report.json'))).toBe(false);
    }
  });

  it('writes the SARIF file through a temporary file, into a new folder, leaving no temporary behind', async () => {
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR }]);
    const run = await pr(ws, 73, { sarif: 'out/deep/lint.sarif' });
    expect(run.code).toBe(0);
    expect(run.outputs.sarif).toBe(join(ws.dir, 'out/deep/lint.sarif'));
    expect(JSON.parse(readFileSync(run.outputs.sarif!, 'utf8')).version).toBe('2.1.0');
    expect(execFileSync('ls', ['-a', join(ws.dir, 'out/deep')], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe.sequential('every fault is a warning, never an abort', () => {
  it('the configuration path is a directory: a config finding, annotations and summary', async () => {
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR, '.imagevector-lint.yaml/readme.txt': 'x\n' }]);
    const run = await pr(ws, 81);
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(expect.stringMatching(/^::error title=config,file=\.imagevector-lint\.yaml,.*Cannot read the configuration: it is a directory/));
  });

  it('a file name that is not UTF-8: a warning, the other files linted', async () => {
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR.replace('"3.10"', '3.10') }]);
    writeFileSync(Buffer.concat([Buffer.from(`${ws.dir}/imagevector/`), Buffer.from([0xc3, 0x28]), Buffer.from('.yaml')]), VECTOR);
    const run = await pr(ws, 82, { report: 'all' });
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(expect.stringMatching(/^::warning::Skipped 'imagevector\/.*\.yaml': its name is not valid UTF-8/));
    expect(run.commands).toContainEqual(expect.stringMatching(/^::error title=yaml-type-trap,file=imagevector\/images\.yaml/));
  });

  it('a missing or garbled event payload: a warning, then a run without pull request context', async () => {
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR.replace('"3.10"', '3.10') }]);
    const garbage = join(mkdtempSync(join(tmpdir(), 'ivl-ev-')), 'event.json');
    writeFileSync(garbage, '{"pull_request": {"number": 1,');
    for (const [number, eventPath, warning] of [
      [83, '/nonexistent/event.json', /^::warning::Cannot read the event payload GITHUB_EVENT_PATH \(\/nonexistent\/event\.json\): no such file/],
      [84, garbage, /^::warning::The event payload GITHUB_EVENT_PATH \(.*\) is not JSON/],
    ] as const) {
      const run = await pr(ws, number, {}, { GITHUB_EVENT_PATH: eventPath });
      expectClean(run);
      expect(run.code).toBe(1);
      expect(run.commands).toContainEqual(expect.stringMatching(warning));
      expect(run.commands).toContainEqual(expect.stringMatching(/^::error title=yaml-type-trap,file=imagevector\/images\.yaml/));
      expect(run.summary).toContain('No base commit to compare with');
    }
  });

  it('an unwritable GITHUB_STEP_SUMMARY: a warning; the annotations still come out and the check fails on the errors', async () => {
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR.replace('"3.10"', '3.10') }]);
    const run = await pr(ws, 86, { comment: 'off', report: 'all' }, { GITHUB_STEP_SUMMARY: '/nonexistent/summary.md' });
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(expect.stringMatching(/^::warning::Could not write the job summary/));
    expect(run.commands).toContainEqual(expect.stringMatching(/^::error title=yaml-type-trap,file=imagevector\/images\.yaml/));
    expect(run.outputs.result).toBe('failed');
  });

  it('an unwritable GITHUB_OUTPUT: a warning; a clean run passes and its comment is posted', async () => {
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR }]);
    const run = await pr(ws, 85, {}, { GITHUB_OUTPUT: '/nonexistent/output.txt' });
    expectClean(run);
    expect(run.code).toBe(0);
    expect(run.commands).toContainEqual(expect.stringMatching(/^::warning::Could not set the step's outputs \(GITHUB_OUTPUT\)/));
    expect(standIn.comments.filter((c) => c.issueNumber === 85)).toHaveLength(1);
    expect(standIn.comments.find((c) => c.issueNumber === 85)!.body).toMatch(/✅ \*\*No (new problems|problems found)\*\*/);
  });
});


describe.sequential('no silent passes', () => {
  const cases: Array<[string, number, (dir: string) => void, RegExp]> = [
    [
      'a vector re-saved as UTF-16',
      91,
      (dir) => writeFileSync(join(dir, 'imagevector/images.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VECTOR, 'utf16le')])),
      /^::error title=unreadable-file,file=imagevector\/images\.yaml,line=1,col=1::Cannot lint this file: file is encoded as UTF-16/,
    ],
    [
      'a vector grown past the size limit',
      92,
      (dir) => writeFileSync(join(dir, 'imagevector/images.yaml'), `${VECTOR}${'# padding\n'.repeat(40)}`),
      /^::error title=unreadable-file,file=imagevector\/images\.yaml,line=1,col=1::Cannot lint this file: file is .*; the limit is/,
    ],
    [
      'a vector replaced by a link to a missing file',
      93,
      (dir) => {
        rmSync(join(dir, 'imagevector/images.yaml'));
        symlinkSync('gone.yaml', join(dir, 'imagevector/images.yaml'));
      },
      /^::error title=unreadable-file,file=imagevector\/images\.yaml,line=1,col=1::Cannot lint this file: it is a symbolic link to a file that does not exist/,
    ],
    ['a deleted vector', 94, (dir) => rmSync(join(dir, 'imagevector/images.yaml')), /^::error title=coverage-lost,file=imagevector\/images\.yaml/],
  ];
  it.each(cases)('%s (found by content, git as the base): a finding, the check fails', async (_name, number, change, finding) => {
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR, 'imagevector/other.yaml': VECTOR.replace('pause', 'other'), '.imagevector-lint.yaml': 'maxFileBytes: 300\n' }]);
    headCommit(ws, change);
    const run = await pr(ws, number);
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(expect.stringMatching(finding));
    expect(run.summary).not.toContain('No image vector found');
  });

  it("a deleted file named in 'files': compared with the base (git and the contents API), not fatal; the comment is updated", async () => {
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR, 'imagevector/other.yaml': VECTOR.replace('pause', 'other') }]);
    const clean = await pr(ws, 95, { files: 'imagevector/images.yaml\nimagevector/other.yaml' });
    expect(clean.code).toBe(0);
    headCommit(ws, (dir) => rmSync(join(dir, 'imagevector/images.yaml')));
    const run = await pr(ws, 95, { files: 'imagevector/images.yaml\nimagevector/other.yaml' });
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(expect.stringMatching(/^::error title=coverage-lost,file=imagevector\/images\.yaml/));
    const bodies = standIn.comments.filter((c) => c.issueNumber === 95);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.body).toContain('coverage-lost');

    // The base only through the API: a repository that never had the base commit.
    const baseSha = ws.commits[0]!;
    standIn.files.set(`${baseSha}:imagevector/images.yaml`, Buffer.from(VECTOR));
    standIn.files.set(`${baseSha}:imagevector/other.yaml`, Buffer.from(VECTOR.replace('pause', 'other')));
    const onlyHead = makeRepository([{ 'imagevector/other.yaml': VECTOR.replace('pause', 'other') }]);
    const viaApi = await runAction({
      workspace: onlyHead.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: 96, baseSha, headSha: git(onlyHead.dir, ['rev-parse', 'HEAD']) }),
      inputs: { files: 'imagevector/images.yaml\nimagevector/other.yaml', comment: 'off' },
      apiUrl,
    });
    expectClean(viaApi);
    expect(viaApi.code).toBe(1);
    expect(viaApi.commands).toContainEqual(expect.stringMatching(/^::error title=coverage-lost,file=imagevector\/images\.yaml/));
  });
});

describe.sequential('the base through the API: a deleted vector found by content', () => {
  // actions/checkout's default (fetch-depth 1) without the base commit: the action lists the
  // base tree in one request (git trees API) and reads the deleted YAML files it names.
  const OTHER = VECTOR.replace('pause', 'other');
  /** A base commit served by the API only, and a checkout of the head alone (one commit, no history, no origin to fetch from). */
  function apiBase(sha: string): Workspace {
    standIn.files.set(`${sha}:imagevector/images.yaml`, Buffer.from(VECTOR));
    standIn.files.set(`${sha}:imagevector/other.yaml`, Buffer.from(OTHER));
    standIn.files.set(`${sha}:docs/notes.md`, Buffer.from('# notes\n'));
    const head = makeRepository([{ 'imagevector/other.yaml': OTHER }]);
    return { dir: head.dir, commits: [sha, ...head.commits] };
  }
  async function prViaApi(ws: Workspace, number: number) {
    const before = standIn.requests.length;
    const run = await runAction({
      workspace: ws.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number, baseSha: ws.commits[0]!, headSha: ws.commits[1]! }),
      inputs: { comment: 'off' },
      apiUrl,
    });
    return { run, requests: standIn.since(before).map((r) => `${r.operationId} ${decodeURIComponent(r.path)}${r.query.recursive ? `?recursive=${r.query.recursive}` : ''}`) };
  }

  it('a pull request deleting imagevector/images.yaml (default inputs): coverage-lost for its images, in one tree request and two reads', async () => {
    const sha = '1'.repeat(40);
    const { run, requests } = await prViaApi(apiBase(sha), 98);
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(expect.stringMatching(/^::error title=coverage-lost,file=imagevector\/images\.yaml,line=1,col=1::pause \(amd64, arm64\) is gone: at the base commit it resolved/));
    // The configuration is not in the tree: no request for it; docs/notes.md is not YAML: not read.
    expect(requests.sort()).toEqual(
      [
        `git/get-tree /repos/${OWNER}/${REPO}/git/trees/${sha}?recursive=1`,
        `repos/get-content /repos/${OWNER}/${REPO}/contents/imagevector/images.yaml`,
        `repos/get-content /repos/${OWNER}/${REPO}/contents/imagevector/other.yaml`,
      ].sort(),
    );
    expect(run.commands.filter((c) => c.startsWith('::warning'))).toEqual([]);
  });

  it('a truncated tree: a warning that discovery at the base is incomplete; what was listed is still compared', async () => {
    const sha = '2'.repeat(40);
    const ws = apiBase(sha);
    standIn.truncatedTrees.add(sha);
    const { run, requests } = await prViaApi(ws, 99);
    expectClean(run);
    expect(requests).toContain(`git/get-tree /repos/${OWNER}/${REPO}/git/trees/${sha}?recursive=1`);
    expect(run.commands).toContainEqual(
      expect.stringMatching(/^::warning::The API listed the files of the base commit 222222222222 only in part \(GitHub truncates large trees\): discovery at the base is incomplete/),
    );
    // The listing's first half (sorted: docs/, docs/notes.md, imagevector/) does not name images.yaml.
    expect(run.commands.some((c) => c.startsWith('::error title=coverage-lost'))).toBe(false);
    expect(run.summary).toContain('imagevector-lint');
  });

  it.each([
    [404, 100],
    [409, 101],
  ] as const)('the tree API answering %i: a clear warning, not an abort; the run finishes', async (status, number) => {
    const sha = String(status).padEnd(40, 'a');
    const ws = apiBase(sha);
    standIn.treeFailures.set(sha, status);
    const { run } = await prViaApi(ws, number);
    expectClean(run);
    expect(run.code).toBe(0);
    const warnings = run.commands.filter((c) => c.startsWith('::warning'));
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^::warning::Could not list the files of the base commit ${sha.slice(0, 12)} through the API \\(.*HTTP ${status}.*\\): a vector deleted by this change is found only when \`files\` names it\\.$`),
      ),
    ]);
    expect(run.summary).toContain('imagevector-lint');
  });
});

describe.sequential('config-from: base', () => {
  const TRAP = VECTOR.replace('"3.10"', '3.10');
  it('a pull request that relaxes the configuration does not decide the check', async () => {
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR, '.imagevector-lint.yaml': 'rules:\n  yaml-type-trap: error\n' }]);
    headCommit(ws, (dir) => {
      writeFileSync(join(dir, 'imagevector/images.yaml'), TRAP);
      writeFileSync(join(dir, '.imagevector-lint.yaml'), 'rules:\n  yaml-type-trap: "off"\n');
    });
    const fromHead = await pr(ws, 97, { comment: 'off' });
    expect(fromHead.code).toBe(0);
    const fromBase = await pr(ws, 97, { comment: 'off', 'config-from': 'base' });
    expectClean(fromBase);
    expect(fromBase.code).toBe(1);
    expect(fromBase.commands).toContainEqual(expect.stringMatching(/^::error title=yaml-type-trap,file=imagevector\/images\.yaml/));
    expect(fromBase.stdout).toContain('Reading the configuration from the base commit');
  });

  it('never follows a link at the base commit', async () => {
    const outside = outsideFolder();
    const ws = makeRepository([{ 'imagevector/images.yaml': VECTOR }]);
    // The base itself holds a link (merged earlier): it is refused, not followed.
    headCommit(ws, (dir) => {
      symlinkSync(join(outside, 'config.yaml'), join(dir, '.imagevector-lint.yaml'));
    });
    ws.commits.shift(); // the commit with the link is the base now
    headCommit(ws, (dir) => writeFileSync(join(dir, 'imagevector/images.yaml'), TRAP));
    const run = await pr(ws, 98, { comment: 'off', 'config-from': 'base' });
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(
      expect.stringMatching(/^::error title=config,file=\.imagevector-lint\.yaml,.*at the base commit it is a symbolic link, which the linter does not follow/),
    );
    expect(everything(run, 98)).not.toContain(SECRET);
  });
});
