// The floor the benchmark compares with: read the same files and parse them
// with js-yaml `load`, using its fastest build (the CommonJS one: the ES module
// build of the same version is 2.4–2.5× slower on real vectors). Nothing else.
// A file js-yaml refuses (Gardener's history has a few, e.g. an unterminated
// quote) counts as parsed up to its error, as the lint reads it too.
//
//   node scripts/bench/floor.mjs FILE…

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml');

let documents = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    yaml.loadAll(text, () => documents++);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
  }
}
if (documents < 0) console.log(documents);
