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
import { writeSection } from './report.js';
import { benchAtmosContender, type AtmosContender } from './toolchain/atmos.js';
import type { Contender } from './toolchain/contender.js';
import { miseContender } from './toolchain/mise.js';
import { runSignatureBench } from './toolchain/signatures.js';
import { renderReport, SHORT, type Results } from './toolchain/reportTable.js';
import { expectOutput, timed, type Invocation } from './toolchain/timing.js';
import { BENCH_TOOLS, type BenchTool } from './toolchain/tools.js';
import { startBenchUpstream, type BenchUpstream } from './toolchain/upstream.js';

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};

/** What the measuring phases share. */
interface Session {
  results: Results;
  upstream: BenchUpstream;
  mise: Contender;
  atmos: AtmosContender;
  /** Run `fn`, or skip it when `name` already failed; a failure is recorded, not thrown. */
  attempt(name: string, what: string, fn: () => Promise<void>): Promise<void>;
  /** The contenders still standing, alternating who goes first so neither always runs on a cooler or warmer machine. */
  order(i: number): Contender[];
}

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
    coldIndexCached: [],
    warm: {},
    exec: { direct: [] },
    requests: {},
    failures: {},
    setup: {},
    node: { bare: [], cliVersion: [] },
    load: [os.loadavg()[0], 0],
  };
  try {
    const mise = miseContender({ repoRoot, workDir, tools: BENCH_TOOLS, replacements: upstream.replacements });
    const atmos = benchAtmosContender(repoRoot, workDir, upstream);
    const contenders: Contender[] = [mise, atmos];
    for (const c of contenders) {
      results.setup[c.name] = c.setup;
      results.cold[c.name] = [];
      results.warm[c.name] = [];
      results.exec[c.name] = [];
    }
    const alive = () => contenders.filter((c) => !results.failures[c.name]);
    const session: Session = {
      results,
      upstream,
      mise,
      atmos,
      async attempt(name, what, fn) {
        if (results.failures[name]) return;
        try {
          await fn();
        } catch (err) {
          results.failures[name] = `${what}: ${(err as Error).message.trim().split('\n').slice(0, 12).join('\n')}`;
          console.error(`${name} failed during ${what}:\n${results.failures[name]}`);
        }
      },
      order: (i) => (i % 2 ? [...alive()].reverse() : alive()),
    };
    await measureInstalls(session, coldRuns, warmRuns);
    await measureExec(session, execRounds, { workDir, cli: atmos.cli });
  } finally {
    results.load[1] = os.loadavg()[0];
    await upstream.close();
    if (process.env.BENCH_TOOLCHAIN_KEEP === '1') console.log(`work directory kept: ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  const { console: text, markdown } = renderReport(results);
  console.log(text);
  writeSection('toolchain', markdown);
  await runSignatureBench();
  if (Object.keys(results.failures).length) throw new Error(`contender failed: ${Object.keys(results.failures).join(', ')}`);
}

async function measureInstalls(s: Session, coldRuns: number, warmRuns: number): Promise<void> {
  const { results, upstream, atmos } = s;
  // Untimed warm-up: page in both binaries and check that each installs all 10 tools.
  for (const c of s.order(0)) {
    await s.attempt(c.name, 'first install', async () => {
      c.reset();
      upstream.up.resetCounts();
      await timed(c.install());
      results.requests[c.name] = upstream.counts();
      for (const t of BENCH_TOOLS) expectOutput(`${c.name} exec ${t.id}`, await timed(c.exec(t)), `version v${t.version}`);
    });
  }
  for (let i = 0; i < coldRuns; i++) {
    for (const c of s.order(i)) {
      await s.attempt(c.name, `cold install #${i + 1}`, async () => {
        c.reset();
        results.cold[c.name].push(await timed(c.install()));
      });
    }
  }
  // atmos-ts only: what the 3 MB registry costs in a cold install (index kept), and the CI
  // path of a committed toolchain.lock.yaml with an empty cache (no registry, no API).
  for (let i = 0; i < coldRuns; i++) {
    await s.attempt(atmos.name, `cold install, registry index cached #${i + 1}`, async () => {
      atmos.resetPartly({ registryIndex: true });
      results.coldIndexCached.push(await timed(atmos.install()));
    });
  }
  for (let i = 0; i < coldRuns && existsSync(atmos.lockFile); i++) {
    await s.attempt(atmos.name, `cold install from lock #${i + 1}`, async () => {
      atmos.resetPartly({ lock: true });
      upstream.up.resetCounts();
      results.coldFromLock.push(await timed(atmos.install()));
      results.requests['atmos-ts (from lock)'] = upstream.counts();
    });
  }
  for (let i = 0; i < warmRuns; i++) {
    for (const c of s.order(i)) {
      await s.attempt(c.name, `warm install #${i + 1}`, async () => {
        upstream.up.resetCounts();
        results.warm[c.name].push(await timed(c.install()));
        results.requests[`${c.name} (warm)`] = upstream.counts();
      });
    }
  }
}

async function measureExec(s: Session, rounds: number, paths: { workDir: string; cli: string }): Promise<void> {
  const { results, mise, atmos } = s;
  const probe = (cmd: string, args: string[]): Invocation => ({ cmd, args, cwd: paths.workDir, env: process.env });
  const execOnce = async (name: string, t: BenchTool, inv: Invocation) =>
    s.attempt(name, `exec ${t.id}`, async () => {
      const out = await timed(inv);
      expectOutput(`${name} exec ${t.id}`, out, `version v${t.version}`);
      (results.exec[name] ??= []).push(out);
    });
  for (let r = 0; r < rounds; r++) {
    for (const [k, t] of BENCH_TOOLS.entries()) {
      await execOnce('direct', t, probe(mise.binaryPath(t), ['--version']));
      for (const c of s.order(r + k)) await execOnce(c.name, t, c.exec(t));
      if (!results.failures[atmos.name]) await execOnce(SHORT, t, atmos.execByBinaryName(t));
      // What Node itself costs, and loading the CLI bundle without doing any work.
      results.node.bare.push(await timed(probe(process.execPath, ['-e', '0'])));
      if (existsSync(paths.cli)) results.node.cliVersion.push(await timed(probe(process.execPath, [paths.cli, '--version'])));
    }
  }
}
