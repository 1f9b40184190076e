// The floor the benchmark compares with: read the same files and parse them
// with js-yaml `load`, using its fastest build (the CommonJS one: the ES module
// build of the same version is 2.4–2.5× slower on real vectors). Nothing else.
//
//   node scripts/bench/floor.mjs FILE…

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml');

let documents = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  yaml.loadAll(text, () => documents++);
}
if (documents < 0) console.log(documents);
