import * as github from '@actions/github';

// The few GitHub REST calls the action makes, on one Octokit with a time limit
// per request and no retries. Every request is counted, so a run can say (and a
// test can check) how many it made.

type Octokit = ReturnType<typeof github.getOctokit>;

export interface IssueComment {
  id: number;
  body: string;
  url?: string;
}

export class RequestTimeoutError extends Error {
  constructor(readonly method: string, readonly url: string, readonly timeoutMs: number) {
    super(`${method} ${url} got no answer within ${formatSeconds(timeoutMs)}`);
    this.name = 'RequestTimeoutError';
  }
}

export interface ApiOptions {
  token: string;
  baseUrl: string;
  timeoutMs: number;
}

export const COMMENTS_PER_PAGE = 100;
/** A bound on pages read while looking for the sticky comment (10,000 comments). */
const MAX_COMMENT_PAGES = 100;

export class GitHubApi {
  private readonly octokit: Octokit;
  private count = 0;

  constructor(options: ApiOptions) {
    this.octokit = github.getOctokit(options.token, {
      baseUrl: options.baseUrl,
      userAgent: 'imagevector-lint-action',
      // Octokit has no retry plugin here: one attempt per call.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
    this.octokit.hook.wrap('request', async (request, endpoint) => {
      this.count++;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), options.timeoutMs);
      endpoint.request = { ...endpoint.request, signal: controller.signal };
      try {
        return await request(endpoint);
      } catch (error) {
        if (controller.signal.aborted) {
          throw new RequestTimeoutError(endpoint.method, stripQuery(endpoint.url), options.timeoutMs);
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /** HTTP requests made so far. */
  get requests(): number {
    return this.count;
  }

  /** The first comment (oldest first) whose body satisfies `match`; reads pages only until found. */
  async findIssueComment(
    owner: string,
    repo: string,
    issueNumber: number,
    match: (body: string) => boolean,
  ): Promise<IssueComment | undefined> {
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
      const response = await this.octokit.rest.issues.listComments({
        owner,
        repo,
        issue_number: issueNumber,
        per_page: COMMENTS_PER_PAGE,
        page,
      });
      for (const comment of response.data) {
        const body = comment.body ?? '';
        if (match(body)) return { id: comment.id, body, url: comment.html_url };
      }
      const hasNext = /\brel="next"/.test(String(response.headers.link ?? ''));
      if (!hasNext || response.data.length < COMMENTS_PER_PAGE) return undefined;
    }
    return undefined;
  }

  async createIssueComment(owner: string, repo: string, issueNumber: number, body: string): Promise<IssueComment> {
    const response = await this.octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { id: response.data.id, body: response.data.body ?? body, url: response.data.html_url };
  }

  async updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<IssueComment> {
    const response = await this.octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    return { id: response.data.id, body: response.data.body ?? body, url: response.data.html_url };
  }

  /** A file's bytes at a commit, or undefined when the commit has no such file. */
  async getFileAtRef(owner: string, repo: string, filePath: string, ref: string): Promise<Uint8Array | undefined> {
    let data: unknown;
    try {
      ({ data } = await this.octokit.rest.repos.getContent({ owner, repo, path: filePath, ref }));
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
    if (Array.isArray(data) || typeof data !== 'object' || data === null) return undefined;
    const file = data as { type?: string; encoding?: string; content?: string; size?: number };
    if (file.type !== 'file') return undefined;
    if (file.encoding === 'base64' && typeof file.content === 'string') {
      return new Uint8Array(Buffer.from(file.content, 'base64'));
    }
    // Files over 1 MB come without content: ask for the raw bytes.
    const raw = await this.octokit.rest.repos.getContent({ owner, repo, path: filePath, ref, mediaType: { format: 'raw' } });
    const text = raw.data as unknown;
    return new Uint8Array(typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.alloc(0));
  }
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  if (error instanceof RequestTimeoutError) return undefined;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** One line for a log: status and GitHub's message, never headers (the token). */
export function describeApiError(error: unknown): string {
  if (error instanceof RequestTimeoutError) return error.message;
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  // Octokit appends GitHub's documentation URL to the message: one line is enough.
  const firstLine = message.split('\n')[0]!.replace(/ - https:\/\/docs\.github\.com\S*$/, '').slice(0, 300);
  return status !== undefined ? `HTTP ${status}: ${firstLine}` : firstLine;
}

function stripQuery(url: string): string {
  const i = url.indexOf('?');
  return i < 0 ? url : url.slice(0, i);
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
