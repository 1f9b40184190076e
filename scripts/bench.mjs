#!/usr/bin/env node
// Benchmark: full `lint()` against a plain YAML parse (js-yaml `load`) of the
// same texts, for generated vectors of 1k, 10k and 100k entries.
//
//   npm run bench                      (tsc -p tsconfig.build.json && node scripts/bench.mjs)
//   node scripts/bench.mjs --check     exit 1 when a target is missed
//   node scripts/bench.mjs --sizes 1000,10000 --budget 60 --off overwrite-without-effect
//
// Targets: lint(100k) ÷ lint(10k) ≤ 12 (near-linear growth), and lint ≤ 3×
// the parse at 100k.
//
// The measurements run in one worker thread, size after size; parse and lint
// alternate within each size (the order flips every repetition) and the
// median is reported. The main thread samples the process RSS every 10 ms
// (the worker is busy in synchronous code, so the sampler must live
// elsewhere) and enforces the time budget: a size that does not finish is
// reported with how long it ran, and the worker is stopped. Everything goes to
// stdout; nothing is written to disk.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LIB = new URL('../lib/index.js', import.meta.url);
const TARGET_GROWTH = 12;
const TARGET_RATIO = 3;

// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { check: false, sizes: [1_000, 10_000, 100_000], budget: 110, off: [], seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--check') opts.check = true;
    else if (a === '--sizes') opts.sizes = value().split(',').map((s) => Number(s.replace(/k$/i, '000')));
    else if (a === '--budget') opts.budget = Number(value());
    else if (a === '--off') opts.off = value().split(',').filter(Boolean);
    else if (a === '--seed') opts.seed = Number(value());
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/bench.mjs [--check] [--sizes 1000,10000,100000] [--budget seconds] [--off rule,rule] [--seed n]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes: positive integers');
  if (!(opts.budget > 0)) throw new Error('--budget: seconds > 0');
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(fileURLToPath(LIB))) {
    console.error('lib/index.js is missing: run `npx tsc -p tsconfig.build.json` first (npm run bench does).');
    process.exit(2);
  }
  const started = performance.now();
  const deadline = started + opts.budget * 1000;
  console.log(
    `imagevector-lint benchmark — node ${process.version}, ${(await import('node:os')).cpus().length} CPUs, budget ${opts.budget} s` +
      (opts.off.length ? `, rules off: ${opts.off.join(', ')}` : ''),
  );
  console.log('parse = js-yaml load() of the base, overwrite and component files and of each embedded imageVectorOverwrite string');
  console.log('lint  = lint() of the same three files (all rules, resolved table), default config but maxFileBytes raised');
  console.log('');

  /** Per size: what the worker reported, and the RSS high-water mark while it ran. */
  const results = new Map(opts.sizes.map((n) => [n, { n, parse: [], lint: [], heap: [], rssPeak: 0, state: 'pending' }]));
  let current;
  let currentOp;
  let opStarted = 0;
  let baselineRss = process.memoryUsage.rss();
  let rssPeakAll = baselineRss;

  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > rssPeakAll) rssPeakAll = rss;
    if (current && rss > current.rssPeak) current.rssPeak = rss;
  }, 10);

  const w = new Worker(fileURLToPath(import.meta.url), {
    workerData: { sizes: opts.sizes, budget: opts.budget, off: opts.off, seed: opts.seed, deadline: Date.now() + opts.budget * 1000 },
    resourceLimits: { maxOldGenerationSizeMb: 6144 },
  });
  const outcome = await new Promise((resolve) => {
    const timer = setInterval(() => {
      if (performance.now() < deadline) return;
      clearInterval(timer);
      const ran = (performance.now() - opStarted) / 1000;
      if (current) {
        current.state = 'timeout';
        current.timeout = { op: currentOp ?? 'generate', seconds: ran };
      }
      void w.terminate().then(() => resolve('timeout'));
    }, 50);
    w.on('message', (m) => {
      if (m.type === 'size') {
        current = results.get(m.n);
        current.state = 'running';
        current.bytes = m.bytes;
        current.stats = m.stats;
        current.generateMs = m.generateMs;
      } else if (m.type === 'op') {
        currentOp = m.op;
        opStarted = performance.now();
      } else if (m.type === 'sample') {
        current[m.op].push(m.ms);
        if (m.heapUsed !== undefined) current.heap.push(m.heapUsed);
      } else if (m.type === 'result') {
        Object.assign(current, { findings: m.findings, byRule: m.byRule, rows: m.rows, files: m.files, state: 'done' });
      } else if (m.type === 'done') {
        clearInterval(timer);
        resolve('done');
      }
    });
    w.on('error', (e) => {
      clearInterval(timer);
      if (current) {
        current.state = 'error';
        current.error = String(e?.stack ?? e);
      }
      resolve('error');
    });
    w.on('exit', () => {
      clearInterval(timer);
      resolve('exit');
    });
  });
  clearInterval(sampler);
  const elapsed = (performance.now() - started) / 1000;
  report(opts, [...results.values()], { elapsed, outcome, baselineRss, rssPeakAll });
}

function median(values) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(ms < 100 ? 1 : 0) : '—');

function report(opts, results, { elapsed, outcome, baselineRss, rssPeakAll }) {
  const rows = [['entries', 'bytes', 'reps', 'parse ms', 'lint ms', 'lint÷parse', 'findings', 'resolved rows', 'RSS peak MB', 'heapUsed MB']];
  for (const r of results) {
    const p = median(r.parse);
    const l = median(r.lint);
    r.parseMedian = p;
    r.lintMedian = l;
    rows.push([
      String(r.n),
      r.bytes === undefined ? '—' : String(r.bytes),
      `${r.parse.length}/${r.lint.length}`,
      fmt(p),
      fmt(l),
      Number.isFinite(p) && Number.isFinite(l) ? `${(l / p).toFixed(2)}×` : '—',
      r.findings === undefined ? '—' : String(r.findings),
      r.rows === undefined ? '—' : String(r.rows),
      r.rssPeak ? mb(r.rssPeak) : '—',
      r.heap.length ? mb(Math.max(...r.heap)) : '—',
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [k, row] of rows.entries()) {
    console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
    if (k === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log('');
  for (const r of results) {
    if (r.stats) {
      console.log(
        `${r.n}: ${r.stats.images} images, ${r.stats.baseEntries} base + ${r.stats.overwriteEntries} overwrite entries, ` +
          `${r.stats.components} components (${r.stats.componentEntries} entries); generated in ${fmt(r.generateMs)} ms`,
      );
    }
    if (r.byRule) console.log(`   findings by rule: ${Object.entries(r.byRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
    if (r.files) console.log(`   files read: ${r.files.map((f) => `${f.path} ${f.entries} entries${f.skipped ? ` (skipped: ${f.skipped})` : ''}`).join('; ')}`);
    if (r.parse.length > 1 || r.lint.length > 1) {
      console.log(`   samples: parse [${r.parse.map(fmt).join(', ')}] lint [${r.lint.map(fmt).join(', ')}]`);
    }
    if (r.state === 'timeout') {
      console.log(`   DID NOT FINISH: ${r.timeout.op} was stopped after ${r.timeout.seconds.toFixed(1)} s (budget ${opts.budget} s)`);
    } else if (r.state === 'error') {
      console.log(`   ERROR: ${r.error}`);
    } else if (r.state === 'pending') {
      console.log('   not run (budget exhausted before this size)');
    }
  }
  console.log('');

  // Targets.
  const misses = [];
  const byN = new Map(results.map((r) => [r.n, r]));
  const r10 = byN.get(10_000);
  const r100 = byN.get(100_000);
  if (r10 && r100) {
    const growth = r100.lintMedian / r10.lintMedian;
    if (Number.isFinite(growth)) {
      const ok = growth <= TARGET_GROWTH;
      console.log(`growth lint(100k) ÷ lint(10k): ${growth.toFixed(2)}× (target ≤ ${TARGET_GROWTH}× per 10×) ${ok ? 'OK' : 'MISSED'}`);
      if (!ok) misses.push('growth');
    } else {
      console.log(`growth lint(100k) ÷ lint(10k): not measured (100k ${r100.state}) — MISSED`);
      misses.push('growth');
    }
    const ratio = r100.lintMedian / r100.parseMedian;
    if (Number.isFinite(ratio)) {
      const ok = ratio <= TARGET_RATIO;
      console.log(`lint ÷ parse at 100k: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×) ${ok ? 'OK' : 'MISSED'}`);
      if (!ok) misses.push('ratio');
    } else {
      console.log(`lint ÷ parse at 100k: not measured (100k ${r100.state}) — MISSED`);
      misses.push('ratio');
    }
  } else {
    console.log('targets need the 10k and 100k sizes: not evaluated');
  }
  const silent = results.filter((r) => r.state === 'done' && (r.rows === 0 || r.files?.some((f) => f.skipped)));
  if (silent.length) {
    console.log(`WARNING: ${silent.map((r) => r.n).join(', ')}: no resolved rows or a skipped file — the benchmark measured nothing`);
    misses.push('silent');
  }
  console.log(
    `memory: RSS at start ${mb(baselineRss)} MB, sampled high-water mark ${mb(rssPeakAll)} MB, OS maxRSS ${mb(process.resourceUsage().maxRSS * 1024)} MB ` +
      '(RSS is process-wide and not returned to the OS between sizes; heapUsed is the worker heap after lint, with the result alive)',
  );
  console.log(`total ${elapsed.toFixed(1)} s (${outcome})`);
  if (opts.check && misses.length) {
    console.log(`--check: missed ${misses.join(', ')}`);
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------

async function worker() {
  const { sizes, off, seed, deadline } = workerData;
  const { lint, defaultConfig } = await import(LIB.href);
  const { load } = await import('js-yaml');
  const { generateVectors } = await import('./generate-vector.mjs');
  const config = { ...defaultConfig(), maxFileBytes: 1 << 30, rules: Object.fromEntries(off.map((r) => [r, 'off'])) };
  const post = (m) => parentPort.postMessage(m);

  const parseAll = (v) => {
    load(v.base);
    load(v.overwrite);
    const components = load(v.components);
    for (const c of components?.components ?? []) if (typeof c.imageVectorOverwrite === 'string') load(c.imageVectorOverwrite);
  };
  const inputsOf = (v) => [
    { path: 'images.yaml', kind: 'base', content: v.base },
    { path: 'images-overwrite.yaml', kind: 'overwrite', content: v.overwrite },
    { path: 'components-overwrite.yaml', kind: 'components', content: v.components },
  ];
  // Repetitions and a time share per size: small sizes are cheap, so they get more.
  const plan = (n) => (n <= 2_000 ? { warmup: 2, reps: 9, share: 0.1 } : n <= 20_000 ? { warmup: 0, reps: 5, share: 0.25 } : { warmup: 0, reps: 3, share: 1 });

  let first = true;
  for (const n of sizes) {
    let t = performance.now();
    const v = generateVectors({ entries: n, seed });
    const generateMs = performance.now() - t;
    const bytes = Buffer.byteLength(v.base) + Buffer.byteLength(v.overwrite) + Buffer.byteLength(v.components);
    post({ type: 'size', n, bytes, stats: v.stats, generateMs });
    const inputs = inputsOf(v);
    const { warmup, reps, share } = plan(n);
    const sizeStart = Date.now();
    const sizeBudget = Math.max(0, deadline - sizeStart) * share;
    let result;
    const run = (op, record) => {
      post({ type: 'op', op });
      t = performance.now();
      if (op === 'parse') parseAll(v);
      else result = lint(inputs, config);
      const ms = performance.now() - t;
      if (record) post({ type: 'sample', op, ms, heapUsed: op === 'lint' ? process.memoryUsage().heapUsed : undefined });
    };
    for (let i = 0; i < (first ? warmup : 0); i++) {
      run('parse', false);
      run('lint', false);
    }
    first = false;
    for (let rep = 0; rep < reps; rep++) {
      if (rep > 0 && Date.now() - sizeStart > sizeBudget) break;
      const order = rep % 2 === 0 ? ['parse', 'lint'] : ['lint', 'parse'];
      for (const op of order) run(op, true);
    }
    const byRule = {};
    for (const f of result.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    post({ type: 'result', findings: result.findings.length, byRule, rows: result.resolved.length, files: result.files });
    result = undefined;
  }
  post({ type: 'done' });
}

// Last, so that every declaration above is initialized.
if (isMainThread) await main();
else await worker();
