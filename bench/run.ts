/**
 * `npm run bench [-- toolchain|toolchain-warm|mirror|cache|recovery|bundle|job|fleet|startup …]` — runs the benchmarks (all but startup, which needs `--baseline`, by default).
 * Options with a value (`--cli <path>`, `--label <text>`) are left to the benchmarks that read them.
 * Each prints medians and ratios against a baseline measured in the same run and
 * rewrites its own section of BENCHMARKS.md. Timings never go into tests.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { existsSync } from 'node:fs';

const all = ['toolchain', 'toolchain-warm', 'mirror', 'cache', 'recovery', 'bundle', 'job', 'fleet'];
const VALUED = new Set(['--cli', '--label', '--baseline']);
const argv = process.argv.slice(2);
const wanted = argv.filter((a, i) => !a.startsWith('-') && !VALUED.has(argv[i - 1]));
const names = wanted.length > 0 ? wanted : all;
let failed = false;
for (const name of names) {
  const file = path.join(import.meta.dirname, `${name}.bench.ts`);
  if (!existsSync(file)) {
    console.error(`no benchmark named ${name} (${file})`);
    failed = true;
    continue;
  }
  console.log(`\n=== bench: ${name} ===`);
  const mod = (await import(pathToFileURL(file).href)) as { run: () => Promise<void> };
  try {
    await mod.run();
  } catch (err) {
    console.error(`bench ${name} failed:`, err);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
