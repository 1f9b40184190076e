import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';
import { artifactLocation, formatSarif, normalizeMessageForFingerprint, type SarifTool } from '../../src/reporters/sarif.js';
import { finding, sampleResult } from './fixtures.js';

const TOOL: SarifTool = {
  name: 'imagevector-lint',
  version: '0.1.0',
  informationUri: 'https://github.com/example/imagevector-lint',
  rules: [
    { id: 'image-reference', severity: 'error', description: 'Invalid image reference.', helpUri: 'https://example.test/rules/image-reference' },
    { id: 'version-gap', severity: 'warning', description: 'A version has no image.', helpUri: 'https://example.test/rules/version-gap' },
    { id: 'legacy-version', severity: 'notice', description: 'Legacy version field.', helpUri: 'https://example.test/rules/legacy-version' },
    { id: 'disabled-rule', severity: 'off', description: 'Switched off.', helpUri: 'https://example.test/rules/disabled-rule' },
  ],
};

type Json = any;

const LEVELS = ['none', 'note', 'warning', 'error'];

/**
 * The properties SARIF 2.1.0 requires (sarifLog: version, runs; run: tool; tool: driver;
 * toolComponent: name; reportingDescriptor: id; result: message; message: text;
 * multiformatMessageString: text) and what GitHub code scanning relies on (ruleId, a location
 * with a relative URI and region.startLine ≥ 1, partialFingerprints).
 */
function validate(log: Json): string[] {
  const errors: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) errors.push(what);
  };
  const isPositiveInt = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1;
  check(log.$schema === 'https://json.schemastore.org/sarif-2.1.0.json', '$schema');
  check(log.version === '2.1.0', 'version');
  check(Array.isArray(log.runs) && log.runs.length === 1, 'one run');
  const run = log.runs?.[0] ?? {};
  const driver = run.tool?.driver ?? {};
  check(typeof driver.name === 'string' && driver.name.length > 0, 'tool.driver.name');
  check(Array.isArray(driver.rules), 'tool.driver.rules');
  const ids = new Set<string>();
  for (const [i, rule] of (driver.rules ?? []).entries()) {
    check(typeof rule.id === 'string' && rule.id.length > 0, `rules[${i}].id`);
    check(!ids.has(rule.id), `rules[${i}].id unique`);
    ids.add(rule.id);
    check(typeof rule.shortDescription?.text === 'string', `rules[${i}].shortDescription.text`);
    if (rule.fullDescription !== undefined) check(typeof rule.fullDescription.text === 'string', `rules[${i}].fullDescription.text`);
    if (rule.help !== undefined) check(typeof rule.help.text === 'string', `rules[${i}].help.text`);
    check(typeof rule.helpUri === 'string' && /^https?:\/\//.test(rule.helpUri), `rules[${i}].helpUri`);
    check(LEVELS.includes(rule.defaultConfiguration?.level), `rules[${i}].defaultConfiguration.level`);
  }
  check(Array.isArray(run.results), 'results');
  for (const [i, result] of (run.results ?? []).entries()) {
    check(typeof result.ruleId === 'string', `results[${i}].ruleId`);
    check(Number.isInteger(result.ruleIndex) && driver.rules?.[result.ruleIndex]?.id === result.ruleId, `results[${i}].ruleIndex`);
    check(LEVELS.includes(result.level), `results[${i}].level`);
    check(typeof result.message?.text === 'string' && result.message.text.length > 0, `results[${i}].message.text`);
    check(Array.isArray(result.locations) && result.locations.length === 1, `results[${i}].locations`);
    const physical = result.locations?.[0]?.physicalLocation ?? {};
    const uri = physical.artifactLocation?.uri;
    check(typeof uri === 'string' && !uri.includes('\\') && !uri.startsWith('/') && !uri.startsWith('./'), `results[${i}] relative uri`);
    check(physical.artifactLocation?.uriBaseId === '%SRCROOT%', `results[${i}].uriBaseId`);
    const region = physical.region ?? {};
    check(isPositiveInt(region.startLine), `results[${i}].region.startLine`);
    for (const key of ['startColumn', 'endLine', 'endColumn']) {
      if (region[key] !== undefined) check(isPositiveInt(region[key]), `results[${i}].region.${key}`);
    }
    check(typeof result.partialFingerprints?.primaryLocationLineHash === 'string', `results[${i}].partialFingerprints`);
  }
  return errors;
}

function sarif(result: LintResult, tool = TOOL): Json {
  return JSON.parse(formatSarif(result, tool));
}

describe('formatSarif', () => {
  it('has every property SARIF and GitHub require', () => {
    const log = sarif(sampleResult());
    expect(validate(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(3);
  });

  it('an empty result is still a valid log', () => {
    const log = sarif({ findings: [], resolved: [], files: [] });
    expect(validate(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
  });

  it('describes the tool and its rules', () => {
    const driver = sarif(sampleResult()).runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'imagevector-lint', version: '0.1.0', semanticVersion: '0.1.0', informationUri: TOOL.informationUri });
    expect(driver.rules[0]).toEqual({
      id: 'image-reference',
      name: 'image-reference',
      shortDescription: { text: 'Invalid image reference.' },
      fullDescription: { text: 'Invalid image reference.' },
      help: {
        text: 'Invalid image reference.\n\nhttps://example.test/rules/image-reference',
        markdown: 'Invalid image reference.\n\n[Documentation](https://example.test/rules/image-reference)',
      },
      helpUri: 'https://example.test/rules/image-reference',
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules.map((r: Json) => r.defaultConfiguration)).toEqual([
      { level: 'error' },
      { level: 'warning' },
      { level: 'note' },
      { level: 'none', enabled: false },
      { level: 'warning' }, // unknown-component: named by a finding, not listed by the tool
    ]);
    expect(driver.rules[4].id).toBe('unknown-component');
  });

  it('omits semanticVersion when the version is not semver', () => {
    expect(sarif(sampleResult(), { ...TOOL, version: 'dev' }).runs[0].tool.driver.semanticVersion).toBeUndefined();
  });

  it('maps a finding to a result', () => {
    const results = sarif(sampleResult()).runs[0].results;
    expect(results[1]).toEqual({
      ruleId: 'image-reference',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Tag "v1:2" is not a valid tag.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'images.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 10, endLine: 4, endColumn: 16 },
          },
        },
      ],
      partialFingerprints: { primaryLocationLineHash: expect.stringMatching(/^[0-9a-f]{64}:1$/) },
    });
    expect(results.map((r: Json) => r.level)).toEqual(['note', 'error', 'warning']);
  });

  it('clamps file-level findings to line 1', () => {
    const log = sarif({ findings: [finding({ rule: 'x', line: 0, column: 0 })], resolved: [], files: [] });
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    expect(validate(log)).toEqual([]);
  });
});

describe('fingerprints', () => {
  const fingerprints = (result: LintResult): string[] =>
    sarif(result).runs[0].results.map((r: Json) => r.partialFingerprints.primaryLocationLineHash);

  it('stay the same when a finding moves to another line', () => {
    const before = fingerprints({
      findings: [finding({ rule: 'version-overlap', line: 12, message: 'etcd overlaps the entry at line 30 for 1.21.x.' })],
      resolved: [],
      files: [],
    });
    const after = fingerprints({
      findings: [finding({ rule: 'version-overlap', line: 19, column: 7, message: 'etcd overlaps the entry at line 37 for 1.21.x.' })],
      resolved: [],
      files: [],
    });
    expect(after).toEqual(before);
  });

  it('change when what is wrong changes (another version, another rule, another file)', () => {
    const base = finding({ rule: 'version-overlap', line: 12, message: 'etcd overlaps for 1.21.x.' });
    const [a] = fingerprints({ findings: [base], resolved: [], files: [] });
    const [b] = fingerprints({ findings: [{ ...base, message: 'etcd overlaps for 1.22.x.' }], resolved: [], files: [] });
    const [c] = fingerprints({ findings: [{ ...base, rule: 'version-gap' }], resolved: [], files: [] });
    const [d] = fingerprints({ findings: [{ ...base, file: 'other.yaml' }], resolved: [], files: [] });
    expect(new Set([a, b, c, d]).size).toBe(4);
  });

  it('count identical findings, in line order', () => {
    const same = (line: number) => finding({ rule: 'duplicate-entry', line, message: 'Duplicate entry for etcd.' });
    const prints = fingerprints({ findings: [same(40), same(10), same(25)], resolved: [], files: [] });
    const hash = prints[0]?.split(':')[0];
    expect(prints).toEqual([`${hash}:1`, `${hash}:2`, `${hash}:3`]);
    // Moving all three keeps all three.
    expect(fingerprints({ findings: [same(41), same(11), same(26)], resolved: [], files: [] })).toEqual(prints);
  });
});

describe('normalizeMessageForFingerprint', () => {
  it.each<[string, string]>([
    ['overlaps the entry at line 30', 'overlaps the entry at line #'],
    ['see lines 3–5 and 9', 'see lines #'],
    ['defined at images.yaml:12:3 before', 'defined at images.yaml:# before'],
    ['column 7 of line 2', 'column # of line #'],
    ['target 1.21.x (1.21.0 ≤ v < 1.22.0)', 'target 1.21.x (1.21.0 ≤ v < 1.22.0)'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeMessageForFingerprint(input)).toBe(expected);
  });
});

describe('artifactLocation', () => {
  it.each<[string, string | undefined, { uri: string; uriBaseId?: string }]>([
    ['images.yaml', undefined, { uri: 'images.yaml', uriBaseId: '%SRCROOT%' }],
    ['./imagevector/images.yaml', undefined, { uri: 'imagevector/images.yaml', uriBaseId: '%SRCROOT%' }],
    ['imagevector\\images.yaml', undefined, { uri: 'imagevector/images.yaml', uriBaseId: '%SRCROOT%' }],
    ['dir with space/a#b.yaml', undefined, { uri: 'dir%20with%20space/a%23b.yaml', uriBaseId: '%SRCROOT%' }],
    ['/repo/charts/images.yaml', '/repo', { uri: 'charts/images.yaml', uriBaseId: '%SRCROOT%' }],
    ['/elsewhere/images.yaml', '/repo', { uri: 'file:///elsewhere/images.yaml' }],
  ])('%j (root %j)', (file, root, expected) => {
    expect(artifactLocation(file, root)).toEqual(expected);
  });
});
