import * as core from '@actions/core';
import { containsWorkflowCommand, neutralizeWorkflowCommands } from '../reporters/workflow-commands.js';

// The step's log. Messages quote paths, names and API answers; core.info prints them as they
// are, and core.warning/error/notice escape only line breaks and '%' (the command's own
// `::` separator stays intact, but `##[` in the data would still be in the line). Everything
// logged goes through neutralizeWorkflowCommands, so no line the action prints holds a
// workflow command except the action's own.

const clean = neutralizeWorkflowCommands;

/**
 * Annotation properties: the title is cleaned; a file path holding a workflow command cannot be
 * a property (the runner takes the path as it is, so it cannot be escaped) and moves into the
 * message, which loses the inline position but not the location.
 */
function annotation(message: string, properties: core.AnnotationProperties = {}): [string, core.AnnotationProperties] {
  const out: core.AnnotationProperties = { ...properties };
  if (out.title !== undefined) out.title = clean(out.title);
  let text = message;
  if (out.file !== undefined && containsWorkflowCommand(out.file)) {
    const at = [out.file, out.startLine, out.startColumn].filter((part) => part !== undefined).join(':');
    text = `${at}: ${message}`;
    delete out.file;
    delete out.startLine;
    delete out.startColumn;
    delete out.endLine;
    delete out.endColumn;
  }
  return [clean(text), out];
}

export function info(message: string): void {
  core.info(clean(message));
}

export function warning(message: string, properties?: core.AnnotationProperties): void {
  core.warning(...annotation(message, properties));
}

export function error(message: string, properties?: core.AnnotationProperties): void {
  core.error(...annotation(message, properties));
}

export function notice(message: string, properties?: core.AnnotationProperties): void {
  core.notice(...annotation(message, properties));
}

export function setFailed(message: string): void {
  core.setFailed(clean(message));
}
