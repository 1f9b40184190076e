import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApiStandIn } from './support/github-api.js';
import { literalMarkdown, renderers } from './support/render-gfm.js';
import {
  assertBundleIsFresh,
  git,
  makeRepository,
  OWNER,
  pullRequestPayload,
  REPO,
  ROOT,
  runAction,
  TOKEN,
  type ActionRun,
  type Workspace,
} from './support/run-action.js';

// The built action on real Gardener pull requests (test/fixtures/real-prs/, provenance in its
// README): base and head committed as they were, the bundle run as the runner runs it. Each
// case asserts what the reviewer sees: the verdict on what the change introduces, the comment
// (or none), the annotations, the change table, and that GitHub's renderer shows no Markdown
// literally.

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
});

function realPr(name: string): Workspace {
  return makeRepository([`../real-prs/${name}/base`, `../real-prs/${name}/head`]);
}

async function pr(ws: Workspace, number: number, inputs: Record<string, string> = {}) {
  const before = standIn.requests.length;
  const run = await runAction({
    workspace: ws.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: ws.commits[0]!, headSha: git(ws.dir, ['rev-parse', 'HEAD']) }),
    inputs,
    apiUrl,
  });
  const comments = standIn.comments.filter((c) => c.issueNumber === number).map((c) => c.body);
  return { run, comments, requests: standIn.since(before) };
}

interface Json {
  findings: Array<{ rule: string; severity: string; line: number; message: string; new?: boolean }>;
  changes?: Array<{ image: string; targetVersion: Array<{ lo: string; hi: string | null }>; runtimeVersion: Array<{ lo: string; hi: string | null }> }>;
}

function json(run: ActionRun): Json {
  return JSON.parse(run.jsonReport!) as Json;
}

function annotations(run: ActionRun, kind: 'error' | 'warning' | 'notice'): string[] {
  return run.commands.filter((c) => c.startsWith(`::${kind} title=`));
}

/** Rendered by micromark-gfm (and cmark-gfm when installed): nothing meant as formatting shows as text. */
function expectRendersClean(markdown: string): void {
  for (const { name, render } of renderers()) {
    const html = render(markdown);
    expect(literalMarkdown(html), name).toEqual([]);
    expect(html, name).toContain('<table>');
  }
}

/** A version interval list within Kubernetes versions: 1.x, or unbounded. */
function withinKubernetes(intervals: Array<{ lo: string; hi: string | null }>): boolean {
  return intervals.every((i) => (i.lo === '0.0.0' || i.lo.startsWith('1.')) && (i.hi === null || i.hi.startsWith('1.') || i.hi === '2.0.0'));
}

describe.sequential('gardener/gardener#15543: a one-image bump in a vector with old overlap warnings', () => {
  const ws = realPr('gardener-coredns-bump');

  it('passes with no comment, no annotation; the summary shows the bump and folds the old warnings', async () => {
    const { run, comments, requests } = await pr(ws, 15543);
    expect(run.code, run.stdout).toBe(0);
    expect(comments).toEqual([]);
    expect(requests.map((r) => r.method)).toEqual(['GET']);
    expect(run.commands).toEqual([]);
    expect(run.summary).toContain('✅ **No new problems** — the check passes (`fail-on: error`).');
    expect(run.summary).toContain('| coredns | any | `:v1.14.6` → `:v1.14.7` |');
    expect(run.summary).toMatch(/<details><summary>\d+ warnings(, \d+ notices?)? already at the base commit are not reported/);
    expect(run.summary).toContain('node-problem-detector');
    // The untouched template is no news.
    expect(run.summary).not.toContain('Not analysed');
    const report = json(run);
    expect(report.findings.filter((f) => f.rule === 'version-overlap')).toHaveLength(2);
    expect(report.findings.every((f) => f.new === false)).toBe(true);
    expect(report.changes!.map((c) => c.image)).toEqual(['coredns', 'coredns']);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', result: 'passed' });
    expectRendersClean(run.summary);
  });

  it('with comment: on-change, one comment of at most 12 lines: the verdict, the old warnings counted, the bump', async () => {
    const { run, comments } = await pr(ws, 15544, { comment: 'on-change' });
    expect(run.code).toBe(0);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.split('\n').slice(1).join('\n').trim();
    expect(body.split('\n').length).toBeLessThanOrEqual(12);
    expect(body).toMatch(/✅ \*\*No new problems\*\* — the check passes \(`fail-on: error`\)\. \d+ warnings/);
    expect(body).toContain('already at the base commit are not reported; the job summary lists them.');
    expect(body).toContain('| coredns | any | `:v1.14.6` → `:v1.14.7` |');
    expect(body).not.toContain('node-problem-detector');
    expectRendersClean(body);
  });

  it('with report: all, the old warnings are reported again', async () => {
    const { run } = await pr(ws, 15545, { report: 'all', comment: 'off' });
    expect(annotations(run, 'warning').length).toBeGreaterThanOrEqual(2);
    expect(run.outputs.warnings).toBe(String(annotations(run, 'warning').length));
  });
});

describe.sequential('gardener/gardener#13472: merge-conflict markers committed in imagevector/containers.yaml', () => {
  it('one root-cause error that names the markers; the file is not compared with its base; a short comment', async () => {
    const ws = realPr('gardener-conflict-markers');
    const { run, comments } = await pr(ws, 13472);
    expect(run.code).toBe(1);
    const errors = annotations(run, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error title=yaml-syntax,file=imagevector\/containers\.yaml,line=459,col=1::Merge-conflict markers committed/);
    const report = json(run);
    expect(report.findings.filter((f) => f.rule === 'coverage-lost')).toEqual([]);
    expect(report.changes).toEqual([]);
    expect(comments).toHaveLength(1);
    const body = comments[0]!;
    expect(body.length).toBeLessThan(3_000);
    expect(body).toContain('`imagevector/containers.yaml` cannot be read as a vector at the head, so it was not compared with the base commit');
    expect(body).not.toContain('is gone');
    // The root cause is the first row of every findings table.
    for (const text of [body, run.summary]) {
      const firstRow = text.split('\n').find((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️') || l.startsWith('| ℹ️'));
      expect(firstRow).toContain('`yaml-syntax`');
    }
  });
});

describe.sequential('gardener/gardener-extension-provider-aws#1692: a bot wrote image versions into targetVersion', () => {
  it('only unsatisfiable-constraint for the entries that match no Kubernetes version; no finding or row outside 1.x', async () => {
    const ws = realPr('aws-bot-image-versions-as-ranges');
    const { run, comments } = await pr(ws, 1692);
    expect(run.code).toBe(1);
    const report = json(run);
    const reported = report.findings.filter((f) => f.new !== false);
    expect(reported.map((f) => f.rule).sort()).toEqual(Array(4).fill('unsatisfiable-constraint'));
    expect(report.findings.filter((f) => f.rule === 'version-gap')).toEqual([]);
    for (const change of report.changes!) {
      expect(withinKubernetes(change.targetVersion), JSON.stringify(change)).toBe(true);
      expect(withinKubernetes(change.runtimeVersion), JSON.stringify(change)).toBe(true);
    }
    const body = comments[0]!;
    expect(body).not.toMatch(/5\.3\.x \||&gt;= 6\.1 \||&lt; 5\.3/);
    // The same change on several ranges is one row.
    expect(body).toContain('| csi-provisioner | &gt;= 1.34 | ⚠️ no longer resolves (was `:v6.1.0`) |');
    expect(body.match(/\| csi-provisioner \|/g)).toHaveLength(2);
    expectRendersClean(body);
  });
});

/** The version numbers in a range cell (`1.30.x`, `&gt;= 1.35`, `any`) are all Kubernetes versions (1.x). */
function kubernetesOnly(range: string): boolean {
  return (range.match(/\d+\.\d+/g) ?? []).every((v) => v.startsWith('1.'));
}

/** The Runtime and Target cells of every row of the resolved table (`| Image | Arch | Runtime | Target | …`) in Markdown. */
function resolvedRangeCells(markdown: string): string[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((l) => l.startsWith('| Image | Arch | Runtime | Target |'));
  expect(header, 'a resolved table').toBeGreaterThanOrEqual(0);
  const cells: string[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const row = line.split(' | ');
    cells.push(row[2]!, row[3]!);
  }
  return cells;
}

describe.sequential('gardener/gardener-extension-provider-aws#1692: the resolved table is about Kubernetes versions only', () => {
  const ws = realPr('aws-bot-image-versions-as-ranges');
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd: ws.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    return r.stdout;
  };

  it('no row for 5.3.x, >= 6.1, 2.0.x or >= 2.1 in the summary, the JSON report or any CLI format; the rest is kept', async () => {
    const { run } = await pr(ws, 1693, { comment: 'off' });
    const summaryCells = resolvedRangeCells(run.summary);
    expect(summaryCells.length).toBeGreaterThan(20);
    expect(summaryCells.filter((c) => !kubernetesOnly(c))).toEqual([]);
    expect(summaryCells).toContain('1.30.x');
    expect(summaryCells).toContain('&gt;= 1.35');
    const rows = (JSON.parse(run.jsonReport!) as { resolved: Array<{ image: string; targetVersion: Array<{ lo: string; hi: string | null }>; runtimeVersion: Array<{ lo: string; hi: string | null }> }> }).resolved;
    for (const row of rows) expect(withinKubernetes(row.targetVersion) && withinKubernetes(row.runtimeVersion), JSON.stringify(row)).toBe(true);
    // csi-provisioner's entries are both image versions (5.3.x, >= 6.1): it resolves for no Kubernetes version, so no row;
    // of csi-resizer's, only 1.14.x is one.
    expect(rows.filter((r) => r.image === 'csi-provisioner')).toEqual([]);
    expect(rows.filter((r) => r.image === 'csi-resizer').map((r) => r.targetVersion)).toEqual([[{ lo: '1.14.0', hi: '1.15.0' }], [{ lo: '1.14.0', hi: '1.15.0' }]]);

    const markdownCells = resolvedRangeCells(cli(['--format', 'markdown']));
    expect(markdownCells.filter((c) => !kubernetesOnly(c))).toEqual([]);
    expect(markdownCells).toEqual(summaryCells);
    const jsonRows = (JSON.parse(cli(['--format', 'json'])) as { resolved: typeof rows }).resolved;
    expect(jsonRows.map((r) => [r.image, r.targetVersion])).toEqual(rows.map((r) => [r.image, r.targetVersion]));
    // Text: `  name   range   line` rows under the table's heading.
    const textRanges = cli(['--table', 'full', '--no-color'])
      .split('\n')
      .flatMap((line) => /^ {2}(\S+) {2,}(.+?) {2,}\d+$/.exec(line)?.[2] ?? []);
    expect(textRanges.length).toBeGreaterThan(10);
    expect(textRanges.filter((c) => !kubernetesOnly(c))).toEqual([]);
    expect(textRanges).toContain('>= 1.35');
  });
});

describe.sequential('gardener/gardener#8087: "1.22.x" becomes "< 1.22": Kubernetes 1.22 loses cluster-autoscaler', () => {
  it('one error, annotated on the changed targetVersion line (162), not at an entry start outside the hunk', async () => {
    const ws = realPr('gardener-drops-a-minor');
    const { run } = await pr(ws, 8087);
    expect(run.code).toBe(1);
    const errors = annotations(run, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error title=coverage-lost,file=charts\/images\.yaml,line=162,col=18::cluster-autoscaler \(amd64, arm64\) no longer resolves for targetVersion 1\.22\.x/);
    const head = readFileSync(join(ROOT, 'test/fixtures/real-prs/gardener-drops-a-minor/head/charts/images.yaml'), 'utf8').split('\n');
    expect(head[161]).toBe('  targetVersion: "< 1.22"');
    // version-gap said the same for the same region: not reported twice.
    expect(json(run).findings.filter((f) => f.rule === 'version-gap')).toEqual([]);
  });
});

describe.sequential('gardener/gardener-extension-provider-azure#1516: a stale bot branch goes back to the old registry and lower tags', () => {
  it('tag-downgraded on each lowered tag; the change table shows only what changed, flagged', async () => {
    const ws = realPr('azure-registry-migration-downgrades');
    const { run, comments } = await pr(ws, 1516);
    const downgrades = json(run).findings.filter((f) => f.rule === 'tag-downgraded');
    expect(downgrades.map((f) => f.message.split(' goes to')[0]).sort()).toEqual([
      ...Array(4).fill('cloud-controller-manager (amd64, arm64)'),
      ...Array(4).fill('cloud-node-manager (amd64, arm64)'),
    ]);
    const head = readFileSync(join(ROOT, 'test/fixtures/real-prs/azure-registry-migration-downgrades/head/imagevector/images.yaml'), 'utf8').split('\n');
    for (const finding of downgrades) expect(head[finding.line - 1]).toMatch(/^ {2}tag: /);
    // The move back to the old repository is a finding of its own, on each entry's repository line (a line the change added).
    const switches = json(run).findings.filter((f) => f.rule === 'registry-changed');
    // One per head entry (1.32.x, 1.33.x, >= 1.34) of each image: the >= 1.34 entry lowers two tags but moves once.
    expect(switches.map((f) => f.message.split(' now comes')[0]).sort()).toEqual([
      ...Array(3).fill('cloud-controller-manager (amd64, arm64)'),
      ...Array(3).fill('cloud-node-manager (amd64, arm64)'),
    ]);
    for (const finding of switches) {
      expect(finding.severity).toBe('warning');
      expect(finding.new).toBe(true);
      expect(head[finding.line - 1]).toMatch(/^ {2}repository: mcr\.microsoft\.com\/oss\/kubernetes\//);
      expect(finding.message).toMatch(
        /now comes from another repository for targetVersion [^:]+: mcr\.microsoft\.com\/oss\/v2\/kubernetes\/azure-cloud-(controller|node)-manager → mcr\.microsoft\.com\/oss\/kubernetes\/azure-cloud-(controller|node)-manager\./,
      );
    }
    // 14 warnings: GitHub's 10 warning annotations are all about them, the rest is counted in a notice.
    expect(annotations(run, 'warning')).toHaveLength(10);
    for (const a of annotations(run, 'warning')) expect(a).toMatch(/^::warning title=(registry-changed|tag-downgraded),file=imagevector\/images\.yaml,line=/);
    expect(comments[0]!.match(/`registry-changed`/g)).toHaveLength(6);
    const body = comments[0]!;
    expect(body).toContain('| cloud-controller-manager | 1.32.x | `…/oss/v2/…:v1.32.16` → `…/oss/…:v1.32.11` ⚠️ lower tag, other repository |');
    // The change rows come before the findings.
    expect(body.indexOf('| cloud-controller-manager |')).toBeLessThan(body.indexOf('#### New findings'));
    expectRendersClean(body);
    expectRendersClean(run.summary);
  });
});

describe.sequential('sizes', () => {
  it('a pull request that bumps 150 images: every change row fits in the comment; findings are cut first, with a link', async () => {
    const entry = (i: number, tag: string, extra = '') =>
      `- name: image-${i}\n  repository: europe-docker.pkg.dev/gardener-project/releases/gardener/image-${i}\n  tag: "${tag}"\n  targetVersion: ">= 1.30"\n${extra}`;
    const base = `images:\n${Array.from({ length: 150 }, (_, i) => entry(i, 'v1.0.0')).join('')}`;
    // Each bumped image also gets a second entry with the same merge key: a long duplicate-entry error each.
    const head = `images:\n${Array.from({ length: 150 }, (_, i) => entry(i, 'v1.1.0') + entry(i, 'v1.2.0')).join('')}`;
    const ws = makeRepository([{ 'imagevector/images.yaml': base }, { 'imagevector/images.yaml': head }]);
    const { run, comments } = await pr(ws, 150);
    expect(run.code).toBe(1);
    const body = comments[0]!;
    expect(body.length).toBeLessThanOrEqual(65_536);
    for (let i = 0; i < 150; i++) expect(body).toContain(`| image-${i} | &gt;= 1.30 | \`:v1.0.0\` → \`:v1.1.0\` |`);
    expect(body).toMatch(/… \d+ more rows/);
    expect(body).toContain('[job summary](https://github.com/');
  });
});
