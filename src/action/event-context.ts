import * as fs from 'node:fs';

// What the workflow run is about, read from the runner's environment and the
// event payload (GITHUB_EVENT_PATH). Only the few fields the action uses.

export interface PullRequestContext {
  number: number;
  baseSha?: string;
  headSha?: string;
  /** The head repository differs from the base repository. */
  fromFork: boolean;
}

export interface EventContext {
  eventName: string;
  owner?: string;
  repo?: string;
  job: string;
  runId?: string;
  serverUrl: string;
  apiUrl: string;
  /** Set for pull_request, pull_request_target and other events whose payload names a pull request. */
  pullRequest?: PullRequestContext;
  /** The commit to compare with, derived from the event. */
  baseSha?: string;
  /** Link to this workflow run (its summary), when the run id is known. */
  runUrl?: string;
  /** Problems reading the event (a missing or garbled payload): warnings, the run goes on without what it lacks. */
  warnings: string[];
}

type Env = Record<string, string | undefined>;

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{7,64}$/i;

export function readEventContext(env: Env): EventContext {
  const warnings: string[] = [];
  const payload = readPayload(env['GITHUB_EVENT_PATH'], warnings);
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '');

  let owner: string | undefined;
  let repo: string | undefined;
  const qualified = env['GITHUB_REPOSITORY'];
  if (qualified && /^[^/]+\/[^/]+$/.test(qualified)) {
    [owner, repo] = qualified.split('/') as [string, string];
  } else {
    const repository = record(payload['repository']);
    const name = str(repository['name']);
    const login = str(record(repository['owner'])['login']);
    if (name && login) [owner, repo] = [login, name];
  }

  const pr = record(payload['pull_request']);
  let pullRequest: PullRequestContext | undefined;
  const number = typeof pr['number'] === 'number' ? pr['number'] : payload['number'];
  if (Object.keys(pr).length > 0 && typeof number === 'number') {
    const base = record(pr['base']);
    const head = record(pr['head']);
    const baseRepo = str(record(base['repo'])['full_name']);
    const headRepo = str(record(head['repo'])['full_name']);
    pullRequest = {
      number,
      baseSha: sha(base['sha']),
      headSha: sha(head['sha']),
      fromFork: Boolean(baseRepo && headRepo && baseRepo !== headRepo),
    };
  }

  let baseSha: string | undefined;
  if (pullRequest) baseSha = pullRequest.baseSha;
  else if (eventName === 'merge_group') baseSha = sha(record(payload['merge_group'])['base_sha']);
  else if (eventName === 'push') baseSha = sha(payload['before']);

  const runId = env['GITHUB_RUN_ID'] || undefined;
  const runUrl = runId && owner && repo ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined;

  return {
    eventName,
    owner,
    repo,
    job: env['GITHUB_JOB'] ?? '',
    runId,
    serverUrl,
    apiUrl,
    pullRequest,
    baseSha,
    runUrl,
    warnings,
  };
}

/** The payload the runner wrote; when it is missing or not JSON, an empty one and a warning (never an abort). */
function readPayload(file: string | undefined, warnings: string[]): Record<string, unknown> {
  if (!file) return {};
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    warnings.push(`Cannot read the event payload GITHUB_EVENT_PATH (${file}): ${code === 'ENOENT' ? 'no such file' : code ?? (error as Error).message}. Going on without it: no pull request, no base commit.`);
    return {};
  }
  try {
    return record(JSON.parse(text));
  } catch (error) {
    warnings.push(`The event payload GITHUB_EVENT_PATH (${file}) is not JSON (${(error as Error).message}). Going on without it: no pull request, no base commit.`);
    return {};
  }
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && SHA.test(value) && !ZERO_SHA.test(value) ? value : undefined;
}
