#!/usr/bin/env node
// Last step of `npm run build`, after ncc:
//   - dist/index.js is the action's bundle (action.yml: runs.main). ncc emits an ES module and a
//     dist/package.json with "type": "module" next to it; both must be there, or Node would load
//     the bundle as CommonJS and fail on its first `import`.
//   - dist/cli/index.js is the CLI (package.json "bin"): it gets a shebang and the executable bit.
//   - The action bundle is started once with an empty environment: it must load and end with
//     the one-line error of a run outside GitHub Actions. ncc can exit 0 and still emit a bundle
//     that fails when it runs (a missing asset, a dynamic require): this catches that at build time.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
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
if (!existsSync(action)) fail(`${action} is missing: build the action with \`ncc build src/action/index.ts -o dist\`.`);
const typeFile = join(dist, 'package.json');
const type = existsSync(typeFile) ? JSON.parse(readFileSync(typeFile, 'utf8')).type : undefined;
if (type !== 'module') writeFileSync(typeFile, `${JSON.stringify({ type: 'module' })}\n`);

// 2. The CLI: shebang and executable bit.
const cli = join(dist, 'cli', 'index.js');
if (existsSync(cli)) {
  const code = readFileSync(cli, 'utf8');
  if (!code.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${code}`);
  chmodSync(cli, 0o755);
  const cliType = join(dist, 'cli', 'package.json');
  if (!existsSync(cliType)) writeFileSync(cliType, `${JSON.stringify({ type: 'module' })}\n`);
}

// 3. The action bundle runs: without GITHUB_WORKSPACE it must fail with one `::error::` line.
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
