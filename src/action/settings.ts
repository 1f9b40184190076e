import * as core from '@actions/core';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPORT_MODES, type ReportMode } from '../workspace/lint-run.js';
import { readEventContext, type EventContext } from './event-context.js';

// Every input is read here, once, into a typed settings object: the rest of the
// action never calls core.getInput. Invalid values stop the run with a message
// that names the input, the value and what it may be.

export const FAIL_LEVELS = ['error', 'warning', 'never'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

export { REPORT_MODES, type ReportMode };

export const COMMENT_MODES = ['always', 'on-findings', 'on-change', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export const CONFIG_SOURCES = ['head', 'base'] as const;
export type ConfigSource = (typeof CONFIG_SOURCES)[number];

export const DEFAULT_CONFIG_FILE = '.imagevector-lint.yaml';

export interface ActionSettings {
  /** Absolute path of the repository checkout (GITHUB_WORKSPACE). */
  workspace: string;
  /** Patterns of base vectors; empty: find vectors by content. */
  files: string[];
  overwrite: string[];
  components: string[];
  /** Configuration file, relative to the workspace. */
  configFile: string;
  /** True when the user named a configuration file other than the default: it must exist. */
  configRequired: boolean;
  /** Where the configuration and its component vectors are read: the checkout (`head`) or the base commit. */
  configFrom: ConfigSource;
  kubernetesVersions?: string;
  failOn: FailLevel;
  report: ReportMode;
  comment: CommentMode;
  /** Key of the sticky comment (job id, plus the comment-id input when set). */
  commentKey: string;
  token: string;
  /** The workflow's own GITHUB_TOKEN (input `workflow-token`): equal to `token`, the comments are github-actions[bot]'s. */
  workflowToken?: string;
  /** Login whose comments are the action's own (input `comment-author`); empty: the token's own account. */
  commentAuthor?: string;
  /** Absolute path of the SARIF file to write, if one was asked for (relative inputs: to the workspace). */
  sarifFile?: string;
  /** Absolute path of the JSON report. */
  jsonReportFile: string;
  /** The folder the JSON report must stay in: the workspace for the input, the runner's temporary folder for the default. */
  jsonReportRoot: string;
  /** Commit to compare with, if any. */
  baseSha?: string;
  requestTimeoutMs: number;
  /** Where component vectors come from besides `componentVectors` (input `component-vectors`): `go.mod` pins, read through the contents API. */
  componentVectors: ComponentVectorSource;
  event: EventContext;
}

export const COMPONENT_VECTOR_SOURCES = ['off', 'go.mod'] as const;
export type ComponentVectorSource = (typeof COMPONENT_VECTOR_SOURCES)[number];

type Env = Record<string, string | undefined>;

/** `event`: the context already read (index.ts reads it first, see event-guard.ts). */
export function getSettings(env: Env = process.env, event: EventContext = readEventContext(env)): ActionSettings {
  const workspace = path.resolve(requireEnv(env, 'GITHUB_WORKSPACE'));

  const token = core.getInput('token');
  // Masked before anything else can print it.
  if (token) core.setSecret(token);
  const workflowToken = core.getInput('workflow-token') || undefined;
  if (workflowToken && workflowToken !== token) core.setSecret(workflowToken);

  const commentAuthor = core.getInput('comment-author').trim() || undefined;
  if (commentAuthor !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(commentAuthor)) {
    throw new Error(`Input 'comment-author' is '${commentAuthor}': expected a GitHub login, such as 'my-app[bot]' or 'octocat'.`);
  }

  const files = getPatterns('files');
  const overwrite = getPatterns('overwrite');
  const components = getPatterns('components');

  const configInput = core.getInput('config') || DEFAULT_CONFIG_FILE;
  const configFile = insideWorkspace(workspace, 'config', configInput);

  const configFrom = getChoice('config-from', CONFIG_SOURCES, 'head');
  const kubernetesVersions = core.getInput('kubernetes-versions') || undefined;

  const failOn = getChoice('fail-on', FAIL_LEVELS, 'error');
  const report = getChoice('report', REPORT_MODES, 'new');
  const comment = getChoice('comment', COMMENT_MODES, 'on-findings');
  const componentVectors = getChoice('component-vectors', COMPONENT_VECTOR_SOURCES, 'off');

  const commentId = core.getInput('comment-id');
  if (/[\r\n]|-->/.test(commentId)) {
    throw new Error(`Input 'comment-id' must be one line without '-->'.`);
  }
  const job = event.job || 'job';
  const commentKey = commentId ? `${job}:${commentId}` : job;

  const sarifInput = core.getInput('sarif');
  const sarifFile = sarifInput ? path.resolve(workspace, sarifInput) : undefined;

  const jsonInput = core.getInput('json-report');
  const temp = path.resolve(env['RUNNER_TEMP'] || os.tmpdir());
  const jsonReportRoot = jsonInput ? workspace : temp;
  const jsonReportFile = jsonInput ? path.resolve(workspace, jsonInput) : path.join(temp, 'imagevector-lint', 'report.json');

  const baseInput = core.getInput('base-sha');
  if (baseInput && !/^[0-9a-f]{7,64}$/i.test(baseInput)) {
    throw new Error(`Input 'base-sha' is '${baseInput}': expected a commit SHA (hexadecimal).`);
  }
  const baseSha = baseInput || event.baseSha;

  const timeoutInput = core.getInput('request-timeout') || '10';
  const seconds = Number(timeoutInput);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    throw new Error(`Input 'request-timeout' is '${timeoutInput}': expected seconds, more than 0 and at most 600.`);
  }

  return {
    workspace,
    files,
    overwrite,
    components,
    configFile,
    configRequired: path.posix.normalize(configFile) !== DEFAULT_CONFIG_FILE,
    configFrom,
    kubernetesVersions,
    failOn,
    report,
    comment,
    commentKey,
    token,
    workflowToken,
    commentAuthor,
    sarifFile,
    jsonReportFile,
    jsonReportRoot,
    baseSha,
    requestTimeoutMs: Math.round(seconds * 1000),
    componentVectors,
    event,
  };
}

function requireEnv(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: this action runs in a GitHub Actions job, after actions/checkout.`);
  return value;
}

/** One pattern a line; `#` lines and blank lines ignored. */
function getPatterns(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function getChoice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  const found = choices.find((c) => c === raw);
  if (!found) {
    throw new Error(`Input '${name}' is '${raw}': expected one of ${choices.map((c) => `'${c}'`).join(', ')}.`);
  }
  return found;
}

/** A workspace-relative POSIX path for an input naming a file; it may not leave the workspace. */
function insideWorkspace(workspace: string, name: string, value: string): string {
  const absolute = path.resolve(workspace, value);
  const relative = path.relative(workspace, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`Input '${name}' is '${value}': expected a file inside the repository (${workspace}).`);
  }
  return relative.split(path.sep).join('/');
}
