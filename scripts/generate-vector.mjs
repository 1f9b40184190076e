#!/usr/bin/env node
// Deterministic, realistic Gardener image vectors for benchmarks and tests.
//
//   import { generateVectors } from './generate-vector.mjs';
//   const { base, overwrite, components, stats } = generateVectors({ entries: 10_000, seed: 1 });
//
// or from the command line (writes images.yaml, images-overwrite.yaml and
// components-overwrite.yaml into --out, default the working directory):
//
//   node scripts/generate-vector.mjs --entries 10000 --seed 1 --out /tmp/vec
//
// The base vector looks like Gardener's imagevector/containers.yaml: many
// images, most with one entry, some with several Kubernetes version ranges
// (disjoint per-minor `1.N.x` chains, `< 1.N` / `>= 1.N` splits, `>= 1.A, < 1.B`
// ranges, runtime + target constraints, exact pins), per-architecture entries,
// a few ordered overlaps (node-problem-detector style) and a few gaps, and
// sourceRepository / resourceId / labels metadata. The overwrite holds ~5% of
// the entries (mostly with the exact merge key, a few respelled so they are
// appended); the component overwrite holds a few components with embedded
// vectors.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: a small seeded PRNG, returns floats in [0, 1). */
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

const WORDS = [
  'gardener', 'apiserver', 'controller', 'manager', 'node', 'agent', 'proxy', 'dns', 'etcd', 'backup',
  'metrics', 'server', 'exporter', 'vpn', 'shoot', 'seed', 'istio', 'ingress', 'autoscaler', 'scheduler',
  'fluent', 'bit', 'vali', 'plutono', 'prometheus', 'alertmanager', 'kube', 'state', 'coredns', 'csi',
  'driver', 'snapshotter', 'provisioner', 'resizer', 'liveness', 'probe', 'webhook', 'hyperkube', 'pause', 'cert',
];

const CVE_LABEL_VALUES = {
  network_exposure: ['private', 'protected', 'public'],
  authentication_enforced: ['false', 'true'],
  user_interaction: ['gardener-operator', 'end-user'],
  confidentiality_requirement: ['low', 'high'],
  integrity_requirement: ['low', 'high'],
  availability_requirement: ['low', 'high'],
};

const HEX = '0123456789abcdef';

/**
 * Generates the three files.
 * @param {{ entries: number, seed?: number, overwriteShare?: number, labelShare?: number }} options
 */
export function generateVectors(options) {
  const total = options.entries;
  const random = prng(options.seed ?? 1);
  const overwriteShare = options.overwriteShare ?? 0.05;
  const labelShare = options.labelShare ?? 0.6;
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const sha = () => Array.from({ length: 64 }, () => HEX[Math.floor(random() * 16)]).join('');

  const patterns = [
    ['single', 40],
    ['arch-split', 8],
    ['minor-chain', 14],
    ['split', 12],
    ['ranges', 10],
    ['runtime-target', 5],
    ['exact-pin', 4],
    ['ordered-overlap', 3],
    ['gap', 3],
    ['shadowed', 1],
  ];
  const weightSum = patterns.reduce((n, [, w]) => n + w, 0);
  const pattern = () => {
    let x = random() * weightSum;
    for (const [name, w] of patterns) if ((x -= w) < 0) return name;
    return 'single';
  };

  /** Version constraints of one image's entries: [{ runtime?, target?, architectures? }]. */
  function constraintsFor(kind) {
    const lo = int(18, 30);
    switch (kind) {
      case 'single':
        return [{}];
      case 'arch-split':
        return chance(0.5) ? [{ architectures: ['amd64'] }, { architectures: ['arm64'] }] : [{ architectures: ['amd64', 'arm64'] }];
      case 'minor-chain': {
        const n = int(2, 7);
        const list = [];
        for (let i = 0; i < n; i++) list.push({ target: `1.${lo + i}.x` });
        list.unshift({ target: `< 1.${lo}` });
        list.push({ target: `>= 1.${lo + n}` });
        return list;
      }
      case 'split':
        return [{ target: `< 1.${lo}` }, { target: `>= 1.${lo}` }];
      case 'ranges': {
        const n = int(2, 5);
        const list = [{ target: `< 1.${lo}` }];
        let at = lo;
        for (let i = 0; i < n; i++) {
          const next = at + int(1, 3);
          list.push({ target: `>= 1.${at}, < 1.${next}` });
          at = next;
        }
        list.push({ target: `>= 1.${at}` });
        return list;
      }
      case 'runtime-target':
        return [
          { runtime: `< 1.${lo}`, target: `< 1.${lo + 2}` },
          { runtime: `< 1.${lo}`, target: `>= 1.${lo + 2}` },
          { runtime: `>= 1.${lo}`, target: `< 1.${lo + 2}` },
          { runtime: `>= 1.${lo}`, target: `>= 1.${lo + 2}` },
        ];
      case 'exact-pin':
        return [{ target: `>= 1.${lo}` }, { target: `= 1.${lo + 1}.${int(0, 9)}` }, { target: `< 1.${lo}` }];
      case 'ordered-overlap':
        // Gardener's node-problem-detector: works only because of the order.
        return [{ target: `>= 1.${lo + 2}` }, { target: `>= 1.${lo + 1}` }, { target: `>= 1.${lo}` }, { target: `< 1.${lo}` }];
      case 'gap':
        return [{ target: `< 1.${lo}` }, { target: `1.${lo}.x` }, { target: `>= 1.${lo + 2}` }];
      case 'shadowed':
        return [{ target: `>= 1.${lo}` }, { target: `1.${lo + 3}.x` }, { target: `< 1.${lo}` }];
      default:
        throw new Error(kind);
    }
  }

  // ---- base vector
  const images = []; // { name, entries: [...] }
  const baseEntries = [];
  const usedNames = new Set();
  while (baseEntries.length < total) {
    let name;
    do name = `${pick(WORDS)}-${pick(WORDS)}${chance(0.7) ? `-${int(1, 99999)}` : ''}`;
    while (usedNames.has(name));
    usedNames.add(name);
    const kind = pattern();
    const image = { name, entries: [] };
    const repoBase = chance(0.7)
      ? `europe-docker.pkg.dev/gardener-project/releases/gardener/${name}`
      : `registry.k8s.io/${name.split('-')[0]}/${name}`;
    const splitArch = kind !== 'arch-split' && chance(0.08);
    for (const c of constraintsFor(kind)) {
      const variants = splitArch ? [{ ...c, architectures: ['amd64'] }, { ...c, architectures: ['arm64'] }] : [c];
      for (const v of variants) {
        if (baseEntries.length >= total) break;
        const entry = {
          name,
          sourceRepository: `github.com/gardener/${name}`,
          ...(chance(0.03)
            ? { ref: `${repoBase}:v${int(0, 3)}.${int(0, 40)}.${int(0, 9)}` }
            : { repository: repoBase, tag: chance(0.05) ? `sha256:${sha()}` : `v${int(0, 3)}.${int(0, 40)}.${int(0, 9)}` }),
          ...(v.runtime ? { runtimeVersion: v.runtime } : {}),
          ...(v.target ? { targetVersion: v.target } : {}),
          ...(v.architectures ? { architectures: v.architectures } : {}),
          labels: chance(labelShare),
          resourceId: chance(0.3),
        };
        image.entries.push(entry);
        baseEntries.push(entry);
      }
    }
    images.push(image);
  }

  // ---- overwrite: ~5% of the entries, most keyed exactly (merged), a few respelled (appended)
  const overwriteEntries = [];
  for (const entry of baseEntries) {
    if (!chance(overwriteShare)) continue;
    const o = { name: entry.name };
    const respell = chance(0.1);
    if (entry.runtimeVersion) o.runtimeVersion = entry.runtimeVersion;
    if (entry.targetVersion) o.targetVersion = respell ? entry.targetVersion.replace(/([<>=]) /g, '$1') : entry.targetVersion;
    if (entry.architectures) o.architectures = respell && entry.architectures.length > 1 ? [...entry.architectures].reverse() : entry.architectures;
    o.repository = `registry.example.com/mirror/${entry.name}`;
    if (chance(0.5)) o.tag = `v${int(0, 3)}.${int(0, 40)}.${int(0, 9)}`;
    overwriteEntries.push(o);
  }

  // ---- component overwrites: etcd-druid and a few components named after base images
  const componentCount = Math.max(1, Math.round(total / 2000));
  const components = [{ name: 'etcd-druid', entries: [{ name: 'etcd-wrapper', repository: 'registry.example.com/mirror/etcd-wrapper', tag: 'v0.5.1' }] }];
  for (let i = 1; i < componentCount; i++) {
    const image = pick(images);
    const n = int(1, 3);
    const entries = [];
    for (let j = 0; j < n; j++) {
      entries.push({
        name: `${image.name}-sidecar-${j}`,
        repository: `registry.example.com/mirror/${image.name}-sidecar-${j}`,
        tag: `v1.${int(0, 30)}.${int(0, 9)}`,
        ...(j > 0 ? { targetVersion: `>= 1.${int(20, 30)}` } : {}),
      });
    }
    components.push({ name: image.name, entries });
  }

  const labelsText = (indent) => {
    const p = ' '.repeat(indent);
    const lines = [`${p}labels:`, `${p}- name: gardener.cloud/cve-categorisation`, `${p}  value:`];
    for (const [k, values] of Object.entries(CVE_LABEL_VALUES)) lines.push(`${p}    ${k}: ${pick(values)}`);
    return lines;
  };

  const entryLines = (e, indent) => {
    const p = ' '.repeat(indent);
    const lines = [`${p}- name: ${e.name}`];
    if (e.sourceRepository) lines.push(`${p}  sourceRepository: ${e.sourceRepository}`);
    if (e.ref) lines.push(`${p}  ref: ${e.ref}`);
    if (e.repository) lines.push(`${p}  repository: ${e.repository}`);
    if (e.tag) lines.push(`${p}  tag: "${e.tag}"`);
    if (e.runtimeVersion) lines.push(`${p}  runtimeVersion: "${e.runtimeVersion}"`);
    if (e.targetVersion) lines.push(`${p}  targetVersion: "${e.targetVersion}"`);
    if (e.architectures) {
      lines.push(`${p}  architectures:`);
      for (const a of e.architectures) lines.push(`${p}  - ${a}`);
    }
    if (e.resourceId) lines.push(`${p}  resourceId:`, `${p}    name: ${e.name.split('-').slice(0, 2).join('-')}`);
    if (e.labels) lines.push(...labelsText(indent + 2));
    return lines;
  };

  const base = ['images:'];
  images.forEach((image, i) => {
    if (i % 50 === 0) base.push(`# images ${i}–${i + 49}`);
    for (const e of image.entries) base.push(...entryLines(e, 0));
  });
  const overwrite = ['# IMAGEVECTOR_OVERWRITE: mirror a few images', 'images:'];
  for (const e of overwriteEntries) overwrite.push(...entryLines(e, 0));
  if (overwriteEntries.length === 0) overwrite[1] = 'images: []';
  const componentsText = ['# IMAGEVECTOR_OVERWRITE_COMPONENTS', 'components:'];
  for (const c of components) {
    componentsText.push(`- name: ${c.name}`, '  imageVectorOverwrite: |', '    images:');
    for (const e of c.entries) componentsText.push(...entryLines(e, 4));
  }

  return {
    base: base.join('\n') + '\n',
    overwrite: overwrite.join('\n') + '\n',
    components: componentsText.join('\n') + '\n',
    stats: {
      images: images.length,
      baseEntries: baseEntries.length,
      overwriteEntries: overwriteEntries.length,
      components: components.length,
      componentEntries: components.reduce((n, c) => n + c.entries.length, 0),
    },
  };
}

function main(argv) {
  const arg = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const entries = Number(arg('entries', '1000'));
  const seed = Number(arg('seed', '1'));
  const out = arg('out', '.');
  if (!Number.isInteger(entries) || entries < 1) throw new Error('--entries must be a positive integer');
  const v = generateVectors({ entries, seed });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'images.yaml'), v.base);
  writeFileSync(join(out, 'images-overwrite.yaml'), v.overwrite);
  writeFileSync(join(out, 'components-overwrite.yaml'), v.components);
  console.log(JSON.stringify(v.stats));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
