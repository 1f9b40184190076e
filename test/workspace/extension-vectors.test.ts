import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/workspace/config-loader.js';

// extensionVectors paths are read like componentVectors: relative to the
// configuration, confined to its repository.
describe('extensionVectors in .imagevector-lint.yaml', () => {
  function repo(config: string, files: Record<string, string> = {}) {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ivl-extvec-'));
    const root = path.join(parent, 'repo');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(parent, 'outside.yaml'), 'images: []\n');
    fs.writeFileSync(path.join(root, '.imagevector-lint.yaml'), config);
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    return loadConfigFile({ file: path.join(root, '.imagevector-lint.yaml'), shown: '.imagevector-lint.yaml', root: fs.realpathSync(root), confineFile: true });
  }
  it('reads the named vector', async () => {
    const loaded = await repo('extensionVectors:\n  networking-calico: hack/calico.yaml\n', { 'hack/calico.yaml': 'images: []\n' });
    expect(loaded.findings).toEqual([]);
    expect(loaded.config.extensionVectors?.['networking-calico']).toMatchObject({ path: 'hack/calico.yaml', kind: 'base' });
  });
  it('refuses a path outside the repository, and names a missing one', async () => {
    const outside = await repo('extensionVectors:\n  a: ../outside.yaml\n  b: missing.yaml\n');
    expect(outside.config.extensionVectors).toBeUndefined();
    expect(outside.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^extensionVectors\.a: cannot read \.\.\/outside\.yaml: .*outside the repository/),
      'extensionVectors.b: missing.yaml is not a file in the repository.',
    ]);
  });
});
