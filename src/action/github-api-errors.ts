// What went wrong talking to GitHub, named for what it is: a rate limit (with
// when it clears), a refused token, a missing resource, a connection that never
// opened, a body that is not what the API documents, or a request that got no
// answer in time. Messages carry the method, the path and GitHub's own message,
// never headers (the token).

export class RequestTimeoutError extends Error {
  constructor(readonly method: string, readonly url: string, readonly timeoutMs: number) {
    super(`${method} ${url} got no answer within ${formatSeconds(timeoutMs)}`);
    this.name = 'RequestTimeoutError';
  }
}

/** An HTTP error answer (4xx, 5xx) other than a rate limit. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    /** GitHub's message (first line, without the documentation link), or what the body was. */
    readonly githubMessage: string,
    /** `x-accepted-github-permissions`: what the operation needs, when GitHub says. */
    readonly acceptedPermissions?: string,
  ) {
    super(`HTTP ${status}: ${githubMessage}`);
    this.name = 'ApiRequestError';
  }

  static from(error: unknown, method: string, url: string): Error {
    const status = (error as { status?: unknown } | null)?.status;
    if (typeof status !== 'number') return error instanceof Error ? error : new Error(String(error));
    const response = (error as { response?: { data?: unknown; headers?: Record<string, unknown> } }).response;
    const data = response?.data;
    let message: string;
    const text = (data as { message?: unknown } | null)?.message;
    if (typeof text === 'string') message = firstLine(text);
    else if (typeof data === 'string' && !looksLikeHtml(data) && data.trim() !== '') message = firstLine(data);
    else if (response) message = describeBody(data, response.headers ?? {});
    else message = firstLine(error instanceof Error ? error.message : String(error));
    const accepted = response?.headers?.['x-accepted-github-permissions'];
    return new ApiRequestError(status, method, url, message, typeof accepted === 'string' ? accepted : undefined);
  }
}

export interface RateLimit {
  status: number;
  /** `primary` (the hourly quota is used up) or `secondary` (too many requests too fast). */
  kind: 'primary' | 'secondary';
  /** How long GitHub asks to wait before the next request. */
  waitMs: number;
  /** When the quota resets (primary), ms since the epoch. */
  resetAt?: number;
  /** The headers that said so, for the message. */
  evidence: string;
}

export class RateLimitError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly limit: RateLimit,
    readonly waitedMs: number,
    reason: string,
  ) {
    const what = limit.kind === 'primary' ? "GitHub's API rate limit is used up" : "GitHub's secondary rate limit was hit (too many requests too fast)";
    const when = limit.resetAt !== undefined ? `; it resets at ${new Date(limit.resetAt).toISOString().slice(11, 19)} UTC` : `; GitHub asks to wait ${formatSeconds(limit.waitMs)}`;
    super(`${what}: ${method} ${url} answered HTTP ${limit.status} (${limit.evidence})${when}. Gave up after waiting ${formatSeconds(waitedMs)}: ${reason}`);
    this.name = 'RateLimitError';
  }

  get status(): number {
    return this.limit.status;
  }
}

export class ConnectionError extends Error {
  constructor(readonly method: string, readonly url: string, readonly code: string) {
    super(`could not connect to ${hostOf(url)} (${CONNECTION_CODES[code] ? `${CONNECTION_CODES[code]}, ` : ''}${code}) for ${method} ${pathOf(url)}`);
    this.name = 'ConnectionError';
  }
}

/** A success answer whose body is not what the operation documents. */
export class BadResponseError extends Error {
  constructor(readonly where: string, readonly got: string, readonly expected: string) {
    super(`${where} answered with ${got} instead of ${expected}`);
    this.name = 'BadResponseError';
  }
}

const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  UND_ERR_SOCKET: 'connection closed by the other side',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in the chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not verifiable',
};

/**
 * The network error code when a request never got an HTTP answer (Octokit
 * reports those as status 500 without a response), else undefined.
 */
export function connectionErrorCode(error: unknown): string | undefined {
  const e = error as { status?: unknown; response?: unknown } | null;
  if (e === null || typeof e !== 'object' || e.response !== undefined) return undefined;
  if (e.status !== undefined && e.status !== 500) return undefined;
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const node = queue.shift();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const code = (node as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
    queue.push((node as { cause?: unknown }).cause);
    const errors = (node as { errors?: unknown }).errors;
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return undefined;
}

/**
 * A rate limit, as GitHub documents it: 403 or 429 with `x-ratelimit-remaining: 0`
 * (wait until `x-ratelimit-reset`), or with `retry-after` (wait that long), or a
 * 429 or a 403 whose message names a rate limit (wait a minute).
 */
export function rateLimitOf(error: unknown, now: number): RateLimit | undefined {
  const e = error as { status?: unknown; response?: { headers?: Record<string, unknown>; data?: unknown } } | null;
  const status = e?.status;
  if (status !== 403 && status !== 429) return undefined;
  const headers = e?.response?.headers ?? {};
  const header = (name: string) => (typeof headers[name] === 'string' ? (headers[name] as string).trim() : undefined);
  const retryAfter = header('retry-after');
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    const date = Date.parse(retryAfter);
    const waitMs = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : Number.isNaN(date) ? 60_000 : Math.max(0, date - now);
    return { status, kind: header('x-ratelimit-remaining') === '0' ? 'primary' : 'secondary', waitMs, evidence: `retry-after: ${retryAfter}` };
  }
  if (header('x-ratelimit-remaining') === '0') {
    const reset = Number(header('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) {
      const resetAt = reset * 1000;
      return { status, kind: 'primary', waitMs: Math.max(0, resetAt - now) + 1_000, resetAt, evidence: 'x-ratelimit-remaining: 0' };
    }
    return { status, kind: 'primary', waitMs: 60_000, evidence: 'x-ratelimit-remaining: 0' };
  }
  const message = String((e?.response?.data as { message?: unknown } | null)?.message ?? '');
  if (status === 429 || /rate limit/i.test(message)) {
    return { status, kind: 'secondary', waitMs: 60_000, evidence: status === 429 ? 'Too Many Requests' : firstLine(message) };
  }
  return undefined;
}

/** What a body was, in a few words, for a message. */
export function describeBody(data: unknown, headers: Record<string, unknown>): string {
  const type = typeof headers['content-type'] === 'string' ? (headers['content-type'] as string).split(';')[0]!.trim() : '';
  if (data === undefined || data === null) return 'no data';
  if (typeof data === 'string') {
    if (data.trim() === '') return 'an empty body';
    if (looksLikeHtml(data) || type === 'text/html') return `an HTML page${type ? ` (${type})` : ''}`;
    return `text that is not JSON${type ? ` (${type})` : ''}`;
  }
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return `binary data${type ? ` (${type})` : ''}`;
  if (Array.isArray(data)) return 'a JSON list';
  if (typeof data === 'object') return 'a JSON object of another shape';
  return `the JSON value ${JSON.stringify(data).slice(0, 40)}`;
}

/** The HTTP status an error carries, if it is an HTTP answer. */
export function httpStatus(error: unknown): number | undefined {
  if (error instanceof ApiRequestError || error instanceof RateLimitError) return error.status;
  if (error instanceof RequestTimeoutError || error instanceof ConnectionError || error instanceof BadResponseError) return undefined;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** One line for a log: what happened, never headers (the token). */
export function describeApiError(error: unknown): string {
  if (error instanceof Error) {
    const graphqlErrors = (error as { errors?: unknown }).errors;
    if (error.name === 'GraphqlResponseError' && Array.isArray(graphqlErrors)) {
      const first = (graphqlErrors[0] as { message?: unknown } | undefined)?.message;
      return `GraphQL error: ${firstLine(String(first ?? error.message))}`;
    }
    return firstLine(error.message);
  }
  return firstLine(String(error));
}

function firstLine(message: string): string {
  // Octokit appends GitHub's documentation URL to the message: one line is enough.
  return (message.split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '').slice(0, 300);
}

function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype|html|head|body|\?xml|!--)/i.test(text);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
