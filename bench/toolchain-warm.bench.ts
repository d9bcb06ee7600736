/**
 * `npm run bench -- toolchain-warm`: warm `install` and running a pinned tool — mise against
 * the atmos-ts full CLI, its Node fast path, its no-Node launcher and shims, with `node -e 0`
 * as the floor of anything that starts Node — on the same loopback upstream as
 * `npm run bench -- toolchain`. Rewrites the `toolchain-warm` section of BENCHMARKS.md.
 *
 * Needs a build with the fast bundle (`npm run build -- cli cli-fast`).
 * Knobs (env): BENCH_TOOLCHAIN_WARM_ROUNDS (default 15), BENCH_TOOLCHAIN_BINARY_KB (2048),
 * BENCH_TOOLCHAIN_KEEP=1 keeps the work directory.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSection } from './report.js';
import { benchAtmosContender } from './toolchain/atmos.js';
import { measureFastPaths, renderFastPaths } from './toolchain/fastPath.js';
import { miseContender } from './toolchain/mise.js';
import { BENCH_TOOLS } from './toolchain/tools.js';
import { startBenchUpstream } from './toolchain/upstream.js';

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};

export async function run(): Promise<void> {
  const repoRoot = path.resolve(import.meta.dirname, '..');
  if (!existsSync(path.join(repoRoot, 'dist', 'cli-fast', 'index.cjs')))
    throw new Error('dist/cli-fast/index.cjs is missing: run `npm run build -- cli cli-fast` first');
  const rounds = num('BENCH_TOOLCHAIN_WARM_ROUNDS', 15);
  const binaryBytes = num('BENCH_TOOLCHAIN_BINARY_KB', 2048) * 1024;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-bench-warm-'));
  const upstream = await startBenchUpstream(BENCH_TOOLS, binaryBytes);
  const load = [os.loadavg()[0], 0];
  let markdown: string;
  try {
    const mise = miseContender({ repoRoot, workDir, tools: BENCH_TOOLS, replacements: upstream.replacements });
    const atmos = benchAtmosContender(repoRoot, workDir, upstream);
    const results = await measureFastPaths({
      repoRoot,
      workDir,
      tools: BENCH_TOOLS,
      mise: { ...mise, shim: (t) => path.join(workDir, 'mise', 'state', 'data', 'shims', t.bin) },
      atmos,
      rounds,
    });
    load[1] = os.loadavg()[0];
    markdown = `${renderFastPaths(results)}\n\nLoad average (1 min) at start / end: ${load[0].toFixed(2)} / ${load[1].toFixed(2)}.`;
  } finally {
    await upstream.close();
    if (process.env.BENCH_TOOLCHAIN_KEEP === '1') console.log(`work directory kept: ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  console.log(markdown);
  writeSection('toolchain-warm', `### Toolchain: warm and exec without Node (issue 11)\n\n${markdown}`);
}
