/**
 * `npm run bench -- job`: the number a platform team asks for — a Terraform job's dependency
 * time (install 5 pinned tools + `terraform init` in 4 root modules), cold and warm, for
 * atmos-ts against today's recipe (mise + actions/cache + terraform fetching directly), over
 * loopback upstreams that behave like the internet (latency, bandwidth, real-sized assets),
 * and how often the job still goes red when upstream misbehaves (2 % of requests fail, one
 * 30 s registry outage). Rewrites the `job` section of BENCHMARKS.md.
 *
 * Knobs (env): BENCH_JOB_RUNS (cold+warm pairs per contender, default 5), BENCH_JOB_FLAKY_RUNS
 * (faulted jobs per contender, default 20), BENCH_JOB_KEEP=1 keeps the work directory,
 * BENCH_JOB_ONLY=<parts of contender names, comma-separated> runs the incumbent and those, among
 * them the variant "TF_PLUGIN_CACHE_DIR" (section `job-variants`), BENCH_JOB_VERBOSE=1 prints what the atmos-ts steps said about their caches; the
 * network and sizes in bench/job/fixture.ts (BENCH_JOB_API_MS, _DOWNLOAD_MS, _MBPS, _AWS_MB,
 * _FAILURE_RATE, _OUTAGE_MS, _OUTAGE_START_MAX_MS).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run as runProcess } from '../test/e2e/realTerraform.js';
import { startCacheService, type CacheServiceHarness } from '../test/support/cacheService.js';
import { removeTempDir } from '../test/support/tmp.js';
import { writeSection } from './report.js';
import { atmosAction, incumbent, rootMainTf, TERRAFORM_ENV, writeDirectCliConfig, type JobContender } from './job/contenders.js';
import { FAULTS, jobProviders, jobTools, NETWORK, ROOTS } from './job/fixture.js';
import { renderJobReport, type JobRecord, type JobResults } from './job/reportTable.js';
import { JobFailed, newRunner } from './job/runner.js';
import { startJobUpstream, type JobUpstream } from './job/upstream.js';

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  return Number.isFinite(v) && v >= 0 ? v : dflt;
};

/** Seeded generator for the outage start offsets (mulberry32), so a run can be repeated. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A set-up command; asynchronous because the fakes it talks to live in this process. */
async function mustRun(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const r = await runProcess(cmd, args, cwd, env, 600_000);
  if (r.code !== 0) throw new Error(`set-up: ${cmd} ${args.join(' ')} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
}

interface Bench {
  workDir: string;
  upstream: JobUpstream;
  cache: CacheServiceHarness;
  jobs: number;
}

/** One job of `c` on a fresh runner: steps timed, upstream and cache traffic counted. Never throws for a failed job. */
async function runJob(b: Bench, c: JobContender): Promise<JobRecord> {
  // Every job runs in the same, emptied directory, as hosted runners give every job the same
  // paths (/home/runner, …): @actions/cache versions its entries by the cached paths.
  b.jobs++;
  const root = path.join(b.workDir, 'runner');
  removeTempDir(root);
  const runner = newRunner(root, c.template, {});
  b.upstream.resetCounts();
  const before = b.cache.transfers.length;
  const status = { failed: false };
  let error: string | undefined;
  let extraCpuMs = 0;
  let cacheHit = '';
  let notes: string[] = [];
  try {
    ({ extraCpuMs, cacheHit, notes = [] } = await c.job(runner, status));
  } catch (err) {
    if (!(err instanceof JobFailed) && !(err instanceof Error)) throw err;
    error = err.message.split('\n').slice(0, 30).join('\n');
  }
  const transfers = b.cache.transfers.slice(before);
  const sum = (phase: 'deps' | 'post', k: 'ms' | 'cpuMs') => runner.steps.filter((s) => s.phase === phase).reduce((a, s) => a + s[k], 0);
  const record: JobRecord = {
    ok: error === undefined,
    error,
    cacheHit,
    depsMs: sum('deps', 'ms'),
    depsCpuMs: sum('deps', 'cpuMs') + extraCpuMs,
    postMs: sum('post', 'ms'),
    postCpuMs: sum('post', 'cpuMs'),
    steps: runner.steps.map((s) => ({ name: s.name, ms: s.ms })),
    upstream: b.upstream.counts(),
    cacheDown: transfers.filter((t) => t.direction === 'download').reduce((a, t) => a + t.size, 0),
    cacheUp: transfers.filter((t) => t.direction === 'upload').reduce((a, t) => a + t.size, 0),
  };
  if (process.env.BENCH_JOB_VERBOSE === '1' && notes.length) console.log(`  ${notes.slice(0, 60).join('\n  ')}`);
  removeTempDir(root);
  return record;
}

/** Empty caches: a cold job follows. */
async function resetCache(b: Bench): Promise<void> {
  b.cache.reset();
  await b.cache.purgeBlobs();
}

function describe(label: string, r: JobRecord): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
  const steps = r.steps.map((x) => `${x.name} ${s(x.ms)}`).join(', ');
  return `${label}: ${r.ok ? 'ok' : 'FAILED'} deps ${s(r.depsMs)} (cpu ${s(r.depsCpuMs)}) post ${s(r.postMs)} cache ${r.cacheHit} upstream ${r.upstream.requests} req ${(r.upstream.bytes / 1e6).toFixed(1)} MB api ${r.upstream.githubApi}\n  ${steps}${r.error ? `\n  ${r.error.split('\n').slice(0, 8).join('\n  ')}` : ''}`;
}

export async function run(): Promise<void> {
  const runs = Math.max(1, num('BENCH_JOB_RUNS', 5));
  const only = process.env.BENCH_JOB_ONLY;
  const flakyRuns = num('BENCH_JOB_FLAKY_RUNS', 20);
  const repoRoot = path.resolve(import.meta.dirname, '..');
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-bench-job-'));
  const realTerraform = execFileSync('bash', ['-c', 'command -v terraform'], { encoding: 'utf8' }).trim();
  const tfVersion = (
    JSON.parse(
      execFileSync(realTerraform, ['version', '-json'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: os.tmpdir(), CHECKPOINT_DISABLE: '1' } }),
    ) as { terraform_version: string }
  ).terraform_version;
  const tools = jobTools(tfVersion);
  const providers = jobProviders();
  console.log(`setting up: terraform ${tfVersion} from ${realTerraform}, 5 tools, ${providers.length} providers, ${ROOTS.length} roots …`);
  const upstream = await startJobUpstream(tools, providers, realTerraform);
  const cache = await startCacheService();
  const b: Bench = { workDir, upstream, cache, jobs: 0 };
  const results: JobResults = {
    network: NETWORK,
    faults: FAULTS,
    runs,
    flakyRuns,
    tools: tools.map((t) => ({ id: t.tool.id, version: t.tool.version, bytes: upstream.assetBytes[t.tool.id] })),
    providers: providers.map((p) => ({ type: p.type, version: p.version, bytes: upstream.providerBytes[p.type] })),
    contenders: [],
    setup: {},
    cold: {},
    warm: {},
    flaky: {},
    load: [os.loadavg()[0], 0],
  };
  try {
    // Set-up without the network model: lock files and the committed toolchain.lock.yaml.
    upstream.model(false);
    const mainTfs = Object.fromEntries(ROOTS.map((r) => [r.name, rootMainTf(r, providers)]));
    const cliConfig = writeDirectCliConfig(path.join(workDir, 'setup.terraformrc'), upstream.registry.url);
    const locks: Record<string, string> = {};
    for (const r of ROOTS) {
      const dir = path.join(workDir, 'lock', r.name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'main.tf'), mainTfs[r.name]);
      // init records h1 (this platform) and zh (every platform of the signed SHA256SUMS) hashes, as a committed lock file has.
      await mustRun(realTerraform, ['init', '-input=false', '-backend=false', '-no-color'], dir, {
        PATH: process.env.PATH,
        HOME: dir,
        ...TERRAFORM_ENV,
        TF_CLI_CONFIG_FILE: cliConfig,
      });
      locks[r.name] = readFileSync(path.join(dir, '.terraform.lock.hcl'), 'utf8');
    }
    const setting = { repoRoot, workDir, upstream, tools, locks, cacheEnv: cache.env };
    const atmos = atmosAction(setting, mainTfs);
    const lockFile = path.join(workDir, 'toolchain.lock.yaml');
    const lockDir = path.join(workDir, 'lock', 'toolchain');
    execFileSync('cp', ['-r', atmos.template, lockDir]);
    await mustRun(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'toolchain', 'lock', '--platform', 'linux/amd64'], lockDir, {
      PATH: process.env.PATH,
      HOME: lockDir,
      ATMOS_XDG_CACHE_HOME: path.join(lockDir, '.cache'),
      GITHUB_SERVER_URL: upstream.github.serverUrl,
      GITHUB_API_URL: upstream.github.apiUrl,
    });
    execFileSync('cp', [path.join(lockDir, 'toolchain.lock.yaml'), lockFile]);
    const all = [incumbent(setting, mainTfs), atmos, atmosAction(setting, mainTfs, lockFile), atmosAction(setting, mainTfs, lockFile, { pluginCache: true })];
    // The recorded run: the issue's three contenders. BENCH_JOB_ONLY (comma-separated parts of
    // names; the incumbent always runs, as the baseline) picks others, e.g. the plugin-cache variant.
    const contenders = only ? all.filter((c, i) => i === 0 || only.split(',').some((o) => c.name.includes(o.trim()))) : all.slice(0, 3);
    results.contenders = contenders.map((c) => c.name);
    for (const c of contenders) {
      results.setup[c.name] = c.setup;
      results.cold[c.name] = [];
      results.warm[c.name] = [];
    }
    upstream.model(true);

    // Interleaved: each round runs every contender's cold job then its warm job (caches from
    // that cold job), alternating who goes first.
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? [...contenders].reverse() : contenders;
      for (const c of order) {
        await resetCache(b);
        const cold = await runJob(b, c);
        console.log(describe(`#${i + 1} ${c.name} cold`, cold));
        results.cold[c.name].push(cold);
        const warm = await runJob(b, c);
        console.log(describe(`#${i + 1} ${c.name} warm`, warm));
        results.warm[c.name].push(warm);
      }
    }

    // Flakiness: warm jobs (caches from one clean cold job) under the fault schedule.
    for (const c of flakyRuns > 0 ? contenders : []) {
      await resetCache(b);
      upstream.registryConditions.clearFaults();
      upstream.githubConditions.clearFaults();
      const seed = await runJob(b, c);
      if (!seed.ok) console.log(describe(`${c.name} flakiness seed job`, seed));
      const outcomes: JobRecord[] = [];
      const random = seeded(1); // the same outage offsets for every contender
      for (let k = 0; k < flakyRuns; k++) {
        for (const cond of [upstream.registryConditions, upstream.githubConditions]) {
          cond.clearFaults();
          cond.faults = { failureRate: FAULTS.failureRate, seed: 1000 + k };
        }
        upstream.registryConditions.outage(Date.now() + random() * FAULTS.outageStartMaxMs, FAULTS.outageMs);
        const r = await runJob(b, c);
        console.log(describe(`flaky #${k + 1} ${c.name}`, r));
        outcomes.push(r);
      }
      for (const cond of [upstream.registryConditions, upstream.githubConditions]) cond.clearFaults();
      results.flaky[c.name] = outcomes;
    }
  } finally {
    results.load[1] = os.loadavg()[0];
    await cache.close();
    await upstream.close();
    if (process.env.BENCH_JOB_KEEP === '1') console.log(`work directory kept: ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true, maxRetries: 10 });
  }
  const { console: text, markdown } = renderJobReport(results);
  console.log(text);
  // A run of chosen contenders goes to its own section, next to the recorded one.
  writeSection(only ? 'job-variants' : 'job', markdown);
}
