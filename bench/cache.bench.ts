/**
 * CI cache benchmark: save and restore of a ~1 GB cache root (20k small files + 4 × 200 MB
 * incompressible) through the real `@actions/cache` against the loopback harness
 * (fake Twirp + Azurite), vs `tar --zstd -cf` / `-xf` of the same tree. Goal: ≤ 1.2×.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { restore, save } from '../src/cache/lifecycle.js';
import { resolveCachePaths } from '../src/cache/paths.js';
import type { CachePlan } from '../src/cache/plan.js';
import { silentLogger } from '../src/common/logger.js';
import { startCacheService } from '../test/harness/cacheService.js';
import { median, writeSection } from './report.js';

const SMALL_FILES = Number(process.env.BENCH_CACHE_SMALL_FILES ?? 20_000);
const LARGE_FILES = Number(process.env.BENCH_CACHE_LARGE_FILES ?? 4);
const LARGE_MB = Number(process.env.BENCH_CACHE_LARGE_MB ?? 200);
const RUNS = Number(process.env.BENCH_CACHE_RUNS ?? 3);

function generateTree(root: string): number {
  let bytes = 0;
  const words = 'provider terraform module registry version checksum platform linux amd64 darwin arm64 '.repeat(50);
  for (let i = 0; i < SMALL_FILES; i++) {
    const dir = path.join(root, 'toolchain', `pkg-${i % 200}`, `v${i % 7}`);
    if (i < 1400) mkdirSync(dir, { recursive: true });
    const size = 200 + ((i * 7919) % 3800);
    const content = i % 3 === 0 ? randomBytes(size) : Buffer.from(words.slice(0, size));
    writeFileSync(path.join(dir, `file-${i}.txt`), content);
    bytes += size;
  }
  mkdirSync(path.join(root, 'terraform', 'plugins'), { recursive: true });
  for (let i = 0; i < LARGE_FILES; i++) {
    const buf = randomBytes(LARGE_MB * 1024 * 1024);
    writeFileSync(path.join(root, 'terraform', 'plugins', `provider-${i}`), buf, { mode: 0o755 });
    bytes += buf.length;
  }
  return bytes;
}

function time(fn: () => void | Promise<void>): Promise<number> {
  const start = performance.now();
  return Promise.resolve(fn()).then(() => (performance.now() - start) / 1000);
}

export async function run(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-bench-cache-'));
  const harness = await startCacheService();
  try {
    const root = path.join(work, 'root');
    console.log(`generating ${SMALL_FILES} small files + ${LARGE_FILES} × ${LARGE_MB} MB …`);
    const bytes = generateTree(root);
    console.log(`cache root: ${(bytes / 1e9).toFixed(2)} GB`);
    const env: NodeJS.ProcessEnv = { ...process.env, ...harness.env, RUNNER_TEMP: path.join(work, 'runner-temp') };
    const plan = (key: string, r: string): CachePlan => ({
      key,
      restoreKeys: [],
      defaultKey: false,
      paths: resolveCachePaths(r),
      backend: 'github',
      pinFiles: [],
      config: {} as CachePlan['config'],
    });
    const saves: number[] = [];
    const restores: number[] = [];
    const tarC: number[] = [];
    const tarX: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const key = `bench-${i}-${Date.now()}`;
      const runEnv = { ...env, GITHUB_RUN_ID: `bench-${i}` };
      saves.push(
        await time(async () => {
          const r = await save(plan(key, root), { logger: silentLogger, env: runEnv });
          if (r.status !== 'saved') throw new Error(`save failed: ${r.status} ${r.message}`);
        }),
      );
      const dest = path.join(work, `restore-${i}`);
      restores.push(
        await time(async () => {
          const r = await restore(plan(key, dest), { logger: silentLogger, env: { ...runEnv, GITHUB_RUN_ID: `bench-r-${i}` } });
          if (r.outcome !== 'exact') throw new Error(`restore missed: ${r.outcome} ${r.problem ?? ''}`);
        }),
      );
      rmSync(dest, { recursive: true, force: true });
      // The harness keeps entries in memory; drop this one before the next run.
      harness.reset();

      const archive = path.join(work, 'baseline.tar.zst');
      tarC.push(await time(() => void execFileSync('tar', ['--zstd', '-cf', archive, '-C', root, '.'])));
      const xdest = path.join(work, `baseline-x-${i}`);
      mkdirSync(xdest);
      tarX.push(await time(() => void execFileSync('tar', ['--zstd', '-xf', archive, '-C', xdest])));
      rmSync(xdest, { recursive: true, force: true });
      rmSync(archive, { force: true });
      console.log(`run ${i + 1}/${RUNS}: save ${saves[i].toFixed(2)}s restore ${restores[i].toFixed(2)}s | tar -c ${tarC[i].toFixed(2)}s tar -x ${tarX[i].toFixed(2)}s`);
    }
    const rows = [
      ['save (@actions/cache → Twirp + Azurite)', median(saves), 'tar --zstd -cf', median(tarC)],
      ['restore (@actions/cache ← Azurite)', median(restores), 'tar --zstd -xf', median(tarX)],
    ] as const;
    const lines = [
      `Cache root: ${(bytes / 1e9).toFixed(2)} GB (${SMALL_FILES} small files + ${LARGE_FILES} × ${LARGE_MB} MiB incompressible), ${RUNS} runs, medians.`,
      '',
      '| operation | atmos-ts (s) | baseline | baseline (s) | ratio | goal |',
      '|---|---:|---|---:|---:|---:|',
      ...rows.map(([op, ours, base, theirs]) => `| ${op} | ${ours.toFixed(2)} | ${base} | ${theirs.toFixed(2)} | ${(ours / theirs).toFixed(2)}× | ≤ 1.2× |`),
    ];
    console.log(lines.join('\n'));
    writeSection('cache', lines.join('\n'));
  } finally {
    await harness.close();
    rmSync(work, { recursive: true, force: true });
  }
}
