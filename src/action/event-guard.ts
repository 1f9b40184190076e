import { readEventContext } from './event-context.js';

// The event, read before anything else is loaded: @actions/github parses
// GITHUB_EVENT_PATH when it is first imported and throws on a garbled payload
// (a stack trace before any annotation). index.ts imports this module first; a
// payload that cannot be read is hidden from @actions/github and becomes a
// warning (event-context.ts), and the run goes on without it.

export const eventContext = readEventContext(process.env);
if (eventContext.warnings.length > 0) delete process.env['GITHUB_EVENT_PATH'];
