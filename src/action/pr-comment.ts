import type { CommentAuthor } from './comment-author.js';
import type { GitHubApi, IssueComment } from './github-api-helper.js';
import type { CommentMode } from './settings.js';

// One sticky comment per pull request and job, found again by a hidden marker:
// created on the first run, edited in place afterwards (never a second one),
// edited to the clean verdict once the findings are fixed. With `on-findings`
// a clean pull request gets no new comment, but an existing one is updated.
//
// Only the token's own comments count (marker AND author): a comment by anyone
// else that carries the marker is ignored, never edited. The marker may stand
// anywhere in the comment (a maintainer may add text above it). Two runs in
// flight at once may both create one: after creating, a run lists the newest
// comments again and keeps the oldest of its own, deleting the others.

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

/** How far before its first listing a run looks for a concurrent run's comment (clock steps of GitHub's timestamps). */
const DUPLICATE_WINDOW_MS = 60_000;

export function commentMarker(key: string): string {
  return `<!-- imagevector-lint:${key} -->`;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not-needed';

export interface StickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  key: string;
  /** Markdown without the marker. */
  body: string;
  mode: Exclude<CommentMode, 'off'>;
  /** No finding to report: with `on-findings`, no new comment. */
  clean: boolean;
  /** Whose comments are the action's own. */
  author: CommentAuthor;
}

export interface CommentResult {
  outcome: CommentOutcome;
  url?: string;
  /** Comments that carry the marker but are not the token's: left alone. */
  ignored: number;
  /** Duplicates of the action's own comment it deleted (concurrent runs). */
  removedDuplicates: number;
  /** Listing again for a concurrent run's duplicate failed (the comment was created). */
  duplicateCheckFailed?: unknown;
  /** The created comment's author is not the account the action took for its own. */
  authorMismatch?: { expected: string; actual: string };
}

export async function upsertStickyComment(api: GitHubApi, request: StickyComment): Promise<CommentResult> {
  const marker = commentMarker(request.key);
  const body = `${marker}\n${request.body}`;
  if (body.length > MAX_COMMENT_CHARS) {
    throw new Error(`comment body has ${body.length} characters, more than GitHub's ${MAX_COMMENT_CHARS}`);
  }
  const { owner, repo, issueNumber, author } = request;
  const found = await findOwnComment(api, request, marker);
  const { ignored } = found;
  const existing = found.comment;
  if (!existing) {
    if (request.mode === 'on-findings' && request.clean) return { outcome: 'not-needed', ignored, removedDuplicates: 0 };
    const created = await api.createIssueComment(owner, repo, issueNumber, body);
    const since = new Date((found.listedAt ?? Date.now()) - DUPLICATE_WINDOW_MS).toISOString();
    const mismatch = await authorMismatch(author, created);
    let kept: { comment: IssueComment; removed: number };
    try {
      kept = await removeDuplicates(api, request, marker, created, since);
    } catch (error) {
      // The comment exists: say so, and that a concurrent duplicate may be left.
      return { outcome: 'created', url: created.url, ignored, removedDuplicates: 0, duplicateCheckFailed: error, ...(mismatch ? { authorMismatch: mismatch } : {}) };
    }
    const result: CommentResult = { outcome: 'created', url: created.url, ignored, removedDuplicates: kept.removed, ...(mismatch ? { authorMismatch: mismatch } : {}) };
    if (kept.comment.id === created.id) return result;
    // A concurrent run's comment is older: it stays, with this run's text.
    if (normalize(kept.comment.body) === normalize(body)) return { ...result, outcome: 'unchanged', url: kept.comment.url };
    const updated = await api.updateIssueComment(owner, repo, kept.comment.id, body);
    return { ...result, outcome: 'updated', url: updated.url };
  }
  if (normalize(existing.body) === normalize(body)) return { outcome: 'unchanged', url: existing.url, ignored, removedDuplicates: 0 };
  const updated = await api.updateIssueComment(owner, repo, existing.id, body);
  return { outcome: 'updated', url: updated.url, ignored, removedDuplicates: 0 };
}

/** The oldest comment that carries the marker and is the token's own; reads pages only until found. */
async function findOwnComment(
  api: GitHubApi,
  request: StickyComment,
  marker: string,
): Promise<{ comment?: IssueComment; ignored: number; listedAt?: number }> {
  let ignored = 0;
  let listedAt: number | undefined;
  for await (const page of api.issueCommentPages(request.owner, request.repo, request.issueNumber)) {
    listedAt ??= page.serverTime ?? Date.now();
    for (const comment of page.comments) {
      if (!comment.body.includes(marker)) continue;
      if (await request.author.wrote(comment.user)) return { comment, ignored, listedAt };
      ignored++;
    }
  }
  return { ignored, listedAt };
}

/**
 * After creating: the token's own comments with the marker updated since just
 * before this run listed. Every run keeps the oldest (the lowest id) and deletes
 * the others, so concurrent runs agree on which one stays.
 */
async function removeDuplicates(
  api: GitHubApi,
  request: StickyComment,
  marker: string,
  created: IssueComment,
  since: string,
): Promise<{ comment: IssueComment; removed: number }> {
  const mine: IssueComment[] = [];
  for await (const page of api.issueCommentPages(request.owner, request.repo, request.issueNumber, since)) {
    for (const comment of page.comments) {
      if (comment.id === created.id || !comment.body.includes(marker) || !comment.user) continue;
      // The created comment's author is the token's account, whatever was assumed.
      const same = created.user ? comment.user.login.toLowerCase() === created.user.login.toLowerCase() : await request.author.wrote(comment.user);
      if (same) mine.push(comment);
    }
  }
  mine.push(created);
  mine.sort((a, b) => a.id - b.id);
  let removed = 0;
  for (const duplicate of mine.slice(1)) {
    if (await api.deleteIssueComment(request.owner, request.repo, duplicate.id)) removed++;
  }
  return { comment: mine[0]!, removed };
}

/** The created comment's author differs from the login the action took for its own (never asks: the author is the answer). */
async function authorMismatch(author: CommentAuthor, created: IssueComment): Promise<{ expected: string; actual: string } | undefined> {
  if (!created.user) return undefined;
  const expected = author.known;
  if (expected === undefined) {
    author.learn(created.user.login);
    return undefined;
  }
  return (await author.wrote(created.user)) ? undefined : { expected, actual: created.user.login };
}

function normalize(text: string): string {
  return text.replace(/\r\n/g, '\n').trim();
}

/**
 * Cuts Markdown to at most `maxChars`, at a line end, closing any open
 * `<details>`, and says where the rest is.
 */
export function fitMarkdown(markdown: string, maxChars: number, rest: string): string {
  if (markdown.length <= maxChars) return markdown;
  const tail = `\n\n… cut to fit. ${rest}\n`;
  let cut = markdown.slice(0, Math.max(0, maxChars - tail.length - 64));
  const lastNewline = cut.lastIndexOf('\n');
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  const fences = (cut.match(/^ {0,3}```/gm) ?? []).length;
  if (fences % 2 === 1) cut += '\n```';
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  return `${cut}${'\n</details>'.repeat(Math.max(0, open))}${tail}`;
}
