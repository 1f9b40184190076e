#!/usr/bin/env node
// Writes schema/*.json from the engine's schema objects (lib/, emitted by tsc
// just before), so the shipped JSON Schemas are exactly what the linter enforces.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILES } from '../lib/engine/schema/schemas.js';
import { configSchema } from '../lib/engine/schema/config-schema.js';
import { knownRuleIds } from '../lib/workspace/config-loader.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'schema'), { recursive: true });
// The configuration's schema, with the rule ids the linter knows: also what parseConfig validates with (validators.generated.ts).
const files = { ...SCHEMA_FILES, 'imagevector-lint.schema.json': configSchema(knownRuleIds()) };
for (const [name, schema] of Object.entries(files)) {
  writeFileSync(join(root, 'schema', name), `${JSON.stringify(schema, null, 2)}\n`);
}
