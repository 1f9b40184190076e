import type { ResolvedEntry } from './analysis/resolved-table.js';
import type { VersionInterval } from './types.js';

/**
 * Takes a run's resolved table without row objects (see lintRows): each
 * group's rows go into a piece of the sink's own making, as they are derived,
 * and the pieces come out in the table's order once final. What a reporter
 * implements to write the table as the run goes (the JSON report: text).
 */
export interface RowSink<P> {
  /** A new, empty piece: the rows of one group of vectors. */
  piece(): P;
  /**
   * A row into its piece. `entry` is one object for the rows of one winning entry of a group
   * (one per architecture and region: a key for what they share); `disallowedRegistry` is true only with `registries.allowed`
   * configured and an image from elsewhere. Nothing handed over may be changed.
   */
  row(
    piece: P,
    entry: ResolvedEntry,
    architecture: string,
    runtimeVersion: readonly VersionInterval[],
    targetVersion: readonly VersionInterval[],
    disallowedRegistry: boolean,
  ): void;
  /** A piece, final, in the table's order (empty pieces too). */
  emit(piece: P): void;
}
