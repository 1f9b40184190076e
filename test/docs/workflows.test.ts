import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

// The committed workflows, validated against SchemaStore's GitHub workflow schema (vendored in
// test/fixtures/schemas with its provenance; no actionlint binary is available), and checked
// for what they must do: CI tests, checks dist/ and runs the action on examples/; a release
// tests, publishes with provenance and moves the major tag, in that order.

const root = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/schemas/github-workflow.json'), 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
  if?: string;
}
interface Job {
  steps: Step[];
  permissions?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown[]> };
}
interface Workflow {
  on: Record<string, { tags?: string[]; branches?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

function workflow(name: string): Workflow {
  const text = fs.readFileSync(path.join(root, '.github/workflows', name), 'utf8');
  const parsed = load(text);
  expect(validate(parsed), `${name}: ${JSON.stringify(validate.errors, null, 2)}`).toBe(true);
  return parsed as Workflow;
}

const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

/** GitHub's filter pattern syntax, for the patterns used here: `[0-9]`, `+` (one or more), literal `.`. */
function filterPattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
}

describe('.github/workflows', () => {
  it('holds exactly ci.yml and release.yml', () => {
    expect(fs.readdirSync(path.join(root, '.github/workflows')).sort()).toEqual(['ci.yml', 'release.yml']);
  });

  it('the schema is not vacuous: a workflow with a misspelled key fails it', () => {
    expect(validate({ on: 'push', jobs: { a: { 'runs-on': 'ubuntu-latest', step: [] } } })).toBe(false);
    expect(validate({ on: 'push', jobs: { a: { 'runs-on': 'ubuntu-latest', steps: [{ run: 'true' }] } } })).toBe(true);
  });

  it('ci.yml: tests on Node 20 and 24, checks dist/, runs the action on examples/', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(ci.jobs).sort()).toEqual(['action', 'check-dist', 'test']);

    const test = ci.jobs.test!;
    expect(test.strategy?.matrix.node).toEqual([20, 24]);
    expect(runs(test)).toMatch(/npm ci[\s\S]*npm run typecheck[\s\S]*npm test/);

    const dist = ci.jobs['check-dist']!;
    expect(runs(dist)).toMatch(/npm ci[\s\S]*npm run build[\s\S]*git status --porcelain -- dist schema[\s\S]*exit 1/);

    const action = ci.jobs.action!;
    const uses = action.steps.find((s) => s.uses === './')!;
    expect(uses, 'a step `uses: ./`').toBeDefined();
    // Every input is one action.yml declares, and every file it names exists.
    const declared = Object.keys((load(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: object }).inputs);
    for (const input of Object.keys(uses.with ?? {})) expect(declared, input).toContain(input);
    for (const input of ['files', 'overwrite', 'components', 'config']) {
      const file = String(uses.with?.[input]);
      expect(fs.existsSync(path.join(root, file)), file).toBe(true);
      expect(file.startsWith('examples/')).toBe(true);
    }
    expect(JSON.stringify(action.steps)).toContain(`\${{ steps.${uses.id}.outputs.errors }}`);
    expect(runs(action)).toContain('test "$ERRORS" = 0');
  });

  it('release.yml: on vX.Y.Z tags, tests, publishes with provenance, then moves the major tag', () => {
    const release = workflow('release.yml');
    expect(Object.keys(release.on)).toEqual(['push']);
    const tags = release.on.push?.tags ?? [];
    const matches = (tag: string) => tags.some((t) => filterPattern(t.replace(/\[0-9\]\+/g, '[0-9]+')).test(tag));
    for (const tag of ['v0.1.0', 'v1.22.333']) expect(matches(tag), tag).toBe(true);
    for (const tag of ['v0', 'v0.1', '0.1.0', 'v0.1.0-rc.1', 'v0x1.0']) expect(matches(tag), tag).toBe(false);
    expect(release.on.push?.branches).toBeUndefined();

    const job = Object.values(release.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const setup = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org');
    const script = runs(job);
    const at = (text: string) => {
      const i = script.indexOf(text);
      expect(i, text).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(at('npm ci')).toBeLessThan(at('npm test'));
    expect(at('npm test')).toBeLessThan(at('npm publish --provenance'));
    expect(at('npm publish --provenance')).toBeLessThan(at('git push --force origin "refs/tags/$major"'));
    expect(script).toContain('major="${GITHUB_REF_NAME%%.*}"');
    expect(script).toContain('test "v$(node -p \'require("./package.json").version\')" = "$GITHUB_REF_NAME"');
  });
});
