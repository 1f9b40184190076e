import * as core from '@actions/core';
import type { Finding, LintInput, Severity } from '../engine/types.js';
import { emitAnnotations, planAnnotations } from './annotations.js';
import type { BaseRevision, RevisionFileReader, RevisionTreeLister } from '../workspace/base-revision.js';
import { openBase, runLint } from '../workspace/lint-run.js';
import { realRoot } from '../workspace/confined-file.js';
import { revisionConfigReader, type ConfigFileReader } from '../workspace/config-loader.js';
import { vanishedVectors } from '../workspace/vanished-vectors.js';
import { loadConfig } from './config-file.js';
import { componentVectorsFromGoMod } from './component-vectors.js';
import { withComponentVectors } from '../engine/config.js';
import { discoveryNegations, findVectorFiles, type Discovery } from '../workspace/file-discovery.js';
import { Exclusions } from '../workspace/exclusions.js';
import * as path from 'node:path';
import { describeApiError, formatSeconds, GitHubApi } from './github-api-helper.js';
import { CommentAuthor } from './comment-author.js';
import { explainCommentFailure } from './comment-failure.js';
import { KeptBytes, readInputs } from '../workspace/read-inputs.js';
import { setOutputs, writeReports } from './outputs.js';
import { upsertStickyComment } from './pr-comment.js';
import { git } from '../workspace/git-helper.js';
import type { EventContext } from './event-context.js';
import { getSettings, type ActionSettings, type FailLevel } from './settings.js';
import { renderCommentBody, renderSummary, type RunReport } from './summary.js';
import * as log from './log.js';

// The run, start to end. Every step that talks to the outside world after the
// lint (summary, files, API) may fail on its own: it becomes a warning, and the
// others still happen. Only a bad input or an unreadable workspace stops the run.

/** Files the API fallback may read at the base commit (one request each). */
const MAX_API_BASE_FILES = 20;

export async function run(event?: EventContext): Promise<void> {
  const settings = getSettings(process.env, event);
  for (const warning of settings.event.warnings) log.warning(warning);
  const api = settings.token
    ? new GitHubApi({
        token: settings.token,
        baseUrl: settings.event.apiUrl,
        timeoutMs: settings.requestTimeoutMs,
        onWait: (ms, reason) => log.info(`Rate limited: ${reason}; waiting ${formatSeconds(ms)} before retrying.`),
      })
    : undefined;
  // The base first: with `config-from: base` the configuration comes from it.
  const base = await openBase(
    settings.baseSha
      ? {
          sha: settings.baseSha,
          fallback: apiFileReader(api, settings.event.owner, settings.event.repo),
          listTree: apiTreeLister(api, settings.event.owner, settings.event.repo),
          maxFallbackFiles: MAX_API_BASE_FILES,
          fetch: true,
          unreadableHint: 'not in the checkout, and no token for the API',
        }
      : undefined,
    {
      workspace: settings.workspace,
      noBaseNote: 'No base commit to compare with (this event has none): every file counts as changed.',
      log: (message) => log.info(message),
      warn: (message) => log.warning(message),
    },
  );
  const loaded = await loadConfig(settings, configReader(settings, base.revision));
  const exclusions = new Exclusions({
    workspace: settings.workspace,
    ignore: { patterns: loaded.config.ignore ?? [], folder: path.dirname(path.join(settings.workspace, settings.configFile)), file: settings.configFile },
    negations: discoveryNegations(settings.files),
    gitignore: true,
  });
  // The bytes discovery reads to learn a file's kind are the ones linted (within a budget, see KeptBytes).
  const kept = new KeptBytes();
  const discovery = await findVectorFiles(settings.workspace, settings, loaded.config.maxFileBytes, exclusions, kept);
  for (const warning of discovery.warnings) log.warning(warning);
  if (discovery.files.length === 0) {
    log.warning(
      discovery.byContent
        ? 'No image vector found in the repository. Name the vectors with the `files` input.'
        : 'No file to lint.',
    );
  } else {
    log.info(`Linting ${discovery.files.length} file(s)${discovery.byContent ? ' (found by content)' : ''}.`);
  }

  await warnIfBaseCheckedOut(settings);
  // Only a component overwrite needs a component's own vector.
  if (settings.componentVectors === 'go.mod' && discovery.files.some((file) => file.kind === 'components')) {
    const found = await componentVectorsFromGoMod({ workspace: settings.workspace, api, config: loaded.config, maxFileBytes: loaded.config.maxFileBytes });
    for (const note of found.notes) log.info(note);
    for (const warning of found.warnings) log.warning(warning);
    loaded.config = withComponentVectors(loaded.config, found.vectors);
  }
  const headInputs = readInputs(settings.workspace, discovery.files, loaded.config.maxFileBytes, kept);
  headInputs.push(...(await vanished(settings, base.revision, discovery, loaded.config.maxFileBytes)));
  const run = await runLint({
    workspace: settings.workspace,
    headInputs,
    config: loaded.config,
    configFindings: loaded.findings,
    configFile: settings.configFile,
    configContent: loaded.content,
    patterns: settings,
    byContent: discovery.byContent,
    missing: discovery.missing,
    exclude: (file) => exclusions.excluded(file) !== undefined,
    base,
    report: settings.report,
    warn: (message) => log.warning(message),
  });
  const { comparison, scope, reported, unreported } = run;
  const failed = reachesFailLevel(reported, settings.failOn);

  const report: RunReport = {
    result: { ...run.head, findings: run.all },
    reported,
    unreported,
    comparison,
    baseNote: run.baseNote,
    failOn: settings.failOn,
    reportMode: settings.report,
    failed,
    runUrl: settings.event.runUrl,
    commentKey: settings.commentKey,
  };

  const where = settings.event.runUrl ? `the job summary (${settings.event.runUrl})` : 'the job summary';
  emitAnnotations(planAnnotations(reported, scope, where, { reserveError: failed }));

  try {
    await core.summary.addRaw(renderSummary(report), true).write();
  } catch (error) {
    log.warning(`Could not write the job summary: ${(error as Error).message}`);
  }

  const paths = writeReports(settings, report, loaded.config);
  setOutputs(report, paths);

  if (settings.event.pullRequest && settings.comment !== 'off') {
    await comment(settings, api, report);
  }

  const notReported = settings.report === 'new' ? 'already at the base commit' : 'in unchanged files';
  log.info(`Findings: ${counts(reported)} reported${unreported.length > 0 ? `, ${unreported.length} ${notReported} not reported` : ''}.`);
  if (api) {
    const waited = api.waitedForRateLimitsMs;
    log.info(`GitHub API requests: ${api.requests}.${waited > 0 ? ` Waited ${formatSeconds(waited)} for rate limits.` : ''}`);
  }
  if (failed) {
    log.setFailed(`imagevector-lint: ${counts(reported)}; the step fails on ${settings.failOn === 'warning' ? 'warnings and errors' : 'errors'} (input 'fail-on').`);
  }
}

/** `config-from: base`: the base commit's configuration; without a base commit, the checkout's (with a warning). */
function configReader(settings: ActionSettings, revision: BaseRevision | undefined): ConfigFileReader | undefined {
  if (settings.configFrom !== 'base') return undefined;
  if (!revision) {
    log.warning("Input 'config-from' is 'base', but there is no base commit to read: the configuration is read from the checkout.");
    return undefined;
  }
  log.info(`Reading the configuration from the base commit ${revision.sha.slice(0, 12)} (config-from: base).`);
  return revisionConfigReader(revision, realRoot(settings.workspace));
}

/** Vectors of the base that the checkout has made unreadable: linted anyway (a finding, not a silent pass). */
async function vanished(settings: ActionSettings, revision: BaseRevision | undefined, discovery: Discovery, maxFileBytes: number): Promise<LintInput[]> {
  if (!revision) return [];
  try {
    return await vanishedVectors(revision, discovery, settings, settings.workspace, maxFileBytes);
  } catch (error) {
    log.warning(`Could not check the base commit for vectors that became unreadable: ${(error as Error).message}.`);
    return [];
  }
}

/** The contents API as the base revision's fallback reader, when there is a token and a repository. */
function apiFileReader(api: GitHubApi | undefined, owner: string | undefined, repo: string | undefined): RevisionFileReader | undefined {
  if (!api || !owner || !repo) return undefined;
  return async (filePath, sha) => {
    try {
      return await api.getFileAtRef(owner, repo, filePath, sha);
    } catch (error) {
      throw new Error(`reading ${filePath} at ${sha.slice(0, 12)} through the API failed: ${describeApiError(error)}`);
    }
  };
}

/** The git trees API as the base revision's listing (one request for the whole tree). */
function apiTreeLister(api: GitHubApi | undefined, owner: string | undefined, repo: string | undefined): RevisionTreeLister | undefined {
  if (!api || !owner || !repo) return undefined;
  return async (sha) => {
    try {
      return await api.listTree(owner, repo, sha);
    } catch (error) {
      throw new Error(describeApiError(error));
    }
  };
}

async function comment(settings: ActionSettings, api: GitHubApi | undefined, report: RunReport): Promise<void> {
  const pr = settings.event.pullRequest!;
  const { owner, repo } = settings.event;
  if (!api || !owner || !repo) {
    log.warning('No token or repository to comment on the pull request with; the results are in the annotations and the job summary.');
    return;
  }
  const author = CommentAuthor.forToken(settings, () => api.viewerLogin());
  try {
    const result = await upsertStickyComment(api, {
      owner,
      repo,
      issueNumber: pr.number,
      key: settings.commentKey,
      body: renderCommentBody(report),
      mode: settings.comment === 'always' ? 'always' : 'on-findings',
      clean: nothingToSay(report, settings.comment),
      author,
    });
    if (result.ignored > 0) {
      log.info(`Ignored ${result.ignored} comment(s) that carry the marker but are not by ${author.known ?? 'the token\'s account'}: only the action's own comment is updated.`);
    }
    if (result.duplicateCheckFailed !== undefined) {
      log.warning(`Created the pull request comment, but could not list the comments again to remove a concurrent run's duplicate (${describeApiError(result.duplicateCheckFailed)}).`);
    }
    if (result.removedDuplicates > 0) log.info(`Deleted ${result.removedDuplicates} duplicate comment(s) left by a concurrent run.`);
    if (result.authorMismatch) {
      log.warning(
        `The comment was posted as ${result.authorMismatch.actual}, but the action took ${result.authorMismatch.expected} for its own account: ` +
          `the next run will not find it. Set the input 'comment-author' to '${result.authorMismatch.actual}'.`,
      );
    }
    if (result.outcome === 'not-needed') log.info(`Nothing to say: no pull request comment (comment: ${settings.comment}).`);
    else log.info(`Pull request comment ${result.outcome}${result.url ? `: ${result.url}` : ''}.`);
  } catch (error) {
    log.warning(explainCommentFailure(error, { eventName: settings.event.eventName, owner, repo, number: pr.number, fromFork: pr.fromFork }));
  }
}

/**
 * `on-findings`: a comment is due when the change introduces reported
 * findings; `on-change` also when it changes what Gardener resolves.
 */
function nothingToSay(report: RunReport, mode: ActionSettings['comment']): boolean {
  if (report.reported.length > 0) return false;
  return mode !== 'on-change' || (report.comparison?.changes.length ?? 0) === 0;
}

/**
 * pull_request_target checks out the base branch unless the workflow asks for
 * the pull request's head: then the action would lint the base, silently.
 */
async function warnIfBaseCheckedOut(settings: ActionSettings): Promise<void> {
  const pr = settings.event.pullRequest;
  if (settings.event.eventName !== 'pull_request_target' || !pr?.headSha) return;
  const head = await git(settings.workspace, ['rev-parse', 'HEAD'], 10_000);
  const checkedOut = head.ok ? head.stdout.toString('utf8').trim() : '';
  if (checkedOut === '' || checkedOut === pr.headSha) return;
  const contains = await git(settings.workspace, ['merge-base', '--is-ancestor', pr.headSha, 'HEAD'], 10_000);
  if (contains.ok) return;
  log.warning(
    `The workspace is at ${checkedOut.slice(0, 12)}, not at the pull request's head ${pr.headSha.slice(0, 12)}: ` +
      'with pull_request_target, actions/checkout takes the base branch unless given `ref: ${{ github.event.pull_request.head.sha }}` ' +
      '(safe here: this action only reads YAML, it runs no code of the pull request).',
  );
}

function reachesFailLevel(findings: readonly Finding[], failOn: FailLevel): boolean {
  if (failOn === 'never') return false;
  const failing: Severity[] = failOn === 'warning' ? ['error', 'warning'] : ['error'];
  return findings.some((f) => failing.includes(f.severity));
}

function counts(findings: readonly Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const part = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${part(n('error'), 'error')}, ${part(n('warning'), 'warning')}, ${part(n('notice'), 'notice')}`;
}
