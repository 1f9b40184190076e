import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Rows and findings outlive their cluster (until the report): their strings must not keep the
// text of the file they were read from alive (V8 keeps slices and concatenations as views into
// it). 300 files, each one image padded with a 100 KB comment: the sources are 30 MB; what the
// result keeps must be a small fraction of that. Measured in a child with --expose-gc, on the
// built library (what consumers and the bundles run). A memory bound, not a timing.
const LIB = join(import.meta.dirname, '../../lib/index.js');

const script = `
const { lint, defaultConfig } = await import(${JSON.stringify(LIB)});
const pad = '#' + 'x'.repeat(100_000) + '\\n';
const inputs = [];
for (let i = 0; i < 300; i++) {
  const name = 'an-image-name-long-enough-to-be-sliced-' + i;
  inputs.push({ path: 'v' + i + '.yaml', kind: 'base', content: pad + 'images:\\n- name: ' + name + '\\n  repository: europe-docker.pkg.dev/gardener-project/releases/' + name + '\\n  tag: v1.2.3-with-a-long-suffix\\n- name: ' + name + '\\n  repository: r\\n  tag: v1\\n' });
}
gc(); const before = process.memoryUsage().heapUsed;
const result = lint(inputs, defaultConfig());
inputs.length = 0;
gc(); gc();
const kept = process.memoryUsage().heapUsed - before;
console.log(JSON.stringify({ kept, rows: result.resolved.length, findings: result.findings.length }));
`;

describe('results do not keep the files they were read from', () => {
  it('300 files of 100 KB: rows and findings keep well under a tenth of their sources', () => {
    expect(existsSync(LIB)).toBe(true);
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { kept, rows, findings } = JSON.parse(run.stdout) as { kept: number; rows: number; findings: number };
    expect(rows).toBeGreaterThanOrEqual(300);
    expect(findings).toBeGreaterThanOrEqual(300);
    expect(kept, `${kept} bytes kept for ${rows} rows and ${findings} findings`).toBeLessThan(3_000_000);
  });
});
