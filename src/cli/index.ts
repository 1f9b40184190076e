#!/usr/bin/env node
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedScript } from './compile-cache.js';

// The CLI's entry (dist/cli/index.js): it runs the CLI itself, dist/cli/process-io.js (the
// bundle of process-io.ts made a classic script by scripts/build-cli.mjs), compiled from V8's
// code cache when it can (compile-cache.ts says why and where).
runCachedScript(path.join(path.dirname(fileURLToPath(import.meta.url)), 'process-io.js'), process.env);
