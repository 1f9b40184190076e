import type { GitHubApi } from './github-api-helper.js';
import type { CommentMode } from './settings.js';

// One sticky comment per pull request and job, found again by a hidden marker:
// created on the first run, edited in place afterwards (never a second one),
// edited to the clean verdict once the findings are fixed. With `on-findings`
// a clean pull request gets no new comment, but an existing one is updated.

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

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
}

export async function upsertStickyComment(
  api: GitHubApi,
  request: StickyComment,
): Promise<{ outcome: CommentOutcome; url?: string }> {
  const marker = commentMarker(request.key);
  const body = `${marker}\n${request.body}`;
  if (body.length > MAX_COMMENT_CHARS) {
    throw new Error(`comment body has ${body.length} characters, more than GitHub's ${MAX_COMMENT_CHARS}`);
  }
  const { owner, repo, issueNumber } = request;
  const existing = await api.findIssueComment(owner, repo, issueNumber, (text) => isOurs(text, marker));
  if (!existing) {
    if (request.mode === 'on-findings' && request.clean) return { outcome: 'not-needed' };
    const created = await api.createIssueComment(owner, repo, issueNumber, body);
    return { outcome: 'created', url: created.url };
  }
  if (normalize(existing.body) === normalize(body)) return { outcome: 'unchanged', url: existing.url };
  const updated = await api.updateIssueComment(owner, repo, existing.id, body);
  return { outcome: 'updated', url: updated.url };
}

/** The marker opens the comment: a user quoting it further down does not make a comment ours. */
function isOurs(text: string, marker: string): boolean {
  return text.trimStart().startsWith(marker);
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
