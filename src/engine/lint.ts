import { buildGroups } from './analysis/build-groups.js';
import { detachStrings } from './detached.js';
import { resolvedTablesByGroup } from './analysis/resolved-table.js';
import { allowedPrefix } from './registry-policy.js';
import type { ParsedFile } from './reading/read-file.js';
import { planClusters, type Cluster, type ClusterPlan } from './clusters.js';
import { RowOrder, Section } from './row-order.js';
import { ALL_RULES, CONFIG_RULE, UNUSED_SUPPRESSION_RULE } from './rules/registry.js';
import { CHANGE_RULES } from './changes.js';
import { withKeyPaths } from './finding-identity.js';
import type { ReadComponents, ReadVector, Report, Rule, RuleContext } from './rules/rule.js';
import { ownValue } from './records.js';
import { applySuppressions } from './suppression.js';
import type { FileReport, Finding, LintConfig, LintInput, LintResult, PendingInput, ResolvedRow, Severity } from './types.js';

/**
 * Lints a set of image vectors as Gardener would read them together: base
 * vectors, overwrites merged over them, component overwrites. Pure: the
 * adapters do the I/O. Bad input becomes findings, never exceptions.
 */
export function lint(inputs: readonly (LintInput | PendingInput)[], config: LintConfig, rules: readonly Rule[] = ALL_RULES): LintResult {
  const resolved: ResolvedRow[] = [];
  const rest = lintStream(inputs, config, (rows) => {
    for (const row of rows) resolved.push(row);
  }, rules);
  return { findings: rest.findings, resolved, ...(rest.unresolved ? { unresolved: rest.unresolved } : {}), files: rest.files };
}

/** `lint` of every input in one cluster, as before clusters (what they must equal: the tests compare the two). */
export function lintTogether(inputs: readonly LintInput[], config: LintConfig, rules: readonly Rule[] = ALL_RULES): LintResult {
  const resolved: ResolvedRow[] = [];
  const rest = lintStream(inputs, config, (rows) => {
    for (const row of rows) resolved.push(row);
  }, rules, true);
  return { findings: rest.findings, resolved, ...(rest.unresolved ? { unresolved: rest.unresolved } : {}), files: rest.files };
}

/**
 * `lint`, with the resolved table handed to `onRows` piece by piece, in the
 * table's order, as soon as each piece is final: the run lints one cluster of
 * files at a time (see clusters.ts), so that it holds the parse trees and
 * analyses of one cluster, and a caller that writes the rows out holds none
 * of them. A pending input is read when its cluster is. The result is the
 * same as linting everything together; the findings (sorted) and the files
 * (in input order) come at the end.
 */
export function lintStream(
  inputs: readonly (LintInput | PendingInput)[],
  config: LintConfig,
  onRows: (rows: readonly ResolvedRow[]) => void,
  rules: readonly Rule[] = ALL_RULES,
  together = false,
): Omit<LintResult, 'resolved'> {
  const findings: Finding[] = [];
  const files: { index: number; report: FileReport }[] = [];
  const order = new RowOrder(onRows);
  const plan: ClusterPlan = { order: new Map(), baseImageNames: new Set(), onBaseVector: (v) => order.expectBase(plan.order.get(v)!), together };
  planClusters(inputs, config, plan, (cluster) => {
    const part = lintCluster(cluster, config, rules, plan.baseImageNames);
    for (const f of part.findings) findings.push(f);
    for (const entry of cluster.entries) files.push({ index: entry.index, report: fileReport(entry.file) });
    part.groups.forEach(({ rows, unresolved }, i) => {
      const place = part.places[i];
      if (cluster.whole) order.complete(Section.Alone, i, rows, unresolved);
      else if (place) order.complete(place.section, plan.order.get(place.vector)!, rows, unresolved);
    });
    // Each cluster's findings are deduplicated and suppressed already; the files of two clusters differ.
    // Its vectors (and through them its parse trees) are no longer needed.
    for (const entry of cluster.entries) for (const v of entry.vectors) plan.order.delete(v);
  });
  order.finish();
  files.sort((a, b) => a.index - b.index);
  return {
    findings: sortFindings(findings),
    ...(order.unresolved.length > 0 ? { unresolved: order.unresolved } : {}),
    files: files.map((f) => f.report),
  };
}

/** A base vector that tells buildGroups the run has several (Gardener's "only base" rule must not apply in the cluster). */
const EMPTY_BASE: ReadVector = {
  doc: { file: '', kind: 'base', container: 'the file', root: null, source: '', position: () => ({ line: 1, column: 1, offset: 0 }) },
  vector: { file: '', kind: 'base', images: [] },
};

interface ClusterResult {
  findings: Finding[];
  /** Each group's rows (resolved and outside Kubernetes' versions), in buildGroups' order. */
  groups: { rows: ResolvedRow[]; unresolved: ResolvedRow[] }[];
  /** Which vector and section of the run's table each group is (undefined: the empty base). */
  places: ({ section: Section; vector: ReadVector } | undefined)[];
}

function lintCluster(cluster: Cluster, config: LintConfig, rules: readonly Rule[], baseImageNames: ReadonlySet<string>): ClusterResult {
  // Loops, not flatMap (a generic, slow path in V8): a run has a cluster per base file.
  const files: ParsedFile[] = [];
  const documents: ParsedFile['documents'] = [];
  const vectors: ReadVector[] = [];
  const components: ReadComponents[] = [];
  for (const entry of cluster.entries) {
    files.push(entry.file);
    for (const doc of entry.file.documents) documents.push(doc);
    for (const v of entry.vectors) vectors.push(v);
    for (const c of entry.components) components.push(c);
  }
  const bases = vectors.filter((v) => v.vector.kind === 'base');
  const componentVectors = vectors.filter((v) => v.vector.kind === 'components');
  const built = buildGroups(cluster.notTheOnlyBase ? [...vectors, EMPTY_BASE] : vectors, config);
  // buildGroups' order: the base vectors (then the empty one), the overwrites alone, the component overwrites.
  const places: ClusterResult['places'] = [
    ...bases.map((vector) => ({ section: Section.Base, vector })),
    ...(cluster.notTheOnlyBase ? [undefined] : []),
    ...cluster.alone.map((vector) => ({ section: Section.Alone, vector })),
    ...componentVectors.map((vector) => ({ section: Section.Components, vector })),
  ];
  if (!cluster.whole && places.length !== built.length) throw new Error(`internal: ${built.length} groups for ${places.length} vectors`);
  const groups = cluster.notTheOnlyBase ? built.filter((_, i) => places[i] !== undefined) : built;
  if (cluster.notTheOnlyBase) places.splice(bases.length, 1);

  // Only Kubernetes versions (1.x, or kubernetesVersions): what the rules and the change table talk about too.
  const clipped = resolvedTablesByGroup(groups, config);
  const resolved = markRegistries(clipped.length === 1 ? clipped[0]!.rows : concatRows(clipped), config);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const configured = ownValue(config.rules, rule.id);
    if (configured === 'off') continue;
    const report = (r: Report) => findings.push(toFinding(rule, configured, r));
    const context: RuleContext = { config, files, documents, vectors, components, groups, resolved, baseImageNames, report };
    rule.check(context);
  }
  return {
    // Detached: findings are kept until the run's end (sorted across files), their texts must not keep this cluster's sources alive.
    findings: withKeyPaths(applySuppressions(dedupe(findings), files, knownRules(rules), suppressionCheck(config)), vectors).map(detachFinding),
    groups: clipped.map((c) => ({ rows: c.rows, unresolved: c.outside })),
    places,
  };
}

function concatRows(parts: readonly { rows: ResolvedRow[] }[]): ResolvedRow[] {
  const rows: ResolvedRow[] = [];
  for (const part of parts) for (const row of part.rows) rows.push(row);
  return rows;
}

function detachFinding(finding: Finding): Finding {
  detachStrings(finding);
  if (finding.fix) detachStrings(finding.fix);
  return finding;
}

/** Marks the rows whose image comes from outside `registries.allowed` (when configured). */
function markRegistries(rows: ResolvedRow[], config: LintConfig): ResolvedRow[] {
  const allowed = config.registries?.allowed;
  if (!allowed) return rows;
  for (const row of rows) if (allowedPrefix(row.imageString, allowed) === undefined) row.disallowedRegistry = true;
  return rows;
}

/** The rule ids a suppression may name, built once per list of rules (not once per cluster). */
function knownRules(rules: readonly Rule[]): string[] {
  if (rules !== knownFor || rules.length !== knownLength) {
    knownLength = rules.length;
    known = [...rules.map((r) => r.id), ...ALL_RULES.map((r) => r.id), CONFIG_RULE.id, UNUSED_SUPPRESSION_RULE.id, ...CHANGE_RULES.map((r) => r.id)];
    knownFor = rules;
  }
  return known;
}
let knownFor: readonly Rule[] | undefined;
let knownLength = 0;
let known: string[] = [];

function suppressionCheck(config: LintConfig): { severity: Severity } | undefined {
  const level = config.rules[UNUSED_SUPPRESSION_RULE.id];
  if (level === 'off') return undefined;
  return { severity: level ?? UNUSED_SUPPRESSION_RULE.defaultSeverity };
}

function toFinding(rule: Rule, configured: Severity | undefined, report: Report): Finding {
  // A configured level applies to every finding of the rule; without one,
  // graded findings (a typo vs. an unknown key) keep their own grade.
  const severity = configured ?? report.severity ?? rule.defaultSeverity;
  const finding: Finding = {
    rule: rule.id,
    severity,
    message: report.message,
    file: report.file,
    line: report.position.line,
    column: report.position.column,
  };
  if (report.about) Object.assign(finding, report.about);
  if (report.fix) finding.fix = report.fix;
  if (report.alsoAt) finding.alsoAt = report.alsoAt.map((a) => ({ file: a.file, line: a.position.line, column: a.position.column }));
  if (report.end) {
    finding.endLine = report.end.line;
    finding.endColumn = report.end.column;
  }
  return finding;
}

function fileReport(file: ParsedFile): FileReport {
  const report: FileReport = {
    path: file.path,
    kind: file.kind,
    entries: file.documents.reduce((n, doc) => n + (doc.kind === 'components' ? 0 : countEntries(doc.root)), 0),
  };
  if (file.skipped) report.skipped = file.skipped;
  return report;
}

function countEntries(root: ParsedFile['documents'][number]['root']): number {
  if (root?.kind !== 'mapping') return 0;
  const images = root.pairs.find((p) => p.key.kind === 'scalar' && p.key.text.toLowerCase() === 'images');
  return images?.value.kind === 'sequence' ? images.value.items.length : 0;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      // localeCompare only when the strings differ (0 otherwise): most comparisons are within one file.
      (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column || (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule)),
  );
}
