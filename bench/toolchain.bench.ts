/**
 * `npm run bench -- toolchain`: atmos-ts vs mise installing the same 10 real-named tools from
 * the same loopback fake upstream (cold and warm), and `exec <tool> -- --version` overhead
 * over running the binary directly. Prints medians and ratios and rewrites the `toolchain`
 * section of BENCHMARKS.md.
 *
 * Knobs (env): BENCH_TOOLCHAIN_COLD_RUNS (default 5), BENCH_TOOLCHAIN_WARM_RUNS (10),
 * BENCH_TOOLCHAIN_EXEC_ROUNDS (3 rounds × 10 tools = 30 samples), BENCH_TOOLCHAIN_BINARY_KB
 * (size of each fake binary, default 2048), BENCH_TOOLCHAIN_KEEP=1 keeps the work directory.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aquaFixturesDir } from '../test/helpers/tmp.js';
import { writeSection } from './report.js';
import { atmosContender } from './toolchain/atmos.js';
import type { Contender } from './toolchain/contender.js';
import { miseContender } from './toolchain/mise.js';
import { renderReport, type Results } from './toolchain/reportTable.js';
import { expectOutput, timed, type Invocation } from './toolchain/timing.js';
import { BENCH_TOOLS } from './toolchain/tools.js';
import { startBenchUpstream } from './toolchain/upstream.js';

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};

export async function run(): Promise<void> {
  const coldRuns = num('BENCH_TOOLCHAIN_COLD_RUNS', 5);
  const warmRuns = num('BENCH_TOOLCHAIN_WARM_RUNS', 10);
  const execRounds = num('BENCH_TOOLCHAIN_EXEC_ROUNDS', 3);
  const binaryBytes = num('BENCH_TOOLCHAIN_BINARY_KB', 2048) * 1024;
  const repoRoot = path.resolve(import.meta.dirname, '..');
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-bench-toolchain-'));
  const upstream = await startBenchUpstream(BENCH_TOOLS, binaryBytes);
  const results: Results = {
    tools: BENCH_TOOLS,
    coldRuns,
    warmRuns,
    execSamples: execRounds * BENCH_TOOLS.length,
    binaryBytes,
    assetBytes: upstream.assetBytes,
    cold: {},
    coldFromLock: [],
    warm: {},
    exec: { direct: [] },
    requests: {},
    failures: {},
    setup: {},
    node: { bare: [], cliVersion: [] },
  };
  try {
    const mise = miseContender({ repoRoot, workDir, tools: BENCH_TOOLS, replacements: upstream.replacements });
    const atmos = atmosContender({
      repoRoot,
      workDir,
      tools: BENCH_TOOLS,
      replacements: upstream.replacements,
      registryFile: path.join(aquaFixturesDir(), 'registry.yaml'),
      serverUrl: upstream.up.serverUrl,
      apiUrl: upstream.apiUrl,
    });
    const contenders: Contender[] = [mise, atmos];
    for (const c of contenders) {
      results.setup[c.name] = c.setup;
      results.cold[c.name] = [];
      results.warm[c.name] = [];
      results.exec[c.name] = [];
    }
    const alive = () => contenders.filter((c) => !results.failures[c.name]);
    const attempt = async (c: Contender, what: string, fn: () => Promise<void>) => {
      if (results.failures[c.name]) return;
      try {
        await fn();
      } catch (err) {
        results.failures[c.name] = `${what}: ${(err as Error).message.trim().split('\n').slice(0, 12).join('\n')}`;
        console.error(`${c.name} failed during ${what}:\n${results.failures[c.name]}`);
      }
    };
    // Alternate who goes first, so neither always runs on a cooler or warmer machine.
    const order = (i: number) => (i % 2 ? [...alive()].reverse() : alive());

    // Untimed warm-up: page in both binaries and check that each installs all 10 tools.
    for (const c of contenders) {
      await attempt(c, 'first install', async () => {
        c.reset();
        upstream.up.resetCounts();
        await timed(c.install());
        results.requests[c.name] = {
          api: upstream.up.apiCalls(),
          total: upstream.up.requests.length,
        };
        for (const t of BENCH_TOOLS) expectOutput(`${c.name} exec ${t.id}`, await timed(c.exec(t)), `version v${t.version}`);
      });
    }

    for (let i = 0; i < coldRuns; i++) {
      for (const c of order(i)) {
        await attempt(c, `cold install #${i + 1}`, async () => {
          c.reset();
          results.cold[c.name].push((await timed(c.install())).ms);
        });
      }
    }
    // atmos-ts's CI path: a committed toolchain.lock.yaml, empty cache (no registry or API use).
    if (!results.failures[atmos.name] && existsSync(atmos.lockFile)) {
      for (let i = 0; i < coldRuns; i++) {
        await attempt(atmos, `cold install from lock #${i + 1}`, async () => {
          atmos.resetKeepLock();
          upstream.up.resetCounts();
          results.coldFromLock.push((await timed(atmos.install())).ms);
          results.requests['atmos-ts (from lock)'] = { api: upstream.up.apiCalls(), total: upstream.up.requests.length };
        });
      }
    }
    for (let i = 0; i < warmRuns; i++) {
      for (const c of order(i)) {
        await attempt(c, `warm install #${i + 1}`, async () => {
          results.warm[c.name].push((await timed(c.install())).ms);
        });
      }
    }

    const node = process.execPath;
    const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
    const probe = (cmd: string, args: string[]): Invocation => ({ cmd, args, cwd: workDir, env: process.env });
    for (let r = 0; r < execRounds; r++) {
      for (const [k, t] of BENCH_TOOLS.entries()) {
        const direct = await timed(probe(mise.binaryPath(t), ['--version']));
        expectOutput(`direct ${t.bin}`, direct, `version v${t.version}`);
        results.exec.direct.push(direct.ms);
        for (const c of order(r + k)) {
          await attempt(c, `exec ${t.id}`, async () => {
            const out = await timed(c.exec(t));
            expectOutput(`${c.name} exec ${t.id}`, out, `version v${t.version}`);
            results.exec[c.name].push(out.ms);
          });
        }
        // What Node itself costs, and loading the CLI bundle without doing any work.
        results.node.bare.push((await timed(probe(node, ['-e', '0']))).ms);
        if (existsSync(cli)) results.node.cliVersion.push((await timed(probe(node, [cli, '--version']))).ms);
      }
    }
  } finally {
    await upstream.close();
    if (process.env.BENCH_TOOLCHAIN_KEEP === '1') console.log(`work directory kept: ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  const { console: text, markdown } = renderReport(results);
  console.log(text);
  writeSection('toolchain', markdown);
  if (Object.keys(results.failures).length) throw new Error(`contender failed: ${Object.keys(results.failures).join(', ')}`);
}
