// Reporters turn a LintResult into text. They only format: no I/O, no decisions about what is
// wrong (that is the engine's), and the same input always gives the same output.

export { formatText, sanitizeForTerminal, type TextOptions } from './text.js';
export {
  formatJson,
  formatJsonChunks,
  toJsonReport,
  summarize,
  sortFindings,
  compareFindings,
  isAnyVersion,
  type JsonReport,
  type JsonFinding,
  type JsonResolvedRow,
  type JsonFile,
  type Summary,
} from './json.js';
export {
  formatSarif,
  toSarif,
  artifactLocation,
  normalizeMessageForFingerprint,
  SARIF_SCHEMA,
  type SarifTool,
  type SarifRuleInfo,
  type SarifOptions,
  type SarifLevel,
} from './sarif.js';
export {
  renderFindingsTable,
  renderResolvedTable,
  renderVerdict,
  renderMarkdownReport,
  renderMessage,
  type MarkdownTableOptions,
  type MarkdownReportOptions,
} from './markdown.js';
export { escapeTableCell, codeSpan, ZERO_WIDTH_SPACE } from './markdown-escape.js';
export { formatGithub, escapeData, escapeProperty, workflowCommand } from './github.js';
export { formatRdjson, toRdjson, type RdjsonOptions } from './rdjson.js';
export { formatCheckstyle, escapeXmlAttribute } from './checkstyle.js';
export { neutralizeWorkflowCommands, neutralizeWorkflowCommandsInMarkdown, containsWorkflowCommand } from './workflow-commands.js';
