// The JSON Schemas of the three file kinds. They ship as schema/*.json for
// editors (yaml-language-server: `# yaml-language-server: $schema=…`) and are
// enforced by the `schema` rule. The JSON files are generated from these
// objects at build time, and a test keeps them identical.

const constraint = {
  type: ['string', 'null'],
  description:
    'Kubernetes version constraint (Masterminds semver v3), e.g. ">= 1.30", "1.33.x", ">= 1.31, < 1.34". Absent = every version.',
};

export const imageSourceSchema = {
  type: 'object',
  description: 'One image vector entry (Gardener ImageSource).',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, description: 'Image name Gardener looks the entry up by.' },
    sourceRepository: { description: 'Source code repository (metadata; Gardener does not read it).' },
    repository: { type: ['string', 'null'], description: 'Image repository, without tag. Either repository (+ tag) or ref.' },
    tag: { type: ['string', 'null'], description: 'Tag or digest ("sha256:<64 hex>", "v1.2.3@sha256:<64 hex>").' },
    ref: { type: ['string', 'null'], description: 'Full image reference. Never together with repository or tag.' },
    runtimeVersion: { ...constraint, description: `Kubernetes version the image runs on. ${constraint.description}` },
    targetVersion: { ...constraint, description: `Kubernetes version the image acts on. ${constraint.description}` },
    version: { type: ['string', 'null'], description: 'Human-readable image version (a label; never a constraint).' },
    architectures: {
      type: ['array', 'null'],
      items: { type: 'string' },
      description: 'Architectures the image serves; absent = amd64 and arm64.',
    },
    labels: { description: 'Metadata labels (e.g. gardener.cloud/cve-categorisation); Gardener does not read them.' },
    resourceId: { description: 'Metadata; Gardener does not read it.' },
  },
} as const;

export const imageVectorSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/imagevector-lint/imagevector-lint/schema/image-vector.schema.json',
  title: 'Gardener image vector (images.yaml, IMAGEVECTOR_OVERWRITE)',
  type: 'object',
  required: ['images'],
  additionalProperties: false,
  properties: {
    images: { type: ['array', 'null'], items: imageSourceSchema },
    caBundle: {
      type: ['object', 'null'],
      additionalProperties: false,
      properties: { inline: { type: ['string', 'null'], description: 'PEM-encoded CA certificate(s).' } },
    },
  },
} as const;

export const componentOverwriteSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/imagevector-lint/imagevector-lint/schema/component-overwrite.schema.json',
  title: 'Gardener component image vector overwrites (IMAGEVECTOR_OVERWRITE_COMPONENTS)',
  type: 'object',
  required: ['components'],
  additionalProperties: false,
  properties: {
    components: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, description: 'A component Gardener deploys (e.g. etcd-druid).' },
          imageVectorOverwrite: { type: ['string', 'null'], description: 'An image vector, as a string (use a `|` block). Absent or empty: the overwrite changes nothing.' },
        },
      },
    },
  },
} as const;

export const SCHEMA_FILES = {
  'image-vector.schema.json': imageVectorSchema,
  'component-overwrite.schema.json': componentOverwriteSchema,
} as const;
