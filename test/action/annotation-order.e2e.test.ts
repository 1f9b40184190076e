import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApiStandIn } from './support/github-api.js';
import { assertBundleIsFresh, makeRepository, OWNER, pullRequestPayload, REPO, runAction, TOKEN } from './support/run-action.js';

// GitHub shows at most 10 warning annotations per step. With more, the built action annotates
// the new findings on lines the pull request touched first, then the other new findings, then
// the pre-existing ones (here reported with `report: all`), so what the change introduced is
// what the reviewer sees in the diff.

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

const entry = (name: string, targetVersion: string) =>
  `- name: ${name}\n  repository: europe-docker.pkg.dev/gardener-project/releases/${name}\n  tag: v1\n  targetVersion: "${targetVersion}"\n`;
/** Two entries of one image that overlap for 1.25.x–1.29.x: a version-overlap warning on the second one's targetVersion. */
const overlapping = (name: string, second = '>= 1.25') => entry(name, '>= 1.20, < 1.30') + entry(name, second);
const old = (from: number, to: number, changed?: number) =>
  Array.from({ length: to - from }, (_, k) => overlapping(`img-${from + k}`, from + k === changed ? '>=1.25' : '>= 1.25')).join('');

describe.sequential('annotation order within GitHub’s 10 warnings per step', () => {
  it('new findings on touched lines, then other new findings, then the pre-existing ones', async () => {
    // 12 images with old overlaps; img-z's ranges meet at 1.30.
    const base = `images:\n${old(0, 12)}${entry('img-z', '< 1.30')}${entry('img-z', '>= 1.30')}`;
    // The change: a new image with an overlap (new, on added lines), img-3's constraint respelt
    // (same range: its old warning stays, now on a touched line), and img-z's first range
    // widened to "< 1.31", which makes its untouched second entry overlap (new, on an untouched line).
    const head = `images:\n${overlapping('img-new')}${old(0, 12, 3)}${entry('img-z', '< 1.31')}${entry('img-z', '>= 1.30')}`;
    const ws = makeRepository([{ 'imagevector/images.yaml': base }, { 'imagevector/images.yaml': head }]);
    const run = await runAction({
      workspace: ws.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: 7, baseSha: ws.commits[0]!, headSha: ws.commits[1]! }),
      inputs: { report: 'all', comment: 'off' },
      apiUrl,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const lines = head.split('\n');
    const findings = (JSON.parse(run.jsonReport!) as { findings: Array<{ rule: string; line: number; message: string; new: boolean }> }).findings;
    expect(findings).toHaveLength(14);
    expect(findings.every((f) => f.rule === 'version-overlap')).toBe(true);
    const image = (line: number) => /`(img-[\w-]+)`/.exec(findings.find((f) => f.line === line)!.message)![1];
    expect(findings.filter((f) => f.new).map((f) => image(f.line)).sort()).toEqual(['img-new', 'img-z']);

    const warnings = run.commands.filter((c) => c.startsWith('::warning title=version-overlap'));
    expect(warnings).toHaveLength(10);
    const annotated = warnings.map((w) => Number(/,line=(\d+),/.exec(w)![1]));
    // 1. img-new: new, on an added line.
    expect(image(annotated[0]!)).toBe('img-new');
    expect(lines[annotated[0]! - 1]).toBe('  targetVersion: ">= 1.25"');
    // 2. img-z: new, on the untouched second entry (the last lines of the file: by file order it would not fit).
    expect(image(annotated[1]!)).toBe('img-z');
    expect(lines[annotated[1]! - 1]).toBe('  targetVersion: ">= 1.30"');
    expect(annotated[1]).toBe(Math.max(...findings.map((f) => f.line)));
    // 3. Then the old ones: the one on a touched line first, then by line.
    expect(image(annotated[2]!)).toBe('img-3');
    expect(lines[annotated[2]! - 1]).toBe('  targetVersion: ">=1.25"');
    expect(annotated.slice(3).map(image)).toEqual(['img-0', 'img-1', 'img-2', 'img-4', 'img-5', 'img-6', 'img-7']);
    // The four not annotated are counted.
    expect(run.commands.find((c) => c.startsWith('::notice title=imagevector-lint%3A more findings'))).toContain('4 more findings (4 warnings)');
  });
});

describe.sequential('anchors: the range values, on the lines the change touched', () => {
  it('version-gap at the targetVersion that ends where the gap starts; shadowed-entry at the losing range; both on added lines', async () => {
    const base = `images:\n${entry('kept', '>= 1.20')}`;
    // A new image whose ranges leave out 1.31.x, and a second entry of it that never wins.
    const head = `images:\n${entry('kept', '>= 1.20')}${entry('added', '< 1.31')}${entry('added', '>= 1.32')}${entry('added', '1.33.x')}`;
    const ws = makeRepository([{ 'imagevector/images.yaml': base }, { 'imagevector/images.yaml': head }]);
    const run = await runAction({
      workspace: ws.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: 8, baseSha: ws.commits[0]!, headSha: ws.commits[1]! }),
      inputs: { comment: 'off' },
      apiUrl,
    });
    expect(run.code).toBe(1);
    const lines = head.split('\n');
    const annotated = run.commands
      .filter((c) => c.startsWith('::error '))
      .map((c) => /title=([\w-]+),file=imagevector\/images\.yaml,line=(\d+),col=(\d+)/.exec(c)!.slice(1));
    expect(annotated.map(([rule]) => rule).sort()).toEqual(['shadowed-entry', 'version-gap']);
    const at = (rule: string) => annotated.find(([r]) => r === rule)!;
    expect(lines[Number(at('version-gap')[1]) - 1]).toBe('  targetVersion: "< 1.31"');
    expect(at('version-gap')[2]).toBe('18');
    expect(lines[Number(at('shadowed-entry')[1]) - 1]).toBe('  targetVersion: "1.33.x"');
  });
});
