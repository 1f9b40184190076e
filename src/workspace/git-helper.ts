import nodeModule from 'node:module';

// node:child_process (and the net and stream modules it loads) only when git
// runs: a lint of named files without a configuration or --base never does.
// (nodeModule.createRequire, not a named import: the bundler would rewrite that call away.)
let childProcess: typeof import('node:child_process') | undefined;
const execFile: typeof import('node:child_process').execFile = ((...args: Parameters<typeof import('node:child_process').execFile>) =>
  (childProcess ??= nodeModule.createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process')).execFile(...args)) as typeof import('node:child_process').execFile;

// Runs git without a shell, without prompts, with a time limit. Never throws:
// the caller decides what a failure means.

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

export function git(cwd: string, args: string[], timeoutMs = 60_000): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        timeout: timeoutMs,
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', LC_ALL: 'C' },
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        resolve({
          ok: !error,
          stdout: Buffer.isBuffer(stdout) ? stdout : Buffer.from(stdout ?? ''),
          stderr: (Buffer.isBuffer(stderr) ? stderr.toString('utf8') : String(stderr ?? '')).trim(),
        });
      },
    );
  });
}
