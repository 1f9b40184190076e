import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJson, formatJsonChunks, JsonReportStream, summarize, toJsonReport } from '../../src/reporters/json.js';
import { neutralizeWorkflowCommands } from '../../src/reporters/workflow-commands.js';
import type { ResolvedRow } from '../../src/engine/types.js';
import { finding, sampleResult } from './fixtures.js';

describe('formatJson', () => {
  it('writes the documented, stable shape', () => {
    expect(JSON.parse(formatJson(sampleResult()))).toEqual({
      version: 1,
      findings: [
        { rule: 'unknown-component', severity: 'notice', file: 'components.yaml', line: 2, column: 9, message: 'Component etcd-drud is unknown.' },
        { rule: 'image-reference', severity: 'error', file: 'images.yaml', line: 4, column: 10, endLine: 4, endColumn: 16, message: 'Tag "v1:2" is not a valid tag.' },
        { rule: 'version-gap', severity: 'warning', file: 'images.yaml', line: 12, column: 5, message: 'No etcd image for target 1.21.x (1.21.0 ≤ v < 1.22.0).' },
      ],
      resolved: [
        {
          image: 'etcd',
          architecture: 'amd64',
          runtimeVersion: [{ lo: '0.0.0', hi: null }],
          targetVersion: [{ lo: '1.27.0', hi: '1.30.0' }],
          imageString: 'europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.9',
          source: { file: 'images.yaml', line: 2, column: 3, kind: 'base' },
        },
        {
          image: 'etcd',
          architecture: 'arm64',
          runtimeVersion: [{ lo: '0.0.0', hi: '1.27.0' }, { lo: '1.30.0', hi: null }],
          targetVersion: [{ lo: '0.0.0', hi: null }],
          imageString: 'europe-docker.pkg.dev/gardener-project/releases/etcd:v3.5.10',
          source: { file: 'components.yaml', line: 7, column: 7, kind: 'components', component: 'etcd-druid' },
        },
      ],
      files: [
        { path: 'images.yaml', kind: 'base', entries: 2 },
        { path: 'components.yaml', kind: 'components', entries: 1 },
        { path: 'charts/templated.yaml', kind: 'base', entries: 0, skipped: 'contains unrendered Helm template expressions' },
      ],
      summary: { errors: 1, warnings: 1, notices: 1 },
    });
  });

  it('pretty-prints with two spaces, keys in the documented order, no final newline', () => {
    const text = formatJson(sampleResult());
    expect(text.startsWith('{\n  "version": 1,\n  "resolved": [\n    {\n      "image": ')).toBe(true);
    expect(text).toContain('\n  "findings": [\n    {\n      "rule": "unknown-component",\n      "severity": "notice",\n      "file": "components.yaml",\n      "line": 2,\n      "column": 9,\n      "message"');
    expect(text.endsWith('\n}')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'resolved', 'files', 'findings', 'summary']);
    expect(Object.keys(JSON.parse(text).findings[1])).toEqual(['rule', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message']);
  });

  it('does not leak extra properties of the input', () => {
    const result = sampleResult();
    (result.findings[0] as unknown as Record<string, unknown>).internal = 'secret';
    (result.resolved[0]?.source as unknown as Record<string, unknown>).entryIndex = 3;
    const text = formatJson(result);
    expect(text).not.toContain('internal');
    expect(text).not.toContain('entryIndex');
  });

  it('is deterministic: the order of the input findings does not matter (property)', () => {
    const base = sampleResult();
    const many = [
      ...base.findings,
      finding({ rule: 'b-rule', line: 4, column: 10 }),
      finding({ rule: 'a-rule', line: 4, column: 10 }),
      finding({ rule: 'a-rule', line: 4, column: 10, severity: 'warning' }),
      finding({ rule: 'a-rule', line: 4, column: 10, message: 'Another message.' }),
      finding({ rule: 'x', line: 1, column: 1, file: 'Z.yaml' }),
      finding({ rule: 'x', line: 1, column: 1, file: 'a.yaml' }),
    ];
    const expected = formatJson({ ...base, findings: many });
    fc.assert(
      fc.property(fc.shuffledSubarray(many, { minLength: many.length }), (shuffled) => {
        expect(formatJson({ ...base, findings: shuffled })).toBe(expected);
      }),
    );
    const order = toJsonReport({ ...base, findings: many }).findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.rule}:${f.severity}`);
    expect(order).toEqual([
      'Z.yaml:1:1:x:error', // code-unit order: uppercase before lowercase, on every machine
      'a.yaml:1:1:x:error',
      'components.yaml:2:9:unknown-component:notice',
      'images.yaml:4:10:a-rule:error',
      'images.yaml:4:10:a-rule:error',
      'images.yaml:4:10:a-rule:warning',
      'images.yaml:4:10:b-rule:error',
      'images.yaml:4:10:image-reference:error',
      'images.yaml:12:5:version-gap:warning',
    ]);
  });
});

describe('summarize', () => {
  it('counts by severity', () => {
    expect(summarize([])).toEqual({ errors: 0, warnings: 0, notices: 0 });
    expect(summarize(sampleResult().findings)).toEqual({ errors: 1, warnings: 1, notices: 1 });
  });

  it('in pieces is byte for byte JSON.stringify with 2 spaces, neutralised (empty lists, changes, hostile text, many elements)', () => {
    const whole = (result: Parameters<typeof formatJson>[0], options: Parameters<typeof formatJson>[1] = {}) =>
      neutralizeWorkflowCommands(JSON.stringify(toJsonReport(result, options), null, 2));
    const sample = sampleResult();
    const changes = [
      {
        kind: 'changed' as const,
        wholeImage: false,
        image: '::stop-commands::x',
        architecture: 'amd64',
        runtimeVersion: [{ lo: '0.0.0', hi: null }],
        targetVersion: [{ lo: '1.30.0', hi: '1.31.0' }],
        before: 'r:1',
        after: 'r:##[add-mask]2',
        source: { file: 'images.yaml', line: 3, column: 3, kind: 'base' as const },
      },
    ];
    const cases: Array<[Parameters<typeof formatJson>[0], Parameters<typeof formatJson>[1]]> = [
      [sample, {}],
      [sample, { changes }],
      [sample, { changes: [] }],
      [{ findings: [], resolved: [], files: [] }, {}],
      [{ ...sample, findings: Array.from({ length: 2500 }, (_, i) => finding({ rule: 'r', line: i + 1, message: i % 7 ? `m${i}` : '\n::x::y ##[z]' })) }, {}],
      [{ ...sample, resolved: Array.from({ length: 2500 }, (_, i) => ({ ...sample.resolved[0]!, image: i % 7 ? `i${i}` : '##[add-mask]x' })) }, { changes }],
    ];
    for (const [result, options] of cases) {
      // Written as a run gives the rows (in uneven pieces), then the rest.
      let streamed = '';
      const stream = new JsonReportStream((text) => (streamed += text));
      for (let i = 0; i < result.resolved.length; i += 700) stream.rows(result.resolved.slice(i, i + 700));
      stream.end({ findings: result.findings, files: result.files }, options);
      expect(streamed).toBe(whole(result, options));
      const pieces = [...formatJsonChunks(result, options)];
      expect(pieces.join('')).toBe(whole(result, options));
      expect(formatJson(result, options)).toBe(whole(result, options));
    }
    // Rows written as text directly (what one entry's rows share written once): the same bytes as
    // JSON.stringify of jsonRow, for any strings, shared or reused source objects, components, marks.
    const hostile = fc.array(fc.constantFrom(':', '#', '[', ' ', '\u2028', '\u0085', '\u200b', '\u00ad', '\r', '\n', '"', 'a'), { maxLength: 8 }).map((cs) => cs.join(''));
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), hostile, fc.constantFrom('0.0.0', '1.27.0', '##[add-mask]x', '::x::y', 'a"b\\c\u2028', 'x\u2028::y', '#\u200b#\u00ad[z', ' \u0085\u200b:\u200b:w', '\u2029 ::', ':', '#', '['));
    const interval = fc.record({ lo: text, hi: fc.option(text, { nil: null }) });
    const source = fc.record(
      { file: text, line: fc.nat(), column: fc.nat(), kind: fc.constantFrom('base', 'overwrite', 'components' as const), component: text },
      { requiredKeys: ['file', 'line', 'column', 'kind'] },
    );
    const rowOf = fc.record(
      {
        image: text,
        architecture: fc.oneof(text, fc.constantFrom('amd64', 'arm64')),
        runtimeVersion: fc.oneof(fc.constant([{ lo: '0.0.0', hi: null }]), fc.array(interval, { maxLength: 3 })),
        targetVersion: fc.oneof(fc.constant([{ lo: '0.0.0', hi: null }]), fc.array(interval, { maxLength: 3 })),
        imageString: text,
        source: fc.nat(3),
        disallowedRegistry: fc.constant(true as const),
      },
      { requiredKeys: ['image', 'architecture', 'runtimeVersion', 'targetVersion', 'imageString', 'source'] },
    );
    fc.assert(
      fc.property(fc.array(source, { minLength: 4, maxLength: 4 }), fc.array(rowOf, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(39), fc.nat(3), fc.nat())), (sources, rows, edits) => {
        // Rows of one entry share their source object (as the engine's do); some rows change it between writes.
        // Most rows take their entry's image and image string too (some have their own).
        const resolved = rows.map((r, i) => ({
          ...r,
          ...(i % 3 === 0 ? {} : { image: `image${r.source}`, imageString: sources[r.source]!.file }),
          source: sources[r.source]!,
        })) as ResolvedRow[];
        let streamed = '';
        const stream = new JsonReportStream((piece) => (streamed += piece));
        const half = Math.floor(resolved.length / 2);
        stream.rows(resolved.slice(0, half));
        const written = structuredClone(resolved.slice(0, half));
        for (const [at, which, line] of edits) {
          if (at % 2 === 0) sources[which]!.line = line;
          else if (at < resolved.length && at >= half) resolved[at] = { ...resolved[at]!, source: { ...sources[which]!, line } };
        }
        stream.rows(resolved.slice(half));
        stream.end({ findings: [], files: [] });
        expect(streamed).toBe(whole({ findings: [], files: [], resolved: [...written, ...resolved.slice(half)] }));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 30 }), (messages) => {
        const result = { ...sample, findings: messages.map((message, i) => finding({ rule: 'r', line: i + 1, message })) };
        expect(formatJson(result)).toBe(whole(result));
      }),
    );
  });
});
