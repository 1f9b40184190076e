import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The package as npm delivers it: `npm pack` of this checkout (dist/ and lib/ as `npm test`
// just built them), then installed and run OFFLINE with an EMPTY npm cache. Any runtime
// dependency, and any install script that fetched something (the Node 24 binary of the
// development setup), would fail here: nothing can be downloaded.

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const npmCli = process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : undefined;

function npm(args: string[], options: SpawnSyncOptions & { env?: NodeJS.ProcessEnv }) {
  const [command, prefix] = npmCli ? [process.execPath, [npmCli]] : ['npm', []];
  const r = spawnSync(command, [...prefix, ...args], { encoding: 'utf8', timeout: 180_000, ...options });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

let tmp: string;
let tarball: string;
let offline: NodeJS.ProcessEnv;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-package-'));
  // --ignore-scripts: prepack would rebuild; the bundles are fresh from `npm test`'s build.
  const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: root });
  expect(packed.code, packed.stderr).toBe(0);
  tarball = path.join(tmp, JSON.parse(packed.stdout)[0].filename);
  const cache = path.join(tmp, 'empty-cache');
  fs.mkdirSync(cache);
  // Only the variables a shell has, and npm's settings pointing at nothing: no registry, no cache.
  offline = {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    npm_config_offline: 'true',
    npm_config_cache: cache,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
});

describe('the npm package', () => {
  it('declares no runtime dependency and packs only what a user runs', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const listed = npm(['pack', '--ignore-scripts', '--dry-run', '--json'], { cwd: root });
    const files: string[] = JSON.parse(listed.stdout)[0].files.map((f: { path: string }) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/cli/index.js', 'dist/index.js', 'lib/index.js', 'lib/index.d.ts']));
    expect(files.filter((f) => /^(src|test|scripts|tools|\.github|\.ci)\//.test(f))).toEqual([]);
    // lib/ is one bundle plus declarations: no module that would import js-yaml or ajv.
    expect(files.filter((f) => f.startsWith('lib/') && f.endsWith('.js'))).toEqual(['lib/index.js']);
  });

  it('`npx ./imagevector-lint-*.tgz` runs the CLI offline with an empty cache', () => {
    const work = fs.mkdtempSync(path.join(tmp, 'npx-'));
    fs.copyFileSync(tarball, path.join(work, path.basename(tarball)));
    for (const file of fs.readdirSync(path.join(root, 'examples'))) fs.copyFileSync(path.join(root, 'examples', file), path.join(work, file));
    const version = npm(['exec', '--yes', '--', `./${path.basename(tarball)}`, '--version'], { cwd: work, env: offline });
    expect(version.stderr).not.toMatch(/ENOTCACHED|ECONNREFUSED|ERR!/);
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
    const lint = npm(['exec', '--yes', '--', `./${path.basename(tarball)}`, 'images.yaml', '--overwrite', 'images-overwrite.yaml', '--table', 'none'], {
      cwd: work,
      env: { ...offline, NO_COLOR: '1' },
    });
    expect(lint.code, lint.stderr).toBe(0);
    expect(lint.stdout).toContain('no problems');
    fs.writeFileSync(path.join(work, 'gap.yaml'), 'images:\n- name: etcd\n  repository: r.example.com/etcd\n  tag: v1\n  targetVersion: "< 1.30"\n- name: etcd\n  repository: r.example.com/etcd\n  tag: v2\n  targetVersion: ">= 1.31"\n');
    const gap = npm(['exec', '--yes', '--', `./${path.basename(tarball)}`, 'gap.yaml'], { cwd: work, env: { ...offline, NO_COLOR: '1' } });
    expect(gap.code).toBe(1);
    expect(gap.stdout).toContain('version-gap');
  });

  it('installs offline into a project, and the library works and type-checks for a consumer', () => {
    const project = fs.mkdtempSync(path.join(tmp, 'consumer-'));
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    const install = npm(['install', '--no-package-lock', tarball], { cwd: project, env: offline });
    expect(install.code, install.stderr).toBe(0);
    // Nothing but the package itself.
    expect(fs.readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.')).sort()).toEqual(['imagevector-lint']);
    expect(fs.existsSync(path.join(project, 'node_modules', 'imagevector-lint', 'tools'))).toBe(false);

    fs.writeFileSync(
      path.join(project, 'consumer.ts'),
      [
        "import { defaultConfig, lint, matchesConstraint, resolve, type Finding, type LintInput, type ResolvedRow } from 'imagevector-lint';",
        "const input: LintInput = { path: 'images.yaml', kind: 'base', content: 'images:\\n- name: a\\n  repository: r\\n  tag: 3.10\\n' };",
        'const findings: Finding[] = lint([input], defaultConfig()).findings;',
        'const rows: ResolvedRow[] = resolve([input], defaultConfig());',
        "const ok: boolean = matchesConstraint('>= 1.30', 'v1.31.0');",
        "console.log(JSON.stringify({ rules: findings.map((f) => f.rule), fix: findings[0]?.fix?.text, rows: rows.length, ok }));",
        '// @ts-expect-error: a kind the engine does not know',
        "lint([{ path: 'x', kind: 'vector', content: '' }], defaultConfig());",
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
    );
    const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    const js = fs.readFileSync(path.join(project, 'consumer.ts'), 'utf8').replace(/, type \w+/g, '').replace(/: (Finding|ResolvedRow)\[\]|: LintInput|: boolean/g, '').replace(/^.*@ts-expect-error.*\n.*\n/m, '');
    fs.writeFileSync(path.join(project, 'consumer.mjs'), js);
    const ran = spawnSync(process.execPath, ['consumer.mjs'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual({ rules: ['yaml-type-trap'], fix: '"3.10"', rows: 2, ok: true });
  });
});
