/**
 * `npm run bench -- recovery [--cli <checkout>/bin/atmos-ts.js [--label <text>]]…`: how fast
 * atmos-ts recovers from a crash and gives up on a broken upstream (issue 8), with real child
 * processes of the built CLI and loopback fakes only:
 *
 *  - kill -9 of an installer holding its install lock → the next `toolchain install`, start to done;
 *  - kill -9 of `terraform cache serve` filling a provider zip → Terraform's request sequence
 *    for that provider through a new proxy on the same cache;
 *  - time to fail: a tool download and a provider zip from a server that accepts and never
 *    answers, and a tool install whose host is a closed loopback port.
 *
 * Each recovery figure has a same-run baseline (the same command with nothing in the way).
 * `--cli` (repeatable, or BENCH_RECOVERY_CLI) runs another checkout's build, for before/after
 * figures; several CLIs are measured in the same run, interleaved. Each run writes its own
 * `recovery-<labels>` section of BENCHMARKS.md, so before and after figures stay side by side.
 *
 * Knobs (env): BENCH_RECOVERY_RUNS (default 3), BENCH_RECOVERY_HUNG_RUNS (1),
 * BENCH_RECOVERY_CUTOFF_S (200: a trial still running then is killed and shown as "> 200 s"),
 * BENCH_RECOVERY_KEEP=1 keeps the work directory.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSection } from './report.js';
import { cliArgs, snapshotCli, type CliUnderTest } from './recovery/cli.js';
import { closedPortUrl, startHungServer } from './recovery/faults.js';
import { startRegistry } from './recovery/proxy.js';
import { renderRecovery, sectionName, type RecoveryResults } from './recovery/reportTable.js';
import { SCENARIOS, type Fakes, type ScenarioName } from './recovery/scenarios.js';
import { startToolUpstream } from './recovery/toolProject.js';

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};

/** Measured in rounds, alternating the order, so drifting machine load hits every figure alike. */
const ROUND: ScenarioName[] = ['installBaseline', 'installRecovery', 'proxyBaseline', 'proxyRecovery', 'unreachableTool'];
/** Minutes each on today's code and nearly all waiting on timers: run together after the rounds. */
const HUNG: ScenarioName[] = ['hungTool', 'hungProxy'];

export async function run(): Promise<void> {
  const runs = num('BENCH_RECOVERY_RUNS', 3);
  const hungRuns = num('BENCH_RECOVERY_HUNG_RUNS', 1);
  const cutoffMs = num('BENCH_RECOVERY_CUTOFF_S', 200) * 1000;
  const repoRoot = path.resolve(import.meta.dirname, '..');
  const work = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-bench-recovery-'));
  let clis: CliUnderTest[];
  try {
    clis = cliArgs(process.argv.slice(2), process.env, repoRoot).map((c, i) => snapshotCli(c.given, path.join(work, `cli-${i}`), c.label));
  } catch (err) {
    rmSync(work, { recursive: true, force: true });
    throw err;
  }
  const started = Date.now();
  const results: RecoveryResults = {
    clis,
    runs,
    hungRuns,
    cutoffMs,
    samples: clis.map(() => ({})),
    failures: clis.map(() => ({})),
    load: [os.loadavg()[0], 0],
    seconds: 0,
  };
  const hung = await startHungServer();
  const up = await startToolUpstream(256 * 1024);
  const registry = await startRegistry(hung.url);
  const fakes: Fakes = { up, registry, hung, closedUrl: await closedPortUrl(), cutoffMs };
  let trial = 0;
  /** One trial in a directory of its own; a failure is recorded (and that figure skipped from then on), not thrown. */
  const attempt = async (ci: number, name: ScenarioName) => {
    if (results.failures[ci][name]) return;
    const dir = path.join(work, `trial-${++trial}-${name}`);
    mkdirSync(dir, { recursive: true });
    try {
      (results.samples[ci][name] ??= []).push(await SCENARIOS[name](clis[ci], dir, fakes));
    } catch (err) {
      results.failures[ci][name] = (err as Error).message.trim().split('\n').slice(0, 12).join('\n');
      console.error(`${clis[ci].label}: ${name} failed:\n${results.failures[ci][name]}`);
    }
    // Trial directories hold whole installs and caches: drop them as we go.
    if (process.env.BENCH_RECOVERY_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  };
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  try {
    const indexes = clis.map((_, i) => i);
    for (let i = 0; i < runs; i++) {
      console.log(`round ${i + 1}/${runs} (${elapsed()})`);
      for (const ci of i % 2 ? [...indexes].reverse() : indexes) {
        for (const name of i % 2 ? [...ROUND].reverse() : ROUND) await attempt(ci, name);
      }
    }
    console.log(`hung upstreams: ${hungRuns} trial(s) each, all at once, cut off at ${cutoffMs / 1000} s (${elapsed()})`);
    await Promise.all(indexes.flatMap((ci) => HUNG.flatMap((name) => Array.from({ length: hungRuns }, () => attempt(ci, name)))));
  } finally {
    await registry.close();
    await up.close();
    await hung.close();
    if (process.env.BENCH_RECOVERY_KEEP === '1') console.log(`work directory kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  results.load[1] = os.loadavg()[0];
  results.seconds = (Date.now() - started) / 1000;
  const { console: text, markdown } = renderRecovery(results);
  console.log(text);
  writeSection(sectionName(results.clis), markdown);
  const failed = results.failures.flatMap((f, i) => Object.keys(f).map((k) => `${clis[i].label}: ${k}`));
  if (failed.length) throw new Error(`trials failed: ${failed.join(', ')}`);
}
