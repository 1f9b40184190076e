import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig, mergeConfig } from '../../src/engine/config.js';
import { lint, lintRows } from '../../src/engine/lint.js';
import type { RowSink } from '../../src/engine/row-sink.js';
import type { LintInput } from '../../src/engine/types.js';
import { formatJson, JsonReportStream } from '../../src/reporters/json.js';

// The streaming JSON report takes the engine's rows through a RowSink, without
// row objects (lintRows). It must be the report of the ResolvedRow path byte
// for byte: the same rows in the same order, the same marks, the same text.

const NAMES = ['etcd', 'etcd-druid', 'pause', 'coredns', 'vpn'];

const entry = fc.record({
  name: fc.constantFrom(...NAMES),
  registry: fc.constantFrom('registry.example', 'mirror.example', '""'),
  tag: fc.constantFrom('v1', 'v2', '1.2.3'),
  target: fc.constantFrom(undefined, '>= 1.27', '< 1.30', '>= 1.28, < 1.31', '1.x', '>= 1.29', '< 1.5', '>= 3.5'),
  runtime: fc.constantFrom(undefined, '>= 1.28', '< 1.29', '1.30.x'),
  arch: fc.constantFrom(undefined, ['amd64'], ['arm64'], ['amd64', 'arm64']),
});
type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;

function images(entries: readonly Entry[], indent = ''): string {
  if (entries.length === 0) return `${indent}images: []\n`;
  return (
    `${indent}images:\n` +
    entries
      .map(
        (e) =>
          `${indent}- name: ${e.name}\n${indent}  repository: ${e.registry === '""' ? '""' : `${e.registry}/${e.name}`}\n${indent}  tag: ${e.tag}\n` +
          (e.target ? `${indent}  targetVersion: "${e.target}"\n` : '') +
          (e.runtime ? `${indent}  runtimeVersion: "${e.runtime}"\n` : '') +
          (e.arch ? `${indent}  architectures: [${e.arch.join(', ')}]\n` : ''),
      )
      .join('')
  );
}

const file = fc.oneof(
  { weight: 4, arbitrary: fc.array(entry, { maxLength: 6 }).map((e) => ({ kind: 'base' as const, content: images(e) })) },
  { weight: 3, arbitrary: fc.array(entry, { maxLength: 4 }).map((e) => ({ kind: 'overwrite' as const, content: images(e) })) },
  {
    weight: 1,
    arbitrary: fc.array(fc.tuple(fc.constantFrom('etcd-druid', 'pause'), fc.array(entry, { maxLength: 3 })), { maxLength: 3 }).map((items) => ({
      kind: 'components' as const,
      content: `components:\n${items.map(([name, e]) => `- name: ${name}\n  imageVectorOverwrite: |\n${images(e, '    ')}`).join('')}`,
    })),
  },
);

const run = fc.array(fc.tuple(file, fc.nat(5)), { minLength: 1, maxLength: 6 }).map((files) =>
  // Some overwrites share a base's name (then they merge over it in its cluster), some a base itself (twice the same file).
  files.map(([f, n], i): LintInput => ({ path: `v${f.kind === 'base' ? i : n % 2 === 0 ? i : 0}-${f.kind}.yaml`, kind: f.kind, content: f.content })),
);

const configs = [mergeConfig(defaultConfig(), {}), mergeConfig(defaultConfig(), { registries: { allowed: ['registry.example/'] } })];

describe('the JSON report from the engine’s rows without row objects (lintRows)', () => {
  it('is the report of the ResolvedRow path byte for byte, with the same findings and rows outside Kubernetes', () => {
    fc.assert(
      fc.property(run, fc.nat(1), (inputs, c) => {
        const config = configs[c]!;
        const whole = lint(inputs, config);
        let streamed = '';
        const stream = new JsonReportStream((text) => (streamed += text));
        const rest = lintRows(inputs, config, stream);
        stream.end(rest);
        expect(streamed).toBe(formatJson(whole));
        expect(rest.findings).toEqual(whole.findings);
        expect(rest.unresolved).toEqual(whole.unresolved);
      }),
      { numRuns: 200 },
    );
  });

  it('gives each group one piece, every piece out once, the rows in the table’s order', () => {
    fc.assert(
      fc.property(run, (inputs) => {
        const config = configs[0]!;
        const rows: { image: string; architecture: string; piece: number }[] = [];
        let made = 0;
        const emitted: number[] = [];
        const sink: RowSink<number> = {
          piece: () => made++,
          row: (piece, entry, architecture) => {
            rows.push({ image: entry.image, architecture, piece });
          },
          emit: (piece) => emitted.push(piece),
        };
        lintRows(inputs, config, sink);
        // Every piece made comes out once.
        expect([...emitted].sort((a, b) => a - b)).toEqual(Array.from({ length: made }, (_, i) => i));
        // In the order they come out, the rows are the table's.
        const order = new Map(emitted.map((piece, i) => [piece, i]));
        const inOrder = rows.map((r, i) => ({ ...r, i })).sort((a, b) => order.get(a.piece)! - order.get(b.piece)! || a.i - b.i);
        expect(inOrder.map(({ image, architecture }) => ({ image, architecture }))).toEqual(lint(inputs, config).resolved.map(({ image, architecture }) => ({ image, architecture })));
      }),
      { numRuns: 200 },
    );
  });
});
