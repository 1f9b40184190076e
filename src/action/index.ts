// First: reads the event payload before @actions/github can choke on it (see event-guard.ts).
import { eventContext } from './event-guard.js';
import * as log from './log.js';
import { run } from './main.js';

// The action's entry point (bundled to dist/index.js). Any error ends the step
// with one readable line: never a stack trace in the log.
//
// No top-level await: with one, ncc wraps all the action's code in one async module function,
// which V8 compiles a second time when the bundle starts (~25 ms of a cold start; the bare bundle
// of @actions/core + @actions/github has none). The process waits for main() all the same.

async function main(): Promise<void> {
  try {
    await run(eventContext);
  } catch (error) {
    log.setFailed(error instanceof Error ? error.message : String(error));
  }
}

void main();
