import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApiStandIn } from './support/github-api.js';
import { assertBundleIsFresh, makeRepository, OWNER, REPO, runAction, TOKEN, type Workspace } from './support/run-action.js';

// Exclusions through the BUILT action (dist/index.js): `!pattern` lines in the
// `files` input filter discovery by content (alone) and the globs (with
// positive lines), the configuration's `ignore:` and .gitignore too.

const standIn = new GitHubApiStandIn(OWNER, REPO, TOKEN);
let apiUrl = '';
beforeAll(async () => {
  assertBundleIsFresh();
  apiUrl = await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});

const vector = (name: string) => `images:\n- name: ${name}\n  repository: registry.example.com/${name}\n  tag: v1.0.0\n`;
// A gap: an error wherever it is linted.
const gapped = `images:
- name: kind-node
  repository: kindest/node
  tag: v1.20.0
  targetVersion: "1.20.x"
- name: kind-node
  repository: kindest/node
  tag: v1.22.0
  targetVersion: ">= 1.22"
`;

let ws: Workspace;
beforeAll(() => {
  ws = makeRepository([
    {
      'imagevector/images.yaml': vector('gardenlet'),
      'charts/images.yaml': vector('etcd'),
      'dev-setup/kind/images.yaml': gapped,
      'dev-setup/extra/images.yaml': gapped,
      'hack/tmp/images.yaml': gapped,
      'hack/keep.yaml': vector('keep'),
      '.gitignore': 'hack/tmp/\n',
    },
  ]);
});

async function lint(inputs: Record<string, string>) {
  const run = await runAction({ workspace: ws.dir, eventName: 'push', payload: {}, inputs: { comment: 'off', ...inputs }, apiUrl });
  const report = JSON.parse(run.jsonReport ?? '{}') as { files?: { path: string }[]; findings?: { rule: string; file: string }[] };
  return { run, files: (report.files ?? []).map((f) => f.path).sort(), findings: report.findings ?? [] };
}

describe('exclusions (built action)', () => {
  it("files: '!dev-setup/**' alone: vectors found by content, less dev-setup (and what .gitignore excludes)", async () => {
    const { run, files, findings } = await lint({ files: '!dev-setup/**' });
    expect(run.stdout).not.toMatch(/matches no file/);
    expect(files).toEqual(['charts/images.yaml', 'hack/keep.yaml', 'imagevector/images.yaml']);
    expect(findings.filter((f) => f.rule === 'version-gap')).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Linting 3 file\(s\) \(found by content\)/);
  });

  it('several ! lines alone exclude each', async () => {
    const { files } = await lint({ files: '!dev-setup/kind/**\n!charts/**' });
    expect(files).toEqual(['dev-setup/extra/images.yaml', 'hack/keep.yaml', 'imagevector/images.yaml']);
  });

  it('with positive patterns, ! lines filter the globs as before', async () => {
    const { run, files } = await lint({ files: '**/images.yaml\n!dev-setup/**' });
    expect(files).toEqual(['charts/images.yaml', 'imagevector/images.yaml']);
    expect(run.code).toBe(0);
    // A glob does not reach into what .gitignore excludes either.
    const ignored = await lint({ files: 'hack/**/*.yaml' });
    expect(ignored.files).toEqual(['hack/keep.yaml']);
  });

  it('without exclusions the gaps below dev-setup fail the run (the fixture does what the tests assume)', async () => {
    const { run, files } = await lint({});
    expect(files).toContain('dev-setup/kind/images.yaml');
    expect(files).not.toContain('hack/tmp/images.yaml');
    expect(run.code).toBe(1);
  });
});
