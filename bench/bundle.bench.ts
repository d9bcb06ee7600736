/**
 * Bundle benchmark (`npm run bench -- bundle`), two parts, each against a baseline measured
 * in the same run, interleaved, medians of wall and CPU time (CPU includes child processes:
 * zstd, tar, git, terraform — read from /proc/self/stat), ratios not absolutes.
 *
 * 1. create / import / verify of a bundle of 10 tools + 20 providers + 30 modules (all
 *    already in the cache) vs `tar --zstd` of exactly the same files (-cf, -xf, and -xOf piped
 *    to sha256sum for verify). Goal ≤ 1.2×.
 *    Knobs: BENCH_BUNDLE_TOOL_MB (8, the issue's workload), BENCH_BUNDLE_LARGE_TOOL_MB (30:
 *    the same bench again with bigger tools, an additional table; 0 skips it), and
 *    BENCH_BUNDLE_BASELINE=<checkout dir>: that checkout's src/bundle/index.ts is imported and
 *    measured as a third contender, interleaved with the other two (a same-run before/after).
 * 2. A full replay — `toolchain install` + `terraform init` (provider, two registry modules,
 *    a git:: module) in a fresh checkout with the real terraform — offline from an imported
 *    bundle (ATMOS_OFFLINE=1) vs with a warm cache and the upstreams reachable. Goal ≤ 1.1×.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { createBundle, importBundle, importRoots, verifyBundle } from '../src/bundle/index.js';
import { loadConfig } from '../src/config/load.js';
import { makeModuleTarGz, PLATFORMS, startRegistry } from '../test/support/mirrorSetup.js';
import { startGithubUpstream } from '../test/support/githubUpstream.js';
import { zipBuffer } from '../test/support/archives.js';
import { startWorld } from '../test/bundle/world.js';
import { run as runProcess } from '../test/e2e/realTerraform.js';
import { median, writeSection } from './report.js';

const RUNS = Number(process.env.BENCH_BUNDLE_RUNS ?? 5);
const REPLAY_RUNS = Number(process.env.BENCH_BUNDLE_REPLAY_RUNS ?? 3);
const TOOL_MB = Number(process.env.BENCH_BUNDLE_TOOL_MB ?? 8);
const LARGE_TOOL_MB = Number(process.env.BENCH_BUNDLE_LARGE_TOOL_MB ?? 30);
const BASELINE_DIR = process.env.BENCH_BUNDLE_BASELINE ? path.resolve(process.env.BENCH_BUNDLE_BASELINE) : undefined;
const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(REPO_ROOT, 'src', 'cli', 'index.ts');
const TSX = import.meta.resolve('tsx');

/** CPU seconds of this process and its reaped children (utime, stime, cutime, cstime). */
function cpuSeconds(): { self: number; children: number } {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ": state is index 0, utime 11, stime 12, cutime 13, cstime 14.
  const tick = 100;
  return { self: (Number(fields[11]) + Number(fields[12])) / tick, children: (Number(fields[13]) + Number(fields[14])) / tick };
}

interface Sample {
  wall: number;
  cpu: number;
}

async function measure(fn: () => Promise<unknown> | unknown): Promise<Sample> {
  const c0 = cpuSeconds();
  const t0 = performance.now();
  await fn();
  const wall = (performance.now() - t0) / 1000;
  const c1 = cpuSeconds();
  return { wall, cpu: c1.self - c0.self + (c1.children - c0.children) };
}

function row(op: string, ours: Sample[], baseline: string, theirs: Sample[], goal: string): string {
  const ratio = (k: keyof Sample) => median(ours.map((o, i) => o[k] / Math.max(1e-6, theirs[i]![k])));
  return `| ${op} | ${median(ours.map((s) => s.wall)).toFixed(2)} | ${median(ours.map((s) => s.cpu)).toFixed(2)} | ${baseline} | ${median(theirs.map((s) => s.wall)).toFixed(2)} | ${median(theirs.map((s) => s.cpu)).toFixed(2)} | ${ratio('wall').toFixed(2)}× | ${ratio('cpu').toFixed(2)}× | ${goal} |`;
}

type Engine = Pick<typeof import('../src/bundle/index.js'), 'createBundle' | 'importBundle' | 'verifyBundle'>;

/** The engine of another checkout (its own src and node_modules), with a label naming its commit. */
async function baselineEngine(): Promise<{ engine: Engine; label: string } | undefined> {
  if (!BASELINE_DIR) return undefined;
  const engine = (await import(pathToFileURL(path.join(BASELINE_DIR, 'src', 'bundle', 'index.ts')).href)) as Engine;
  const head = execFileSync('git', ['-C', BASELINE_DIR, 'log', '-1', '--format=%h'], { encoding: 'utf8' }).trim();
  return { engine, label: `before (${path.basename(BASELINE_DIR)} @ ${head})` };
}

async function throughput(toolMb: number, before?: { engine: Engine; label: string }): Promise<{ rows: string[]; describe: string }> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'atmos-bench-bundle-'));
  const up = await startGithubUpstream();
  const providerTypes = Array.from({ length: 20 }, (_, i) => `p${String(i).padStart(2, '0')}`);
  const registry = await startRegistry('registry.terraform.io', {
    providers: providerTypes.map((type) => ({ ns: 'bench', type, versions: [{ version: '1.0.0', platforms: [PLATFORMS[0]!] }] })),
    modules: Array.from({ length: 30 }, (_, i) => ({
      ns: 'bench',
      name: `m${String(i).padStart(2, '0')}`,
      system: 'null',
      versions: ['1.0.0'],
      location: () => `/files/m${i}.tar.gz`,
      form: 'header' as const,
    })),
  });
  for (let i = 0; i < 30; i++)
    registry.files.set(`/files/m${i}.tar.gz`, { body: await makeModuleTarGz(`module ${i} ${'x'.repeat(i * 1000)}`), type: 'application/gzip' });
  const tools: Record<string, unknown> = {};
  const locked: Record<string, unknown> = {};
  for (let i = 0; i < 10; i++) {
    const name = `bench/tool${i}`;
    const zip = await zipBuffer([{ name: `tool${i}`, body: randomBytes(toolMb * 1024 * 1024) }]);
    up.addFile(`/dl/tool${i}/1.0.0/tool${i}_linux_amd64.zip`, zip);
    tools[name] = {
      type: 'http',
      url: `https://dl.example.com/tool${i}/{{.Version}}/tool${i}_{{.OS}}_{{.Arch}}.zip`,
      format: 'zip',
      files: [{ name: `tool${i}` }],
    };
    locked[name] = {
      versions: {
        '1.0.0': {
          platforms: {
            linux_amd64: { url: `https://dl.example.com/tool${i}/1.0.0/tool${i}_linux_amd64.zip`, checksum: createHash('sha256').update(zip).digest('hex') },
          },
        },
      },
    };
  }
  const project = path.join(work, 'project');
  mkdirSync(project, { recursive: true });
  writeFileSync(
    path.join(project, 'atmos.yaml'),
    YAML.stringify({
      toolchain: { url_replacements: { 'https://dl.example.com': `${up.downloadUrl}/dl` }, registries: [{ name: 'local', type: 'atmos', tools }] },
      components: { terraform: { cache: { enabled: true, upstreams: { 'registry.terraform.io': registry.url } } } },
    }),
  );
  writeFileSync(path.join(project, 'toolchain.lock.yaml'), YAML.stringify({ version: 1, tools: locked, metadata: { lock_file_version: 2 } }));
  writeFileSync(
    path.join(project, '.terraform.lock.hcl'),
    providerTypes.map((t) => `provider "registry.terraform.io/bench/${t}" {\n  version = "1.0.0"\n  hashes = []\n}\n`).join('\n'),
  );
  writeFileSync(
    path.join(project, 'main.tf'),
    Array.from({ length: 30 }, (_, i) => `module "m${i}" {\n  source  = "bench/m${String(i).padStart(2, '0')}/null"\n  version = "1.0.0"\n}\n`).join('\n'),
  );
  const env = { ...process.env, ATMOS_XDG_CACHE_HOME: path.join(work, 'cache'), NO_PROXY: '127.0.0.1,localhost' };
  const config = loadConfig({ cwd: project, env });
  const bundle = path.join(work, 'b.tar.zst');
  // Fill the cache once (not measured): every later create reads only the cache.
  console.log('filling the cache (10 tools, 20 providers, 30 modules)…');
  const first = await createBundle({ config, paths: [], output: bundle, cwd: project, env });
  const roots = importRoots(config);
  const files = first.manifest.objects.map((o) => {
    const [area, ...rest] = o.path.split('/');
    return path.join(roots[area as keyof typeof roots], ...rest);
  });
  const listFile = path.join(work, 'files.txt');
  writeFileSync(listFile, files.join('\n') + '\n');
  const bytes = first.manifest.objects.reduce((n, o) => n + o.size, 0);
  const tarOut = path.join(work, 'baseline.tar.zst');
  const sh = (cmd: string) => execFileSync('bash', ['-c', cmd], { stdio: ['ignore', 'ignore', 'inherit'] });
  sh(`tar --zstd -P -cf ${tarOut} -T ${listFile}`);

  const create: Sample[] = [];
  const createBase: Sample[] = [];
  const imp: Sample[] = [];
  const impBase: Sample[] = [];
  const ver: Sample[] = [];
  const verBase: Sample[] = [];
  const old = { create: [] as Sample[], imp: [] as Sample[], ver: [] as Sample[] };
  for (let i = 0; i < RUNS; i++) {
    console.log(`throughput run ${i + 1}/${RUNS}`);
    const out = path.join(work, `run${i}.tar.zst`);
    const base = path.join(work, `run${i}-tar.tar.zst`);
    const oldOut = path.join(work, `run${i}-before.tar.zst`);
    // Interleaved, rotating which goes first.
    const contenders = [
      async () => create.push(await measure(() => createBundle({ config, paths: [], output: out, cwd: project, env }))),
      async () => createBase.push(await measure(() => sh(`tar --zstd -P -cf ${base} -T ${listFile}`))),
      ...(before
        ? [async () => old.create.push(await measure(() => before.engine.createBundle({ config, paths: [], output: oldOut, cwd: project, env })))]
        : []),
    ];
    for (let k = 0; k < contenders.length; k++) await contenders[(i + k) % contenders.length]!();
    rmSync(out, { force: true });
    rmSync(base, { force: true });
    rmSync(oldOut, { force: true });

    const home = path.join(work, `import${i}`);
    const into = loadConfig({ cwd: project, env: { ...env, ATMOS_XDG_CACHE_HOME: home } });
    const extractDir = path.join(work, `extract${i}`);
    mkdirSync(extractDir, { recursive: true });
    const oldHome = path.join(work, `import${i}-before`);
    const oldInto = loadConfig({ cwd: project, env: { ...env, ATMOS_XDG_CACHE_HOME: oldHome } });
    // Rotated like create: whoever goes first writes into a page cache and inode tables still
    // busy with the previous step's files, which moved a fixed-order ratio by 2× between runs.
    const importers = [
      async () => imp.push(await measure(() => importBundle(bundle, { config: into }))),
      async () => impBase.push(await measure(() => sh(`tar --zstd -xf ${tarOut} -C ${extractDir}`))),
      ...(before ? [async () => old.imp.push(await measure(() => before.engine.importBundle(bundle, { config: oldInto })))] : []),
    ];
    for (let k = 0; k < importers.length; k++) await importers[(i + k) % importers.length]!();
    rmSync(home, { recursive: true, force: true });
    rmSync(extractDir, { recursive: true, force: true });
    rmSync(oldHome, { recursive: true, force: true });

    const verifiers = [
      async () => ver.push(await measure(() => verifyBundle(bundle))),
      async () => verBase.push(await measure(() => sh(`tar --zstd -xOf ${tarOut} | sha256sum`))),
      ...(before ? [async () => old.ver.push(await measure(() => before.engine.verifyBundle(bundle)))] : []),
    ];
    for (let k = 0; k < verifiers.length; k++) await verifiers[(i + k) % verifiers.length]!();
  }
  await Promise.all([up.close(), registry.close()]);
  rmSync(work, { recursive: true, force: true });
  const rows = [
    row('create (from a warm cache)', create, 'tar --zstd -cf (same files)', createBase, '≤ 1.2×'),
    row('import (verify + place)', imp, 'tar --zstd -xf', impBase, '≤ 1.2×'),
    row('verify (hashes + signatures)', ver, 'tar --zstd -xOf \\| sha256sum', verBase, '≤ 1.2×'),
  ];
  if (before) {
    rows.push(
      row(`create — ${before.label}`, old.create, 'tar --zstd -cf (same files)', createBase, '≤ 1.2×'),
      row(`import — ${before.label}`, old.imp, 'tar --zstd -xf', impBase, '≤ 1.2×'),
      row(`verify — ${before.label}`, old.ver, 'tar --zstd -xOf \\| sha256sum', verBase, '≤ 1.2×'),
      row('create — this checkout', create, before.label, old.create, ''),
      row('import — this checkout', imp, before.label, old.imp, ''),
      row('verify — this checkout', ver, before.label, old.ver, ''),
    );
  }
  return {
    describe: `Bundle: 10 tools (${toolMb} MiB incompressible each) + 20 providers + 30 registry modules = ${first.manifest.objects.length} objects, ${(bytes / 1e6).toFixed(0)} MB; ${RUNS} runs.`,
    rows,
  };
}

async function replay(): Promise<{ rows: string[]; describe: string }> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'atmos-bench-replay-'));
  const world = await startWorld();
  const connected = path.join(work, 'connected');
  world.project(connected, { provider: '3.2.4', tool: '3.1.0' });
  const home = path.join(work, 'home');
  mkdirSync(home, { recursive: true });
  const baseEnv = { PATH: process.env.PATH, HOME: home, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', NO_PROXY: '127.0.0.1,localhost' };
  // Asynchronous: the stand-in upstreams live in this process and must keep answering.
  const cli = async (dir: string, env: NodeJS.ProcessEnv, args: string[]) => {
    const r = await runProcess(process.execPath, ['--import', TSX, CLI, ...args], dir, env);
    if (r.code !== 0) throw new Error(`atmos-ts ${args.join(' ')} failed: ${r.stderr}`);
  };
  console.log('replay: preparing the warm cache and the bundle…');
  const warmCache = path.join(work, 'warm-cache');
  const warmEnv = { ...baseEnv, ATMOS_XDG_CACHE_HOME: warmCache };
  await cli(connected, warmEnv, ['toolchain', 'install']);
  await cli(connected, warmEnv, ['terraform', 'init', '-input=false']);
  const bundle = path.join(work, 'deps.tar.zst');
  await cli(connected, warmEnv, ['bundle', 'create', '--output', bundle]);
  const offlineCache = path.join(work, 'offline-cache');
  await cli(connected, { ...baseEnv, ATMOS_XDG_CACHE_HOME: offlineCache, ATMOS_OFFLINE: '1' }, ['bundle', 'import', bundle]);

  const checkout = (name: string) => {
    const dir = path.join(work, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of ['atmos.yaml', '.tool-versions', 'toolchain.lock.yaml', 'main.tf', '.terraform.lock.hcl'])
      copyFileSync(path.join(connected, f), path.join(dir, f));
    return dir;
  };
  const once = async (snapshot: string, extra: NodeJS.ProcessEnv) => {
    // A fresh runner each time: the cache root copied from its snapshot (not measured).
    const cache = path.join(work, 'run-cache');
    rmSync(cache, { recursive: true, force: true });
    cpSync(snapshot, cache, { recursive: true });
    const dir = checkout('run');
    const env = { ...baseEnv, ATMOS_XDG_CACHE_HOME: cache, ...extra };
    return measure(async () => {
      await cli(dir, env, ['toolchain', 'install']);
      await cli(dir, env, ['terraform', 'init', '-input=false']);
    });
  };
  const offline: Sample[] = [];
  const warm: Sample[] = [];
  for (let i = 0; i < REPLAY_RUNS; i++) {
    if (i % 2) {
      warm.push(await once(warmCache, {}));
      offline.push(await once(offlineCache, { ATMOS_OFFLINE: '1' }));
    } else {
      offline.push(await once(offlineCache, { ATMOS_OFFLINE: '1' }));
      warm.push(await once(warmCache, {}));
    }
  }
  await world.close();
  rmSync(work, { recursive: true, force: true });
  return {
    describe: `Replay: \`atmos-ts toolchain install\` + \`atmos-ts terraform init\` (real terraform ${terraformVersion()}; 1 provider, 2 registry modules, 1 git:: module, 1 tool) in a fresh checkout and a fresh copy of the cache root; ${REPLAY_RUNS} runs.`,
    rows: [row('offline replay (ATMOS_OFFLINE=1, cache = imported bundle)', offline, 'warm-cache replay (upstreams reachable)', warm, '≤ 1.1×')],
  };
}

function terraformVersion(): string {
  try {
    return (JSON.parse(execFileSync('terraform', ['version', '-json'], { encoding: 'utf8' })) as { terraform_version: string }).terraform_version;
  } catch {
    return '?';
  }
}

export async function run(): Promise<void> {
  const before = await baselineEngine();
  const t = await throughput(TOOL_MB, before);
  console.log(t.describe);
  for (const r of t.rows) console.log(r);
  const large = LARGE_TOOL_MB > 0 ? await throughput(LARGE_TOOL_MB, before) : undefined;
  if (large) {
    console.log(large.describe);
    for (const r of large.rows) console.log(r);
  }
  const r = REPLAY_RUNS > 0 ? await replay() : { describe: 'Replay: not run (BENCH_BUNDLE_REPLAY_RUNS=0).', rows: [] };
  console.log(r.describe);
  for (const x of r.rows) console.log(x);
  const header =
    '| operation | atmos-ts wall (s) | atmos-ts CPU (s) | baseline | baseline wall (s) | baseline CPU (s) | wall ratio | CPU ratio | goal |\n|---|---:|---:|---|---:|---:|---:|---:|---:|';
  writeSection(
    'bundle',
    `${t.describe}\n\n${header}\n${t.rows.join('\n')}\n\n${large ? `Additional (not the issue's workload): the same bench with bigger tools, to show how much of the gap is a fixed cost. ${large.describe}\n\n${header}\n${large.rows.join('\n')}\n\n` : ''}${r.describe}\n\n${header}\n${r.rows.join('\n')}\n\nRatios are medians of per-run ratios (runs interleaved; the order of the contenders rotates each run for create, import and verify). CPU includes child processes (zstd, tar, git, terraform). Compression level: both at zstd level 3 — \`tar --zstd\` runs \`zstd\` with its defaults (level 3), bundles run \`zstd -3 --single-thread\` (one worker, for byte-identical output). The machine is shared; runs vary with its load.`,
  );
}
