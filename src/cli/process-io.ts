import * as fs from 'node:fs';
import * as module from 'node:module';
import { neutralizeWorkflowCommands } from '../reporters/workflow-commands.js';
import { runCli, InputError } from './main.js';

// The CLI's process (imported by index.ts): real process I/O around runCli, and the promise that
// no user input ever ends in a stack trace. process.stdout is only touched when something is
// written to it or it is a terminal (creating the stream costs a few milliseconds, and a run with
// --output never needs it). node:tty (with node:net, ~5 ms) is loaded only when a text report asks
// whether standard output is a terminal.
let tty: typeof import('node:tty') | undefined;
const isatty = (fd: number): boolean => (tty ??= module.createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  // The runner reads stderr for workflow commands too; messages quote paths and names.
  stderr: (text) => process.stderr.write(neutralizeWorkflowCommands(text)),
  stdin: () => fs.readFileSync(0),
  terminal: {
    isTTY: () => isatty(1),
    columns: () => (isatty(1) ? process.stdout.columns : undefined),
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof InputError ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(neutralizeWorkflowCommands(`imagevector-lint: ${message}\n`));
    process.exitCode = 2;
  },
);
