// The engine's domain model. The words are Gardener's (pkg/utils/imagevector):
// an ImageVector is a list of ImageSources; a ComponentImageVector carries an
// image vector overwrite for one component Gardener deploys.

/** A position in a file: 1-based line and column, 0-based offset. */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}

export type Severity = 'error' | 'warning' | 'notice';

/** A configured severity: a rule may also be switched off. */
export type RuleLevel = Severity | 'off';

export interface Finding {
  /** Stable rule id, e.g. `version-gap`. */
  rule: string;
  severity: Severity;
  /** What is wrong and what to do about it, in one or two sentences. */
  message: string;
  /** Path as the user gave it (or relative to the working directory). */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /**
   * What the finding is about, for rules that concern an image's resolution
   * (coverage, gaps, overlaps, tags): the image name (with ` of component X`
   * for a component overwrite), the architecture(s), and the version region
   * as text. They identify the finding across commits (engine/baseline.ts),
   * where line numbers would not.
   */
  image?: string;
  architecture?: string;
  region?: string;
  /**
   * For the other findings about an entry: the entry by image name and the
   * field (`images[name=etcd].tag`): with the message, their identity across commits.
   */
  keyPath?: string;
  /**
   * Other places the finding is about (the other border of a gap), for a run
   * that knows which lines a change touched: it anchors the finding on one of
   * them when the change touched it and not the finding's own line.
   */
  alsoAt?: Array<{ file: string; line: number; column: number }>;
  /**
   * Set when the run was compared with a base commit: true when the base had
   * no finding with this one's fingerprint (the change introduces it), false
   * when it already existed there.
   */
  new?: boolean;
  /** A mechanical fix, where there is exactly one (quote `tag: 3.10`, rename a misspelled key). */
  fix?: FindingFix;
}

/**
 * One replacement in the finding's file: the text from `start` up to `end` (exclusive; 1-based
 * lines and columns, as in Finding) becomes `text`. Only set where the positions are the
 * file's own text (not a vector embedded in a string, where the replacement would need escaping).
 */
export interface FindingFix {
  /** What the fix does, in a few words: "quote the value", "rename to `architectures`". */
  description: string;
  start: { line: number; column: number };
  end: { line: number; column: number };
  text: string;
}

/** The kinds of file the engine reads. */
export type VectorKind = 'base' | 'overwrite' | 'components';

/**
 * One image vector entry (Gardener's `ImageSource`) as Gardener receives it:
 * scalars already turned into the strings Gardener sees, keys matched
 * case-insensitively. `at` keeps where each field was written.
 */
export interface ImageSource {
  name: string;
  repository?: string;
  tag?: string;
  ref?: string;
  runtimeVersion?: string;
  targetVersion?: string;
  version?: string;
  /**
   * The 2018 format's runtime constraint (renamed `runtimeVersion` in 2019).
   * Gardener drops the key today; the linter reads it as the entry's
   * intended constraint, as it reads a legacy `version`.
   */
  versions?: string;
  /** `undefined` when absent; `[]` when present and empty (a different merge key). */
  architectures?: string[];
  /** Where this entry was read from. */
  origin: EntryOrigin;
}

export interface EntryOrigin {
  kind: VectorKind;
  file: string;
  /** Index of the entry in its vector. */
  index: number;
  /** The entry's own position (the `-` of the list item). */
  position: SourcePosition;
  /** Position of each field's value, by canonical field name. */
  fields: Partial<Record<ImageSourceField, SourcePosition>>;
  /** Position of each field's key, by canonical field name. */
  keys: Partial<Record<ImageSourceField, SourcePosition>>;
  /** For entries inside a component overwrite: the component's name. */
  component?: string;
}

export const IMAGE_SOURCE_FIELDS = [
  'name',
  'sourceRepository',
  'repository',
  'tag',
  'ref',
  'runtimeVersion',
  'targetVersion',
  'version',
  'architectures',
  'labels',
  'resourceId',
] as const;
export type ImageSourceField = (typeof IMAGE_SOURCE_FIELDS)[number];

export interface ImageVector {
  file: string;
  kind: VectorKind;
  images: ImageSource[];
  /** `caBundle.inline`, when set (current Gardener). */
  caBundle?: { inline: string; position: SourcePosition };
}

export interface ComponentImageVector {
  name: string;
  /** The embedded vector, read from the `imageVectorOverwrite` string. */
  imageVectorOverwrite: ImageVector;
  position: SourcePosition;
  namePosition: SourcePosition;
}

export interface ComponentImageVectors {
  file: string;
  components: ComponentImageVector[];
}

/** A half-open interval [lo, hi) of release versions; `hi === null` is unbounded. */
export interface VersionInterval {
  lo: string;
  hi: string | null;
}

// ---------------------------------------------------------------------------
// The engine's API: inputs, configuration and results.

/** One file handed to the engine. The adapters (CLI, action) do the I/O. */
export interface LintInput {
  /** Path used in findings (relative to the repository root where possible). */
  path: string;
  kind: VectorKind;
  /** Raw bytes: the engine checks encoding, size and binary content itself. */
  content: Uint8Array | string;
  /**
   * Why the adapter could not read the file (a link outside the repository, a
   * FIFO, over the size limit …), completing "Cannot lint this file: …";
   * `content` is then empty. Reported as `unreadable-file`.
   */
  unreadable?: string;
}

/**
 * An input the engine reads when it gets to it (the adapters read files
 * lazily, so that a run holds the bytes of one cluster of files, not of all):
 * `read` returns the LintInput, with the same path and kind.
 */
export interface PendingInput {
  path: string;
  kind: VectorKind;
  read(): LintInput;
}

export interface LintConfig {
  /** Severity per rule id; rules not listed use their default. */
  rules: Record<string, RuleLevel>;
  /** Architectures an entry may name (default amd64, arm64). */
  architectures: string[];
  /** Kubernetes versions the vectors must serve, as a Masterminds constraint, e.g. ">= 1.30". */
  kubernetesVersions?: string;
  /** Component names a component overwrite may name, besides the base vectors' image names. */
  components: string[];
  /** A component's own image vector, by component name: its image names are then the only valid ones. */
  componentVectors: Record<string, LintInput>;
  /**
   * An extension's own image vector, by the name of the ControllerDeployment
   * that configures it: an overwrite in that ControllerDeployment's values is
   * merged over it and may only name its images.
   */
  extensionVectors?: Record<string, LintInput>;
  /**
   * Registry policy: the hosts or host/path prefixes (matched on path-segment
   * boundaries) every resolved image must come from. Unset: any registry.
   */
  registries?: { allowed: string[] };
  /**
   * Globs (the action's `files` syntax) of files the adapters leave out when
   * they find files, relative to the configuration file's folder. The engine
   * does not read it.
   */
  ignore?: string[];
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** The time certificates are checked against (default: now). */
  now?: Date;
}

/** One row of the resolved image table: for these versions, Gardener picks this image. */
export interface ResolvedRow {
  image: string;
  architecture: string;
  /** Releases of the runtime Kubernetes version; the full range [0.0.0, ∞) when no entry constrains it. */
  runtimeVersion: VersionInterval[];
  targetVersion: VersionInterval[];
  /** The image string Gardener produces (`ToImage` + `String`). */
  imageString: string;
  source: {
    file: string;
    line: number;
    column: number;
    kind: VectorKind;
    component?: string;
    /** Where the winning entry's fields were written (the positions of their values: the entry's own record, shared), for anchoring findings on its repository, tag and version fields. */
    fields?: Partial<Record<'repository' | 'tag' | 'ref' | 'targetVersion' | 'runtimeVersion', { line: number; column: number }>>;
  };
  /** Set when `registries.allowed` is configured and the image comes from another registry. */
  disallowedRegistry?: true;
}

export interface FileReport {
  path: string;
  kind: VectorKind;
  /** Why the file was not analysed (e.g. an unrendered template), if it was not. */
  skipped?: string;
  entries: number;
}

export interface LintResult {
  findings: Finding[];
  resolved: ResolvedRow[];
  /**
   * Image × architecture rows that resolve only for versions Kubernetes never
   * had (an image version written into targetVersion), with empty ranges: not
   * part of `resolved`; the comparison with a base reads them so that such an
   * image counts as still there, resolving nowhere, not as removed.
   */
  unresolved?: ResolvedRow[];
  files: FileReport[];
}
