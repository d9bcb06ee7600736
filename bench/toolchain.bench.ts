/**
 * `npm run bench -- toolchain`: atmos-ts vs mise installing the same 10 real-named tools from
 * the same loopback fake upstream (cold and warm), and `exec <tool> -- --version` overhead
 * over running the binary directly. Prints medians and ratios and rewrites the `toolchain`
 * section of BENCHMARKS.md.
 *
 * Knobs (env): BENCH_TOOLCHAIN_COLD_RUNS (default 5), BENCH_TOOLCHAIN_WARM_RUNS (10),
 * BENCH_TOOLCHAIN_EXEC_ROUNDS (3 rounds × 10 tools = 30 samples), BENCH_TOOLCHAIN_BINARY_KB
 * (size of each fake binary, default 2048; a list such as `2048,20480` measures cold and
 * from-lock installs again, in the same run, for each further size), BENCH_TOOLCHAIN_BASELINE
 * (another checkout, e.g. a worktree at main: its `dist/cli` runs as `atmos-ts (before)` with
 * the registry fixture configured when that build has no built-in registry, interleaved with
 * the others, and the before/after table goes to the `toolchain-speed` section),
 * BENCH_TOOLCHAIN_NODE (another Node binary, e.g. Node 24 — the runtime of our actions: this
 * build runs under it too, with its compile cache on, as a further contender),
 * BENCH_TOOLCHAIN_WARM_ROUNDS (15: the warm/exec fast-path rows of `toolchain-warm`, measured in
 * this same run when dist/cli-fast is built), BENCH_TOOLCHAIN_KEEP=1 keeps the work directory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSection } from './report.js';
import { benchAtmosContender, fixtureRegistryFile, type AtmosContender } from './toolchain/atmos.js';
import type { Contender } from './toolchain/contender.js';
import { measureFastPaths, renderFastPaths, type FastPathResults } from './toolchain/fastPath.js';
import { miseContender } from './toolchain/mise.js';
import { runSignatureBench } from './toolchain/signatures.js';
import { renderReport, renderSpeedReport, SHORT, type Results, type Sample } from './toolchain/reportTable.js';
import { expectOutput, timed, type Invocation } from './toolchain/timing.js';
import { BENCH_TOOLS, type BenchTool } from './toolchain/tools.js';
import { startBenchUpstream, type BenchUpstream } from './toolchain/upstream.js';

/** The baseline build's contender name. */
const BEFORE = 'atmos-ts (before)';

/** This build under BENCH_TOOLCHAIN_NODE, when given: its contender name and binary. */
function otherNode(): { name: string; node: string; version: string } | undefined {
  const node = process.env.BENCH_TOOLCHAIN_NODE;
  if (!node) return undefined;
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  return { name: `atmos-ts (Node ${version.replace(/^v/, '')})`, node, version };
}

/** The baseline checkout's build as a contender: with its built-in registry if it has one, else the fixture as a configured registry. */
function baselineOptions(baselineDir: string): { name: string; dist: string; registryFile?: string } {
  const dist = path.join(path.resolve(baselineDir), 'dist', 'cli');
  return { name: BEFORE, dist, registryFile: existsSync(path.join(dist, 'aqua-registry')) ? undefined : fixtureRegistryFile() };
}

/** `abc1234` of a checkout, for the report. */
function commitOf(dir: string): string {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown commit';
  }
}

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
  /** Every atmos-ts build measured (this one, and the baseline when given). */
  atmoses: AtmosContender[];
  /** Run `fn`, or skip it when `name` already failed; a failure is recorded, not thrown. */
  attempt(name: string, what: string, fn: () => Promise<void>): Promise<void>;
  /** The contenders still standing, alternating who goes first so neither always runs on a cooler or warmer machine. */
  order(i: number): Contender[];
}

export async function run(): Promise<void> {
  const coldRuns = num('BENCH_TOOLCHAIN_COLD_RUNS', 5);
  const warmRuns = num('BENCH_TOOLCHAIN_WARM_RUNS', 10);
  const execRounds = num('BENCH_TOOLCHAIN_EXEC_ROUNDS', 3);
  const sizesKb = (process.env.BENCH_TOOLCHAIN_BINARY_KB ?? '2048')
    .split(',')
    .map((v) => Number(v.trim()))
    .filter((v) => Number.isFinite(v) && v > 0);
  if (sizesKb.length === 0) sizesKb.push(2048);
  const binaryBytes = sizesKb[0] * 1024;
  const baselineDir = process.env.BENCH_TOOLCHAIN_BASELINE;
  const repoRoot = path.resolve(import.meta.dirname, '..');
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-bench-toolchain-'));
  const upstream = await startBenchUpstream(BENCH_TOOLS, binaryBytes);
  let fastPaths: FastPathResults | undefined;
  const results: Results = {
    tools: BENCH_TOOLS,
    coldRuns,
    warmRuns,
    execSamples: execRounds * BENCH_TOOLS.length,
    binaryBytes,
    assetBytes: upstream.assetBytes,
    cold: {},
    coldFromLock: [],
    coldFromLockBy: {},
    coldIndexCached: [],
    sizes: [],
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
    const atmoses = [atmos];
    if (baselineDir) atmoses.push(benchAtmosContender(repoRoot, workDir, upstream, baselineOptions(baselineDir)));
    const other = otherNode();
    if (other) atmoses.push(benchAtmosContender(repoRoot, workDir, upstream, { name: other.name, node: other.node }));
    const contenders: Contender[] = [mise, ...atmoses];
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
      atmoses,
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
    // The warm/exec paths without Node (issue 11) in the same run, on the same upstream and installs.
    if (existsSync(path.join(repoRoot, 'dist', 'cli-fast', 'index.cjs')) && !results.failures[atmos.name] && !results.failures[mise.name]) {
      fastPaths = await measureFastPaths({
        repoRoot,
        workDir,
        tools: BENCH_TOOLS,
        mise: { ...mise, shim: (t) => path.join(workDir, 'mise', 'state', 'data', 'shims', t.bin) },
        atmos,
        rounds: num('BENCH_TOOLCHAIN_WARM_ROUNDS', 15),
      });
    } else console.log('warm/exec fast paths not measured: build them with `npm run build -- cli cli-fast`');
    for (const kb of sizesKb.slice(1)) await measureSize(session, kb, coldRuns, { repoRoot, workDir, baselineDir });
  } finally {
    results.load[1] = os.loadavg()[0];
    await upstream.close();
    if (process.env.BENCH_TOOLCHAIN_KEEP === '1') console.log(`work directory kept: ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  const { console: text, markdown } = renderReport(results);
  console.log(text);
  writeSection('toolchain', markdown);
  if (fastPaths) {
    const fast = `${renderFastPaths(fastPaths)}\n\nMeasured inside \`npm run bench -- toolchain\` (same run and upstream as the rows above).`;
    console.log(fast);
    writeSection('toolchain-warm', `### Toolchain: warm and exec without Node (issue 11)\n\n${fast}`);
  }
  if (baselineDir) {
    const baseline = baselineOptions(baselineDir);
    const speed = renderSpeedReport(results, {
      before: BEFORE,
      beforeLabel: `\`main\` before this work (commit ${commitOf(baselineDir)}, its committed \`dist/cli\`${baseline.registryFile ? ', the registry fixture configured as a `type: aqua` registry' : ', its built-in registry'})`,
      other: otherNode()?.name,
    });
    console.log(speed.console);
    writeSection('toolchain-speed', speed.markdown);
  }
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
  await measureFromLock(s, coldRuns, results.coldFromLockBy);
  results.coldFromLock = results.coldFromLockBy[atmos.name] ?? [];
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

/** Cold installs from a committed lock, every atmos-ts build interleaved (each keeps its own lock from its last cold run). */
async function measureFromLock(s: Session, runs: number, into: Record<string, Sample[]>): Promise<void> {
  for (let i = 0; i < runs; i++) {
    for (const a of i % 2 ? [...s.atmoses].reverse() : s.atmoses) {
      if (!existsSync(a.lockFile)) continue;
      await s.attempt(a.name, `cold install from lock #${i + 1}`, async () => {
        a.resetPartly({ lock: true });
        s.upstream.up.resetCounts();
        (into[a.name] ??= []).push(await timed(a.install()));
        s.results.requests[`${a.name} (from lock)`] = s.upstream.counts();
      });
    }
  }
}

/**
 * Cold and from-lock installs with binaries of another size, in the same run: a second
 * upstream serving the bigger assets, fresh contenders (mise, atmos-ts, the baseline) on it.
 */
async function measureSize(s: Session, kb: number, runs: number, paths: { repoRoot: string; workDir: string; baselineDir?: string }): Promise<void> {
  const upstream = await startBenchUpstream(BENCH_TOOLS, kb * 1024);
  const workDir = path.join(paths.workDir, `size-${kb}`);
  try {
    const mise = miseContender({ repoRoot: paths.repoRoot, workDir, tools: BENCH_TOOLS, replacements: upstream.replacements });
    const atmoses = [benchAtmosContender(paths.repoRoot, workDir, upstream)];
    if (paths.baselineDir) atmoses.push(benchAtmosContender(paths.repoRoot, workDir, upstream, baselineOptions(paths.baselineDir)));
    const other = otherNode();
    if (other) atmoses.push(benchAtmosContender(paths.repoRoot, workDir, upstream, { name: other.name, node: other.node }));
    const size = { kb, assetBytes: upstream.assetBytes, cold: {} as Record<string, Sample[]>, coldFromLock: {} as Record<string, Sample[]> };
    s.results.sizes.push(size);
    const contenders: Contender[] = [mise, ...atmoses].filter((c) => !s.results.failures[c.name]);
    const sized: Session = { ...s, upstream, mise, atmos: atmoses[0], atmoses, order: (i) => (i % 2 ? [...contenders].reverse() : contenders) };
    for (let i = 0; i < runs; i++) {
      for (const c of sized.order(i)) {
        await s.attempt(c.name, `cold install (${kb} KiB) #${i + 1}`, async () => {
          c.reset();
          (size.cold[c.name] ??= []).push(await timed(c.install()));
        });
      }
    }
    await measureFromLock(sized, runs, size.coldFromLock);
  } finally {
    await upstream.close();
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
