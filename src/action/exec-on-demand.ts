// @actions/exec, loaded when a command is run instead of when the action starts.
//
// @actions/core imports @actions/exec for `platform.getDetails()`, which this action never calls.
// ncc still bundled @actions/exec and @actions/io and ran their module code at every start (a
// package without `"sideEffects": false` may need it): 47 KiB of the bundle, and node:child_process,
// node:net and node:assert loaded for nothing (~23 million instructions, 2 % of a cold start;
// valgrind --tool=cachegrind on the benchmark's action case). In the action bundle only,
// '@actions/exec' resolves to this module (src/action/tsconfig.json "paths", applied by
// scripts/build-action.mjs, as for http-client-on-demand.ts): @actions/core stays whole and
// unchanged. This module has no side effects, so while nothing calls getDetails ncc leaves it out;
// if something did, its functions would load the real module (a chunk) on their first call. The
// action runs git through src/workspace/git-helper.ts, which loads node:child_process itself.
// The real module is imported by its file, because the package name resolves back to this module
// in the bundle.
import type * as Real from '../../node_modules/@actions/exec/lib/exec.js';

export type ExecModule = typeof Real;
export type { ExecListeners, ExecOptions, ExecOutput } from '../../node_modules/@actions/exec/lib/exec.js';

let loading: Promise<ExecModule> | undefined;

/** The real @actions/exec (one load per process). */
export function loadExec(): Promise<ExecModule> {
  loading ??= import('../../node_modules/@actions/exec/lib/exec.js');
  return loading;
}

export async function exec(...args: Parameters<ExecModule['exec']>): ReturnType<ExecModule['exec']> {
  return (await loadExec()).exec(...args);
}

export async function getExecOutput(...args: Parameters<ExecModule['getExecOutput']>): ReturnType<ExecModule['getExecOutput']> {
  return (await loadExec()).getExecOutput(...args);
}
