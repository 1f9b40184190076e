import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

// A stand-in for GitHub's REST API on 127.0.0.1: every request is checked
// against GitHub's published OpenAPI description (the operations the action
// uses, cut by test/fixtures/action/extract-openapi.mjs) — method, path, path
// and query parameters, request body — and answered with the operation's
// documented example, filled with state kept in memory (comments, files).
// Every answer is checked against the documented response schema as well, so
// the stand-in cannot drift from what GitHub sends.
//
// Each token is an account (`users`): comments remember their author, and the
// GraphQL endpoint answers `viewer { login }` (the one query the action sends;
// GraphQL is outside the REST description, so that query is checked
// verbatim). Faults reproduce what GitHub (or the network) does when things go
// wrong: rate limits with GitHub's headers, a refused token, 200 answers whose
// body is HTML or empty, a missing pull request.

const SPEC_FILE = fileURLToPath(new URL('../../fixtures/action/github-openapi-subset.json', import.meta.url));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, any>;

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId?: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

export type Fault =
  | { kind: 'none' }
  /** Writes refused as for a fork's read-only token. */
  | { kind: 'forbidden-writes' }
  /** Every request answered with HTTP 500. */
  | { kind: 'server-error' }
  /** Requests are accepted and never answered. */
  | { kind: 'hang' }
  /**
   * The next `times` requests (default: all) are rate limited: `primary` is GitHub's
   * 403 with `x-ratelimit-remaining: 0` and a reset `resetInSeconds` away; `secondary`
   * is 429 (or 403) with `retry-after`.
   */
  | { kind: 'rate-limit'; limit: 'primary' | 'secondary'; status?: 403 | 429; retryAfterSeconds?: number; resetInSeconds?: number; times?: number }
  /** Every request answered 401 Bad credentials. */
  | { kind: 'unauthorized' }
  /** Comment lists and contents answered 200 with an HTML page (a proxy's login page, say). */
  | { kind: 'html-body' }
  /** Comment lists and contents answered 200 with an empty body. */
  | { kind: 'empty-body' }
  /** Comment lists and contents answered 200 with a JSON object of another shape. */
  | { kind: 'not-a-list' };

export interface Account {
  login: string;
  type: 'User' | 'Bot';
}

/** The account of the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', type: 'Bot' };

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  author: Account;
  createdAt: string;
  updatedAt: string;
}

export const VIEWER_QUERY = 'query { viewer { login } }';

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  pathParams: string[];
  spec: Obj;
}

export class GitHubApiStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** Edits and deletions of a comment by another account than its author's (the action must make none). */
  readonly foreignWrites: string[] = [];
  readonly comments: StoredComment[] = [];
  /** Files served by the contents API, by `${ref}:${path}`. */
  readonly files = new Map<string, Buffer>();
  /** Commits whose tree listing (git/get-tree, recursive) GitHub cuts short: `truncated: true`, half the entries. */
  readonly truncatedTrees = new Set<string>();
  /** Commits whose tree listing fails, with the status GitHub documents for the operation (404, 409, 422). */
  readonly treeFailures = new Map<string, 404 | 409 | 422>();
  /** Files of other public repositories (a component's own repository), by `${owner}/${repo}@${ref}:${path}`. */
  readonly publicFiles = new Map<string, Buffer>();
  /** Accounts by token; the constructor's token is github-actions[bot]. */
  readonly users = new Map<string, Account>();
  /** Pull requests that do not exist (their comment lists answer 404). */
  readonly missingIssues = new Set<number>();
  fault: Fault = { kind: 'none' };
  /** Before each answer (tests hold requests here to interleave runs). */
  beforeAnswer?: (request: RecordedRequest) => Promise<void>;

  private readonly doc: Obj;
  private readonly ajv: Ajv;
  private readonly operations: Operation[];
  private readonly validators = new Map<string, ValidateFunction>();
  private server?: Server;
  private readonly hanging = new Set<ServerResponse>();
  private nextId = 1_000_000_001;

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly token: string,
  ) {
    this.users.set(token, ACTIONS_BOT);
    this.doc = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Obj;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema(this.doc, 'openapi');
    this.operations = [];
    for (const [template, ops] of Object.entries(this.doc.paths as Obj)) {
      for (const [method, spec] of Object.entries(ops as Obj)) {
        const pathParams: string[] = [];
        const params = this.parameters(spec as Obj);
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
          pathParams.push(name);
          const multi = params.find((p) => p.name === name)?.['x-multi-segment'] === true;
          return multi ? '(.+)' : '([^/]+)';
        });
        this.operations.push({ method: method.toUpperCase(), template, regex: new RegExp(`^${source}$`), pathParams, spec: spec as Obj });
      }
    }
  }

  /** Starts listening on 127.0.0.1 (an ephemeral port); returns the base URL. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Requests made since index `from` (one run's share). */
  since(from: number): RecordedRequest[] {
    return this.requests.slice(from);
  }

  addComment(issueNumber: number, body: string, author: Account = ACTIONS_BOT): StoredComment {
    const now = new Date().toISOString();
    const comment = { id: this.nextId++, issueNumber, body, author, createdAt: now, updatedAt: now };
    this.comments.push(comment);
    return comment;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams.entries());
    const recorded: RecordedRequest = { method: req.method ?? '', path: url.pathname, query, headers: req.headers };
    this.requests.push(recorded);
    const where = `${recorded.method} ${url.pathname}${url.search}`;

    const auth = /^token (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const account = auth === undefined ? undefined : this.users.get(auth);
    if (!account) {
      this.violations.push(`${where}: authorization header is not the workflow token`);
    }
    if (this.beforeAnswer) await this.beforeAnswer(recorded);
    if (recorded.method === 'POST' && url.pathname === '/graphql') {
      return this.graphql(where, raw, res, account);
    }
    const found = this.match(recorded.method, url.pathname);
    if (!found) {
      this.violations.push(`${where}: no such operation in GitHub's OpenAPI description`);
      return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    const { op, params } = found;
    recorded.operationId = op.spec.operationId as string;
    this.validateParameters(where, op, params, query);

    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        this.violations.push(`${where}: request body is not JSON`);
      }
    }
    recorded.body = body;
    const requestBody = op.spec.requestBody as Obj | undefined;
    if (requestBody) {
      const schemaPath = `${pointerTo(op)}/requestBody/content/application~1json/schema`;
      if (body === undefined) {
        if (requestBody.required) this.violations.push(`${where}: request body required`);
      } else {
        this.check(where, 'request body', schemaPath, body);
      }
    } else if (raw.length > 0) {
      this.violations.push(`${where}: operation takes no request body`);
    }

    if (this.fault.kind === 'hang') {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    if (this.fault.kind === 'server-error') {
      return this.send(res, 500, { message: 'Server Error' });
    }
    if (this.fault.kind === 'unauthorized') {
      return this.send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    }
    if (this.fault.kind === 'rate-limit') {
      return this.rateLimited(where, res, this.fault);
    }
    if (recorded.operationId === 'issues/list-comments' || recorded.operationId === 'repos/get-content') {
      const kind = this.fault.kind;
      if (kind === 'html-body') {
        return this.sendRaw(res, 200, 'text/html; charset=utf-8', '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Sign in to continue</body></html>\n');
      }
      if (kind === 'empty-body') return this.sendRaw(res, 200, 'application/json; charset=utf-8', '');
      if (kind === 'not-a-list') return this.send(res, 200, { message: 'ok' });
    }
    if (this.fault.kind === 'forbidden-writes' && (recorded.method === 'POST' || recorded.method === 'PATCH')) {
      const error = {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
        status: '403',
      };
      this.check(where, 'response', '#/components/schemas/basic-error', error);
      // GitHub names the permissions an installation token lacks.
      return this.send(res, 403, error, { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' });
    }
    const answer = this.answer(op, params, query, body as Obj | undefined, account ?? ACTIONS_BOT);
    if (answer.status === 204) {
      res.writeHead(204);
      return void res.end();
    }
    if (answer.status < 300) {
      const contentType = answer.contentType ?? 'application/json';
      const schemaPath = `${pointerTo(op)}/responses/${answer.status}/content/${contentType.replace(/\//g, '~1')}/schema`;
      this.check(where, `response ${answer.status}`, schemaPath, answer.body);
    }
    this.send(res, answer.status, answer.body, answer.headers);
  }

  private answer(
    op: Operation,
    params: Record<string, string>,
    query: Record<string, string>,
    body: Obj | undefined,
    account: Account,
  ): { status: number; body: unknown; headers?: Record<string, string>; contentType?: string } {
    const notFound = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    const ours = params.owner === this.owner && params.repo === this.repo;
    if (!ours && op.spec.operationId !== 'repos/get-content') return notFound;
    switch (op.spec.operationId) {
      case 'issues/list-comments': {
        const issue = Number(params.issue_number);
        const perPage = Number(query.per_page ?? 30);
        const page = Number(query.page ?? 1);
        if (this.missingIssues.has(issue)) return notFound;
        // GitHub: `since` keeps comments updated at or after the time.
        const since = query.since === undefined ? undefined : Date.parse(query.since);
        const all = this.comments.filter((c) => c.issueNumber === issue && (since === undefined || Date.parse(c.updatedAt) >= since));
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        const last = Math.max(1, Math.ceil(all.length / perPage));
        if (page < last) {
          const base = `http://127.0.0.1${pathOf(op, params)}`;
          const extra = query.since === undefined ? '' : `&since=${encodeURIComponent(query.since)}`;
          headers.link = `<${base}?per_page=${perPage}${extra}&page=${page + 1}>; rel="next", <${base}?per_page=${perPage}${extra}&page=${last}>; rel="last"`;
        }
        return { status: 200, body: slice.map((c) => this.commentJson(c)), headers };
      }
      case 'issues/create-comment': {
        if (this.missingIssues.has(Number(params.issue_number))) return notFound;
        const comment = this.addComment(Number(params.issue_number), String(body?.body ?? ''), account);
        return { status: 201, body: this.commentJson(comment), headers: { location: this.commentUrl(comment) } };
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return notFound;
        if (comment.author.login !== account.login) this.foreignWrites.push(`PATCH comment ${comment.id} of ${comment.author.login} by ${account.login}`);
        comment.body = String(body?.body ?? '');
        comment.updatedAt = new Date().toISOString();
        return { status: 200, body: this.commentJson(comment) };
      }
      case 'issues/delete-comment': {
        const index = this.comments.findIndex((c) => c.id === Number(params.comment_id));
        if (index < 0) return notFound;
        const comment = this.comments[index]!;
        if (comment.author.login !== account.login) this.foreignWrites.push(`DELETE comment ${comment.id} of ${comment.author.login} by ${account.login}`);
        this.comments.splice(index, 1);
        return { status: 204, body: undefined };
      }
      case 'repos/get-content': {
        const filePath = decodeURIComponent(params.path ?? '');
        const bytes = ours
          ? this.files.get(`${query.ref ?? ''}:${filePath}`)
          : this.publicFiles.get(`${params.owner}/${params.repo}@${query.ref ?? ''}:${filePath}`);
        if (!bytes) return notFound;
        const example = this.example(op, '200', 'application/json', 'response-if-content-is-a-file') as Obj;
        const name = filePath.split('/').pop()!;
        return {
          status: 200,
          body: {
            ...example,
            name,
            path: filePath,
            size: bytes.length,
            encoding: 'base64',
            content: bytes.toString('base64').replace(/(.{60})/g, '$1\n'),
          },
        };
      }
      case 'git/get-tree': {
        // The tree of a commit: every file stored for `${sha}:…`, with its folders, as GitHub lists it.
        const sha = params.tree_sha ?? '';
        const failure = this.treeFailures.get(sha);
        if (failure === 422) return { status: 422, body: { message: 'Validation Failed', errors: [], documentation_url: 'https://docs.github.com/rest/git/trees' } };
        if (failure !== undefined) return { status: failure, body: { message: failure === 409 ? 'Git Repository is empty.' : 'Not Found', documentation_url: 'https://docs.github.com/rest/git/trees' } };
        const prefix = `${sha}:`;
        const paths = [...this.files.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
        if (paths.length === 0) return notFound;
        const folders = new Set<string>();
        for (const p of paths) for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) folders.add(p.slice(0, i));
        const api = `http://127.0.0.1/repos/${this.owner}/${this.repo}/git`;
        let tree: Obj[] = [
          ...[...folders].map((p) => ({ path: p, mode: '040000', type: 'tree', sha: gitObjectSha('tree', Buffer.from(p)), url: `${api}/trees/${gitObjectSha('tree', Buffer.from(p))}` })),
          ...paths.map((p) => {
            const bytes = this.files.get(prefix + p)!;
            const blob = gitObjectSha('blob', bytes);
            return { path: p, mode: '100644', type: 'blob', sha: blob, size: bytes.length, url: `${api}/blobs/${blob}` };
          }),
        ].sort((a, b) => (a.path < b.path ? -1 : 1));
        const truncated = this.truncatedTrees.has(sha);
        if (truncated) tree = tree.slice(0, Math.ceil(tree.length / 2));
        return { status: 200, body: { sha, url: `${api}/trees/${sha}`, tree, truncated } };
      }
      default:
        return { status: 501, body: { message: `stand-in does not implement ${op.spec.operationId as string}` } };
    }
  }

  private commentJson(comment: StoredComment): Obj {
    const example = this.doc.components.examples['issue-comment'].value as Obj;
    return {
      ...example,
      id: comment.id,
      node_id: `IC_${comment.id}`,
      body: comment.body,
      url: `http://127.0.0.1/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}`,
      html_url: this.commentUrl(comment),
      issue_url: `http://127.0.0.1/repos/${this.owner}/${this.repo}/issues/${comment.issueNumber}`,
      user: { ...(example.user as Obj), login: comment.author.login, type: comment.author.type },
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
    };
  }

  private commentUrl(comment: StoredComment): string {
    return `https://github.com/${this.owner}/${this.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`;
  }

  private example(op: Operation, status: string, contentType: string, name: string): unknown {
    const media = (op.spec.responses as Obj)[status].content[contentType] as Obj;
    const ref = media.examples[name].$ref as string | undefined;
    const example = ref ? (this.resolve(ref) as Obj) : (media.examples[name] as Obj);
    return structuredClone(example.value);
  }

  private match(method: string, pathname: string): { op: Operation; params: Record<string, string> } | undefined {
    for (const op of this.operations) {
      if (op.method !== method) continue;
      const m = op.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      op.pathParams.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { op, params };
    }
    return undefined;
  }

  private parameters(spec: Obj): Obj[] {
    return ((spec.parameters ?? []) as Obj[]).map((p) => (p.$ref ? (this.resolve(p.$ref as string) as Obj) : p));
  }

  private validateParameters(where: string, op: Operation, params: Record<string, string>, query: Record<string, string>): void {
    const declared = this.parameters(op.spec);
    for (const p of declared) {
      const value = p.in === 'path' ? params[p.name as string] : p.in === 'query' ? query[p.name as string] : undefined;
      if (p.in !== 'path' && p.in !== 'query') continue;
      if (value === undefined) {
        if (p.required) this.violations.push(`${where}: missing required ${p.in} parameter ${p.name as string}`);
        continue;
      }
      const schema = p.schema as Obj;
      const typed = schema.type === 'integer' || schema.type === 'number' ? Number(value) : value;
      if (schema.type === 'integer' && !Number.isInteger(typed)) {
        this.violations.push(`${where}: ${p.in} parameter ${p.name as string} is not an integer: ${value}`);
        continue;
      }
      const validate = this.ajv.compile(schema);
      if (!validate(typed)) {
        this.violations.push(`${where}: ${p.in} parameter ${p.name as string}: ${this.ajv.errorsText(validate.errors)}`);
      }
    }
    for (const name of Object.keys(query)) {
      if (!declared.some((p) => p.in === 'query' && p.name === name)) {
        this.violations.push(`${where}: query parameter ${name} is not in the operation's description`);
      }
    }
    // GitHub documents per_page as at most 100.
    if (query.per_page !== undefined && Number(query.per_page) > 100) {
      this.violations.push(`${where}: per_page above 100`);
    }
  }

  private check(where: string, what: string, schemaPath: string, value: unknown): void {
    let validate = this.validators.get(schemaPath);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi${schemaPath.startsWith('#') ? schemaPath : `#${schemaPath}`}` });
      this.validators.set(schemaPath, validate);
    }
    if (!validate(value)) {
      this.violations.push(`${where}: ${what} does not match the schema: ${this.ajv.errorsText(validate.errors)}`);
    }
  }

  private resolve(ref: string): unknown {
    let node: unknown = this.doc;
    for (const part of ref.replace(/^#\//, '').split('/')) {
      node = (node as Obj)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node;
  }

  /** POST /graphql: only the viewer query, answered for the token's account. */
  private graphql(where: string, raw: Buffer, res: ServerResponse, account: Account | undefined): void {
    let request: Obj | undefined;
    try {
      request = JSON.parse(raw.toString('utf8')) as Obj;
    } catch {
      this.violations.push(`${where}: GraphQL request body is not JSON`);
    }
    if (request?.query !== VIEWER_QUERY) this.violations.push(`${where}: unexpected GraphQL query ${JSON.stringify(request?.query)}`);
    if (this.fault.kind === 'unauthorized' || !account) {
      return this.send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' });
    }
    if (this.fault.kind === 'rate-limit') return this.rateLimited(where, res, this.fault);
    this.send(res, 200, { data: { viewer: { login: account.login } } });
  }

  private rateLimited(where: string, res: ServerResponse, fault: Extract<Fault, { kind: 'rate-limit' }>): void {
    if (fault.times !== undefined) {
      fault.times--;
      if (fault.times <= 0) this.fault = { kind: 'none' };
    }
    const reset = Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 600);
    if (fault.limit === 'primary') {
      const error = {
        message: 'API rate limit exceeded for installation ID 1234567.',
        documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        status: '403',
      };
      this.check(where, 'response', '#/components/schemas/basic-error', error);
      return this.send(res, fault.status ?? 403, error, {
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '1000',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core',
      });
    }
    const error = {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(fault.status ?? 429),
    };
    this.check(where, 'response', '#/components/schemas/basic-error', error);
    return this.send(res, fault.status ?? 429, error, { 'retry-after': String(fault.retryAfterSeconds ?? 60) });
  }

  private sendRaw(res: ServerResponse, status: number, contentType: string, text: string): void {
    res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body as Json);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-github-media-type': 'github.v3; format=json',
      ...headers,
    });
    res.end(text);
  }
}

/** A URL on 127.0.0.1 where nothing listens: connections are refused. */
export async function refusingUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Git's object name: SHA-1 of `<type> <size>\0<content>`. */
function gitObjectSha(type: string, content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex');
}

function pointerTo(op: Operation): string {
  return `#/paths/${op.template.replace(/~/g, '~0').replace(/\//g, '~1')}/${op.method.toLowerCase()}`;
}

function pathOf(op: Operation, params: Record<string, string>): string {
  return op.template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The formats GitHub's description uses, checked loosely (ajv-formats is not a dependency). */
function addFormats(ajv: Ajv): void {
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addFormat('uri-template', /^[^\s]*$/);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
}
