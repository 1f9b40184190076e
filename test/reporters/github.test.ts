import * as core from '@actions/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationFile, findingCommand, formatGithub } from '../../src/reporters/github.js';
import { neutralizeWorkflowCommands } from '../../src/reporters/workflow-commands.js';
import type { Finding } from '../../src/engine/types.js';
import { runnerCommandLines } from './runner-model.js';

// --format github writes what @actions/core would for the same annotation: the same command,
// properties in the same order, escaped by the same rules. Compared with the real package.

function coreOutput(finding: Finding): string {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const properties: core.AnnotationProperties = {
      title: neutralizeWorkflowCommands(`imagevector-lint: ${finding.rule}`),
      file: annotationFile(finding.file),
      startLine: Math.max(1, finding.line),
      startColumn: Math.max(1, finding.column),
      ...(finding.endLine !== undefined ? { endLine: finding.endLine } : {}),
      ...(finding.endColumn !== undefined ? { endColumn: finding.endColumn } : {}),
    };
    const message = neutralizeWorkflowCommands(finding.message);
    if (finding.severity === 'error') core.error(message, properties);
    else if (finding.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  } finally {
    spy.mockRestore();
  }
  return written.join('').replace(/\r?\n$/, '');
}

afterEach(() => vi.restoreAllMocks());

const text = fc.string({ unit: fc.constantFrom('a', ':', ',', '%', '\n', '\r', '#', '[', ']', ' ', '=', 'é', '😀', '\u200b'), maxLength: 24 });
const finding = fc.record({
  rule: fc.constantFrom('version-gap', 'yaml-type-trap'),
  severity: fc.constantFrom('error', 'warning', 'notice') as fc.Arbitrary<Finding['severity']>,
  file: text.filter((s) => s.length > 0),
  line: fc.integer({ min: 1, max: 5000 }),
  column: fc.integer({ min: 1, max: 200 }),
  message: text,
});

describe('--format github', () => {
  it('writes exactly what @actions/core writes for the same annotation', () => {
    fc.assert(
      fc.property(finding, fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), (f, extra) => {
        const withEnd: Finding = extra === undefined ? f : { ...f, endLine: f.line + extra, endColumn: f.column + 1 };
        expect(findingCommand(withEnd)).toBe(coreOutput(withEnd));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a file path as it is unless it holds the `##[` prefix', () => {
    expect(annotationFile('::stop-commands::x/images.yaml')).toBe('::stop-commands::x/images.yaml');
    expect(annotationFile('##[set-output name=x]y/c.yaml')).toBe('\\u0023#[set-output name=x]y/c.yaml');
  });

  it('neutralises commands in messages: the runner sees only the annotation commands', () => {
    const hostile: Finding[] = ['::stop-commands::x', '##[add-mask]x', 'a\n::set-output name=x::y', 'b\r##[set-output name=x]y'].map((message, i) => ({
      rule: 'unknown-image',
      severity: 'error',
      file: 'images.yaml',
      line: i + 1,
      column: 1,
      message,
    }));
    const out = formatGithub({ findings: hostile, resolved: [], files: [] });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    // Every line is one annotation command, and nothing else the runner would take as one.
    expect(runnerCommandLines(out)).toEqual(lines);
    for (const line of lines) expect(line).toMatch(/^::error title=imagevector-lint%3A unknown-image,file=images\.yaml,line=\d,col=1::[^\n]*$/);
    expect(out).not.toContain('##[');
    expect(out).toContain('::\\u003a:stop-commands::x');
    expect(out).toContain('%0A\\u003a:set-output');
  });
});
