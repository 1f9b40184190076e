import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readEventContext } from '../../src/action/event-context.js';
import { getSettings } from '../../src/action/settings.js';
import { inputEnv, pullRequestPayload, TOKEN } from './support/run-action.js';

// Inputs are parsed once, with the defaults action.yml gives them.

const saved = { ...process.env };
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ivl-settings-'));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  process.env = { ...saved };
  vi.restoreAllMocks();
});

function withInputs(inputs: Record<string, string>, event?: { name: string; payload: unknown }): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
  Object.assign(process.env, inputEnv(inputs), {
    GITHUB_WORKSPACE: dir,
    GITHUB_JOB: 'lint',
    GITHUB_REPOSITORY: 'octo-org/gardener-ext',
    GITHUB_RUN_ID: '99',
    RUNNER_TEMP: join(dir, 'tmp'),
  });
  if (event) {
    const file = join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(event.payload));
    process.env.GITHUB_EVENT_NAME = event.name;
    process.env.GITHUB_EVENT_PATH = file;
  }
}

describe('getSettings', () => {
  it("knows the workflow's token by the workflow-token default, and takes a valid comment-author", () => {
    withInputs({});
    expect(getSettings()).toMatchObject({ token: TOKEN, workflowToken: TOKEN, commentAuthor: undefined });
    withInputs({ token: 'ghp_other', 'comment-author': 'vector-bot[bot]' });
    expect(getSettings()).toMatchObject({ token: 'ghp_other', workflowToken: TOKEN, commentAuthor: 'vector-bot[bot]' });
    for (const bad of ['not a login', '-dash', 'x'.repeat(40), 'evil[bot]x', '@octocat']) {
      withInputs({ 'comment-author': bad });
      expect(() => getSettings(), bad).toThrow(`Input 'comment-author' is '${bad}': expected a GitHub login, such as 'my-app[bot]' or 'octocat'.`);
    }
  });

  it('gives a Gardener repository a working configuration with no inputs at all', () => {
    withInputs({});
    const s = getSettings();
    expect(s).toMatchObject({
      workspace: dir,
      files: [],
      overwrite: [],
      components: [],
      configFile: '.imagevector-lint.yaml',
      configRequired: false,
      failOn: 'error',
      report: 'new',
      comment: 'on-findings',
      commentKey: 'lint',
      token: TOKEN,
      requestTimeoutMs: 10_000,
      jsonReportFile: join(dir, 'tmp', 'imagevector-lint', 'report.json'),
    });
    expect(s.sarifFile).toBeUndefined();
    expect(s.kubernetesVersions).toBeUndefined();
  });

  it('reads lists, choices, paths and the comment key', () => {
    withInputs({
      files: 'imagevector/*.yaml\n\n# a comment\n!imagevector/charts.yaml',
      overwrite: 'dev/overwrite.yaml',
      config: 'ci/lint.yaml',
      'fail-on': 'WARNING',
      report: 'all',
      comment: 'off',
      'comment-id': 'arm64',
      sarif: 'out/x.sarif',
      'kubernetes-versions': '>= 1.30',
      'request-timeout': '2.5',
    });
    expect(getSettings()).toMatchObject({
      files: ['imagevector/*.yaml', '!imagevector/charts.yaml'],
      overwrite: ['dev/overwrite.yaml'],
      configFile: 'ci/lint.yaml',
      configRequired: true,
      failOn: 'warning',
      report: 'all',
      comment: 'off',
      commentKey: 'lint:arm64',
      sarifFile: join(dir, 'out', 'x.sarif'),
      kubernetesVersions: '>= 1.30',
      requestTimeoutMs: 2_500,
    });
  });

  it('names the input, the value and the choices when a value is wrong', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ 'fail-on': 'errors' }, `Input 'fail-on' is 'errors': expected one of 'error', 'warning', 'never'.`],
      [{ report: 'diff' }, `Input 'report' is 'diff': expected one of 'new', 'changed', 'all'.`],
      [{ comment: 'yes' }, `Input 'comment' is 'yes': expected one of 'always', 'on-findings', 'on-change', 'off'.`],
      [{ 'request-timeout': '0' }, `Input 'request-timeout' is '0': expected seconds, more than 0 and at most 600.`],
      [{ 'base-sha': 'main' }, `Input 'base-sha' is 'main': expected a commit SHA (hexadecimal).`],
      [{ config: '../outside.yaml' }, `Input 'config' is '../outside.yaml': expected a file inside the repository (${dir}).`],
      [{ 'comment-id': 'x -->' }, `Input 'comment-id' must be one line without '-->'.`],
    ];
    for (const [inputs, message] of cases) {
      withInputs(inputs);
      expect(() => getSettings(), JSON.stringify(inputs)).toThrow(message);
    }
  });

  it('masks the token before anything else is printed', () => {
    withInputs({});
    const write = vi.mocked(process.stdout.write);
    getSettings();
    expect(String(write.mock.calls[0]?.[0])).toBe(`::add-mask::${TOKEN}\n`);
  });
});

describe('readEventContext', () => {
  it('takes the pull request, its base and whether it comes from a fork', () => {
    withInputs({}, { name: 'pull_request_target', payload: pullRequestPayload({ number: 5, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), fork: true }) });
    const ctx = readEventContext(process.env);
    expect(ctx).toMatchObject({
      eventName: 'pull_request_target',
      owner: 'octo-org',
      repo: 'gardener-ext',
      pullRequest: { number: 5, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), fromFork: true },
      baseSha: 'a'.repeat(40),
      runUrl: 'https://github.com/octo-org/gardener-ext/actions/runs/99',
    });
  });

  it('uses the merge group base, the commit before a push, and nothing for a new branch or a dispatch', () => {
    withInputs({}, { name: 'merge_group', payload: { merge_group: { base_sha: 'c'.repeat(40) } } });
    expect(readEventContext(process.env).baseSha).toBe('c'.repeat(40));
    withInputs({}, { name: 'push', payload: { before: 'd'.repeat(40) } });
    expect(readEventContext(process.env).baseSha).toBe('d'.repeat(40));
    withInputs({}, { name: 'push', payload: { before: '0'.repeat(40) } });
    expect(readEventContext(process.env).baseSha).toBeUndefined();
    withInputs({}, { name: 'workflow_dispatch', payload: { inputs: {} } });
    const ctx = readEventContext(process.env);
    expect(ctx.baseSha).toBeUndefined();
    expect(ctx.pullRequest).toBeUndefined();
  });
});
