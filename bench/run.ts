/**
 * `npm run bench [-- toolchain|mirror|cache …]` — runs the benchmarks (all by default).
 * Each prints medians and ratios against a baseline measured in the same run and
 * rewrites its own section of BENCHMARKS.md. Timings never go into tests.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { existsSync } from 'node:fs';

const all = ['toolchain', 'mirror', 'cache'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
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
