// First: reads the event payload before @actions/github can choke on it (see event-guard.ts).
import { eventContext } from './event-guard.js';
import * as log from './log.js';
import { run } from './main.js';

// The action's entry point (bundled to dist/index.js). Any error ends the step
// with one readable line: never a stack trace in the log.

async function main(): Promise<void> {
  try {
    await run(eventContext);
  } catch (error) {
    log.setFailed(error instanceof Error ? error.message : String(error));
  }
}

await main();
