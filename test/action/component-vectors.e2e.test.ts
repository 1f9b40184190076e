import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApiStandIn } from './support/github-api.js';
import { assertBundleIsFresh, makeRepository, OWNER, REPO, runAction, TOKEN } from './support/run-action.js';

// Input `component-vectors: go.mod`, through the built action and the API
// stand-in (every request checked against GitHub's OpenAPI description): the
// docs' component overwrite names `etcd`, which etcd-druid's vector no longer has.

const fixture = (name: string) => readFileSync(new URL(`../fixtures/gardener-docs/${name}`, import.meta.url), 'utf8');
const DRUID_VECTOR = 'gardener/etcd-druid@v0.37.1:internal/images/images.yaml';
const GO_MOD = 'module github.com/octo-org/gardener-ext\n\ngo 1.24\n\nrequire (\n\tgithub.com/gardener/etcd-druid/api v0.37.1\n\tgithub.com/gardener/gardener v1.120.0\n)\n';

const standIn = new GitHubApiStandIn(OWNER, REPO, TOKEN);
let apiUrl = '';
beforeAll(async () => {
  assertBundleIsFresh();
  apiUrl = await standIn.start();
  standIn.publicFiles.set(DRUID_VECTOR, Buffer.from(fixture('etcd-druid-images.yaml')));
});
afterAll(async () => {
  await standIn.stop();
});
afterEach(() => {
  expect(standIn.violations).toEqual([]);
});

function workspace(goMod: string | undefined) {
  const files: Record<string, string> = { 'components-overwrite.yaml': fixture('components-overwrite.yaml') };
  if (goMod !== undefined) files['go.mod'] = goMod;
  return makeRepository([files]);
}

async function dispatch(dir: string, inputs: Record<string, string>) {
  const before = standIn.requests.length;
  const run = await runAction({ workspace: dir, eventName: 'workflow_dispatch', payload: { inputs: {}, ref: 'refs/heads/main' }, apiUrl, inputs });
  return { run, requests: standIn.since(before) };
}

describe('component-vectors: go.mod', () => {
  it("the docs' component example against etcd-druid's vector at the pinned tag: an error for `etcd`, did you mean `etcd-wrapper`", async () => {
    const { run, requests } = await dispatch(workspace(GO_MOD).dir, { 'component-vectors': 'go.mod' });
    expect(run.code).toBe(1);
    const errors = run.commands.filter((c) => c.startsWith('::error '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('title=unknown-image');
    expect(errors[0]).toContain('file=components-overwrite.yaml,line=5');
    expect(errors[0]).toContain('did you mean `etcd-wrapper`?');
    // One request, for the vector at the tag go.mod pins.
    expect(requests.map((r) => `${r.operationId} ${decodeURIComponent(r.path)} ${r.query.ref}`)).toEqual([
      'repos/get-content /repos/gardener/etcd-druid/contents/internal/images/images.yaml v0.37.1',
    ]);
    expect(run.stdout).toContain('Component etcd-druid: its image vector at v0.37.1');
  });
  it('off (the default): no request, no error', async () => {
    const { run, requests } = await dispatch(workspace(GO_MOD).dir, {});
    expect(run.code).toBe(0);
    expect(requests).toEqual([]);
  });
  it('a tag without the vector, or no go.mod: a warning, the overwrite is not judged against it', async () => {
    const missing = await dispatch(workspace(GO_MOD.replace('v0.37.1', 'v0.37.9')).dir, { 'component-vectors': 'go.mod' });
    expect(missing.run.code).toBe(0);
    expect(missing.run.commands.some((c) => c.startsWith('::warning::') && c.includes('etcd-druid@v0.37.9:internal/images/images.yaml does not exist'))).toBe(true);
    const none = await dispatch(workspace(undefined).dir, { 'component-vectors': 'go.mod' });
    expect(none.run.code).toBe(0);
    expect(none.requests).toEqual([]);
    expect(none.run.commands.some((c) => c.startsWith('::warning::') && c.includes('no go.mod'))).toBe(true);
  });
});
