// Loader for the oracle fixtures (test/fixtures/masterminds/conformance.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ConformanceFixtures {
  oracle: string;
  corpus: string[];
  versions: string[];
  versionOk: (0 | 1)[];
  /** ranges followed by another atom whose v3.5.0 rewrite still holds a range: not oracle-checked */
  excluded: string[];
  /** [constraint, rewrittenByV35, ok, matches] */
  v35: [string, string, 0 | 1, string][];
  /** [constraint, ok, matches] — matches: base64 bitset over `versions` */
  cases: [string, 0 | 1, string][];
}

export function loadConformance(): ConformanceFixtures {
  const path = fileURLToPath(new URL('../fixtures/masterminds/conformance.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as ConformanceFixtures;
}

export function decodeBits(b64: string, count: number): boolean[] {
  const bytes = Buffer.from(b64, 'base64');
  return Array.from({ length: count }, (_, i) => ((bytes[i >> 3] ?? 0) >> (i & 7)) % 2 === 1);
}
