#!/usr/bin/env node
// Last step of `npm run build`, after ncc:
//   - dist/index.js is the action's bundle (action.yml: runs.main). ncc emits an ES module and a
//     dist/package.json with "type": "module" next to it; both must be there, or Node would load
//     the bundle as CommonJS and fail on its first `import`.
//   - dist/cli/index.js is the CLI (package.json "bin"): it gets a shebang and the executable bit.
//   - dist/licenses.txt: the action's chunks (dist/NNN.index.js: what it loads only when it makes
//     an API request, see src/action/github-client.ts) each get their licenses from ncc
//     (scripts/build-action.mjs: `--license '[name].licenses.txt'`; with one file name, each
//     chunk's list would overwrite the previous one); they are merged into one licenses.txt, one entry per package, by name.
//   - The action bundle is started once with an empty environment: it must load and end with
//     the one-line error of a run outside GitHub Actions. ncc can exit 0 and still emit a bundle
//     that fails when it runs (a missing asset, a dynamic require): this catches that at build time.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function fail(message) {
  console.error(`finish-dist: ${message}`);
  process.exit(1);
}

// 1. The action bundle and its module type.
const action = join(dist, 'index.js');
if (!existsSync(action)) fail(`${action} is missing: build the action with \`node scripts/build-action.mjs\`.`);
const typeFile = join(dist, 'package.json');
const type = existsSync(typeFile) ? JSON.parse(readFileSync(typeFile, 'utf8')).type : undefined;
if (type !== 'module') writeFileSync(typeFile, `${JSON.stringify({ type: 'module' })}\n`);

// 2. One licenses.txt for all chunks. The plugin writes each package as `name\nlicense id\ntext\n\n`,
// sorted by name, the whole trimmed: an entry starts at a package name after an empty line, followed
// by its license id.
const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;
const LICENSE_ID = /^\(?[A-Za-z0-9.+-]+( (OR|AND|WITH) [A-Za-z0-9.+-]+)*\)?$/;
function licenseEntries(text) {
  const lines = text.split('\n');
  const starts = [];
  lines.forEach((line, i) => {
    if ((i === 0 || lines[i - 1] === '') && PACKAGE_NAME.test(line) && LICENSE_ID.test(lines[i + 1] ?? '')) starts.push(i);
  });
  return starts.map((start, k) => {
    const entry = lines.slice(start, starts[k + 1] ?? lines.length).join('\n');
    return [lines[start], k + 1 < starts.length ? `${entry}\n` : entry.replace(/\n*$/, '\n\n')];
  });
}
const chunkLicenses = readdirSync(dist).filter((f) => f.endsWith('.licenses.txt')).sort();
if (chunkLicenses.length > 0) {
  const entries = new Map();
  for (const file of chunkLicenses) for (const [name, entry] of licenseEntries(readFileSync(join(dist, file), 'utf8'))) entries.set(name, entry);
  if (entries.size === 0) fail(`no license entries in ${chunkLicenses.join(', ')}`);
  const merged = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, entry]) => entry).join('');
  writeFileSync(join(dist, 'licenses.txt'), `${merged.trim()}\n`);
  for (const file of chunkLicenses) rmSync(join(dist, file));
}
if (!existsSync(join(dist, 'licenses.txt'))) fail('dist/licenses.txt is missing: build the action with `--license`.');

// 3. The CLI: shebang and executable bit.
const cli = join(dist, 'cli', 'index.js');
if (existsSync(cli)) {
  const code = readFileSync(cli, 'utf8');
  if (!code.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${code}`);
  chmodSync(cli, 0o755);
  const cliType = join(dist, 'cli', 'package.json');
  if (!existsSync(cliType)) writeFileSync(cliType, `${JSON.stringify({ type: 'module' })}\n`);
}

// 4. The action bundle runs: without GITHUB_WORKSPACE it must fail with one `::error::` line.
const smoke = spawnSync(process.execPath, [action], {
  env: { PATH: process.env.PATH ?? '' },
  encoding: 'utf8',
  timeout: 60_000,
});
const output = `${smoke.stdout ?? ''}${smoke.stderr ?? ''}`;
if (smoke.status !== 1 || !/^::error::GITHUB_WORKSPACE is not set/m.test(smoke.stdout ?? '')) {
  fail(`the action bundle does not run (exit ${smoke.status ?? smoke.signal}):\n${output}`);
}
if (/\n\s+at /.test(output)) fail(`the action bundle printed a stack trace:\n${output}`);

console.log(`finish-dist: dist/index.js (action)${existsSync(cli) ? ' and dist/cli/index.js (CLI) are' : ' is'} ready.`);
