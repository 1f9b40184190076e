import { execFile } from 'node:child_process';

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
