// Preloaded (node --require) into every process the benchmark times: on exit it
// writes the process's own CPU time and peak resident memory to the file named
// by BENCH_USAGE, so the numbers are the process's, not a sampler's.
'use strict';
const { writeFileSync } = require('node:fs');

const target = process.env.BENCH_USAGE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: usage.maxRSS }));
  });
}
