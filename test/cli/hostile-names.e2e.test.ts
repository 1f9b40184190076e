import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_TEXTS, commandFiles, ordinary, placeholders, PROTOTYPE_NAMES, prototypeFiles } from '../helpers/hostile-names.js';
import { runnerCommandLines } from '../reporters/runner-model.js';

// The built CLI on repositories whose names are attacks: workflow commands (a workflow step
// may print any report) and Object.prototype's member names.

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const FORMATS = ['text', 'json', 'markdown', 'sarif', 'github', 'rdjson', 'checkstyle'] as const;
/** --format github prints workflow commands on purpose: annotations, and nothing else. */
const ANNOTATION = /^::(error|warning|notice) title=[^:\n]*,file=[^:\n]*,line=\d+(,endLine=\d+)?,col=\d+(,endColumn=\d+)?::[^\n]*$/;

function run(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function repository(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-hostile-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/internal error|TypeError|Cannot read properties/);
}

beforeAll(() => {
  expect(fs.existsSync(cli), `${cli} is missing: run npm run build`).toBe(true);
});

describe('workflow commands in names, paths, repositories and tags (built CLI)', () => {
  const [STOP, MASK, SET] = COMMAND_TEXTS;
  const files = commandFiles();
  const named = [`${STOP}/images.yaml`, '--components', `${SET}/components.yaml`];
  let dir: string;
  beforeAll(() => {
    dir = repository(files);
  });

  for (const format of FORMATS) {
    for (const [how, args] of [
      ['named files', named],
      ['found by content', []],
    ] as const) {
      it(`--format ${format}, ${how}: no line the runner would execute`, () => {
        const r = run(dir, [...args, '--format', format]);
        noStackTrace(r.stdout + r.stderr);
        expect(r.code).toBe(1);
        if (format === 'github') {
          const lines = r.stdout.trimEnd().split('\n');
          expect(lines.length).toBeGreaterThan(3);
          for (const line of lines) expect(line).toMatch(ANNOTATION);
          expect(r.stdout).toContain('file=\\u0023#[set-output name=x]y/components.yaml');
          expect(r.stdout).toContain('file=%3A%3Astop-commands%3A%3Ax/images.yaml');
        } else expect(runnerCommandLines(r.stdout)).toEqual([]);
        expect(runnerCommandLines(r.stderr)).toEqual([]);
        expect(r.stdout).not.toContain('##[');
        // Not vacuous: the names are in the report, neutralised.
        if (format === 'json' || format === 'sarif' || format === 'rdjson') {
          const text = JSON.stringify(JSON.parse(r.stdout));
          for (const name of COMMAND_TEXTS) expect(text).toContain(JSON.stringify(name).slice(1, -1));
        }
        if (format === 'json') {
          const report = JSON.parse(r.stdout);
          expect(report.resolved.map((row: { image: string }) => row.image)).toEqual(expect.arrayContaining([STOP, SET, MASK]));
          expect(report.findings.map((f: { file: string }) => f.file)).toEqual(expect.arrayContaining([`${STOP}/images.yaml`, `${SET}/components.yaml`]));
        }
        if (format === 'text') {
          expect(r.stdout).toContain('\\u003a:stop-commands::x');
          expect(r.stdout).toContain('\\u0023#[set-output name=x]y');
        }
        if (format === 'markdown') {
          expect(r.stdout).toContain('<code>##\\[set-output name=x\\]y/components.yaml');
          expect(r.stdout).toContain('| ##\\[set-output name=x\\]y |');
        }
      });
    }
  }
});

describe('Object.prototype member names (built CLI)', () => {
  const names = PROTOTYPE_NAMES;
  const plain = names.map(ordinary);
  let hostile: string;
  let normal: string;
  beforeAll(() => {
    hostile = repository(prototypeFiles(names));
    normal = repository(prototypeFiles(plain));
  });

  const normalise = (text: string, list: readonly string[]) =>
    placeholders(text, list)
      .replace(/"primaryLocationLineHash": "[0-9a-f]+:\d+"/g, '"primaryLocationLineHash": "#"')
      .split('\n')
      .sort();

  for (const format of FORMATS) {
    it(`--format ${format}: the same report as for ordinary names, with sensible findings`, () => {
      const bad = run(hostile, ['--format', format]);
      const good = run(normal, ['--format', format]);
      noStackTrace(bad.stdout + bad.stderr);
      expect(bad.code).toBe(good.code);
      expect(normalise(bad.stdout, names)).toEqual(normalise(good.stdout, plain));
      expect(normalise(bad.stderr, names)).toEqual(normalise(good.stderr, plain));
      if (format === 'json') {
        const report = JSON.parse(bad.stdout);
        const messages: string[] = report.findings.map((f: { message: string }) => f.message);
        for (const name of names) {
          expect(messages).toContainEqual(expect.stringContaining(`Unknown configuration key \`${name}\``));
          expect(messages).toContainEqual(expect.stringContaining(`Unknown rule \`${name}\``));
          expect(messages).toContainEqual(expect.stringContaining(`Unknown component \`${name}x\``));
        }
        expect(report.resolved.map((row: { image: string }) => row.image)).toEqual(expect.arrayContaining(names));
      }
    });
  }
});
