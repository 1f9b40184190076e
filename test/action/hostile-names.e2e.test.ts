import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_TEXTS, commandFiles, ordinary, placeholders, PROTOTYPE_NAMES, prototypeFiles } from '../helpers/hostile-names.js';
import { isRunnerCommand, runnerCommandLines } from '../reporters/runner-model.js';
import { GitHubApiStandIn } from './support/github-api.js';
import { assertBundleIsFresh, git, makeRepository, OWNER, pullRequestPayload, REPO, runAction, TOKEN, type ActionRun } from './support/run-action.js';

// The built action on pull requests whose names are attacks: workflow commands in image names,
// repositories, tags, fields and folder names; Object.prototype's member names everywhere a
// file names something.

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

/** The action's own commands: annotations (core escapes their data), debug lines, the token's mask. */
const OWN_COMMAND = /^::(error|warning|notice|debug)( [^:]*)?::/;

function expectOnlyOwnCommands(run: ActionRun): void {
  for (const stream of [run.stdout, run.stderr]) {
    for (const line of runnerCommandLines(stream)) {
      expect(line === `::add-mask::${TOKEN}` || OWN_COMMAND.test(line.trimStart()), line).toBe(true);
    }
    // Not even inside the action's own commands (their data is printed as is).
    expect(stream).not.toContain('##[');
    const data = stream.split(/\r?\n/).filter((line) => line !== `::add-mask::${TOKEN}`).map((line) => line.trimStart().replace(OWN_COMMAND, ''));
    expect(data.filter(isRunnerCommand)).toEqual([]);
  }
}

function noStackTrace(run: ActionRun): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/TypeError|Cannot read properties/);
}

async function pullRequest(layers: Record<string, string>[], number: number) {
  const ws = makeRepository(layers);
  const before = standIn.comments.length;
  const run = await runAction({
    workspace: ws.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: ws.commits[0]!, headSha: git(ws.dir, ['rev-parse', 'HEAD']) }),
    inputs: { sarif: 'reports/imagevector.sarif', comment: 'always' },
    apiUrl,
  });
  const sarifFile = join(ws.dir, 'reports/imagevector.sarif');
  return {
    run,
    sarif: existsSync(sarifFile) ? readFileSync(sarifFile, 'utf8') : undefined,
    comments: standIn.comments.slice(before).filter((c) => c.issueNumber === number).map((c) => c.body),
  };
}

describe.sequential('workflow commands in a pull request (built action)', () => {
  it('no line of the log, summary, reports or comment is a workflow command', async () => {
    const { run, sarif, comments } = await pullRequest(
      // The base is clean: every finding is one this pull request introduces.
      [{ 'imagevector/images.yaml': 'images:\n- name: plain\n  repository: registry.example.com/p\n  tag: v1\n' }, commandFiles('v2')],
      71,
    );
    noStackTrace(run);
    expect(run.code).toBe(1);
    expectOnlyOwnCommands(run);
    // Annotations are there: the checks above are not vacuous.
    expect(run.commands.some((c) => c.startsWith('::error '))).toBe(true);
    // A path holding a command cannot be an annotation's `file`: the location moves into the message.
    expect(run.commands).toContainEqual(expect.stringMatching(/^::error title=image-reference::\\u003a:stop-commands::x\/images\.yaml:9:15: /));

    for (const markdown of [run.summary, ...comments]) {
      expect(runnerCommandLines(markdown)).toEqual([]);
      expect(markdown).not.toContain('##[');
      expect(markdown).toContain('\\::stop-commands::x');
      expect(markdown).toContain('##\\[set-output name=x\\]y');
    }
    expect(comments).toHaveLength(1);
    // The changes table names the images too.
    expect(run.summary).toContain('#### What this change does to the resolved images');

    for (const json of [run.jsonReport!, sarif!]) {
      expect(runnerCommandLines(json)).toEqual([]);
      expect(json).not.toContain('##[');
      // Still the same strings for a JSON parser.
      const text = JSON.stringify(JSON.parse(json));
      for (const name of COMMAND_TEXTS) expect(text).toContain(JSON.stringify(name).slice(1, -1));
    }
    expect(JSON.parse(run.jsonReport!).resolved.map((row: { image: string }) => row.image)).toEqual(expect.arrayContaining([...COMMAND_TEXTS]));
  });
});

describe.sequential('Object.prototype member names in a pull request (built action)', () => {
  it('the same run as with ordinary names: no crash, every finding, every row', async () => {
    const names = PROTOTYPE_NAMES;
    const plain = names.map(ordinary);
    const layers = (list: readonly string[]) => {
      const files = prototypeFiles(list);
      // The base lacks the component overwrites and has other tags: a comparison with changes.
      const { 'imagevector/components.yaml': _, ...base } = files;
      return [{ ...base, 'imagevector/images.yaml': files['imagevector/images.yaml']!.replace(/registry\.example\.com\/image/g, 'registry.example.com/old') }, files];
    };
    const bad = await pullRequest(layers(names), 72);
    const good = await pullRequest(layers(plain), 73);
    noStackTrace(bad.run);
    expect(bad.run.code).toBe(good.run.code);
    const same = (a: string | undefined, b: string | undefined) => {
      const norm = (text: string | undefined, list: readonly string[]) =>
        placeholders(text ?? '', list)
          .replace(/[0-9a-f]{40}|[0-9a-f]{12}/g, 'SHA')
          .replace(/"primaryLocationLineHash": "[0-9a-f]+:\d+"/g, '"primaryLocationLineHash": "#"')
          .replace(/(imagevector-lint:lint[^>]*|#issuecomment-)\d+/g, '$1N')
          .replace(/issue(s?)\/7[23]/g, 'issue$1/N')
          .split('\n')
          .sort();
      expect(norm(a, names)).toEqual(norm(b, plain));
    };
    same(bad.run.commands.join('\n'), good.run.commands.join('\n'));
    same(bad.run.summary, good.run.summary);
    same(bad.run.jsonReport, good.run.jsonReport);
    same(bad.sarif, good.sarif);
    same(bad.comments.join('\n'), good.comments.join('\n'));
    const report = JSON.parse(bad.run.jsonReport!);
    const messages: string[] = report.findings.map((f: { message: string }) => f.message);
    for (const name of names) {
      expect(messages).toContainEqual(expect.stringContaining(`Unknown configuration key \`${name}\``));
      expect(messages).toContainEqual(expect.stringContaining(`Unknown component \`${name}x\``));
    }
    expect(report.resolved.map((row: { image: string }) => row.image)).toEqual(expect.arrayContaining(names));
    expect(bad.run.summary).toContain('#### What this change does to the resolved images');
  });
});
