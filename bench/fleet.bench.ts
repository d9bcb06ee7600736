/**
 * `npm run bench -- fleet`: the fleet tier (issue 13), against loopback fakes and emulators.
 * (a) A new runner on an empty disk installs 10 tools and fetches 5 providers + 5 modules
 *     through the registry cache: from the store (Azurite) vs from the upstream fakes vs
 *     from a warm local disk — interleaved, medians of wall and CPU time, ratios.
 * (b) Upstream requests per artifact when N = 1, 4, 8 runners start at once on empty disks
 *     sharing one store (goal: 1 regardless of N).
 * (c) Store download throughput (hash-verified FleetStore.fetchFile) vs the SDK's own raw
 *     download of the same object, Azure (Azurite) and S3 (s3rver). Goal ≥ 0.9×.
 * CPU time is this process's (the fakes and the proxies run in it; Azurite and s3rver do not).
 *
 * Knobs (env): BENCH_FLEET_RUNS (default 5), BENCH_FLEET_OBJECT_MB (default 128).
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import YAML from 'yaml';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { silentLogger, type Logger } from '../src/common/logger.js';
import { loadConfig } from '../src/config/load.js';
import { startMirrorServer } from '../src/mirror/index.js';
import { openBackend, openStore, parseStoreUrl } from '../src/store/index.js';
import { createToolchain } from '../src/toolchain/index.js';
import { startGithubUpstream, type GithubUpstream } from '../test/support/githubUpstream.js';
import {
  bz2Tool,
  downloadHostReplacements,
  fixtureRegistry,
  ghCli,
  helm,
  jq,
  opentofu,
  terraform,
  tflint,
  tgzTool,
  xzTool,
  yq,
} from '../test/support/realTools.js';
import { TerraformClient } from '../test/support/terraformClient.js';
import type { FakeRegistry } from '../test/support/terraformRegistry.js';
import { startAzuriteStore, startS3rver } from '../test/support/storeServers.js';
import { makeModuleTarGz, startRegistry } from '../test/support/mirrorSetup.js';
import { median, writeSection } from './report.js';

const RUNS = Number(process.env.BENCH_FLEET_RUNS ?? 5);
const OBJECT_MB = Number(process.env.BENCH_FLEET_OBJECT_MB ?? 128);
const HOST = 'registry.terraform.io';
const linux = { os: 'linux', arch: 'amd64' };
/** Quiet, except warnings: a store the bench cannot reach must show, not silently measure upstream. */
const logger: Logger = { ...silentLogger, warn: (m: string) => console.warn(`warning: ${m}`) };

const TOOLS: [typeof terraform, string][] = [
  [terraform, '1.9.8'],
  [opentofu, '1.10.3'],
  [helm, '3.16.2'],
  [tflint, '0.54.0'],
  [jq, '1.7.1'],
  [yq, '4.44.3'],
  [ghCli, '2.62.0'],
  [xzTool, '1.0.0'],
  [bz2Tool, '1.0.0'],
  [tgzTool, '1.0.0'],
];
const PROVIDERS = ['null', 'random', 'local', 'tls', 'time'];
const MODULES = ['vpc', 'label', 'iam', 'dns', 'bucket'];

interface Sample {
  wall: number;
  cpu: number;
}

async function measure(fn: () => Promise<void>): Promise<Sample> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(cpu0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

interface World {
  gh: GithubUpstream;
  reg: FakeRegistry;
  project: string;
  env: NodeJS.ProcessEnv;
}

/** One runner: install the 10 pinned tools, then 5 providers + 5 modules through a proxy on its own disk. */
async function runner(w: World, cacheRoot: string, store?: string): Promise<void> {
  const env = { ...w.env, ATMOS_XDG_CACHE_HOME: cacheRoot, ATMOS_TOOLCHAIN_STORE: store ?? '' };
  const tc = await createToolchain({ config: loadConfig({ cwd: w.project, env }), env, logger, registry: fixtureRegistry() });
  for (const o of await tc.install('all')) if (o.status === 'failed') throw o.error;
  const proxy = await startMirrorServer({
    root: path.join(cacheRoot, 'registry'),
    mode: 'registry',
    metadataTtlMs: 3_600_000,
    staleWhileRevalidateMs: 3_600_000,
    upstreams: { [HOST]: w.reg.url },
    store,
    env,
    logger,
  });
  const client = new TerraformClient();
  try {
    const services = await proxy.hostServices(HOST);
    await Promise.all([
      ...PROVIDERS.map((p) => client.installProviderRegistry(services['providers.v1'], 'hashicorp', p, linux, '1.0.0')),
      ...MODULES.map(async (m) => (await client.installModule(services['modules.v1'], 'acme', m, 'aws', '1.0.0')).cleanup()),
    ]);
  } finally {
    await client.close();
    await proxy.close();
  }
}

export async function run(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-bench-fleet-'));
  const [az, s3, gh] = await Promise.all([startAzuriteStore(), startS3rver(), startGithubUpstream()]);
  try {
    for (const [f, v] of TOOLS) await f.publish(gh, v);
    const reg = await startRegistry(HOST, {
      providers: PROVIDERS.map((type) => ({ ns: 'hashicorp', type, versions: [{ version: '1.0.0', platforms: [linux] }] })),
      modules: MODULES.map((name) => ({
        ns: 'acme',
        name,
        system: 'aws',
        versions: ['1.0.0'],
        form: 'header' as const,
        location: () => `/archives/${name}.tar.gz`,
      })),
    });
    for (const m of MODULES) reg.files.set(`/archives/${m}.tar.gz`, { body: await makeModuleTarGz(m), type: 'application/gzip' });
    const project = path.join(work, 'project');
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'atmos.yaml'), YAML.stringify({ toolchain: { url_replacements: downloadHostReplacements(gh) } }));
    writeFileSync(path.join(project, '.tool-versions'), TOOLS.map(([f, v]) => `${f.aliases[0]} ${v}\n`).join(''));
    const w: World = { gh, reg, project, env: { ...gh.env, ...az.env, ATMOS_HTTP_RETRY_MIN_MS: '10', PATH: process.env.PATH } };

    // Pins committed (lock written), a warm local disk, and a warm store — before any timing.
    const warmRoot = path.join(work, 'warm');
    const storeA = az.url('bench-a');
    await runner(w, warmRoot);
    await runner(w, path.join(work, 'seed-store'), storeA);

    // (a) interleaved, rotating order.
    const kinds = ['upstream', 'store', 'warm'] as const;
    const samples: Record<(typeof kinds)[number], Sample[]> = { upstream: [], store: [], warm: [] };
    for (let i = 0; i < RUNS; i++) {
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[(i + k) % kinds.length];
        const root = path.join(work, `a-${kind}-${i}`);
        if (kind === 'upstream') samples.upstream.push(await measure(() => runner(w, root)));
        if (kind === 'store') samples.store.push(await measure(() => runner(w, root, storeA)));
        if (kind === 'warm') samples.warm.push(await measure(() => runner(w, warmRoot)));
        if (kind !== 'warm') rmSync(root, { recursive: true, force: true });
      }
    }
    const med = (k: (typeof kinds)[number], f: 'wall' | 'cpu') => median(samples[k].map((s) => s[f]));

    // (b) N runners at once on empty disks, one fresh store each round.
    const perArtifact: { n: number; tools: number; providers: number; modules: number; total: number }[] = [];
    for (const n of [1, 4, 8]) {
      gh.resetCounts();
      reg.requests.length = 0;
      const store = az.url(`bench-b-${n}`);
      await Promise.all(Array.from({ length: n }, (_, i) => runner(w, path.join(work, `b-${n}-${i}`), store)));
      const tools = gh.count('/', 'download') + gh.requests.filter((r) => r.path.includes('/releases/download/')).length;
      const providers = PROVIDERS.reduce((s, p) => s + reg.count(`terraform-provider-${p}_1.0.0_linux_amd64.zip`), 0);
      const modules = MODULES.reduce((s, m) => s + reg.count(`/archives/${m}.tar.gz`, 'GET'), 0);
      perArtifact.push({
        n,
        tools: tools / TOOLS.length,
        providers: providers / PROVIDERS.length,
        modules: modules / MODULES.length,
        total: tools + providers + modules,
      });
      for (let i = 0; i < n; i++) rmSync(path.join(work, `b-${n}-${i}`), { recursive: true, force: true });
    }

    // (c) throughput: verified store download vs the SDK's raw download of the same object.
    const big = path.join(work, 'object.bin');
    writeFileSync(big, randomBytes(OBJECT_MB * 1024 * 1024));
    const throughput: { backend: string; store: number; raw: number }[] = [];
    for (const [name, url, env] of [
      ['Azure (Azurite)', az.url('bench-c'), az.env],
      ['S3 (s3rver)', s3.url('bench-c'), s3.env],
    ] as const) {
      const store = openStore(url, { env, idleTimeoutMs: 120_000 });
      await store.put('big.bin', { file: big });
      const backend = await openBackend(parseStoreUrl(url), env);
      const raw = async (dest: string) => {
        if (backend.kind === 'azblob') {
          const az2 = backend as unknown as {
            container: { getBlobClient(n: string): { downloadToFile(f: string): Promise<unknown> } };
            loc: { prefix: string };
          };
          await az2.container.getBlobClient(`${az2.loc.prefix}/big.bin`).downloadToFile(dest);
        } else {
          const s = backend as unknown as { client: { send(c: GetObjectCommand): Promise<{ Body?: unknown }> }; loc: { bucket: string; prefix: string } };
          const r = await s.client.send(new GetObjectCommand({ Bucket: s.loc.bucket, Key: `${s.loc.prefix}/big.bin` }));
          await pipeline(r.Body as Readable, createWriteStream(dest));
        }
      };
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const dest = path.join(work, `c-${i}.bin`);
        const order = i % 2 === 0 ? ['ours', 'raw'] : ['raw', 'ours'];
        for (const o of order) {
          const t0 = performance.now();
          if (o === 'ours') {
            if (!(await store.fetchFile('big.bin', dest))) throw new Error(`${name}: store download failed`);
            ours.push(performance.now() - t0);
          } else {
            await raw(dest);
            theirs.push(performance.now() - t0);
          }
          rmSync(dest, { force: true });
        }
      }
      throughput.push({ backend: name, store: OBJECT_MB / (median(ours) / 1000), raw: OBJECT_MB / (median(theirs) / 1000) });
    }

    const ms = (v: number) => `${(v / 1000).toFixed(2)} s`;
    const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    const md = [
      `### (a) New runner, empty disk: 10 tools + 5 providers + 5 modules (median of ${RUNS}, interleaved)`,
      '',
      '| source | wall | CPU | wall vs upstream | wall vs warm disk |',
      '| --- | --- | --- | --- | --- |',
      ...kinds.map(
        (k) =>
          `| ${k === 'store' ? 'fleet store (Azurite)' : k === 'warm' ? 'warm local disk' : 'upstream fakes'} | ${ms(med(k, 'wall'))} | ${ms(med(k, 'cpu'))} | ${x(med(k, 'wall'), med('upstream', 'wall'))} | ${x(med(k, 'wall'), med('warm', 'wall'))} |`,
      ),
      '',
      '### (b) Upstream requests per artifact, N runners at once on empty disks, one store (goal: 1)',
      '',
      '| N | per tool asset | per provider zip | per module archive | total artifact requests |',
      '| --- | --- | --- | --- | --- |',
      ...perArtifact.map((r) => `| ${r.n} | ${r.tools.toFixed(2)} | ${r.providers.toFixed(2)} | ${r.modules.toFixed(2)} | ${r.total} |`),
      '',
      `### (c) Download throughput of a ${OBJECT_MB} MiB object: verified store read vs the SDK's raw download (median of ${RUNS}, alternating)`,
      '',
      '| backend | store (sha256-verified, temp + rename) | SDK raw | ratio (goal ≥ 0.9×) |',
      '| --- | --- | --- | --- |',
      ...throughput.map((t) => `| ${t.backend} | ${t.store.toFixed(0)} MiB/s | ${t.raw.toFixed(0)} MiB/s | ${(t.store / t.raw).toFixed(2)}× |`),
      '',
      'Loopback only: the fakes serve small assets instantly, so (a) measures per-request overhead, not bandwidth. CPU is this process (fakes and proxies in it; the emulators are separate processes).',
    ].join('\n');
    console.log(md);
    writeSection('fleet', `## Fleet tier (issue 13)\n\n${md}`);
    await reg.close();
  } finally {
    await Promise.all([az.close(), s3.close(), gh.close()]);
    rmSync(work, { recursive: true, force: true });
  }
}
