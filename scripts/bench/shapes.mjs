// Inputs for the benchmark and the large-input tests, deterministic.
//
// gardenerLike: files shaped like Gardener's real vectors, calibrated on 5,109
// of them (issue 10): files of 30–80 entries, 1.15 entries per image, 19 % of
// entries with a Kubernetes constraint (mostly targetVersion, a few
// runtimeVersion), almost none with architectures, ~250 bytes per entry
// (sourceRepository, repository, tag, labels).
//
// adversarial: the crafted inputs of issues 9 and 10, each one file.
//
//   import { gardenerLike, adversarial } from './shapes.mjs';
//   node scripts/bench/shapes.mjs OUTDIR [entries]     writes both kinds (for manual runs)

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: a small seeded PRNG, floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['apiserver', 'controller', 'manager', 'node', 'agent', 'proxy', 'dns', 'etcd', 'backup', 'metrics', 'server',
  'exporter', 'vpn', 'shoot', 'istio', 'ingress', 'autoscaler', 'scheduler', 'fluent', 'bit', 'vali', 'plutono', 'csi', 'driver'];

/**
 * Files of Gardener-like vectors with `entries` entries in all.
 * @returns {{ name: string, text: string, entries: number }[]}
 */
export function gardenerLike(entries, seed = 1) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const files = [];
  let made = 0;
  let imageId = 0;
  while (made < entries) {
    const size = Math.min(entries - made, 30 + Math.floor(rand() * 51));
    const lines = ['# generated, Gardener-like (scripts/bench/shapes.mjs)', 'images:'];
    let inFile = 0;
    while (inFile < size) {
      const name = `${pick(WORDS)}-${pick(WORDS)}-${imageId++}`;
      // 1.15 entries per image: most images have one entry, some a chain of versions.
      const r = rand();
      const count = Math.min(size - inFile, r < 0.91 ? 1 : r < 0.97 ? 2 : 3);
      // An image with several entries splits the Kubernetes versions; a single entry is constrained rarely.
      const constrained = count > 1 || rand() < 0.01;
      const runtime = constrained && rand() < 0.1;
      const split = 20 + Math.floor(rand() * 12);
      for (let k = 0; k < count; k++) {
        lines.push(`  - name: ${name}`);
        lines.push(`    sourceRepository: github.com/gardener/${name}`);
        lines.push(`    repository: europe-docker.pkg.dev/gardener-project/releases/gardener/${name}`);
        lines.push(`    tag: "v1.${Math.floor(rand() * 100)}.${k}"`);
        if (constrained) {
          const field = runtime ? 'runtimeVersion' : 'targetVersion';
          const range = count === 1 ? `>= 1.${split}` : k === 0 ? `< 1.${split}` : k === count - 1 ? `>= 1.${split + k - 1}` : `>= 1.${split + k - 1}, < 1.${split + k}`;
          lines.push(`    ${field}: "${range}"`);
        }
        if (rand() < 0.003) lines.push('    architectures: [amd64]');
        if (rand() < 0.5) {
          lines.push('    labels:', '    - name: gardener.cloud/cve-categorisation', '      value:');
          lines.push('        network_exposure: private', '        authentication_enforced: false', '        user_interaction: gardener-operator');
        }
        inFile++;
      }
    }
    files.push({ name: `vector-${String(files.length).padStart(6, '0')}.yaml`, text: lines.join('\n') + '\n', entries: size });
    made += size;
  }
  return files;
}

function entry(name, tag, fields) {
  return `- name: ${name}\n  repository: example.org/${name}\n  tag: "${tag}"\n${fields.map((f) => `  ${f}\n`).join('')}`;
}

/**
 * The crafted inputs, scaled by `n` (entries, or terms of one constraint).
 * @returns {Record<string, (n: number) => string>}
 */
export const adversarial = {
  /** One image, nested ranges `>= 1.(N−i)` (node-problem-detector's pattern, N times). */
  nested: (n) => 'images:\n' + Array.from({ length: n }, (_, i) => entry('npd', `v${i}`, [`targetVersion: ">= 1.${n - i}"`])).join(''),
  /** The same on both axes. */
  nested2d: (n) =>
    'images:\n' + Array.from({ length: n }, (_, i) => entry('npd', `v${i}`, [`runtimeVersion: ">= 1.${n - i}"`, `targetVersion: ">= 1.${n - i}"`])).join(''),
  /** Runtime × target grid: √n × √n entries, one per (runtime minor, target minor). */
  grid: (n) => {
    const k = Math.max(1, Math.round(Math.sqrt(n)));
    const out = ['images:\n'];
    for (let r = 0; r < k; r++) for (let t = 0; t < k; t++) out.push(entry('grid', `v${r}-${t}`, [`runtimeVersion: "1.${r}.x"`, `targetVersion: "1.${t}.x"`]));
    return out.join('');
  },
  /** Sliding windows: entry i covers minors [i, i + 8). */
  windows: (n) => 'images:\n' + Array.from({ length: n }, (_, i) => entry('win', `v${i}`, [`targetVersion: ">= 1.${i}, < 1.${i + 8}"`])).join(''),
  /** Long OR chains: four entries whose constraints are OR chains of n/4 terms each, interleaved. */
  orChains: (n) => {
    const terms = Math.max(1, Math.floor(n / 4));
    const out = ['images:\n'];
    for (let e = 0; e < 4; e++) {
      const chain = Array.from({ length: terms }, (_, i) => `1.${4 * i + e}.x || 1.${4 * i + ((e + 1) % 4)}.x`).join(' || ');
      out.push(entry('or', `v${e}`, [`targetVersion: "${chain}"`]));
    }
    return out.join('');
  },
  /** Many entries with OR chains: n entries of `1.i.x || 1.(i+2).x || …` (8 terms). */
  manyOr: (n) =>
    'images:\n' + Array.from({ length: n }, (_, i) => entry('mor', `v${i}`, [`targetVersion: "${Array.from({ length: 8 }, (_, j) => `1.${i + 2 * j}.x`).join(' || ')}"`])).join(''),
  /** One long AND chain of n terms. */
  andChain: (n) => 'images:\n' + entry('and', 'v1', [`targetVersion: "${Array.from({ length: n }, (_, i) => `>= 1.${i % 50}`).join(', ')}"`]),
  /** n entries of one image, no constraints (each beaten by the first). */
  sameImage: (n) => 'images:\n' + Array.from({ length: n }, (_, i) => entry('same', `v${i}`, [])).join(''),
  /** n distinct architectures on entries of one image. */
  architectures: (n) => 'images:\n' + Array.from({ length: n }, (_, i) => entry('arch', `v${i}`, [`architectures: [arch${i}]`, `targetVersion: ">= 1.${i % 30}"`])).join(''),
  /** n unknown field names, each long (did-you-mean must not be quadratic in their length). */
  unknownNames: (n) =>
    'images:\n' + Array.from({ length: n }, (_, i) => entry('unk', `v${i}`, [`${'targetVersionx'.repeat(50)}${i}: "1"`])).join(''),
  /** One huge key (n × 1 KiB). */
  hugeKey: (n) => `images:\n- name: huge\n  repository: example.org/huge\n  ${'k'.repeat(n * 1024)}: 1\n`,
};

/**
 * A shape scaled to the largest size that stays under `limit` bytes (about 1 % below): the
 * size grows about linearly with n, so estimate from a small instance, then step down.
 * @returns {{ n: number, text: string }}
 */
export function atSizeLimit(shape, limit) {
  const make = adversarial[shape];
  const n0 = 1000;
  const bytes = (text) => Buffer.byteLength(text, 'utf8');
  let n = Math.max(1, Math.floor((n0 * limit) / bytes(make(n0))));
  for (;;) {
    const text = make(n);
    const size = bytes(text);
    if (size <= limit * 0.995) return { n, text };
    n = Math.max(1, Math.floor(n * Math.min(0.995, (limit * 0.99) / size)));
  }
}

async function main() {
  const [out = '.', entries = '2000'] = process.argv.slice(2);
  mkdirSync(out, { recursive: true });
  for (const file of gardenerLike(Number(entries)).slice(0, 40)) writeFileSync(join(out, file.name), file.text);
  for (const [name, make] of Object.entries(adversarial)) writeFileSync(join(out, `adv-${name}.yaml`), make(Number(entries)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
