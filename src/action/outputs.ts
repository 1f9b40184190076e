import * as core from '@actions/core';
import type { LintConfig } from '../engine/types.js';
import { formatJson, summarize } from '../reporters/json.js';
import { formatSarif } from '../reporters/sarif.js';
import { sarifTool } from '../reporters/sarif-tool.js';
import { writeConfined } from '../workspace/confined-write.js';
import type { ActionSettings } from './settings.js';
import type { RunReport } from './summary.js';
import * as log from './log.js';

// The report files (JSON always, SARIF on request) and the step's outputs.

export interface ReportPaths {
  json?: string;
  sarif?: string;
}

export function writeReports(
  settings: Pick<ActionSettings, 'workspace' | 'jsonReportFile' | 'jsonReportRoot' | 'sarifFile'>,
  report: RunReport,
  config: LintConfig,
): ReportPaths {
  const paths: ReportPaths = {};
  const result = report.result;
  try {
    writeConfined(settings.jsonReportFile, formatJson(result, report.comparison ? { changes: report.comparison.changes } : {}), settings.jsonReportRoot);
    paths.json = settings.jsonReportFile;
  } catch (error) {
    log.warning(`Could not write the JSON report ${settings.jsonReportFile}: ${(error as Error).message}`);
  }
  if (settings.sarifFile) {
    try {
      writeConfined(settings.sarifFile, `${formatSarif(result, sarifTool(config), { root: settings.workspace })}\n`, settings.workspace);
      paths.sarif = settings.sarifFile;
    } catch (error) {
      log.warning(`Could not write the SARIF file ${settings.sarifFile}: ${(error as Error).message}`);
    }
  }
  return paths;
}

/** The step's outputs; a GITHUB_OUTPUT that cannot be written is a warning (the comment and the verdict still follow). */
export function setOutputs(report: RunReport, paths: ReportPaths): void {
  const counts = summarize(report.reported);
  try {
    core.setOutput('errors', counts.errors);
    core.setOutput('warnings', counts.warnings);
    core.setOutput('notices', counts.notices);
    core.setOutput('result', report.failed ? 'failed' : 'passed');
    core.setOutput('json-report', paths.json ?? '');
    core.setOutput('sarif', paths.sarif ?? '');
  } catch (error) {
    log.warning(`Could not set the step's outputs (GITHUB_OUTPUT): ${(error as Error).message}`);
  }
}
