import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/cli/args.js';

// --format github | rdjson | checkstyle through the BUILT CLI, each checked against its
// format: rdjson against reviewdog's own JSON schema (vendored, test/fixtures/schemas), with
// its suggested fixes applied to the file and linted again; checkstyle parsed as XML; github
// parsed the way the Actions runner parses a workflow command. Every format carries the same
// findings as --format json.

// A CommonJS module: its default export is module.exports, whose .default is the class.
const Ajv04 = ajvDraft04.default;
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');

function run(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// `tag: 3.10` (a float), `architecture:` (a typo, scalar and list), `targetVersions`, and a line
// with non-ASCII text before the finding (reviewdog counts columns in UTF-8 bytes).
const VECTOR = [
  'images:',
  '- name: etcd',
  '  repository: registry.example.com/etcd',
  '  tag: 3.10 # a float',
  '  architecture: amd64',
  '- name: pause',
  '  repository: registry.example.com/pause',
  '  tag: "3.9"',
  '  architecture: [arm64]',
  '- {name: "kübe-<&>", repository: registry.example.com/Kube, tag: 1.30, targetVersions: ">= 1.30"}',
  '',
].join('\n');

interface JsonFinding {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

let dir: string;
let json: JsonFinding[];
beforeAll(() => {
  expect(fs.existsSync(cli), `${cli} is missing: run npm run build`).toBe(true);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-formats-'));
  fs.writeFileSync(path.join(dir, 'images.yaml'), VECTOR);
  const r = run(dir, ['images.yaml', '--format', 'json']);
  expect(r.code).toBe(1);
  json = JSON.parse(r.stdout).findings;
  expect(json.map((f) => f.rule)).toEqual(expect.arrayContaining(['yaml-type-trap', 'unknown-field']));
});

/** A 1-based UTF-8 byte column of `line` as a string offset into the line. */
function byteColumnToIndex(line: string, column: number): number {
  const bytes = Buffer.from(line, 'utf8');
  return Buffer.from(bytes.subarray(0, column - 1)).toString('utf8').length;
}

describe('--format rdjson (reviewdog)', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/schemas/reviewdog-DiagnosticResult.json'), 'utf8'));
  const validate = new Ajv04({ strict: false, allErrors: true }).compile(schema);

  it("is valid against reviewdog's DiagnosticResult schema and carries the JSON report's findings", () => {
    const r = run(dir, ['images.yaml', '--format', 'rdjson']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    // The schema requires nothing: not vacuous, a wrong document fails it.
    expect(validate({ diagnostics: [{ severity: 'FATAL' }] })).toBe(false);
    expect(validate({ diagnostics: [{ location: { range: { start: { line: 'one' } } } }] })).toBe(false);
    expect(report.source).toEqual({ name: 'imagevector-lint', url: expect.stringMatching(/^https:\/\//) });
    const severity = { error: 'ERROR', warning: 'WARNING', notice: 'INFO' } as Record<string, string>;
    expect(report.diagnostics.map((d: any) => [d.code.value, d.severity, d.location.path, d.location.range.start.line, d.message])).toEqual(
      json.map((f) => [f.rule, severity[f.severity], f.file, f.line, f.message]),
    );
    for (const d of report.diagnostics) expect(d.code.url).toBe(`https://github.com/imagevector-lint/imagevector-lint/blob/main/docs/rules.md#${d.code.value}`);
  });

  it('counts columns in UTF-8 bytes', () => {
    const report = JSON.parse(run(dir, ['images.yaml', '--format', 'rdjson']).stdout);
    const lines = VECTOR.split('\n');
    const trap = report.diagnostics.find((d: any) => d.code.value === 'yaml-type-trap' && d.location.range.start.line === 10);
    const engine = json.find((f) => f.rule === 'yaml-type-trap' && f.line === 10)!;
    // `ü` is one UTF-16 unit and two UTF-8 bytes: the byte column is one more.
    expect(trap.location.range.start.column).toBe(engine.column + 1);
    expect(lines[9]!.slice(byteColumnToIndex(lines[9]!, trap.location.range.start.column))).toMatch(/^1\.30,/);
  });

  it('suggests the mechanical fixes with exact ranges, and applying them removes those findings', () => {
    const report = JSON.parse(run(dir, ['images.yaml', '--format', 'rdjson']).stdout);
    const suggestions = report.diagnostics
      .filter((d: any) => d.suggestions)
      .map((d: any) => [d.code.value, d.suggestions[0].range.start.line, d.suggestions[0].text]);
    expect(suggestions).toEqual([
      ['yaml-type-trap', 4, '"3.10"'],
      ['unknown-field', 5, 'architectures: [amd64]'],
      ['unknown-field', 9, 'architectures'],
      ['yaml-type-trap', 10, '"1.30"'],
      ['unknown-field', 10, 'targetVersion'],
    ]);
    // Apply them (right to left within a line, as reviewdog would).
    const lines = VECTOR.split('\n');
    const edits = report.diagnostics.flatMap((d: any) => d.suggestions ?? []);
    edits.sort((a: any, b: any) => b.range.start.line - a.range.start.line || b.range.start.column - a.range.start.column);
    for (const { range, text } of edits) {
      expect(range.end.line).toBe(range.start.line);
      const line = lines[range.start.line - 1]!;
      const from = byteColumnToIndex(line, range.start.column);
      const to = byteColumnToIndex(line, range.end.column);
      lines[range.start.line - 1] = line.slice(0, from) + text + line.slice(to);
    }
    const fixed = lines.join('\n');
    expect(fixed).toContain('  tag: "3.10" # a float\n  architectures: [amd64]\n');
    expect(fixed).toContain('  architectures: [arm64]\n');
    expect(fixed).toContain('tag: "1.30", targetVersion: ">= 1.30"}');
    fs.writeFileSync(path.join(dir, 'fixed.yaml'), fixed);
    const again = JSON.parse(run(dir, ['fixed.yaml', '--format', 'json']).stdout);
    expect(again.findings.filter((f: JsonFinding) => f.rule === 'yaml-type-trap' || f.rule === 'unknown-field')).toEqual([]);
  });

  it('offers no suggestion inside a vector embedded in a string (the edit would need its escaping)', () => {
    fs.writeFileSync(
      path.join(dir, 'configmap.yaml'),
      ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: overwrite}', 'data:', '  images_overwrite.yaml: "images:\\n- name: etcd\\n  tag: 3.10\\n"', ''].join('\n'),
    );
    const r = run(dir, ['images.yaml', '--overwrite', 'configmap.yaml', '--format', 'rdjson']);
    const report = JSON.parse(r.stdout);
    const embedded = report.diagnostics.filter((d: any) => d.location.path === 'configmap.yaml' && d.code.value === 'yaml-type-trap');
    expect(embedded).toHaveLength(1);
    expect(embedded[0].suggestions).toBeUndefined();
  });
});

describe('--format checkstyle', () => {
  it('is well-formed XML with one <file> per file and one <error> per finding, values escaped', () => {
    const r = run(dir, ['images.yaml', '--format', 'checkstyle']);
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">')).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'file' || name === 'error' }).parse(r.stdout);
    const files = doc.checkstyle.file;
    expect(files.map((f: any) => f.name)).toEqual(['images.yaml']);
    const severity = { error: 'error', warning: 'warning', notice: 'info' } as Record<string, string>;
    expect(files[0].error.map((e: any) => [e.source, e.severity, Number(e.line), Number(e.column), e.message])).toEqual(
      json.map((f) => [`imagevector-lint.${f.rule}`, severity[f.severity], f.line, f.column, f.message]),
    );
    // Not vacuous: the markup characters of the name are in a message, escaped in the source.
    expect(json.some((f) => f.message.includes('kübe-<&>'))).toBe(true);
    expect(r.stdout).toContain('kübe-&lt;&amp;&gt;');
  });

  it('carries a message with quotes, line breaks and control characters through an XML parser unchanged', async () => {
    const { escapeXmlAttribute } = await import('../../src/reporters/checkstyle.js');
    const value = 'a"b\'c<d>&e\tf\ng\r\nh\u0001i\uD800j 😀';
    const xml = `<x v="${escapeXmlAttribute(value)}"/>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, processEntities: true }).parse(xml);
    expect(parsed.x.v).toBe('a"b\'c<d>&e\tf\ng\r\nh\\u0001i\\ud800j 😀');
  });
});

/** The Actions runner's V2 command parsing (ActionCommand.TryParseV2) with its unescaping. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
    }
  }
  return { command, properties, data: unescape(line.slice(end + 2), false) };
}

function unescape(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

describe('--format github (workflow commands)', () => {
  it('prints one annotation command per finding, errors first, with file, line and column', () => {
    const r = run(dir, ['images.yaml', '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const commands = lines.map(parseCommand);
    expect(commands.every((c) => c !== undefined)).toBe(true);
    const order = { error: 0, warning: 1, notice: 2 } as Record<string, number>;
    const expected = [...json].sort((a, b) => order[a.severity]! - order[b.severity]!);
    expect(commands.map((c) => [c!.command, c!.properties.file, Number(c!.properties.line), Number(c!.properties.col), c!.properties.title, c!.data])).toEqual(
      expected.map((f) => [f.severity, f.file, f.line, f.column, `imagevector-lint: ${f.rule}`, f.message]),
    );
  });

  it('escapes a message with %, line breaks, colons and commas so the runner decodes it unchanged', async () => {
    const { findingCommand } = await import('../../src/reporters/github.js');
    const finding = { rule: 'version-gap', severity: 'warning' as const, file: 'a,b:c%d.yaml', line: 3, column: 4, endLine: 3, endColumn: 9, message: '50% of\r\nx: y, z' };
    const line = findingCommand(finding);
    expect(line).toBe('::warning title=imagevector-lint%3A version-gap,file=a%2Cb%3Ac%25d.yaml,line=3,endLine=3,col=4,endColumn=9::50%25 of%0D%0Ax: y, z');
    expect(parseCommand(line)).toEqual({
      command: 'warning',
      properties: { title: 'imagevector-lint: version-gap', file: 'a,b:c%d.yaml', line: '3', endLine: '3', col: '4', endColumn: '9' },
      data: finding.message,
    });
  });
});

describe('--format', () => {
  it('names every choice when the format is unknown', () => {
    const r = run(dir, ['images.yaml', '--format', 'junit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--format must be one of ${FORMATS.join(', ')}, not 'junit'.`);
    expect(FORMATS).toEqual(['text', 'json', 'markdown', 'sarif', 'github', 'rdjson', 'checkstyle']);
  });
});
