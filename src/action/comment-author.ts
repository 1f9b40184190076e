import { describeApiError } from './github-api-errors.js';
import type { CommentUser } from './github-api-helper.js';

// Whose comments are the action's own: the token's account. Anyone can post a
// comment carrying the hidden marker; only the token's own comments count as
// the sticky comment (and are ever edited or deleted).
//
// - the workflow's GITHUB_TOKEN posts as `github-actions[bot]`: known without asking;
// - the input `comment-author` names the account outright (no request);
// - any other token (a PAT, a GitHub App's installation token) is asked once per
//   run, and only when a comment carries the marker, through GraphQL's `viewer`
//   (REST `GET /user` answers 403 for installation tokens).

export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

export class CommentAuthor {
  private login?: Promise<string>;
  private settled?: string;

  /**
   * @param known the login when it is known without asking
   * @param ask asks the API for the token's login (called at most once)
   * @param installationToken the token is a GitHub App's (`ghs_`): its account is a bot
   */
  constructor(
    known: string | undefined,
    private readonly ask: () => Promise<string>,
    private readonly installationToken: boolean,
  ) {
    if (known) {
      this.login = Promise.resolve(known);
      this.settled = known;
    }
  }

  static forToken(options: { token: string; workflowToken?: string; commentAuthor?: string }, ask: () => Promise<string>): CommentAuthor {
    const known = options.commentAuthor || (options.workflowToken && options.token === options.workflowToken ? WORKFLOW_TOKEN_LOGIN : undefined);
    return new CommentAuthor(known, ask, options.token.startsWith('ghs_'));
  }

  /** The token's login (asked at most once). */
  who(): Promise<string> {
    this.login ??= this.ask().then(
      (login) => (this.settled = login),
      (error: unknown) => {
        throw new Error(
          `could not tell which account the token belongs to, to find the action's own comment (${describeApiError(error)}); set the input 'comment-author'`,
          { cause: error },
        );
      },
    );
    return this.login;
  }

  /** The login if known by now, without asking. */
  get known(): string | undefined {
    return this.settled;
  }

  /** Takes the author of a comment the token just created as its login, unless one is known. */
  learn(login: string): void {
    if (this.login) return;
    this.login = Promise.resolve(login);
    this.settled = login;
  }

  /** Whether a comment by `user` is the token's own. */
  async wrote(user: CommentUser | undefined): Promise<boolean> {
    if (!user) return false;
    return sameAccount(await this.who(), user, this.installationToken);
  }
}

/**
 * Logins compare without case. GraphQL may name an app's account without the
 * `[bot]` that REST shows: for an installation token that is the same account
 * (no user login can contain brackets, so `name[bot]` is always the app's bot).
 */
export function sameAccount(login: string, user: CommentUser, installationToken: boolean): boolean {
  const a = login.toLowerCase();
  const b = user.login.toLowerCase();
  if (a === b) return true;
  return installationToken && user.type === 'Bot' && !a.endsWith('[bot]') && b === `${a}[bot]`;
}
