import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';

// js-yaml's CommonJS build, explicitly. `import 'js-yaml'` resolves to its ES
// module build, which parses real vectors 2.2–2.5× slower (an object spread
// each time the parser state is built) with byte-identical results. A
// require() takes the package's "require" condition: the fast build of the
// same version. In the ncc bundles `require` is the bundler's (which then
// bundles that build); in Node's ES modules (lib/, tests) it is created.
const load: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);

export const jsYaml = load('js-yaml') as typeof JsYaml;
