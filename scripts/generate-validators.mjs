#!/usr/bin/env node
// Writes src/engine/schema/validators.generated.ts (the schema rule's
// precompiled validators) from the schemas in lib/ (emitted by tsc just
// before). When the file changes, lib/ is compiled again so that it holds the
// new validators too. Part of `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentOverwriteSchema, imageVectorSchema } from '../lib/engine/schema/schemas.js';
import { configSchema } from '../lib/engine/schema/config-schema.js';
import { knownRuleIds } from '../lib/workspace/config-loader.js';
import { validatorModule } from './validator-code.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/engine/schema/validators.generated.ts');
const code = validatorModule({ imageVectorSchema, componentOverwriteSchema, configSchema: configSchema(knownRuleIds()) });
if (existsSync(target) && readFileSync(target, 'utf8') === code) process.exit(0);
writeFileSync(target, code);
console.log('generate-validators: src/engine/schema/validators.generated.ts written; compiling lib/ again');
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
process.exit(tsc.status ?? 1);
