// The JSON Schema of `.imagevector-lint.yaml`, and the one description of its
// keys: parseConfig (engine/config.ts) validates a configuration with exactly
// this schema, and the build writes it to schema/imagevector-lint.schema.json
// for editors, so the two cannot drift. Each key's `expected` is the message a
// user gets when the value does not fit.

export const RULE_LEVELS = ['error', 'warning', 'notice', 'off'] as const;

interface KeySpec {
  schema: Record<string, unknown>;
  /** What the value must be, as the finding says it. */
  expected: string;
}

const pathMap = (what: string): Record<string, unknown> => ({
  type: 'object',
  additionalProperties: { type: 'string', minLength: 1 },
  description: what,
});

/** A glob that reaches outside the configuration's folder, or is absolute or negated. */
const OUTSIDE_GLOB = '^[/!]|(^|/)\\.\\.(/|$)';

function keys(ruleIds: readonly string[]): Record<string, KeySpec> {
  return {
    rules: {
      schema: {
        type: 'object',
        description: 'Severity per rule id (see docs/rules.md): error, warning, notice or off.',
        propertyNames: { enum: [...ruleIds] },
        // YAML 1.1 (Gardener's dialect) reads an unquoted `off` as false.
        additionalProperties: { enum: [...RULE_LEVELS, false] },
      },
      expected: '`rules` must map rule ids to error, warning, notice or off.',
    },
    architectures: {
      schema: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Architectures an entry may name (default amd64, arm64).' },
      expected: '`architectures` must be a non-empty list of names, e.g. [amd64, arm64].',
    },
    kubernetesVersions: {
      // An unquoted 1.30 is a YAML number; the text as written is the constraint.
      schema: { type: ['string', 'number'], description: 'The Kubernetes versions every image must resolve for, as a Masterminds constraint, e.g. ">= 1.30".' },
      expected: '`kubernetesVersions` must be a version constraint, e.g. ">= 1.30".',
    },
    components: {
      schema: { type: 'array', items: { type: 'string' }, description: 'Component names a component overwrite may name, besides the base vectors\' image names.' },
      expected: '`components` must be a list of component names.',
    },
    componentVectors: {
      schema: pathMap("A component's own image vector, by component name (paths relative to this file, inside the repository): its overwrite may only name these images."),
      expected: '`componentVectors` must map component names to image vector paths.',
    },
    extensionVectors: {
      schema: pathMap(
        "An extension's image vector, by the name its ControllerDeployment has (paths relative to this file, inside the repository): an overwrite in that ControllerDeployment's values is checked against it.",
      ),
      expected: '`extensionVectors` must map extension names (ControllerDeployment names) to image vector paths.',
    },
    registries: {
      schema: {
        type: 'object',
        description: 'Registry policy: every resolved image must come from one of these hosts or host/path prefixes.',
        required: ['allowed'],
        additionalProperties: false,
        properties: { allowed: { type: 'array', minItems: 1, items: { type: 'string', pattern: '\\S' } } },
      },
      expected: '`registries` must be a mapping with `allowed`: a non-empty list of registry hosts or host/path prefixes, e.g. { allowed: [registry.example.com/mirror] }.',
    },
    ignore: {
      schema: {
        type: 'array',
        description: "Files not to lint: globs relative to this file's folder (the action's `files` syntax); a folder's glob excludes everything below it.",
        items: { type: 'string', pattern: '\\S', not: { pattern: OUTSIDE_GLOB } },
      },
      expected: "`ignore` must be a list of globs of files not to lint, relative to this file's folder, without a leading / or ! and without '..', e.g. [dev-setup/**].",
    },
    maxFileBytes: {
      schema: { type: 'number', exclusiveMinimum: 0, description: 'The largest vector file read, in bytes (default 1048576, 1 MiB); a larger one is an unreadable-file error.' },
      expected: '`maxFileBytes` must be a positive number of bytes.',
    },
  };
}

export const CONFIG_KEYS: readonly string[] = Object.keys(keys([]));

/** What a value of `key` must be, as a finding says it. */
export function expectedValue(key: string): string {
  return keys([])[key]?.expected ?? '';
}

/** The schema, for the rule ids the run knows. */
export function configSchema(ruleIds: readonly string[]) {
  const specs = keys(ruleIds);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/imagevector-lint/imagevector-lint/schema/imagevector-lint.schema.json',
    title: 'imagevector-lint configuration (.imagevector-lint.yaml)',
    type: ['object', 'null'],
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.schema])),
  };
}
