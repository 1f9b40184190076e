#!/usr/bin/env node
import { enableCompileCache } from './compile-cache.js';

// The CLI's entry (dist/cli/index.js): it turns on Node's compile cache (Node ≥ 22.1, see
// compile-cache.ts), then loads the CLI itself, dist/cli/process-io.js, a bundle of its own
// (scripts/build-cli.mjs), so that the cache applies to it. Not a chunk of this bundle: Node 20
// spends ~50 ms more on the same code loaded as an ncc chunk than as a bundle.
enableCompileCache(process.env);
await import(/* webpackIgnore: true */ './process-io.js');
