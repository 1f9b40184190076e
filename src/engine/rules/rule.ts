import type { VectorGroup } from '../analysis/vector-group.js';
import type { ComponentItem } from '../reading/component-reader.js';
import type { ParsedFile } from '../reading/read-file.js';
import type { VectorDocument } from '../reading/vector-document.js';
import type { Finding, ImageVector, LintConfig, ResolvedRow, Severity, SourcePosition } from '../types.js';

/** A vector read from a document, with the document it came from. */
export interface ReadVector {
  doc: VectorDocument;
  vector: ImageVector;
  /**
   * An overwrite for another extension (a ControllerDeployment naming it)
   * whose vector is not known: it stands alone, checked for itself only.
   */
  alone?: boolean;
  /** An overwrite for an extension whose vector is configured (`extensionVectors`): merged over it, its names are the valid ones. */
  extension?: { name: string; images: ReadonlySet<string> };
}

/** A component overwrite list read from a document. */
export interface ReadComponents {
  doc: VectorDocument;
  items: ComponentItem[];
}

/** What a rule reports: the engine adds the rule id and the configured severity. */
export interface Report {
  file: string;
  position: SourcePosition;
  end?: SourcePosition;
  message: string;
  /** A rule with graded findings (e.g. a typo vs. an unknown key) may lower or raise its default. */
  severity?: Severity;
  /** Other values the finding is about (the other border of a gap): a run that knows the changed lines may move the finding to one of them. */
  alsoAt?: Array<{ file: string; position: SourcePosition }>;
  /** What the finding is about (Finding.image, .architecture, .region): its identity across commits. */
  about?: Pick<Finding, 'image' | 'architecture' | 'region'>;
  /** A mechanical fix (see rules/fix.ts). */
  fix?: Finding['fix'];
}

/** Everything the engine knows after reading and resolving, shared by all rules. */
export interface RuleContext {
  config: LintConfig;
  files: readonly ParsedFile[];
  documents: readonly VectorDocument[];
  vectors: readonly ReadVector[];
  components: readonly ReadComponents[];
  /** The vectors Gardener resolves from (base files merged with their overwrites, component overwrites). */
  groups: readonly VectorGroup[];
  /** The resolved image table (rows from another registry than `registries.allowed` are marked). */
  resolved: readonly ResolvedRow[];
  /** Image names in the base vectors (empty when no base vector was given). */
  baseImageNames: ReadonlySet<string>;
  report(report: Report): void;
}

/**
 * A rule: a stable id, a default severity, the documentation the reporters
 * link to, and one check over the shared context. The engine runs a list of
 * rules and knows none of them by name.
 */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule finds. */
  description: string;
  check(context: RuleContext): void;
}
