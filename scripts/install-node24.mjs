// Runs as the root package's `prepare` script, so the README's `npm ci` is the
// only install step: it installs tools/node24 (a Node 24 binary for the tests
// that execute the built bundles as runs.using: node24 does). The binary is
// published for linux-x64 only; elsewhere this says so and the Node 24 test
// reports itself skipped, by name.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'tools', 'node24');
// Only in a developer's checkout of this repository. A consumer never gets here from npm (no
// install script runs for a dependency; scripts/ and tools/ are not packed), but two installs
// of a clone run `prepare` and must not download a development binary: a copy inside
// node_modules (a git dependency), and pre-commit's hook environment, whose install command
// (`npm install --dev --prod --ignore-prepublish …`, pre_commit/languages/node.py) npm passes
// on to scripts as npm_config_ignore_prepublish.
const consumer = root.split(/[\\/]/).includes('node_modules') || process.env.npm_config_ignore_prepublish === 'true';
if (consumer || !existsSync(join(dir, 'package.json'))) process.exit(0);
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`tools/node24: no Node 24 package for ${process.platform}-${process.arch}; the Node 24 bundle test will be skipped.`);
  process.exit(0);
}
if (existsSync(join(dir, 'node_modules', '.bin', 'node'))) process.exit(0);
const npm = process.env.npm_execpath;
const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
const result = spawnSync(command, [...args, 'ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
process.exit(result.status ?? 1);
