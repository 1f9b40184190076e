import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { componentOverwriteSchema, imageVectorSchema } from '../../src/engine/schema/schemas.js';
// @ts-expect-error: a build script without types
import { validatorModule } from '../../scripts/validator-code.mjs';
import { configSchema } from '../../src/engine/schema/config-schema.js';
import { knownRuleIds } from '../../src/workspace/config-loader.js';

// The schema rule compiles its validators without validating the schemas
// against the meta-schema (a start-up cost paid on every run); this test is
// where that validation happens instead.
describe('the product schemas', () => {
  it.each([
    ['image vector', imageVectorSchema],
    ['component overwrite', componentOverwriteSchema],
  ])('%s is valid against the JSON Schema 2020-12 meta-schema', (_name, schema) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('a broken schema is caught by that check', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    expect(ajv.validateSchema({ type: 'no-such-type' })).toBe(false);
  });

  it('the precompiled validators are generated from these schemas (npm run build regenerates them)', () => {
    const committed = readFileSync(new URL('../../src/engine/schema/validators.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(validatorModule({ imageVectorSchema, componentOverwriteSchema, configSchema: configSchema(knownRuleIds()) }));
  });
});
