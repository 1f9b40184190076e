import { ApiRequestError, describeApiError } from './github-api-errors.js';

// The one warning a failed pull request comment gives: what failed, in the
// words of what it is. Only a 403 on a fork's pull request under `pull_request`
// (whose token is read-only) is blamed on the fork.

export interface CommentContext {
  eventName: string;
  owner: string;
  repo: string;
  number: number;
  /** The head repository differs from the base repository (the event payload says). */
  fromFork: boolean;
}

const KEPT = 'The findings are in the annotations and the job summary.';

export function explainCommentFailure(error: unknown, context: CommentContext): string {
  const what = describeApiError(error);
  if (error instanceof ApiRequestError) {
    const { status } = error;
    if (status === 401) {
      return `Could not comment on the pull request: GitHub refused the token (${what}): it is invalid, expired or revoked; check the 'token' input. ${KEPT}`;
    }
    if (status === 403) {
      if (context.fromFork && context.eventName === 'pull_request') {
        return (
          `Could not comment on the pull request (${what}): it comes from a fork, and pull requests from forks get a read-only token. ` +
          `See the README's "Pull requests from forks" for commenting anyway. ${KEPT}`
        );
      }
      const needs = error.acceptedPermissions ? ` (GitHub says it needs: ${error.acceptedPermissions})` : '';
      return (
        `Could not comment on the pull request (${what}): the token may not write comments here${needs}. ` +
        `Give the job \`permissions: pull-requests: write\`, or a token that may. ${KEPT}`
      );
    }
    if (status === 404 && /\/issues\/\d+\/comments$/.test(error.url)) {
      return (
        `Could not comment on the pull request: ${context.owner}/${context.repo} has no pull request #${context.number}, ` +
        `or the token cannot see the repository (${what} for ${error.method} ${error.url}). ${KEPT}`
      );
    }
    return `Could not update the pull request comment (${what} for ${error.method} ${error.url}). ${KEPT}`;
  }
  return `Could not update the pull request comment (${what}). ${KEPT}`;
}
