import { buildGroups } from './analysis/build-groups.js';
import { distinctRows, resolvedRows } from './analysis/resolved-table.js';
import { allowedPrefix } from './registry-policy.js';
import { readComponentItems } from './reading/component-reader.js';
import { readImageVector } from './reading/image-source-reader.js';
import { readFile, type ParsedFile } from './reading/read-file.js';
import { ALL_RULES, CONFIG_RULE, UNUSED_SUPPRESSION_RULE } from './rules/registry.js';
import { CHANGE_RULES } from './changes.js';
import { clipRowsToKubernetes } from './kubernetes-versions.js';
import { withKeyPaths } from './finding-identity.js';
import type { ReadComponents, ReadVector, Report, Rule, RuleContext } from './rules/rule.js';
import { ownValue } from './records.js';
import { applySuppressions } from './suppression.js';
import type { FileReport, Finding, LintConfig, LintInput, LintResult, ResolvedRow, Severity } from './types.js';

/**
 * Lints a set of image vectors as Gardener would read them together: base
 * vectors, overwrites merged over them, component overwrites. Pure: the
 * adapters do the I/O. Bad input becomes findings, never exceptions.
 */
export function lint(inputs: readonly LintInput[], config: LintConfig, rules: readonly Rule[] = ALL_RULES): LintResult {
  const clusters = independentClusters(inputs, config);
  if (clusters.length === 1) return lintTogether(clusters[0]!, config, rules);
  // Independent clusters one after another: each file's parse tree, groups and
  // regions are garbage once its findings and rows are out, so memory stays
  // the size of the results, not of every file's analysis at once.
  const findings: Finding[] = [];
  const resolved: ResolvedRow[] = [];
  const unresolved: ResolvedRow[] = [];
  const files: FileReport[] = [];
  for (const cluster of clusters) {
    const part = lintTogether(cluster, config, rules);
    for (const f of part.findings) findings.push(f);
    for (const r of part.resolved) resolved.push(r);
    for (const r of part.unresolved ?? []) unresolved.push(r);
    for (const f of part.files) files.push(f);
  }
  // Rows of different clusters never repeat each other (their files differ);
  // findings of one file all come from its cluster, already deduplicated and suppressed.
  return { findings: sortFindings(findings), resolved, ...(unresolved.length > 0 ? { unresolved } : {}), files };
}

/**
 * Inputs that can be linted apart with the same result: when every input is a
 * base vector and no component's own vector is configured, nothing relates
 * one file to another (each base file is its own vector), so each path (with
 * its repetitions, which deduplicate together) is a cluster. Otherwise
 * overwrites merge over bases and name checks span files: one cluster.
 */
function independentClusters(inputs: readonly LintInput[], config: LintConfig): LintInput[][] {
  if (inputs.length < 2) return [[...inputs]];
  if (inputs.some((input) => input.kind !== 'base') || Object.keys(config.componentVectors).length > 0) return [[...inputs]];
  const byPath = new Map<string, LintInput[]>();
  for (const input of inputs) {
    const cluster = byPath.get(input.path);
    if (cluster) cluster.push(input);
    else byPath.set(input.path, [input]);
  }
  return [...byPath.values()];
}

function lintTogether(inputs: readonly LintInput[], config: LintConfig, rules: readonly Rule[]): LintResult {
  const files = inputs.map((input) => readFile(input, config));
  const documents = files.flatMap((file) => file.documents);
  const vectors: ReadVector[] = documents
    .filter((doc) => doc.kind !== 'components')
    .map((doc) => ({ doc, vector: readImageVector(doc) }));
  const components: ReadComponents[] = documents
    .filter((doc) => doc.kind === 'components')
    .map((doc) => ({ doc, items: readComponentItems(doc) }));
  const groups = buildGroups(vectors, config);
  const baseImageNames = new Set(
    vectors.filter((v) => v.vector.kind === 'base').flatMap((v) => v.vector.images.map((image) => image.name)),
  );

  // Only Kubernetes versions (1.x, or kubernetesVersions): what the rules and the change table talk about too.
  const clipped = clipRowsToKubernetes(distinctRows(resolvedRows(groups)), config);
  const resolved = markRegistries(clipped.rows, config);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const configured = ownValue(config.rules, rule.id);
    if (configured === 'off') continue;
    const report = (r: Report) => findings.push(toFinding(rule, configured, r));
    const context: RuleContext = { config, files, documents, vectors, components, groups, resolved, baseImageNames, report };
    rule.check(context);
  }
  return {
    findings: sortFindings(withKeyPaths(applySuppressions(dedupe(findings), files, knownRules(rules), suppressionCheck(config)), vectors)),
    resolved,
    ...(clipped.outside.length > 0 ? { unresolved: clipped.outside } : {}),
    files: files.map(fileReport),
  };
}

/** Marks the rows whose image comes from outside `registries.allowed` (when configured). */
function markRegistries(rows: ResolvedRow[], config: LintConfig): ResolvedRow[] {
  const allowed = config.registries?.allowed;
  if (!allowed) return rows;
  for (const row of rows) if (allowedPrefix(row.imageString, allowed) === undefined) row.disallowedRegistry = true;
  return rows;
}

function knownRules(rules: readonly Rule[]): string[] {
  return [...rules.map((r) => r.id), ...ALL_RULES.map((r) => r.id), CONFIG_RULE.id, UNUSED_SUPPRESSION_RULE.id, ...CHANGE_RULES.map((r) => r.id)];
}

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
